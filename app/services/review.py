"""Opening a recording for review in one call, as the review window needs it (R4).

The window runs these off the GUI thread: the access decision, the viewing log entry,
the frame index (built on first review), the markers and the angle groups come back
together as plain values.
"""

import logging
from dataclasses import dataclass, field

from app.core.errors import PermissionDeniedError
from app.services.angle_groups import AngleGroupRow, angle_group, groups_of
from app.services.auth import Actor
from app.services.markers import MarkerRow, list_markers
from app.services.review_sources import ReviewSource, review_source
from app.services.station import StationContext
from app.services.viewing_log import OpenViewing, close_viewing, open_viewing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReviewSession:
    """A recording opened for review: close ``viewing`` when the window closes."""

    source: ReviewSource
    viewing: OpenViewing
    markers: list[MarkerRow]
    groups: list[AngleGroupRow]


@dataclass(frozen=True)
class AngleSet:
    """The other angles of a group opened for viewing, and those refused (with why)."""

    group: AngleGroupRow
    sources: list[ReviewSource]
    viewing_ids: list[int]
    refused: dict[int, str] = field(default_factory=dict)


def start_review(context: StationContext, actor: Actor, recording_id: int) -> ReviewSession:
    """Check access, log the viewing and load everything the review window shows.

    Raises:
        PermissionDeniedError: refused (audited); NotFoundError: no such recording;
        UnreadableMediaError / NotVideoError: the original holds no readable video.
    """
    source = review_source(context, actor, recording_id)
    viewing = open_viewing(context, actor, recording_id, purpose="review")
    return ReviewSession(
        source=source,
        viewing=viewing,
        markers=list_markers(context, actor, recording_id),
        groups=groups_of(context, actor, recording_id),
    )


def open_angles(context: StationContext, actor: Actor, group_id: int, leader_id: int) -> AngleSet:
    """Open the group's other recordings for side-by-side viewing; each one is logged.

    A member the actor may not view is left out (its refusal is audited) rather than
    spoiling the others.
    """
    group = angle_group(context, actor, group_id)
    sources, viewings, refused = [], [], {}
    for member in group.members:
        if member.recording_id == leader_id:
            continue
        try:
            source = review_source(context, actor, member.recording_id)
            viewings.append(open_viewing(context, actor, member.recording_id, "multi-angle").id)
        except PermissionDeniedError as exc:
            refused[member.recording_id] = str(exc)
            continue
        sources.append(source)
    return AngleSet(group, sources, viewings, refused)


def end_viewings(context: StationContext, actor: Actor, viewing_ids: list[int]) -> None:
    """Close the viewings a window opened (when it closes or leaves multi-angle mode)."""
    for viewing_id in viewing_ids:
        close_viewing(context, actor, viewing_id)
