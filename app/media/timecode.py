"""Time and frame numbers: the one place that converts between them (R4.2).

Three clocks meet here. *Media time* is seconds from frame 0 (the frame index's PTS, so a
variable frame rate is exact). *Device time* is what the camera's own clock said: the
recording's start as the device stamped it, plus media time. *True time* is device time
corrected by the clock offset measured at import (device clock minus reference clock,
R1.3): ``true = device - offset``. Multi-angle review lines recordings up by true time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from app.media.errors import FrameOutOfRangeError

#: A time this close below a frame's start counts as that frame: times that went through
#: a clock offset or a text round trip arrive a float's rounding short of the frame.
TIME_TOLERANCE_S = 1e-9
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")


@dataclass(frozen=True, eq=False)
class FrameClock:
    """Converts frame numbers of one recording to and from its three times.

    Args:
        seconds: each frame's media time, ascending (``FrameIndex.seconds()``).
        device_start: the device's clock at frame 0, timezone-aware; ``None`` if unknown.
        clock_offset: device clock minus true clock, as measured at import.
    """

    seconds: np.ndarray
    device_start: datetime | None = None
    clock_offset: timedelta = timedelta(0)

    def __len__(self) -> int:
        return int(self.seconds.size)

    def media_time(self, n: int) -> float:
        self._check(n)
        return float(self.seconds[n])

    def frame_at(self, media_seconds: float) -> int:
        """The frame showing at ``media_seconds``: the last one that started by then."""
        if media_seconds < 0 or media_seconds > float(self.seconds[-1]) + 3600:
            raise FrameOutOfRangeError("media.time-outside", seconds=f"{media_seconds:.3f}")
        n = int(np.searchsorted(self.seconds, media_seconds + TIME_TOLERANCE_S, side="right")) - 1
        return min(max(n, 0), len(self) - 1)

    def device_time(self, n: int) -> datetime | None:
        if self.device_start is None:
            return None
        return self.device_start + timedelta(seconds=self.media_time(n))

    def true_time(self, n: int) -> datetime | None:
        device = self.device_time(n)
        return None if device is None else device - self.clock_offset

    def frame_at_true_time(self, moment: datetime) -> int | None:
        """The frame showing at true time ``moment``, ``None`` if the recording was not on."""
        if self.device_start is None:
            return None
        media = (moment + self.clock_offset - self.device_start).total_seconds()
        if media < 0 or media >= float(self.seconds[-1]) + self._last_step():
            return None
        return self.frame_at(media)

    def _last_step(self) -> float:
        return float(np.median(np.diff(self.seconds))) if len(self) > 1 else 0.04

    def _check(self, n: int) -> None:
        if not 0 <= n < len(self):
            raise FrameOutOfRangeError("media.no-frame", frame=n, last=len(self) - 1)


def format_clock(seconds: float) -> str:
    """Media time as ``HH:MM:SS.mmm`` (what the timeline and the stills show)."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def parse_clock(text: str) -> float:
    """Seconds from ``HH:MM:SS.mmm``, ``MM:SS.mmm`` or plain seconds ``12.5``."""
    text = text.strip()
    try:
        return float(text) if ":" not in text else _parse_colons(text)
    except ValueError:
        raise FrameOutOfRangeError("media.not-a-time", text=text) from None


def _parse_colons(text: str) -> float:
    match = _CLOCK.match(text)
    if match is None:
        raise ValueError(text)
    hours, minutes, seconds = match.groups()
    if int(minutes) >= 60 or float(seconds) >= 60:
        raise ValueError(text)
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
