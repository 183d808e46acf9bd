"""Integrity checks of the vault (R9.1): re-hash originals on demand and on a schedule.

A file whose SHA-256 or SM3 no longer matches, or that is gone, raises an alarm row and an
audit entry, and its vault object is marked; nothing is ever repaired silently. An alarm
is raised when a file goes bad, not again on every later sweep that finds it still bad.
The database's digests are themselves checked against the chain-protected import entry
(``vault_records``), so a swapped file with a rewritten row is caught too.
"""

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.core.errors import NotFoundError
from app.integrity.digests import Digests, digest_file
from app.integrity.vault import Vault
from app.services.auth import Actor
from app.services.permissions import Action, require
from app.services.station import StationContext
from app.services.vault_records import RecordCheck, check_records
from app.store.recordings import IntegrityAlarm, Recording, VaultObject
from app.workers.job import Job
from app.workers.progress import Unit

log = logging.getLogger(__name__)

OBJECT_BATCH = 500


@dataclass(frozen=True)
class VerifiedFile:
    recording_id: int
    sha256: str
    status: str  # "ok", "changed", "missing", "record-changed" or "unrecorded"
    actual_sha256: str | None = None
    recorded_sha256: str | None = None  # what the import entry says, when it differs

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass
class VerificationReport:
    checked: int = 0
    problems: list[VerifiedFile] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, object]:
        return {
            "checked": self.checked,
            "ok": self.ok,
            "problems": [p.as_json() for p in self.problems],
        }


@dataclass(frozen=True)
class AlarmRow:
    id: int
    detected_at: datetime
    kind: str
    sha256: str
    actual_sha256: str | None
    recording_ids: list[int]
    detected_by: str


def verify_recordings(
    context: StationContext,
    actor: Actor,
    recording_ids: list[int] | None = None,
    *,
    cancel: threading.Event | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    parallel: int = 2,
) -> VerificationReport:
    """Re-hash the vault files of the given recordings, or of all when ``None``.

    Raises:
        NotFoundError: one of ``recording_ids`` does not exist (nothing is checked).
    """
    require(context, actor, Action.VERIFY_RECORDINGS)
    targets = _targets(context, recording_ids)
    with context.store.read() as session:
        records = check_records(session, {t[0]: Digests(*t[1:]) for t in targets})
    vault = Vault(context.paths.vault)
    done = 0
    lock = threading.Lock()

    def check(target: tuple[int, str, str, int]) -> VerifiedFile:
        nonlocal done
        result = _with_record(_check_one(vault, *target, cancel=cancel), records[target[0]])
        with lock:
            done += 1
            if on_progress is not None:
                on_progress(done, len(targets))
        return result

    with ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="verify") as pool:
        results = list(pool.map(check, targets))
    report = VerificationReport(checked=len(results))
    report.problems = [r for r in results if r.status != "ok"]
    _record(context, actor, results, whole_vault=recording_ids is None)
    return report


def verify_job(
    context: StationContext, actor: Actor, recording_ids: list[int] | None = None
) -> Job[VerificationReport]:
    """``verify_recordings`` as a job counting files: the GUI's sweep and ``verify``."""
    return Job(
        lambda control: verify_recordings(
            context, actor, recording_ids, cancel=control.cancel_token, on_progress=control.report
        ),
        name="verify" if recording_ids is not None else "vault-sweep",
        unit=Unit.FILES,
    )


def list_alarms(context: StationContext, actor: Actor, *, limit: int = 200) -> list[AlarmRow]:
    """Integrity alarms, newest first, with the recordings they concern."""
    require(context, actor, Action.VERIFY_RECORDINGS)
    query = (
        select(IntegrityAlarm, VaultObject.sha256)
        .join(VaultObject, IntegrityAlarm.vault_object_id == VaultObject.id)
        .order_by(IntegrityAlarm.detected_at.desc(), IntegrityAlarm.id.desc())
        .limit(limit)
    )
    with context.store.read() as session:
        alarms = session.execute(query).all()
        recordings: dict[int, list[int]] = {}
        for rid, object_id in session.execute(
            select(Recording.id, Recording.vault_object_id)
            .where(Recording.vault_object_id.in_([a.vault_object_id for a, _ in alarms]))
            .order_by(Recording.id)
        ):
            recordings.setdefault(object_id, []).append(rid)
        return [
            AlarmRow(
                alarm.id,
                as_utc(alarm.detected_at),
                alarm.kind,
                sha256,
                alarm.actual_sha256,
                list(recordings.get(alarm.vault_object_id, [])),
                alarm.detected_by,
            )
            for alarm, sha256 in alarms
        ]


def _targets(
    context: StationContext, recording_ids: list[int] | None
) -> list[tuple[int, str, str, int]]:
    query = (
        select(Recording.id, VaultObject.sha256, VaultObject.sm3, VaultObject.size)
        .join(VaultObject, Recording.vault_object_id == VaultObject.id)
        .order_by(Recording.id)
    )
    if recording_ids is not None:
        query = query.where(Recording.id.in_(recording_ids))
    with context.store.read() as session:
        targets = [tuple(row) for row in session.execute(query)]
    if recording_ids is not None:
        missing = sorted(set(recording_ids) - {t[0] for t in targets})
        if missing:
            raise NotFoundError("recording.not-found", id=list(missing))
    return targets  # type: ignore[return-value]


def _check_one(
    vault: Vault,
    recording_id: int,
    sha256: str,
    sm3: str,
    size: int,
    *,
    cancel: threading.Event | None,
) -> VerifiedFile:
    path = vault.path_for(sha256)
    try:
        actual = digest_file(path, cancel=cancel)
    except FileNotFoundError:
        return VerifiedFile(recording_id, sha256, "missing")
    except OSError as exc:
        log.warning("vault file %s cannot be read: %s", sha256, exc)
        return VerifiedFile(recording_id, sha256, "missing")
    if actual != Digests(sha256, sm3, size):
        return VerifiedFile(recording_id, sha256, "changed", actual.sha256)
    return VerifiedFile(recording_id, sha256, "ok")


def _with_record(result: VerifiedFile, record: RecordCheck) -> VerifiedFile:
    """A sound file whose row the chain does not vouch for is reported as such; a changed
    or missing file is reported as that first (the bytes are what a court relies on)."""
    if result.status != "ok" or record.status == "ok":
        return result
    return VerifiedFile(
        result.recording_id, result.sha256, record.status, None, record.recorded_sha256
    )


def _record(
    context: StationContext, actor: Actor, results: list[VerifiedFile], *, whole_vault: bool
) -> None:
    """Mark each vault object, raise alarms for new problems, audit the run, in one go."""
    now = context.clock()
    with context.store.write() as session:
        objects = _vault_objects(session, [r.sha256 for r in results])
        for result in results:
            obj = objects.get(result.sha256)
            if obj is None:
                continue
            if result.status == "ok" and obj.status != "ok":
                # Someone put the right bytes back: say so, the old alarm stays on record.
                context.audit.record(
                    session,
                    actor=actor.login,
                    action="vault.matches-again",
                    target_kind="recording",
                    target_id=result.recording_id,
                    details={"sha256": result.sha256, "was": obj.status},
                )
            if result.status != "ok" and obj.status != result.status:
                session.add(
                    IntegrityAlarm(
                        vault_object_id=obj.id,
                        detected_at=now,
                        kind=result.status,
                        expected_sha256=result.sha256,
                        actual_sha256=result.actual_sha256,
                        detected_by=actor.login,
                    )
                )
                context.audit.record(
                    session,
                    actor=actor.login,
                    action=f"vault.{result.status}",
                    target_kind="recording",
                    target_id=result.recording_id,
                    details=_alarm_details(result),
                )
                log.error("vault file %s is %s", result.sha256, result.status)
            obj.status, obj.verified_at = result.status, now
        problems = [r.recording_id for r in results if r.status != "ok"]
        context.audit.record(
            session,
            actor=actor.login,
            action="vault.verify",
            target_kind="vault",
            target_id="all" if whole_vault else f"{len(results)} recordings",
            details={
                "checked": len(results),
                "problems": problems,
                "recordings": None if whole_vault else [r.recording_id for r in results],
            },
        )


def _vault_objects(session: Session, sha256s: list[str]) -> dict[str, VaultObject]:
    """The vault objects of these digests by digest, read a batch at a time, not one by one."""
    unique = list(dict.fromkeys(sha256s))
    found: dict[str, VaultObject] = {}
    for start in range(0, len(unique), OBJECT_BATCH):
        batch = unique[start : start + OBJECT_BATCH]
        found.update(
            (obj.sha256, obj)
            for obj in session.scalars(select(VaultObject).where(VaultObject.sha256.in_(batch)))
        )
    return found


def _alarm_details(result: VerifiedFile) -> dict[str, object]:
    details: dict[str, object] = {"sha256": result.sha256, "actual": result.actual_sha256}
    if result.recorded_sha256 is not None:
        details["recorded"] = result.recorded_sha256
    return details
