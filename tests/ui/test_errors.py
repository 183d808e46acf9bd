"""show_error: one message box; domain errors in the user's language, bugs logged in full."""

import logging
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.errors import AccountLockedError, StoreError, ValidationError
from app.ui.errors import error_text, show_error


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def message_box(parent: QWidget) -> QMessageBox:
    box = parent.findChild(QMessageBox, "errorBox")
    assert isinstance(box, QMessageBox)
    return box


def test_a_domain_error_is_shown_in_chinese(parent: QWidget) -> None:
    show_error(parent, ValidationError("people.login-taken", login="liwei"))
    box = message_box(parent)
    assert box.windowTitle() == "无法完成操作"
    assert box.text() == "登录名 liwei 已被使用"


def test_an_unknown_domain_message_is_shown_as_written(parent: QWidget) -> None:
    show_error(parent, StoreError("the disk is full"))
    assert message_box(parent).text() == "the disk is full"


def test_a_bug_is_logged_and_shown_as_an_internal_error(
    parent: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="app.ui.errors"):
        show_error(parent, KeyError("oops"))
    box = message_box(parent)
    assert box.windowTitle() == "内部错误"
    assert "KeyError" in box.detailedText()
    assert caplog.records[0].exc_info is not None


def test_lockout_text_names_the_local_unlock_time() -> None:
    until = datetime(2026, 11, 26, 2, 15, tzinfo=UTC)  # 10:15 in China Standard Time
    error = AccountLockedError("auth.locked", login="sunli", until=until)
    assert error_text(error) == (
        "该账户因连续 5 次输错密码已被锁定，请于 2026-11-26 10:15:00 后再试，或请单位负责人重置密码"
    )
