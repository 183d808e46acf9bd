"""The timeline under the picture: thumbnails, marker ticks, the playhead; click to go there.

Signals:
    frame_requested(int): the user clicked or dragged to a frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

STRIP_HEIGHT = 54
TICK_AREA = 16
BACK = QColor("#161b22")
PLAYED = QColor(29, 95, 166, 90)
PLAYHEAD = QColor("#ffcc4d")
MARKER = QColor("#ff6b6b")


@dataclass(frozen=True)
class TimelineMarker:
    frame: int
    label: str
    color: str = "#ff6b6b"


class TimelineWidget(QWidget):
    """Frame ``0 .. count-1`` laid out left to right.

    Signals:
        frame_requested(int): a click or drag asked for this frame.
    """

    frame_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(STRIP_HEIGHT + TICK_AREA + 6)
        self.setMouseTracking(False)
        self._count = 1
        self._current = 0
        self._thumbnails: list[tuple[int, QImage]] = []
        self._markers: list[TimelineMarker] = []

    def set_frame_count(self, count: int) -> None:
        self._count = max(1, count)
        self.update()

    def set_current(self, n: int) -> None:
        self._current = n
        self.update()

    def set_thumbnails(self, thumbnails: list[tuple[int, QImage]]) -> None:
        self._thumbnails = thumbnails
        self.update()

    def set_markers(self, markers: list[TimelineMarker]) -> None:
        self._markers = markers
        self.setToolTip("\n".join(f"{m.frame}: {m.label}" for m in markers))
        self.update()

    @property
    def markers(self) -> list[TimelineMarker]:
        return list(self._markers)

    def x_of(self, n: int) -> float:
        span = max(1, self._count - 1)
        return 4 + (self.width() - 8) * n / span

    def frame_at_x(self, x: float) -> int:
        span = max(1, self._count - 1)
        return max(0, min(self._count - 1, round((x - 4) * span / max(1, self.width() - 8))))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.frame_requested.emit(self.frame_at_x(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.frame_requested.emit(self.frame_at_x(event.position().x()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACK)
        strip = QRectF(4, TICK_AREA, self.width() - 8, STRIP_HEIGHT)
        self._paint_thumbnails(painter, strip)
        played = QRectF(strip.left(), strip.top(), self.x_of(self._current) - 4, strip.height())
        painter.fillRect(played, PLAYED)
        self._paint_markers(painter, strip)
        self._paint_playhead(painter, strip)
        painter.end()

    def _paint_thumbnails(self, painter: QPainter, strip: QRectF) -> None:
        if not self._thumbnails:
            return
        painter.save()
        painter.setClipRect(strip)
        first = self._thumbnails[0][1]
        width = strip.height() * first.width() / max(1, first.height())
        slots = max(1, int(strip.width() // width) + 1)
        for slot in range(slots):
            x = strip.left() + slot * width
            n = self.frame_at_x(x + width / 2)
            _, image = min(self._thumbnails, key=lambda item: abs(item[0] - n))
            target = QRectF(x, strip.top(), width, strip.height())
            painter.drawImage(target, image)
        painter.restore()
        painter.setPen(QPen(QColor("#30363d"), 1))
        painter.drawRect(strip)

    def _paint_markers(self, painter: QPainter, strip: QRectF) -> None:
        for marker in self._markers:
            x = self.x_of(marker.frame)
            color = QColor(marker.color)
            painter.setPen(QPen(color, 2))
            painter.drawLine(QPointF(x, strip.top()), QPointF(x, strip.bottom()))
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(
                QPolygonF([QPointF(x - 5, 2), QPointF(x + 5, 2), QPointF(x, TICK_AREA - 3)])
            )

    def _paint_playhead(self, painter: QPainter, strip: QRectF) -> None:
        x = self.x_of(self._current)
        painter.setPen(QPen(PLAYHEAD, 2))
        painter.drawLine(QPointF(x, TICK_AREA - 4), QPointF(x, strip.bottom() + 4))
