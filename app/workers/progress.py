"""Turning a job's running counts into what a person reads: rate and time left.

Plain Python, no Qt: the CLI draws it as a bar on a terminal, ``ui`` shows it in a progress
dialog or panel. The meter is called from worker threads, so it keeps its own lock, and it
passes on at most a few updates a second whatever the job reports.
"""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Unit(StrEnum):
    """What a job counts; bytes read are the fairest measure of a copy or a hash."""

    BYTES = "bytes"
    FILES = "files"
    RECORDINGS = "recordings"
    STEPS = "steps"


@dataclass(frozen=True)
class JobProgress:
    """Work done of all, the rate since the start and the estimated seconds left.

    ``items_done``/``items_total`` count whole things (files) when the job measures its
    progress in bytes; ``current`` names the thing in hand.
    """

    done: int
    total: int
    unit: Unit
    per_second: float
    eta_seconds: float | None
    items_done: int | None = None
    items_total: int | None = None
    current: str = ""

    @property
    def fraction(self) -> float:
        if self.total:
            return min(1.0, self.done / self.total)
        if self.items_total:
            return min(1.0, (self.items_done or 0) / self.items_total)
        return 0.0

    def text(self) -> str:
        """One English line for a terminal: counts, rate and time left."""
        if self.unit is Unit.BYTES:
            parts = [] if self.items_total is None else [f"{self.items_done}/{self.items_total}"]
            parts += [f"{self.done / 1e6:.1f}/{self.total / 1e6:.1f} MB",
                      f"{self.per_second / 1e6:.1f} MB/s"]  # fmt: skip
        else:
            parts = [f"{self.done}/{self.total} {self.unit.value}"]
        if self.eta_seconds is not None:
            parts.append(f"{self.eta_seconds:.0f} s left")
        return ", ".join(parts)


class ProgressMeter:
    """Measures counts as they come and hands a ``JobProgress`` to ``sink``, throttled.

    The first update and the one that reaches the total always pass, so a short job still
    shows where it ended.
    """

    def __init__(
        self,
        sink: Callable[[JobProgress], None],
        *,
        unit: Unit,
        interval: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sink = sink
        self._unit = unit
        self._interval = interval
        self._clock = clock
        self._started = clock()
        self._last = float("-inf")
        self._lock = threading.Lock()

    def update(
        self, done: int, total: int, *, items: tuple[int, int] | None = None, current: str = ""
    ) -> None:
        now = self._clock()
        finished = done >= total if items is None else items[0] >= items[1]
        with self._lock:
            if now - self._last < self._interval and not finished:
                return
            self._last = now
        self._sink(self.measure(done, total, now, items=items, current=current))

    def measure(
        self,
        done: int,
        total: int,
        now: float,
        *,
        items: tuple[int, int] | None = None,
        current: str = "",
    ) -> JobProgress:
        elapsed = max(now - self._started, 1e-6)
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 and total >= done else None
        return JobProgress(
            done=done,
            total=total,
            unit=self._unit,
            per_second=rate,
            eta_seconds=eta,
            items_done=items[0] if items else None,
            items_total=items[1] if items else None,
            current=current,
        )
