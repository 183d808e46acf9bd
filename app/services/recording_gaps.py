"""Where recording stopped or never started, and whether a report explains it (R5.1, R5.4).

The detection works on plain spans (officer, device, start, end), so it serves the import
feature's recordings table, a case's planned activities, or a test alike. Consecutive
recordings of one officer belong to one activity when they carry the same activity key and
follow each other within ``join_window``; a pause longer than ``tolerance`` inside an
activity is a gap that needs an interruption report [000 §7] [001 §17] [004 §11].
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.policy.profile import PolicyProfile
from app.policy.rules import interruption_report_deadline
from app.store.models import Person
from app.store.recordings import Recording

#: Recorders split long recordings into files a second or two apart; that is not a gap.
GAP_TOLERANCE = timedelta(seconds=10)
#: A longer pause than this starts a new activity rather than interrupting one.
JOIN_WINDOW = timedelta(minutes=30)


@dataclass(frozen=True)
class Span:
    """One recording (or anything with an officer and a time span)."""

    officer: str
    device: str | None
    start: datetime
    end: datetime
    activity: str | None = None
    ref: str | None = None


@dataclass(frozen=True)
class Activity:
    """Something that should have been recorded: a dispatched call, a planned inspection."""

    officer: str
    start: datetime
    end: datetime
    ref: str


@dataclass(frozen=True)
class Gap:
    """A stretch of an activity without recording; ``kind`` is "gap" or "no-recording"."""

    officer: str
    kind: str
    start: datetime
    end: datetime
    activity_start: datetime
    activity_end: datetime
    refs: tuple[str, ...]


@dataclass(frozen=True)
class GapStatus:
    """A gap with its report deadline and the report that explains it, if any."""

    gap: Gap
    due_at: datetime
    report_id: int | None
    overdue: bool


def detect_gaps(
    spans: Iterable[Span],
    *,
    tolerance: timedelta = GAP_TOLERANCE,
    join_window: timedelta = JOIN_WINDOW,
) -> list[Gap]:
    """Gaps between consecutive recordings of one activity, by officer then time."""
    ordered = sorted(spans, key=lambda s: (s.officer, as_utc(s.start)))
    gaps: list[Gap] = []
    for _officer, own in groupby(ordered, key=lambda s: s.officer):
        for activity in _activities(list(own), join_window):
            gaps.extend(_pauses(activity, tolerance))
    return gaps


def detect_unrecorded(activities: Iterable[Activity], spans: Sequence[Span]) -> list[Gap]:
    """Activities of an officer that no span of theirs overlaps at all."""
    unrecorded = []
    for activity in activities:
        start, end = as_utc(activity.start), as_utc(activity.end)
        covered = any(
            s.officer == activity.officer and as_utc(s.start) < end and as_utc(s.end) > start
            for s in spans
        )
        if not covered:
            unrecorded.append(
                Gap(activity.officer, "no-recording", start, end, start, end, (activity.ref,))
            )
    return unrecorded


def gap_statuses(
    profile: PolicyProfile, gaps: Iterable[Gap], reports: Sequence["ReportWindow"], now: datetime
) -> list[GapStatus]:
    """Pair each gap with a report of the same officer whose activity window covers it."""
    statuses = []
    for gap in gaps:
        due = interruption_report_deadline(profile, gap.activity_end)
        report = next((r.form_id for r in reports if r.covers(gap)), None)
        statuses.append(GapStatus(gap, due, report, report is None and now > due))
    return statuses


@dataclass(frozen=True)
class ReportWindow:
    """An interruption report's officer and the activity it explains."""

    form_id: int
    officer: str
    start: datetime
    end: datetime

    def covers(self, gap: Gap) -> bool:
        return self.officer == gap.officer and self.start <= gap.end and self.end >= gap.start


def recording_spans(session: Session, unit_ids: Iterable[int], since: datetime) -> list[Span]:
    """Spans of the recordings of these units that started at or after ``since``."""
    query = (
        select(Recording, Person.login)
        .join(Person, Person.id == Recording.officer_id)
        .where(Recording.unit_id.in_(list(unit_ids)), Recording.started_at >= since)
        .order_by(Recording.officer_id, Recording.started_at)
    )
    spans = []
    for recording, login in session.execute(query):
        start = as_utc(recording.started_at)
        end = start + timedelta(seconds=recording.duration_s or 0)
        device = str(recording.device_id) if recording.device_id is not None else None
        spans.append(Span(login, device, start, end, recording.case_no, str(recording.id)))
    return spans


def _activities(spans: list[Span], join_window: timedelta) -> list[list[Span]]:
    groups: list[list[Span]] = []
    latest_end: datetime | None = None
    for span in spans:
        previous = groups[-1][-1] if groups else None
        joins = (
            previous is not None
            and latest_end is not None
            and previous.activity == span.activity
            and as_utc(span.start) - latest_end <= join_window
        )
        if joins:
            groups[-1].append(span)
        else:
            groups.append([span])
            latest_end = None
        end = as_utc(span.end)
        latest_end = end if latest_end is None else max(latest_end, end)
    return groups


def _pauses(activity: list[Span], tolerance: timedelta) -> list[Gap]:
    first, gaps = as_utc(activity[0].start), []
    last = max(as_utc(s.end) for s in activity)
    covered_until = as_utc(activity[0].end)
    for before, after in zip(activity, activity[1:], strict=False):
        start = as_utc(after.start)
        if start - covered_until > tolerance:
            refs = tuple(r for r in (before.ref, after.ref) if r)
            gaps.append(Gap(after.officer, "gap", covered_until, start, first, last, refs))
        covered_until = max(covered_until, as_utc(after.end))
    return gaps
