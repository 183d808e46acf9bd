"""Turning a job's running counts into what a person reads: rate and time left.

Plain Python, no Qt: the CLI prints it, ``ui`` turns it into signals. The meter is called
from worker threads, so it keeps its own lock, and it passes on at most a few updates a
second whatever the job reports.
"""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class JobProgress:
    """Files and bytes so far, the rate since the start and the estimated seconds left."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    bytes_per_second: float
    eta_seconds: float | None
    current: str = ""

    @property
    def fraction(self) -> float:
        if self.bytes_total:
            return min(1.0, self.bytes_done / self.bytes_total)
        return self.files_done / self.files_total if self.files_total else 1.0

    def text(self) -> str:
        rate = self.bytes_per_second / 1e6
        eta = f", {self.eta_seconds:.0f} s left" if self.eta_seconds is not None else ""
        return (
            f"{self.files_done}/{self.files_total} files, "
            f"{self.bytes_done / 1e6:.1f}/{self.bytes_total / 1e6:.1f} MB, {rate:.1f} MB/s{eta}"
        )


class ProgressMeter:
    """Call it with any object that has ``files_done/files_total/bytes_done/bytes_total``."""

    def __init__(
        self,
        sink: Callable[[JobProgress], None],
        *,
        interval: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sink = sink
        self._interval = interval
        self._clock = clock
        self._started = clock()
        self._last = float("-inf")
        self._lock = threading.Lock()

    def __call__(self, counts: object) -> None:
        now = self._clock()
        done_all = _get(counts, "files_done") >= _get(counts, "files_total")
        with self._lock:
            if now - self._last < self._interval and not done_all:
                return
            self._last = now
        self._sink(self.measure(counts, now))

    def measure(self, counts: object, now: float | None = None) -> JobProgress:
        now = self._clock() if now is None else now
        elapsed = max(now - self._started, 1e-6)
        done, total = _get(counts, "bytes_done"), _get(counts, "bytes_total")
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 and total >= done else None
        return JobProgress(
            files_done=_get(counts, "files_done"),
            files_total=_get(counts, "files_total"),
            bytes_done=done,
            bytes_total=total,
            bytes_per_second=rate,
            eta_seconds=eta,
            current=str(getattr(counts, "current", "")),
        )


def _get(counts: object, name: str) -> int:
    return int(getattr(counts, name))
