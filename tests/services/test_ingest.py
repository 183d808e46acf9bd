"""Importing camera files: vault, digests, outcomes, deadlines, lending, clearing, backup."""

import hashlib
import os
import shutil
import socket
import subprocess
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core.clock import FixedClock
from app.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.services import ingest as ingest_module
from app.services.auth import Actor
from app.services.handover import handover_record
from app.services.ingest import IngestRequest, import_files
from app.services.ingest_journal import MAX_ATTEMPTS, IngestJournal, pending_journals
from app.services.station import StationContext
from app.store.devices import DeviceCheck
from app.store.models import AuditEntry
from app.store.recordings import Recording, VaultObject
from tests.support import misbehaving
from tests.support.ledger import Ledger, equip
from tests.support.media import copy_video, sample_video, truncated_video
from tests.support.mutants import wrong_size_before_minf

# The fixed clock stands at 2026-11-26 10:00 Beijing time; guantao allows 12 h.
LATE_NAME = "DSJ_A12345_20261125_143012_0001.MP4"  # ended 25th 14:30 → 7.5 h late
ON_TIME_NAME = "DSJ_A12345_20261126_083000_0002.MP4"  # ended 26th 08:30 → on time


@pytest.fixture
def ledger(station: StationContext, manager: Actor) -> Ledger:
    return equip(station, manager)


@pytest.fixture
def camera(tmp_path: Path) -> Path:
    """A camera drive: two videos, one cut-off video, a thumbnail and a log."""
    root = tmp_path / "执法记录仪 DCIM"
    copy_video(root / "100MEDIA" / LATE_NAME, 1)
    copy_video(root / "100MEDIA" / ON_TIME_NAME, 2)
    shutil.copyfile(truncated_video(), root / "100MEDIA" / "DSJ_A12345_20261126_090000_3.MP4")
    (root / "100MEDIA" / "thumb.jpg").write_bytes(b"\xff\xd8 not really")
    (root / "log.txt").write_text("power on", encoding="utf-8")
    return root


def request(camera: Path, **options: object) -> IngestRequest:
    return IngestRequest(sources=(camera,), officer="li", device="DSJ-001", **options)  # type: ignore[arg-type]


def audit_actions(station: StationContext) -> list[str]:
    with station.store.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_import_preserves_hashes_and_sorts_outcomes(
    station: StationContext, ledger: Ledger, camera: Path
) -> None:
    report = import_files(station, ledger.evidence_officer, request(camera))
    assert report.exit_code == 0
    by_name = {Path(i.source).name: i for i in report.imported}
    assert set(by_name) == {LATE_NAME, ON_TIME_NAME, "DSJ_A12345_20261126_090000_3.MP4"}
    late = by_name[LATE_NAME]
    data = (camera / "100MEDIA" / LATE_NAME).read_bytes()
    assert late.sha256 == hashlib.sha256(data).hexdigest()
    assert late.sm3 == hashlib.new("sm3", data).hexdigest()
    assert late.size == len(data)
    vault_copy = station.paths.vault / late.sha256[:2] / late.sha256[2:4] / late.sha256
    assert vault_copy.read_bytes() == data
    # Ended 14:30:13 Beijing time, due 02:30:13, imported at 10:00: 7.5 h late.
    assert (late.late, late.delay_hours) == (True, 7.5)
    assert (by_name[ON_TIME_NAME].late, by_name[ON_TIME_NAME].delay_hours) == (False, 0.0)
    [damaged] = report.damaged
    assert damaged.id is not None and damaged.sha256 and damaged.reason
    assert sorted(Path(s.source).name for s in report.skipped) == ["log.txt", "thumb.jpg"]
    assert report.as_json()["damaged"][0]["reason"] == damaged.reason
    assert pending_journals(station.paths) == []
    record = handover_record(station, ledger.evidence_officer, report.handover_id)
    assert (record.officer_login, record.administrator_login) == ("li", "chen")
    assert record.file_count == 3 and record.total_bytes == sum(i.size for i in report.imported)
    assert audit_actions(station).count("recording.import") == 3
    assert station.audit.verify().ok


def test_probe_reads_the_file(station: StationContext, ledger: Ledger, camera: Path) -> None:
    import_files(station, ledger.evidence_officer, request(camera, category="inspection"))
    with station.store.read() as session:
        recording = session.scalar(select(Recording).where(Recording.file_name == LATE_NAME))
    assert (recording.codec, recording.width, recording.height) == ("h264", 64, 48)
    assert recording.duration_s == pytest.approx(1.0)
    assert recording.fps == pytest.approx(10.0)
    assert (recording.start_source, recording.device_code) == ("name", "A12345")
    assert recording.category == "inspection"
    assert str(recording.retention_until) == "2027-11-25"  # guantao: one year [000 §9(5)]


def test_second_import_is_all_duplicates_linked_not_copied(
    station: StationContext, ledger: Ledger, camera: Path
) -> None:
    first = import_files(station, ledger.evidence_officer, request(camera))
    second = import_files(station, ledger.evidence_officer, request(camera))
    assert second.imported == [] and len(second.duplicates) == 3
    assert {d.id for d in second.duplicates} == {i.id for i in first.imported}
    with station.store.read() as session:
        assert session.scalar(select(func.count()).select_from(VaultObject)) == 3
        assert session.scalar(select(func.count()).select_from(Recording)) == 3
    record = handover_record(station, ledger.evidence_officer, second.handover_id)
    assert {i.outcome for i in record.items} == {"duplicate"}


def test_footage_under_someone_else_is_flagged_lent(
    station: StationContext, ledger: Ledger, camera: Path
) -> None:
    report = import_files(
        station, ledger.evidence_officer, IngestRequest((camera,), officer="zhao", device="DSJ-001")
    )
    assert all(item.lent for item in report.imported)
    assert audit_actions(station).count("recording.lent-device") == 3


def test_bad_input_writes_nothing(station: StationContext, ledger: Ledger, camera: Path) -> None:
    before = audit_actions(station)
    with pytest.raises(ValidationError, match="incident-response"):
        import_files(station, ledger.evidence_officer, request(camera, category="nonsense"))
    with pytest.raises(NotFoundError, match="NOPE"):
        import_files(station, ledger.evidence_officer,
                     IngestRequest((camera,), officer="li", device="NOPE"))  # fmt: skip
    with pytest.raises(ValidationError, match="does not exist"):
        import_files(station, ledger.evidence_officer, request(camera / "gone"))
    with pytest.raises(PermissionDeniedError):
        import_files(station, ledger.officer, request(camera))
    assert audit_actions(station) == [*before, "permission.denied"]
    assert not any(station.paths.vault.rglob("*.MP4"))


def test_clear_device_deletes_only_committed_files(
    station: StationContext, ledger: Ledger, camera: Path
) -> None:
    report = import_files(station, ledger.evidence_officer, request(camera, clear_device=True))
    assert all(item.cleared for item in report.imported)
    left = sorted(p.name for p in camera.rglob("*") if p.is_file())
    assert left == ["log.txt", "thumb.jpg"]  # non-media is never touched


@pytest.fixture
def read_only_camera(camera: Path, tmp_path: Path):
    """The camera drive mounted read-only (a write-protected card), root included."""
    mounted = tmp_path / "ro"
    mounted.mkdir()
    steps = (["mount", "--bind", str(camera), str(mounted)],
             ["mount", "-o", "remount,bind,ro", str(mounted)])  # fmt: skip
    for step in steps:
        result = subprocess.run(step, capture_output=True, check=False)
        if result.returncode != 0:
            subprocess.run(["umount", str(mounted)], check=False)
            pytest.skip(f"cannot mount read-only: {result.stderr.decode().strip()}")
    yield mounted
    subprocess.run(["umount", str(mounted)], check=False)


def test_a_read_only_source_imports_and_is_kept(
    station: StationContext, ledger: Ledger, read_only_camera: Path
) -> None:
    report = import_files(station, ledger.evidence_officer,
                          request(read_only_camera, clear_device=True))  # fmt: skip
    assert len(report.imported) == 3 and report.exit_code == 0
    assert len(report.not_cleared) == 3 and not any(i.cleared for i in report.imported)
    assert "Read-only" in report.not_cleared[0].reason
    assert len([p for p in read_only_camera.rglob("*.MP4")]) == 3


def test_mirror_gets_a_verified_copy(
    station: StationContext, ledger: Ledger, camera: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "移动硬盘"
    report = import_files(station, ledger.evidence_officer, request(camera, mirror=backup))
    assert all(item.mirrored for item in report.imported)
    for item in report.imported:
        copy = backup / item.sha256[:2] / item.sha256[2:4] / item.sha256
        assert hashlib.sha256(copy.read_bytes()).hexdigest() == item.sha256


def test_device_clock_offset_is_measured(
    station: StationContext, ledger: Ledger, camera: Path, clock: FixedClock
) -> None:
    device_time = datetime(2026, 11, 26, 2, 3, tzinfo=UTC)  # three minutes fast
    report = import_files(
        station, ledger.evidence_officer, request(camera, device_time=device_time)
    )
    with station.store.read() as session:
        check = session.scalar(select(DeviceCheck).where(DeviceCheck.source == "import"))
        offsets = set(session.scalars(select(Recording.clock_offset_s)))
    assert check.clock_offset_s == 180.0 and check.clock_ok is False
    assert offsets == {180.0}
    late = next(i for i in report.imported if Path(i.source).name == LATE_NAME)
    assert late.delay_hours == 7.55  # the device ran fast: the activity ended earlier


def test_cancel_keeps_the_journal_and_resume_completes(
    station: StationContext, ledger: Ledger, camera: Path
) -> None:
    cancel = threading.Event()
    report = import_files(station, ledger.evidence_officer, request(camera), cancel=cancel,
                          on_progress=lambda p: cancel.set() if p.files_done else None,
                          parallel=1)  # fmt: skip
    assert report.cancelled and report.exit_code == 1
    [journal] = pending_journals(station.paths)
    done_before = {i.id for i in report.imported}
    again = IngestRequest.from_journal(journal.request)
    resumed = import_files(station, ledger.evidence_officer, again, journal=journal)
    assert resumed.exit_code == 0 and resumed.duplicates == []
    assert len(resumed.imported) == 3 and done_before <= {i.id for i in resumed.imported}
    assert resumed.handover_id == report.handover_id
    assert pending_journals(station.paths) == []
    assert station.audit.verify().ok


def test_a_source_pulled_mid_copy_fails_cleanly_and_can_be_redone(
    station: StationContext, ledger: Ledger, tmp_path: Path
) -> None:
    source = tmp_path / "usb" / "DSJ_A1_20261126_080000_1.MP4"
    source.parent.mkdir()
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    whole = source.read_bytes()

    def pull_the_cable(progress: object) -> None:
        if getattr(progress, "bytes_done", 0) and source.stat().st_size == len(whole):
            with source.open("r+b") as handle:
                handle.truncate(1000)

    report = import_files(station, ledger.evidence_officer,
                          IngestRequest((source.parent,), "li", "DSJ-001"),
                          on_progress=pull_the_cable)  # fmt: skip
    assert report.exit_code == 1 and report.imported == []
    assert "changed while it was copied" in report.failed[0].reason
    with station.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Recording)) == 0
    assert not list(station.paths.vault.rglob("*.part"))
    source.write_bytes(whole)  # plugged in again
    [journal] = pending_journals(station.paths)
    again = import_files(station, ledger.evidence_officer,
                         IngestRequest.from_journal(journal.request), journal=journal)  # fmt: skip
    assert again.exit_code == 0 and len(again.imported) == 1
    assert station.audit.verify().ok


# -- hardening (issue #17): damaged media, crashing decoders, resumes that end ------------


def test_a_damaged_stream_header_is_imported_as_damaged_and_the_rest_goes_on(
    station: StationContext, ledger: Ledger, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    copy_video(card / "DSJ_A1_20261126_080000_1.MP4", 41)
    wrong_size_before_minf(sample_video(42), card / "DSJ_A1_20261126_081000_2.MP4", 0)
    copy_video(card / "DSJ_A1_20261126_082000_3.MP4", 43)
    report = import_files(station, ledger.evidence_officer, request(card))
    assert report.exit_code == 0 and len(report.imported) == 3
    [damaged] = report.damaged
    assert Path(damaged.source).name == "DSJ_A1_20261126_081000_2.MP4"
    assert damaged.reason == "the stream's codec cannot be read"
    assert pending_journals(station.paths) == []


def test_a_decoder_crash_flags_the_file_and_the_rest_goes_on(
    station: StationContext, ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The one replaced part: the probe the child runs, which crashes natively (a segfault,
    # as FFmpeg would) on the marked file.
    monkeypatch.setattr(ingest_module, "probe_for_import", misbehaving.probe_crashing_on_marked)
    card = tmp_path / "card"
    copy_video(card / "DSJ_A1_20261126_080000_1.MP4", 51)
    marked = copy_video(card / "DSJ_A1_20261126_081000_2.MP4", 52)
    marked.write_bytes(marked.read_bytes() + misbehaving.CRASH_MARK)
    copy_video(card / "DSJ_A1_20261126_082000_3.MP4", 53)
    report = import_files(station, ledger.evidence_officer, request(card), parallel=1)
    assert report.exit_code == 0 and len(report.imported) == 3
    [damaged] = report.damaged
    assert Path(damaged.source) == marked
    assert damaged.reason is not None and damaged.reason.startswith("the decoder crashed")
    assert all(item.duration_s for item in report.imported if item is not damaged)
    assert station.audit.verify().ok


def test_a_file_that_fails_every_time_is_given_up_and_the_resume_ends(
    station: StationContext, ledger: Ledger, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    flaky = card / "DSJ_A1_20261126_081000_2.MP4"
    flaky.write_bytes(os.urandom(2 * 1024 * 1024))
    whole = flaky.read_bytes()

    def truncate_while_copying(progress: object) -> None:  # a card that drops out, always
        if getattr(progress, "bytes_done", 0) and flaky.stat().st_size == len(whole):
            with flaky.open("r+b") as handle:
                handle.truncate(1000)

    def run(journal: object = None) -> object:
        flaky.write_bytes(whole)
        return import_files(station, ledger.evidence_officer, request(card), parallel=1,
                            on_progress=truncate_while_copying, journal=journal)  # fmt: skip

    first = run()
    assert first.imported == [] and first.exit_code == 1
    for attempt in range(2, MAX_ATTEMPTS + 1):
        [journal] = pending_journals(station.paths)
        report = run(journal)
        assert report.exit_code == 1 and len(report.failed) == 1, attempt
    assert "changed while it was copied" in report.failed[0].reason
    assert pending_journals(station.paths) == []  # given up: nothing left to resume


def test_a_resume_gives_up_what_is_gone_or_failed_too_often(
    station: StationContext, ledger: Ledger, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    first = copy_video(card / "DSJ_A1_20261126_080000_1.MP4", 71)
    second = copy_video(card / "DSJ_A1_20261126_081000_2.MP4", 72)
    gone = tmp_path / "other-card"
    journal = IngestJournal.create(
        station.paths, "chen", IngestRequest((card, gone), "li", "DSJ-001").to_journal()
    )
    journal.failures[str(second)] = [MAX_ATTEMPTS, "the vault copy differs from the source"]
    journal.adopt()
    report = import_files(station, ledger.evidence_officer,
                          IngestRequest.from_journal(journal.request), journal=journal)  # fmt: skip
    assert [Path(i.source) for i in report.imported] == [first]
    assert {Path(i.source): i.reason for i in report.failed} == {
        gone: "the source is no longer there",
        second: f"the vault copy differs from the source (given up after {MAX_ATTEMPTS} attempts)",
    }
    assert report.exit_code == 1 and pending_journals(station.paths) == []


def test_a_socket_and_a_block_device_link_are_left_alone(
    station: StationContext, ledger: Ledger, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    copy_video(card / "DSJ_A1_20261126_080000_1.MP4", 81)
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(card / "s.mp4"))
        block = next((d for d in ("/dev/loop0", "/dev/vda", "/dev/sda") if Path(d).exists()), None)
        if block is not None:
            (card / "disk.mp4").symlink_to(block)
        (card / "gone.mp4").symlink_to(card / "nothing-here")
        report = import_files(station, ledger.evidence_officer, request(card))
    reasons = {Path(i.source).name: i.reason for i in report.not_regular}
    assert reasons.pop("s.mp4") == "a socket: not a regular file, not opened"
    assert reasons.pop("gone.mp4") == (
        f"a broken symbolic link ({card / 'nothing-here'}): not a regular file, not opened"
    )
    if block is not None:
        assert reasons.pop("disk.mp4") == (
            f"a symbolic link to a block device ({block}): not a regular file, not opened"
        )
    assert reasons == {} and len(report.imported) == 1 and report.exit_code == 1
    assert pending_journals(station.paths) == []
