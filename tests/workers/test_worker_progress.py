"""Rate and time left from a job's counts."""

import pytest

from app.workers.progress import JobProgress, ProgressMeter, Unit


class Ticker:
    """A clock that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rate_and_eta_of_a_copy_in_bytes() -> None:
    ticker, seen = Ticker(), []
    meter = ProgressMeter(seen.append, unit=Unit.BYTES, interval=0.5, clock=ticker)
    ticker.now += 2
    meter.update(200_000_000, 800_000_000, items=(1, 4), current="a.mp4")
    assert seen == [JobProgress(200_000_000, 800_000_000, Unit.BYTES, 100e6, 6.0, 1, 4, "a.mp4")]
    ticker.now += 0.1
    meter.update(210_000_000, 800_000_000, items=(1, 4))
    assert len(seen) == 1  # throttled
    ticker.now += 0.1
    meter.update(800_000_000, 800_000_000, items=(4, 4))
    assert len(seen) == 2 and seen[-1].eta_seconds == 0  # the last update always passes
    assert seen[-1].fraction == 1.0
    assert seen[-1].text() == "4/4, 800.0/800.0 MB, 363.6 MB/s, 0 s left"


def test_a_file_count_reads_as_such() -> None:
    ticker, seen = Ticker(), []
    meter = ProgressMeter(seen.append, unit=Unit.FILES, clock=ticker)
    ticker.now += 10
    meter.update(5, 20)
    assert seen[-1].eta_seconds == pytest.approx(30.0)
    assert seen[-1].fraction == 0.25
    assert seen[-1].text() == "5/20 files, 30 s left"


def test_nothing_done_yet_has_no_eta_and_an_empty_total_no_fraction() -> None:
    ticker, seen = Ticker(), []
    meter = ProgressMeter(seen.append, unit=Unit.STEPS, clock=ticker)
    meter.update(0, 3)
    assert seen[-1].eta_seconds is None and seen[-1].text() == "0/3 steps"
    assert JobProgress(0, 0, Unit.BYTES, 0.0, None, 0, 0).fraction == 0.0
