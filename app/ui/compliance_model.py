"""The list behind a compliance tile as a Qt table model: prepared rows, replaced wholesale.

Each list is computed in a worker (``compliance_lists``) and is as long as what is wrong
in one unit tree, so the model holds it whole; ``data()`` only formats.
"""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.ui.compliance_lists import ItemList, ListRow
from app.ui.form_labels import OVERDUE_TEXT
from app.ui.row_table_model import RowTableModel


class ComplianceListModel(RowTableModel[ListRow]):
    """One ``ItemList``: its headers (translated when shown) and its rows."""

    CONTEXT = "ComplianceList"

    def __init__(self) -> None:
        super().__init__()
        self._headers: tuple[str, ...] = ()

    def _columns(self) -> Sequence[str]:
        return self._headers

    def set_list(self, items: ItemList) -> None:
        self.beginResetModel()
        self._headers, self._rows = items.headers, list(items.rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_list(ItemList((), ()))

    def _row_data(self, row: ListRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column < len(row.cells):
            return row.cells[column]
        if role == Qt.ItemDataRole.ForegroundRole and row.alarm:
            return QColor(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and row.form_id is not None:
            return QCoreApplication.translate(
                "ComplianceList", "Double-click to open form No. {id}"
            ).format(id=row.form_id)
        return None
