"""Hand-over and interruption-report deadlines, counted on the station's calendar."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.clock import STATION_TZ
from app.core.errors import ValidationError
from app.policy.loader import get_builtin_profile
from app.policy.rules import end_of_local_day, handover_deadline, interruption_report_deadline


def local(text: str) -> datetime:
    """A station-local wall-clock time ("2024-03-10 15:00") as an aware UTC datetime."""
    naive = datetime.strptime(text, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=STATION_TZ).astimezone(UTC)


# The activity ends at 15:00 Beijing time on 10 March 2024 (07:00 UTC).
END = "2024-03-10 15:00"


@pytest.mark.parametrize(
    ("profile_id", "activity_end", "returned_at", "deadline"),
    [
        ("guantao-psb", END, None, "2024-03-11 03:00"),  # 12 h [000 §9(4)]
        ("guantao-psb", END, "2024-03-12 10:00", "2024-03-11 03:00"),  # no away rule
        ("changzhi-psb", END, None, "2024-03-11 15:00"),  # 24 h default
        ("baimiaozi-town", END, None, "2024-03-11 15:00"),  # 24 h [002 §14(1)]
        ("wenshang-urban", END, None, "2024-03-11 00:00"),  # same day [003 §7(3)]
        ("wenshang-urban", "2024-03-10 23:59", None, "2024-03-11 00:00"),
        ("wenshang-urban", "2024-03-10 00:00", None, "2024-03-11 00:00"),
        ("jiangyuan-culture", END, None, "2024-03-11 00:00"),  # same day [004 §13]
        ("jiangyuan-culture", END, "2024-03-12 10:00", "2024-03-13 10:00"),  # 24 h after return
        ("jiangyuan-culture", END, "2024-03-10 16:00", "2024-03-11 16:00"),
        ("jiangyuan-culture", "2024-12-31 22:00", None, "2025-01-01 00:00"),  # year end
    ],
)
def test_handover_deadline(profile_id, activity_end, returned_at, deadline):
    profile = get_builtin_profile(profile_id)
    returned = None if returned_at is None else local(returned_at)
    assert handover_deadline(profile, local(activity_end), returned_at=returned) == local(deadline)


def test_same_day_is_the_local_day_not_the_utc_day():
    # 04:00 on 11 March in Beijing is still 10 March in UTC.
    end = datetime(2024, 3, 10, 20, 0, tzinfo=UTC)
    deadline = handover_deadline(get_builtin_profile("wenshang-urban"), end)
    assert deadline == local("2024-03-12 00:00")


def test_naive_times_are_read_as_utc():
    end = datetime(2024, 3, 10, 7, 0)
    deadline = handover_deadline(get_builtin_profile("guantao-psb"), end)
    assert deadline == datetime(2024, 3, 10, 19, 0, tzinfo=UTC)


def test_return_before_the_activity_ended_is_rejected():
    profile = get_builtin_profile("jiangyuan-culture")
    with pytest.raises(ValidationError, match="return time"):
        handover_deadline(profile, local(END), returned_at=local("2024-03-10 14:00"))


@pytest.mark.parametrize(
    ("profile_id", "returned_at", "deadline"),
    [
        ("guantao-psb", None, "2024-03-10 17:00"),  # 立即 [000 §7], 2 h tolerance
        ("changzhi-psb", None, "2024-03-11 15:00"),  # 24 h [001 §17]
        ("changzhi-psb", "2024-03-13 09:00", "2024-03-14 09:00"),  # 24 h after return
        ("baimiaozi-town", None, "2024-03-11 15:00"),
        ("wenshang-urban", None, "2024-03-11 00:00"),
        ("jiangyuan-culture", "2024-03-12 10:00", "2024-03-13 10:00"),
    ],
)
def test_interruption_report_deadline(profile_id, returned_at, deadline):
    profile = get_builtin_profile(profile_id)
    returned = None if returned_at is None else local(returned_at)
    result = interruption_report_deadline(profile, local(END), returned_at=returned)
    assert result == local(deadline)


moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
)


@given(moments)
def test_same_day_deadline_is_the_next_local_midnight(end):
    deadline = end_of_local_day(end)
    local_deadline = deadline.astimezone(STATION_TZ)
    assert end < deadline <= end + timedelta(hours=24)
    assert (local_deadline.hour, local_deadline.minute, local_deadline.second) == (0, 0, 0)
    assert local_deadline.date() == end.astimezone(STATION_TZ).date() + timedelta(days=1)


@given(moments)
def test_fixed_hours_deadline_is_exact(end):
    assert handover_deadline(get_builtin_profile("guantao-psb"), end) == end + timedelta(hours=12)


@given(moments, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=30)))
def test_working_away_never_shortens_the_deadline(end, away):
    profile = get_builtin_profile("jiangyuan-culture")
    returned = end + away
    deadline = handover_deadline(profile, end, returned_at=returned)
    assert deadline == max(end_of_local_day(end), returned + timedelta(hours=24))
    assert deadline >= handover_deadline(profile, end)
