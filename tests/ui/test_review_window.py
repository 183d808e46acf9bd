"""The review window, offscreen, on the demo station: exact frames, markers, stills, angles,
and the viewing it logs on opening and closing."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.media.stills import read_provenance
from app.services.recordings import RecordingFilter, list_recordings
from app.services.station import StationContext
from app.services.viewing_log import list_viewings
from app.store.recordings import Recording
from app.ui.review_window import ReviewWindow
from tests.ui.conftest import sign_in

SHOTS = os.environ.get("EVIDENCE_STATION_SHOTS")


def stop_recordings(context: StationContext) -> tuple[int, int]:
    """The demo's traffic stop: the same event from two cameras (``demo_review``)."""
    with context.store.read() as session:
        ids = session.scalars(
            select(Recording.id)
            .where(Recording.file_name.like("%_0201.MP4"))
            .order_by(Recording.id)
        ).all()
    return ids[0], ids[1]


def open_window(qtbot: QtBot, context: StationContext, login: str, recording_id: int):
    window = ReviewWindow(context, sign_in(context, login), recording_id, use_vlc=False)
    qtbot.addWidget(window)
    window.resize(1500, 880)
    window.show()
    return window


def loaded(qtbot: QtBot, window: ReviewWindow, frame: int = 0) -> None:
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.player.current_frame == frame, timeout=15_000)


def shoot(window: ReviewWindow, name: str) -> None:
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / name))


def test_opening_shows_the_markers_and_logs_the_viewing(qtbot: QtBot, context) -> None:
    first, _second = stop_recordings(context)
    window = open_window(qtbot, context, "chenjing", first)
    loaded(qtbot, window)
    assert window.marker_list.topLevelItemCount() == 7
    assert window.marker_list.topLevelItem(2).text(1) == "出示证件"
    assert [m.frame for m in window.player.timeline.markers] == [0, 6, 12, 21, 30, 38, 49]
    window.player.go_to(12)
    qtbot.waitUntil(lambda: window.player.current_frame == 12, timeout=10_000)
    assert "12 / 49" in window.player.surface._hud[0]
    shoot(window, "review-single.png")
    viewing = window.session.viewing.id
    (row,) = [v for v in list_viewings(context, sign_in(context), first) if v.id == viewing]
    assert row.viewer == "chenjing" and row.closed_at is None
    window.close()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=10_000)
    qtbot.waitUntil(
        lambda: list_viewings(context, sign_in(context), first)[-1].closed_at is not None,
        timeout=10_000,
    )


def test_a_marker_is_added_at_the_frame_on_screen(qtbot: QtBot, context) -> None:
    first, _ = stop_recordings(context)
    window = open_window(qtbot, context, "chenjing", first)
    loaded(qtbot, window)
    window.player.step(17)
    qtbot.waitUntil(lambda: window.player.current_frame == 17, timeout=10_000)
    with qtbot.waitSignal(window.marker_added, timeout=10_000) as added:
        window.add_marker(window.current_frame, "evidence", "车牌清晰可见")
    assert (added.args[0].frame, added.args[0].label) == (17, "证据")
    assert 17 in [m.frame for m in window.player.timeline.markers]
    assert window.marker_list.topLevelItem(3).text(0) == "17"


def test_m_opens_the_marker_dialog_for_the_frame_shown(qtbot: QtBot, context) -> None:
    first, _ = stop_recordings(context)
    window = open_window(qtbot, context, "chenjing", first)
    loaded(qtbot, window)
    window.player.setFocus()
    qtbot.keyClick(window.player, Qt.Key.Key_M)
    from app.ui.marker_dialog import MarkerDialog

    qtbot.waitUntil(lambda: window.findChild(MarkerDialog) is not None, timeout=5_000)
    dialog = window.findChild(MarkerDialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("scene"))
    with qtbot.waitSignal(window.marker_added, timeout=10_000) as added:
        dialog.accept()
    assert (added.args[0].frame, added.args[0].kind) == (0, "scene")


def test_the_still_button_saves_the_exact_frame(qtbot: QtBot, context, tmp_path: Path) -> None:
    first, _ = stop_recordings(context)
    window = open_window(qtbot, context, "chenjing", first)
    loaded(qtbot, window)
    window.player.go_to(30)
    qtbot.waitUntil(lambda: window.player.current_frame == 30, timeout=10_000)
    viewing_note = window.viewing_label.text()
    with qtbot.waitSignal(window.still_saved, timeout=10_000) as saved:
        window.save_still(tmp_path / "still.png")
    assert saved.args[0].frame == 30
    # #16.5: said where the user looks, and the viewing-log note stays as it was
    notice = window.findChild(QMessageBox, "savedNotice")
    assert notice is not None and notice.isVisible()
    assert str(tmp_path / "still.png") in notice.text() and "已保存" in notice.text()
    assert "第 30 帧" in notice.informativeText()
    assert window.viewing_label.text() == viewing_note
    provenance = read_provenance(tmp_path / "still.png")
    assert provenance["frame_index"] == "30"
    assert provenance["recording_sha256"] == window.session.source.recording.sha256


def test_the_angles_play_side_by_side_in_step(qtbot: QtBot, context) -> None:
    first, second = stop_recordings(context)
    window = open_window(qtbot, context, "chenjing", first)
    loaded(qtbot, window)
    assert window.group_box.count() == 1 and window.angles_button.isEnabled()
    with qtbot.waitSignal(window.angles_shown, timeout=10_000):
        window.angles_button.setChecked(True)
    leader, other = (p.player for p in window.angles.panels)
    qtbot.waitUntil(lambda: leader.current_frame == 0, timeout=10_000)
    # The second camera started one second later (true time): at the start it was off.
    assert other.surface._hud == ["此刻未在录制"]
    # B started one second (true time) after A: A's frame 22 is B's frame 12, give or take
    # the milliseconds by which the two clock offsets were measured apart at import.
    for step, frame in ((22, 22), (1, 23), (-10, 13)):
        leader.step(step)
        target = window.angles.aligned(frame)[1]
        assert target in (frame - 11, frame - 10)
        qtbot.waitUntil(
            lambda f=frame, t=target: leader.current_frame == f and other.current_frame == t,
            timeout=10_000,
        )
        panels = window.angles.panels
        lag = panels[1].clock.true_time(target) - panels[0].clock.true_time(frame)
        assert abs(lag.total_seconds()) < 0.1  # the same instant, to within one frame
    shoot(window, "review-angles.png")
    opened = [v for v in list_viewings(context, sign_in(context), second)]
    assert [v.purpose for v in opened] == ["multi-angle"]
    window.angles_button.setChecked(False)
    qtbot.waitUntil(lambda: window.player.current_frame == 13, timeout=10_000)
    qtbot.waitUntil(
        lambda: list_viewings(context, sign_in(context), second)[0].closed_at is not None,
        timeout=10_000,
    )


def test_someone_without_access_cannot_open_it(qtbot: QtBot, context, monkeypatch) -> None:
    from app.ui import errors

    shown: list[BaseException] = []
    monkeypatch.setattr("app.ui.review_window.show_error", lambda _p, exc: shown.append(exc))
    assert errors is not None
    first, _ = stop_recordings(context)
    window = open_window(qtbot, context, "sunli", first)  # an officer of another team
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "may not see recording" in str(shown[0])
    assert window.session is None
    assert window.title.text() == f"记录 {first} 无法回放"
    assert not list_viewings(context, sign_in(context), first)[-1:] or all(
        v.viewer != "sunli" for v in list_viewings(context, sign_in(context), first)
    )


@pytest.fixture(autouse=True)
def _demo_has_the_stop(context) -> None:
    rows = list_recordings(context, sign_in(context), RecordingFilter(), limit=2)
    assert {r.file_name[-9:] for r in rows} == {"_0201.MP4"}


def test_the_recordings_page_opens_the_review(qtbot: QtBot, context) -> None:
    from app.ui.integrity_monitor import IntegrityMonitor
    from app.ui.recordings_page import RecordingsPage

    actor = sign_in(context, "chenjing")
    page = RecordingsPage(context, actor, IntegrityMonitor(context, actor))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy and page.model.rowCount() > 0, timeout=15_000)
    assert not page.review_action.isEnabled()
    page.table.selectRow(0)
    assert page.review_action.isEnabled() and page.review_action.text() == "回放"
    window = page.open_review(page.model.row_at(0).id)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    assert window.isVisible() and window.title.text().endswith("_0201.MP4")
    window.close()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=10_000)
