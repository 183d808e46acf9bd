"""Footage for the review tests: frames that show their own number, from two devices.

Each video is the corpus pattern (``tests/support/corpus.py``: the frame's index drawn in
big blocks) at 10 fps with B-frames and a short GOP, named as a recorder names its files so
the device clock at frame 0 is known. Made once per session, copied per test.
"""

import contextlib
import functools
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.core.clock import STATION_TZ
from app.core.errors import ValidationError
from app.core.roles import Role
from app.services.auth import Actor, log_in
from app.services.devices import DeviceKind, add_device
from app.services.ingest import IngestRequest, import_files
from app.services.people import add_person
from app.services.station import StationContext
from tests.support import corpus

PASSWORD = "review-pass-1"
FRAMES = 30
_CACHE = Path(tempfile.mkdtemp(prefix="evidence-review-"))


@functools.cache
def numbered_video(frames: int = FRAMES, first: int = 0) -> Path:
    """An H.264 MP4 whose frame ``n`` shows ``first + n``."""
    path = _CACHE / f"numbered-{frames}-{first}.mp4"
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = corpus.WIDTH, corpus.HEIGHT, "yuv420p"
        stream.codec_context.time_base = Fraction(1, 10)
        stream.codec_context.gop_size = 8
        stream.codec_context.max_b_frames = 2
        for n in range(frames):
            grey = corpus.pattern(first + n)
            picture = np.repeat(grey[:, :, None], 3, axis=2)
            for packet in stream.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


@dataclass
class Crew:
    admin: Actor  # the station's manager
    keeper: Actor  # the evidence officer (administrator)
    owner: Actor  # the officer whose footage it is
    other: Actor  # an officer of the same unit with no right to it


def build_crew(station: StationContext, manager: Actor) -> Crew:
    people = (
        ("keeper", "陈静", Role.EVIDENCE_OFFICER),
        ("owner", "李伟", Role.OFFICER),
        ("other", "赵强", Role.OFFICER),
    )
    for login, name, role in people:
        add_person(station, manager, login=login, name=name, role=role, password=PASSWORD)
    signed = {login: log_in(station, login, PASSWORD, client="test") for login, _, _ in people}
    return Crew(manager, signed["keeper"], signed["owner"], signed["other"])


def import_numbered(
    station: StationContext,
    crew: Crew,
    folder: Path,
    asset: str,
    started: datetime,
    *,
    clock_ahead_s: float = 0.0,
    first: int = 0,
) -> int:
    """Hand over one numbered video from device ``asset`` (added if new); its recording id.

    ``clock_ahead_s`` is how far the device's clock runs ahead of the station's: it shows in
    the recorder's file name and is measured at import as the clock offset.
    """
    with contextlib.suppress(ValidationError):  # the device is already in the ledger
        add_device(station, crew.admin, asset_no=asset, serial=f"SN-{asset}", model="DSJ-V9",
                   kind=DeviceKind.BODY_CAMERA)  # fmt: skip
    device_start = (started + timedelta(seconds=clock_ahead_s)).astimezone(STATION_TZ)
    name = f"DSJ_{asset}_{device_start:%Y%m%d_%H%M%S}_0001.MP4"
    camera = folder / f"{asset}-{first}"
    camera.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(numbered_video(first=first), camera / name)
    device_time = station.clock() + timedelta(seconds=clock_ahead_s)
    request = IngestRequest((camera,), crew.owner.login, asset, device_time=device_time)
    report = import_files(station, crew.keeper, request)
    assert len(report.imported) == 1, report.as_json()
    return report.imported[0].id  # type: ignore[return-value]
