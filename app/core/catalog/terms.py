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
}


def register_core_terms() -> None:
    for name, table in TABLES.items():
        register_terms(name, table.get)
