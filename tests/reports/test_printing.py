"""Printing through the service on a real station (SQLite and PostgreSQL): data, rights, audit."""

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.core.roles import Role
from app.services import devices
from app.services.audit import AuditFilter
from app.services.auth import Actor, log_in
from app.services.people import add_person, add_unit
from app.services.printing import list_report_kinds, print_report
from app.services.station import StationContext
from app.store.models import AuditEntry
from tests.reports.pdf import pdf_fonts, pdf_text


def flat(text: str) -> str:
    return "".join(text.split())


def last_entry(station: StationContext) -> AuditEntry:
    with station.store.read() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()


@pytest.fixture
def staffed(station: StationContext, manager: Actor) -> StationContext:
    add_unit(station, manager, "CG", "城关派出所")
    add_person(station, manager, login="zhangwei", name="张伟", role=Role.OFFICER,
               password="officer-pass-1", unit_code="CG")  # fmt: skip
    add_person(station, manager, login="wenshu", name="郑堃", role=Role.CLERK,
               password="clerk-pass-1")  # fmt: skip
    return station


def test_roster_prints_people_under_their_units_and_is_audited(
    staffed: StationContext, manager: Actor, tmp_path: Path
) -> None:
    head_before = staffed.audit.current_head()
    printed = print_report(staffed, manager, "people-roster", tmp_path / "名册.pdf")
    data = printed.path.read_bytes()
    assert printed.sha256 == hashlib.sha256(data).hexdigest()
    text = flat(pdf_text(printed.path))
    for expected in (
        "人员名册",
        "城关派出所",
        "张伟",
        "执法人员",
        "郑堃",
        "文书",
        "王建中",
        f"审计链头#{head_before.seq}·{head_before.hash[:16]}",
        "打印人：王建中（admin）",
    ):
        assert expected in text, expected
    assert all(f["emb"] == "yes" for f in pdf_fonts(printed.path))
    entry = last_entry(staffed)
    assert (entry.action, entry.actor, entry.target_kind) == (
        "report.print",
        "admin",
        "people-roster",
    )
    details = json.loads(entry.details)
    assert details["sha256"] == printed.sha256 and details["pages"] == printed.pages == 1
    assert details["chain_seq"] == head_before.seq and entry.seq == head_before.seq + 1
    assert printed.number.endswith(f"-{entry.seq:06d}") and printed.number in text
    assert staffed.audit.verify().ok


def test_audit_extract_covers_the_period_oldest_first(
    staffed: StationContext, manager: Actor, tmp_path: Path, clock
) -> None:
    from datetime import timedelta

    since = clock()
    clock.advance(timedelta(hours=1))
    add_unit(staffed, manager, "WSZ", "魏僧寨派出所")
    clock.advance(timedelta(hours=1))
    printed = print_report(staffed, manager, "audit-extract", tmp_path / "audit.pdf",
                           since=since + timedelta(minutes=30), until=clock())  # fmt: skip
    text = pdf_text(printed.path)
    assert "unit.add" in text and "魏僧寨派出所" in flat(text)
    assert "person.add" not in text  # before the period
    assert "期间：" in text


def test_device_ledger_and_issue_log_print_from_the_device_store(
    staffed: StationContext, manager: Actor, tmp_path: Path
) -> None:
    devices.add_device(staffed, manager, asset_no="GT-0001", serial="SN-1", model="DSJ-V9",
                       kind=devices.DeviceKind.BODY_CAMERA, unit_code="CG")  # fmt: skip
    devices.assign_device(staffed, manager, "GT-0001", "zhangwei")
    ledger = print_report(staffed, manager, "device-ledger", tmp_path / "ledger.pdf")
    text = flat(pdf_text(ledger.path))
    assert "GT-0001" in text and "城关派出所" in text and "张伟" in text and "在用" in text


def test_issue_log_prints_each_issue_of_a_device(
    staffed: StationContext, manager: Actor, tmp_path: Path
) -> None:
    devices.add_device(staffed, manager, asset_no="GT-0002", serial="SN-2", model="DSJ-V9",
                       kind=devices.DeviceKind.BODY_CAMERA, unit_code="CG")  # fmt: skip
    devices.assign_device(staffed, manager, "GT-0002", "zhangwei")
    devices.return_device(staffed, manager, "GT-0002")
    log_pdf = print_report(staffed, manager, "device-issue-log", tmp_path / "issue.pdf")
    text = flat(pdf_text(log_pdf.path))
    assert "GT-0002" in text and "张伟" in text and "王建中" in text


def test_an_officer_may_not_print(staffed: StationContext, tmp_path: Path) -> None:
    officer = log_in(staffed, "zhangwei", "officer-pass-1", client="test")
    before = staffed.audit.current_head()
    with pytest.raises(PermissionDeniedError, match="report.print"):
        print_report(staffed, officer, "people-roster", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    [refusal] = staffed.audit.list_entries(AuditFilter(), limit=1)
    assert (refusal.seq, refusal.action) == (before.seq + 1, "permission.denied")


def test_the_clerk_prints_the_roster_but_not_the_audit_log(
    staffed: StationContext, tmp_path: Path
) -> None:
    clerk = log_in(staffed, "wenshu", "clerk-pass-1", client="test")
    print_report(staffed, clerk, "people-roster", tmp_path / "roster.pdf")
    with pytest.raises(PermissionDeniedError, match="audit.view"):
        print_report(staffed, clerk, "audit-extract", tmp_path / "audit.pdf")
    assert not (tmp_path / "audit.pdf").exists()


@pytest.mark.parametrize(
    ("kind", "options", "error", "message"),
    [
        ("no-such", {}, NotFoundError, "valid kinds: device-ledger"),
        ("custody-report", {"record_id": "1"}, NotFoundError, "no recording with id 1"),
        ("custody-report", {"record_id": "x"}, ValidationError, "not a recording id"),
        ("officer-archive", {}, ValidationError, "give its id"),
        ("officer-archive", {"record_id": "nobody"}, NotFoundError, "no person with login"),
        ("retrieval-notice", {"record_id": "9"}, NotFoundError, "no form 9"),
        ("people-roster", {"out": "roster.txt"}, ValidationError, "must be a .pdf"),
        ("people-roster", {"out": "no/such/dir/r.pdf"}, ValidationError, "no such folder"),
    ],
)
def test_bad_requests_are_refused_and_leave_no_trace(
    station: StationContext, manager: Actor, tmp_path: Path, kind, options, error, message
) -> None:
    before = station.audit.current_head()
    options = dict(options)
    out = tmp_path / options.pop("out", "r.pdf")
    with pytest.raises(error, match=message):
        print_report(station, manager, kind, out, **options)
    assert not out.exists()
    assert station.audit.current_head() == before


def test_list_names_every_kind_with_its_availability() -> None:
    kinds = {k.kind: k for k in list_report_kinds()}
    assert len(kinds) == 15
    assert kinds["retrieval-approval"].title == "执法记录调取审批表"
    assert kinds["retrieval-approval"].per_record and not kinds["device-ledger"].per_record
    assert all(k.available for k in kinds.values())
