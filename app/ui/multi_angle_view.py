"""Several angles of one event side by side, stepped together by corrected device time (R4.4).

The first angle leads: it has the timeline and the transport, and every frame it shows
moves the others to the frame they showed at the same true instant (each device's clock
corrected by its measured offset, ``services.angle_groups.aligned_frames``). An angle that
was not recording at that instant goes dark and says so. All angles show exact frames, so
stepping one frame steps every angle to its exact matching frame; libvlc is not used here
(several sound tracks at once help no one).

Signals:
    marker_requested(int): "mark this frame" on the leading angle.
    frame_shown(int): the leading angle's exact frame now on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.media.timecode import FrameClock
from app.services.angle_groups import aligned_frames
from app.services.review_sources import ReviewSource
from app.ui.player.player_widget import STYLE as PLAYER_STYLE
from app.ui.player.player_widget import PlayerWidget
from app.ui.player.timeline import TimelineMarker

log = logging.getLogger(__name__)


class AnglePanel(QWidget):
    """One angle: a caption (device, officer, clock offset) over an exact-frame player."""

    def __init__(self, source: ReviewSource, *, leads: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        recording = source.recording
        self.caption = QLabel(
            self.tr("{device} · {officer} · clock offset {offset:+.3f} s").format(
                device=recording.device_asset or self.tr("unknown device"),
                officer=recording.officer_name,
                offset=recording.clock_offset_s,
            )
        )
        self.caption.setObjectName("angleCaption")
        self.player = PlayerWidget(use_vlc=False)
        self.player.status.setText(
            self.tr("Multi-angle review plays exact frames without sound; angles stay in step.")
        )
        self.player.status.setVisible(leads)
        if not leads:
            self.player.timeline.hide()
            self.player.transport.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.player, 1)
        self.player.open_file(
            recording.path,
            index=source.index,
            device_start=recording.started_at,
            clock_offset=recording.clock_offset,
            title=recording.device_asset or "",
        )
        self._dark = False
        self.player.frame_shown.connect(self._on_player_frame_shown)

    @property
    def clock(self) -> FrameClock:
        return self.source.clock

    def follow(self, frame: int | None) -> None:
        """Show ``frame``, or go dark when the angle was not recording at that instant."""
        self._dark = frame is None
        if frame is not None:
            self.player.go_to(frame)
            return
        self._go_dark()

    @Slot(int)
    def _on_player_frame_shown(self, _frame: int) -> None:
        if self._dark:  # a frame decoded before the leader moved out of this angle's span
            self._go_dark()

    def _go_dark(self) -> None:
        self.player.surface.show_image(QImage())
        self.player.surface.set_hud(
            [self.tr("Not recording at this moment")], self.source.recording.title
        )


class MultiAngleView(QWidget):
    marker_requested = Signal(int)
    frame_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("multiAngleView")
        self.panels: list[AnglePanel] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        # The leader's timeline, transport and status line sit under the whole wall of
        # angles, so every angle gets the same width.
        self._controls = QVBoxLayout()
        self._controls.setContentsMargins(0, 0, 0, 0)
        self._controls.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._grid, 1)
        layout.addLayout(self._controls)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE + PLAYER_STYLE)

    @property
    def leader(self) -> AnglePanel | None:
        return self.panels[0] if self.panels else None

    def set_angles(self, leader: ReviewSource, others: list[ReviewSource], start: int = 0) -> None:
        """Show ``leader`` (the recording under review) and ``others`` side by side."""
        self.clear()
        sources = [leader, *others]
        columns = 2 if len(sources) <= 4 else 3
        for i, source in enumerate(sources):
            panel = AnglePanel(source, leads=i == 0)
            self.panels.append(panel)
            self._grid.addWidget(panel, i // columns, i % columns)
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
        first = self.panels[0].player
        for widget in (first.timeline, first.transport, first.status):
            self._controls.addWidget(widget)
        first.setFocus()
        first.frame_shown.connect(self._on_leader_frame_shown)
        first.marker_requested.connect(self.marker_requested)
        first.opened.connect(lambda _count: first.go_to(start))
        for panel in self.panels[1:]:
            panel.player.opened.connect(self._on_angle_opened)

    def clear(self) -> None:
        if self.panels:
            first = self.panels[0].player
            for widget in (first.timeline, first.transport, first.status):
                self._controls.removeWidget(widget)
                widget.deleteLater()
        for panel in self.panels:
            panel.player.close_video()
            self._grid.removeWidget(panel)
            panel.deleteLater()
        self.panels = []

    def set_markers(self, markers: list[TimelineMarker]) -> None:
        if self.leader is not None:
            self.leader.player.set_markers(markers)

    def aligned(self, frame: int) -> list[int | None]:
        """The frame each angle shows while the leader shows ``frame``."""
        return aligned_frames([p.clock for p in self.panels], 0, frame)

    @Slot(int)
    def _on_leader_frame_shown(self, frame: int) -> None:
        for panel, target in zip(self.panels[1:], self.aligned(frame)[1:], strict=True):
            panel.follow(target)
        self.frame_shown.emit(frame)

    @Slot(int)
    def _on_angle_opened(self, _count: int) -> None:
        leader = self.leader
        if leader is not None and leader.player.current_frame >= 0:
            self._on_leader_frame_shown(leader.player.current_frame)


STYLE = """
#multiAngleView { background: #0d1117; }
#angleCaption {
    background: #1c2128; color: #e6edf3; padding: 4px 8px; font-weight: 600;
    border-bottom: 1px solid #30363d;
}
"""
