"""The rules a profile drives: hand-over and report deadlines, retention ends, approval chains.

Times in and out are aware UTC datetimes (naive ones are read as UTC, as SQLite returns
them); "same day" and retention dates are counted on the station's calendar (STATION_TZ),
because a hand-over at 07:00 Beijing time is "the same day" although it is the day before
in UTC.
"""

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from app.core.clock import STATION_TZ, as_utc
from app.core.errors import ValidationError
from app.core.roles import Role
from app.policy.describe import retention_rule_zh
from app.policy.profile import (
    REQUEST_KINDS,
    Deadline,
    DeadlineRule,
    Importance,
    PolicyProfile,
    RetentionKind,
    RetentionRule,
)

DecisionKind = Literal["fixed", "case-file", "long-term", "pending-case-close"]


@dataclass(frozen=True)
class RetentionDecision:
    """How long one recording is kept.

    ``until`` is the last local calendar day the recording must be kept; from the next day
    it may be listed for purge review (R8.4). It is None when no date can be set: kept with
    the case file, long-term, or a case that has not closed yet.
    """

    until: date | None
    kind: DecisionKind
    needs_disc: bool
    reason_zh: str
    rule_id: str


def handover_deadline(
    profile: PolicyProfile, activity_end: datetime, *, returned_at: datetime | None = None
) -> datetime:
    """When footage of an activity must be handed over [000 §9(4)] [002 §14(1)] [004 §13].

    Args:
        returned_at: given when the officer was working away; profiles that allow for it
            (jiangyuan: 24 h after return) then give the later of the two deadlines.
    """
    return _deadline(profile.handover, activity_end, returned_at)


def interruption_report_deadline(
    profile: PolicyProfile, activity_end: datetime, *, returned_at: datetime | None = None
) -> datetime:
    """When a written interruption / non-recording report is due [000 §7] [001 §17]."""
    return _deadline(profile.interruption.deadline, activity_end, returned_at)


def retention_end(
    profile: PolicyProfile,
    *,
    category: str,
    recorded_at: datetime,
    is_evidence: bool = False,
    case_closed_at: datetime | None = None,
    importance: str = "normal",
) -> RetentionDecision:
    """Apply the profile's retention table to one recording (R8.1, R8.2).

    Raises:
        ValidationError: the category is not in the profile's scope list, or the
            importance is not one of normal, important.
    """
    if profile.category(category) is None:
        valid = [c.id for c in profile.categories]
        raise ValidationError("policy.unknown-category", category=category, valid=valid)
    if importance not in tuple(Importance):
        valid = [i.value for i in Importance]
        raise ValidationError("policy.unknown-importance", importance=importance, valid=valid)
    rule = _matching_rule(profile, category, is_evidence, Importance(importance))
    return _decide(rule, _local_date(recorded_at), case_closed_at)


def required_approvals(profile: PolicyProfile, request_kind: str) -> tuple[Role, ...]:
    """The roles that must approve a request of this kind, in order.

    Raises:
        ValidationError: ``request_kind`` is not one of REQUEST_KINDS.
    """
    if request_kind not in REQUEST_KINDS:
        raise ValidationError(
            "policy.unknown-request-kind", kind=request_kind, valid=list(REQUEST_KINDS)
        )
    return profile.approvals.chain(request_kind)


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, clamped to the month's end (Jan 31 + 1 = Feb 28/29)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def end_of_local_day(moment: datetime) -> datetime:
    """The station-local midnight that ends ``moment``'s local day, in UTC."""
    next_day = as_utc(moment).astimezone(STATION_TZ).date() + timedelta(days=1)
    return datetime.combine(next_day, time(0), tzinfo=STATION_TZ).astimezone(UTC)


def _deadline(rule: Deadline, activity_end: datetime, returned_at: datetime | None) -> datetime:
    end = as_utc(activity_end)
    if rule.rule is DeadlineRule.SAME_DAY:
        deadline = end_of_local_day(end)
    else:
        hours = rule.hours if rule.rule is DeadlineRule.HOURS else rule.grace_hours
        deadline = end + timedelta(hours=hours or 0)
    if returned_at is None or rule.after_return_hours is None:
        return deadline
    returned = as_utc(returned_at)
    if returned < end:
        raise ValidationError("policy.return-before-end")
    return max(deadline, returned + timedelta(hours=rule.after_return_hours))


def _matching_rule(
    profile: PolicyProfile, category: str, is_evidence: bool, importance: Importance
) -> RetentionRule:
    for rule in profile.retention:
        if rule.categories and category not in rule.categories:
            continue
        if rule.importance is not None and rule.importance is not importance:
            continue
        if rule.evidence_only and not is_evidence:
            continue
        return rule
    # The loader guarantees a catch-all last rule; reaching here is a bug, not bad input.
    raise AssertionError(f"profile {profile.id} has no catch-all retention rule")


def _decide(
    rule: RetentionRule, recorded: date, case_closed_at: datetime | None
) -> RetentionDecision:
    reason = retention_rule_zh(rule)
    if rule.kind in (RetentionKind.FIXED, RetentionKind.MINIMUM):
        until = add_months(recorded, rule.months or 0)
        return RetentionDecision(until, "fixed", rule.disc, reason, rule.id)
    if rule.kind is RetentionKind.CASE_CLOSED:
        if case_closed_at is None:
            # Never let a case's footage expire before the case closes.
            pending = f"{reason}（案件尚未终结，期限待结案后确定）"
            return RetentionDecision(None, "pending-case-close", rule.disc, pending, rule.id)
        after_close = add_months(_local_date(case_closed_at), rule.months or 0)
        floor = add_months(recorded, rule.min_months or 0)
        return RetentionDecision(max(after_close, floor), "fixed", rule.disc, reason, rule.id)
    kind: DecisionKind = "long-term" if rule.kind is RetentionKind.LONG_TERM else "case-file"
    return RetentionDecision(None, kind, rule.disc, reason, rule.id)


def _local_date(moment: datetime) -> date:
    return as_utc(moment).astimezone(STATION_TZ).date()
