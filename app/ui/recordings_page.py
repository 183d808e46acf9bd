"""The recordings page (执法记录): browse, filter, inspect, verify and import footage (R2, R9)."""

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.roles import Role
from app.policy.profile import Category
from app.services.auth import Actor
from app.services.people import PersonRow, UnitRow, list_people, list_units
from app.services.permissions import Action, is_allowed
from app.services.profiles import active_profile
from app.services.station import StationContext
from app.services.verification import AlarmRow, VerificationReport, verify_job
from app.ui import recordings_model
from app.ui.decode_check_monitor import DecodeCheckMonitor
from app.ui.errors import show_error
from app.ui.icons import icon
from app.ui.import_dialog import ImportDialog
from app.ui.integrity_alarms import IntegrityAlarmList
from app.ui.integrity_monitor import IntegrityMonitor
from app.ui.jobs import JobRunner, run_in_background
from app.ui.list_table import make_list_table
from app.ui.page_header import PageHeader, make_page_toolbar
from app.ui.recording_detail import RecordingDetailPane
from app.ui.recordings_filter_bar import RecordingsFilterBar
from app.ui.recordings_model import RecordingsTableModel
from app.ui.review_window import ReviewWindow, open_review

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

_COLUMN_WIDTHS = {
    recordings_model.START: 140,
    recordings_model.OFFICER: 118,
    recordings_model.DEVICE: 96,
    recordings_model.CATEGORY: 120,
    recordings_model.CASE: 150,
    recordings_model.DURATION: 54,
    recordings_model.HANDOVER: 92,
    recordings_model.DAMAGED: 66,
    recordings_model.INTEGRITY: 60,
}

Choices = tuple[list[PersonRow], list[UnitRow], list[Category]]


def _load_choices(context: StationContext, actor: Actor) -> Choices:
    """The filter bar's officers, units and the active profile's categories."""
    people: list[PersonRow] = []
    if is_allowed(actor.role, Action.VIEW_PEOPLE):
        people = [p for p in list_people(context, actor) if p.role is Role.OFFICER]
    return people, list_units(context), list(active_profile(context).categories)


class RecordingsPage(QWidget):
    """Filter bar, the paged table and the detail pane; import and verify actions above."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        monitor: IntegrityMonitor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self.monitor = monitor
        # Set by build_recordings_page: the background decode check of new recordings.
        self.decode_checker: DecodeCheckMonitor | None = None
        self._choices: JobRunner | None = None
        self._verify: JobRunner | None = None
        self.last_verification: VerificationReport | None = None
        self.may_import = is_allowed(actor.role, Action.IMPORT_RECORDINGS)
        self.may_verify = is_allowed(actor.role, Action.VERIFY_RECORDINGS)
        self.categories: dict[str, str] = {}
        self.model = RecordingsTableModel(context, actor)
        self.header = PageHeader(
            self.tr("Recordings"),
            self.tr(
                "Footage handed over into the station's store, newest first. Every original "
                "is kept unchanged with its SHA-256 and SM3 digests; opening details is "
                "recorded in the audit log."
            ),
        )
        self.import_button = QPushButton(icon("import", "#ffffff"), self.tr("Import…"))
        self.import_button.setObjectName("primaryButton")
        if self.may_import:
            self.header.add_widget(self.import_button)
        self.toolbar = self._make_toolbar()
        self.filter_bar = RecordingsFilterBar(show_officer=actor.role is not Role.OFFICER)
        self.alarm_list = IntegrityAlarmList()
        self.table = self._make_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("pageSubtitle")
        self.detail = RecordingDetailPane(context, actor, self.categories)
        self._build_layout()
        self._connect()
        self._update_actions()
        self._load_choices()

    def _make_toolbar(self) -> QToolBar:
        toolbar = make_page_toolbar()
        self.verify_action = QAction(icon("shield-check"), self.tr("Verify selected"), self)
        self.sweep_action = QAction(icon("shield-check"), self.tr("Verify whole store"), self)
        self.refresh_action = QAction(icon("refresh"), self.tr("Refresh"), self)
        self.review_action = QAction(icon("recordings"), self.tr("Review"), self)
        self.review_action.setToolTip(self.tr("Frame-accurate review of the selected recording"))
        self.refresh_action.setShortcut("F5")
        if self.may_verify:
            toolbar.addAction(self.verify_action)
            toolbar.addAction(self.sweep_action)
            toolbar.addSeparator()
        toolbar.addAction(self.review_action)
        toolbar.addAction(self.refresh_action)
        return toolbar

    def _make_table(self) -> QTableView:
        return make_list_table(self.model, _COLUMN_WIDTHS, multi_select=True, row_height=28)

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([960, 400])
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.alarm_list)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.filter_bar.query_changed.connect(self.model.set_query)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.load_failed.connect(partial(show_error, self))
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.verify_action.triggered.connect(self._on_verify_action_triggered)
        self.sweep_action.triggered.connect(self.monitor.sweep_now)
        self.refresh_action.triggered.connect(self.reload)
        self.review_action.triggered.connect(self._on_review_action_triggered)
        self.table.doubleClicked.connect(self._on_review_action_triggered)
        self.monitor.alarms_changed.connect(self._on_monitor_alarms_changed)
        self.monitor.sweep_started.connect(self._update_actions)
        self.monitor.sweep_finished.connect(self._on_monitor_sweep_finished)
        self.monitor.sweep_failed.connect(self._update_actions)
        self.alarm_list.recording_activated.connect(self._on_alarm_list_recording_activated)
        if self.monitor.alarms:
            self._on_monitor_alarms_changed(self.monitor.alarms)

    @property
    def is_busy(self) -> bool:
        busy = (self._choices, self._verify)
        return any(b is not None for b in busy) or self.model.is_loading or self.detail.is_busy

    def _load_choices(self) -> None:
        context, actor = self._context, self._actor
        self._choices = run_in_background(
            self, lambda: _load_choices(context, actor), self._on_choices_finished,
            on_done=self._on_choices_done, name="recordings-choices",
        )  # fmt: skip

    def _on_choices_done(self) -> None:
        self._choices = None

    def _on_choices_finished(self, choices: Choices) -> None:
        people, units, categories = choices
        self.categories.clear()
        self.categories.update({c.id: c.label_zh for c in categories})
        self.model.set_category_labels(self.categories)
        self.filter_bar.set_choices(people, units, categories)
        self.model.set_query(self.filter_bar.current_query())

    @Slot()
    def reload(self) -> None:
        """Reload the table from the newest recording, the alarms and the detail shown."""
        self.model.refresh()
        self.monitor.refresh_alarms()
        self.detail.reload()

    def refresh(self) -> None:
        """Called when the page is shown again; picks up imports done meanwhile."""
        if self._choices is None and not self.model.is_loading:
            self.model.refresh()

    def selected_rows(self) -> list[recordings_model.RecordingRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def _update_actions(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.verify_action.setEnabled(selected and self._verify is None)
        self.review_action.setEnabled(selected)
        self.sweep_action.setEnabled(self.monitor.is_enabled and not self.monitor.is_sweeping)
        self.sweep_action.setText(
            self.tr("Verifying store…")
            if self.monitor.is_sweeping
            else self.tr("Verify whole store")
        )

    @Slot()
    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.is_loading:
            text = self.tr("{count} recordings shown · loading…").format(count=count)
        elif self.model.is_exhausted:
            text = self.tr("{count} recordings").format(count=count)
        else:
            text = self.tr("{count} recordings shown · scroll down for more").format(count=count)
        self.count_label.setText(text)

    @Slot(bool)
    def _on_model_loading_changed(self, _loading: bool) -> None:
        self._update_count()

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._update_actions()
        current = self.table.selectionModel().currentIndex()
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            self.detail.show_recording(None)
            return
        row = (
            current.row()
            if current.isValid() and self.table.selectionModel().isRowSelected(current.row())
            else selected[0].row()
        )
        self.detail.show_recording(self.model.row_at(row).id)

    @Slot(int)
    def _on_alarm_list_recording_activated(self, recording_id: int) -> None:
        self.detail.show_recording(recording_id, at_once=True)

    @Slot(object)
    def _on_monitor_alarms_changed(self, alarms: list[AlarmRow]) -> None:
        self.alarm_list.set_alarms(alarms)
        self.model.set_alarmed_ids(self.monitor.alarmed_recording_ids())

    @Slot(object)
    def _on_monitor_sweep_finished(self, _report: VerificationReport) -> None:
        self._update_actions()
        self.detail.reload()

    @Slot()
    def _on_verify_action_triggered(self) -> None:
        ids = [row.id for row in self.selected_rows()]
        if ids and self._verify is None:
            self.verify(ids)

    def verify(self, recording_ids: list[int]) -> None:
        """Re-hash these recordings' originals in the background and say what was found."""
        context, actor = self._context, self._actor
        self._verify = run_in_background(
            self,
            verify_job(context, actor, recording_ids),
            self._on_verify_finished,
            on_done=self._on_verify_done,
            progress=self.tr("Verifying recordings"),
        )
        self._update_actions()

    def _on_verify_done(self) -> None:
        self._verify = None
        self._update_actions()

    def _on_verify_finished(self, report: VerificationReport) -> None:
        self.last_verification = report
        self.monitor.refresh_alarms()
        self.detail.reload()
        if report.ok:
            text = self.tr("{count} recordings checked: every original matches its digests.")
            self._tell(QMessageBox.Icon.Information, text.format(count=report.checked))
            return
        ids = ", ".join(str(p.recording_id) for p in report.problems)
        text = self.tr(
            "{count} of {checked} recordings do NOT match their digests: {ids}. "
            "An integrity alarm has been raised; nothing was repaired."
        )
        self._tell(
            QMessageBox.Icon.Critical,
            text.format(count=len(report.problems), checked=report.checked, ids=ids),
        )

    def _tell(self, kind: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(kind, self.tr("Verification"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("verificationBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot()
    def _on_import_button_clicked(self) -> None:
        self.open_import_dialog()

    def open_import_dialog(self) -> ImportDialog:
        dialog = ImportDialog(self._context, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.import_finished.connect(self._on_import_dialog_import_finished)
        dialog.open()
        return dialog

    @Slot()
    def _on_review_action_triggered(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_review(rows[0].id)

    def open_review(self, recording_id: int) -> ReviewWindow:
        """The review window (回放) of one recording; it logs its own viewing."""
        return open_review(self, self._context, self._actor, recording_id)

    @Slot(object)
    def _on_import_dialog_import_finished(self, _report: object) -> None:
        self.model.refresh()
        if self.decode_checker is not None:
            self.decode_checker.check_now()  # decode the new recordings in the background


def build_recordings_page(window: "MainWindow") -> RecordingsPage:
    """The page and its integrity monitor, whose alarms also show in the status bar."""
    monitor = IntegrityMonitor(window.context, window.actor, parent=window)

    def on_alarms(alarms: list[AlarmRow]) -> None:
        ids = ", ".join(str(rid) for alarm in alarms for rid in alarm.recording_ids)
        tooltip = QCoreApplication.translate("RecordingsPage", "Recordings concerned: {ids}")
        window.status.set_integrity_alarms(len(alarms), tooltip.format(ids=ids) if ids else "")

    monitor.alarms_changed.connect(on_alarms)
    page = RecordingsPage(window.context, window.actor, monitor)
    monitor.start()
    checker = DecodeCheckMonitor(window.context, window.actor, parent=page)
    checker.progress_changed.connect(
        lambda progress: window.status.set_decode_progress(progress.done, progress.total)
    )
    checker.checked.connect(lambda _rows: page.model.refresh())
    page.decode_checker = checker
    checker.check_now()
    return page
