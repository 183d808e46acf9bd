"""The per-record forms (审批表、通知单、工作记录、检查记录、保管链报告) as ruled grids.

Each form is a grid of label cells (黑体) and value cells (宋体) with tall boxes where the
regulations ask for a written opinion and a signature, as the unit prints them to sign.
"""

from collections.abc import Sequence

from app.reports import formats as f
from app.reports.rows import (
    ComplianceStatistics,
    CustodyReport,
    Decision,
    InspectionReport,
    InterruptionReport,
    RecordingItem,
    RetrievalApproval,
    RetrievalNotice,
)
from app.reports.sheet import Cell, Row, Section, Sheet, Signature, Style, columns, head_row

LABEL = 0.15  # share of a label cell in a form row


def fields(*pairs: tuple[str, str], label: float = LABEL) -> Row:
    """A row of label/value pairs sharing the width evenly after the labels."""
    value = (1.0 - label * len(pairs)) / len(pairs)
    cells: list[Cell] = []
    for name, text in pairs:
        cells += [Cell(name, label, Style.LABEL), Cell(text, value)]
    return Row(tuple(cells))


def opinion(name: str, decision: Decision, sign_label: str, height: float = 30) -> Row:
    """A box for a written opinion, signed at its foot with name and date."""
    sign = Signature(sign_label, decision.name, f.chinese_day(decision.at))
    return Row(
        (
            Cell(name, LABEL, Style.LABEL),
            Cell(decision.opinion, 1 - LABEL, top=True, signature=sign),
        ),
        min_height=height,
    )


def text_box(name: str, text: str, height: float = 18, sign: Signature | None = None) -> Row:
    return Row(
        (Cell(name, LABEL, Style.LABEL), Cell(text, 1 - LABEL, top=True, signature=sign)),
        min_height=height,
    )


ITEM_WIDTHS = (0.05, 0.26, 0.12, 0.08, 0.11, 0.07, 0.31)


def items_section(items: Sequence[RecordingItem], caption: str) -> Section:
    """The list of recordings a form names, with its own head repeated on later pages."""
    head = head_row(
        ITEM_WIDTHS,
        ("序号", "文件名", "记录时间", "执法人员", "设备编号", "时长", "校验值（SHA-256）"),
    )
    title = Row((Cell(caption, 1.0, Style.LABEL),))
    rows = [
        columns(
            ITEM_WIDTHS,
            (
                str(i),
                it.file_name,
                f.when(it.recorded_at),
                it.officer_name,
                it.device_asset,
                f.duration(it.duration_s),
                it.sha256,
            ),
        )  # fmt: skip
        for i, it in enumerate(items, start=1)
    ] or [Row((Cell("（未列明）", 1.0),))]
    return Section(rows, header=(title, head), compact=True)


def retrieval_approval_sheet(form: RetrievalApproval) -> Sheet:
    """《执法记录调取审批表》 [000 §10(1)]."""
    main = [
        fields(("案件名称", form.case_name), ("案件编号", form.case_number)),
        fields(("申请人", form.applicant_name), ("所在单位", form.applicant_unit)),
        fields(("申请时间", f.when(form.requested_at)), ("调取数量", f"{len(form.items)} 个文件")),
        text_box("调取事由", form.purpose, 20, Signature("申请人签名", "", "")),
    ]
    after = [
        opinion("存放单位\n主要负责人\n意见", form.head, "负责人签名"),
        fields(("提供人\n（管理员）", form.provided_by), ("提供时间", f.when(form.provided_at))),
        text_box("提供方式", form.provided_how, 12),
        text_box("备注", form.remarks, 12),
    ]
    return Sheet(
        "执法记录调取审批表",
        [Section(main), items_section(form.items, "调取执法记录清单"), Section(after)],
        number=form.number,
        notes=(
            "注：执法记录作为证据使用的，由办案人民警察填写本表，经执法记录存放单位或部门主要负责人"
            "签字同意后，由执法记录管理员提供复制信息，调取情况记录在案。",
        ),  # fmt: skip
    )


def retrieval_notice_sheet(form: RetrievalNotice) -> Sheet:
    """《执法记录调取通知单》 [000 §10(2)]."""
    main = [
        fields(("调取单位", form.issuing_unit), ("存放单位", form.holding_unit)),
        fields(("经办人", form.requester_name), ("联系方式", form.requester_contact)),
        fields(("通知时间", f.when(form.issued_at)), ("调取数量", f"{len(form.items)} 个文件")),
        text_box(
            "调取事由",
            form.purpose,
            20,
            Signature("调取单位（盖章）", "", f.chinese_day(form.issued_at)),
        ),
    ]
    after = [
        opinion("存放单位\n主要负责人\n意见", form.head, "负责人签名"),
        fields(("提供人\n（管理员）", form.provided_by), ("提供时间", f.when(form.provided_at))),
        text_box("备注", form.remarks, 12),
    ]
    return Sheet(
        "执法记录调取通知单",
        [Section(main), items_section(form.items, "调取执法记录清单"), Section(after)],
        number=form.number,
        notes=(
            "注：上级主管部门在研究案件、监督检查等工作中调取执法记录的，填写本通知单，"
            "经存放单位或部门主要负责人签字同意后如实提供，并对调取情况记录在案。",
        ),  # fmt: skip
    )


def interruption_report_sheet(form: InterruptionReport) -> Sheet:
    """中断（未）记录工作记录 [000 §7] [002 §9] [004 §11]."""
    late = ""
    if form.deadline_at is not None:
        late = "逾期" if form.filed_at > form.deadline_at else "按时"
        late = f"{late}（时限 {f.when(form.deadline_at)}）"
    rows = [
        fields(("执法人员", form.officer_name), ("所在单位", form.unit_name)),
        fields(("执法活动", form.activity), ("地点", form.location)),
        fields(
            ("活动开始", f.when(form.activity_started_at)),
            ("活动结束", f.when(form.activity_ended_at)),
        ),
        fields(("情形", form.kind), ("返回单位", f.when(form.returned_at))),
        fields(
            ("中断时间", f.when(form.interrupted_at)),
            ("恢复时间", f.when(form.resumed_at) or ("未恢复" if form.interrupted_at else "")),
        ),
        text_box("原因", form.reason, 14),
        text_box("依据", form.legal_basis, 14),
        text_box(
            "情况说明",
            form.details,
            36,
            Signature("执法人员签名", "", f.chinese_day(form.filed_at)),
        ),
        fields(("填写时间", f.when(form.filed_at)), ("报告时限", late)),
        opinion("审核意见", form.reviewer, "队长（负责人）签名"),
        fields(("留存管理员", form.keeper_name), ("留存编号", form.number)),
    ]
    return Sheet(
        "执法记录中断（未记录）工作记录",
        [Section(rows)],
        number=form.number,
        notes=(
            "注：因天气、场所等客观原因或紧急情况停止或未能记录的，执法人员应在活动结束后立即制作本记录，"
            "写明理由和依据并签名，报队长（负责人）审核后交管理员留存。",
        ),  # fmt: skip
    )


def inspection_report_sheet(form: InspectionReport) -> Sheet:
    """执法全过程记录工作监督检查记录 [000 §4] [000 §3]."""
    found = (
        "\n".join(f"{i}. {text}" for i, text in enumerate(form.findings, start=1)) or "未发现问题。"
    )
    rows = [
        fields(("被检查单位", form.inspected_unit), ("检查时间", f.when(form.inspected_at))),
        fields(("检查人员", form.inspectors), ("整改期限", f.day(form.rectify_by))),
        text_box("检查内容", form.scope, 16),
        text_box("发现问题", found, 40),
        text_box(
            "整改要求",
            form.rectification,
            24,
            Signature("检查人签名", "", f.chinese_day(form.inspected_at)),
        ),
        opinion("被检查单位\n负责人意见", form.inspected_head, "负责人签名", 24),
        text_box(
            "整改情况", form.closure, 22, Signature("复查人签名", "", f.chinese_day(form.closed_at))
        ),
    ]
    return Sheet("执法全过程记录工作监督检查记录", [Section(rows)], number=form.number)


EVENT_WIDTHS = (0.06, 0.17, 0.16, 0.09, 0.52)


def custody_report_sheet(form: CustodyReport, *, number: str) -> Sheet:
    """执法记录保管链报告: who held and touched one recording, from import to printing."""
    main = [
        fields(("记录编号", form.recording_id), ("文件名", form.file_name)),
        fields(("执法人员", form.officer_name), ("设备编号", form.device_asset)),
        fields(("记录时间", f.when(form.recorded_at)), ("时长", f.duration(form.duration_s))),
        fields(("导入时间", f.when(form.imported_at)), ("导入人", form.imported_by)),
        fields(("活动类别", form.category), ("所属案件", form.case or "—")),
        fields(
            ("文件大小", f"{f.size(form.size_bytes)}（{form.size_bytes:,} 字节）"),
            ("音视频参数", form.media),
        ),
        fields(
            ("保存期限至", f.day(form.retention_until) or "长期"), ("事件数", str(len(form.events)))
        ),
        text_box("SHA-256", form.sha256, 0),
        text_box("SM3", form.sm3, 0),
    ]
    head = head_row(EVENT_WIDTHS, ("审计序号", "时间", "事项", "经办人", "内容"))
    events = [
        columns(EVENT_WIDTHS, (str(e.audit_seq), f.when(e.at), e.action, e.actor_name, e.details))
        for e in form.events
    ] or [Row((Cell("（无事件）", 1.0),))]
    caption = Row((Cell("保管链事件（按时间先后）", 1.0, Style.LABEL),))
    return Sheet(
        "执法记录保管链报告",
        [Section(main), Section(events, header=(caption, head), gap_before=3, compact=True)],
        number=number,
        page_signers=("管理员（签名）", "审核人（签名）"),
        notes=("注：原始记录自导入起不得删节、修改；校验值与审计链可在工作站中复核。",),
    )


UNIT_HEADS = ("序号", "单位", "民警数", "配备数", "配备率", "记录数", "逾期移交", "缺中断记录",
              "故障设备", "完整性告警")  # fmt: skip
UNIT_WIDTHS = (0.05, 0.23, 0.08, 0.08, 0.09, 0.09, 0.10, 0.10, 0.09, 0.09)


def compliance_sheet(stats: ComplianceStatistics, *, period: str, number: str) -> Sheet:
    """执法全过程记录工作情况统计表 (R10.1): key figures, then unit by unit."""
    figure_widths = (0.06, 0.34, 0.18, 0.14, 0.28)
    figure_head = head_row(figure_widths, ("序号", "统计项目", "数值", "要求", "说明"))
    figures = [
        columns(figure_widths, (str(i), x.label, x.value, x.target, x.note))
        for i, x in enumerate(stats.figures, start=1)
    ]
    unit_head = head_row(UNIT_WIDTHS, UNIT_HEADS)
    units = [
        columns(
            UNIT_WIDTHS,
            (
                str(i),
                u.unit_name,
                str(u.officers),
                str(u.equipped),
                f"{u.equipped / u.officers:.0%}" if u.officers else "—",
                str(u.recordings),
                str(u.late_handovers),
                str(u.missing_reports),
                str(u.faulty_devices),
                str(u.integrity_alarms),
            ),
        )  # fmt: skip
        for i, u in enumerate(stats.units, start=1)
    ]
    sections = [Section(figures, header=(figure_head,))]
    if units:
        caption = Row((Cell("分单位情况", 1.0, Style.LABEL),))
        sections.append(Section(units, header=(caption, unit_head), gap_before=4))
    return Sheet(
        "执法全过程记录工作情况统计表",
        sections,
        period=period,
        number=number,
        page_signers=("统计人（签名）", "督察部门（签名）", "单位负责人（签名）"),
    )
