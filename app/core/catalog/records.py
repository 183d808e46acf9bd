"""Refusals about recordings: finding, seeing, copying, marking and checking them."""

TEXTS: dict[str, tuple[str, str]] = {
    "recording.may-not-see": (
        "{login} may not see recording {id}: {reason}",
        "{login} 无权查看第 {id} 号执法记录：{reason}",
    ),
    "recording.may-not-mark": (
        "{login} may not mark recording {id}: {reason}",
        "{login} 无权设置第 {id} 号执法记录的保密标注：{reason}",
    ),
    "recording.mark-needs-reason": (
        "say why the mark is set or changed (--reason)",
        "请说明设置或更改保密标注的依据",
    ),
    "recording.already-marked": (
        "recording {id} is already marked {mark}",
        "第 {id} 号执法记录的保密标注已经是“{mark:mark}”",
    ),
    "recording.no-frame": (
        "recording {id} has no frame {frame} (it has frames 0 to {last})",
        "第 {id} 号执法记录没有第 {frame} 帧（帧号范围为 0 至 {last}）",
    ),
    "access.denied": (
        "{login} may not {action} {kind} {id}: {reason}",
        "{login} 无权{action:access}第 {id} 号{kind:target-kind}：{reason}",
    ),
    "access.unknown-mark": (
        "unknown confidentiality {mark!r}; valid: {valid}",
        "未知的保密标注 {mark!r}；可用的标注：{valid}（{valid:mark}）",
    ),
    "access.unknown-action": (
        "unknown access {action!r}; valid: view, copy",
        "未知的访问方式 {action!r}；只能是查看或复制",
    ),
    "access.only-cleared": (
        "{mark}: only cleared roles ({roles}) have access",
        "该记录标注为“{mark}”，仅限以下角色访问：{roles:role}",
    ),
    "access.granted": ("granted by approved form {form_id}", "经第 {form_id} 号表单批准"),
    "access.providing-copy": (
        "providing the copy approved by form {form_id}",
        "提供经第 {form_id} 号表单批准的复制件",
    ),
    "access.own-recording": ("the officer's own recording", "执法人员本人的执法记录"),
    "access.within-authority": (
        "{role} of {unit}: within the unit's authority",
        "{unit} 的{role:role}：在本单位职权范围内",
    ),
    "access.copy-needs-form": (
        "copying needs an approved copy or retrieval form naming this item",
        "复制须有列明该记录、已获批准的复制审批表或调取审批表",
    ),
    "access.request-only": (
        "{role} sees footage only through an approved request",
        "{role:role}只能通过已获批准的申请查看执法记录",
    ),
    "access.not-own": (
        "not the officer's own recording and no approved request names it",
        "该记录不是本人的执法记录，且没有列明该记录的已批准申请",
    ),
    "access.outside-authority": (
        "outside {unit}'s authority ({relation} unit) and no approved request names it",
        "该记录超出 {unit} 的职权范围（属于{relation:relation}），且没有列明该记录的已批准申请",
    ),
    "viewing.unknown-purpose": (
        "unknown viewing purpose {purpose!r}; valid: {valid}",
        "未知的查阅用途 {purpose!r}；可用的用途：{valid}",
    ),
    "viewing.not-found": (
        "{login} has no viewing {viewing_id}",
        "{login} 没有第 {viewing_id} 次查阅",
    ),
    "viewing.closed": ("viewing {viewing_id} was closed already", "第 {viewing_id} 次查阅已经结束"),
    "angles.too-few": (
        "an angle group needs at least two different recordings",
        "多角度组至少需要两个不同的执法记录",
    ),
    "angles.too-many": (
        "an angle group holds at most {count} recordings",
        "多角度组最多包含 {count} 个执法记录",
    ),
    "angles.name-too-long": (
        "a group name holds at most {count} characters",
        "组名最多 {count} 个字符",
    ),
    "angles.not-found": ("no angle group with id {group_id}", "不存在第 {group_id} 号多角度组"),
    "marker.unknown-kind": (
        "unknown marker kind {kind!r}; valid: {valid}",
        "未知的标记类型 {kind!r}；可用的类型：{valid}",
    ),
    "marker.note-too-long": (
        "a marker note holds at most {count} characters",
        "标记说明最多 {count} 个字符",
    ),
    "output.wrong-suffix": (
        "{path}: the output must be a {suffix} file",
        "{path}：输出文件必须是 {suffix} 文件",
    ),
    "output.no-folder": ("{path}: no such folder for the output", "文件夹 {path} 不存在"),
    "output.is-a-folder": (
        "{path} is a folder; name a {suffix} file",
        "{path} 是文件夹，请指定一个 {suffix} 文件",
    ),
    "output.station-file": (
        "{path} is among the station's own files; choose another folder",
        "{path} 位于工作站自身的文件之中（数据库、证据库、审计日志），请另选文件夹",
    ),
    "output.companion-station-file": (
        "{path}: its companion file {side} would replace one of the station's own files; "
        "choose another name",
        "不能使用 {path}：随之保存的文件 {side} 会覆盖工作站自身的文件。请另选文件名",
    ),
    "output.exists": (
        "{path}: a file of that name exists; choose another name or overwrite it (--overwrite)",
        "文件 {path} 已存在，请另选文件名",
    ),
    "output.station-folder": (
        "{path} is the station's own folder, inside it or around it; choose another folder",
        "{path} 是工作站自身的文件夹，或在其内部、或包含它；请另选文件夹",
    ),
    "output.unwritable": ("cannot write {path}: {reason}", "无法写入 {path}：{reason:os-error}"),
    "report.cancelled": (
        "the printout was cancelled; nothing was written",
        "打印已取消，未写入任何文件",
    ),
    "report.printer-unavailable": ("the printer could not be opened", "无法打开打印机"),
    "handover.not-found": ("no hand-over {handover_id}", "不存在第 {handover_id} 号移交记录"),
    "ingest.no-source": ("{path} does not exist", "{path} 不存在"),
    "ingest.station-folder": (
        "{path} is the station's own folder, inside it or holds it: the vault's copies are "
        "not new evidence; name the camera's or the card's folder",
        "{path} 是工作站自身的文件夹，或在其内部、或包含它：证据库中的副本不是新的证据；"
        "请选择执法记录仪或存储卡的文件夹",
    ),
    "vault.copy-missing": (
        "the vault copy {digest}… is missing: run verify and report the alarm",
        "证据库中的副本 {digest}… 缺失：请运行校验并报告告警",
    ),
    "report.not-an-id": (
        "{text!r} is not a {what} id: give its number (--id)",
        "{text!r} 不是{what:target-kind}编号：请用 --id 填写编号",
    ),
    "report.unknown-kind": (
        "unknown report kind {kind!r}; valid kinds: {valid}",
        "未知的打印件种类 {kind!r}；可用的种类：{valid}",
    ),
    "report.not-available": (
        "report {kind} is not available until {waits_for} is part of this version",
        "打印件 {kind} 暂不可用：本版本尚未包含{waits_for}",
    ),
    "report.needs-id": (
        "report {kind} prints one record: give its id (--id)",
        "打印件 {kind} 针对一条记录：请用 --id 填写编号",
    ),
    "report.period-reversed": (
        "the period ends before it starts: --to must be after --from",
        "期间的结束早于开始：--to 必须晚于 --from",
    ),
    "witness.unreadable": (
        "{path}: not a readable witness statement",
        "{path}：无法读取的见证声明",
    ),
    "witness.not-a-statement": ("{path}: not a witness statement", "{path} 不是见证声明"),
    "witness.malformed": ("{path}: the witness statement is malformed", "{path}：见证声明格式有误"),
    "witness.bad-signature": (
        "{path}: the witness statement's signature does not verify",
        "{path}：见证声明的签名校验不通过",
    ),
    "witness.own-head": (
        "{path} is this station's own head: check it with audit verify --witness",
        "{path} 是本工作站自己的链头：请用 audit verify --witness 核对",
    ),
    "recording.not-found": ("no recording with id {id}", "不存在第 {id} 号执法记录"),
}
