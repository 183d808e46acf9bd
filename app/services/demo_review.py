"""Demo review material: one traffic stop filmed by two body cameras, marked, grouped, stilled.

The two clips (320x240, five seconds) show the same scene from two sides with the camera's
own time stamp burnt in, as recorders do; the second camera's clock runs three seconds
ahead, so the multi-angle view has a real offset to correct. Markers go on them and on a
few of the other demo recordings; one still is saved into the station folder.
"""

import tempfile
from datetime import timedelta
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

from app.core.clock import STATION_TZ
from app.services.angle_groups import create_group
from app.services.auth import Actor, log_in, log_out
from app.services.ingest import IngestRequest, import_files
from app.services.markers import add_marker
from app.services.recordings import RecordingFilter, list_recordings
from app.services.station import StationContext
from app.services.stills_register import make_still

FPS, SECONDS, SIZE = 10, 5, (320, 240)
CLOCK_AHEAD_S = 3.0  # the second camera's clock error, measured at import
#: (frame, kind, note) on the first angle of the traffic stop.
STOP_MARKERS = (
    (0, "start", "开始记录，到达现场"),
    (6, "notification", "告知当事人全程录音录像"),
    (12, "id-shown", "出示人民警察证"),
    (21, "violation-stated", "告知违法停车事实"),
    (30, "legal-basis", "告知《道路交通安全法》第五十六条"),
    (38, "rights-told", "告知陈述和申辩的权利"),
    (49, "end", "处置完毕"),
)


def add_demo_review(context: StationContext, admin_login: str, password: str) -> None:
    """Hand over the two-angle clip pair, mark it, group it and save a still."""
    admin = log_in(context, admin_login, password, client="demo")
    with tempfile.TemporaryDirectory(prefix="demo-angles-") as folder:
        first, second = _hand_over_stop(context, admin, Path(folder))
    for frame, kind, note in STOP_MARKERS:
        add_marker(context, admin, first, frame, kind, note)
    add_marker(context, admin, second, 15, "persons", "当事人侧面")
    create_group(context, admin, [first, second], "城关路违法停车处置（两台记录仪）")
    for row in list_recordings(context, admin, RecordingFilter(), limit=5):
        if row.id not in (first, second) and not row.is_damaged:
            add_marker(context, admin, row.id, 0, "start", "")
            add_marker(context, admin, row.id, 5, "scene", "现场概况")
    stills = context.paths.root / "stills"
    stills.mkdir(exist_ok=True)
    make_still(context, admin, first, 12, stills / "demo-出示证件.png")
    log_out(context, admin)


def _hand_over_stop(context: StationContext, admin: Actor, folder: Path) -> tuple[int, int]:
    started = context.clock() - timedelta(hours=1)
    ids = []
    for asset, wearer, mirror, ahead in (
        ("GT-DSJ-001", "liwei", False, 0.0),
        ("GT-DSJ-002", "zhaoqiang", True, CLOCK_AHEAD_S),
    ):
        device_start = (started + timedelta(seconds=1 if mirror else 0)).astimezone(STATION_TZ)
        device_start += timedelta(seconds=ahead)
        camera = folder / wearer
        name = f"DSJ_{asset.replace('-', '')}_{device_start:%Y%m%d_%H%M%S}_0201.MP4"
        _make_scene(camera / name, asset, device_start, mirror=mirror)
        request = IngestRequest(
            (camera,),
            wearer,
            asset,
            category="incident-response",
            device_time=context.clock() + timedelta(seconds=ahead),
        )
        report = import_files(context, admin, request)
        ids.append(report.imported[0].id)
    return ids[0], ids[1]


def _make_scene(path: Path, asset: str, device_start, *, mirror: bool) -> None:  # type: ignore[no-untyped-def]
    """A street, a parked car and a walking officer, with the recorder's burnt-in stamp."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = SIZE[0], SIZE[1], "yuv420p"
        stream.codec_context.time_base = Fraction(1, FPS)
        stream.codec_context.gop_size = 10
        for n in range(FPS * SECONDS):
            picture = _scene(n, mirror)
            stamp = device_start + timedelta(seconds=n / FPS)
            _stamp(picture, f"{stamp:%Y-%m-%d %H:%M:%S}", asset)
            for packet in stream.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


def _scene(n: int, mirror: bool) -> np.ndarray:
    width, height = SIZE
    picture = np.zeros((height, width, 3), np.uint8)
    picture[: height // 2] = (150, 180, 215)  # sky
    picture[height // 2 :] = (92, 96, 104)  # road
    cv2.rectangle(picture, (0, height // 2 - 40), (width, height // 2), (176, 160, 140), -1)
    for x in range(0, width, 48):  # lane marks
        cv2.rectangle(picture, (x, height * 3 // 4), (x + 24, height * 3 // 4 + 4), (235,) * 3, -1)
    car_x = 150
    cv2.rectangle(picture, (car_x, 120), (car_x + 110, 165), (190, 40, 40), -1)
    cv2.rectangle(picture, (car_x + 20, 100), (car_x + 85, 122), (160, 30, 30), -1)
    for wheel in (car_x + 22, car_x + 88):
        cv2.circle(picture, (wheel, 166), 11, (25, 25, 25), -1)
    officer_x = 40 + n * 2  # walks towards the car
    cv2.rectangle(picture, (officer_x, 112), (officer_x + 14, 160), (30, 45, 90), -1)
    cv2.circle(picture, (officer_x + 7, 104), 8, (225, 190, 160), -1)
    if mirror:
        picture = np.ascontiguousarray(picture[:, ::-1])
    return picture


def _stamp(picture: np.ndarray, text: str, asset: str) -> None:
    font = cv2.FONT_HERSHEY_SIMPLEX
    cv2.rectangle(picture, (0, 0), (SIZE[0], 18), (0, 0, 0), -1)
    cv2.putText(picture, text, (6, 13), font, 0.4, (255, 255, 255), 1, cv2.LINE_AA)
    cv2.putText(picture, asset, (SIZE[0] - 84, 13), font, 0.4, (255, 220, 80), 1, cv2.LINE_AA)
