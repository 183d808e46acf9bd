"""The review player, offscreen: exact frames on screen, stepping, go-to, no-libvlc fallback."""

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.media.frame_index import build_index
from app.ui.player.player_widget import PlayerWidget
from app.ui.player.timeline import TimelineMarker
from tests.support import corpus

START = datetime(2026, 3, 1, 0, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, corpus.CorpusFile]:
    return corpus.build(corpus.corpus_folder(tmp_path_factory.getbasetemp()))


def image_index(image: QImage) -> int | None:
    """Read the corpus index back from what the player put on screen."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    array = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    return corpus.read_index(array[:, : width * 3].reshape(height, width, 3))


def open_player(qtbot: QtBot, path: Path, **kwargs) -> PlayerWidget:
    player = PlayerWidget(use_vlc=kwargs.pop("use_vlc", True))
    qtbot.addWidget(player)
    player.resize(900, 620)
    player.show()
    with qtbot.waitSignal(player.frame_shown, timeout=10_000):
        player.open_file(path, **kwargs)
    return player


def shown_frame(player: PlayerWidget) -> int | None:
    return image_index(player.surface._image)


def wait_for(qtbot: QtBot, player: PlayerWidget, n: int) -> None:
    qtbot.waitUntil(lambda: player.current_frame == n, timeout=10_000)


def test_the_first_frame_is_shown_with_its_number(qtbot: QtBot, media) -> None:
    player = open_player(qtbot, media["h264_bframes_open_gop"].path)
    assert player.current_frame == 0
    assert shown_frame(player) == 0
    assert player.frame_count == 90
    assert player.surface._hud[0].startswith("帧 0 / 89")


def test_stepping_shows_the_exact_frames(qtbot: QtBot, media) -> None:
    player = open_player(qtbot, media["long_gop_audio"].path)
    for step, expected in ((10, 10), (1, 11), (-1, 10), (-10, 0), (10, 10), (10, 20)):
        player.step(step)
        wait_for(qtbot, player, expected)
        assert shown_frame(player) == expected
        assert player.transport.frame_box.value() == expected


def test_keys_step_and_go_back(qtbot: QtBot, media) -> None:
    player = open_player(qtbot, media["hevc"].path)
    player.setFocus()
    qtbot.keyClick(player, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    wait_for(qtbot, player, 10)
    qtbot.keyClick(player, Qt.Key.Key_Left)
    wait_for(qtbot, player, 9)
    assert shown_frame(player) == 9


def test_go_to_frame_and_time(qtbot: QtBot, media) -> None:
    item = media["edit_list"]
    player = open_player(qtbot, item.path)
    player.go_to(33)
    wait_for(qtbot, player, 33)
    assert shown_frame(player) == item.truth[33]
    player.go_to_time("00:00:01.000")
    wait_for(qtbot, player, 25)
    assert shown_frame(player) == item.truth[25]
    player.go_to(10_000)
    wait_for(qtbot, player, 61)


def test_a_rotated_video_is_shown_upright(qtbot: QtBot, media) -> None:
    player = open_player(qtbot, media["rotation_90"].path)
    player.go_to(5)
    wait_for(qtbot, player, 5)
    image = player.surface._image
    assert (image.width(), image.height()) == (corpus.HEIGHT, corpus.WIDTH)


def test_device_time_and_clock_offset_are_shown(qtbot: QtBot, media) -> None:
    player = open_player(
        qtbot,
        media["ntsc_2997"].path,
        index=build_index(media["ntsc_2997"].path),
        device_start=START,
        clock_offset=timedelta(seconds=2),
        title="DSJ-0042",
    )
    player.go_to(30)
    wait_for(qtbot, player, 30)
    hud = player.surface._hud
    assert "设备时间 2026-03-01 08:30:01.001" in hud[2]
    assert "08:29:59.001" in hud[3] and "+2.000" in hud[3]
    assert player.surface._badge == "DSJ-0042"


def test_without_libvlc_it_plays_silently_from_exact_frames(
    qtbot: QtBot, media, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "vlc", None)  # import vlc now fails as on a bare PC
    player = open_player(qtbot, media["mjpeg_avi"].path)
    assert not player.has_sound
    assert "libvlc" in player.status.text() and player.status.isVisibleTo(player)
    assert not player.transport.volume.isEnabled()
    seen: list[int] = []
    player.frame_shown.connect(seen.append)
    player.set_rate(4.0)
    player.play()
    qtbot.waitUntil(lambda: len(seen) >= 8, timeout=10_000)
    player.pause()
    assert seen == sorted(seen) and seen[0] == 1
    assert shown_frame(player) == player.current_frame


def test_j_plays_backwards_and_k_stops(qtbot: QtBot, media) -> None:
    player = open_player(qtbot, media["h264_bframes_open_gop"].path)
    player.go_to(40)
    wait_for(qtbot, player, 40)
    player.setFocus()
    qtbot.keyClick(player, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: player.current_frame <= 35, timeout=10_000)
    qtbot.keyClick(player, Qt.Key.Key_K)
    assert not player.is_playing
    stopped = player.current_frame
    qtbot.wait(100)
    assert shown_frame(player) == stopped


def test_timeline_shows_markers_and_thumbnails(qtbot: QtBot, media) -> None:
    player = open_player(qtbot, media["long_gop_audio"].path)
    player.set_markers([TimelineMarker(30, "出示证件"), TimelineMarker(80, "告知权利")])
    qtbot.waitUntil(lambda: len(player.timeline._thumbnails) == 2, timeout=10_000)
    assert [n for n, _ in player.timeline._thumbnails] == [0, 100]
    x = player.timeline.x_of(80)
    assert player.timeline.frame_at_x(x) == 80
