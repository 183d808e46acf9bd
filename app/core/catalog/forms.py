"""Refusals of the forms engine: filing, approving, closing and correcting forms."""

TEXTS: dict[str, tuple[str, str]] = {
    "form.not-found": ("no form {form_id}", "不存在第 {form_id} 号表单"),
    "form.not-an-id": (
        "{text!r} is not a form id: give the number of the form",
        "{text!r} 不是表单编号：请填写表单的编号",
    ),
    "form.wrong-kind": (
        "form {form_id} is a {kind}, not a {wanted}",
        "第 {form_id} 号表单是{kind}，不是{wanted}",
    ),
    "form.unknown-kind": (
        "unknown form kind {kind!r}; valid: {valid}",
        "未知的表单种类 {kind!r}；可用的种类：{valid}",
    ),
    "form.unknown-register": (
        "unknown register {register!r}; valid: {valid}",
        "未知的登记簿 {register!r}；可用的登记簿：{valid}",
    ),
    "form.unknown-field": (
        "{kind} has no field {key!r}; fields: {valid}",
        "{kind}没有 {key!r} 这一栏；可填写的栏目：{valid}",
    ),
    "form.field-not-entered-here": (
        "field '{field}' of {kind} is not entered here",
        "{kind}的“{field}”一栏不在此处填写",
    ),
    "form.field-not-number": ("{field}: {value!r} is not a number", "{field}：“{value}”不是数字"),
    "form.field-no-person": (
        "{field}: no person with login {login!r}",
        "{field}：不存在登录名为 {login} 的人员",
    ),
    "form.field-no-unit": (
        "{field}: no unit with code {code!r}",
        "{field}：不存在代码为 {code} 的单位",
    ),
    "form.field-no-device": (
        "{field}: no device with asset number {asset!r}",
        "{field}：不存在资产编号为 {asset} 的设备",
    ),
    "form.field-not-a-choice": (
        "{field}: {value!r} is not one of: {valid}",
        "{field}：“{value}”不是可选的值。可选值：{valid}",
    ),
    "form.bad-target": (
        "target {target!r}: write KIND:ID, KIND one of {kinds}",
        "“{target}”不是有效的对象：请按“类型:编号”填写，类型可为 {kinds}（{kinds:target-kind}）",
    ),
    "form.target-not-numbered": (
        "target {target!r}: a {kind} is named by its number (1 to {last})",
        "“{target}”：{kind:target-kind}以编号表示，请填写 1 至 {last}",
    ),
    "form.may-not-file": (
        "{login} ({role}) may not file {kind}; filed by {allowed}",
        "{login}（{role:role}）不能填报{kind}；可填报的角色：{allowed:role}",
    ),
    "form.may-not-close": (
        "{login} ({role}) may not close {kind} forms; {allowed} may",
        "{login}（{role:role}）不能办结{kind}；可办结的角色：{allowed:role}",
    ),
    "form.may-not-read": (
        "{login} may not read form {form_id}",
        "{login} 无权查阅第 {form_id} 号表单",
    ),
    "form.frozen": (
        "form {form_id} is {state}: its content cannot change any more; "
        "file a correction (form correct) instead",
        "第 {form_id} 号表单当前状态为“{state:form-state}”，内容不能再修改；如需更改，请提出更正",
    ),
    "form.wrong-state": (
        "form {form_id} is {state}; only a {states::or} form can be {action}",
        "第 {form_id} 号表单当前状态为“{state:form-state}”，只有状态为“{states:form-state:or}”"
        "的表单才能{action:form-action}",
    ),
    "form.applicant-only": (
        "only the applicant may {action} form {form_id}",
        "只有申请人本人才能{action:form-action}第 {form_id} 号表单",
    ),
    "form.already-corrected": (
        "form {form_id} already has a correction; correct that one",
        "第 {form_id} 号表单已有更正版本，请在该更正版本上继续更正",
    ),
    "form.rejection-needs-reason": (
        "a rejection needs a reason: give --comment",
        "退回表单须填写理由",
    ),
    "form.no-closing-step": (
        "{kind} forms have no closing step; approval ends them",
        "{kind}没有办结环节，批准后即告完成",
    ),
    "form.closing-lacks-fields": (
        "form {form_id} cannot be closed without {fields}",
        "第 {form_id} 号表单须先填写{fields}，才能办结",
    ),
    "form.lacks-fields": (
        "form {form_id} ({kind}) lacks required field(s): {fields}",
        "第 {form_id} 号表单（{kind}）缺少必填项：{fields}",
    ),
    "form.needs-targets": (
        "form {form_id} ({kind}) must name the recordings it is about (--target)",
        "第 {form_id} 号表单（{kind}）必须写明所涉及的执法记录",
    ),
    "form.validity-reversed": (
        "form {form_id}: valid_until must be after valid_from",
        "第 {form_id} 号表单：有效期的截止时间必须晚于起始时间",
    ),
    "form.activity-reversed": (
        "form {form_id}: activity_end is before activity_start",
        "第 {form_id} 号表单：执法活动的结束时间早于开始时间",
    ),
    "form.unit-not-under": (
        "{field}: unit {unit} is not under {own}",
        "{field}：单位 {unit} 既不是 {own}，也不是其下级单位",
    ),
    "form.unit-must-be-below": (
        "{field}: a {kind} goes to a unit below {own}",
        "{field}：{kind}只能发往 {own} 的下级单位",
    ),
    "form.own-form": (
        "{login}: you cannot approve or reject your own form {form_id}",
        "第 {form_id} 号表单由 {login} 本人提交，不能由其审批",
    ),
    "form.account-of-applicant": (
        "{login}: your account was created by the applicant of form {form_id}; "
        "you cannot approve or reject it",
        "{login} 的账户由第 {form_id} 号表单的申请人创建，不能审批该表单",
    ),
    "form.waits-for-role": (
        "form {form_id} waits for {role} at step {step} of {chain::chain}; {login} is {own}",
        "第 {form_id} 号表单正处于审批流程（{chain:role:chain}）的第 {step} 步，应由{role}审批；"
        "{login} 的角色是{own:role}",
    ),
    "form.signed-by-other": (
        "form {form_id} is to be signed by {named}, not {login}",
        "第 {form_id} 号表单指定由 {named} 签批，{login} 不能签批",
    ),
    "form.outside-line": (
        "{login} ({unit}) is not in unit {target} or above it",
        "{login}（{unit}）不属于单位 {target} 或其上级单位，无权办理",
    ),
    "form.changed-after-signing": (
        "form {form_id} was changed after it was signed; it cannot be approved",
        "第 {form_id} 号表单在签名后被改动过，不能批准",
    ),
}
