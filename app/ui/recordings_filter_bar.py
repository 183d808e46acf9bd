"""The filter bar above the recordings table: officer, unit, category, dates, late, damaged."""

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.policy.profile import Category
from app.services.people import PersonRow, UnitRow
from app.services.recordings import RecordingFilter
from app.ui.date_range import DateRangePicker
from app.ui.icons import icon
from app.ui.recording_pages import RecordingQuery


class RecordingsFilterBar(QFrame):
    """Collects a ``RecordingQuery``; applies it on every choice and on the search button.

    Signals:
        query_changed(object): the new ``RecordingQuery``.
    """

    query_changed = Signal(object)

    def __init__(self, *, show_officer: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.officer_combo = QComboBox()
        self.officer_combo.setVisible(show_officer)
        self.officer_label = QLabel(self.tr("Officer"))
        self.officer_label.setVisible(show_officer)
        self.unit_combo = QComboBox()
        self.category_combo = QComboBox()
        self.period = DateRangePicker()
        self.late_check = QCheckBox(self.tr("Late hand-overs only"))
        self.damaged_check = QCheckBox(self.tr("Damaged files only"))
        self.search_button = QPushButton(icon("search", "#ffffff"), self.tr("Search"))
        self.search_button.setObjectName("primaryButton")
        self.clear_button = QPushButton(icon("clear"), self.tr("Clear"))
        self.set_choices([], [], [])
        self._build_layout()
        self._connect()

    def set_choices(
        self,
        people: Sequence[PersonRow],
        units: Sequence[UnitRow],
        categories: Sequence[Category],
    ) -> None:
        """Fill the combo boxes without emitting a query for each item."""
        combos = (self.officer_combo, self.unit_combo, self.category_combo)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.officer_combo.addItem(self.tr("All officers"), "")
        for person in people:
            self.officer_combo.addItem(f"{person.name}（{person.login}）", person.login)
        self.unit_combo.addItem(self.tr("All units"), "")
        for unit in units:
            self.unit_combo.addItem(f"{'    ' * unit.depth}{unit.name}", unit.code)
        self.category_combo.addItem(self.tr("All categories"), "")
        for category in categories:
            self.category_combo.addItem(category.label_zh, category.id)
        for combo in combos:
            combo.blockSignals(False)

    def _build_layout(self) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(8)
        layout.addWidget(self.officer_label, 0, 0)
        layout.addWidget(self.officer_combo, 0, 1)
        layout.addWidget(QLabel(self.tr("Unit")), 0, 2)
        layout.addWidget(self.unit_combo, 0, 3)
        layout.addWidget(QLabel(self.tr("Category")), 0, 4)
        layout.addWidget(self.category_combo, 0, 5)
        layout.addWidget(QLabel(self.tr("Start")), 1, 0)
        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addWidget(self.period)
        dates.addSpacing(16)
        dates.addWidget(self.late_check)
        dates.addWidget(self.damaged_check)
        dates.addStretch(1)
        layout.addLayout(dates, 1, 1, 1, 4)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.search_button)
        layout.addLayout(buttons, 1, 5)
        for column, stretch in ((1, 2), (3, 2), (5, 2)):
            layout.setColumnStretch(column, stretch)

    def _connect(self) -> None:
        for combo in (self.officer_combo, self.unit_combo, self.category_combo):
            combo.currentIndexChanged.connect(self._on_search_button_clicked)
        self.period.changed.connect(self._on_search_button_clicked)
        self.late_check.toggled.connect(self._on_search_button_clicked)
        self.damaged_check.toggled.connect(self._on_search_button_clicked)
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def current_query(self) -> RecordingQuery:
        since, until = self.period.bounds()
        return RecordingQuery(
            RecordingFilter(
                officer=str(self.officer_combo.currentData() or "") or None,
                unit=str(self.unit_combo.currentData() or "") or None,
                category=str(self.category_combo.currentData() or "") or None,
                since=since,
                until=until,
            ),
            late_only=self.late_check.isChecked(),
            damaged_only=self.damaged_check.isChecked(),
        )

    @Slot()
    def _on_search_button_clicked(self) -> None:
        self.query_changed.emit(self.current_query())

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        combos = (self.officer_combo, self.unit_combo, self.category_combo)
        widgets = (*combos, self.late_check, self.damaged_check)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in combos:
            combo.setCurrentIndex(0)
        self.late_check.setChecked(False)
        self.damaged_check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.period.reset()
        self._on_search_button_clicked()
