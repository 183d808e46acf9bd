"""The GUI's language: Chinese by default, English on request, the choice kept for next start."""

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.roles import ROLE_NAMES_ZH, Role
from app.services.station import StationContext
from app.store.models import AuditEntry
from app.ui.labels import action_label, role_label, target_kind_label
from app.ui.language import (
    CHINESE,
    ENGLISH,
    LANG_ENV,
    chosen_language,
    install_translators,
    save_language,
)
from app.ui.launch import configure_application
from tests.ui.conftest import open_window, sign_in


@pytest.mark.parametrize(
    ("language", "labels", "menus"),
    [
        (
            "zh_CN",
            [
                "工作站概况",
                "执法记录",
                "设备管理",
                "审批事项",
                "合规监督",
                "人员与单位",
                "报表打印",
                "审计日志",
            ],
            ["文件(&F)", "设置(&S)", "帮助(&H)"],
        ),
        (
            "en",
            [
                "Overview",
                "Recordings",
                "Devices",
                "Approvals",
                "Compliance",
                "People and units",
                "Registers and forms",
                "Audit log",
            ],
            ["&File", "&Settings", "&Help"],
        ),
    ],
)
def test_labels_follow_the_language_variable(
    qtbot: QtBot,
    qapp: QApplication,
    context: StationContext,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    labels: list[str],
    menus: list[str],
) -> None:
    monkeypatch.setenv(LANG_ENV, language)
    configure_application(qapp)
    window = open_window(qtbot, context, sign_in(context))
    assert window.nav.labels() == labels
    assert [action.text() for action in window.menuBar().actions()] == menus


def test_chinese_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANG_ENV)
    assert chosen_language() == CHINESE


def test_the_saved_choice_applies_unless_the_variable_overrides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(LANG_ENV)
    save_language(ENGLISH)
    assert chosen_language() == ENGLISH
    monkeypatch.setenv(LANG_ENV, CHINESE)
    assert chosen_language() == CHINESE
    monkeypatch.setenv(LANG_ENV, "fr")
    assert chosen_language() == ENGLISH  # an unknown value is ignored


def test_the_language_menu_saves_the_choice_for_next_start(
    qtbot: QtBot, context: StationContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, context, sign_in(context))
    english = next(a for a in window.language_group.actions() if a.data() == ENGLISH)
    monkeypatch.setattr("app.ui.main_window.QMessageBox.information", lambda *args: None)
    english.trigger()
    monkeypatch.delenv(LANG_ENV)
    assert chosen_language() == ENGLISH


def test_role_names_match_the_domain_names() -> None:
    install_translators(CHINESE)
    assert {role: role_label(role) for role in Role} == ROLE_NAMES_ZH


def test_qt_standard_buttons_are_chinese(qtbot: QtBot) -> None:
    install_translators(CHINESE)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "").startswith("取消")
    assert QCoreApplication.translate("MainWindow", "Audit log") == "审计日志"


def test_every_action_and_object_in_the_demo_audit_log_has_a_chinese_name(
    context: StationContext,
) -> None:
    with context.store.read() as session:
        entries = session.execute(select(AuditEntry.action, AuditEntry.target_kind)).all()
    actions = {action for action, _kind in entries}
    kinds = {kind for _action, kind in entries}
    assert len(actions) > 20
    untranslated = [a for a in actions if not re.search(r"[\u4e00-\u9fff]", action_label(a))]
    untranslated += [k for k in kinds if not re.search(r"[\u4e00-\u9fff]", target_kind_label(k))]
    assert untranslated == []
