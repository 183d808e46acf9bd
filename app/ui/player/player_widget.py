"""The review player (R4): exact frames when paused or stepping, libvlc when playing.

Whatever is on screen while paused is the exact decoded frame from the frame index, with
its number and device time over it; playback with sound is libvlc's, embedded in a native
child window. Without libvlc (or without native windows) playback runs on the exact frames
themselves, without sound, and the player says so once.

Signals:
    frame_shown(int): the exact frame now on screen.
    opened(int): a video is ready; its frame count.
    marker_requested(int): "mark this frame" for the frame on screen.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.clock import STATION_TZ
from app.core.errors import EvidenceStationError
from app.media.frame_index import FrameIndex
from app.media.timecode import FrameClock, format_clock, parse_clock
from app.ui.errors import show_error
from app.ui.player.controls import RATES, TransportBar
from app.ui.player.frame_decoder import FrameDecoder
from app.ui.player.timeline import TimelineMarker, TimelineWidget
from app.ui.player.video_surface import VideoSurface
from app.ui.player.vlc_backend import VlcPlayback, can_embed, load_vlc

log = logging.getLogger(__name__)

THUMBNAILS = 24
POLL_MS = 40


def device_text(moment: datetime) -> str:
    local = moment.astimezone(STATION_TZ)
    return f"{local:%Y-%m-%d %H:%M:%S}.{local.microsecond // 1000:03d}"


class PlayerWidget(QWidget):
    frame_shown = Signal(int)
    opened = Signal(int)
    marker_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, use_vlc: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("playerWidget")
        self.surface = VideoSurface()
        self.timeline = TimelineWidget()
        self.transport = TransportBar()
        self.status = QLabel()
        self.status.setObjectName("playerStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.surface, 1)
        layout.addWidget(self.timeline)
        layout.addWidget(self.transport)
        layout.addWidget(self.status)
        self.setStyleSheet(STYLE)
        self._path: Path | None = None
        self._clock: FrameClock | None = None
        self._decoder: FrameDecoder | None = None
        self._vlc_module = load_vlc() if use_vlc else None
        self._vlc: VlcPlayback | None = None
        self._current = -1
        self._wanted = 0
        self._playing = 0  # 1 forward, -1 backward, 0 paused
        self._rate = 1.0
        self._title = ""
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._connect()
        self._shortcuts()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tell_sound()

    # -- opening ------------------------------------------------------------------------

    def open_file(
        self,
        path: Path,
        *,
        index: FrameIndex | None = None,
        device_start: datetime | None = None,
        clock_offset: timedelta = timedelta(0),
        title: str = "",
    ) -> None:
        """Show ``path``; its frame index is built off the GUI thread unless given.

        Args:
            index: the recording's stored frame index (no rescan), or ``None``.
            device_start: the device's clock at frame 0 (timezone-aware).
            clock_offset: device clock minus true clock, measured at import.
            title: shown in the picture's corner (device, officer).
        """
        self.close_video()
        self._path, self._title = Path(path), title
        self.surface.set_hud([self.tr("Opening…")])
        self._clock_start = (device_start, clock_offset)
        self._thumbnails: list[tuple[int, QImage]] = []
        self._decoder = FrameDecoder(self._path, index, THUMBNAILS, self)
        self._decoder.index_ready.connect(self._on_decoder_index_ready)
        self._decoder.frame_decoded.connect(self._on_decoder_frame_decoded)
        self._decoder.thumbnail_ready.connect(self._on_decoder_thumbnail_ready)
        self._decoder.decode_failed.connect(self._on_decoder_failed)

    @Slot(object)
    def _on_decoder_index_ready(self, index: FrameIndex) -> None:
        device_start, offset = self._clock_start
        self._clock = FrameClock(index.seconds(), device_start, offset)
        self.timeline.set_frame_count(len(index))
        self.transport.set_frame_count(len(index))
        self._current, self._wanted = -1, 0
        self.go_to(0)
        self.opened.emit(len(index))

    def close_video(self) -> None:
        self.pause()
        if self._vlc is not None:
            self._vlc.release()
            self._vlc = None
        if self._decoder is not None:
            self._decoder.shut_down()
            self._decoder.deleteLater()
            self._decoder = None
        self._clock, self._current = None, -1

    # -- what the rest of the GUI asks ---------------------------------------------------

    @property
    def current_frame(self) -> int:
        return self._current

    @property
    def frame_count(self) -> int:
        return len(self._clock) if self._clock is not None else 0

    @property
    def clock(self) -> FrameClock | None:
        return self._clock

    @property
    def is_playing(self) -> bool:
        return self._playing != 0

    @property
    def has_sound(self) -> bool:
        return self._vlc_module is not None and can_embed(QGuiApplication.platformName())

    def go_to(self, n: int) -> None:
        """Show exactly frame ``n`` (clamped to the recording)."""
        if self._decoder is None or self._clock is None:
            return
        self._wanted = max(0, min(len(self._clock) - 1, n))
        self.timeline.set_current(self._wanted)
        self._decoder.request(self._wanted)

    def go_to_time(self, text: str) -> None:
        """Go to a media time typed as ``HH:MM:SS.mmm`` (or seconds)."""
        if self._clock is None:
            return
        try:
            self.go_to(self._clock.frame_at(parse_clock(text)))
        except EvidenceStationError as exc:
            show_error(self, exc)

    def step(self, frames: int) -> None:
        self.pause()
        self.go_to(max(self._wanted, 0) + frames)

    def set_markers(self, markers: list[TimelineMarker]) -> None:
        self.timeline.set_markers(markers)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        if self._vlc is not None:
            self._vlc.set_rate(rate)
        if self._playing and self._vlc is None:
            self._timer.setInterval(self._frame_interval())

    # -- playing -------------------------------------------------------------------------

    def play(self, direction: int = 1) -> None:
        if self._clock is None:
            return
        self._playing = direction
        self.transport.show_playing(True)
        if direction > 0 and self._start_vlc():
            self._timer.start(POLL_MS)
        else:
            self._timer.start(self._frame_interval())

    def pause(self) -> None:
        if not self._playing:
            return
        self._playing = 0
        self._timer.stop()
        self.transport.show_playing(False)
        if self._vlc is not None and self.surface.native_host.isVisible():
            seconds = self._vlc.pause()
            self.surface.native_host.hide()
            if self._clock is not None:
                self.go_to(self._clock.frame_at(min(seconds, float(self._clock.seconds[-1]))))

    def toggle_play(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play(1)

    def _start_vlc(self) -> bool:
        if not self.has_sound or self._path is None or self._clock is None:
            return False
        if self._vlc is None:
            window = int(self.surface.native_host.winId())
            self._vlc = VlcPlayback(self._vlc_module, self._path, window)
            self._vlc.set_volume(self.transport.volume.value())
        self.surface.native_host.show()
        self._vlc.play(self._clock.media_time(max(self._current, 0)), self._rate)
        return True

    def _frame_interval(self) -> int:
        if self._clock is None or len(self._clock) < 2:
            return 40
        step = float(self._clock.seconds[-1]) / (len(self._clock) - 1)
        return max(5, round(step * 1000 / self._rate))

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._clock is None:
            return
        if self._vlc is not None and self.surface.native_host.isVisible():
            n = self._clock.frame_at(min(self._vlc.position(), float(self._clock.seconds[-1])))
            self._show_position(n)
            return
        if self._wanted != self._current:
            return  # the decoder is still busy with the last one: drop, never queue
        following = self._current + self._playing
        if not 0 <= following < len(self._clock):
            self.pause()
            return
        self.go_to(following)

    # -- showing -------------------------------------------------------------------------

    @Slot(int, QImage)
    def _on_decoder_frame_decoded(self, n: int, image: QImage) -> None:
        # A frame still queued from a video closed meanwhile (close_video) is dropped.
        if self.surface.native_host.isVisible() or self._clock is None:
            return
        self.surface.show_image(image)
        self._current = n
        self._show_position(n)
        self.frame_shown.emit(n)

    def _show_position(self, n: int) -> None:
        assert self._clock is not None
        self.timeline.set_current(n)
        media = format_clock(self._clock.media_time(n))
        self.transport.show_position(n, media)
        lines = [self.tr("Frame {n} / {last}").format(n=n, last=len(self._clock) - 1)]
        lines.append(self.tr("Media time {t}").format(t=media))
        device = self._clock.device_time(n)
        if device is not None:
            lines.append(self.tr("Device time {t}").format(t=device_text(device)))
            offset = self._clock.clock_offset.total_seconds()
            true_time = self._clock.true_time(n)
            assert true_time is not None
            lines.append(
                self.tr("Corrected {t} (clock offset {o:+.3f} s)").format(
                    t=device_text(true_time), o=offset
                )
            )
        self.surface.set_hud(lines, self._title)

    @Slot(int, QImage)
    def _on_decoder_thumbnail_ready(self, n: int, image: QImage) -> None:
        self._thumbnails.append((n, image))
        self.timeline.set_thumbnails(list(self._thumbnails))

    @Slot(object)
    def _on_decoder_failed(self, exc: object) -> None:
        self.surface.set_hud([self.tr("Cannot show this video")])
        if isinstance(exc, BaseException):
            show_error(self, exc)

    def _tell_sound(self) -> None:
        """Say once, in the status line, how this player plays."""
        if self._vlc_module is None:
            text = self.tr("libvlc is not installed: playing without sound; frames stay exact.")
        elif not can_embed(QGuiApplication.platformName()):
            text = self.tr("No native window for libvlc: playing without sound.")
        else:
            self.status.hide()
            return
        log.info("player without libvlc sound: %s", text)
        self.status.setText(text)
        self.transport.set_sound_available(False)

    # -- wiring --------------------------------------------------------------------------

    def _connect(self) -> None:
        t = self.transport
        t.step_requested.connect(self.step)
        t.play_toggled.connect(self.toggle_play)
        t.rate_changed.connect(self.set_rate)
        t.frame_entered.connect(self.go_to)
        t.time_entered.connect(self.go_to_time)
        t.volume_changed.connect(self._on_transport_volume_changed)
        t.fullscreen_toggled.connect(self.toggle_full_screen)
        self.timeline.frame_requested.connect(self._on_timeline_frame_requested)

    def _shortcuts(self) -> None:
        keys = {
            "Left": lambda: self.step(-1),
            "Right": lambda: self.step(1),
            "Shift+Left": lambda: self.step(-10),
            "Shift+Right": lambda: self.step(10),
            "Space": self.toggle_play,
            "K": self.pause,
            "L": lambda: self._shuttle(1),
            "J": lambda: self._shuttle(-1),
            "F": self.toggle_full_screen,
            "Escape": lambda: self.toggle_full_screen(leave=True),
            "M": lambda: self.marker_requested.emit(self._current),
        }
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def _shuttle(self, direction: int) -> None:
        """J/L as in editing suites: again in the same direction plays faster."""
        if self._playing == direction:
            faster = [r for r in RATES if r > self._rate]
            if faster:
                self.transport.rate_box.setCurrentIndex(RATES.index(faster[0]))
            return
        self.pause()
        self.play(direction)

    def toggle_full_screen(self, leave: bool = False) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        elif not leave:
            window.showFullScreen()

    def _on_transport_volume_changed(self, value: int) -> None:
        if self._vlc is not None:
            self._vlc.set_volume(value)

    def _on_timeline_frame_requested(self, n: int) -> None:
        self.pause()
        self.go_to(n)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.close_video()
        super().closeEvent(event)


STYLE = """
#playerWidget { background: #0d1117; }
#transportBar { background: #1c2128; }
#transportBar QLabel { color: #c9d1d9; }
#transportBar QToolButton {
    color: #e6edf3; background: #2d333b; border: 1px solid #444c56; border-radius: 4px;
    padding: 4px 8px; font-size: 13px;
}
#transportBar QToolButton:hover { background: #373e47; }
#transportBar QToolButton#playButton { background: #1d5fa6; border-color: #1d5fa6; }
#transportBar QComboBox, #transportBar QSpinBox, #transportBar QLineEdit {
    background: #0d1117; color: #e6edf3; border: 1px solid #444c56; border-radius: 3px;
    padding: 2px 4px; font-family: Consolas, monospace;
}
#playerStatus { background: #3b2e00; color: #ffd866; padding: 3px 8px; }
"""
