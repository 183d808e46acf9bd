"""The people of the selected units as a Qt table model (R13).

A station has tens to hundreds of accounts, so the page loads them all in one background
call and this model only shows the slice for the selected unit.
"""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.core.clock import as_utc, local_text, system_clock
from app.services.people import PersonRow
from app.ui.labels import role_label
from app.ui.row_table_model import RowTableModel

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("PeopleTableModel", "Login name"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Role"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Unit"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Status"),
)
LOGIN, NAME, ROLE, UNIT, STATUS = range(len(COLUMNS))


def is_locked(person: PersonRow, now: datetime) -> bool:
    return person.locked_until is not None and as_utc(person.locked_until) > now


class PeopleTableModel(RowTableModel[PersonRow]):
    """A read-only list of ``PersonRow``; replaced wholesale by ``set_rows``."""

    COLUMNS = COLUMNS
    CONTEXT = "PeopleTableModel"

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of_login(self, login: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.login == login), -1)

    def _row_data(self, person: PersonRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return self._status_color(person)
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QColor("#8a94a3")
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
