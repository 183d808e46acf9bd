"""The printing page (报表打印): choose a register or form, preview it, print or save it.

Generating a PDF is a service call (it writes the file and its audit entry together), run
in a worker; the preview is Qt's own PDF viewer; paper printing renders each page at the
printer's resolution and is audited as a separate act.
"""

import logging
from datetime import UTC, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, QSize, QStandardPaths, Qt, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import STATION_TZ
from app.core.errors import EvidenceStationError, StationError
from app.services.auth import Actor
from app.services.output_files import save_copy
from app.services.printing import (
    PrintedReport,
    ReportKindInfo,
    list_report_kinds,
    print_job,
    record_paper_print,
)
from app.services.station import StationContext
from app.ui.errors import show_error
from app.ui.icons import icon
from app.ui.jobs import JobRunner, run_in_background
from app.ui.page_header import PageHeader
from app.ui.printouts import new_printout_path
from app.ui.saved_notice import announce_saved

log = logging.getLogger(__name__)

KIND_ROLE = Qt.ItemDataRole.UserRole


def _day_start(day: QDate) -> datetime:
    """Midnight at the start of ``day`` in station time, as UTC."""
    local = datetime.combine(day.toPython(), time.min, tzinfo=STATION_TZ)
    return local.astimezone(UTC)


def _documents() -> Path:
    """Where a user's copy is offered: their documents folder, not the program's."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class ReportsPage(QWidget):
    """Report kinds on the left; the period or record, the preview and the actions right."""

    def __init__(
        self, context: StationContext, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._printed: PrintedReport | None = None
        self._runner: JobRunner | None = None
        self.document = QPdfDocument(self)
        self.kinds = self._make_kind_list()
        self.header = PageHeader(
            self.tr("Registers and forms"),
            self.tr(
                "Print the registers and forms the regulations require. Every printout "
                "carries the unit, page numbers, a QR code and the audit chain head, and "
                "is itself recorded in the audit log."
            ),
        )
        self._build_layout()
        self.kinds.currentItemChanged.connect(self._on_kinds_current_item_changed)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.whole_period.toggled.connect(self._on_whole_period_toggled)
        self.kinds.setCurrentRow(self._first_available_row())

    @property
    def is_busy(self) -> bool:
        return self._runner is not None and self._runner.is_running

    def _make_kind_list(self) -> QListWidget:
        kinds = QListWidget()
        kinds.setMinimumWidth(260)
        for info in list_report_kinds():
            item = QListWidgetItem(icon("report"), info.title)
            item.setData(KIND_ROLE, info)
            if not info.available:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Comes with a later feature of the station."))
            kinds.addItem(item)
        return kinds

    def _first_available_row(self) -> int:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(KIND_ROLE).available:
                return row
        return -1

    def _build_layout(self) -> None:
        today = QDate.currentDate()
        self.since_edit = QDateEdit(today.addMonths(-1))
        self.until_edit = QDateEdit(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.whole_period = QCheckBox(self.tr("All dates"))
        self.record_edit = QLineEdit()
        self.record_edit.setPlaceholderText(self.tr("Number of the record to print"))
        self.generate_button = QPushButton(icon("report", "#ffffff"), self.tr("Generate"))
        self.generate_button.setObjectName("primaryButton")
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.save_button = QPushButton(icon("save"), self.tr("Save as…"))
        self.status_label = QLabel()
        self.status_label.setObjectName("pageSubtitle")
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fit-to-width with a bar that comes and goes never settles at some sizes (the page
        # fits without it, is then too tall, gets it, fits narrower, no longer needs it):
        # a bar that is always there keeps the width, and the layout, fixed.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        hint = QLabel(
            self.tr(
                "Choose a register or form on the left, set its period or record number, "
                "then press Generate to see it here.\nEvery printout gets its own number "
                "and an entry in the audit log."
            )
        )
        hint.setObjectName("pageSubtitle")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.preview = QStackedWidget()
        self.preview.addWidget(hint)
        self.preview.addWidget(self.view)
        self._set_preview_ready(False)

        period = QHBoxLayout()
        period.addWidget(self.since_edit)
        period.addWidget(QLabel("–"))
        period.addWidget(self.until_edit)
        period.addWidget(self.whole_period)
        period.addStretch(1)
        self.options = QFrame()
        self.options.setObjectName("filterBar")
        form = QFormLayout(self.options)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Record"), self.record_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        for button in (self.save_button, self.print_button, self.generate_button):
            actions.addWidget(button)

        right = QVBoxLayout()
        right.addWidget(self.options)
        right.addLayout(actions)
        right.addWidget(self.preview, 1)
        body = QHBoxLayout()
        body.addWidget(self.kinds)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)

    def _current_kind(self) -> ReportKindInfo | None:
        item = self.kinds.currentItem()
        return item.data(KIND_ROLE) if item is not None else None

    def _set_generating(self, busy: bool) -> None:
        """While a printout is made, its kind and options stay as they were asked for."""
        for widget in (self.generate_button, self.kinds, self.options):
            widget.setEnabled(not busy)

    def _set_preview_ready(self, ready: bool) -> None:
        """Show the generated printout, or the hint while there is none to act on."""
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.preview.setCurrentWidget(self.view if ready else self.preview.widget(0))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_kinds_current_item_changed(self, current: QListWidgetItem | None, _old: object) -> None:
        info: ReportKindInfo | None = current.data(KIND_ROLE) if current is not None else None
        # A printout of the kind chosen before must not be printed by mistake for this one.
        self._printed = None
        self._set_preview_ready(False)
        self.status_label.setText("")
        per_record = bool(info and info.per_record)
        self.record_edit.setEnabled(per_record)
        for widget in (self.since_edit, self.until_edit, self.whole_period):
            widget.setEnabled(not per_record)
        self._on_whole_period_toggled(self.whole_period.isChecked())

    @Slot(bool)
    def _on_whole_period_toggled(self, whole: bool) -> None:
        info = self._current_kind()
        dated = not whole and not (info and info.per_record)
        self.since_edit.setEnabled(dated)
        self.until_edit.setEnabled(dated)

    @Slot()
    def _on_generate_button_clicked(self) -> None:
        info = self._current_kind()
        if info is None or self.is_busy:
            return
        record = self.record_edit.text().strip() or None
        if info.per_record and record is None:
            self.status_label.setText(self.tr("Enter the number of the record to print."))
            self.record_edit.setFocus()
            return
        since = until = None
        if not info.per_record and not self.whole_period.isChecked():
            if self.since_edit.date() > self.until_edit.date():
                self.status_label.setText(self.tr("The period ends before it starts."))
                self.until_edit.setFocus()
                return
            since = _day_start(self.since_edit.date())
            until = _day_start(self.until_edit.date().addDays(1))
        out = new_printout_path(self._context, info.kind)
        job = print_job(self._context, self._actor, info.kind, out, since=since, until=until,
                        record_id=record)  # fmt: skip
        self._set_generating(True)
        self.status_label.setText(self.tr("Generating…"))
        self._runner = run_in_background(
            self,
            job,
            self._on_runner_finished,
            on_done=self._on_runner_done,
            progress=self.tr("Generating {title}").format(title=info.title),
        )

    def _on_runner_done(self) -> None:
        self._set_generating(False)
        self.status_label.setText("")

    def _on_runner_finished(self, printed: PrintedReport) -> None:
        self._printed = printed
        self.document.load(str(printed.path))
        self._set_preview_ready(True)
        self.status_label.setText(
            self.tr("{title}: {pages} pages, number {number}").format(
                title=printed.title, pages=printed.pages, number=printed.number
            )
        )

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if self._printed is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as"),
            str(_documents() / self._printed.suggested_name),
            self.tr("PDF files (*.pdf)"),
        )
        if target:
            try:  # the dialog has asked before replacing a file; the station's own are refused
                save_copy(self._context.paths, self._printed.path, Path(target), overwrite=True)
            except EvidenceStationError as exc:
                show_error(self, exc)
            else:
                announce_saved(self, Path(target))

    @Slot()
    def _on_print_button_clicked(self) -> None:
        if self._printed is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except EvidenceStationError as exc:
            show_error(self, exc)
            return
        context, actor, printed = self._context, self._actor, self._printed
        where, copies = printer.printerName() or printer.outputFileName(), printer.copyCount()
        run_in_background(
            self,
            lambda: record_paper_print(context, actor, printed, where, copies),
            lambda _entry: None,  # the print is on paper already; only a failure is news
            name="paper-print",
        )

    def print_to(self, printer: QPrinter) -> None:
        """Render every page of the preview onto ``printer`` at its own resolution."""
        painter = QPainter()
        if not painter.begin(printer):
            raise StationError("report.printer-unavailable")
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                image = self.document.render(page, QSize(target.width(), target.height()))
                painter.drawImage(target, image)
        finally:
            painter.end()
