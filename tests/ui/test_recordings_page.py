"""The recordings page: filters reach the table, details show digests and are audited."""

import pytest
from pytestqt.qtbot import QtBot

from app.services.audit import AuditFilter
from app.services.auth import Actor
from app.services.station import StationContext
from app.ui.main_window import MainWindow
from app.ui.recordings_page import RecordingsPage
from tests.ui.conftest import open_window


@pytest.fixture
def window(qtbot: QtBot, context: StationContext, manager: Actor) -> MainWindow:
    return open_window(qtbot, context, manager)


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> RecordingsPage:
    widget = window.show_page("recordings")
    assert isinstance(widget, RecordingsPage)
    qtbot.waitUntil(lambda: not widget.is_busy and widget.model.rowCount() > 0)
    return widget


def viewings(context: StationContext) -> list[str]:
    rows = context.audit.list_entries(AuditFilter(action="recording.view-details"), limit=100)
    return [row.target_id for row in rows]


def test_the_page_comes_right_after_the_overview(window: MainWindow) -> None:
    assert window.page_ids()[:3] == ["overview", "recordings", "devices"]


def test_the_detail_pane_shows_the_digests_and_audits_the_viewing(
    qtbot: QtBot, page: RecordingsPage, context: StationContext
) -> None:
    before = viewings(context)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=10_000)
    detail = page.detail.detail
    assert detail is not None and detail.row.id == page.model.row_at(0).id
    shown = page.detail.integrity_card.value("sha256").replace("\n", "")
    assert shown == detail.sha256 and len(shown) == 64
    assert page.detail.integrity_card.value("sm3").replace("\n", "") == detail.sm3
    assert page.detail.integrity_card.value("state") == "与哈希值一致"
    assert viewings(context) == [str(detail.row.id), *before]
    actions = [
        page.detail.trail.topLevelItem(i).text(2)
        for i in range(page.detail.trail.topLevelItemCount())
    ]
    assert "导入" in actions and actions[-1] == "查看详情"


def test_the_filter_bar_narrows_the_table(qtbot: QtBot, page: RecordingsPage) -> None:
    bar = page.filter_bar
    bar.officer_combo.setCurrentIndex(bar.officer_combo.findData("zhaoqiang"))
    qtbot.waitUntil(lambda: page.model.is_exhausted and not page.model.is_loading)
    assert {r.officer_login for r in page.model.rows()} == {"zhaoqiang"}
    bar.damaged_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.is_exhausted and not page.model.is_loading)
    assert page.model.rowCount() == 0
    bar.clear_button.click()
    qtbot.waitUntil(lambda: not page.model.is_loading and page.model.rowCount() > 0)
    assert bar.current_query().filters.officer is None


def test_verifying_the_selection_finds_the_originals_intact(
    qtbot: QtBot, page: RecordingsPage, context: StationContext
) -> None:
    ids = [page.model.row_at(0).id, page.model.row_at(1).id]
    page.verify(ids)
    qtbot.waitUntil(lambda: page._verify is None, timeout=10_000)
    latest = context.audit.list_entries(AuditFilter(action="vault.verify"), limit=1)[0]
    assert latest.details["recordings"] == sorted(ids) and latest.details["problems"] == []
    assert page.last_verification is not None and page.last_verification.ok
