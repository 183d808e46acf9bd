"""The people of the selected units as a Qt table model (R13).

A station has tens to hundreds of accounts, so the page loads them all in one background
call and this model only shows the slice for the selected unit.
"""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.core.clock import as_utc, local_text, system_clock
from app.services.people import PersonRow
from app.ui.labels import role_label

#: ``data(index, ROW_ROLE)`` gives the whole ``PersonRow`` of a line.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("PeopleTableModel", "Login name"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Role"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Unit"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Status"),
)
LOGIN, NAME, ROLE, UNIT, STATUS = range(len(COLUMNS))

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(source: str) -> str:
    return QCoreApplication.translate("PeopleTableModel", source)


def is_locked(person: PersonRow, now: datetime) -> bool:
    return person.locked_until is not None and as_utc(person.locked_until) > now


class PeopleTableModel(QAbstractTableModel):
    """A read-only list of ``PersonRow``; replaced wholesale by ``set_rows``."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PersonRow] = []

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PersonRow]:
        return list(self._rows)

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def row_of_login(self, login: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.login == login), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS:
            return self._status_color(person)
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QColor("#8a94a3")
        if role == ROW_ROLE:
            return person
        return None

    def _display(self, person: PersonRow, column: int) -> str | None:
        if column == LOGIN:
            return person.login
        if column == NAME:
            return person.name
        if column == ROLE:
            return role_label(person.role)
        if column == UNIT:
            return person.unit_name
        if column == STATUS:
            return self._status_text(person)
        return None

    @staticmethod
    def _status_text(person: PersonRow) -> str:
        if not person.active:
            return QCoreApplication.translate("PeopleTableModel", "Disabled")
        if is_locked(person, system_clock()) and person.locked_until is not None:
            return QCoreApplication.translate("PeopleTableModel", "Locked until {time}").format(
                time=local_text(person.locked_until)
            )
        return QCoreApplication.translate("PeopleTableModel", "Active")

    @staticmethod
    def _status_color(person: PersonRow) -> QColor:
        if not person.active:
            return QColor("#8a94a3")
        if is_locked(person, system_clock()):
            return QColor("#c62828")
        return QColor("#1e7b34")
