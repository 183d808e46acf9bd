"""run_gui end to end: a folder that is no station, and a session from start to quit."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.audit import AuditFilter
from app.services.demo import DEMO_MANAGER, DEMO_PASSWORD
from app.services.station import open_station
from app.ui.launch import run_gui
from app.ui.main_window import MainWindow


def act_when(condition: Callable[[], bool], action: Callable[[], object]) -> QTimer:
    """Poll the event loop run_gui starts; act once the widget we wait for is there."""
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: (timer.stop(), action()) if condition() else None)
    timer.start()
    return timer


def _message_boxes() -> list[QMessageBox]:
    widgets = QApplication.topLevelWidgets()
    return [w for w in widgets if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_folder_that_is_no_station_gives_a_message_and_exit_code_2(tmp_path: Path) -> None:
    texts: list[str] = []

    def close_box() -> None:
        box = _message_boxes()[0]
        texts.append(box.text())
        box.accept()

    timer = act_when(lambda: bool(_message_boxes()), close_box)
    assert run_gui(tmp_path / "nowhere", None, login=None) == 2
    timer.stop()
    assert texts and "不存在" in texts[0]


def test_a_session_from_login_to_quit_is_audited(demo_home: Path) -> None:
    def main_window() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[0] if found and found[0].isVisible() and not found[0].is_busy else None

    def close_window() -> None:
        window = main_window()
        if window is not None:
            window.close()

    timer = act_when(lambda: main_window() is not None, close_window)
    assert run_gui(demo_home, None, login=(DEMO_MANAGER, DEMO_PASSWORD)) == 0
    timer.stop()
    with open_station(demo_home) as context:
        entries = context.audit.list_entries(AuditFilter(actor=DEMO_MANAGER), limit=2)
    assert [entry.action for entry in entries] == ["logout", "login"]
    assert entries[1].details == {"client": "gui"}
