"""The approvals page: the inbox per role, approving and rejecting through the page."""

import pytest
from pytestqt.qtbot import QtBot

from app.services.audit import AuditFilter
from app.services.auth import Actor
from app.services.form_queries import get_form
from app.services.station import StationContext
from app.ui.approvals_page import ApprovalsPage
from app.ui.form_action_dialogs import APPROVE, REJECT
from app.ui.forms_model import ALL, MINE, WAITING
from app.ui.main_window import MainWindow
from tests.ui.conftest import open_window, sign_in


@pytest.fixture
def window(qtbot: QtBot, context: StationContext, manager: Actor) -> MainWindow:
    return open_window(qtbot, context, manager)


def approvals(qtbot: QtBot, window: MainWindow) -> ApprovalsPage:
    page = window.show_page("approvals")
    assert isinstance(page, ApprovalsPage)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=10_000)
    return page


def shown_ids(page: ApprovalsPage) -> list[int]:
    return [page.model.row_at(row).id for row in range(page.model.rowCount())]


def select(qtbot: QtBot, page: ApprovalsPage, form_id: int) -> None:
    assert page.select_form(form_id)
    qtbot.waitUntil(
        lambda: page.detail.form is not None and page.detail.form.id == form_id, timeout=10_000
    )


def test_the_unit_head_sees_what_waits_for_their_signature(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = approvals(qtbot, window)
    assert page.scope_ids() == [WAITING, MINE, ALL]
    assert page.query().scope == WAITING
    assert shown_ids(page) == [13, 10, 2, 12]  # the overdue rectification first
    assert page.scope_tabs.tabText(0) == "待我审批（4）"
    select(qtbot, page, 2)
    assert page.approve_action.isEnabled() and page.reject_action.isEnabled()
    assert not page.submit_action.isEnabled()


def test_an_officer_has_nothing_to_approve(qtbot: QtBot, context: StationContext) -> None:
    window = open_window(qtbot, context, sign_in(context, "liwei"))
    page = approvals(qtbot, window)
    assert page.scope_ids() == [MINE]
    assert shown_ids(page) == [11, 8, 4, 3, 1]
    select(qtbot, page, 1)  # a draft of their own
    assert page.submit_action.isEnabled() and page.edit_action.isEnabled()
    assert not page.approve_action.isEnabled()
    assert window.page_ids().count("compliance") == 0


def test_approving_through_the_page_moves_the_form_on_and_is_audited(
    qtbot: QtBot, context: StationContext, manager: Actor, window: MainWindow
) -> None:
    page = approvals(qtbot, window)
    select(qtbot, page, 2)
    dialog = page.open_decision_dialog(APPROVE)
    assert dialog is not None
    dialog.comment_edit.setPlainText("同意调取，限办案使用")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: 2 not in shown_ids(page) and not page.is_busy, timeout=10_000)
    form = get_form(context, manager, 2)
    assert form.state == "approved"
    assert form.approvals[0].login == "wangjz"
    assert form.approvals[0].comment == "同意调取，限办案使用"
    qtbot.waitUntil(lambda: page.detail.form is not None and page.detail.form.state == "approved")
    entries = context.audit.list_entries(AuditFilter(action="form.approve"))
    assert [(e.actor, e.target_id) for e in entries][0] == ("wangjz", "2")
    assert entries[0].details["comment"] == "同意调取，限办案使用"


def test_a_rejection_without_a_reason_is_refused(
    qtbot: QtBot, context: StationContext, manager: Actor, window: MainWindow
) -> None:
    page = approvals(qtbot, window)
    select(qtbot, page, 10)
    before = len(context.audit.list_entries(AuditFilter(action="form.reject")))
    dialog = page.open_decision_dialog(REJECT)
    assert dialog is not None
    dialog.ok_button.click()
    assert dialog.isVisible() and not dialog.is_busy
    assert dialog.message_label.isVisible()
    assert "理由" in dialog.message_label.text()
    assert get_form(context, manager, 10).state == "submitted"
    assert len(context.audit.list_entries(AuditFilter(action="form.reject"))) == before
    dialog.comment_edit.setPlainText("原因与现场情况不符")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: get_form(context, manager, 10).state == "rejected", timeout=10_000)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=10_000)


def test_the_history_shows_every_version_and_signed_step(qtbot: QtBot, window: MainWindow) -> None:
    page = approvals(qtbot, window)
    select(qtbot, page, 10)  # the correction of report 9
    history = page.detail.history
    versions = [history.versions_list.item(i).text() for i in range(history.versions_list.count())]
    assert len(versions) == 2 and "9" in versions[0] and "10" in versions[1]
    assert history.steps_table.rowCount() == 1
    page.detail.version_selected.emit(9)
    qtbot.waitUntil(lambda: page.detail.form is not None and page.detail.form.id == 9)
    steps = [history.steps_table.item(r, 1).text() for r in range(history.steps_table.rowCount())]
    assert steps == ["已提交", "不予批准"]
    assert history.steps_table.item(1, 5).text() == "原因与现场情况不符，请更正"
