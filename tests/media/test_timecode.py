"""Frame numbers and times: media time, device time and true time convert both ways."""

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.media.errors import FrameOutOfRangeError
from app.media.timecode import TIME_TOLERANCE_S, FrameClock, format_clock, parse_clock

START = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)

steps = st.lists(st.integers(min_value=1, max_value=5000), min_size=1, max_size=300)


def clock_from(step_ms: list[int], offset_ms: int = 0) -> FrameClock:
    seconds = np.concatenate([[0.0], np.cumsum(step_ms)[:-1] / 1000.0])
    return FrameClock(seconds, START, timedelta(milliseconds=offset_ms))


@given(steps, st.data())
def test_the_frame_at_a_frames_own_time_is_that_frame(step_ms, data) -> None:
    clock = clock_from(step_ms)
    n = data.draw(st.integers(0, len(clock) - 1))
    assert clock.frame_at(clock.media_time(n)) == n


@given(steps, st.data())
def test_a_time_between_two_frames_shows_the_earlier(step_ms, data) -> None:
    clock = clock_from(step_ms)
    n = data.draw(st.integers(0, len(clock) - 1))
    end = clock.media_time(n + 1) if n + 1 < len(clock) else clock.media_time(n) + 0.04
    # Within the tolerance below the next frame's start, a time is that frame's own.
    between = data.draw(st.floats(clock.media_time(n), end - 2 * TIME_TOLERANCE_S))
    assert clock.frame_at(between) == n


def test_a_time_a_rounding_short_of_a_frame_is_that_frame() -> None:
    clock = clock_from([179, 1])
    assert clock.frame_at(0.179 - 1e-12) == 1
    assert clock.frame_at(0.179 - 1e-6) == 0


@given(steps, st.integers(-600_000, 600_000), st.data())
def test_true_time_round_trips_through_the_clock_offset(step_ms, offset_ms, data) -> None:
    clock = clock_from(step_ms, offset_ms)
    n = data.draw(st.integers(0, len(clock) - 1))
    assert clock.device_time(n) - clock.true_time(n) == timedelta(milliseconds=offset_ms)
    assert clock.frame_at_true_time(clock.true_time(n)) == n


def test_before_the_start_the_recording_was_not_on() -> None:
    clock = clock_from([40] * 10, offset_ms=2000)
    assert clock.frame_at_true_time(START - timedelta(seconds=3)) is None
    assert clock.frame_at_true_time(START - timedelta(seconds=2)) == 0
    assert clock.frame_at_true_time(START + timedelta(seconds=10)) is None


def test_a_frame_outside_the_recording_is_refused() -> None:
    clock = clock_from([40] * 10)
    with pytest.raises(FrameOutOfRangeError):
        clock.media_time(10)
    with pytest.raises(FrameOutOfRangeError):
        clock.frame_at(-1)


@given(st.floats(0, 360_000, allow_nan=False))
def test_clock_text_round_trips_to_the_millisecond(seconds: float) -> None:
    assert abs(parse_clock(format_clock(seconds)) - seconds) <= 0.0005 + 1e-9


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("12.5", 12.5), ("01:02.5", 62.5), ("1:00:00.040", 3600.04), ("00:00:00", 0.0)],
)
def test_clock_text_forms(text: str, seconds: float) -> None:
    assert parse_clock(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["1:60:00", "abc", "1::2", "00:61"])
def test_bad_clock_text_is_refused(text: str) -> None:
    with pytest.raises(FrameOutOfRangeError, match="not a time"):
        parse_clock(text)
