"""The transport bar under the timeline: step, play, speed, go to, volume, full screen.

Signals:
    step_requested(int): move by this many frames (±1, ±10).
    play_toggled(): play or pause.
    rate_changed(float): playback speed chosen.
    frame_entered(int): "go to frame" confirmed.
    time_entered(str): "go to time" confirmed (text as typed, HH:MM:SS.mmm).
    volume_changed(int): 0..100.
    fullscreen_toggled(): full screen on or off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QStyle,
    QToolButton,
    QWidget,
)

RATES = (0.25, 0.5, 1.0, 2.0, 4.0)


class TransportBar(QWidget):
    step_requested = Signal(int)
    play_toggled = Signal()
    rate_changed = Signal(float)
    frame_entered = Signal(int)
    time_entered = Signal(str)
    volume_changed = Signal(int)
    fullscreen_toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transportBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        for text, tip, step in (
            ("−10", self.tr("Back 10 frames (Shift+Left)"), -10),
            ("−1", self.tr("Back one frame (Left)"), -1),
        ):
            layout.addWidget(self._button(text, tip, lambda _=False, s=step: self._step(s)))
        self.play_button = self._button("", self.tr("Play / pause (Space, K)"), self.play_toggled)
        self.play_button.setObjectName("playButton")
        self.play_button.setIcon(self._icon(QStyle.StandardPixmap.SP_MediaPlay))
        layout.addWidget(self.play_button)
        for text, tip, step in (
            ("+1", self.tr("Forward one frame (Right)"), 1),
            ("+10", self.tr("Forward 10 frames (Shift+Right)"), 10),
        ):
            layout.addWidget(self._button(text, tip, lambda _=False, s=step: self._step(s)))
        layout.addSpacing(10)
        layout.addWidget(QLabel(self.tr("Speed")))
        self.rate_box = QComboBox()
        for rate in RATES:
            self.rate_box.addItem(f"{rate:g}×", rate)
        self.rate_box.setCurrentIndex(RATES.index(1.0))
        self.rate_box.currentIndexChanged.connect(self._on_rate_box_changed)
        layout.addWidget(self.rate_box)
        layout.addSpacing(10)
        layout.addWidget(QLabel(self.tr("Frame")))
        self.frame_box = QSpinBox()
        self.frame_box.setMinimumWidth(80)
        self.frame_box.setKeyboardTracking(False)
        self.frame_box.editingFinished.connect(self._on_frame_box_finished)
        layout.addWidget(self.frame_box)
        layout.addWidget(QLabel(self.tr("Time")))
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText("00:00:00.000")
        self.time_edit.setMaximumWidth(110)
        self.time_edit.returnPressed.connect(self._on_time_edit_return)
        layout.addWidget(self.time_edit)
        layout.addStretch(1)
        self.volume_icon = QLabel()
        self.volume_icon.setPixmap(self._icon(QStyle.StandardPixmap.SP_MediaVolume).pixmap(18))
        layout.addWidget(self.volume_icon)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setFixedWidth(90)
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.valueChanged.connect(self.volume_changed)
        layout.addWidget(self.volume)
        full = self._button("", self.tr("Full screen (F)"), self.fullscreen_toggled)
        full.setIcon(self._icon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
        layout.addWidget(full)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setMinimumWidth(44)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _icon(self, which: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(which)

    def _step(self, frames: int) -> None:
        self.step_requested.emit(frames)

    def set_frame_count(self, count: int) -> None:
        self.frame_box.setRange(0, max(0, count - 1))

    def show_position(self, n: int, clock_text: str) -> None:
        if not self.frame_box.hasFocus():
            self.frame_box.blockSignals(True)
            self.frame_box.setValue(n)
            self.frame_box.blockSignals(False)
        if not self.time_edit.hasFocus():
            self.time_edit.setText(clock_text)

    def show_playing(self, playing: bool) -> None:
        pixmap = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self._icon(pixmap))

    def set_sound_available(self, available: bool) -> None:
        self.volume.setEnabled(available)
        which = (
            QStyle.StandardPixmap.SP_MediaVolume
            if available
            else QStyle.StandardPixmap.SP_MediaVolumeMuted
        )
        self.volume_icon.setPixmap(self._icon(which).pixmap(18))

    def _on_rate_box_changed(self, position: int) -> None:
        self.rate_changed.emit(float(self.rate_box.itemData(position)))

    def _on_frame_box_finished(self) -> None:
        self.frame_entered.emit(self.frame_box.value())

    def _on_time_edit_return(self) -> None:
        self.time_entered.emit(self.time_edit.text())
