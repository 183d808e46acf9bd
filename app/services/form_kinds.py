"""The kinds of form the engine runs, their fields, who files, approves and closes them.

One mechanism serves every form (forms.py); what differs between a retrieval approval
form and an inspection record is data, here. A field is either entered by the applicant
(``entry``), defaulted from the applicant (``applicant`` login, ``applicant-unit`` code),
entered by whoever closes the form (``closing``), or filled by the engine from a signed
step (``submit.signature``, ``approval.login``, ``done.at``...). The policy profile names the
fields its seed demands (``profile.form_fields``); the engine refuses to submit a form that
lacks one.
"""

from dataclasses import dataclass, field

from app.core.errors import ValidationError
from app.core.messages import Term
from app.core.roles import Role

#: Filled by people; the rest are derived from the signed steps.
ENTERED = ("entry", "applicant", "applicant-unit", "closing")

#: Step-derived sources: "<step>.<what>" where what is login, name, at or signature.
DERIVED_STEPS = ("submit", "approval", "done")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form.

    ``type`` is text, datetime (ISO 8601, local station time when no zone is given),
    login (a person), unit (a unit code), device (an asset number in the ledger), number,
    or choice (from the list ``choices`` names: interruption-reason, violation, measure,
    yes-no).
    """

    key: str
    label_zh: str
    type: str = "text"
    required: bool = False
    filled_by: str = "entry"
    choices: str | None = None

    @property
    def is_entered(self) -> bool:
        return self.filled_by in ENTERED

    @property
    def term(self) -> Term:
        """The field in a refusal: its key in English, its label in Chinese."""
        return Term(self.key, self.label_zh)


@dataclass(frozen=True)
class FormKind:
    """A kind of form.

    ``request_kind`` takes the approval chain from the policy profile; otherwise
    ``chain`` is fixed here. ``unit_field`` names the field whose unit approves the form
    (default: the applicant's own unit). ``grants`` are the accesses an approved form
    gives its applicant over the recordings it names. ``deadline_field`` is the field the
    form's due time is computed from; ``due_step`` is the step that meets it (a report
    is on time when it is submitted, a rectification when it is closed).
    """

    id: str
    label_zh: str
    basis: str
    applicants: tuple[Role, ...]
    fields: tuple[FieldSpec, ...]
    request_kind: str | None = None
    chain: tuple[Role, ...] = ()
    policy_form: str | None = None
    closers: tuple[Role, ...] = ()
    grants: frozenset[str] = field(default_factory=frozenset)
    needs_targets: bool = False
    unit_field: str | None = None
    unit_must_be_below: bool = False
    approver_field: str | None = None
    deadline_field: str | None = None
    due_step: str = "submit"

    def spec(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def term(self) -> Term:
        """The kind in a refusal: its id in English, its title in Chinese."""
        return Term(self.id, self.label_zh)

    @property
    def has_closing(self) -> bool:
        return bool(self.closers)


def _f(key: str, label: str, type_: str = "text", **kw: object) -> FieldSpec:
    return FieldSpec(key, label, type_, **kw)  # type: ignore[arg-type]


_VALIDITY = (
    _f("valid_from", "有效期自", "datetime"),
    _f("valid_until", "有效期至", "datetime", required=True),
)

RETRIEVAL = FormKind(
    id="retrieval",
    label_zh="执法记录调取审批表",
    basis="000 §10(1)",
    applicants=(Role.OFFICER, Role.LEGAL),
    request_kind="retrieval",
    policy_form="retrieval",
    closers=(Role.EVIDENCE_OFFICER,),
    grants=frozenset({"view", "copy"}),
    needs_targets=True,
    fields=(
        _f("case_officer", "办案民警", "login", filled_by="applicant"),
        _f("case_no", "案件编号", required=True),
        _f("purpose", "调取事由", required=True),
        *_VALIDITY,
        _f("approver_signature", "负责人签字", filled_by="approval.signature"),
        _f("approver", "审批人", filled_by="approval.login"),
        _f("provided_by", "提供人（管理员）", filled_by="done.login"),
        _f("provided_at", "提供时间", filled_by="done.at"),
        _f("provision_note", "提供情况", filled_by="closing"),
    ),
)

RETRIEVAL_NOTICE = FormKind(
    id="retrieval-notice",
    label_zh="执法记录调取通知单",
    basis="000 §10(2); 001 §28",
    applicants=(Role.SUPERIOR, Role.SUPERVISION, Role.LEGAL, Role.MANAGER),
    request_kind="retrieval-notice",
    policy_form="retrieval-notice",
    closers=(Role.EVIDENCE_OFFICER,),
    grants=frozenset({"view", "copy"}),
    needs_targets=True,
    unit_field="holding_unit",
    unit_must_be_below=True,
    fields=(
        _f("requesting_unit", "调取单位", "unit", filled_by="applicant-unit"),
        _f("holding_unit", "存放单位", "unit", required=True),
        _f("purpose", "调取事由", required=True),
        *_VALIDITY,
        _f("approver_signature", "存放单位负责人签字", filled_by="approval.signature"),
        _f("approver", "审批人", filled_by="approval.login"),
        _f("provided_by", "提供人（管理员）", filled_by="done.login"),
        _f("provided_at", "提供时间", filled_by="done.at"),
    ),
)

VIEWING = FormKind(
    id="viewing",
    label_zh="执法记录查阅审批表",
    basis="004 §16-17; 001 §32",
    applicants=(Role.OFFICER, Role.LEGAL, Role.SUPERVISION, Role.MANAGER, Role.EVIDENCE_OFFICER),
    request_kind="viewing",
    policy_form="viewing",
    closers=(Role.EVIDENCE_OFFICER,),
    grants=frozenset({"view"}),
    needs_targets=True,
    fields=(
        _f("viewer", "查阅人", "login", filled_by="applicant"),
        _f("reason", "查阅事由", required=True),
        *_VALIDITY,
        _f("approver", "审批人", filled_by="approval.login"),
        _f("viewed_at", "查阅时间（登记）", filled_by="done.at"),
        _f("registered_by", "登记人（保管人）", filled_by="done.login"),
    ),
)

COPY = FormKind(
    id="copy",
    label_zh="执法记录复制审批表",
    basis="001 §32; 004 §15",
    applicants=(Role.OFFICER, Role.LEGAL, Role.SUPERVISION, Role.MANAGER),
    request_kind="copy",
    policy_form="copy",
    closers=(Role.EVIDENCE_OFFICER,),
    grants=frozenset({"view", "copy"}),
    needs_targets=True,
    fields=(
        _f("copier", "复制人", "login", filled_by="applicant"),
        _f("reason", "复制事由", required=True),
        *_VALIDITY,
        _f("approver", "审批人", filled_by="approval.login"),
        _f("copied_at", "复制时间", filled_by="done.at"),
        _f("copied_by", "经办人（管理员）", filled_by="done.login"),
    ),
)

PARTY_COPY = FormKind(
    id="party-copy",
    label_zh="当事人申请复制执法记录登记表",
    basis="001 §32（依照《政府信息公开条例》）",
    applicants=(Role.EVIDENCE_OFFICER, Role.CLERK),
    request_kind="copy",
    policy_form="copy",
    closers=(Role.EVIDENCE_OFFICER,),
    needs_targets=True,
    fields=(
        _f("copier", "申请人（当事人）", required=True),
        _f("party_id_no", "申请人证件号码"),
        _f("relation", "与执法活动的关系", required=True),
        _f("disclosure_basis", "信息公开依据", required=True),
        _f("reason", "申请事由", required=True),
        _f("approver", "审批人", filled_by="approval.login"),
        _f("copied_at", "提供时间", filled_by="done.at"),
        _f("copied_by", "经办人（管理员）", filled_by="done.login"),
    ),
)

MEDIA_RELEASE = FormKind(
    id="media-release",
    label_zh="执法视音频资料对外提供审批表",
    basis="001 §33; 004 §18; 002 §15",
    applicants=(Role.OFFICER, Role.LEGAL, Role.MANAGER, Role.EVIDENCE_OFFICER),
    request_kind="media-release",
    closers=(Role.EVIDENCE_OFFICER,),
    needs_targets=True,
    fields=(
        _f("recipient", "提供对象（媒体、单位或个人）", required=True),
        _f("purpose", "提供事由", required=True),
        _f("redaction", "是否脱敏处理", "choice", required=True, choices="yes-no"),
        _f("approver", "审批人", filled_by="approval.login"),
        _f("released_at", "提供时间", filled_by="done.at"),
        _f("released_by", "经办人", filled_by="done.login"),
    ),
)

INTERRUPTION_REPORT = FormKind(
    id="interruption-report",
    label_zh="执法记录中断（未记录）工作记录",
    basis="000 §7; 001 §17; 002 §9; 004 §7, §11",
    applicants=(Role.OFFICER,),
    request_kind="interruption-report",
    policy_form="interruption-report",
    closers=(Role.EVIDENCE_OFFICER,),
    deadline_field="activity_end",
    fields=(
        _f("activity_start", "执法活动开始时间", "datetime", required=True),
        _f("activity_end", "执法活动结束时间", "datetime", required=True),
        _f("returned_at", "返回单位时间", "datetime"),
        _f("reason", "中断（未记录）原因", "choice", required=True, choices="interruption-reason"),
        _f("legal_basis", "依据"),
        _f("description", "情况说明"),
        _f("officer_signature", "执法人员签名", filled_by="submit.signature"),
        _f("approver", "审核领导", filled_by="approval.login"),
        _f("kept_by", "留存管理员", filled_by="done.login"),
    ),
)

DEVICE_FAULT = FormKind(
    id="device-fault",
    label_zh="执法记录仪故障报告",
    basis="002 §16; R1.4",
    applicants=(Role.OFFICER, Role.EVIDENCE_OFFICER, Role.EQUIPMENT),
    chain=(Role.MANAGER,),
    closers=(Role.EVIDENCE_OFFICER, Role.EQUIPMENT),
    fields=(
        _f("device", "设备资产编号", "device", required=True),
        _f("fault_description", "故障或损坏情况", required=True),
        _f("discovered_at", "发现时间", "datetime", required=True),
        _f("reported_to", "报告负责人", filled_by="approval.login"),
        _f("check_result", "管理员检查结果", filled_by="closing", required=True),
        _f("repair_action", "处理（送厂家维修等）", filled_by="closing"),
        _f("checked_by", "检查人", filled_by="done.login"),
        _f("checked_at", "检查时间", filled_by="done.at"),
    ),
)

HANDOVER = FormKind(
    id="handover",
    label_zh="执法记录移交登记表",
    basis="000 §9(3), §9(4); R2.3",
    applicants=(Role.OFFICER,),
    chain=(Role.EVIDENCE_OFFICER,),
    policy_form="handover",
    approver_field="administrator",
    fields=(
        _f("officer", "移交人", "login", filled_by="applicant"),
        _f("administrator", "接收管理员", "login", required=True),
        _f("handed_over_at", "移交时间", "datetime", required=True),
        _f("files", "移交内容（文件）", required=True),
        _f("total_bytes", "总大小（字节）", "number"),
        _f("hashes", "文件摘要"),
        _f("officer_signature", "移交人签名", filled_by="submit.signature"),
        _f("administrator_signature", "接收管理员签名", filled_by="approval.signature"),
    ),
)

INSPECTION = FormKind(
    id="inspection",
    label_zh="执法记录工作监督检查记录",
    basis="000 §3, §4; 001 §35; R10.2",
    applicants=(Role.SUPERVISION, Role.EQUIPMENT, Role.MANAGER),
    closers=(Role.SUPERVISION, Role.EQUIPMENT, Role.MANAGER),
    unit_field="inspected_unit",
    deadline_field="rectification_deadline",
    due_step="done",
    fields=(
        _f("inspected_unit", "被检查单位", "unit", required=True),
        _f("inspected_at", "检查时间", "datetime", required=True),
        _f("finding", "检查发现的问题", required=True),
        _f("rectification_order", "整改要求"),
        _f("rectification_deadline", "整改期限", "datetime"),
        _f("inspector_signature", "检查人签名", filled_by="submit.signature"),
        _f("closure_note", "整改落实情况", filled_by="closing", required=True),
        _f("closed_by", "验收人", filled_by="done.login"),
        _f("closed_at", "销号时间", filled_by="done.at"),
    ),
)

ACCOUNTABILITY = FormKind(
    id="accountability",
    label_zh="执法过错责任追究记录",
    basis="000 §11; 001 §35; 002 §18; 003 §9; 004 §20-21",
    applicants=(Role.SUPERVISION, Role.MANAGER, Role.LEGAL),
    chain=(Role.MANAGER,),
    fields=(
        _f("person", "责任人", "login", required=True),
        _f("violation", "过错情形", "choice", required=True, choices="violation"),
        _f("facts", "事实经过", required=True),
        _f("measure", "追究方式", "choice", required=True, choices="measure"),
        _f("decided_by", "决定人", filled_by="approval.login"),
    ),
)

KINDS: dict[str, FormKind] = {
    kind.id: kind
    for kind in (
        RETRIEVAL,
        RETRIEVAL_NOTICE,
        VIEWING,
        COPY,
        PARTY_COPY,
        MEDIA_RELEASE,
        INTERRUPTION_REPORT,
        DEVICE_FAULT,
        HANDOVER,
        INSPECTION,
        ACCOUNTABILITY,
    )
}

#: The registers that approved and closed forms feed [001 §32] [004 §16].
REGISTER_KINDS: dict[str, tuple[str, ...]] = {
    "viewing": ("viewing",),
    "copy": ("copy", "party-copy", "retrieval", "retrieval-notice", "media-release"),
}


def get_kind(kind_id: str) -> FormKind:
    """The kind with this id; ValidationError listing the valid ids otherwise."""
    kind = KINDS.get(kind_id)
    if kind is None:
        raise ValidationError("form.unknown-kind", kind=kind_id, valid=list(KINDS.values()))
    return kind
