"""The compliance page: count tiles for the unit tree, each opening the list behind it."""

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services.auth import Actor
from app.services.station import StationContext
from app.ui.compliance_page import CompliancePage
from app.ui.main_window import MainWindow
from tests.ui.conftest import open_window


@pytest.fixture
def window(qtbot: QtBot, context: StationContext, manager: Actor) -> MainWindow:
    return open_window(qtbot, context, manager)


def compliance(qtbot: QtBot, window: MainWindow) -> CompliancePage:
    page = window.show_page("compliance")
    assert isinstance(page, CompliancePage)
    qtbot.waitUntil(lambda: not page.is_busy and page.dashboard is not None, timeout=10_000)
    return page


def open_list(qtbot: QtBot, page: CompliancePage, tile: str) -> list[int | None]:
    page.tiles[tile].clicked.emit(tile)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=10_000)
    return [page.model.row_at(r).form_id for r in range(page.model.rowCount())]


def test_the_overdue_report_is_a_red_tile_that_opens_its_list(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow
) -> None:
    page = compliance(qtbot, window)
    counts = page.dashboard.report.counts  # type: ignore[union-attr]
    tile = page.tiles["overdue_reports"]
    assert int(tile.number()) == counts.overdue_reports >= 1
    assert tile.tone == "alarm"
    assert page.tiles["late_reports"].tone == "ok"  # zero is good news, in green
    assert page.tiles["pending_approvals"].tone == "attention"
    assert open_list(qtbot, page, "overdue_reports")[0] == 8  # the demo's overdue draft
    assert page.model.rowCount() == counts.overdue_reports
    assert page.model.data(page.model.index(0, 0)) == "8"
    qtmodeltester.check(page.model)


def test_each_list_holds_what_its_tile_counts(qtbot: QtBot, window: MainWindow) -> None:
    page = compliance(qtbot, window)
    counts = page.dashboard.report.counts.as_json()  # type: ignore[union-attr]
    for tile in ("pending_approvals", "overdue_rectifications", "open_rectifications",
                 "open_fault_reports", "accountability_records", "unreported_gaps",
                 "late_handovers", "faulty_devices"):  # fmt: skip
        open_list(qtbot, page, tile)
        assert page.model.rowCount() == counts[tile], tile
    assert open_list(qtbot, page, "overdue_rectifications") == [13]


def test_a_form_in_a_list_opens_with_its_history(qtbot: QtBot, window: MainWindow) -> None:
    page = compliance(qtbot, window)
    open_list(qtbot, page, "pending_approvals")
    dialog = page.open_form(page.model.row_at(0).form_id)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)
    assert dialog.detail.form is not None
    assert dialog.detail.form.state == "submitted"
    assert dialog.detail.history.steps_table.rowCount() >= 1
    dialog.close()
