"""The filter bar above the audit log: operator, kind of action, free text and a date range."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.clock import STATION_TZ, system_clock
from app.services.audit import AuditFilter
from app.ui.icons import icon
from app.ui.labels import ACTION_GROUPS, action_group_label

ALL_TIME, TODAY, LAST_7_DAYS, LAST_30_DAYS, CUSTOM = range(5)


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in station time, as an aware datetime."""
    return datetime(day.year, day.month, day.day, tzinfo=STATION_TZ)


class AuditFilterBar(QFrame):
    """Collects an ``AuditFilter``; applies it on Enter, on the search button or on a choice.

    Signals:
        filter_changed(object): the new ``AuditFilter``.
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.actor_edit = QLineEdit()
        self.actor_edit.setPlaceholderText(self.tr("Login name"))
        self.actor_edit.setClearButtonEnabled(True)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("All actions"), "")
        for prefix, source in ACTION_GROUPS:
            self.action_combo.addItem(action_group_label(source), prefix)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Object or details contain…"))
        self.text_edit.setClearButtonEnabled(True)
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
        self.search_button = QPushButton(icon("search", "#ffffff"), self.tr("Search"))
        self.search_button.setObjectName("primaryButton")
        self.clear_button = QPushButton(icon("clear"), self.tr("Clear"))
        self._build_layout()
        self._connect()
        self._on_range_combo_changed(ALL_TIME)

    @staticmethod
    def _date_edit(initial: QDate) -> QDateEdit:
        edit = QDateEdit(initial)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _build_layout(self) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(8)
        layout.addWidget(QLabel(self.tr("Operator")), 0, 0)
        layout.addWidget(self.actor_edit, 0, 1)
        layout.addWidget(QLabel(self.tr("Action")), 0, 2)
        layout.addWidget(self.action_combo, 0, 3)
        layout.addWidget(QLabel(self.tr("Text")), 0, 4)
        layout.addWidget(self.text_edit, 0, 5)
        layout.addWidget(QLabel(self.tr("Time")), 1, 0)
        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addWidget(self.range_combo)
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        layout.addLayout(dates, 1, 1, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.search_button)
        layout.addLayout(buttons, 1, 4, 1, 2)
        layout.setColumnStretch(1, 2)
        layout.setColumnStretch(3, 2)
        layout.setColumnStretch(5, 3)

    def _connect(self) -> None:
        self.actor_edit.returnPressed.connect(self._on_search_button_clicked)
        self.text_edit.returnPressed.connect(self._on_search_button_clicked)
        self.action_combo.currentIndexChanged.connect(self._on_search_button_clicked)
        self.range_combo.currentIndexChanged.connect(self._on_range_combo_changed)
        self.from_edit.dateChanged.connect(self._on_search_button_clicked)
        self.to_edit.dateChanged.connect(self._on_search_button_clicked)
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def current_filter(self) -> AuditFilter:
        since, until = self._date_bounds()
        return AuditFilter(
            actor=self.actor_edit.text().strip(),
            action=str(self.action_combo.currentData() or ""),
            text=self.text_edit.text().strip(),
            since=since,
            until=until,
        )

    def _date_bounds(self) -> tuple[datetime | None, datetime | None]:
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
            first = self.from_edit.date().toPython()
            last = self.to_edit.date().toPython()
            first, last = min(first, last), max(first, last)
            return local_midnight(first), local_midnight(last + timedelta(days=1))
        return None, None

    @Slot(int)
    def _on_range_combo_changed(self, index: int) -> None:
        custom = index == CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self._on_search_button_clicked()

    @Slot()
    def _on_search_button_clicked(self) -> None:
        self.filter_changed.emit(self.current_filter())

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        widgets = (self.actor_edit, self.text_edit, self.action_combo, self.range_combo)
        for widget in widgets:
            widget.blockSignals(True)
        self.actor_edit.clear()
        self.text_edit.clear()
        self.action_combo.setCurrentIndex(0)
        self.range_combo.setCurrentIndex(ALL_TIME)
        for widget in widgets:
            widget.blockSignals(False)
        self._on_range_combo_changed(ALL_TIME)
