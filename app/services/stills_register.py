"""Stills (R4.3): one exact frame saved as PNG with its provenance, hashed and registered.

The picture carries where it came from (recording SHA-256, frame index, device time, who,
when) in its PNG text chunks and in a JSON sidecar (``media/stills.py``); the still's own
SHA-256 goes into the ``stills`` register and the audit chain, so a print in a case file
can be matched to the file and the file to the exact frame. The files are written first and
removed again if the register refuses them: no unregistered still is left behind.
"""

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.core.clock import as_utc
from app.media.frames import FrameReader
from app.media.stills import write_still
from app.services.auth import Actor
from app.services.output_files import check_output_file
from app.services.permissions import Action, require
from app.services.review_sources import ReviewSource, review_source, viewable_recording
from app.services.station import StationContext
from app.services.viewing_log import close_viewing, open_viewing
from app.store.review import Still

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StillRecord:
    """A registered still; ``provenance`` is what its PNG and sidecar say."""

    id: int
    recording_id: int
    frame: int
    sha256: str
    path: str
    sidecar: str | None
    made_by: str
    made_at: datetime
    provenance: dict[str, str]

    def as_json(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["made_at"] = self.made_at.isoformat()
        return data


def check_still_file(context: StationContext, out: Path, *, overwrite: bool) -> Path:
    """Refuse a target that cannot take a still and its provenance sidecar, before decoding."""
    return check_output_file(
        context.paths, out, suffix=".png", side_suffixes=(".json",), overwrite=overwrite
    )


def provenance_of(source: ReviewSource, frame: int, actor: Actor, now: datetime) -> dict[str, str]:
    """What a picture of ``frame`` says about itself (text, so it reads in any viewer)."""
    clock, recording = source.clock, source.recording
    device, corrected = clock.device_time(frame), clock.true_time(frame)
    return {
        "recording_id": str(recording.id),
        "recording_sha256": recording.sha256,
        "recording_file": recording.file_name,
        "frame_index": str(frame),
        "media_time": f"{clock.media_time(frame):.6f}",
        "device_time": device.isoformat() if device else "",
        "corrected_time": corrected.isoformat() if corrected else "",
        "clock_offset_s": f"{recording.clock_offset_s:g}",
        "device": recording.device_asset or "",
        "officer": recording.officer_name,
        "made_by": actor.login,
        "made_by_name": actor.name,
        "made_at": now.isoformat(),
    }


def make_still(
    context: StationContext,
    actor: Actor,
    recording_id: int,
    frame: int,
    out: Path,
    *,
    overwrite: bool = False,
) -> StillRecord:
    """Write exactly ``frame`` of the recording to ``out`` (.png + .json) and register it.

    ``overwrite`` lets the two files replace existing ones (a save dialog has asked); the
    station's own files are never replaced (``output_files``).

    Raises:
        ValidationError: a frame the recording lacks, or an unusable target path.
        PermissionDeniedError: the role may not make stills or may not see the recording.
        NotFoundError: no such recording, or its vault copy is missing.
    """
    require(context, actor, Action.MAKE_STILLS, target=("recording", recording_id))
    out = check_still_file(context, out, overwrite=overwrite)
    source = review_source(context, actor, recording_id)
    source.check_frame(frame)
    with FrameReader(source.recording.path, source.index) as reader:
        picture = reader.picture(frame)
    now = context.clock()
    provenance = provenance_of(source, frame, actor, now)
    digest, sidecar = write_still(picture, out, provenance)
    try:
        return _register(context, actor, source, frame, out, digest, sidecar, provenance)
    except BaseException:
        out.unlink(missing_ok=True)
        if sidecar is not None:
            sidecar.unlink(missing_ok=True)
        raise


def _register(context, actor, source, frame, out, digest, sidecar, provenance) -> StillRecord:  # type: ignore[no-untyped-def]
    now = context.clock()
    with context.store.write() as session:
        still = Still(
            recording_id=source.recording.id,
            frame=frame,
            sha256=digest,
            file_name=out.name[:255],
            device_time=source.clock.device_time(frame),
            made_by=actor.login,
            made_at=now,
        )
        session.add(still)
        session.flush()
        context.audit.record(
            session,
            actor=actor.login,
            action="still.make",
            target_kind="recording",
            target_id=source.recording.id,
            details={
                "still": still.id,
                "frame": frame,
                "sha256": digest,
                "file": out.name,
                "recording_sha256": source.recording.sha256,
            },
        )
        record = StillRecord(
            still.id,
            source.recording.id,
            frame,
            digest,
            str(out),
            str(sidecar) if sidecar else None,
            actor.login,
            now,
            provenance,
        )
    log.info(
        "still %d: frame %d of recording %d, %s", record.id, frame, record.recording_id, digest[:12]
    )
    return record


def list_stills(
    context: StationContext, actor: Actor, recording_id: int
) -> list[dict[str, object]]:
    """The stills registered for a recording, oldest first (id, frame, sha256, file, who, when)."""
    viewable_recording(context, actor, recording_id)
    with context.store.read() as session:
        stills = session.scalars(
            select(Still).where(Still.recording_id == recording_id).order_by(Still.id)
        ).all()
        return [
            {
                "id": s.id,
                "frame": s.frame,
                "sha256": s.sha256,
                "file": s.file_name,
                "made_by": s.made_by,
                "made_at": as_utc(s.made_at).isoformat(),
            }
            for s in stills
        ]


@dataclass(frozen=True)
class FrameExport:
    """One exact frame written for ``frame RECORDING_ID``: a viewing, not a registered still."""

    recording_id: int
    frame: int
    media_time: float
    width: int
    height: int
    out: str
    sha256: str
    viewing_id: int

    def as_json(self) -> dict[str, object]:
        return {**self.__dict__, "media_time": round(self.media_time, 6)}


def export_frame(
    context: StationContext,
    actor: Actor,
    recording_id: int,
    frame: int,
    out: Path,
    *,
    overwrite: bool = False,
) -> FrameExport:
    """Write frame ``frame`` of a recording's vault copy to ``out``, logged as a viewing.

    The PNG carries the same provenance as a still; the viewing is opened only once the
    frame number and the target are known to be good, and closed whatever happens next.
    """
    out = check_still_file(context, out, overwrite=overwrite)
    source = review_source(context, actor, recording_id)
    source.check_frame(frame)
    viewing = open_viewing(context, actor, recording_id, purpose="frame")
    try:
        with FrameReader(source.recording.path, source.index) as reader:
            picture = reader.picture(frame)
        provenance = provenance_of(source, frame, actor, context.clock())
        digest, _ = write_still(picture, out, provenance)
    finally:
        close_viewing(context, actor, viewing.id)
    height, width = picture.shape[:2]
    return FrameExport(
        recording_id,
        frame,
        source.clock.media_time(frame),
        int(width),
        int(height),
        str(out),
        digest,
        viewing.id,
    )
