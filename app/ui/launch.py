"""Starting the GUI (``run_gui``) and rendering its pages to PNG files (``render_screenshots``).

The CLI calls exactly these two functions: ``main.py`` with no arguments runs the GUI, and
``evidence-station demo --screenshots DIR`` renders every page without a display.
"""

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__
from app.core.errors import EvidenceStationError
from app.core.logs import configure_logging
from app.core.paths import StationPaths
from app.services.auth import log_in, log_out
from app.services.station import StationContext, open_station, station_info
from app.ui.appearance import configure_appearance
from app.ui.errors import show_error
from app.ui.icons import app_icon
from app.ui.jobs import has_running_jobs, wait_for_jobs
from app.ui.language import chosen_language, install_translators
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController

log = logging.getLogger(__name__)

APP_NAME = "Evidence Station"
ORG_NAME = "Evidence Station"
ORG_DOMAIN = "evidence-station.local"
SCREENSHOT_SIZE = (1440, 900)
SETTLE_TIMEOUT_MS = 30_000


def create_application() -> QApplication:
    """The running ``QApplication`` (reused, e.g. under pytest-qt) or a new one, set up."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    """Look, font and language; safe to call again on the same application."""
    configure_appearance(app)
    app.setWindowIcon(app_icon())
    install_translators(chosen_language())


def _open(home: Path, db_url: str | None) -> StationContext | None:
    try:
        return open_station(home, db_url)
    except EvidenceStationError as exc:
        log.warning("cannot open station %s: %s", home, exc)
        show_error(None, exc)
        return None


def run_gui(home: Path, db_url: str | None, *, login: tuple[str, str] | None) -> int:
    """Run the GUI on the station in ``home``; returns the process exit code.

    With ``login`` the user is logged in directly (the demo); otherwise the login dialog
    asks. A folder that is not a station or a database that cannot be reached ends with a
    message box and exit code 2.
    """
    configure_logging(StationPaths(home).logs)
    app = create_application()
    context = _open(home, db_url)
    if context is None:
        return 2
    try:
        info = station_info(context)
        controller = SessionController(context, info)
        if not controller.start(login):
            return 2
        app.aboutToQuit.connect(controller.shutdown)
        return app.exec()
    except EvidenceStationError as exc:
        show_error(None, exc)
        return 2
    finally:
        wait_for_jobs()
        context.close()


def _settle(is_done: Callable[[], bool], timeout_ms: int = SETTLE_TIMEOUT_MS) -> None:
    """Run the event loop until ``is_done()`` (background jobs reported back) or timeout."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if is_done() else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    poll.start()
    if not is_done():
        loop.exec()
    poll.stop()


def _grab(widget: QWidget, path: Path) -> Path:
    # Let posted layout requests (labels that re-wrapped after data arrived) run first.
    _settle(lambda: False, timeout_ms=100)
    widget.grab().save(str(path), "PNG")
    return path


def render_screenshots(home: Path, out_dir: Path, login: str, password: str) -> list[Path]:
    """Render the login dialog and every page ``login`` may see to PNGs in ``out_dir``.

    Works without a display (the offscreen platform is chosen when there is none) and
    reuses a running ``QApplication``. Returns the files written, in page order.
    """
    if not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out_dir.mkdir(parents=True, exist_ok=True)
    create_application()
    context = open_station(home, None)
    written: list[Path] = []
    try:
        info = station_info(context)
        dialog = LoginDialog(context, info.unit_name, info.code, login=login)
        dialog.show()
        written.append(_grab(dialog, out_dir / "00-login.png"))
        dialog.close()
        dialog.deleteLater()
        actor = log_in(context, login, password, client="gui")
        window = MainWindow(context, actor, info)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        for number, page_id in enumerate(window.page_ids(), start=1):
            window.show_page(page_id)
            _settle(lambda: not window.is_busy and not has_running_jobs())
            written.append(_grab(window, out_dir / f"{number:02d}-{page_id}.png"))
        window.close()
        window.deleteLater()
        log_out(context, actor)
    finally:
        _settle(lambda: not has_running_jobs())
        wait_for_jobs()
        context.close()
    return written
