"""A white card with a title and name/value rows: the building block of the overview page."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget


class InfoCard(QFrame):
    """A titled card showing rows of ``name: value``; values can be replaced later."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(1, 1)
        self._values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addLayout(self._grid)
        layout.addStretch(1)

    def add_row(self, key: str, name: str) -> QLabel:
        """Add a row named ``name``; ``key`` identifies it for ``set_value``."""
        row = self._grid.rowCount()
        name_label = QLabel(name)
        name_label.setObjectName("fieldName")
        name_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        value_label = QLabel("—")
        value_label.setObjectName("fieldValue")
        value_label.setWordWrap(True)
        value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._grid.addWidget(name_label, row, 0)
        self._grid.addWidget(value_label, row, 1)
        self._values[key] = value_label
        return value_label

    def set_value(self, key: str, text: str) -> None:
        self._values[key].setText(text or "—")

    def value_label(self, key: str) -> QLabel:
        return self._values[key]

    def value(self, key: str) -> str:
        return self._values[key].text()
