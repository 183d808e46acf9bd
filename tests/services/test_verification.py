"""Integrity sweeps: a changed or missing vault file raises an alarm, once, and is never fixed."""

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.errors import NotFoundError, PermissionDeniedError
from app.services.auth import Actor
from app.services.ingest import IngestRequest, import_files
from app.services.station import StationContext
from app.services.verification import list_alarms, verify_job, verify_recordings
from app.store.models import AuditEntry
from tests.support.ledger import equip
from tests.support.media import copy_video


def vault_file(station: StationContext, sha256: str) -> Path:
    return station.paths.vault / sha256[:2] / sha256[2:4] / sha256


def test_sweep_finds_changed_and_missing_files(
    station: StationContext, manager: Actor, tmp_path: Path
) -> None:
    ledger = equip(station, manager)
    for seed in (11, 12, 13):
        copy_video(tmp_path / "cam" / f"DSJ_A1_20261126_08000{seed - 10}_1.MP4", seed)
    report = import_files(
        station, ledger.evidence_officer, IngestRequest((tmp_path / "cam",), "li", "DSJ-001")
    )
    first, second, third = sorted(report.imported, key=lambda i: i.id)
    assert verify_recordings(station, manager).ok
    changed = vault_file(station, first.sha256)
    os.chmod(changed, 0o644)
    with changed.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00")
    vault_file(station, second.sha256).unlink()
    job = verify_job(station, manager)
    sweep = job.run()
    assert not sweep.ok and sweep.checked == 3
    assert job.progress is not None and (job.progress.done, job.progress.total) == (3, 3)
    problems = {p.recording_id: p.status for p in sweep.problems}
    assert problems == {first.id: "changed", second.id: "missing"}
    assert changed.read_bytes()[100] == 0  # never silently repaired
    alarms = list_alarms(station, manager)
    assert sorted(a.kind for a in alarms) == ["changed", "missing"]
    verify_job(station, manager).run()
    assert len(list_alarms(station, manager)) == 2  # one alarm per file going bad
    assert verify_recordings(station, manager, [third.id]).ok
    with station.store.read() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert actions.count("vault.changed") == 1 and actions.count("vault.missing") == 1
    assert station.audit.verify().ok


def test_unknown_ids_and_roles_are_refused(station: StationContext, manager: Actor) -> None:
    ledger = equip(station, manager)
    with pytest.raises(NotFoundError, match="404"):
        verify_recordings(station, manager, [404])
    with pytest.raises(PermissionDeniedError):
        verify_recordings(station, ledger.officer)
