"""Every printout the station makes: its id, its Chinese title, and how it becomes a sheet."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.reports import forms, registers
from app.reports.pagination import Type
from app.reports.sheet import Sheet

REGISTER_TYPE = Type(size=9.0, leading=12.0, note_size=8.5)  # 小五号
FORM_TYPE = Type(size=10.5, leading=15.0, note_size=9.0)  # 五号

Builder = Callable[[Any, str, str], Sheet]  # (payload, period, number) -> sheet


@dataclass(frozen=True)
class ReportKind:
    """One printout; ``per_record`` forms print one record and need its id."""

    kind: str
    title: str
    per_record: bool
    code: str  # letters of the 编号 of a printed register
    build: Builder
    type: Type = REGISTER_TYPE


def _register(layout: registers.Register) -> Builder:
    return lambda rows, period, number: layout.sheet(rows, period=period, number=number)


KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        "device-ledger", "执法记录仪使用管理台账", False, "TZ", _register(registers.DEVICE_LEDGER)
    ),
    ReportKind(
        "device-issue-log", "执法记录仪领用归还登记表", False, "LY", _register(registers.ISSUE_LOG)
    ),
    ReportKind(
        "handover-register",
        "执法记录移交登记表",
        False,
        "YJ",
        _register(registers.HANDOVER_REGISTER),
    ),
    ReportKind(
        "officer-archive",
        "个人执法执勤记录电子档案",
        True,
        "DA",
        lambda archive, _period, number: registers.officer_archive_sheet(archive, number=number),
    ),
    ReportKind(
        "viewing-register", "执法记录查阅登记表", False, "CY", _register(registers.VIEWING_REGISTER)
    ),
    ReportKind(
        "copy-register", "执法记录复制登记表", False, "FZ", _register(registers.COPY_REGISTER)
    ),
    ReportKind(
        "retrieval-approval",
        "执法记录调取审批表",
        True,
        "DQ",
        lambda form, _period, _number: forms.retrieval_approval_sheet(form),
        FORM_TYPE,
    ),
    ReportKind(
        "retrieval-notice",
        "执法记录调取通知单",
        True,
        "TZD",
        lambda form, _period, _number: forms.retrieval_notice_sheet(form),
        FORM_TYPE,
    ),
    ReportKind(
        "interruption-report",
        "执法记录中断（未记录）工作记录",
        True,
        "ZD",
        lambda form, _period, _number: forms.interruption_report_sheet(form),
        FORM_TYPE,
    ),
    ReportKind(
        "fault-register",
        "执法记录仪故障维修登记表",
        False,
        "GZ",
        _register(registers.FAULT_REGISTER),
    ),
    ReportKind(
        "inspection-report",
        "执法全过程记录工作监督检查记录",
        True,
        "JC",
        lambda form, _period, _number: forms.inspection_report_sheet(form),
        FORM_TYPE,
    ),
    ReportKind(
        "custody-report",
        "执法记录保管链报告",
        True,
        "BG",
        lambda form, _period, number: forms.custody_report_sheet(form, number=number),
        FORM_TYPE,
    ),
    ReportKind(
        "compliance-statistics",
        "执法全过程记录工作情况统计表",
        False,
        "TJ",
        lambda stats, period, number: forms.compliance_sheet(stats, period=period, number=number),
    ),
    ReportKind("people-roster", "人员名册", False, "MC", _register(registers.ROSTER)),
    ReportKind("audit-extract", "审计日志摘录", False, "SJ", _register(registers.AUDIT_EXTRACT)),
)

BY_KIND = {k.kind: k for k in KINDS}
