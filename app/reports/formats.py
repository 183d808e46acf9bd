"""How values read on paper: station-local times, sizes, durations, short hashes."""

from datetime import date, datetime

from app.core.clock import STATION_TZ, as_utc


def when(moment: datetime | None) -> str:
    """``2026-11-26 10:05`` in station time; blank for a time not yet there."""
    if moment is None:
        return ""
    return as_utc(moment).astimezone(STATION_TZ).strftime("%Y-%m-%d %H:%M")


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = as_utc(value).astimezone(STATION_TZ).date()
    return value.isoformat()


def chinese_day(value: datetime | None) -> str:
    """``2026 年 11 月 26 日`` as a signature date is written."""
    if value is None:
        return ""
    local = as_utc(value).astimezone(STATION_TZ)
    return f"{local.year} 年 {local.month} 月 {local.day} 日"


def size(count: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= factor:
            return f"{count / factor:.1f} {unit}"
    return f"{count} B"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def short_hash(digest: str, length: int = 16) -> str:
    return digest[:length]


def hours(value: float | None) -> str:
    if value is None:
        return "按时"
    return f"超时 {value:.1f} 小时"
