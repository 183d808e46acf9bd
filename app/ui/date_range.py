"""A period to filter by: any time, today, the last 7 or 30 days, or a range of days.

Days are station days (``STATION_TZ``); a range includes both its first and last day.
"""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.core.clock import STATION_TZ, system_clock

ALL_TIME, TODAY, LAST_7_DAYS, LAST_30_DAYS, CUSTOM = range(5)


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in station time, as an aware datetime."""
    return datetime(day.year, day.month, day.day, tzinfo=STATION_TZ)


class DateRangePicker(QWidget):
    """A preset period or a custom range; the date fields are live only for a custom one.

    Signals:
        changed(): the period changed (a preset chosen, or a date of the range edited).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_combo = QComboBox()
        for label in (
            self.tr("Any time"),
            self.tr("Today"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Date range…"),
        ):
            self.range_combo.addItem(label)
        today = QDate.currentDate()
        self.from_edit = self._date_edit(today.addDays(-30))
        self.to_edit = self._date_edit(today)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.range_combo)
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.to_edit)
        self.range_combo.currentIndexChanged.connect(self._on_range_combo_changed)
        self.from_edit.dateChanged.connect(self.changed)
        self.to_edit.dateChanged.connect(self.changed)
        self._update_dates()

    @staticmethod
    def _date_edit(initial: QDate) -> QDateEdit:
        edit = QDateEdit(initial)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        """``(since, until)``, ``until`` exclusive; ``(None, None)`` for any time."""
        choice = self.range_combo.currentIndex()
        today = system_clock().astimezone(STATION_TZ).date()
        tomorrow = local_midnight(today + timedelta(days=1))
        if choice == TODAY:
            return local_midnight(today), tomorrow
        if choice == LAST_7_DAYS:
            return local_midnight(today - timedelta(days=6)), tomorrow
        if choice == LAST_30_DAYS:
            return local_midnight(today - timedelta(days=29)), tomorrow
        if choice == CUSTOM:
            first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            first, last = min(first, last), max(first, last)
            return local_midnight(first), local_midnight(last + timedelta(days=1))
        return None, None

    def reset(self) -> None:
        """Back to any time, without a ``changed`` signal (the caller applies its own reset)."""
        self.range_combo.blockSignals(True)
        self.range_combo.setCurrentIndex(ALL_TIME)
        self.range_combo.blockSignals(False)
        self._update_dates()

    def _update_dates(self) -> None:
        custom = self.range_combo.currentIndex() == CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)

    @Slot(int)
    def _on_range_combo_changed(self, _index: int) -> None:
        self._update_dates()
        self.changed.emit()
