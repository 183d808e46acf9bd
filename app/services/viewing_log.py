"""The viewing log (R4.5, R6.5): who viewed which recording, when, for how long, and why allowed.

Opening a recording decides access and writes the viewing row and its audit entry in one
transaction, so the register and the audit chain cannot disagree; a refusal writes
``access.denied`` instead and opens nothing. Closing writes the duration. A viewing whose
program ended without closing it keeps an empty end: the register shows it as not closed
rather than inventing a duration.
"""

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core.clock import as_utc
from app.core.errors import NotFoundError, ValidationError
from app.services.access import decide
from app.services.auth import Actor
from app.services.permissions import Action, is_allowed, require
from app.services.recordings import refuse_view
from app.services.review_sources import ReviewRecording, load_recording, viewable_recording
from app.services.station import StationContext
from app.store.models import Person
from app.store.review import Viewing

log = logging.getLogger(__name__)

#: Why a recording was opened: the review window, one exported frame, a still, an angle.
PURPOSES: dict[str, str] = {
    "review": "回放审查",
    "frame": "导出单帧",
    "still": "截取证据图片",
    "multi-angle": "多角度同步回放",
}


@dataclass(frozen=True)
class ViewingRow:
    """One line of the viewing register."""

    id: int
    recording_id: int
    viewer: str
    viewer_name: str | None
    purpose: str
    reason: str
    grant_id: int | None
    opened_at: datetime
    closed_at: datetime | None
    duration_s: float | None

    def as_json(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["purpose_label"] = PURPOSES.get(self.purpose, self.purpose)
        data["opened_at"] = self.opened_at.isoformat()
        data["closed_at"] = self.closed_at.isoformat() if self.closed_at else None
        return data


@dataclass(frozen=True)
class OpenViewing:
    """A viewing in progress: close it with ``close_viewing(context, actor, id)``."""

    id: int
    recording: ReviewRecording
    opened_at: datetime
    reason: str


def open_viewing(
    context: StationContext, actor: Actor, recording_id: int, purpose: str = "review"
) -> OpenViewing:
    """Decide access and log the start of a viewing, in one transaction.

    Raises:
        ValidationError: an unknown purpose.
        NotFoundError: no such recording.
        PermissionDeniedError: refused; the refusal is audited as ``access.denied``.
    """
    if purpose not in PURPOSES:
        raise ValidationError("viewing.unknown-purpose", purpose=purpose, valid=list(PURPOSES))
    require(context, actor, Action.VIEW_RECORDINGS, target=("recording", recording_id))
    now = context.clock()
    with context.store.write() as session:
        recording = load_recording(context, session, recording_id)
        decision = decide(session, actor, recording.target, "view", now)
        if decision.allowed:
            viewing = Viewing(
                recording_id=recording_id,
                viewer=actor.login,
                purpose=purpose,
                reason=str(decision.reason),
                grant_id=decision.grant_id,
                opened_at=now,
            )
            session.add(viewing)
            session.flush()
            context.audit.record(
                session,
                actor=actor.login,
                action="viewing.open",
                target_kind="recording",
                target_id=recording_id,
                details={
                    "viewing": viewing.id,
                    "purpose": purpose,
                    "reason": str(decision.reason),
                    "grant": decision.grant_id,
                    "confidentiality": recording.confidentiality,
                },
            )
            opened = OpenViewing(viewing.id, recording, now, str(decision.reason))
    if not decision.allowed:
        refuse_view(context, actor, recording.target, decision)
    log.info("viewing %d of recording %d by %s (%s)", opened.id, recording_id, actor.login, purpose)
    return opened


def close_viewing(context: StationContext, actor: Actor, viewing_id: int) -> ViewingRow:
    """Log the end of a viewing and its duration; closing twice is refused.

    Raises:
        NotFoundError: no such viewing of this actor.
        ValidationError: the viewing was closed already.
    """
    now = context.clock()
    with context.store.write() as session:
        viewing = session.get(Viewing, viewing_id)
        if viewing is None or viewing.viewer != actor.login:
            raise NotFoundError("viewing.not-found", login=actor.login, viewing_id=viewing_id)
        if viewing.closed_at is not None:
            raise ValidationError("viewing.closed", viewing_id=viewing_id)
        viewing.closed_at = now
        viewing.duration_s = round(max(0.0, (now - as_utc(viewing.opened_at)).total_seconds()), 3)
        context.audit.record(
            session,
            actor=actor.login,
            action="viewing.close",
            target_kind="recording",
            target_id=viewing.recording_id,
            details={
                "viewing": viewing_id,
                "duration_s": viewing.duration_s,
                "purpose": viewing.purpose,
            },
        )
        session.flush()
        return _row(viewing, None)


def list_viewings(context: StationContext, actor: Actor, recording_id: int) -> list[ViewingRow]:
    """The register of one recording, oldest first.

    Keepers of the register (administrator, legal office, supervision, unit head) read it
    whole for recordings they may see; anyone else who may see the recording reads only
    their own viewings.
    """
    viewable_recording(context, actor, recording_id)
    query = (
        select(Viewing, Person.name)
        .outerjoin(Person, Person.login == Viewing.viewer)
        .where(Viewing.recording_id == recording_id)
        .order_by(Viewing.opened_at, Viewing.id)
    )
    if not is_allowed(actor.role, Action.READ_VIEWINGS):
        query = query.where(Viewing.viewer == actor.login)
    with context.store.read() as session:
        return [_row(viewing, name) for viewing, name in session.execute(query)]


def _row(viewing: Viewing, name: str | None) -> ViewingRow:
    return ViewingRow(
        id=viewing.id,
        recording_id=viewing.recording_id,
        viewer=viewing.viewer,
        viewer_name=name,
        purpose=viewing.purpose,
        reason=viewing.reason,
        grant_id=viewing.grant_id,
        opened_at=as_utc(viewing.opened_at),
        closed_at=as_utc(viewing.closed_at) if viewing.closed_at else None,
        duration_s=viewing.duration_s,
    )
