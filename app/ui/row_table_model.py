"""The read-only table model of every list: rows held in order, one source string a column.

A subclass names its columns (``COLUMNS``, source strings translated in ``CONTEXT`` when
shown) and says what one row shows for a role (``_row_data``); this class keeps the rows,
answers Qt's row, column and header questions, and gives the whole row for ``ROW_ROLE``.
"""

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

#: ``data(index, ROW_ROLE)`` gives the whole row object of a line.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of one kind, one line each; the subclass formats them in ``_row_data``."""

    COLUMNS: Sequence[str] = ()
    CONTEXT = ""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[RowT] = []

    def _columns(self) -> Sequence[str]:
        """The column source strings; a model whose columns change overrides this."""
        return self.COLUMNS

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        columns = self._columns()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(columns)
        ):
            return QCoreApplication.translate(self.CONTEXT, columns[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        return self._row_data(row, index.column(), role)

    def _row_data(self, row: RowT, column: int, role: int) -> object:
        """What ``row`` shows in ``column`` for ``role``; None for nothing."""
        raise NotImplementedError

    def _emit_all_changed(self) -> None:
        """Every cell held may look different now (a marking changed, not the rows)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
