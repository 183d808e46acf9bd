"""The devices page: add, issue, report a fault, history; the equipment rate follows."""

import pytest
from pytestqt.qtbot import QtBot

from app.services.auth import Actor, log_in
from app.services.demo import DEMO_PASSWORD
from app.services.devices import DeviceEventKind, DeviceState
from app.services.station import StationContext
from app.ui import devices_model
from app.ui.devices_page import DevicesPage
from app.ui.main_window import MainWindow
from tests.ui.conftest import open_window


@pytest.fixture
def window(qtbot: QtBot, context: StationContext, manager: Actor) -> MainWindow:
    return open_window(qtbot, context, manager)


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> DevicesPage:
    widget = window.show_page("devices")
    assert isinstance(widget, DevicesPage)
    qtbot.waitUntil(lambda: not widget.is_busy and widget.model.rowCount() > 0)
    return widget


def device(page: DevicesPage, asset: str):  # type: ignore[no-untyped-def]
    return page.model.row_at(page.model.row_of_asset(asset))


def test_the_ledger_shows_states_and_wearers_in_chinese(page: DevicesPage) -> None:
    row = page.model.row_of_asset("GT-DSJ-004")
    assert page.model.data(page.model.index(row, devices_model.STATE)) == "故障"
    first = page.model.row_of_asset("GT-DSJ-001")
    assert page.model.data(page.model.index(first, devices_model.ASSIGNEE)) == "李伟（liwei）"
    assert page.model.data(page.model.index(first, devices_model.KIND)) == "执法记录仪"
    assert page.rate_card.total_label.text().startswith("总体 100%")


def test_add_issue_and_report_a_fault(qtbot: QtBot, page: DevicesPage) -> None:
    dialog = page.open_add_dialog()
    dialog.asset_edit.setText("GT-DSJ-005")
    dialog.serial_edit.setText("HY2026A0005")
    dialog.model_edit.setText("DSJ-HY9")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.model.row_of_asset("GT-DSJ-005") >= 0 and not page.is_busy)
    assert page.selected_device().asset_no == "GT-DSJ-005"
    assert page.assign_action.isEnabled() and not page.return_action.isEnabled()

    assign = page.open_assign_dialog()
    assert assign is not None
    assign.select_login("zhaoqiang")
    with qtbot.waitSignal(assign.accepted, timeout=10_000):
        assign.ok_button.click()
    qtbot.waitUntil(lambda: device(page, "GT-DSJ-005").assignee_login == "zhaoqiang")
    assert page.return_action.isEnabled() and not page.assign_action.isEnabled()

    fault = page.open_event_dialog(DeviceEventKind.FAULT)
    assert fault is not None
    with qtbot.waitSignal(fault.accepted, timeout=10_000):
        fault.ok_button.click()  # no note: refused in the dialog
        assert fault.message_label.text() == "请填写说明。"
        fault.note_edit.setPlainText("屏幕不亮")
        fault.ok_button.click()
    qtbot.waitUntil(lambda: device(page, "GT-DSJ-005").state is DeviceState.FAULTY)
    assert page.event_actions[DeviceEventKind.REPAIR].isEnabled()
    assert not page.fault_action.isEnabled()


def test_the_history_lists_issue_checks_and_faults(qtbot: QtBot, page: DevicesPage) -> None:
    page.select_asset("GT-DSJ-004")
    history = page.open_history_dialog()
    assert history is not None
    qtbot.waitUntil(lambda: history.history is not None, timeout=10_000)
    assert history.events.topLevelItemCount() == 1
    assert history.events.topLevelItem(0).text(1) == "报告故障"
    assert history.tabs.tabText(1) == "故障与维修（1）"
    page.select_asset("GT-DSJ-001")
    check = page.open_check_dialog()
    assert check is not None
    check.battery_check.setChecked(False)
    with qtbot.waitSignal(check.accepted, timeout=10_000):
        check.ok_button.click()
    page.select_asset("GT-DSJ-001")
    again = page.open_history_dialog()
    qtbot.waitUntil(lambda: again is not None and again.history is not None, timeout=10_000)
    assert again is not None
    newest = again.checks.topLevelItem(again.checks.topLevelItemCount() - 1)
    assert (newest.text(1), newest.text(2), newest.text(3)) == ("使用前检查", "wangjz", "异常")


def test_an_officer_acts_only_on_the_device_issued_to_them(
    qtbot: QtBot, context: StationContext
) -> None:
    """Issue #17: liwei wears GT-DSJ-001; GT-DSJ-002 is zhaoqiang's."""
    officer = log_in(context, "liwei", DEMO_PASSWORD, client="test")
    page = open_window(qtbot, context, officer).show_page("devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: not page.is_busy and page.model.rowCount() > 0)
    page.select_asset("GT-DSJ-001")
    assert page.fault_action.isEnabled() and page.check_action.isEnabled()
    page.select_asset("GT-DSJ-002")
    assert not page.fault_action.isEnabled() and not page.check_action.isEnabled()
    assert page.history_action.isEnabled()
