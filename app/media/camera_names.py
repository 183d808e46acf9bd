"""What a recorder's file name says: device id, officer id, start time, sequence (R2.1).

Body cameras name their files ``<prefix>_<device>_<officer>_<date>_<time>_<seq>`` in
many variations: ``DSJ_A12345_20261125_143012_0001.MP4``, ``ZFJLY-0042-20261125143012.mp4``,
``20261125_143012_001.mov``, dash-cam style ``2026_1125_143012_001.MP4``, phone style
``VID_20261125_143012.mp4``. The stamp is the device's local clock (China Standard Time).
Words before the stamp that are not a known prefix are read as the device id, then the
officer id (the GA/T 947 order).
"""

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from app.core.clock import STATION_TZ

#: Prefixes recorders put before the ids: 单警执法视音频记录仪 (DSJ), 执法记录仪 (ZFJLY)...
KNOWN_PREFIXES = frozenset(
    {"DSJ", "ZFJLY", "ZFJL", "ZFY", "JLY", "REC", "VID", "MOV", "AUD", "VIDEO", "IMG", "PIC"}
)
_SEPARATORS = re.compile(r"[_\-\s.]+")
_GLUED = re.compile(r"^([A-Za-z]*)(\d{14})$")


@dataclass(frozen=True)
class NameFacts:
    """What the name told; every field is None when the name did not say."""

    started_at: datetime | None
    device_code: str | None
    officer_code: str | None
    sequence: int | None


def parse_camera_name(name: str) -> NameFacts:
    """Read a recorder file name (any path; only the last part counts)."""
    tokens = [t for t in _SEPARATORS.split(PurePath(name).stem) if t]
    for index in range(len(tokens)):
        found = _stamp_at(tokens, index)
        if found is not None:
            started, used, glued_prefix = found
            return _facts(tokens[:index], glued_prefix, started, tokens[index + used :])
    return NameFacts(None, None, None, None)


def _stamp_at(tokens: list[str], i: int) -> tuple[datetime, int, str] | None:
    """A stamp starting at token ``i``: (time, tokens used, letters glued before it)."""
    glued = _GLUED.match(tokens[i])
    if glued:
        moment = _moment(glued.group(2))
        return (moment, 1, glued.group(1)) if moment else None
    ahead = tokens[i : i + 3]
    if len(ahead) >= 2 and _digits(ahead[0], 8) and _digits(ahead[1], 6):
        moment = _moment(ahead[0] + ahead[1])
        return (moment, 2, "") if moment else None
    if len(ahead) == 3 and _digits(ahead[0], 4) and _digits(ahead[1], 4) and _digits(ahead[2], 6):
        moment = _moment("".join(ahead))
        return (moment, 3, "") if moment else None
    return None


def _digits(token: str, count: int) -> bool:
    return len(token) == count and token.isdigit()


def _moment(stamp: str) -> datetime | None:
    try:
        local = datetime.strptime(stamp, "%Y%m%d%H%M%S")
    except ValueError:
        return None
    if not 2000 <= local.year <= 2099:
        return None
    return local.replace(tzinfo=STATION_TZ)


def _facts(before: list[str], glued_prefix: str, started: datetime, after: list[str]) -> NameFacts:
    ids = [t for t in before if t.upper() not in KNOWN_PREFIXES]
    if glued_prefix and glued_prefix.upper() not in KNOWN_PREFIXES:
        ids.append(glued_prefix)
    sequence = int(after[0]) if after and after[0].isdigit() else None
    return NameFacts(
        started_at=started,
        device_code=ids[0] if ids else None,
        officer_code=ids[1] if len(ids) > 1 else None,
        sequence=sequence,
    )
