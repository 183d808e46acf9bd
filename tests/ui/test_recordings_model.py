"""The recordings table model: keyset pages on demand, a new query starts over, flags narrow."""

from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.services.auth import Actor
from app.services.recordings import RecordingFilter, list_recordings
from app.services.station import StationContext
from app.ui import recordings_model
from app.ui.recording_pages import RecordingQuery, fetch_recording_page
from app.ui.recordings_model import RecordingsTableModel


@pytest.fixture
def model(qtbot: QtBot, context: StationContext, manager: Actor) -> RecordingsTableModel:
    model = RecordingsTableModel(context, manager, page_size=5)
    with qtbot.waitSignal(model.loading_changed, check_params_cb=lambda busy: not busy):
        model.set_query(RecordingQuery())
    return model


def load_all(qtbot: QtBot, model: RecordingsTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_loading)


def test_pages_arrive_on_demand_newest_first(
    qtbot: QtBot, model: RecordingsTableModel, context: StationContext, manager: Actor
) -> None:
    assert model.rowCount() == 5
    assert model.canFetchMore(QModelIndex())
    load_all(qtbot, model)
    everything = list_recordings(context, manager, RecordingFilter(), limit=1000)
    assert [r.id for r in model.rows()] == [r.id for r in everything]
    assert model.is_exhausted and not model.canFetchMore(QModelIndex())
    starts = [r.started_at for r in model.rows()]
    assert starts == sorted(starts, reverse=True)


def test_the_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, model) -> None:  # type: ignore[no-untyped-def]
    load_all(qtbot, model)
    qtmodeltester.check(model, force_py=True)


def test_a_new_query_resets_the_model(qtbot: QtBot, model: RecordingsTableModel) -> None:
    load_all(qtbot, model)
    with qtbot.waitSignal(model.modelReset):
        model.set_query(RecordingQuery(RecordingFilter(officer="sunli")))
    assert model.rowCount() == 0  # nothing of the old query is kept
    qtbot.waitUntil(lambda: not model.is_loading)
    load_all(qtbot, model)
    assert model.rowCount() == 8
    assert {r.officer_login for r in model.rows()} == {"sunli"}


def test_flags_narrow_the_list_and_data_formats_them(
    qtbot: QtBot, model: RecordingsTableModel
) -> None:
    model.set_query(RecordingQuery(late_only=True))
    qtbot.waitUntil(lambda: model.is_exhausted)
    assert model.rowCount() == 2  # the demo's late hand-over: one intact, one damaged
    assert all(r.is_late for r in model.rows())
    handover = model.data(model.index(0, recordings_model.HANDOVER))
    assert handover.startswith("迟交")
    model.set_query(RecordingQuery(late_only=True, damaged_only=True))
    qtbot.waitUntil(lambda: model.is_exhausted)
    assert [r.is_damaged for r in model.rows()] == [True]
    assert model.data(model.index(0, recordings_model.DAMAGED)) == "损坏"


def test_flag_pages_resume_after_the_last_row_read(context: StationContext, manager: Actor) -> None:
    query = RecordingQuery(late_only=True)
    first = fetch_recording_page(context, manager, query, limit=1, scan_pages=1)
    assert first.exhausted  # the demo is smaller than one scan page
    every = list_recordings(context, manager, RecordingFilter(), limit=1000)
    assert first.after == every[-1].cursor
    assert [r.id for r in first.rows] == [r.id for r in every if r.is_late]


def test_alarmed_recordings_are_marked(qtbot: QtBot, model: RecordingsTableModel) -> None:
    first = model.row_at(0)
    with qtbot.waitSignal(model.dataChanged):
        model.set_alarmed_ids(frozenset({first.id}))
    assert model.data(model.index(0, recordings_model.INTEGRITY)) == "告警"
    assert model.data(model.index(1, recordings_model.INTEGRITY)) == "—"


def test_the_case_number_shows_where_footage_was_filed_with_one(
    qtbot: QtBot, model: RecordingsTableModel
) -> None:
    model.set_query(RecordingQuery(RecordingFilter(officer="zhaoqiang")))
    qtbot.waitUntil(lambda: not model.is_loading)
    load_all(qtbot, model)
    cases = [model.data(model.index(row, recordings_model.CASE)) for row in range(9)]
    # The demo files his first hand-over (8 clips) with a case, his later one without.
    assert Counter(cases) == {"馆公(城)行罚决字〔2026〕0107号": 8, "—": 1}
