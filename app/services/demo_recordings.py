"""Demo devices and footage: cameras issued to the demo officers, a faulty one, and a few
dozen tiny synthetic recordings (160x120, one second) imported through the real service,
with a late hand-over, a damaged file and a duplicate among them, so every page shows
something. Builds in a few seconds.
"""

import tempfile
from datetime import timedelta
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.core.clock import STATION_TZ
from app.media.isolation import MediaChildren
from app.services.auth import log_in, log_out
from app.services.devices import (
    DeviceKind,
    add_device,
    assign_device,
    log_pre_use_check,
    report_fault,
)
from app.services.ingest import IngestRequest, import_files
from app.services.station import StationContext
from app.services.unit_tree import UnitTree, management_scope

#: (asset no., serial, model, kind, unit, wearer or None)
DEMO_DEVICES = (
    ("GT-DSJ-001", "HY2025A0001", "DSJ-HY9", DeviceKind.BODY_CAMERA, "GTCG", "liwei"),
    ("GT-DSJ-002", "HY2025A0002", "DSJ-HY9", DeviceKind.BODY_CAMERA, "GTCG-1", "zhaoqiang"),
    ("GT-DSJ-003", "HY2025A0003", "DSJ-HY9", DeviceKind.BODY_CAMERA, "GTJJ-1", "sunli"),
    ("GT-DSJ-004", "HY2025A0004", "DSJ-HY9", DeviceKind.BODY_CAMERA, "GTCG", None),
    ("GT-LY-001", "LY2024B0101", "ZOOM-H1", DeviceKind.AUDIO_RECORDER, "GTZA", None),
    ("GT-XW-001", "XW2023C0001", "讯问室同步录音录像系统", DeviceKind.INTERVIEW_ROOM, "ROOT", None),
)
_CLIPS_PER_OFFICER = 8
#: Footage filed as evidence of a case, so the browser shows a case number.
_DEMO_CASES = {"zhaoqiang": "馆公(城)行罚决字〔2026〕0107号"}
_CATEGORIES = ("incident-response", "inspection", "interrogation", "petition", "other")


def add_demo_recordings(context: StationContext, manager_login: str, password: str) -> None:
    """Equip the demo officers and hand over their footage (needs the demo people)."""
    manager = log_in(context, manager_login, password, client="demo")
    admin = log_in(context, "chenjing", password, client="demo")
    for asset, serial, model, kind, unit, wearer in DEMO_DEVICES:
        add_device(context, manager, asset_no=asset, serial=serial, model=model, kind=kind,
                   unit_code=unit)  # fmt: skip
        if wearer:  # the unit head: some wearers are outside the administrator's unit
            assign_device(context, manager, asset, wearer)
            log_pre_use_check(context, manager, asset, battery_ok=True, storage_ok=True,
                              clock_ok=True)  # fmt: skip
    report_fault(context, admin, "GT-DSJ-004", "无法开机，疑似电池故障")
    with tempfile.TemporaryDirectory(prefix="demo-footage-") as folder:
        _hand_over(context, (admin, manager), Path(folder))
    log_out(context, admin)
    log_out(context, manager)


def _hand_over(context, importers, folder: Path) -> None:  # type: ignore[no-untyped-def]
    # One set of probe children for all the demo's imports: starting them per import
    # would cost the demo seconds (media.isolation).
    with MediaChildren() as children:
        _hand_over_with(context, importers, folder, children)


def _hand_over_with(context, importers, folder: Path, children: MediaChildren) -> None:  # type: ignore[no-untyped-def]
    """The administrator hands over what their unit's officers bring; footage of officers
    outside their unit subtree is handed over by the unit head above both (#17)."""
    admin, manager = importers
    with context.store.read() as session:
        tree = UnitTree.load(session)
    reach = management_scope(tree, admin)
    now = context.clock()
    seed = 0
    for asset, _s, _m, _k, unit, wearer in DEMO_DEVICES:
        if wearer is None:
            continue
        camera = folder / wearer
        for clip in range(_CLIPS_PER_OFFICER):
            seed += 1
            # Separate activities, further apart than a pause within one (JOIN_WINDOW).
            started = (now - timedelta(hours=2 + clip * 0.75)).astimezone(STATION_TZ)
            name = f"DSJ_{asset.replace('-', '')}_{started:%Y%m%d_%H%M%S}_{clip + 1:04d}.MP4"
            _make_clip(camera / name, seed)
        category = _CATEGORIES[seed % len(_CATEGORIES)]
        case_no = _DEMO_CASES.get(wearer)
        request = IngestRequest((camera,), wearer, asset, category=category, case_no=case_no)
        importer = admin if tree.id_of(unit) in reach else manager
        import_files(context, importer, request, children=children)
    late = folder / "late"
    started = (now - timedelta(hours=40)).astimezone(STATION_TZ)
    _make_clip(late / f"DSJ_GTDSJ001_{started:%Y%m%d_%H%M%S}_0099.MP4", 999)
    damaged = late / f"DSJ_GTDSJ001_{started + timedelta(minutes=5):%Y%m%d_%H%M%S}_0100.MP4"
    whole = (late / f"DSJ_GTDSJ001_{started:%Y%m%d_%H%M%S}_0099.MP4").read_bytes()
    damaged.write_bytes(whole[: len(whole) // 2])  # a battery that died mid-recording
    import_files(context, admin, IngestRequest((late,), "liwei", "GT-DSJ-001"), children=children)
    # The same card handed over again: reported as duplicates, nothing copied twice.
    again = IngestRequest((folder / "liwei",), "liwei", "GT-DSJ-001")
    import_files(context, admin, again, children=children)


def _make_clip(path: Path, seed: int, frames: int = 10) -> None:
    """One second of moving colour bars at 160x120, different for every seed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 255, (120, 160, 3), dtype=np.uint8)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        stream.codec_context.time_base = Fraction(1, 10)
        for index in range(frames):
            picture = np.roll(base, index * 8, axis=1)
            for packet in stream.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
