"""The import dialog: a camera drive is found, files go into the vault in the background,
the summary says what happened, cancel stops between chunks, and the rest can be resumed."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.auth import Actor
from app.services.station import StationContext
from app.ui.camera_drives import find_camera_drives
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from app.ui.recordings_page import RecordingsPage
from tests.support.media import copy_video
from tests.ui.conftest import open_window, sign_in


@pytest.fixture
def camera(tmp_path: Path) -> Path:
    """A card as a body camera mounts it: DCIM with recorder-named clips and a thumbnail."""
    root = tmp_path / "DSJ-CAM"
    for number, seed in enumerate((501, 502, 503), start=1):
        copy_video(
            root / "DCIM" / "100DSJ" / f"DSJ_GTDSJ001_20261125_1430{number:02d}_{number:04d}.MP4",
            seed,
        )
    (root / "DCIM" / "100DSJ" / "thumb.jpg").write_bytes(b"\xff\xd8 not footage")
    (root / "notes").mkdir()
    return root


@pytest.fixture
def admin(context: StationContext) -> Actor:
    return sign_in(context, "chenjing")


@pytest.fixture
def window(qtbot: QtBot, context: StationContext, admin: Actor) -> MainWindow:
    return open_window(qtbot, context, admin)


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> RecordingsPage:
    widget = window.show_page("recordings")
    assert isinstance(widget, RecordingsPage)
    qtbot.waitUntil(lambda: not widget.is_busy and widget.model.rowCount() > 0)
    return widget


def ready_dialog(qtbot: QtBot, page: RecordingsPage) -> ImportDialog:
    dialog = page.open_import_dialog()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)
    return dialog


def test_a_camera_drive_is_recognised_by_its_folders(camera: Path, tmp_path: Path) -> None:
    (tmp_path / "usb-stick" / "photos").mkdir(parents=True)
    drives = find_camera_drives([camera, tmp_path / "usb-stick"])
    assert [(d.root, d.folders) for d in drives] == [(camera, (camera / "DCIM",))]


def test_an_import_through_the_dialog_ends_with_a_summary_and_shows_in_the_table(
    qtbot: QtBot, page: RecordingsPage, camera: Path
) -> None:
    dialog = ready_dialog(qtbot, page)
    dialog.add_source(camera / "DCIM", kind="drive")
    dialog.officer_combo.setCurrentIndex(dialog.officer_combo.findData("liwei"))
    assert dialog.device_combo.currentData() == "GT-DSJ-001"  # the officer's own camera
    assert not dialog.is_lending()
    dialog.case_edit.setText("馆公（城）行罚决字〔2026〕7号")
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as finished:
        dialog.start_button.click()
        assert dialog.is_importing and dialog.progress_box.isVisible()
    report = finished.args[0]
    assert len(report.imported) == 3 and [s.source for s in report.skipped] == [
        str(camera / "DCIM" / "100DSJ" / "thumb.jpg")
    ]
    assert dialog.summary.isVisible() and dialog.summary.title_label.text() == "导入完成"
    assert (dialog.summary.count("imported"), dialog.summary.count("skipped")) == (3, 1)
    assert dialog.progress.last is not None and dialog.progress.last.items_done == 3
    assert dialog.close_button.text() == "关闭"
    new_ids = {item.id for item in report.imported}
    qtbot.waitUntil(lambda: new_ids <= {r.id for r in page.model.rows()}, timeout=10_000)


def test_lending_is_warned_before_the_import(
    qtbot: QtBot, page: RecordingsPage, camera: Path
) -> None:
    dialog = ready_dialog(qtbot, page)
    dialog.officer_combo.setCurrentIndex(dialog.officer_combo.findData("zhaoqiang"))
    dialog.device_combo.setCurrentIndex(dialog.device_combo.findData("GT-DSJ-001"))
    assert dialog.is_lending() and "李伟" in dialog.lending_label.text()
    assert dialog.build_request() is None  # no sources yet: says so instead of starting
    assert dialog.message_label.text() == "请添加记录仪、文件夹或文件。"


def test_cancel_stops_the_import_and_the_rest_can_be_resumed(
    qtbot: QtBot, page: RecordingsPage, camera: Path
) -> None:
    for seed in range(510, 530):
        copy_video(camera / "DCIM" / "101DSJ" / f"clip-{seed}.mp4", seed, frames=30)
    dialog = ready_dialog(qtbot, page)
    dialog.add_source(camera)
    dialog.officer_combo.setCurrentIndex(dialog.officer_combo.findData("liwei"))
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as finished:
        dialog.start_button.click()
        dialog.cancel_import()
    report = finished.args[0]
    assert report.cancelled and report.failed
    assert dialog.summary.title_label.text() == "导入已取消"
    dialog.close()
    again = ready_dialog(qtbot, page)
    assert again.resume_frame.isVisible()
    with qtbot.waitSignal(again.import_finished, timeout=30_000) as resumed:
        again.resume_button.click()
    rest = resumed.args[0]
    assert not rest.cancelled and not rest.failed
    # Each of the 23 media files is a recording once, whether before or after the cancel.
    assert len({i.id for i in report.imported} | {i.id for i in rest.imported}) == 23
