"""The unit tree on the left of the people page (county bureau → station → team)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from app.services.people import UnitRow
from app.ui.icons import icon

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitTreeWidget(QTreeWidget):
    """Shows the unit tree; remembers the selected unit across reloads.

    Signals:
        unit_selected(str): the code of the unit the user selected.
    """

    unit_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Units")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIndentation(18)
        self.setUniformRowHeights(True)
        self.header().setHighlightSections(False)
        self._units: list[UnitRow] = []
        self.itemSelectionChanged.connect(self._on_self_item_selection_changed)

    def set_units(self, units: Sequence[UnitRow], select: str | None = None) -> None:
        """Rebuild the tree; select ``select``, else keep the selection if it still exists."""
        keep = select or self.selected_code()
        self._units = list(units)
        self.blockSignals(True)
        self.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for unit in units:
            parent = items.get(unit.parent_code or "")
            item = QTreeWidgetItem([f"{unit.name}"])
            item.setToolTip(0, self.tr("Unit code: {code}").format(code=unit.code))
            item.setIcon(0, icon("unit"))
            item.setData(0, CODE_ROLE, unit.code)
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[unit.code] = item
        self.expandAll()
        target = items.get(keep or "") or (self.topLevelItem(0) if units else None)
        if target is not None:
            self.setCurrentItem(target)
        self.blockSignals(False)
        if target is not None:
            self.unit_selected.emit(str(target.data(0, CODE_ROLE)))

    def units(self) -> list[UnitRow]:
        return list(self._units)

    def selected_code(self) -> str | None:
        items = self.selectedItems()
        return str(items[0].data(0, CODE_ROLE)) if items else None

    def select_code(self, code: str) -> None:
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, CODE_ROLE) == code:
                self.setCurrentItem(item)
                return

    def codes_under(self, code: str) -> set[str]:
        """``code`` and the codes of every unit below it."""
        found = {code}
        for unit in self._units:  # display order: parents come before their children
            if unit.parent_code in found:
                found.add(unit.code)
        return found

    @Slot()
    def _on_self_item_selection_changed(self) -> None:
        code = self.selected_code()
        if code is not None:
            self.unit_selected.emit(code)
