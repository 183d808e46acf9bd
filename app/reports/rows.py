"""The plain rows each printout is fed with; services fill them, reports only print them.

Times are timezone-aware datetimes (printed in station time); ``None`` prints as a blank
to fill in by hand. Labels (states, kinds, categories, decisions) arrive already in
Chinese, as the store keeps them or as the service translates them.
"""

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class RecordingItem:
    """One recording named on a form (调取清单, 保管链): enough to find it and check it."""

    file_name: str
    recorded_at: datetime | None
    officer_name: str
    device_asset: str
    duration_s: float | None
    sha256: str


# ---- registers (one row per line of the register) -------------------------------------


@dataclass(frozen=True)
class DeviceLedgerRow:
    """执法记录仪台账 [002 §8] [000 §3]: one device."""

    asset_number: str
    serial: str
    model: str
    kind: str  # 执法记录仪 / 摄像机 / 录音笔 / 询问室音视频系统
    unit_name: str
    assignee_name: str  # 谁佩戴谁负责 [002 §17]; "" when in store
    state: str  # 在用 / 故障 / 维修中 / 遗失 / 报废
    in_service_on: date | None
    asset_card: str = ""  # 国有资产卡片号 [000 §3]
    remarks: str = ""


@dataclass(frozen=True)
class DeviceIssueRow:
    """执法记录仪领用归还登记 [002 §8] [001 §31]: one issue, and its return when back."""

    asset_number: str
    model: str
    officer_name: str
    issued_at: datetime
    issued_by: str
    returned_at: datetime | None = None
    received_by: str = ""
    condition: str = ""  # 归还时设备状况
    remarks: str = ""


@dataclass(frozen=True)
class HandoverRow:
    """执法记录移交登记 [000 §9(4)]: one hand-over of an officer's files to the administrator."""

    handed_over_at: datetime
    officer_name: str
    administrator_name: str
    activity: str
    activity_ended_at: datetime | None
    file_count: int
    total_bytes: int
    digest: str  # SHA-256 over the hand-over's file list (or the single file's hash)
    late_hours: float | None = None  # past the profile's deadline [R2.4]; None = in time
    remarks: str = ""


@dataclass(frozen=True)
class ViewingRow:
    """执法记录查阅登记 [001 §32] [004 §16]."""

    viewed_at: datetime
    viewer_name: str
    viewer_unit: str
    items: str  # the recordings viewed, as their names
    reason: str
    approver_name: str
    approved_at: datetime | None = None
    remarks: str = ""


@dataclass(frozen=True)
class CopyRow:
    """执法记录复制登记 [001 §32]."""

    copied_at: datetime
    copier_name: str
    items: str
    reason: str
    approver_name: str
    medium: str  # 光盘 / U盘 / 移动硬盘 ...; "" to fill in by hand
    copies: int | None  # None: not recorded on the request, filled in by hand
    recipient: str
    remarks: str = ""


@dataclass(frozen=True)
class FaultRow:
    """执法记录仪故障登记 [002 §16] [002 §17]: report → check → repair → back in service."""

    reported_at: datetime
    asset_number: str
    model: str
    reporter_name: str
    symptom: str
    checked_by: str = ""
    finding: str = ""
    sent_for_repair_on: date | None = None
    back_in_service_on: date | None = None
    compensation: str = ""  # 遗失/损坏赔偿情况
    remarks: str = ""


@dataclass(frozen=True)
class RosterRow:
    """人员名册: one person, under their unit."""

    unit_name: str
    unit_code: str
    login: str
    name: str
    role: str  # Chinese role name
    active: bool


@dataclass(frozen=True)
class AuditExtractRow:
    """审计日志: one link of the audit chain."""

    seq: int
    at: datetime
    actor: str
    action: str
    target: str
    details: str
    hash: str


@dataclass(frozen=True)
class ArchiveRow:
    """One recording in an officer's electronic archive [000 §9(3)]."""

    recorded_at: datetime
    duration_s: float | None
    category: str
    device_asset: str
    file_name: str
    handed_over_at: datetime | None
    administrator_name: str
    sha256: str


@dataclass(frozen=True)
class OfficerArchive:
    """个人执法执勤记录电子档案 [000 §9(3)]: who recorded what, handed over when, to whom."""

    officer_login: str
    officer_name: str
    unit_name: str
    rows: list[ArchiveRow]


# ---- per-record forms -------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """A signed opinion on a form; an empty ``name`` leaves the line for a pen."""

    name: str = ""
    opinion: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class RetrievalApproval:
    """《执法记录调取审批表》 [000 §10(1)]: case officer asks, unit head signs, admin provides."""

    number: str
    case_name: str
    case_number: str
    applicant_name: str
    applicant_unit: str
    requested_at: datetime
    purpose: str
    items: list[RecordingItem]
    head: Decision = field(default_factory=Decision)
    provided_by: str = ""
    provided_at: datetime | None = None
    provided_how: str = ""  # 复制方式、介质
    remarks: str = ""


@dataclass(frozen=True)
class RetrievalNotice:
    """《执法记录调取通知单》 [000 §10(2)]: a superior unit retrieves; the holder's head signs."""

    number: str
    issuing_unit: str
    holding_unit: str
    requester_name: str
    requester_contact: str
    issued_at: datetime
    purpose: str  # 研究案件 / 监督检查 ...
    items: list[RecordingItem]
    head: Decision = field(default_factory=Decision)
    provided_by: str = ""
    provided_at: datetime | None = None
    remarks: str = ""


@dataclass(frozen=True)
class InterruptionReport:
    """中断 / 未记录工作记录 [000 §7] [002 §9] [004 §11] [001 §17]."""

    number: str
    kind: str  # 中断记录 / 未进行记录
    officer_name: str
    unit_name: str
    activity: str
    location: str
    activity_started_at: datetime | None
    interrupted_at: datetime | None
    resumed_at: datetime | None
    reason: str
    legal_basis: str
    details: str
    filed_at: datetime
    deadline_at: datetime | None = None
    reviewer: Decision = field(default_factory=Decision)
    keeper_name: str = ""  # the administrator who keeps it [002 §9]
    activity_ended_at: datetime | None = None
    returned_at: datetime | None = None  # back at the unit: the 24 h of [001 §17] run from here


@dataclass(frozen=True)
class InspectionReport:
    """执法全过程记录监督检查记录 [000 §4] [000 §3] (R10.2, R1.6)."""

    number: str
    inspected_unit: str
    inspectors: str
    inspected_at: datetime
    scope: str
    findings: list[str]
    rectification: str
    rectify_by: date | None
    closed_at: datetime | None = None
    closure: str = ""
    inspected_head: Decision = field(default_factory=Decision)


@dataclass(frozen=True)
class CustodyEvent:
    at: datetime
    action: str  # Chinese label: 导入 / 校验 / 查阅 / 复制 / 打印 ...
    actor_name: str
    details: str
    audit_seq: int


@dataclass(frozen=True)
class CustodyReport:
    """执法记录保管链报告: one recording from import to now, event by event (R9)."""

    recording_id: str
    file_name: str
    sha256: str
    sm3: str
    size_bytes: int
    duration_s: float | None
    media: str  # 编码、分辨率
    device_asset: str
    officer_name: str
    recorded_at: datetime | None
    imported_at: datetime
    imported_by: str
    category: str
    case: str
    retention_until: date | None
    events: list[CustodyEvent]


@dataclass(frozen=True)
class ComplianceFigure:
    label: str
    value: str
    target: str = ""
    note: str = ""


@dataclass(frozen=True)
class UnitCompliance:
    unit_name: str
    officers: int
    equipped: int  # officers with a working assigned device [002 §6]
    recordings: int
    late_handovers: int
    missing_reports: int
    faulty_devices: int
    integrity_alarms: int


@dataclass(frozen=True)
class ComplianceStatistics:
    """执法全过程记录工作情况统计表 (R10.1)."""

    figures: list[ComplianceFigure]
    units: list[UnitCompliance]
