"""Where the time comes from, so that deadlines and lockouts can be tested with a fixed clock."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]

#: The stations this product serves keep China Standard Time; stored times are UTC.
STATION_TZ = ZoneInfo("Asia/Shanghai")


def system_clock() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until moved; a real implementation for tests and demos."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def __call__(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta


def as_utc(moment: datetime) -> datetime:
    """Read a stored time back as UTC: SQLite hands back naive datetimes that were UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def local_text(moment: datetime) -> str:
    """A time as a Chinese clerk reads it: station local time, to the second."""
    return as_utc(moment).astimezone(STATION_TZ).strftime("%Y-%m-%d %H:%M:%S")


def span_text(seconds: float | None) -> str:
    """A length of time as ``1:02:03`` or ``2:03``; ``—`` when it is not known."""
    if seconds is None:
        return "—"
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
