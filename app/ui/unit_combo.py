"""A combo box listing the unit tree, indented by depth; its data is the unit code."""

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.people import UnitRow
from app.ui.icons import icon


class UnitComboBox(QComboBox):
    """Choose one unit of the tree."""

    def __init__(self, units: Sequence[UnitRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for unit in units:
            indent = "    " * unit.depth
            self.addItem(icon("unit"), f"{indent}{unit.name}  ({unit.code})", unit.code)
        self.setMaxVisibleItems(15)

    def current_code(self) -> str:
        return str(self.currentData() or "")

    def select_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        if index >= 0:
            self.setCurrentIndex(index)
