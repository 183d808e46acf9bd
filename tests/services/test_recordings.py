"""The recordings browser: keyset pages, filters, who sees what, audited detail view."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.errors import PermissionDeniedError
from app.services.auth import Actor
from app.services.ingest import IngestRequest, import_files
from app.services.recordings import RecordingFilter, list_recordings, recording_detail
from app.services.station import StationContext
from app.store.models import AuditEntry
from tests.support.ledger import Ledger, equip
from tests.support.media import copy_video


@pytest.fixture
def ledger(station: StationContext, manager: Actor, tmp_path: Path) -> Ledger:
    """Five recordings by li (one minute apart), two by zhao on li's device."""
    ledger = equip(station, manager)
    for minute in range(5):
        copy_video(tmp_path / "li" / f"DSJ_A1_20261125_08{minute:02d}00_1.MP4", 20 + minute)
    for minute in range(2):
        copy_video(tmp_path / "zhao" / f"DSJ_A1_20261125_09{minute:02d}00_1.MP4", 40 + minute)
    import_files(
        station,
        ledger.evidence_officer,
        IngestRequest((tmp_path / "li",), "li", "DSJ-001", category="inspection"),
    )
    import_files(station, ledger.evidence_officer,
                 IngestRequest((tmp_path / "zhao",), "zhao", "DSJ-001"))  # fmt: skip
    return ledger


def test_pages_by_key_newest_first(station: StationContext, ledger: Ledger) -> None:
    everything = list_recordings(station, ledger.evidence_officer, RecordingFilter())
    assert len(everything) == 7
    starts = [(r.started_at, r.id) for r in everything]
    assert starts == sorted(starts, reverse=True)
    pages, after = [], None
    while page := list_recordings(station, ledger.evidence_officer, RecordingFilter(),
                                  after=after, limit=3):  # fmt: skip
        pages.append([r.id for r in page])
        after = page[-1].cursor
    assert [len(p) for p in pages] == [3, 3, 1]
    assert sum(pages, []) == [r.id for r in everything]


def test_filters(station: StationContext, ledger: Ledger) -> None:
    admin = ledger.evidence_officer
    by_zhao = list_recordings(station, admin, RecordingFilter(officer="zhao"))
    assert {r.officer_login for r in by_zhao} == {"zhao"} and len(by_zhao) == 2
    assert all(r.is_lent for r in by_zhao)
    inspections = list_recordings(station, admin, RecordingFilter(category="inspection"))
    assert len(inspections) == 5
    since = datetime(2026, 11, 25, 0, 2, tzinfo=UTC)
    window = list_recordings(station, admin, RecordingFilter(since=since,
                             until=since + timedelta(minutes=2)))  # fmt: skip
    assert [r.started_at for r in window] == [since + timedelta(minutes=1), since]


def test_officers_see_their_own(station: StationContext, ledger: Ledger) -> None:
    mine = list_recordings(station, ledger.other_officer, RecordingFilter())
    assert {r.officer_login for r in mine} == {"zhao"}
    other = list_recordings(station, ledger.officer, RecordingFilter())[0]
    with pytest.raises(PermissionDeniedError):
        recording_detail(station, ledger.other_officer, other.id)


def test_detail_is_complete_and_the_viewing_audited(
    station: StationContext, ledger: Ledger
) -> None:
    row = list_recordings(station, ledger.officer, RecordingFilter())[0]
    detail = recording_detail(station, ledger.officer, row.id)
    assert len(detail.sha256) == 64 and len(detail.sm3) == 64
    assert detail.handovers[0].administrator_login == "chen"
    assert [e.action for e in detail.audit_trail] == ["recording.import", "recording.view-details"]
    with station.store.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.action, last.actor, last.target_id) == (
        "recording.view-details",
        "li",
        str(row.id),
    )
    assert detail.as_json()["sha256"] == detail.sha256
