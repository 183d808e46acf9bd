"""The audit table model: Qt's model checks, keyset paging with fetchMore, filter resets."""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services.audit import AuditFilter
from app.services.auth import Actor
from app.services.people import rename_unit
from app.services.station import StationContext
from app.ui.audit_model import AuditTableModel
from app.ui.jobs import has_running_jobs
from app.ui.row_table_model import ROW_ROLE

PAGE = 5


@pytest.fixture
def model(qtbot: QtBot, context: StationContext, manager: Actor) -> AuditTableModel:
    for number in range(PAGE):  # a few more entries, so that there are several pages
        rename_unit(context, manager, "GTZA", f"治安管理大队（{number}）")
    table = AuditTableModel(context.audit, page_size=PAGE)
    with qtbot.waitSignal(table.rowsInserted):
        table.set_filter(AuditFilter())
    return table


def fetch_page(qtbot: QtBot, model: AuditTableModel) -> None:
    with qtbot.waitSignal(model.loading_changed, check_params_cb=lambda busy: not busy):
        model.fetchMore(QModelIndex())


def seqs(model: AuditTableModel) -> list[int]:
    return [model.index(row, 0).data(ROW_ROLE).seq for row in range(model.rowCount())]


def test_passes_qt_model_checks(qtmodeltester: ModelTester, model: AuditTableModel) -> None:
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_fetch_more_pages_by_sequence_number(
    qtbot: QtBot, context: StationContext, model: AuditTableModel
) -> None:
    total = context.audit.current_head().seq
    assert total > 4 * PAGE
    assert model.rowCount() == PAGE
    assert seqs(model) == list(range(total, total - PAGE, -1))
    for _ in range(3):
        fetch_page(qtbot, model)
    assert seqs(model) == list(range(total, total - 4 * PAGE, -1))  # nothing twice or missing


def test_the_last_page_exhausts_the_model(qtbot: QtBot, model: AuditTableModel) -> None:
    with qtbot.waitSignal(model.loading_changed, check_params_cb=lambda busy: not busy):
        model.set_filter(AuditFilter(action="unit.rename"))
    assert model.rowCount() == PAGE  # a full page: there may be more
    while model.canFetchMore(QModelIndex()):
        fetch_page(qtbot, model)
    assert model.rowCount() == PAGE
    assert model.is_exhausted


def test_a_new_filter_resets_the_model(qtbot: QtBot, model: AuditTableModel) -> None:
    fetch_page(qtbot, model)
    assert model.rowCount() == 2 * PAGE
    with qtbot.waitSignals([model.modelReset, model.rowsInserted]):
        model.set_filter(AuditFilter(action="unit."))
    rows = [model.index(row, 0).data(ROW_ROLE) for row in range(model.rowCount())]
    assert len(rows) == PAGE
    assert {row.action for row in rows} == {"unit.rename"}
    assert model.index(0, 3).data() == "单位更名"


def test_a_page_for_an_old_filter_is_dropped(qtbot: QtBot, model: AuditTableModel) -> None:
    model.set_filter(AuditFilter(action="person."))  # its first page is still on its way
    model.set_filter(AuditFilter(actor="wangjz", action="unit.rename"))
    qtbot.waitUntil(lambda: not model.is_loading)
    qtbot.waitUntil(lambda: not has_running_jobs())  # the dropped page has arrived, too
    assert {model.index(row, 3).data() for row in range(model.rowCount())} == {"单位更名"}
    assert model.rowCount() == PAGE
    with qtbot.waitSignal(model.loading_changed, check_params_cb=lambda busy: not busy):
        model.set_filter(AuditFilter(actor="nobody-at-all"))
    assert model.rowCount() == 0
    assert model.is_exhausted


def test_text_filter_matches_details_and_objects(qtbot: QtBot, model: AuditTableModel) -> None:
    with qtbot.waitSignal(model.loading_changed, check_params_cb=lambda busy: not busy):
        model.set_filter(AuditFilter(text=f"（{PAGE - 1}）"))  # the last rename, nothing else
    assert model.rowCount() == 1
    assert model.index(0, 4).data() == "单位 GTZA"
    assert f"治安管理大队（{PAGE - 1}）" in model.index(0, 5).data()


def test_asking_for_more_while_rows_go_in_fetches_no_page_twice(
    qtbot: QtBot, context: StationContext, model: AuditTableModel
) -> None:
    # Qt's model tester and item views may call fetchMore from their rowsAboutToBeInserted
    # slots; the page then being inserted must not be asked for again.
    model.rowsAboutToBeInserted.connect(lambda *_: model.fetchMore(QModelIndex()))
    for _ in range(3):
        fetch_page(qtbot, model)
    qtbot.waitUntil(lambda: not has_running_jobs())
    total = context.audit.current_head().seq
    assert seqs(model) == list(range(total, total - model.rowCount(), -1))


def test_a_damaged_entry_is_shown_as_damaged(
    qtbot: QtBot, context: StationContext, model: AuditTableModel
) -> None:
    """A blob where the actor belongs and a time that does not parse (issue #17, item 8)."""
    import sqlite3

    newest = context.audit.current_head().seq
    with sqlite3.connect(context.paths.database) as db:
        db.execute("UPDATE audit_entries SET actor = x'00ff', at = 'noon' WHERE seq = ?", (newest,))
    with qtbot.waitSignal(model.loading_changed, check_params_cb=lambda busy: not busy):
        model.refresh()
    assert seqs(model)[0] == newest
    assert model.index(0, 1).data() == "—"
    assert "damaged" in model.index(0, 5).data() or "损坏" in model.index(0, 5).data()
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
