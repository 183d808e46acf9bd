"""The full decode check of recordings (issue #17): run it, keep its result, flag damage.

The import's probe decodes two frames; this decodes every frame of the vault copy, in a
child process (``media.isolation``, ``media.decode_check``). The GUI runs it in the
background after each import and for any recording not yet checked; ``ingest`` runs it
inline unless ``--no-decode-check``; ``verify --decode`` runs it again. A recording found
damaged is flagged ``is_damaged`` (its first reason kept) and the result — clean, or where
the first fault is — is stored on the recording and written to the audit chain.
"""

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core.clock import as_utc
from app.core.errors import EvidenceStationError
from app.media.decode_check import DecodeResult, check_decoding
from app.media.errors import DecoderCrashError
from app.media.isolation import MediaChildren
from app.services.auth import Actor
from app.services.frame_indexes import vault_copy
from app.services.permissions import Action, require
from app.services.station import StationContext
from app.store.recordings import Recording, VaultObject
from app.workers.job import Job, JobControl
from app.workers.progress import Unit

log = logging.getLogger(__name__)

CLEAN, DAMAGED = "clean", "damaged"


@dataclass(frozen=True)
class DecodeCheckRow:
    """A recording's stored decode check; ``first_bad_*`` and ``reason`` when damaged."""

    recording_id: int
    status: str
    checked_at: datetime
    frames: int | None
    first_bad_s: float | None
    first_bad_frame: int | None
    reason: str | None

    def as_json(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["checked_at"] = self.checked_at.isoformat()
        return data


@dataclass(frozen=True)
class DecodeProgress:
    """Recordings done of all, and the seconds decoded of the current one."""

    done: int
    total: int
    seconds: float


def decode_check_of(recording: Recording) -> DecodeCheckRow | None:
    """The stored result, or ``None`` while the recording has not been checked."""
    if recording.decode_status is None or recording.decode_checked_at is None:
        return None
    return DecodeCheckRow(
        recording.id,
        recording.decode_status,
        as_utc(recording.decode_checked_at),
        recording.decode_frames,
        recording.decode_first_bad_s,
        recording.decode_first_bad_frame,
        recording.decode_reason,
    )


def unchecked_recordings(context: StationContext, limit: int = 500) -> list[int]:
    """Recordings whose decode check has not run yet, oldest import first."""
    with context.store.read() as session:
        return list(
            session.scalars(
                select(Recording.id)
                .where(Recording.decode_status.is_(None))
                .order_by(Recording.id)
                .limit(limit)
            )
        )


def all_recordings(context: StationContext) -> list[int]:
    """Every recording, for ``verify --all --decode``."""
    with context.store.read() as session:
        return list(session.scalars(select(Recording.id).order_by(Recording.id)))


def check_recordings(
    context: StationContext,
    actor: Actor,
    recording_ids: Iterable[int],
    *,
    on_progress: Callable[[DecodeProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[DecodeCheckRow]:
    """Decode each recording's vault copy in full and store what was found.

    A recording whose vault copy is gone is skipped with a log line (``verify`` reports
    it). Cancelling stops the child at once; recordings done so far keep their result.

    Raises:
        PermissionDeniedError: the actor may not verify recordings.
        DecodeCancelledError: ``cancel`` was set.
    """
    require(context, actor, Action.VERIFY_RECORDINGS)
    ids = list(recording_ids)
    rows = []
    with MediaChildren() as children:
        for done, recording_id in enumerate(ids):
            path = _vault_path(context, recording_id)
            if path is None:
                continue

            def progress(seconds: float, done: int = done) -> None:
                if on_progress is not None:
                    on_progress(DecodeProgress(done, len(ids), seconds))

            result = _decode(children, path, progress, cancel)
            rows.append(_store(context, actor, recording_id, result))
    if on_progress is not None:
        on_progress(DecodeProgress(len(ids), len(ids), 0.0))
    return rows


def decode_check_job(
    context: StationContext, actor: Actor, recording_ids: Iterable[int] | None = None
) -> Job[list[DecodeCheckRow]]:
    """``check_recordings`` as a job counting recordings; ``None`` checks the unchecked.

    The unchecked ones are looked up when the job runs, on its thread, not by the caller.
    """

    def work(control: JobControl) -> list[DecodeCheckRow]:
        ids = unchecked_recordings(context) if recording_ids is None else recording_ids
        return check_recordings(
            context,
            actor,
            ids,
            on_progress=lambda p: control.report(p.done, p.total),
            cancel=control.cancel_token,
        )

    return Job(work, name="decode-check", unit=Unit.RECORDINGS)


def _vault_path(context: StationContext, recording_id: int):  # type: ignore[no-untyped-def]
    with context.store.read() as session:
        sha256 = session.scalar(
            select(VaultObject.sha256)
            .join(Recording, Recording.vault_object_id == VaultObject.id)
            .where(Recording.id == recording_id)
        )
    if sha256 is None:
        return None
    try:
        return vault_copy(context, sha256)
    except EvidenceStationError as exc:
        log.warning("recording %d not decode-checked: %s", recording_id, exc)
        return None


def _decode(children, path, progress, cancel) -> DecodeResult:  # type: ignore[no-untyped-def]
    try:
        result: DecodeResult = children.run(
            check_decoding, path, on_progress=progress, cancel=cancel
        )
    except DecoderCrashError as exc:
        return DecodeResult(False, 0, None, None, str(exc.reason))
    return result


def _store(
    context: StationContext, actor: Actor, recording_id: int, result: DecodeResult
) -> DecodeCheckRow:
    with context.store.write() as session:
        recording = session.get_one(Recording, recording_id)
        recording.decode_status = CLEAN if result.clean else DAMAGED
        recording.decode_checked_at = context.clock()
        recording.decode_frames = result.frames
        recording.decode_first_bad_s = result.first_bad_s
        recording.decode_first_bad_frame = result.first_bad_frame
        recording.decode_reason = result.reason
        if not result.clean:
            recording.is_damaged = True
            recording.damage_reason = recording.damage_reason or result.reason
        context.audit.record(
            session,
            actor=actor.login,
            action="recording.decode-check",
            target_kind="recording",
            target_id=recording_id,
            details=result.as_json(),
        )
        session.flush()
        row = decode_check_of(recording)
    assert row is not None
    return row
