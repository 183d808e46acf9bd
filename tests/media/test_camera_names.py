"""Recorder file names, as the cameras in the field write them."""

from datetime import datetime

import pytest

from app.core.clock import STATION_TZ
from app.media.camera_names import parse_camera_name

T = datetime(2026, 11, 25, 14, 30, 12, tzinfo=STATION_TZ)


@pytest.mark.parametrize(
    ("name", "started", "device", "officer", "sequence"),
    [
        ("DSJ_A12345_20261125_143012_0001.MP4", T, "A12345", None, 1),
        ("ZFJLY-0042-20261125143012.mp4", T, "0042", None, None),
        ("20261125_143012_001.mov", T, None, None, 1),
        ("DSJ_A1_P007_20261125_143012_0002.MP4", T, "A1", "P007", 2),
        ("2026_1125_143012_003.MP4", T, None, None, 3),
        ("VID_20261125_143012.mp4", T, None, None, None),
        ("REC20261125143012.wav", T, None, None, None),
        ("X9_20261125143012_7.mp4", T, "X9", None, 7),
        ("D:/DCIM/100MEDIA/DSJ_A12345_20261125_143012_0001.MP4", T, "A12345", None, 1),
        ("holiday.mp4", None, None, None, None),
        ("DSJ_A1_20261325_143012.mp4", None, None, None, None),  # month 13
        ("DSJ_A1_20261125_256012.mp4", None, None, None, None),  # hour 25
    ],
)
def test_names(
    name: str,
    started: datetime | None,
    device: str | None,
    officer: str | None,
    sequence: int | None,
) -> None:
    facts = parse_camera_name(name)
    assert facts.started_at == started
    assert facts.device_code == device
    assert facts.officer_code == officer
    assert facts.sequence == sequence


def test_stamp_is_station_local_time() -> None:
    facts = parse_camera_name("DSJ_A1_20261125_000500_1.MP4")
    assert facts.started_at is not None
    assert facts.started_at.utcoffset().total_seconds() == 8 * 3600
