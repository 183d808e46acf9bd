"""Marking a recording's confidentiality (R3.5): who may, and what the mark does.

The mark decides who sees the recording (``app.services.access``): state and commercial
secrets only the cleared roles, personal privacy also supervision and the administrator, or
an applicant through an approved request [000 §10(3)] [001 §32] [004 §19]. The administrator
marks footage at import (``ingest --confidentiality``) or later; the unit head may too. A
mark is changed only by someone who may see the recording now, with a reason, and the change
is audited in the same transaction; a refused change is audited as a refusal.
"""

import logging
from dataclasses import dataclass

from app.core.errors import NotFoundError, ValidationError
from app.core.messages import Message
from app.services.access import CONFIDENTIALITY, AccessTarget, decide
from app.services.auth import Actor
from app.services.permissions import Action, deny, require
from app.services.station import StationContext
from app.store.models import Person
from app.store.recordings import Recording

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConfidentialityChange:
    recording_id: int
    previous: str
    mark: str
    reason: str

    def as_json(self) -> dict[str, object]:
        return {**self.__dict__, "mark_label": CONFIDENTIALITY[self.mark]}


def check_mark(mark: str) -> str:
    """The mark itself, or ValidationError listing the valid marks."""
    if mark not in CONFIDENTIALITY:
        raise ValidationError("access.unknown-mark", mark=mark, valid=list(CONFIDENTIALITY))
    return mark


def set_confidentiality(
    context: StationContext, actor: Actor, recording_id: int, mark: str, reason: str
) -> ConfidentialityChange:
    """Mark one recording; ``reason`` (the basis, e.g. 涉及国家秘密) is kept in the audit entry.

    Raises:
        ValidationError: unknown mark, no reason, or the recording already has this mark.
        NotFoundError: no such recording.
        PermissionDeniedError: the role may not mark footage, or may not see this recording.
    """
    require(context, actor, Action.MARK_RECORDINGS, target=("recording", recording_id))
    check_mark(mark)
    if not reason.strip():
        raise ValidationError("recording.mark-needs-reason")
    with context.store.read() as session:
        recording = session.get(Recording, recording_id)
        if recording is None:
            raise NotFoundError("recording.not-found", id=recording_id)
        owner = session.get_one(Person, recording.officer_id).login
        target = AccessTarget("recording", recording.id, recording.unit_id, owner,
                              recording.confidentiality)  # fmt: skip
        decision = decide(session, actor, target, "view", context.clock())
    if not decision.allowed:
        refusal = Message(
            "recording.may-not-mark",
            {"login": actor.login, "id": recording_id, "reason": decision.reason},
        )
        deny(context, actor, Action.MARK_RECORDINGS, refusal, target=("recording", recording_id))
    with context.store.write() as session:
        recording = session.get_one(Recording, recording_id)
        previous = recording.confidentiality
        if previous == mark:
            raise ValidationError("recording.already-marked", id=recording_id, mark=mark)
        recording.confidentiality = mark
        context.audit.record(
            session,
            actor=actor.login,
            action="recording.confidentiality",
            target_kind="recording",
            target_id=recording_id,
            details={"from": previous, "to": mark, "reason": reason.strip()},
        )
    log.info("recording %s marked %s (was %s) by %s", recording_id, mark, previous, actor.login)
    return ConfidentialityChange(recording_id, previous, mark, reason.strip())
