"""The Chinese names of the ids that refusals name: roles, form states, device states.

English shows these ids as they are (the CLI's and the profiles' own words); Chinese shows
the names the GUI uses for them. The form kinds' and fields' titles live with the kinds
(``services.form_kinds`` registers them).
"""

from app.core.messages import register_terms
from app.core.roles import ROLE_NAMES_ZH

FORM_STATES = {
    "draft": "草稿",
    "submitted": "待审批",
    "approved": "已批准",
    "rejected": "不予批准",
    "done": "已办结",
    "withdrawn": "已撤回",
    "superseded": "已更正",
}

#: What the forms engine refuses to do to a form, as its refusals name it.
FORM_ACTIONS = {
    "edit": "修改",
    "submit": "提交",
    "submitted": "提交",
    "withdraw": "撤回",
    "withdrawn": "撤回",
    "correct": "更正",
    "corrected": "更正",
    "done": "办结",
}

DEVICE_STATES = {
    "in-service": "在用",
    "faulty": "故障",
    "in-repair": "维修中",
    "lost": "遗失",
    "retired": "报废",
}

DEVICE_EVENTS = {
    "fault": "报告故障",
    "check": "管理员检查",
    "repair": "送修",
    "back-in-service": "恢复使用",
    "damaged": "损坏",
    "lost": "遗失",
    "compensation": "赔偿",
    "retire": "报废",
}

#: The ledger entries a device needs.
DEVICE_FIELDS = {"asset number": "资产编号", "serial": "序列号", "model": "型号"}

#: What an import source is when it is not a regular file.
SPECIAL_FILES = {
    "a named pipe (FIFO)": "命名管道",
    "a character device": "字符设备",
    "a block device": "块设备",
    "a socket": "套接字",
    "a special file": "特殊文件",
}

#: Where a recording's unit stands from the actor's (``unit_tree.Relation``).
RELATIONS = {
    "same": "本单位",
    "below": "下级单位",
    "above": "上级单位",
    "sibling": "平级单位",
    "unrelated": "无隶属关系的单位",
}

#: What a form's target names (``form_records.TARGET_KINDS``).
TARGET_KINDS = {
    "recording": "执法记录",
    "device": "设备",
    "person": "人员",
    "unit": "单位",
    "form": "表单",
    "case": "案件",
}

#: The operating system's reasons (``strerror``) a refusal passes on, by their English text.
OS_ERRORS = {
    "Permission denied": "没有权限",
    "No such file or directory": "文件或文件夹不存在",
    "No space left on device": "磁盘空间已满",
    "Disk quota exceeded": "超出磁盘配额",
    "Input/output error": "读写错误（磁盘或存储卡可能已损坏）",
    "Read-only file system": "文件系统为只读",
    "Is a directory": "这是一个文件夹",
    "Not a directory": "不是文件夹",
    "File exists": "文件已存在",
    "Device or resource busy": "设备正忙",
    "Operation not permitted": "不允许此操作",
    "File name too long": "文件名过长",
    "Too many levels of symbolic links": "符号链接层级过多",
    "No such device": "设备不存在",
    "Invalid argument": "参数无效",
}

#: What a role may be allowed to do (``services.permissions.Action``).
ACTIONS = {
    "unit.manage": "管理单位",
    "person.manage": "管理人员账户",
    "person.view": "查看人员",
    "audit.view": "查看审计日志",
    "audit.verify": "核验审计链",
    "audit.manage-keys": "管理审计签名密钥",
    "profile.manage": "管理策略配置",
    "device.view": "查看设备",
    "device.manage": "管理设备台账",
    "device.assign": "发放和收回设备",
    "device.report-fault": "报告设备故障",
    "device.check": "登记使用前检查",
    "recording.import": "导入执法记录",
    "recording.view": "查看执法记录",
    "recording.verify": "校验执法记录",
    "recording.mark-confidentiality": "设置保密标注",
    "form.file": "填报表单",
    "form.approve": "审批表单",
    "form.close": "办结表单",
    "form.read": "查阅表单",
    "compliance.view": "查看规范化统计",
    "report.print": "打印报表",
    "review.mark": "添加标记",
    "review.still": "截取画面",
    "review.group-angles": "关联多视角录像",
    "review.read-viewings": "查阅调阅记录",
}

#: How footage is accessed (``services.access.decide``).
ACCESS = {"view": "查看", "copy": "复制"}

#: The confidentiality marks (``services.access.CONFIDENTIALITY``).
MARKS = {
    "none": "无",
    "personal-privacy": "个人隐私",
    "commercial-secret": "商业秘密",
    "state-secret": "国家秘密",
}

_ROLES = {role.value: name for role, name in ROLE_NAMES_ZH.items()}

TABLES: dict[str, dict[str, str]] = {
    "role": _ROLES,
    "form-state": FORM_STATES,
    "form-action": FORM_ACTIONS,
    "device-state": DEVICE_STATES,
    "device-event": DEVICE_EVENTS,
    "device-field": DEVICE_FIELDS,
    "special-file": SPECIAL_FILES,
    "relation": RELATIONS,
    "target-kind": TARGET_KINDS,
    "os-error": OS_ERRORS,
    "action": ACTIONS,
    "access": ACCESS,
    "mark": MARKS,
}


def register_core_terms() -> None:
    for name, table in TABLES.items():
        register_terms(name, table.get)
