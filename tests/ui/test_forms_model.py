"""The forms table model: keyset pages by id in a worker; the inbox ordered by urgency."""

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services.auth import Actor
from app.services.station import StationContext
from app.ui.forms_model import ALL, MINE, WAITING, FormQuery, FormsTableModel
from tests.ui.conftest import sign_in


def loaded(qtbot: QtBot, model: FormsTableModel, query: FormQuery) -> FormsTableModel:
    model.set_query(query)
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    return model


def ids(model: FormsTableModel) -> list[int]:
    return [model.row_at(row).id for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, context: StationContext, manager: Actor
) -> None:
    model = loaded(qtbot, FormsTableModel(context, manager), FormQuery(ALL))
    assert model.rowCount() == 14
    qtmodeltester.check(model)


def test_pages_follow_each_other_by_id_without_gaps_or_repeats(
    qtbot: QtBot, context: StationContext, manager: Actor
) -> None:
    model = loaded(qtbot, FormsTableModel(context, manager, page_size=5), FormQuery(ALL))
    assert ids(model) == [14, 13, 12, 11, 10]
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
        qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    assert ids(model) == list(range(14, 0, -1))


def test_the_inbox_puts_the_overdue_form_first(
    qtbot: QtBot, context: StationContext, manager: Actor
) -> None:
    model = loaded(qtbot, FormsTableModel(context, manager, page_size=2), FormQuery(WAITING))
    # The inspection's rectification deadline has passed; the rest wait by due time, then age.
    assert ids(model) == [13, 10, 2, 12]
    assert model.row_at(0).overdue
    assert not model.canFetchMore(model.index(-1, -1))
    assert "逾期" in model.data(model.index(0, 6))


def test_a_filter_resets_the_model(qtbot: QtBot, context: StationContext) -> None:
    officer = sign_in(context, "liwei")
    model = loaded(qtbot, FormsTableModel(context, officer), FormQuery(MINE))
    assert ids(model) == [11, 8, 4, 3, 1]
    loaded(qtbot, model, FormQuery(MINE, kind="viewing"))
    assert ids(model) == [4, 1]
    loaded(qtbot, model, FormQuery(WAITING))
    assert ids(model) == []
