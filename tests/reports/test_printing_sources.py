"""Every register and form wired to real data (R12): printed from a station built through the
services (import, forms, approvals), read back with pdftotext, fonts checked with pdffonts.

The station: units A (城关派出所) and B under ROOT (``tests.services.form_people``); officer
李伟 (off_a) hands two recordings over to administrator 陈静 (adm_a), late; 王二 (off_a2)
views one and copies it; 李伟 asks to retrieve it for a case; the 上级机关 黄实 (super) sends
a retrieval notice; 李伟 reports an interruption; supervision 周建 (sup) inspects unit A.
"""

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.errors import PermissionDeniedError, ValidationError
from app.services import forms
from app.services.auth import Actor
from app.services.devices import DeviceKind, add_device, assign_device
from app.services.form_records import TargetRef
from app.services.ingest import IngestRequest, import_files
from app.services.printing import list_report_kinds, print_report
from app.services.recordings import recording_detail
from app.services.station import StationContext
from app.services.verification import verify_recordings
from app.store.models import AuditEntry
from tests.reports.pdf import pdf_fonts, pdf_text
from tests.services.form_people import Crew, build_crew
from tests.support.media import copy_video

UNTIL = "2026-12-31T18:00"


def flat(text: str) -> str:
    return "".join(text.split())


@dataclass
class Demo:
    crew: Crew
    recordings: list[int]
    sha256: list[str]
    files: list[str]
    forms: dict[str, int]


def _approve(station: StationContext, crew: Crew, applicant: str, kind: str,
             fields: dict[str, str], approver: str, *ids: int) -> int:  # fmt: skip
    targets = [TargetRef("recording", str(i)) for i in ids]
    form_id = forms.create_form(station, crew[applicant], kind, fields, targets).id
    forms.submit_form(station, crew[applicant], form_id)
    if approver:
        forms.approve_form(station, crew[approver], form_id, "同意调取")
    return form_id


def _forms(station: StationContext, crew: Crew, rid: int) -> dict[str, int]:
    found = {
        "viewing": _approve(station, crew, "off_a2", "viewing",
                            {"reason": "核对警情经过", "valid_until": UNTIL}, "head_a", rid),
        "copy": _approve(station, crew, "off_a2", "copy",
                         {"reason": "移送检察院审查", "valid_until": UNTIL}, "head_a", rid),
        "retrieval": _approve(station, crew, "off_a", "retrieval",
                              {"case_no": "GT-2026-0815", "purpose": "作为证据随案移送",
                               "valid_until": UNTIL}, "head_a", rid),
        "notice": _approve(station, crew, "super", "retrieval-notice",
                           {"holding_unit": "A", "purpose": "监督检查执法规范",
                            "valid_until": UNTIL}, "head_a", rid),
        "interruption": _approve(station, crew, "off_a", "interruption-report",
                                 {"activity_start": "2026-11-26T08:00",
                                  "activity_end": "2026-11-26T09:00",
                                  "reason": "weather", "legal_basis": "馆陶规定第七条",
                                  "description": "暴雨导致记录仪进水停止记录"},
                                 "head_a", rid),
        "inspection": _approve(station, crew, "sup", "inspection",
                               {"inspected_unit": "A", "inspected_at": "2026-11-26T09:00",
                                "finding": "两起警情未全程记录\n移交超时",
                                "rectification_order": "补充工作记录，组织培训",
                                "rectification_deadline": "2026-11-30T18:00"}, ""),
    }  # fmt: skip
    for name in ("viewing", "copy", "notice", "interruption"):
        forms.close_form(station, crew["adm_a"], found[name])
    forms.close_form(station, crew["adm_a"], found["retrieval"], {"provision_note": "刻录光盘一张"})
    forms.close_form(station, crew["sup"], found["inspection"], {"closure_note": "已组织培训整改"})
    return found


@pytest.fixture
def demo(station: StationContext, manager: Actor, tmp_path: Path) -> Demo:
    crew = build_crew(station, manager)
    add_device(station, manager, asset_no="GT-0007", serial="SN-7", model="DSJ-V9",
               kind=DeviceKind.BODY_CAMERA, unit_code="A")  # fmt: skip
    assign_device(station, manager, "GT-0007", "off_a")
    for minute in range(2):
        copy_video(tmp_path / "card" / f"DSJ_A1_20261125_08{minute:02d}00_1.MP4", 70 + minute)
    request = IngestRequest((tmp_path / "card",), "off_a", "GT-0007", category="inspection",
                            case_no="GT-2026-0815")  # fmt: skip
    report = import_files(station, crew["adm_a"], request)
    items = sorted(report.imported, key=lambda i: i.id)  # type: ignore[arg-type, return-value]
    ids = [i.id for i in items]
    return Demo(crew, ids, [i.sha256 for i in items], [Path(i.source).name for i in items],
                _forms(station, crew, ids[0]))  # type: ignore[arg-type]  # fmt: skip


class Printed:
    """A printout's text as pdftotext lays it out; ``shows`` also accepts a value that the
    layout wrapped inside one cell or box (compared with the white space removed)."""

    def __init__(self, path: Path) -> None:
        self.text = pdf_text(path)
        self.flat = flat(self.text)

    def shows(self, *values: str) -> None:
        for value in values:
            assert value in self.text or flat(value) in self.flat, value

    def __contains__(self, value: str) -> bool:
        return value in self.text or flat(value) in self.flat


def _print(station: StationContext, actor: Actor, kind: str, out: Path, **kw) -> Printed:  # type: ignore[no-untyped-def]
    # A second print of the same kind gets its own file: existing files are never replaced.
    path = next(p for n in itertools.count() if not (p := out / f"{kind}-{n}.pdf").exists())
    printed = print_report(station, actor, kind, path, **kw)
    fonts = pdf_fonts(printed.path)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    return Printed(printed.path)


def test_every_kind_is_available() -> None:
    assert all(info.available for info in list_report_kinds())


def test_officer_archive_lists_the_officers_recordings_with_hand_over_and_hash(
    station: StationContext, demo: Demo, tmp_path: Path
) -> None:
    text = _print(station, demo.crew["head_a"], "officer-archive", tmp_path, record_id="off_a")
    text.shows("个人执法执勤记录电子档案", "李伟", "off_a", "城关派出所", "检查",
                     "GT-0007", *demo.files, "陈静", "2026-11-25 08:01",
               "2026-11-26 10:00", *(sha[:24] for sha in demo.sha256))  # fmt: skip
    # the archive shows what its reader may see: nothing of A to unit B's administrator
    other = _print(station, demo.crew["adm_b"], "officer-archive", tmp_path, record_id="off_a")
    assert "DSJ_A1" not in other and "（无执法记录）" in other
    with pytest.raises(PermissionDeniedError):
        print_report(station, demo.crew["clerk_a"], "officer-archive", tmp_path / "x.pdf",
                     record_id="off_a")  # fmt: skip


def test_handover_register_shows_activity_case_and_lateness(
    station: StationContext, demo: Demo, tmp_path: Path
) -> None:
    text = _print(station, demo.crew["head_a"], "handover-register", tmp_path)
    text.shows("李伟", "陈静", "监督检查、安全检查、场所", "GT-2026-0815）", "GT-0007",
               "2 个 / 37.8", "超时 14.0", "2026-11-25", "08:01")  # fmt: skip


def test_viewing_and_copy_registers_come_from_closed_requests(
    station: StationContext, demo: Demo, tmp_path: Path
) -> None:
    clerk = demo.crew["clerk_a"]
    viewing = _print(station, clerk, "viewing-register", tmp_path)
    viewing.shows("执法记录查阅登记表", "王二", "城关派出所", demo.files[0],
                     "核对警情经过", "张所长", f"第{demo.forms['viewing']}号", "陈静")  # fmt: skip
    assert "移送检察院审查" not in viewing
    copies = _print(station, clerk, "copy-register", tmp_path)
    copies.shows("执法记录复制登记表", "移送检察院审查", "作为证据随案移送", "监督检查执法规范",
                 "王二", "李伟", "黄实", "张所长", "陈静",
                 *(f"第 {demo.forms[k]} 号" for k in ("copy", "retrieval", "notice")))  # fmt: skip
    with pytest.raises(PermissionDeniedError):
        print_report(station, demo.crew["equip_a"], "custody-report", tmp_path / "x.pdf",
                     record_id=str(demo.recordings[0]))  # fmt: skip


def test_retrieval_forms_print_the_signed_form_and_the_footage_it_names(
    station: StationContext, demo: Demo, tmp_path: Path
) -> None:
    clerk, rid = demo.crew["clerk_a"], demo.forms["retrieval"]
    text = _print(station, clerk, "retrieval-approval", tmp_path, record_id=str(rid))
    text.shows("执法记录调取审批表", f"DQ-{rid:06d}", "GT-2026-0815", "李伟", "城关派出所",
                     "作为证据随案移送", "同意调取", "张所长", "陈静", "刻录光盘一张",
                     demo.files[0][:-1], demo.sha256[0][:32], "1个文件")  # fmt: skip
    nid = demo.forms["notice"]
    notice = _print(station, clerk, "retrieval-notice", tmp_path, record_id=str(nid))
    notice.shows("执法记录调取通知单", "馆陶县公安局", "城关派出所", "黄实", "监督检查执法规范",
                     "张所长", demo.sha256[0][:32])  # fmt: skip
    with pytest.raises(ValidationError, match="not a 执法记录调取审批表"):
        print_report(station, clerk, "retrieval-approval", tmp_path / "x.pdf",
                     record_id=str(nid))  # fmt: skip
    with pytest.raises(ValidationError, match="not a form id"):
        print_report(station, clerk, "retrieval-notice", tmp_path / "x.pdf", record_id="abc")


def test_interruption_and_inspection_reports(
    station: StationContext, demo: Demo, tmp_path: Path
) -> None:
    clerk = demo.crew["clerk_a"]
    iid = demo.forms["interruption"]
    text = _print(station, clerk, "interruption-report", tmp_path, record_id=str(iid))
    text.shows("执法记录中断（未记录）工作记录", "李伟", "城关派出所", "中断记录",
                     "2026-11-2608:00", "2026-11-2609:00", "天气", "馆陶规定第七条",
                     "暴雨导致记录仪进水停止记录", "张所长", "陈静", f"ZD-{iid:06d}")  # fmt: skip
    sid = demo.forms["inspection"]
    text = _print(station, demo.crew["sup"], "inspection-report", tmp_path, record_id=str(sid))
    text.shows("执法全过程记录工作监督检查记录", "城关派出所", "周建",
               "1.两起警情未全程记录", "2.移交超时", "补充工作记录，组织培训", "2026-11-30",
               "已组织培训整改")  # fmt: skip


def test_custody_report_follows_one_recording_through_the_audit_chain(
    station: StationContext, demo: Demo, tmp_path: Path
) -> None:
    crew, rid = demo.crew, demo.recordings[0]
    verify_recordings(station, crew["adm_a"], [rid])
    recording_detail(station, crew["off_a2"], rid)  # through the viewing grant
    first = _print(station, crew["head_a"], "custody-report", tmp_path, record_id=str(rid))
    text = _print(station, crew["head_a"], "custody-report", tmp_path, record_id=str(rid))
    with station.store.read() as session:
        sm3 = json.loads(
            session.scalars(
                select(AuditEntry.details).where(
                    AuditEntry.action == "recording.import", AuditEntry.target_id == str(rid)
                )
            ).one()
        )["sm3"]
    forms_ = demo.forms
    text.shows("执法记录保管链报告", demo.files[0], "李伟", "GT-0007",
               "陈静", "检查", "GT-2026-0815", demo.sha256[0], sm3, "h264 64×48",
               "导入（移交入库）", "移交登记", "完整性校验", "1 个文件校验，一致", "查阅", "王二",
               "granted by approved form", f"执法记录查阅审批表 第 {forms_['viewing']} 号",
               "批准申请", "同意调取", "办结（提供、登记）",
               f"执法记录复制审批表 第 {forms_['copy']} 号",
               f"执法记录调取通知单 第 {forms_['notice']} 号", "打印保管链报告")  # fmt: skip
    assert "打印保管链报告" not in first  # the first print is in the second one's chain
    with pytest.raises(PermissionDeniedError, match="outside B's authority"):
        print_report(station, crew["adm_b"], "custody-report", tmp_path / "x.pdf",
                     record_id=str(rid))  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()


def test_compliance_statistics_count_unit_by_unit(
    station: StationContext, demo: Demo, tmp_path: Path
) -> None:
    text = _print(station, demo.crew["sup"], "compliance-statistics", tmp_path)
    text.shows("执法全过程记录工作情况统计表", "执法记录仪配备率", "逾期移交的执法记录",
               "完整性告警", "分单位情况", "城关派出所", "魏僧寨派出所", "社区警务队")  # fmt: skip
    rows = {line.split()[1]: line.split()[2:] for line in text.text.splitlines()
            if len(line.split()) == 10 and line.split()[0].isdigit()}  # fmt: skip
    # 城关派出所: officers off_a, off_a2, one equipped (50%); 2 recordings, both handed over
    # late; one gap between them that no report explains (R5.4)
    assert rows["城关派出所"] == ["2", "1", "50%", "2", "2", "1", "0", "0"]
    assert rows["魏僧寨派出所"] == ["1", "0", "0%", "0", "0", "0", "0", "0"]
    text.shows("逾期移交的执法记录 2")
    with pytest.raises(PermissionDeniedError):
        print_report(station, demo.crew["clerk_a"], "compliance-statistics", tmp_path / "x.pdf")
