"""The icons in ``resources/icons``, tinted to the colour of the place they are shown in.

The line icons are drawn black; one file serves the dark navigation bar (light tint) and
the light toolbars (accent tint).
"""

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.core.resources import resource_path

ACCENT = "#1d5fa6"
ON_DARK = "#d7e0ea"
ON_DARK_SELECTED = "#ffffff"
_SIZES = (16, 20, 24, 32, 48)


def _tinted(renderer: QSvgRenderer, size: int, color: str) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(color))
    painter.end()
    return pixmap


@cache
def icon(name: str, color: str = ACCENT, selected_color: str | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in ``color`` (and ``selected_color``)."""
    renderer = QSvgRenderer(str(resource_path("icons", f"{name}.svg")))
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_tinted(renderer, size, color), QIcon.Mode.Normal)
        if selected_color:
            result.addPixmap(_tinted(renderer, size, selected_color), QIcon.Mode.Selected)
        result.addPixmap(_tinted(renderer, size, "#a3acb8"), QIcon.Mode.Disabled)
    return result


@cache
def app_icon() -> QIcon:
    """The application's own full-colour mark."""
    return QIcon(str(resource_path("icons", "app.svg")))
