"""Realistic rows for every report kind: Chinese names, long text that wraps, many rows."""

from datetime import UTC, date, datetime, timedelta

from app.reports.meta import PrintMeta
from app.reports.rows import (
    ArchiveRow,
    AuditExtractRow,
    ComplianceFigure,
    ComplianceStatistics,
    CopyRow,
    CustodyEvent,
    CustodyReport,
    Decision,
    DeviceIssueRow,
    DeviceLedgerRow,
    FaultRow,
    HandoverRow,
    InspectionReport,
    InterruptionReport,
    OfficerArchive,
    RecordingItem,
    RetrievalApproval,
    RetrievalNotice,
    RosterRow,
    UnitCompliance,
    ViewingRow,
)

T0 = datetime(2026, 11, 2, 1, 30, tzinfo=UTC)
NAMES = (
    "张伟",
    "李娜",
    "王建中",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄晓明",
    "周杰",
    "吴桂芳",
    "郑堃",
    "孙喆",
)
UNITS = ("城关派出所", "魏僧寨派出所", "刑事侦查大队", "交通警察大队", "治安管理大队")
ACTIVITIES = (
    "接处警：城关镇育才路与陶山街交叉口两车剐蹭纠纷，现场调解",
    "治安检查：对辖区娱乐场所进行例行检查",
    "询问违法嫌疑人",
    "设卡盘查",
    "接待信访群众，听取关于邻里宅基地纠纷的反映并做好记录",
)
HASH = "9f2c4e1b7a3d5c8e0f6a2b4d8c1e3f5a7b9d0c2e4f6a8b1c3d5e7f9a0b2c4d6e"


def meta(seq: int = 152) -> PrintMeta:
    return PrintMeta(
        station_code="ST-ROOT",
        unit_name="馆陶县公安局",
        printer_name="王建中",
        printer_login="admin",
        printed_at=datetime(2026, 11, 26, 2, 0, tzinfo=UTC),
        chain_seq=seq,
        chain_hash="3fa2b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081",
    )


def device_ledger(n: int) -> list[DeviceLedgerRow]:
    return [
        DeviceLedgerRow(
            asset_number=f"GT-ZFJLY-{i:04d}",
            serial=f"DSJ-V9-2024{i:06d}",
            model="DSJ-V9 执法记录仪",
            kind="执法记录仪" if i % 7 else "询问室音视频系统",
            unit_name=UNITS[i % len(UNITS)],
            assignee_name=NAMES[i % len(NAMES)] if i % 5 else "",
            state=("在用", "在用", "在用", "故障", "维修中")[i % 5],
            in_service_on=date(2024, 3, 1) + timedelta(days=i % 300),
            asset_card=f"ZC-2024-{i:05d}",
            remarks="电池续航不足四小时，已申请更换原厂电池" if i % 9 == 0 else "",
        )
        for i in range(1, n + 1)
    ]


def issue_log(n: int) -> list[DeviceIssueRow]:
    return [
        DeviceIssueRow(
            asset_number=f"GT-ZFJLY-{i % 40:04d}",
            model="DSJ-V9",
            officer_name=NAMES[i % len(NAMES)],
            issued_at=T0 + timedelta(hours=8 * i),
            issued_by="刘洋",
            returned_at=T0 + timedelta(hours=8 * i + 7) if i % 6 else None,
            received_by="刘洋" if i % 6 else "",
            condition="完好" if i % 4 else "外壳有划痕，镜头保护膜破损，功能正常",
        )
        for i in range(1, n + 1)
    ]


def handovers(n: int) -> list[HandoverRow]:
    return [
        HandoverRow(
            handed_over_at=T0 + timedelta(hours=6 * i + 3),
            officer_name=NAMES[i % len(NAMES)],
            administrator_name="刘洋",
            activity=ACTIVITIES[i % len(ACTIVITIES)],
            activity_ended_at=T0 + timedelta(hours=6 * i),
            file_count=1 + i % 6,
            total_bytes=(1 + i % 6) * 734_003_200,
            digest=HASH,
            late_hours=None if i % 8 else 14.5,
        )
        for i in range(1, n + 1)
    ]


def viewings(n: int) -> list[ViewingRow]:
    return [
        ViewingRow(
            viewed_at=T0 + timedelta(days=i),
            viewer_name=NAMES[(i + 3) % len(NAMES)],
            viewer_unit="法制大队",
            items=f"20261102_0930_GT-ZFJLY-{i:04d}.mp4 等 {1 + i % 3} 个文件",
            reason="办理行政复议案件需核实当事人陈述与现场执法过程是否一致",
            approver_name="王建中",
            approved_at=T0 + timedelta(days=i, hours=-1),
        )
        for i in range(1, n + 1)
    ]


def copies(n: int) -> list[CopyRow]:
    return [
        CopyRow(
            copied_at=T0 + timedelta(days=i),
            copier_name="刘洋",
            items=f"馆公（城）行罚决字〔2026〕{100 + i}号案件执法记录 {1 + i % 4} 个文件",
            reason="作为证据随案移送",
            approver_name="王建中",
            medium="光盘（DVD-R）",
            copies=2,
            recipient=NAMES[i % len(NAMES)],
        )
        for i in range(1, n + 1)
    ]


def faults(n: int) -> list[FaultRow]:
    return [
        FaultRow(
            reported_at=T0 + timedelta(days=3 * i),
            asset_number=f"GT-ZFJLY-{i:04d}",
            model="DSJ-V9",
            reporter_name=NAMES[i % len(NAMES)],
            symptom="开机后屏幕无显示，按录像键无反应，充电指示灯不亮",
            checked_by="刘洋",
            finding="主板电源管理芯片损坏，需返厂维修",
            sent_for_repair_on=date(2026, 11, 5),
            back_in_service_on=date(2026, 11, 20) if i % 2 else None,
            compensation="非人为损坏，不予赔偿" if i % 3 else "",
        )
        for i in range(1, n + 1)
    ]


def roster(n: int) -> list[RosterRow]:
    return [
        RosterRow(
            UNITS[i % 5],
            f"U{i % 5}",
            f"user{i:03d}",
            NAMES[i % len(NAMES)],
            ("执法人员", "执法记录仪管理员", "单位负责人")[i % 3],
            bool(i % 9),
        )  # fmt: skip
        for i in range(1, n + 1)
    ]


def audit_rows(n: int) -> list[AuditExtractRow]:
    return [
        AuditExtractRow(
            seq=i,
            at=T0 + timedelta(minutes=7 * i),
            actor=("admin", "liuyang", "zhangwei")[i % 3],
            action=("person.add", "login", "report.print", "recording.view")[i % 4],
            target=f"person:user{i:03d}",
            details='{"name": "张伟", "role": "officer", "unit": "城关派出所"}'
            if i % 2
            else '{"client": "cli"}',
            hash=HASH,
        )
        for i in range(1, n + 1)
    ]


def items(n: int) -> list[RecordingItem]:
    return [
        RecordingItem(
            file_name=f"20261102_0930{i:02d}_GT-ZFJLY-0012_张伟.mp4",
            recorded_at=T0 + timedelta(minutes=15 * i),
            officer_name="张伟",
            device_asset="GT-ZFJLY-0012",
            duration_s=600 + 37 * i,
            sha256=HASH,
        )
        for i in range(1, n + 1)
    ]


def officer_archive(n: int) -> OfficerArchive:
    rows = [
        ArchiveRow(
            recorded_at=T0 + timedelta(hours=5 * i),
            duration_s=900 + i,
            category=("警情处置", "检查", "询问", "接访")[i % 4],
            device_asset="GT-ZFJLY-0012",
            file_name=f"20261102_{i:04d}_GT-ZFJLY-0012.mp4",
            handed_over_at=T0 + timedelta(hours=5 * i + 2),
            administrator_name="刘洋",
            sha256=HASH,
        )
        for i in range(1, n + 1)
    ]
    return OfficerArchive("zhangwei", "张伟", "城关派出所", rows)


def retrieval_approval(n_items: int = 3) -> RetrievalApproval:
    return RetrievalApproval(
        number="馆公调〔2026〕12号",
        case_name="李某某殴打他人案",
        case_number="馆公（城）行罚决字〔2026〕108号",
        applicant_name="张伟",
        applicant_unit="城关派出所",
        requested_at=T0 + timedelta(days=3),
        purpose="该案当事人对处罚决定申请行政复议，需调取2026年11月2日现场处置的执法记录作为证据，"
        "证明民警已告知当事人权利义务并出示证件。",
        items=items(n_items),
        head=Decision(
            "王建中",
            "同意调取，由管理员复制一份刻录光盘随案移送。",
            T0 + timedelta(days=3, hours=2),
        ),
        provided_by="刘洋",
        provided_at=T0 + timedelta(days=3, hours=4),
        provided_how="刻录光盘（DVD-R）一张，附文件校验值清单",
    )


def retrieval_notice() -> RetrievalNotice:
    return RetrievalNotice(
        number="邯公督调〔2026〕3号",
        issuing_unit="邯郸市公安局督察支队",
        holding_unit="馆陶县公安局城关派出所",
        requester_name="赵磊",
        requester_contact="0310-1234567",
        issued_at=T0 + timedelta(days=10),
        purpose="开展执法全过程记录专项督察，需调取城关派出所2026年11月上旬接处警执法记录",
        items=items(5),
    )


def interruption_report() -> InterruptionReport:
    return InterruptionReport(
        number="ZD-2026-0007",
        kind="中断记录",
        officer_name="孙喆",
        unit_name="魏僧寨派出所",
        activity="处置魏僧寨镇集市摊位纠纷警情",
        location="魏僧寨镇集贸市场东口",
        activity_started_at=T0,
        interrupted_at=T0 + timedelta(minutes=18),
        resumed_at=T0 + timedelta(minutes=31),
        reason="执法记录仪电量耗尽自动关机（设备故障或电量不足）",
        legal_basis="《馆陶县公安局执法全过程记录工作制度》第七条第二款",
        details="出警途中电量显示正常，现场处置约十八分钟后设备自动关机，更换备用电池后恢复记录，"
        "恢复记录时已对中断原因进行语音说明。中断期间双方当事人情绪平稳，未发生冲突。",
        filed_at=T0 + timedelta(hours=2),
        deadline_at=T0 + timedelta(hours=24),
        keeper_name="刘洋",
    )


def inspection_report() -> InspectionReport:
    return InspectionReport(
        number="JC-2026-015",
        inspected_unit="城关派出所",
        inspectors="赵磊、吴桂芳",
        inspected_at=T0 + timedelta(days=12),
        scope="执法记录仪配备与使用、执法记录移交时限、中断记录工作记录、存储设备管理",
        findings=[
            "2 起警情执法记录超过 12 小时移交；",
            "1 台执法记录仪故障未及时登记；",
            "个别民警未按规定告知当事人正在进行执法记录。",
        ],  # fmt: skip
        rectification="立即组织全所民警学习执法全过程记录工作制度，逐台核对执法记录仪台账，于整改期限内书面报告整改情况。",
        rectify_by=date(2026, 12, 15),
    )


def custody_report(n_events: int = 8) -> CustodyReport:
    labels = ("导入", "校验", "查阅", "复制", "打印")
    return CustodyReport(
        recording_id="REC-000123",
        file_name="20261102_093001_GT-ZFJLY-0012_张伟.mp4",
        sha256=HASH,
        sm3="a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
        size_bytes=734_003_200,
        duration_s=1234.5,
        media="H.264 1920×1080 30fps，AAC 单声道",
        device_asset="GT-ZFJLY-0012",
        officer_name="张伟",
        recorded_at=T0,
        imported_at=T0 + timedelta(hours=3),
        imported_by="刘洋",
        category="警情处置",
        case="李某某殴打他人案",
        retention_until=date(2027, 11, 2),
        events=[
            CustodyEvent(
                T0 + timedelta(hours=3 + i),
                labels[i % 5],
                "刘洋",
                f"SHA-256 与 SM3 校验一致（第 {i} 次）" if i % 5 == 1 else "经负责人审批后办理",
                40 + i,
            )  # fmt: skip
            for i in range(n_events)
        ],
    )


def compliance() -> ComplianceStatistics:
    return ComplianceStatistics(
        figures=[
            ComplianceFigure(
                "执法记录仪配备率", "96%", "100%", "城关派出所 2 名新入职民警尚未配发"
            ),
            ComplianceFigure("逾期移交（超过 12 小时）", "3 起", "0 起", "均已责令说明情况"),
            ComplianceFigure("缺少中断工作记录", "1 起", "0 起", ""),
            ComplianceFigure("待审批事项", "2 件", "", "调取审批 1 件、查阅审批 1 件"),
            ComplianceFigure("故障设备", "4 台", "", "已送厂家维修 3 台"),
            ComplianceFigure("完整性告警", "0 次", "0 次", "每周校验一次全部原始记录"),
        ],
        units=[
            UnitCompliance(u, 20 + i, 19 + i, 300 * (i + 1), i, i % 2, i, 0)
            for i, u in enumerate(UNITS)
        ],
    )
