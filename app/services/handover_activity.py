"""What each hand-over was about, for the hand-over register (R2.3, R2.4) [000 §9(4)].

The activity (categories and cases of the recordings handed over), when it ended, and how
far past the profile's deadline the hand-over came: the latest end and the largest delay
among the hand-over's new recordings (duplicates were handed over before and do not count).
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.store.recordings import HandoverItem, Recording


@dataclass(frozen=True)
class HandoverActivity:
    categories: tuple[str, ...]
    cases: tuple[str, ...]
    ended_at: datetime | None
    late_hours: float | None  # None when every recording came in time


def handover_activities(session: Session, handover_ids: list[int]) -> dict[int, HandoverActivity]:
    """Hand-over id → its activity; hand-overs with only duplicates get an empty one."""
    query = (
        select(
            HandoverItem.handover_id,
            Recording.category,
            Recording.case_no,
            Recording.activity_end,
            Recording.is_late,
            Recording.delay_hours,
        )
        .join(Recording, Recording.id == HandoverItem.recording_id)
        .where(HandoverItem.handover_id.in_(handover_ids), HandoverItem.outcome != "duplicate")
        .order_by(HandoverItem.handover_id, HandoverItem.id)
    )
    grouped: dict[int, list] = {hid: [] for hid in handover_ids}  # type: ignore[type-arg]
    for hid, *facts in session.execute(query):
        grouped[hid].append(facts)
    return {hid: _activity(rows) for hid, rows in grouped.items()}


def _activity(rows: list) -> HandoverActivity:  # type: ignore[type-arg]
    categories = tuple(dict.fromkeys(r[0] for r in rows))
    cases = tuple(dict.fromkeys(r[1] for r in rows if r[1]))
    ends = [as_utc(r[2]) for r in rows]
    delays = [r[4] for r in rows if r[3]]
    return HandoverActivity(
        categories, cases, max(ends) if ends else None, max(delays) if delays else None
    )
