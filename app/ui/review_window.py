"""The review window (回放审查, R4): exact frames, markers, stills and the angles of an event.

Opening the window decides access and logs the viewing (off the GUI thread); closing it
logs the viewing's duration. Markers are placed at the exact frame on screen (M or the
button), shown in the list and on the timeline; a still saves exactly that frame with its
provenance. When the recording belongs to a multi-angle group, the group's recordings can
be shown side by side, stepping together by corrected device time.

Signals:
    loaded(): the recording is open and its viewing logged.
    marker_added(object): a ``MarkerRow`` was saved.
    still_saved(object): a ``StillRecord`` was written and registered.
    angles_shown(int): the multi-angle view is up with this many angles.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import local_text
from app.media.timecode import format_clock
from app.services.auth import Actor
from app.services.markers import MarkerRow, add_marker
from app.services.permissions import Action, is_allowed
from app.services.review import AngleSet, ReviewSession, end_viewings, open_angles, start_review
from app.services.station import StationContext
from app.services.stills_register import StillRecord, make_still
from app.ui.errors import show_error
from app.ui.jobs import JobRunner, run_in_background
from app.ui.marker_dialog import MarkerDialog
from app.ui.multi_angle_view import MultiAngleView
from app.ui.player.player_widget import PlayerWidget, device_text
from app.ui.player.timeline import TimelineMarker
from app.ui.saved_notice import announce_saved

log = logging.getLogger(__name__)

# Marker colours by what they show: bounds, the scene, enforcement steps, interruptions.
KIND_COLORS = {
    "start": "#2da44e",
    "end": "#2da44e",
    "scene": "#e16f24",
    "items": "#e16f24",
    "persons": "#e16f24",
    "evidence": "#e16f24",
    "documents-served": "#388bfd",
    "id-shown": "#388bfd",
    "violation-stated": "#388bfd",
    "legal-basis": "#388bfd",
    "rights-told": "#388bfd",
    "notification": "#a371f7",
    "interruption-explanation": "#f85149",
}
FRAME, KIND, DEVICE_TIME, NOTE = range(4)


class ReviewWindow(QWidget):
    loaded = Signal()
    marker_added = Signal(object)
    still_saved = Signal(object)
    angles_shown = Signal(int)

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        recording_id: int,
        parent: QWidget | None = None,
        *,
        use_vlc: bool = True,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reviewWindow")
        self._context, self._actor, self.recording_id = context, actor, recording_id
        self.session: ReviewSession | None = None
        self.markers: list[MarkerRow] = []
        self._angle_viewings: list[int] = []
        self._jobs: set[JobRunner] = set()
        self.setWindowTitle(self.tr("Review recording {id}").format(id=recording_id))
        self.resize(1440, 860)
        self.player = PlayerWidget(use_vlc=use_vlc)
        self.angles = MultiAngleView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.player)
        self.stack.addWidget(self.angles)
        self._build()
        self._connect()
        self.setStyleSheet(STYLE)
        self._set_ready(False)
        self._run(
            lambda: start_review(context, actor, recording_id),
            self._on_session_loaded,
            self._on_session_failed,
        )

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("Opening recording {id}…").format(id=self.recording_id))
        self.title.setObjectName("reviewTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("reviewSubtitle")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.stack, 1)
        body.addWidget(self._side_panel())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QFrame()
        top.setObjectName("reviewHeader")
        top.setLayout(header)
        layout.addWidget(top)
        layout.addLayout(body, 1)

    def _side_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("reviewSide")
        panel.setFixedWidth(420)
        self.marker_list = QTreeWidget()
        self.marker_list.setHeaderLabels(
            [self.tr("Frame"), self.tr("Kind"), self.tr("Device time"), self.tr("Note")]
        )
        self.marker_list.setRootIsDecorated(False)
        self.marker_list.setAlternatingRowColors(True)
        for column, width in ((FRAME, 58), (KIND, 128), (DEVICE_TIME, 92)):
            self.marker_list.setColumnWidth(column, width)
        self.marker_button = QPushButton(self.tr("Add marker (M)"))
        self.marker_button.setObjectName("primaryButton")
        self.marker_button.setVisible(is_allowed(self._actor.role, Action.ADD_MARKERS))
        self.still_button = QPushButton(self.tr("Save still…"))
        self.still_button.setVisible(is_allowed(self._actor.role, Action.MAKE_STILLS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.marker_button)
        buttons.addWidget(self.still_button)
        self.group_box = QComboBox()
        self.angles_button = QPushButton(self.tr("Show angles side by side"))
        self.angles_button.setCheckable(True)
        self.angles_note = QLabel()
        self.angles_note.setWordWrap(True)
        self.angles_note.setObjectName("sideNote")
        self.viewing_label = QLabel()
        self.viewing_label.setWordWrap(True)
        self.viewing_label.setObjectName("sideNote")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(_heading(self.tr("Markers")))
        layout.addWidget(self.marker_list, 1)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Multi-angle")))
        layout.addWidget(self.group_box)
        layout.addWidget(self.angles_button)
        layout.addWidget(self.angles_note)
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Viewing log")))
        layout.addWidget(self.viewing_label)
        return panel

    def _connect(self) -> None:
        self.player.marker_requested.connect(self._on_player_marker_requested)
        self.angles.marker_requested.connect(self._on_player_marker_requested)
        self.marker_button.clicked.connect(self._on_marker_button_clicked)
        self.still_button.clicked.connect(self._on_still_button_clicked)
        self.angles_button.toggled.connect(self._on_angles_button_toggled)
        self.marker_list.itemDoubleClicked.connect(self._on_marker_list_double_clicked)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.marker_button, self.still_button):
            widget.setEnabled(ready)
        has_groups = ready and self.group_box.count() > 0
        self.group_box.setEnabled(has_groups)
        self.angles_button.setEnabled(has_groups)

    # -- what the rest of the GUI and the tests ask ---------------------------------------

    @property
    def is_busy(self) -> bool:
        return any(job.is_running for job in self._jobs)

    @property
    def active_player(self) -> PlayerWidget:
        leader = self.angles.leader
        if self.stack.currentWidget() is self.angles and leader is not None:
            return leader.player
        return self.player

    @property
    def current_frame(self) -> int:
        return self.active_player.current_frame

    def add_marker(self, frame: int, kind: str, note: str = "") -> None:
        """Save a marker at ``frame`` (in the background); ``marker_added`` says when."""
        context, actor, rid = self._context, self._actor, self.recording_id
        self._run(lambda: add_marker(context, actor, rid, frame, kind, note), self._on_marker_saved)

    def save_still(self, path: Path, frame: int | None = None) -> None:
        """Save the frame on screen (or ``frame``) as a registered still at ``path``."""
        n = self.current_frame if frame is None else frame
        context, actor, rid = self._context, self._actor, self.recording_id
        # The save dialog has asked before replacing a file; the station's own stay refused.
        self._run(
            lambda: make_still(context, actor, rid, n, Path(path), overwrite=True),
            self._on_still_saved,
        )

    def show_angles(self, group_id: int) -> None:
        """Open the group's other angles (each viewing logged) and show them side by side."""
        context, actor, rid = self._context, self._actor, self.recording_id
        self._run(
            lambda: open_angles(context, actor, group_id, rid),
            self._on_angles_opened,
            self._on_angles_failed,
        )

    def show_single(self) -> None:
        """Back to the one recording, at the frame the angles were showing."""
        frame = self.current_frame
        self.angles.clear()
        self._end_viewings(self._angle_viewings)
        self._angle_viewings = []
        self.stack.setCurrentWidget(self.player)
        if frame >= 0:
            self.player.go_to(frame)
        self.angles_note.clear()

    # -- background work -----------------------------------------------------------------

    def _run(
        self,
        job: Callable[[], object],
        on_finished: Callable[[object], None],
        on_failed: Callable[[object], None] | None = None,
    ) -> None:
        runner = run_in_background(self, job, on_finished, on_failure=on_failed, name="review")
        self._jobs.add(runner)
        runner.done.connect(lambda: self._jobs.discard(runner))

    def _end_viewings(self, viewing_ids: list[int]) -> None:
        if viewing_ids:
            context, actor, ids = self._context, self._actor, list(viewing_ids)
            JobRunner(lambda: end_viewings(context, actor, ids), name="review-close").start()

    @Slot(object)
    def _on_session_loaded(self, session: ReviewSession) -> None:
        self.session = session
        recording = session.source.recording
        self.title.setText(f"{recording.file_name}")
        self.subtitle.setText(self._subtitle(session))
        self.player.open_file(
            recording.path,
            index=session.source.index,
            device_start=recording.started_at,
            clock_offset=recording.clock_offset,
            title=recording.title,
        )
        self.markers = list(session.markers)
        self._show_markers()
        for group in session.groups:
            self.group_box.addItem(
                self.tr("{name} ({count} recordings)").format(
                    name=group.name, count=len(group.members)
                ),
                group.id,
            )
        if not session.groups:
            self.angles_note.setText(self.tr("This recording is in no multi-angle group."))
        self.viewing_label.setText(
            self.tr("Viewing no. {id} logged at {at}; access: {reason}").format(
                id=session.viewing.id,
                at=local_text(session.viewing.opened_at),
                reason=session.viewing.reason,
            )
        )
        self._set_ready(True)
        self.loaded.emit()

    def _subtitle(self, session: ReviewSession) -> str:
        r = session.source.recording
        return self.tr(
            "{officer} · device {device} · device start {start} · clock offset {offset:+.3f} s · "
            "{frames} frames · SHA-256 {sha}"
        ).format(
            officer=r.officer_name,
            device=r.device_asset or "-",
            start=device_text(r.started_at),
            offset=r.clock_offset_s,
            frames=session.source.frame_count,
            sha=r.sha256[:16] + "…",
        )

    @Slot(object)
    def _on_session_failed(self, exc: object) -> None:
        self.title.setText(
            self.tr("Recording {id} cannot be reviewed").format(id=self.recording_id)
        )
        show_error(self, exc)  # type: ignore[arg-type]

    # -- markers -------------------------------------------------------------------------

    @Slot(int)
    def _on_player_marker_requested(self, frame: int) -> None:
        if self.session is None or frame < 0 or not self.marker_button.isVisible():
            return
        clock = self.session.source.clock
        device = clock.device_time(frame)
        when = device_text(device) if device else format_clock(clock.media_time(frame))
        dialog = MarkerDialog(frame, when, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_marker(frame, dialog.kind, dialog.note))
        dialog.open()

    @Slot()
    def _on_marker_button_clicked(self) -> None:
        self._on_player_marker_requested(self.current_frame)

    @Slot(object)
    def _on_marker_saved(self, row: MarkerRow) -> None:
        self.markers.append(row)
        self.markers.sort(key=lambda m: (m.frame, m.id))
        self._show_markers()
        self.marker_added.emit(row)

    def _show_markers(self) -> None:
        self.marker_list.clear()
        for m in self.markers:
            device = device_text(m.device_time)[11:] if m.device_time else "-"
            item = QTreeWidgetItem([str(m.frame), m.label, device, m.note])
            item.setData(FRAME, Qt.ItemDataRole.UserRole, m.frame)
            item.setIcon(KIND, _dot(KIND_COLORS.get(m.kind, "#8c959f")))
            item.setToolTip(NOTE, m.note)
            self.marker_list.addTopLevelItem(item)
        ticks = [
            TimelineMarker(
                m.frame, f"{m.label} {m.note}".strip(), KIND_COLORS.get(m.kind, "#ff6b6b")
            )
            for m in self.markers
        ]
        self.player.set_markers(ticks)
        self.angles.set_markers(ticks)

    @Slot(QTreeWidgetItem, int)
    def _on_marker_list_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.active_player.pause()
        self.active_player.go_to(int(item.data(FRAME, Qt.ItemDataRole.UserRole)))

    # -- stills --------------------------------------------------------------------------

    @Slot()
    def _on_still_button_clicked(self) -> None:
        if self.session is None or self.current_frame < 0:
            return
        self.active_player.pause()
        stem = Path(self.session.source.recording.file_name).stem
        suggested = Path.home() / f"{stem}_frame{self.current_frame}.png"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save still"), str(suggested), self.tr("PNG pictures (*.png)")
        )
        if path:
            self.save_still(Path(path))

    @Slot(object)
    def _on_still_saved(self, record: StillRecord) -> None:
        announce_saved(
            self,
            Path(record.path),
            self.tr("Still no. {id}, frame {frame}.\nSHA-256 {sha}").format(
                id=record.id, frame=record.frame, sha=record.sha256
            ),
        )
        self.still_saved.emit(record)

    # -- angles --------------------------------------------------------------------------

    @Slot(bool)
    def _on_angles_button_toggled(self, on: bool) -> None:
        if on and self.group_box.currentData() is not None:
            self.player.pause()
            self.show_angles(int(self.group_box.currentData()))
        elif not on and self.stack.currentWidget() is self.angles:
            self.show_single()

    @Slot(object)
    def _on_angles_opened(self, angle_set: AngleSet) -> None:
        assert self.session is not None
        self._angle_viewings = list(angle_set.viewing_ids)
        start = max(self.player.current_frame, 0)
        self.player.pause()
        self.angles.set_angles(self.session.source, angle_set.sources, start)
        self.angles.set_markers(self.player.timeline.markers)
        self.stack.setCurrentWidget(self.angles)
        text = self.tr("{count} angles in step by corrected device time.").format(
            count=len(angle_set.sources) + 1
        )
        if angle_set.refused:
            ids = ", ".join(str(rid) for rid in angle_set.refused)
            text += " " + self.tr("Not shown (no access): recordings {ids}.").format(ids=ids)
        self.angles_note.setText(text)
        self.angles_shown.emit(len(angle_set.sources) + 1)

    @Slot(object)
    def _on_angles_failed(self, exc: object) -> None:
        self.angles_button.blockSignals(True)
        self.angles_button.setChecked(False)
        self.angles_button.blockSignals(False)
        show_error(self, exc)  # type: ignore[arg-type]

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.player.close_video()
        self.angles.clear()
        viewings = list(self._angle_viewings)
        if self.session is not None:
            viewings.append(self.session.viewing.id)
            self.session = None
        self._angle_viewings = []
        self._end_viewings(viewings)
        super().closeEvent(event)


@cache
def _dot(color: str) -> QIcon:
    """A small disc in a marker kind's colour, as on the timeline."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sideHeading")
    return label


def open_review(
    parent: QWidget | None, context: StationContext, actor: Actor, recording_id: int
) -> ReviewWindow:
    """Open the review window for one recording (the recordings page calls this)."""
    window = ReviewWindow(context, actor, recording_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


STYLE = """
#reviewWindow { background: #f6f8fa; }
#reviewHeader { background: #1c2128; border-bottom: 1px solid #30363d; }
#reviewHeader QLabel { padding: 0 16px; }
#reviewTitle { color: #f0f3f6; font-size: 17px; font-weight: 600; padding-top: 10px; }
#reviewSubtitle { color: #9da7b3; font-size: 12px; padding-bottom: 10px; }
#reviewSide { background: #ffffff; border-left: 1px solid #d0d7de; }
#sideHeading { color: #1f2328; font-size: 14px; font-weight: 600; }
#sideNote { color: #57606a; font-size: 12px; }
QPushButton#primaryButton {
    background: #1d5fa6; color: white; border: none; border-radius: 4px; padding: 6px 12px;
}
"""
