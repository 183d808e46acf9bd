"""Markers at exact frames (R3.3, R4.3): what a recording must be seen to show.

The kinds follow the regulations' lists of what a recording must cover [001 §16]
[003 §6(6)]: the scene, items, persons, evidence and documents served; the enforcement
steps (ID shown, violation stated, legal basis, rights told) [000 §8(1)]; the notification
to the party [004 §8]; the spoken explanation at an interruption [002 §9] [004 §11].
A marker's frame is checked against the recording's exact frame count (DESIGN §3.2).
"""

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core.clock import as_utc
from app.core.errors import ValidationError
from app.media.timecode import FrameClock
from app.services.auth import Actor
from app.services.permissions import Action, require
from app.services.review_sources import review_source
from app.services.station import StationContext
from app.store.review import Marker

log = logging.getLogger(__name__)

#: Marker kinds: ASCII id → the label the users read.
MARKER_KINDS: dict[str, str] = {
    "start": "开始",
    "end": "结束",
    "scene": "现场",
    "items": "物品",
    "persons": "人员",
    "evidence": "证据",
    "documents-served": "文书送达",
    "id-shown": "出示证件",
    "violation-stated": "告知违法事实",
    "legal-basis": "告知法律依据",
    "rights-told": "告知权利",
    "notification": "告知当事人录音录像",
    "interruption-explanation": "中断情况语音说明",
}
MAX_NOTE = 2000


@dataclass(frozen=True)
class MarkerRow:
    """A marker with its frame's three times; ``device_time`` is None when unknown."""

    id: int
    recording_id: int
    frame: int
    kind: str
    label: str
    note: str
    media_time: float
    device_time: datetime | None
    corrected_time: datetime | None
    author: str
    at: datetime

    def as_json(self) -> dict[str, object]:
        data = dict(self.__dict__)
        for key in ("device_time", "corrected_time", "at"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None  # type: ignore[attr-defined]
        data["media_time"] = round(self.media_time, 6)
        return data


def check_kind(kind: str) -> str:
    if kind not in MARKER_KINDS:
        raise ValidationError("marker.unknown-kind", kind=kind, valid=list(MARKER_KINDS))
    return kind


def add_marker(
    context: StationContext,
    actor: Actor,
    recording_id: int,
    frame: int,
    kind: str,
    note: str = "",
) -> MarkerRow:
    """Mark ``frame`` of the recording; audited in the same transaction.

    Raises:
        ValidationError: unknown kind, a note too long, a frame the recording lacks.
        PermissionDeniedError: the role may not mark, or may not see this recording.
        NotFoundError: no such recording.
    """
    require(context, actor, Action.ADD_MARKERS, target=("recording", recording_id))
    check_kind(kind)
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError("marker.note-too-long", count=MAX_NOTE)
    source = review_source(context, actor, recording_id)
    source.check_frame(frame)
    with context.store.write() as session:
        marker = Marker(
            recording_id=recording_id,
            frame=frame,
            kind=kind,
            note=note,
            author=actor.login,
            created_at=context.clock(),
        )
        session.add(marker)
        session.flush()
        context.audit.record(
            session,
            actor=actor.login,
            action="marker.add",
            target_kind="recording",
            target_id=recording_id,
            details={"marker": marker.id, "frame": frame, "kind": kind, "note": note},
        )
        row = _row(marker, source.clock)
    log.info("marker %d (%s) at frame %d of recording %d", row.id, kind, frame, recording_id)
    return row


def list_markers(context: StationContext, actor: Actor, recording_id: int) -> list[MarkerRow]:
    """The recording's markers in frame order (for those who may see the recording)."""
    source = review_source(context, actor, recording_id)
    with context.store.read() as session:
        markers = session.scalars(
            select(Marker)
            .where(Marker.recording_id == recording_id)
            .order_by(Marker.frame, Marker.id)
        ).all()
        return [_row(m, source.clock) for m in markers]


def _row(marker: Marker, clock: FrameClock) -> MarkerRow:
    return MarkerRow(
        id=marker.id,
        recording_id=marker.recording_id,
        frame=marker.frame,
        kind=marker.kind,
        label=MARKER_KINDS.get(marker.kind, marker.kind),
        note=marker.note,
        media_time=clock.media_time(marker.frame),
        device_time=clock.device_time(marker.frame),
        corrected_time=clock.true_time(marker.frame),
        author=marker.author,
        at=as_utc(marker.created_at),
    )
