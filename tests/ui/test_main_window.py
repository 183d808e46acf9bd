"""The main window: pages by role, the status bar, the chain state, logging out."""

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.audit import AuditFilter
from app.services.demo import DEMO_PASSWORD
from app.services.station import StationContext, station_info
from app.ui.audit_page import AuditPage
from app.ui.jobs import JobRunner, has_running_jobs
from app.ui.login_dialog import LoginDialog
from app.ui.people_page import PeoplePage
from app.ui.session_controller import SessionController
from tests.ui.conftest import open_window, sign_in

LABELS = {
    "overview": "工作站概况",
    "recordings": "执法记录",
    "devices": "设备管理",
    "approvals": "审批事项",
    "compliance": "合规监督",
    "people": "人员与单位",
    "reports": "报表打印",
    "audit": "审计日志",
}
EVERY_PAGE = list(LABELS)


@pytest.mark.parametrize(
    ("login", "pages"),
    [
        ("wangjz", EVERY_PAGE),  # unit head
        ("zhoujian", EVERY_PAGE),  # supervision
        ("chenjing", ["overview", "recordings", "devices", "approvals", "people", "reports"]),
        ("wuhao", ["overview", "devices", "approvals", "people", "reports"]),  # equipment
        ("liwei", ["overview", "recordings", "devices", "approvals"]),  # officer
    ],
)
def test_navigation_shows_only_permitted_pages(
    qtbot: QtBot, context: StationContext, login: str, pages: list[str]
) -> None:
    window = open_window(qtbot, context, sign_in(context, login))
    assert window.page_ids() == pages
    assert window.nav.labels() == [LABELS[page] for page in pages]
    assert set(window.pages) == set(pages)


def test_people_actions_only_for_roles_that_manage_people(
    qtbot: QtBot, context: StationContext
) -> None:
    manager_window = open_window(qtbot, context, sign_in(context, "wangjz"))
    viewer_window = open_window(qtbot, context, sign_in(context, "chenjing"))
    manager_page, viewer_page = manager_window.pages["people"], viewer_window.pages["people"]
    assert isinstance(manager_page, PeoplePage) and isinstance(viewer_page, PeoplePage)
    assert manager_page.add_person_action in manager_page.toolbar.actions()
    assert viewer_page.add_person_action not in viewer_page.toolbar.actions()
    assert viewer_page.add_unit_action not in viewer_page.toolbar.actions()


def test_status_bar_names_station_user_profile_and_chain(
    qtbot: QtBot, context: StationContext
) -> None:
    window = open_window(qtbot, context, sign_in(context))
    status = window.status
    assert status.station_label.text() == "工作站：馆陶县公安局（ST-ROOT）"
    assert status.user_label.text() == "用户：王建中 · 单位负责人"
    assert status.profile_label.text() == "制度：guantao-psb"
    assert status.chain_text() == "审计链完整"
    assert not status.is_chain_broken()


def tamper(home: Path, seq: int) -> None:
    """Change an audit entry behind the application's back, as an intruder with the file would."""
    with sqlite3.connect(home / "station.db") as db:
        db.execute("UPDATE audit_entries SET actor = 'intruder' WHERE seq = ?", (seq,))


def test_chain_state_turns_broken_when_an_entry_is_tampered_with(
    qtbot: QtBot, context: StationContext, demo_home: Path
) -> None:
    window = open_window(qtbot, context, sign_in(context))
    assert not window.status.is_chain_broken()
    bad = context.audit.current_head().seq - 2  # on the audit page's first page
    tamper(demo_home, bad)
    audit_page = window.show_page("audit")
    assert isinstance(audit_page, AuditPage)
    with qtbot.waitSignal(window.monitor.verified):
        audit_page.verify_button.click()
    assert window.status.is_chain_broken()
    assert window.status.chain_text() == f"审计链异常（第 {bad} 条）"
    assert audit_page.chain_label.text().startswith(
        f"审计链异常：第 {bad} 条记录内容与其哈希值不符"
    )
    model = audit_page.model
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).seq == bad)
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    overview = window.pages["overview"]
    assert "审计链异常" in overview.chain_card.value("state")  # type: ignore[attr-defined]


def test_chain_checked_at_start_shows_a_broken_chain(
    qtbot: QtBot, context: StationContext, demo_home: Path
) -> None:
    actor = sign_in(context)
    tamper(demo_home, 5)
    window = open_window(qtbot, context, actor)
    assert window.status.is_chain_broken()
    assert window.status.chain_text() == "审计链异常（第 5 条）"


def test_logout_returns_to_the_login_dialog_and_is_audited(
    qtbot: QtBot, context: StationContext
) -> None:
    controller = SessionController(context, station_info(context))
    assert controller.start(("wangjz", DEMO_PASSWORD))
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.is_busy)
    window.logout_action.trigger()
    dialog = controller.login_dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert controller.window is None
    logouts = AuditFilter(action="logout")
    qtbot.waitUntil(lambda: context.audit.list_entries(logouts, limit=1) != [], timeout=5000)


def test_quitting_while_work_runs_asks_first(
    qtbot: QtBot, context: StationContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#16.10: Ctrl+Q closed the station mid-job without a word."""
    window = open_window(qtbot, context, sign_in(context, "wangjz"))
    release = threading.Event()
    runner = JobRunner(lambda: release.wait(10), name="slow").start()
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton) -> object:
        def question(parent: object, title: str, text: str, *args: object) -> object:
            asked.append(text)
            return choice

        return question

    try:
        monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
        window.quit_action.trigger()
        assert window.isVisible() and "仍在运行" in asked[-1]
        monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
        window.quit_action.trigger()
        assert not window.isVisible()
    finally:
        release.set()
        qtbot.waitUntil(lambda: not runner.is_running)


def test_quitting_when_idle_asks_nothing(
    qtbot: QtBot, context: StationContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, context, sign_in(context, "wangjz"))
    qtbot.waitUntil(lambda: not has_running_jobs(), timeout=10_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked"))
    window.quit_action.trigger()
    assert not window.isVisible()
