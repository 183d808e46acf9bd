"""Multi-angle groups (R3.4, R4.4): recordings of one event from several devices, in step.

Recordings of one action from two or more devices [003 §6(8)] [001 §17] are lined up by
*true* time: each device's clock corrected by the offset measured at import (R1.3), so two
cameras whose clocks disagree by seconds still show the same instant side by side.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from app.core.clock import as_utc
from app.core.errors import NotFoundError, ValidationError
from app.media.timecode import FrameClock
from app.services.access import decide
from app.services.auth import Actor
from app.services.permissions import Action, require
from app.services.recordings import refuse_view
from app.services.review_sources import ReviewRecording, load_recording, viewable_recording
from app.services.station import StationContext
from app.store.review import AngleGroup, AngleGroupMember

log = logging.getLogger(__name__)

MAX_MEMBERS = 9  # a 3x3 wall is the most a reviewer can follow at once
MAX_NAME = 200


@dataclass(frozen=True)
class AngleMember:
    recording_id: int
    file_name: str
    device_asset: str | None
    officer_name: str
    started_at: datetime
    clock_offset_s: float

    def as_json(self) -> dict[str, object]:
        return {**self.__dict__, "started_at": self.started_at.isoformat()}


@dataclass(frozen=True)
class AngleGroupRow:
    id: int
    name: str
    created_by: str
    created_at: datetime
    members: list[AngleMember] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "created_by": self.created_by,
            "created_at": self.created_at.isoformat(),
            "members": [m.as_json() for m in self.members],
        }


def create_group(
    context: StationContext, actor: Actor, recording_ids: list[int], name: str = ""
) -> AngleGroupRow:
    """Group recordings of one event; the actor must be allowed to see every one of them.

    Raises:
        ValidationError: fewer than two distinct recordings, too many, a name too long.
        NotFoundError: a recording that does not exist.
        PermissionDeniedError: the role may not group, or may not see one of them.
    """
    require(context, actor, Action.GROUP_ANGLES)
    ids = list(dict.fromkeys(recording_ids))
    if len(ids) < 2:
        raise ValidationError("angles.too-few")
    if len(ids) > MAX_MEMBERS:
        raise ValidationError("angles.too-many", count=MAX_MEMBERS)
    name = name.strip()
    if len(name) > MAX_NAME:
        raise ValidationError("angles.name-too-long", count=MAX_NAME)
    members = [viewable_recording(context, actor, rid) for rid in ids]
    name = name or f"多角度 #{ids[0]}"
    with context.store.write() as session:
        group = AngleGroup(name=name, created_by=actor.login, created_at=context.clock())
        session.add(group)
        session.flush()
        session.add_all(AngleGroupMember(group_id=group.id, recording_id=rid) for rid in ids)
        context.audit.record(
            session,
            actor=actor.login,
            action="angle-group.create",
            target_kind="angle-group",
            target_id=group.id,
            details={"name": name, "recordings": ids},
        )
        session.flush()
        row = AngleGroupRow(
            group.id, name, actor.login, as_utc(group.created_at), [_member(m) for m in members]
        )
    log.info("angle group %d: recordings %s", row.id, ids)
    return row


def groups_of(context: StationContext, actor: Actor, recording_id: int) -> list[AngleGroupRow]:
    """The angle groups a recording belongs to, with all their members, newest first.

    Members the actor may not see are listed too (the group says they exist); opening
    them for viewing is decided one by one (``open_viewing``).
    """
    viewable_recording(context, actor, recording_id)
    with context.store.read() as session:
        groups = session.scalars(
            select(AngleGroup)
            .join(AngleGroupMember, AngleGroupMember.group_id == AngleGroup.id)
            .where(AngleGroupMember.recording_id == recording_id)
            .order_by(AngleGroup.id.desc())
        ).all()
        return [_group_row(g, _recordings(context, session, g)) for g in groups]


def angle_group(context: StationContext, actor: Actor, group_id: int) -> AngleGroupRow:
    """One group; the actor must be allowed to see at least one of its recordings."""
    require(context, actor, Action.VIEW_RECORDINGS, target=("angle-group", group_id))
    with context.store.read() as session:
        group = session.get(AngleGroup, group_id)
        if group is None:
            raise NotFoundError("angles.not-found", group_id=group_id)
        recordings = _recordings(context, session, group)
        row = _group_row(group, recordings)
        now = context.clock()
        targets = [recording.target for recording in recordings]
        decisions = [decide(session, actor, t, "view", now) for t in targets]
    if not any(d.allowed for d in decisions):
        refuse_view(context, actor, targets[0], decisions[0])
    return row


def aligned_frames(clocks: list[FrameClock], leader: int, frame: int) -> list[int | None]:
    """For frame ``frame`` of ``clocks[leader]``, the frame each clock shows at that true time.

    ``None`` where a recording was not running at that instant (started later, ended
    earlier, or its start time is unknown). The leader itself always gets ``frame``.
    """
    moment = clocks[leader].true_time(frame)
    result: list[int | None] = []
    for i, clock in enumerate(clocks):
        if i == leader:
            result.append(frame)
        elif moment is None:
            result.append(None)
        else:
            result.append(clock.frame_at_true_time(moment))
    return result


def _recordings(context: StationContext, session, group: AngleGroup) -> list[ReviewRecording]:  # type: ignore[no-untyped-def]
    ids = session.scalars(
        select(AngleGroupMember.recording_id)
        .where(AngleGroupMember.group_id == group.id)
        .order_by(AngleGroupMember.id)
    ).all()
    return [load_recording(context, session, rid) for rid in ids]


def _group_row(group: AngleGroup, recordings: list[ReviewRecording]) -> AngleGroupRow:
    members = [_member(recording) for recording in recordings]
    return AngleGroupRow(group.id, group.name, group.created_by, as_utc(group.created_at), members)


def _member(recording: ReviewRecording) -> AngleMember:
    return AngleMember(
        recording_id=recording.id,
        file_name=recording.file_name,
        device_asset=recording.device_asset,
        officer_name=recording.officer_name,
        started_at=recording.started_at,
        clock_offset_s=recording.clock_offset_s,
    )
