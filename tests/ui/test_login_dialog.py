"""The login dialog: inline messages for a wrong password and a locked account; Enter submits."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.auth import MAX_FAILED_LOGINS
from app.services.demo import DEMO_PASSWORD
from app.services.station import StationContext
from app.ui.login_dialog import LoginDialog


@pytest.fixture
def dialog(qtbot: QtBot, context: StationContext) -> LoginDialog:
    widget = LoginDialog(context, "馆陶县公安局", "ST-ROOT")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def submit(qtbot: QtBot, dialog: LoginDialog, login: str, password: str) -> None:
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_shows_the_station_it_logs_in_to(dialog: LoginDialog) -> None:
    assert dialog.unit_label.text() == "馆陶县公安局 · 工作站 ST-ROOT"


def test_wrong_password_shows_an_inline_message(qtbot: QtBot, dialog: LoginDialog) -> None:
    submit(qtbot, dialog, "liwei", "not-the-password")
    qtbot.waitUntil(lambda: dialog.message_label.isVisible())
    assert dialog.message_label.text() == "登录名或密码错误"
    assert dialog.result() != LoginDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""


def test_right_password_accepts_with_the_actor(qtbot: QtBot, dialog: LoginDialog) -> None:
    submit(qtbot, dialog, "liwei", "wrong-password")
    qtbot.waitUntil(lambda: dialog.message_label.isVisible())
    with qtbot.waitSignals([dialog.logged_in, dialog.accepted]):
        submit(qtbot, dialog, "liwei", DEMO_PASSWORD)
    assert dialog.actor is not None
    assert dialog.actor.login == "liwei"
    assert not dialog.message_label.isVisible()


def test_lockout_after_repeated_failures(qtbot: QtBot, dialog: LoginDialog) -> None:
    for attempt in range(1, MAX_FAILED_LOGINS + 1):
        submit(qtbot, dialog, "sunli", f"wrong-{attempt}")
        qtbot.waitUntil(lambda: not dialog.is_busy and dialog.message_label.isVisible())
        if attempt < MAX_FAILED_LOGINS:
            assert dialog.message_label.text() == "登录名或密码错误"
    text = dialog.message_label.text()
    assert "已被锁定" in text
    assert "sunli" not in text  # the raw English service message is not shown
    submit(qtbot, dialog, "sunli", DEMO_PASSWORD)  # the right password does not open it early
    qtbot.waitUntil(lambda: not dialog.is_busy)
    assert "已被锁定" in dialog.message_label.text()


def test_empty_fields_are_named(qtbot: QtBot, dialog: LoginDialog) -> None:
    dialog.login_edit.clear()
    dialog.login_button.click()
    assert dialog.message_label.text() == "请输入登录名。"
    dialog.login_edit.setText("liwei")
    dialog.login_button.click()
    assert dialog.message_label.text() == "请输入密码。"


def test_enter_after_a_failed_login_never_ends_the_dialog(
    qtbot: QtBot, dialog: LoginDialog
) -> None:
    """#16.1: after a failure the focus once fell to 取消, which Enter then pressed."""
    submit(qtbot, dialog, "liwei", "not-the-password")
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.message_label.isVisible())
    qtbot.mouseClick(dialog.login_edit, Qt.MouseButton.LeftButton)
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, "zhaomin")
    with qtbot.assertNotEmitted(dialog.rejected):
        qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message_label.text() == "请输入密码。"
