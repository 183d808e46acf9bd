"""The full decode check of recordings: stored, flagged, audited, shown in the detail."""

from pathlib import Path

import pytest
from sqlalchemy import select

from app.services.auth import Actor
from app.services.decode_checks import check_recordings, unchecked_recordings
from app.services.ingest import IngestRequest, import_files
from app.services.recordings import recording_detail
from app.services.station import StationContext
from app.store.models import AuditEntry
from tests.support.ledger import Ledger, equip
from tests.support.media import copy_video, sample_video
from tests.support.mutants import zeroed_inside


@pytest.fixture
def ledger(station: StationContext, manager: Actor) -> Ledger:
    return equip(station, manager)


def test_damage_inside_is_flagged_after_import_and_kept(
    station: StationContext, ledger: Ledger, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    copy_video(card / "DSJ_A1_20261126_080000_1.MP4", 91)
    card.mkdir(exist_ok=True)
    zeroed_inside(sample_video(5, frames=30), card / "DSJ_A1_20261126_081000_2.MP4")
    report = import_files(station, ledger.evidence_officer,
                          IngestRequest((card,), "li", "DSJ-001"))  # fmt: skip
    assert report.damaged == []  # the import's two-frame probe sees nothing wrong
    ids = {Path(i.source).name: i.id for i in report.imported}
    assert sorted(unchecked_recordings(station)) == sorted(ids.values())
    rows = check_recordings(station, ledger.evidence_officer, unchecked_recordings(station))
    by_id = {row.recording_id: row for row in rows}
    good, bad = (
        by_id[ids["DSJ_A1_20261126_080000_1.MP4"]],
        by_id[ids["DSJ_A1_20261126_081000_2.MP4"]],
    )
    assert (good.status, good.frames, good.reason) == ("clean", 10, None)
    assert bad.status == "damaged" and bad.first_bad_frame is not None and bad.reason
    assert unchecked_recordings(station) == []
    detail = recording_detail(station, ledger.evidence_officer, bad.recording_id)
    assert detail.row.is_damaged and detail.damage_reason == bad.reason
    assert detail.decode_check == bad
    assert detail.as_json()["decode_check"]["first_bad_frame"] == bad.first_bad_frame
    with station.store.read() as session:
        actions = session.scalars(
            select(AuditEntry.target_id).where(AuditEntry.action == "recording.decode-check")
        ).all()
    assert sorted(actions) == sorted(str(i) for i in ids.values())
    assert station.audit.verify().ok
