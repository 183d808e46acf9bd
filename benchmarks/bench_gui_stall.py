"""Event-loop stalls of the GUI while an import runs (DESIGN §4: the GUI never blocks).

Usage: QT_QPA_PLATFORM=offscreen uv run python benchmarks/bench_gui_stall.py [--gb 0.5]

Opens the real import dialog on a fresh station and starts an import of real camera files
(made like bench_ingest's). A 5 ms ``QTimer`` ticks on the GUI thread throughout; every gap
between ticks beyond the interval is time the event loop could not run. Reports the longest
stall and the 99th percentile (budget: longest under 50 ms).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.roles import Role  # noqa: E402
from app.services.auth import log_in  # noqa: E402
from app.services.devices import DeviceKind, add_device, assign_device  # noqa: E402
from app.services.ingest import IngestReport, IngestRequest  # noqa: E402
from app.services.people import add_person  # noqa: E402
from app.services.station import init_station  # noqa: E402
from app.ui.import_dialog import ImportDialog  # noqa: E402
from app.ui.launch import configure_application  # noqa: E402
from benchmarks.bench_ingest import PASSWORD, make_camera_folder  # noqa: E402

TICK_MS = 5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gb", type=float, default=0.5)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-stall-"))
    files = make_camera_folder(work / "camera", args.gb)
    app = QApplication([])
    configure_application(app)
    station = init_station(work / "station", profile_id="guantao-psb", unit_name="基准测试",
                           admin_login="admin", admin_password=PASSWORD)  # fmt: skip
    manager = log_in(station, "admin", PASSWORD, client="bench")
    add_person(station, manager, login="li", name="李伟", role=Role.OFFICER, password=PASSWORD)
    add_device(station, manager, asset_no="A12345", serial="S", model="M",
               kind=DeviceKind.BODY_CAMERA)  # fmt: skip
    assign_device(station, manager, "A12345", "li")

    dialog = ImportDialog(station, manager)
    dialog.show()
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(TICK_MS)

    def on_tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    ticker.timeout.connect(on_tick)
    started = time.perf_counter()
    reports: list[IngestReport] = []
    dialog.import_finished.connect(reports.append)
    dialog.import_finished.connect(lambda _report: app.quit())
    QTimer.singleShot(15 * 60_000, app.quit)  # a failed import shows a box; do not wait forever
    clock.start()
    ticker.start()
    dialog.start_import(IngestRequest((work / "camera",), "li", "A12345"))
    app.exec()
    elapsed = time.perf_counter() - started
    imported = len(reports[0].imported) if reports else 0
    assert imported == len(files), f"only {imported} of {len(files)} files were imported"
    stalls = [max(0.0, gap - TICK_MS) for gap in gaps]
    total = sum(f.stat().st_size for f in files)
    print(
        f"{len(files)} files, {total / 1e9:.2f} GB imported in {elapsed:.1f} s through the dialog"
    )
    print(f"event-loop ticks: {len(gaps)}; stall beyond the {TICK_MS} ms tick: "
          f"longest {max(stalls):.1f} ms, p99 {statistics.quantiles(stalls, n=100)[98]:.1f} ms, "
          f"median {statistics.median(stalls):.1f} ms (budget: longest < 50 ms)")  # fmt: skip
    station.close()


if __name__ == "__main__":
    main()
