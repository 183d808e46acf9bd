"""The list behind a compliance tile as a Qt table model: prepared rows, replaced wholesale.

Each list is computed in a worker (``compliance_lists``) and is as long as what is wrong
in one unit tree, so the model holds it whole; ``data()`` only formats.
"""

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.ui.compliance_lists import ItemList, ListRow
from app.ui.form_labels import OVERDUE_TEXT

#: ``data(index, ROW_ROLE)`` gives the whole ``ListRow`` of a line.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


class ComplianceListModel(QAbstractTableModel):
    """One ``ItemList``: its headers (translated when shown) and its rows."""

    def __init__(self) -> None:
        super().__init__()
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[ListRow, ...] = ()

    def set_list(self, items: ItemList) -> None:
        self.beginResetModel()
        self._headers, self._rows = items.headers, items.rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_list(ItemList((), ()))

    def row_at(self, row: int) -> ListRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return QCoreApplication.translate("ComplianceList", self._headers[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() < len(row.cells):
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.alarm:
            return QColor(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and row.form_id is not None:
            return QCoreApplication.translate(
                "ComplianceList", "Double-click to open form No. {id}"
            ).format(id=row.form_id)
        if role == ROW_ROLE:
            return row
        return None
