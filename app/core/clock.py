"""Where the time comes from, so that deadlines and lockouts can be tested with a fixed clock."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.core.errors import ValidationError

Clock = Callable[[], datetime]

#: The stations this product serves keep China Standard Time; stored times are UTC.
STATION_TZ = ZoneInfo("Asia/Shanghai")
#: The years a time typed at the station may fall in. Beyond them it is a typo, and the ends
#: of Python's range (years 1 and 9999) overflow as soon as a time zone is applied.
FIRST_YEAR, LAST_YEAR = 1900, 2999


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


def parse_local_time(text: str, what: object) -> datetime:
    """A time as a person types it: ISO 8601, or a bare day; without an offset, station time.

    Returns:
        The time, timezone-aware, in UTC.

    Raises:
        ValidationError: naming ``what`` (a field's ``Term`` or an option) and the text typed.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("time.not-a-time", what=what, text=text) from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValidationError(
            "time.out-of-range", what=what, text=text, first=FIRST_YEAR, last=LAST_YEAR
        )
    return as_utc(moment if moment.tzinfo else moment.replace(tzinfo=STATION_TZ))


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
