"""Retention ends by profile, category, case and importance; month arithmetic clamps."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.clock import STATION_TZ
from app.core.errors import ValidationError
from app.policy.loader import get_builtin_profile
from app.policy.rules import add_months, required_approvals, retention_end


def local_noon(day: str) -> datetime:
    """Noon Beijing time on ``day`` as an aware UTC datetime."""
    return datetime.fromisoformat(f"{day}T12:00").replace(tzinfo=STATION_TZ).astimezone(UTC)


RECORDED = "2024-01-31"


@pytest.mark.parametrize(
    ("profile_id", "category", "evidence", "closed", "importance", "until", "kind", "disc"),
    [
        # 1 year [000 §9(5)]
        ("guantao-psb", "inspection", False, None, "normal", "2025-01-31", "fixed", False),
        ("guantao-psb", "interrogation", True, None, "normal", "2025-01-31", "fixed", False),
        # evidence = case file [001 §29]; others default >= 6 months
        ("changzhi-psb", "obstruction", True, None, "normal", None, "case-file", False),
        ("changzhi-psb", "obstruction", False, None, "normal", "2024-07-31", "fixed", False),
        # >= 3 months; closed + 3 with >= 6; long-term + disc; other >= 3 [002 §14(2)]
        ("baimiaozi-town", "simple-disposal", False, None, "normal", "2024-04-30", "fixed", False),
        (
            "baimiaozi-town",
            "routine-inspection",
            False,
            None,
            "normal",
            "2024-04-30",
            "fixed",
            False,
        ),
        (
            "baimiaozi-town",
            "administrative-case",
            False,
            None,
            "normal",
            None,
            "pending-case-close",
            False,
        ),
        (
            "baimiaozi-town",
            "administrative-case",
            True,
            "2024-02-10",
            "normal",
            "2024-07-31",  # closed + 3 = 2024-05-10, but at least 6 months
            "fixed",
            False,
        ),
        (
            "baimiaozi-town",
            "administrative-case",
            False,
            "2024-12-15",
            "normal",
            "2025-03-15",  # closed + 3 is past the 6-month floor
            "fixed",
            False,
        ),
        ("baimiaozi-town", "major-incident", False, None, "normal", None, "long-term", True),
        ("baimiaozi-town", "other", False, None, "normal", "2024-04-30", "fixed", False),
        # >= 6 months; especially important >= 1 year, with disc [003 §7(4)]
        ("wenshang-urban", "patrol", False, None, "normal", "2024-07-31", "fixed", False),
        ("wenshang-urban", "patrol", False, None, "important", "2025-01-31", "fixed", True),
        # >= 1 year; evidence with the case file, on disc [004 §14] [004 §15]
        ("jiangyuan-culture", "inspection", False, None, "normal", "2025-01-31", "fixed", False),
        ("jiangyuan-culture", "inspection", True, None, "normal", None, "case-file", True),
    ],
)
def test_retention_end(profile_id, category, evidence, closed, importance, until, kind, disc):
    decision = retention_end(
        get_builtin_profile(profile_id),
        category=category,
        recorded_at=local_noon(RECORDED),
        is_evidence=evidence,
        case_closed_at=None if closed is None else local_noon(closed),
        importance=importance,
    )
    assert decision.until == (None if until is None else date.fromisoformat(until))
    assert (decision.kind, decision.needs_disc) == (kind, disc)
    assert decision.reason_zh


def test_retention_counts_from_the_local_recording_date():
    # 17:00 UTC on 31 January is 01:00 on 1 February in Beijing.
    recorded = datetime(2024, 1, 31, 17, 0, tzinfo=UTC)
    profile = get_builtin_profile("guantao-psb")
    decision = retention_end(profile, category="inspection", recorded_at=recorded)
    assert decision.until == date(2025, 2, 1)


@pytest.mark.parametrize(
    ("profile_id", "category", "text"),
    [
        ("guantao-psb", "petition", "保存期限为1年〔000 §9(5)〕"),
        ("baimiaozi-town", "administrative-case", "案件尚未终结"),
        ("changzhi-psb", "other", "默认值"),
    ],
)
def test_reason_cites_the_rule(profile_id, category, text):
    decision = retention_end(
        get_builtin_profile(profile_id), category=category, recorded_at=local_noon(RECORDED)
    )
    assert text in decision.reason_zh


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"category": "karaoke"}, "unknown activity category 'karaoke'"),
        ({"category": "inspection", "importance": "urgent"}, "unknown importance 'urgent'"),
    ],
)
def test_retention_rejects_unknown_input(arguments, message):
    with pytest.raises(ValidationError, match=message):
        retention_end(
            get_builtin_profile("guantao-psb"), recorded_at=local_noon(RECORDED), **arguments
        )


def test_unknown_request_kind_is_rejected():
    with pytest.raises(ValidationError, match="unknown request kind 'borrow'"):
        required_approvals(get_builtin_profile("guantao-psb"), "borrow")


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2024-01-31", 1, "2024-02-29"),  # leap year
        ("2023-01-31", 1, "2023-02-28"),
        ("2024-01-31", 3, "2024-04-30"),
        ("2024-08-31", 6, "2025-02-28"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-01-15", 12, "2025-01-15"),
        ("2024-11-30", 2, "2025-01-30"),
        ("2024-12-31", 0, "2024-12-31"),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(date.fromisoformat(day), months) == date.fromisoformat(expected)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 12, 31)), st.integers(0, 1200))
def test_add_months_moves_whole_months(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day
    if result.day < day.day:  # clamped: must be the last day of its month
        assert (result + timedelta(days=1)).month != result.month
