"""The picture area: the exact frame, scaled to fit, with the frame number and times on it.

While libvlc plays, its video goes into ``native_host`` (a native child window on top);
when paused or stepping, the host is hidden and the exact decoded frame is painted here.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BACKGROUND = QColor("#0d1117")
HUD_BACK = QColor(0, 0, 0, 170)
HUD_TEXT = QColor("#f0f3f6")
HUD_ACCENT = QColor("#ffcc4d")


class VideoSurface(QWidget):
    """Paints one picture and a heads-up display of where in the recording it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._image: QImage | None = None
        self._hud: list[str] = []
        self._badge = ""
        self.native_host = QWidget(self)
        self.native_host.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.native_host.hide()

    def show_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def set_hud(self, lines: list[str], badge: str = "") -> None:
        """Text drawn over the picture: frame number first, then the times; a badge right."""
        self._hud, self._badge = lines, badge
        self.update()

    def picture_rect(self) -> QRect:
        """Where the picture sits: as large as fits, aspect ratio kept, centred."""
        if self._image is None or self._image.isNull():
            return self.rect()
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - size.width()) // 2, (self.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.native_host.setGeometry(self.rect())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(self.picture_rect()), self._image)
        self._paint_hud(painter)
        painter.end()

    def _paint_hud(self, painter: QPainter) -> None:
        if not self._hud and not self._badge:
            return
        font = QFont("Consolas")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(max(12, min(18, self.height() // 28)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line_height = metrics.height() + 2
        if self._hud:
            width = max(metrics.horizontalAdvance(line) for line in self._hud) + 20
            box = QRect(10, 10, width, line_height * len(self._hud) + 12)
            painter.fillRect(box, HUD_BACK)
            for i, line in enumerate(self._hud):
                painter.setPen(HUD_ACCENT if i == 0 else HUD_TEXT)
                painter.drawText(20, 16 + metrics.ascent() + i * line_height, line)
        if self._badge:
            width = metrics.horizontalAdvance(self._badge) + 20
            box = QRect(self.width() - width - 10, 10, width, line_height + 8)
            painter.fillRect(box, HUD_BACK)
            painter.setPen(HUD_TEXT)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._badge)
