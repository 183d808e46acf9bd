"""The registers (登记簿 / 台账): one ruled table, one line per row, 表头 on every page."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.reports import formats as f
from app.reports.rows import (
    AuditExtractRow,
    CopyRow,
    DeviceIssueRow,
    DeviceLedgerRow,
    FaultRow,
    HandoverRow,
    OfficerArchive,
    RosterRow,
    ViewingRow,
)
from app.reports.sheet import Align, Cell, Row, Section, Sheet, Style, aligned, columns, head_row

ADMIN_SIGNS = ("管理员（签名）", "单位负责人（签名）")

#: Columns of names, codes, dates and counts are centred, as registers are printed by hand.
CENTRED = frozenset((
    "序号", "状态", "时限", "份数", "时长", "链序号", "姓名", "登录名", "账户状态", "设备类别",
    "启用日期", "送修日期", "恢复使用日期", "领用人", "发放人", "接收人", "报告人", "检查人",
    "审批人", "查阅人", "复制人", "移交人", "接收管理员", "存储介质", "责任人（佩戴人）",
    "活动类别", "单位代码",
))  # fmt: skip


@dataclass(frozen=True)
class Register:
    """A register's layout: its columns (head, share of width) and how a row fills them."""

    title: str
    heads: tuple[tuple[str, float], ...]
    cells: Callable[[Any], tuple[str, ...]]
    landscape: bool = True
    signers: tuple[str, ...] = ADMIN_SIGNS
    notes: tuple[str, ...] = ()

    def sheet(self, rows: Sequence[Any], *, period: str, number: str) -> Sheet:
        total = sum(w for _, w in self.heads) + 0.04
        widths = (0.04 / total, *(w / total for _, w in self.heads))
        head = head_row(widths, ("序号", *(h for h, _ in self.heads)))
        aligns = tuple(
            Align.CENTER if h in CENTRED else Align.LEFT
            for h in ("序号", *(h for h, _ in self.heads))
        )
        body = [
            aligned(widths, aligns, (str(i), *self.cells(r))) for i, r in enumerate(rows, start=1)
        ]
        if not body:
            body = [Row((Cell("（本期间无记录）", 1.0, align=None),))]
        return Sheet(
            self.title,
            [Section(body, header=(head,))],
            landscape=self.landscape,
            period=period,
            number=number,
            page_signers=self.signers,
            notes=self.notes,
        )


def _ledger(r: DeviceLedgerRow) -> tuple[str, ...]:
    return (r.asset_number, r.serial, r.model, r.kind, r.unit_name, r.assignee_name, r.state,
            f.day(r.in_service_on), r.asset_card, r.remarks)  # fmt: skip


def _issue(r: DeviceIssueRow) -> tuple[str, ...]:
    return (r.asset_number, r.model, r.officer_name, f.when(r.issued_at), r.issued_by, "",
            f.when(r.returned_at), r.received_by, r.condition, "", r.remarks)  # fmt: skip


def _handover(r: HandoverRow) -> tuple[str, ...]:
    return (f.when(r.handed_over_at), r.officer_name, r.activity, f.when(r.activity_ended_at),
            f"{r.file_count} 个 / {f.size(r.total_bytes)}", f.short_hash(r.digest),
            f.hours(r.late_hours), r.administrator_name, "", "", r.remarks)  # fmt: skip


def _viewing(r: ViewingRow) -> tuple[str, ...]:
    return (f.when(r.viewed_at), r.viewer_name, r.viewer_unit, r.items, r.reason, r.approver_name,
            f.when(r.approved_at), "", r.remarks)  # fmt: skip


def _copy(r: CopyRow) -> tuple[str, ...]:
    return (f.when(r.copied_at), r.copier_name, r.items, r.reason, r.approver_name, r.medium,
            "" if r.copies is None else str(r.copies), r.recipient, "", r.remarks)  # fmt: skip


def _fault(r: FaultRow) -> tuple[str, ...]:
    return (f.when(r.reported_at), r.asset_number, r.model, r.reporter_name, r.symptom,
            r.checked_by, r.finding, f.day(r.sent_for_repair_on), f.day(r.back_in_service_on),
            r.compensation, r.remarks)  # fmt: skip


def _roster(r: RosterRow) -> tuple[str, ...]:
    return (r.unit_name, r.unit_code, r.name, r.login, r.role, "在用" if r.active else "停用")


def _audit(r: AuditExtractRow) -> tuple[str, ...]:
    return (str(r.seq), f.when(r.at), r.actor, r.action, r.target, r.details, f.short_hash(r.hash))


DEVICE_LEDGER = Register(
    "执法记录仪使用管理台账",
    (
        ("资产编号", 0.09),
        ("出厂序列号", 0.10),
        ("型号", 0.09),
        ("设备类别", 0.07),
        ("配备单位", 0.10),
        ("责任人（佩戴人）", 0.07),
        ("状态", 0.05),
        ("启用日期", 0.07),
        ("国有资产卡片号", 0.09),
        ("备注", 0.13),
    ),  # fmt: skip
    _ledger,
    signers=("管理员（签名）", "警务保障部门（签名）", "单位负责人（签名）"),
    notes=("注：执法记录仪实行“谁佩戴谁负责”，不得转借他人使用。",),
)
ISSUE_LOG = Register(
    "执法记录仪领用归还登记表",
    (
        ("资产编号", 0.08),
        ("型号", 0.08),
        ("领用人", 0.06),
        ("领用时间", 0.09),
        ("发放人", 0.06),
        ("领用人签名", 0.07),
        ("归还时间", 0.09),
        ("接收人", 0.06),
        ("归还时设备状况", 0.11),
        ("接收人签名", 0.07),
        ("备注", 0.10),
    ),  # fmt: skip
    _issue,
)
HANDOVER_REGISTER = Register(
    "执法记录移交登记表",
    (
        ("移交时间", 0.085),
        ("移交人", 0.055),
        ("执法活动", 0.15),
        ("活动结束时间", 0.085),
        ("文件数 / 大小", 0.075),
        ("校验值（SHA-256）", 0.105),
        ("时限", 0.06),
        ("接收管理员", 0.06),
        ("移交人签名", 0.065),
        ("接收人签名", 0.065),
        ("备注", 0.08),
    ),  # fmt: skip
    _handover,
    notes=(
        "注：执法记录应在执法执勤活动结束后按规定时限移交管理员集中管理，个人不得私自复制、保存。",
    ),
)
VIEWING_REGISTER = Register(
    "执法记录查阅登记表",
    (
        ("查阅时间", 0.09),
        ("查阅人", 0.06),
        ("所在单位", 0.09),
        ("查阅内容", 0.18),
        ("查阅事由", 0.15),
        ("审批人", 0.06),
        ("审批时间", 0.09),
        ("查阅人签名", 0.07),
        ("备注", 0.09),
    ),  # fmt: skip
    _viewing,
    signers=("保管人（签名）", "单位负责人（签名）"),
)
COPY_REGISTER = Register(
    "执法记录复制登记表",
    (
        ("复制时间", 0.09),
        ("复制人", 0.06),
        ("复制内容", 0.17),
        ("复制事由", 0.14),
        ("审批人", 0.06),
        ("存储介质", 0.06),
        ("份数", 0.04),
        ("接收人", 0.07),
        ("接收人签名", 0.07),
        ("备注", 0.09),
    ),  # fmt: skip
    _copy,
)
FAULT_REGISTER = Register(
    "执法记录仪故障维修登记表",
    (
        ("报告时间", 0.085),
        ("资产编号", 0.08),
        ("型号", 0.07),
        ("报告人", 0.055),
        ("故障现象", 0.14),
        ("检查人", 0.055),
        ("检查结论", 0.12),
        ("送修日期", 0.07),
        ("恢复使用日期", 0.075),
        ("赔偿情况", 0.08),
        ("备注", 0.08),
    ),  # fmt: skip
    _fault,
)
ROSTER = Register(
    "人员名册",
    (
        ("所在单位", 0.26),
        ("单位代码", 0.10),
        ("姓名", 0.12),
        ("登录名", 0.14),
        ("岗位角色", 0.18),
        ("账户状态", 0.08),
    ),  # fmt: skip
    _roster,
    landscape=False,
    signers=("制表人（签名）", "单位负责人（签名）"),
)
AUDIT_EXTRACT = Register(
    "审计日志摘录",
    (
        ("链序号", 0.06),
        ("时间", 0.11),
        ("操作人", 0.08),
        ("操作", 0.10),
        ("对象", 0.13),
        ("内容", 0.38),
        ("链哈希", 0.11),
    ),  # fmt: skip
    _audit,
    signers=("打印人（签名）", "审核人（签名）"),
    notes=(
        "注：本摘录各条目的链哈希可在工作站“审计日志”中逐条核验；页脚“审计链头”为打印时链的最新一环。",
    ),
)


def officer_archive_sheet(archive: OfficerArchive, *, number: str) -> Sheet:
    """个人执法记录电子档案 [000 §9(3)]: the officer's line above the register of recordings."""
    heads = (("序号", 0.04), ("记录时间", 0.11), ("时长", 0.06), ("活动类别", 0.09),
             ("设备编号", 0.09), ("文件名", 0.20), ("移交时间", 0.11), ("接收管理员", 0.08),
             ("校验值（SHA-256）", 0.22))  # fmt: skip
    widths = tuple(w for _, w in heads)
    who = Row((
        Cell("姓名", 0.10, Style.LABEL), Cell(archive.officer_name, 0.20),
        Cell("登录名", 0.10, Style.LABEL), Cell(archive.officer_login, 0.20),
        Cell("所在单位", 0.10, Style.LABEL), Cell(archive.unit_name, 0.30),
    ))  # fmt: skip
    body = [
        columns(
            widths,
            (
                str(i),
                f.when(r.recorded_at),
                f.duration(r.duration_s),
                r.category,
                r.device_asset,
                r.file_name,
                f.when(r.handed_over_at),
                r.administrator_name,
                r.sha256,
            ),
        )  # fmt: skip
        for i, r in enumerate(archive.rows, start=1)
    ] or [Row((Cell("（无执法记录）", 1.0),))]
    return Sheet(
        "个人执法执勤记录电子档案",
        [
            Section([who]),
            Section(body, header=(head_row(widths, tuple(h for h, _ in heads)),), gap_before=3),
        ],
        landscape=True,
        number=number,
        page_signers=("管理员（签名）", "本人（签名）"),
    )
