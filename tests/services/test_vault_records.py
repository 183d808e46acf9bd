"""A vault file swapped and its row rewritten to match is caught by the chain's import entry
(issue #17, item 2)."""

import os
import shutil
from pathlib import Path

from sqlalchemy import select, update

from app.integrity.digests import Digests, digest_file
from app.integrity.vault import Vault
from app.services.auth import Actor
from app.services.ingest import IngestRequest, import_files
from app.services.ingest_record import IngestItem
from app.services.station import StationContext
from app.services.verification import list_alarms, verify_recordings
from app.store.models import AuditEntry
from app.store.recordings import Recording, VaultObject
from tests.support.ledger import equip
from tests.support.media import copy_video


def imported(station: StationContext, manager: Actor, tmp_path: Path) -> list[IngestItem]:
    ledger = equip(station, manager)
    for seed in (21, 22):
        copy_video(tmp_path / "cam" / f"DSJ_A1_20261126_08000{seed - 20}_1.MP4", seed)
    report = import_files(
        station, ledger.evidence_officer, IngestRequest((tmp_path / "cam",), "li", "DSJ-001")
    )
    return sorted(report.imported, key=lambda item: item.id)


def place_in_vault(station: StationContext, source: Path) -> Digests:
    """Copy a file to its content address by hand, as someone bypassing the station would."""
    digests = digest_file(source)
    target = Vault(station.paths.vault).path_for(digests.sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return digests


def swap_and_rewrite(station: StationContext, victim: IngestItem, tmp_path: Path) -> str:
    """Put other bytes in the vault under their own address and point the row at them."""
    digests = place_in_vault(station, copy_video(tmp_path / "forged.MP4", 99))
    original = Vault(station.paths.vault).path_for(victim.sha256)
    os.chmod(original, 0o644)
    original.unlink()
    with station.store.write() as session:
        session.execute(
            update(VaultObject)
            .where(VaultObject.sha256 == victim.sha256)
            .values(sha256=digests.sha256, sm3=digests.sm3, size=digests.size)
        )
    return digests.sha256


def test_a_swapped_file_with_a_rewritten_row_is_caught(
    station: StationContext, manager: Actor, tmp_path: Path
) -> None:
    first, second = imported(station, manager, tmp_path)
    forged = swap_and_rewrite(station, first, tmp_path)
    report = verify_recordings(station, manager)
    assert [(p.recording_id, p.status, p.recorded_sha256) for p in report.problems] == [
        (first.id, "record-changed", first.sha256)
    ]
    assert [(a.kind, a.sha256) for a in list_alarms(station, manager)] == [
        ("record-changed", forged)
    ]
    chain = station.audit.verify()
    assert not chain.ok
    with station.store.read() as session:
        import_seq = session.scalar(
            select(AuditEntry.seq).where(
                AuditEntry.action == "recording.import", AuditEntry.target_id == str(first.id)
            )
        )
    assert chain.first_bad == import_seq
    assert f"recording {first.id}" in chain.problem
    assert verify_recordings(station, manager, [second.id]).ok


def test_a_recording_without_an_import_entry_is_unrecorded(
    station: StationContext, manager: Actor, tmp_path: Path
) -> None:
    first, _second = imported(station, manager, tmp_path)
    """A file slipped into the vault with its rows written straight into the database."""
    extra = place_in_vault(station, copy_video(tmp_path / "extra.MP4", 98))
    with station.store.write() as session:
        obj = VaultObject(
            sha256=extra.sha256, sm3=extra.sm3, size=extra.size, stored_at=station.clock(),
            verified_at=None, status="ok",
        )  # fmt: skip
        session.add(obj)
        session.flush()
        columns = Recording.__table__.c
        row = session.execute(select(columns).where(columns.id == first.id)).one()._asdict()
        session.execute(
            Recording.__table__.insert().values(
                {**row, "id": first.id + 500, "vault_object_id": obj.id}
            )
        )
    report = verify_recordings(station, manager)
    assert [(p.recording_id, p.status) for p in report.problems] == [(first.id + 500, "unrecorded")]
    chain = station.audit.verify()
    assert not chain.ok
    assert chain.first_bad is None
    assert "no import entry" in chain.problem
