"""Rate and time left from a job's counts."""

from dataclasses import dataclass

from app.workers.progress import JobProgress, ProgressMeter


@dataclass
class Counts:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str = ""


class Ticker:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rate_and_eta() -> None:
    ticker, seen = Ticker(), []
    meter = ProgressMeter(seen.append, interval=0.5, clock=ticker)
    ticker.now += 2
    meter(Counts(1, 4, 200_000_000, 800_000_000, "a.mp4"))
    assert seen == [JobProgress(1, 4, 200_000_000, 800_000_000, 100e6, 6.0, "a.mp4")]
    ticker.now += 0.1
    meter(Counts(1, 4, 210_000_000, 800_000_000))
    assert len(seen) == 1  # throttled
    ticker.now += 0.1
    meter(Counts(4, 4, 800_000_000, 800_000_000))
    assert len(seen) == 2 and seen[-1].eta_seconds == 0  # the last update always passes
    assert seen[-1].fraction == 1.0
    assert "4/4 files" in seen[-1].text()
