"""Import and hand-over (R2): camera files into the verified vault, one recording per file.

For each file: copy into the vault while computing SHA-256 and SM3 in the same pass, fsync,
re-read and check the copy, give it its content address, probe the vault copy with PyAV,
then commit the recording, its hand-over item and its audit entry in one transaction.
Only after that commit may the camera's copy be deleted (``clear_device``) [003 §7(3)].

Outcomes, as ``ingest --json`` prints them:
- imported: a new recording. A damaged or truncated file is imported too (its bytes are
  evidence of what the camera held) and also listed under ``damaged`` with the reason.
- duplicates: the same bytes are already a recording; nothing is copied, the hand-over
  item links to the existing recording.
- skipped: not a media file (thumbnails, logs, databases...), left untouched; also every
  entry that is not a regular file (a FIFO, a device, a socket, a link to one), which is
  never opened and listed again under ``not_regular`` (``ingest_sources``).
- failed: the file could not be preserved (it vanished mid-copy, the vault is full);
  nothing of it is registered, and running the import again completes it. A file that
  failed ``MAX_ATTEMPTS`` times is given up (``ingest_journal``), so a resume always ends.

A worker's failure on one file never stops the others: each file's outcome is caught on
its own. The probe runs in a child process (``media.isolation``): a decoder that crashes
or hangs on a file flags that file damaged and the import goes on.

``delay_hours`` is 0 when the hand-over was on time, else the hours past the deadline.
"""

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from app.core.clock import as_utc
from app.core.errors import EvidenceStationError, ValidationError
from app.integrity.digests import OperationCancelledError
from app.integrity.vault import StoredFile, Vault, VaultFullError
from app.media.camera_names import parse_camera_name
from app.media.errors import DecoderCrashError
from app.media.import_probe import MediaFacts, probe_for_import, unreadable_facts
from app.media.isolation import DecodeCancelledError, MediaChildren
from app.policy.profile import PolicyProfile
from app.services.auth import Actor
from app.services.confidentiality import check_mark
from app.services.decode_checks import DAMAGED, DecodeCheckRow
from app.services.devices import check_reach
from app.services.frame_indexes import index_recordings
from app.services.ingest_journal import MAX_ATTEMPTS, MAX_RUNS, IngestJournal
from app.services.ingest_record import (
    FileFacts,
    IngestItem,
    RunPlan,
    complete_handover,
    register_file,
)
from app.services.ingest_sources import walk_sources
from app.services.lookups import device_by_asset, person_by_login
from app.services.output_files import check_output_folder
from app.services.permissions import Action, require
from app.services.profiles import active_profile
from app.services.station import StationContext
from app.store.models import Person
from app.workers.job import Job, JobControl
from app.workers.progress import Unit

log = logging.getLogger(__name__)

DEFAULT_CATEGORY = "other"


@dataclass(frozen=True)
class IngestRequest:
    """One hand-over: files or folders (recursive) from one officer's device.

    ``device_time`` is what the device's clock showed at the moment of import; the
    difference to the station clock is the device's clock offset [003 §6(1)].
    ``confidentiality`` marks every file of the run (R3.5; ``services.access`` marks).
    """

    sources: tuple[Path, ...]
    officer: str
    device: str
    category: str | None = None
    activity_end: datetime | None = None
    case_no: str | None = None
    clear_device: bool = False
    mirror: Path | None = None
    device_time: datetime | None = None
    confidentiality: str = "none"

    def to_journal(self) -> dict[str, object]:
        return {
            "sources": [str(s) for s in self.sources],
            "officer": self.officer,
            "device": self.device,
            "category": self.category,
            "activity_end": self.activity_end.isoformat() if self.activity_end else None,
            "case_no": self.case_no,
            "clear_device": self.clear_device,
            "mirror": str(self.mirror) if self.mirror else None,
            "device_time": self.device_time.isoformat() if self.device_time else None,
            "confidentiality": self.confidentiality,
        }

    @classmethod
    def from_journal(cls, data: dict[str, object]) -> "IngestRequest":
        def moment(key: str) -> datetime | None:
            value = data.get(key)
            return datetime.fromisoformat(str(value)) if value else None

        return cls(
            sources=tuple(Path(str(s)) for s in data["sources"]),  # type: ignore[attr-defined]
            officer=str(data["officer"]),
            device=str(data["device"]),
            category=data.get("category"),  # type: ignore[arg-type]
            activity_end=moment("activity_end"),
            case_no=data.get("case_no"),  # type: ignore[arg-type]
            clear_device=bool(data.get("clear_device")),
            mirror=Path(str(data["mirror"])) if data.get("mirror") else None,
            device_time=moment("device_time"),
            confidentiality=str(data.get("confidentiality") or "none"),
        )


@dataclass(frozen=True)
class IngestProgress:
    """Counts so far; a worker's meter turns them into a rate and an ETA."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str


@dataclass
class IngestReport:
    """What one run did. ``exit_code`` is 0 when every media file is preserved and nothing
    but non-media regular files was left out."""

    handover_id: int | None = None
    imported: list[IngestItem] = field(default_factory=list)
    duplicates: list[IngestItem] = field(default_factory=list)
    skipped: list[IngestItem] = field(default_factory=list)
    not_regular: list[IngestItem] = field(default_factory=list)
    failed: list[IngestItem] = field(default_factory=list)
    not_cleared: list[IngestItem] = field(default_factory=list)
    mirror_failed: list[IngestItem] = field(default_factory=list)
    cancelled: bool = False
    clear_device_required: bool = False
    decode_checks: list[DecodeCheckRow] = field(default_factory=list)

    @property
    def damaged(self) -> list[IngestItem]:
        return [item for item in self.imported if item.damaged]

    @property
    def exit_code(self) -> int:
        incomplete = self.failed or self.mirror_failed or self.cancelled or self.not_regular
        return 1 if incomplete else 0

    def add_decode_checks(self, rows: list[DecodeCheckRow]) -> None:
        """Take in the full decode check of this run's recordings: damage found flags them."""
        self.decode_checks.extend(rows)
        bad = {row.recording_id: row for row in rows if row.status == DAMAGED}
        self.imported = [
            replace(item, damaged=True, reason=item.reason or bad[item.id].reason)
            if item.id in bad else item
            for item in self.imported
        ]  # fmt: skip

    def as_json(self) -> dict[str, object]:
        full = ("imported", "duplicates", "damaged", "not_cleared", "mirror_failed")
        data: dict[str, object] = {
            name: [item.as_json() for item in getattr(self, name)] for name in full
        }
        for name in ("skipped", "not_regular", "failed"):
            data[name] = [{"source": i.source, "reason": i.reason} for i in getattr(self, name)]
        data.update(
            handover_id=self.handover_id,
            cancelled=self.cancelled,
            clear_device_required=self.clear_device_required,
            decode_checks=[row.as_json() for row in self.decode_checks],
        )
        return data


ProgressCallback = Callable[[IngestProgress], None]


def import_files(
    context: StationContext,
    actor: Actor,
    request: IngestRequest,
    *,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    parallel: int | None = None,
    journal: IngestJournal | None = None,
    children: MediaChildren | None = None,
) -> IngestReport:
    """Hand footage over into the vault; see the module docstring for the outcomes.

    ``on_progress`` is called from worker threads. ``children`` are the probe's child
    processes when the caller imports several times in a row (the demo); by default each
    run starts and stops its own. Cancelling stops between chunks: the
    file in flight is discarded, committed files stay, and the journal stays for a resume.

    Raises:
        ValidationError, NotFoundError: bad input (unknown officer, device or category,
            a source that does not exist); nothing has been written.
        PermissionDeniedError: the actor may not import, or not for that officer
            (outside the actor's unit subtree); a camera lent from another unit's pool
            does not matter.
    """
    require(context, actor, Action.IMPORT_RECORDINGS)
    check_reach(context, actor, Action.IMPORT_RECORDINGS, None, wearer=request.officer)
    profile = active_profile(context)
    resuming = journal is not None
    plan = _plan(context, actor, request, profile, resuming=resuming)
    sources = walk_sources(request.sources)
    vault = Vault(context.paths.vault)
    vault.remove_stale_temporaries()
    journal = journal or IngestJournal.create(context.paths, actor.login, request.to_journal())
    run = _Run(context, actor, request, plan, vault, journal, on_progress, cancel, sources.media)
    if children is not None:
        run.share_children(children)
    run.report.skipped.extend(sources.skipped)
    run.report.not_regular.extend(sources.not_regular)
    if resuming:
        run.give_up_exhausted([s for s in request.sources if not s.exists()])
    run.report.clear_device_required = profile.flags.clear_device_after_import
    run.execute(parallel or default_parallelism())
    return run.report


def import_job(
    context: StationContext,
    actor: Actor,
    request: IngestRequest,
    journal: IngestJournal | None = None,
) -> Job[IngestReport]:
    """The hand-over as one job, the same for the GUI and ``ingest``: import, then index.

    Progress counts bytes (and files). A given ``journal`` (an interrupted run) is adopted
    first. The new recordings' frame indexes are built in the same job, so that review
    opens them without a scan (#5); a cancelled import leaves the rest to the first review.
    """

    def work(control: JobControl) -> IngestReport:
        if journal is not None:
            journal.adopt()

        def report(counts: IngestProgress) -> None:
            control.report(
                counts.bytes_done,
                counts.bytes_total,
                items=(counts.files_done, counts.files_total),
                current=counts.current,
            )

        run = import_files(
            context, actor, request, on_progress=report, cancel=control.cancel_token,
            journal=journal,
        )  # fmt: skip
        fresh = [item.id for item in run.imported if not item.damaged and item.id]
        index_recordings(context, actor, fresh, cancel=control.cancel_token)
        return run

    return Job(work, name="import", unit=Unit.BYTES)


def default_parallelism() -> int:
    """Files copied at once: SM3 fills one core per file, so about one file per core."""
    return max(1, min(4, os.cpu_count() or 1))


def _plan(
    context: StationContext,
    actor: Actor,
    request: IngestRequest,
    profile: PolicyProfile,
    *,
    resuming: bool = False,
) -> RunPlan:
    """Resolve the request; a resumed run's missing sources are its own (given up) outcome."""
    category = DEFAULT_CATEGORY if request.category is None else request.category
    if profile.category(category) is None:
        valid = [c.id for c in profile.categories]
        raise ValidationError("policy.unknown-category", category=category, valid=valid)
    check_mark(request.confidentiality)
    for source in request.sources:
        if not source.exists() and not resuming:
            raise ValidationError("ingest.no-source", path=source)
        if context.paths.overlaps(source):
            raise ValidationError("ingest.station-folder", path=source)
    if request.mirror is not None:
        check_output_folder(context.paths, request.mirror)
    offset = None
    if request.device_time is not None:
        offset = (as_utc(request.device_time) - context.clock()).total_seconds()
    with context.store.read() as session:
        officer = person_by_login(session, request.officer, active=True)
        device = device_by_asset(session, request.device)
        assignee = session.get(Person, device.assignee_id) if device.assignee_id else None
    return RunPlan(
        profile=profile,
        category=category,
        officer_id=officer.id,
        officer_login=officer.login,
        unit_id=officer.unit_id,
        device_id=device.id,
        device_asset=device.asset_no,
        assignee_login=assignee.login if assignee else None,
        administrator_id=actor.person_id,
        case_no=request.case_no,
        activity_end=as_utc(request.activity_end) if request.activity_end else None,
        clock_offset_s=offset,
        confidentiality=request.confidentiality,
    )


class _Run:
    """One run's shared state; files are copied in parallel, committed one at a time."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        request: IngestRequest,
        plan: RunPlan,
        vault: Vault,
        journal: IngestJournal,
        on_progress: ProgressCallback | None,
        cancel: threading.Event | None,
        media: list[Path],
    ) -> None:
        self.context, self.actor, self.request, self.plan = context, actor, request, plan
        self.vault, self.journal, self.media = vault, journal, media
        self.on_progress = on_progress
        self.cancel = cancel or threading.Event()
        self.report = IngestReport(handover_id=journal.handover_id)
        self._commit_lock = threading.Lock()
        self._count_lock = threading.Lock()
        self._vault_full = threading.Event()
        self._children = MediaChildren()
        self._own_children = True
        # Files that failed in this run by their own fault (not a cancel or a full vault),
        # and the sources given up for good: together they decide whether a resume is due.
        self._attempt_failures: dict[Path, str] = {}
        self._given_up: set[str] = set()
        self._files_done = 0
        self._bytes_done = 0
        self._bytes_total = sum(_size(path) for path in media)

    def share_children(self, children: MediaChildren) -> None:
        """Probe in the caller's children, which outlive this run (not closed here)."""
        self._children, self._own_children = children, False

    def give_up_exhausted(self, gone: list[Path]) -> None:
        """Before a resume: give up the files that failed too often, or every open file of
        a journal interrupted too often, and sources no longer there (``ingest_journal``)."""
        for source in gone:
            self._give_up(source, "the source is no longer there")
        keep = []
        for path in self.media:
            count, reason = self.journal.failed_attempts(path)
            if self.journal.committed(path) is not None:
                keep.append(path)
            elif count >= MAX_ATTEMPTS:
                self._give_up(path, f"{reason} (given up after {count} attempts)")
            elif self.journal.runs > MAX_RUNS:
                self._give_up(path, f"the import was interrupted {self.journal.runs} times "
                                    "(given up)")  # fmt: skip
            else:
                keep.append(path)
        self.media = keep
        self._bytes_total = sum(_size(path) for path in keep)

    def _give_up(self, source: Path, reason: str) -> None:
        self._given_up.add(str(source))
        self.report.failed.append(IngestItem(str(source), reason=reason))

    def execute(self, parallel: int) -> None:
        if self._own_children:
            # The probe's children start loading FFmpeg while the first files are copied.
            self._children.start(min(parallel, len(self.media)))
        try:
            with ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="ingest") as pool:
                outcomes = list(pool.map(self._one_file, self.media))
        finally:
            if self._own_children:
                self._children.close()
        for bucket, item in outcomes:
            getattr(self.report, bucket).append(item)
            self._follow_up(item, bucket)
        self.report.cancelled = self.cancel.is_set()
        if self.report.handover_id is not None:
            with self._commit_lock:
                complete_handover(self.context, self.actor, self.report.handover_id)
        self.journal.note_failures(self._attempt_failures)
        if not self.report.cancelled and not self._retry_due():
            self.journal.finish()

    def _retry_due(self) -> bool:
        """Whether a failed file is worth another run (not given up, attempts left)."""
        return any(
            item.source not in self._given_up
            and self.journal.failed_attempts(Path(item.source))[0] < MAX_ATTEMPTS
            for item in self.report.failed
        )

    def _one_file(self, path: Path) -> tuple[str, IngestItem]:
        if self.cancel.is_set():
            return "failed", IngestItem(str(path), reason="not started: the import was cancelled")
        if self._vault_full.is_set():
            return "failed", IngestItem(str(path), reason="not started: the vault is full")
        try:
            return self._import(path)
        except OperationCancelledError:
            return "failed", IngestItem(str(path), reason="cancelled while copying")
        except DecodeCancelledError:
            return "failed", IngestItem(str(path), reason="cancelled while checking the file")
        except VaultFullError as exc:
            self._vault_full.set()
            return "failed", IngestItem(str(path), reason=str(exc))
        except EvidenceStationError as exc:
            log.warning("import of %s failed: %s", path, exc)
            return self._failed(path, str(exc))
        except Exception as exc:  # noqa: BLE001 - the worker boundary: one file, not the batch
            log.exception("import of %s failed with an internal error", path)
            return self._failed(path, f"internal error: {exc!r}")
        finally:
            self._count(0, files=1, current=path.name)

    def _failed(self, path: Path, reason: str) -> tuple[str, IngestItem]:
        with self._count_lock:
            self._attempt_failures[path] = reason
        return "failed", IngestItem(str(path), reason=reason)

    def _import(self, path: Path) -> tuple[str, IngestItem]:
        stored = self.vault.store(path, cancel=self.cancel, on_bytes=self._bytes_read)
        facts = self._facts(path, stored)
        with self._commit_lock:
            bucket, item = self._register(path, stored, facts)
            self.report.handover_id = self.journal.handover_id
        return bucket, item

    def _register(self, path: Path, stored: StoredFile, facts: FileFacts) -> tuple[str, IngestItem]:
        earlier = self.journal.committed(path)
        for attempt in (1, 2):
            try:
                outcome = register_file(
                    self.context, self.actor, self.plan, facts, self.journal.handover_id, earlier
                )
                break
            except IntegrityError:
                # Another process registered the same bytes a moment ago (PostgreSQL):
                # the second attempt finds its row and records a duplicate.
                if attempt == 2:
                    raise
        self.journal.mark(path, outcome.bucket, outcome.recording_id, outcome.handover_id)
        return outcome.bucket, outcome.item

    def _facts(self, path: Path, stored: StoredFile) -> FileFacts:
        """What the name, the container and the file system say about the vault copy."""
        name = parse_camera_name(path.name)
        media = self._probe(stored.path)
        if name.started_at is not None:
            started, source = as_utc(name.started_at), "name"
        elif media.created_at is not None:
            started, source = as_utc(media.created_at), "container"
        else:
            started, source = datetime.fromtimestamp(_mtime(path), UTC), "file-time"
        return FileFacts(source=path, stored=stored, name=name, media=media, started_at=started,
                         start_source=source)  # fmt: skip

    def _probe(self, path: Path) -> MediaFacts:
        """``probe_for_import`` in a child process: a decoder crash or hang is damage."""
        try:
            facts: MediaFacts = self._children.run(probe_for_import, path, cancel=self.cancel)
        except DecoderCrashError as exc:
            return unreadable_facts(str(exc.reason))
        return facts

    def _follow_up(self, item: IngestItem, bucket: str) -> None:
        """Mirror and clear the camera, only for files committed in this run."""
        if bucket not in ("imported", "duplicates") or item.sha256 is None:
            return
        updated = item
        if self.request.mirror is not None:
            updated = self._mirror(updated)
        if self.request.clear_device:
            updated = self._clear(updated)
        if updated is not item:
            items = getattr(self.report, bucket)
            items[items.index(item)] = updated

    def _mirror(self, item: IngestItem) -> IngestItem:
        assert item.sha256 is not None and self.request.mirror is not None
        try:
            copy = Vault(self.request.mirror).store(self.vault.path_for(item.sha256))
            ok = copy.digests.sha256 == item.sha256
            reason = None if ok else "the backup copy differs from the original"
        except EvidenceStationError as exc:
            ok, reason = False, str(exc)
        if not ok:
            self.report.mirror_failed.append(replace(item, reason=reason))
        return replace(item, mirrored=ok)

    def _clear(self, item: IngestItem) -> IngestItem:
        """Delete the camera's copy: committed, and the vault holds the verified bytes."""
        assert item.sha256 is not None
        source = Path(item.source)
        if not self.vault.holds(item.sha256):
            reason = "the vault copy is missing; the camera's copy was kept"
        else:
            try:
                source.unlink()
                return replace(item, cleared=True)
            except OSError as exc:
                reason = f"cannot delete from the device: {exc.strerror or exc}"
        self.report.not_cleared.append(replace(item, cleared=False, reason=reason))
        return replace(item, cleared=False)

    def _bytes_read(self, count: int) -> None:
        self._count(count)

    def _count(self, count: int, *, files: int = 0, current: str = "") -> None:
        with self._count_lock:
            self._bytes_done += count
            self._files_done += files
            progress = IngestProgress(
                self._files_done, len(self.media), self._bytes_done, self._bytes_total, current
            )
        if self.on_progress is not None:
            self.on_progress(progress)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return datetime.now(UTC).timestamp()
