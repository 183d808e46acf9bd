"""The filter bar above the audit log: operator, kind of action, free text and a date range."""

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.services.audit import AuditFilter
from app.ui.date_range import DateRangePicker
from app.ui.icons import icon
from app.ui.labels import ACTION_GROUPS, action_group_label


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
        self.period = DateRangePicker()
        self.search_button = QPushButton(icon("search", "#ffffff"), self.tr("Search"))
        self.search_button.setObjectName("primaryButton")
        self.clear_button = QPushButton(icon("clear"), self.tr("Clear"))
        self._build_layout()
        self._connect()
        self._on_search_button_clicked()

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
        dates.addWidget(self.period)
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
        self.period.changed.connect(self._on_search_button_clicked)
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def current_filter(self) -> AuditFilter:
        since, until = self.period.bounds()
        return AuditFilter(
            actor=self.actor_edit.text().strip(),
            action=str(self.action_combo.currentData() or ""),
            text=self.text_edit.text().strip(),
            since=since,
            until=until,
        )

    @Slot()
    def _on_search_button_clicked(self) -> None:
        self.filter_changed.emit(self.current_filter())

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        widgets = (self.actor_edit, self.text_edit, self.action_combo)
        for widget in widgets:
            widget.blockSignals(True)
        self.actor_edit.clear()
        self.text_edit.clear()
        self.action_combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.period.reset()
        self._on_search_button_clicked()
