"""The audit log page (审计日志): filter, page through, and verify the audit chain."""

from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.audit import AuditFilter, ChainReport
from app.services.station import StationContext
from app.ui import audit_model
from app.ui.audit_filter_bar import AuditFilterBar
from app.ui.audit_model import AuditTableModel
from app.ui.chain_monitor import ChainMonitor
from app.ui.chain_texts import chain_long_text
from app.ui.errors import show_error
from app.ui.icons import icon
from app.ui.list_table import make_list_table
from app.ui.page_header import PageHeader

_COLUMN_WIDTHS = {
    audit_model.SEQ: 70,
    audit_model.TIME: 160,
    audit_model.ACTOR: 110,
    audit_model.ACTION: 150,
    audit_model.TARGET: 190,
}


class AuditPage(QWidget):
    """Audit entries newest first, with the filter bar and the verify-chain button."""

    def __init__(
        self, context: StationContext, monitor: ChainMonitor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._monitor = monitor
        self.model = AuditTableModel(context.audit)
        self.header = PageHeader(
            self.tr("Audit log"),
            self.tr(
                "Every action in the station, newest first. Entries are chained by hash: "
                "a changed or removed entry breaks the chain."
            ),
        )
        self.verify_button = QPushButton(icon("shield-check", "#ffffff"), self.tr("Verify chain"))
        self.verify_button.setObjectName("primaryButton")
        self.header.add_widget(self.verify_button)
        self.filter_bar = AuditFilterBar()
        self.table = self._make_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("pageSubtitle")
        self.chain_label = QLabel()
        self.chain_label.setObjectName("inlineOk")
        self.chain_label.setWordWrap(True)
        self.chain_label.hide()
        self._build_layout()
        self._connect()
        self.model.set_filter(AuditFilter())

    def _make_table(self) -> QTableView:
        return make_list_table(self.model, _COLUMN_WIDTHS)

    def _build_layout(self) -> None:
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.load_failed.connect(partial(show_error, self))
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self._monitor.verification_started.connect(self._on_monitor_verification_started)
        self._monitor.verified.connect(self._on_monitor_verified)
        self._monitor.verification_failed.connect(self._on_monitor_verification_failed)

    @property
    def is_busy(self) -> bool:
        return self.model.is_loading or self._monitor.is_running

    def refresh(self) -> None:
        """Reload from the newest entry, keeping the filter."""
        self.model.refresh()

    @Slot(object)
    def _on_filter_bar_filter_changed(self, where: AuditFilter) -> None:
        if where != self.model.audit_filter:
            self.model.set_filter(where)

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        self._monitor.verify()

    @Slot(bool)
    def _on_model_loading_changed(self, _loading: bool) -> None:
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.is_loading:
            text = self.tr("Loading… {count} entries shown").format(count=shown)
        elif self.model.is_exhausted:
            text = self.tr("{count} entries").format(count=shown)
        else:
            text = self.tr("{count} entries shown; scroll down for more").format(count=shown)
        self.count_label.setText(text)

    @Slot()
    def _on_monitor_verification_started(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_button.setText(self.tr("Verifying…"))

    @Slot(object)
    def _on_monitor_verified(self, report: ChainReport) -> None:
        self._reset_verify_button()
        self.model.set_broken_seq(None if report.ok else report.first_bad)
        self.chain_label.setObjectName("inlineOk" if report.ok else "inlineError")
        self.chain_label.setText(chain_long_text(report))
        self.chain_label.style().unpolish(self.chain_label)
        self.chain_label.style().polish(self.chain_label)
        self.chain_label.show()
        self.chain_label.updateGeometry()

    @Slot(object)
    def _on_monitor_verification_failed(self, exc: object) -> None:
        self._reset_verify_button()
        show_error(self, exc)  # type: ignore[arg-type]

    def _reset_verify_button(self) -> None:
        self.verify_button.setEnabled(True)
        self.verify_button.setText(self.tr("Verify chain"))
