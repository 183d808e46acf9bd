"""The integrity sweep runs in a worker; a tampered original raises a red alarm, never a fix."""

import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.integrity.vault import Vault
from app.services.auth import Actor
from app.services.recordings import RecordingFilter, list_recordings, recording_detail
from app.services.station import StationContext
from app.ui import recordings_model
from app.ui.main_window import MainWindow
from app.ui.recordings_page import RecordingsPage
from tests.ui.conftest import open_window, sign_in


@pytest.fixture
def window(qtbot: QtBot, context: StationContext, manager: Actor) -> MainWindow:
    return open_window(qtbot, context, manager)


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> RecordingsPage:
    widget = window.show_page("recordings")
    assert isinstance(widget, RecordingsPage)
    qtbot.waitUntil(lambda: not widget.is_busy and not widget.monitor.is_busy)
    return widget


def tamper(context: StationContext, manager: Actor) -> tuple[int, Path, bytes]:
    """Change one byte of a vault original behind the station's back."""
    newest = list_recordings(context, manager, RecordingFilter(), limit=1)[0]
    path = Vault(context.paths.vault).path_for(recording_detail(context, manager, newest.id).sha256)
    original = path.read_bytes()
    path.chmod(path.stat().st_mode | stat.S_IWUSR)
    changed = bytearray(original)
    changed[len(changed) // 2] ^= 0xFF
    path.write_bytes(bytes(changed))
    return newest.id, path, bytes(changed)


def test_a_sweep_finds_a_tampered_file_and_the_status_bar_turns_red(
    qtbot: QtBot, window: MainWindow, page: RecordingsPage, context: StationContext, manager: Actor
) -> None:
    assert window.status.integrity_label.text() == "存储完整"
    assert not window.status.has_integrity_alarm() and not page.alarm_list.isVisible()
    recording_id, path, changed = tamper(context, manager)
    with qtbot.waitSignal(page.monitor.alarms_changed, timeout=20_000):
        page.monitor.sweep_now()
    assert window.status.has_integrity_alarm()
    assert window.status.integrity_label.text() == "完整性告警：1 条"
    assert str(recording_id) in window.status.integrity_label.toolTip()
    assert page.alarm_list.isVisible() and page.alarm_list.tree.topLevelItemCount() == 1
    assert page.alarm_list.tree.topLevelItem(0).text(1) == "文件被改动"
    row = page.model.row_of_id(recording_id)
    assert page.model.data(page.model.index(row, recordings_model.INTEGRITY)) == "告警"
    assert path.read_bytes() == changed  # evidence of the tampering is kept, not repaired


def test_sweeps_are_scheduled_only_for_roles_that_verify(
    qtbot: QtBot, context: StationContext
) -> None:
    officer = open_window(qtbot, context, sign_in(context, "liwei"))
    page = officer.show_page("recordings")
    assert isinstance(page, RecordingsPage)
    assert not page.monitor.is_enabled
    page.monitor.sweep_now()
    assert not page.monitor.is_sweeping and not officer.status.integrity_label.isVisible()
