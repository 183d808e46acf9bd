"""A big-number tile of the compliance page: a count, what it counts, and a click to the list."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

#: (border, background, number colour) per tone.
TONES: dict[str, tuple[str, str, str]] = {
    "alarm": ("#e8a19a", "#fdecea", "#b71c1c"),
    "attention": ("#f0cf8f", "#fff7e6", "#8a5300"),
    "ok": ("#b7dfc2", "#f1f9f3", "#1e7b34"),
    "neutral": ("#d8dee6", "#ffffff", "#1d5fa6"),
}


class CountTile(QFrame):
    """A clickable tile; its tone says whether the number is a problem.

    Signals:
        clicked(str): the tile's id, when the user clicks a tile that has a list.
    """

    clicked = Signal(str)

    def __init__(self, tile_id: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile_id = tile_id
        self.tone = "neutral"
        self.has_list = True
        self.setObjectName("countTile")
        self.setMinimumSize(190, 112)
        self.number_label = QLabel("…")
        self.number_label.setObjectName("tileNumber")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("tileTitle")
        self.title_label.setWordWrap(True)
        self.hint_label = QLabel(hint)
        self.hint_label.setObjectName("tileHint")
        self.hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.number_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self.set_selected(False)

    def set_value(self, text: str, tone: str) -> None:
        self.number_label.setText(text)
        self.tone = tone
        self.set_selected(self.property("selected") is True)

    def set_has_list(self, has_list: bool, why_not: str = "") -> None:
        self.has_list = has_list
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if has_list else Qt.CursorShape.ArrowCursor
        )
        self.setToolTip(why_not)

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        border, background, number = TONES[self.tone]
        width = 2 if selected else 1
        edge = "#1d5fa6" if selected else border
        self.setStyleSheet(
            f"QFrame#countTile {{ background: {background}; border: {width}px solid {edge};"
            " border-radius: 8px; }"
            f"QLabel#tileNumber {{ color: {number}; font-size: 24pt; font-weight: 600; }}"
            "QLabel#tileTitle { color: #15202b; font-weight: 600; }"
            "QLabel#tileHint { color: #5b6776; font-size: 9pt; }"
        )

    def number(self) -> str:
        return self.number_label.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.has_list:
            self.clicked.emit(self.tile_id)
        super().mouseReleaseEvent(event)
