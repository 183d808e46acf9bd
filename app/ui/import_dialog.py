"""The import dialog (导入执法记录, R2): camera or folder → vault, with progress and summary.

The dialog collects the hand-over (sources, officer, device, category, activity end, case,
clear-device, backup folder), runs ``import_files`` as a background job with a cancel
token, shows files, bytes, rate and time left while it runs, and a summary at the end.
An import that was interrupted (its journal is still there) can be resumed from here.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import STATION_TZ, system_clock
from app.core.roles import Role
from app.policy.profile import PolicyProfile
from app.services.auth import Actor
from app.services.devices import DeviceRow, DeviceState, list_devices
from app.services.ingest import IngestReport, IngestRequest, import_job
from app.services.ingest_journal import IngestJournal, pending_journals
from app.services.people import PersonRow, list_people
from app.services.profiles import active_profile
from app.services.station import StationContext
from app.ui.camera_drives import CameraDrive, find_camera_drives
from app.ui.icons import icon
from app.ui.import_summary import ImportSummary
from app.ui.jobs import JobRunner, run_in_background
from app.ui.progress_panel import ProgressPanel

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ImportChoices:
    """What the form offers: officers, devices, the profile, and interrupted imports."""

    officers: list[PersonRow]
    devices: list[DeviceRow]
    profile: PolicyProfile
    journals: list[IngestJournal]


def load_import_choices(context: StationContext, actor: Actor) -> ImportChoices:
    people = [p for p in list_people(context, actor) if p.active and p.role is Role.OFFICER]
    devices = [d for d in list_devices(context, actor) if d.state is not DeviceState.RETIRED]
    return ImportChoices(people, devices, active_profile(context), pending_journals(context.paths))


class ImportDialog(QDialog):
    """Hands footage over into the vault.

    Signals:
        import_finished(object): the ``IngestReport`` of a run that ended (cancelled too).
    """

    import_finished = Signal(object)

    def __init__(self, context: StationContext, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import recordings"))
        self.setMinimumSize(760, 640)
        self.setAcceptDrops(True)
        self._context = context
        self._actor = actor
        self._choices: ImportChoices | None = None
        self._loader: JobRunner | None = None
        self._scanner: JobRunner | None = None
        self._job: JobRunner | None = None
        self.report: IngestReport | None = None
        self._build_widgets()
        self._build_layout()
        self._connect()
        self._set_stage("form")
        self._load()
        self.scan_drives()

    # -- building ---------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.resume_frame = QFrame()
        self.resume_frame.setObjectName("card")
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton(icon("refresh"), self.tr("Resume import"))
        self.sources = QListWidget()
        self.sources.setMinimumHeight(110)
        self.detect_button = QPushButton(icon("drive"), self.tr("Detect cameras"))
        self.add_folder_button = QPushButton(icon("folder"), self.tr("Add folder…"))
        self.add_files_button = QPushButton(icon("file"), self.tr("Add files…"))
        self.remove_button = QPushButton(icon("clear"), self.tr("Remove"))
        self.drives_label = QLabel()
        self.drives_label.setObjectName("pageSubtitle")
        self.officer_combo = QComboBox()
        self.device_combo = QComboBox()
        self.lending_label = QLabel()
        self.lending_label.setObjectName("inlineError")
        self.lending_label.setWordWrap(True)
        self.category_combo = QComboBox()
        self.activity_check = QCheckBox(self.tr("Specify"))
        now = system_clock().astimezone(STATION_TZ).replace(tzinfo=None, second=0, microsecond=0)
        self.activity_edit = QDateTimeEdit(QDateTime(now))
        self.activity_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.activity_edit.setCalendarPopup(True)
        self.activity_hint = QLabel(self.tr("(otherwise: the end of each recording)"))
        self.activity_hint.setObjectName("pageSubtitle")
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("Optional, e.g. 馆公（城）行罚决字〔2026〕123号"))
        self.clear_check = QCheckBox(
            self.tr("Delete the files from the camera after a verified import")
        )
        self.mirror_edit = QLineEdit()
        self.mirror_edit.setPlaceholderText(self.tr("Optional: a second disk for the backup copy"))
        self.mirror_button = QPushButton(icon("folder"), self.tr("Browse…"))
        self.message_label = QLabel()
        self.message_label.setObjectName("inlineError")
        self.message_label.setWordWrap(True)
        self.progress = ProgressPanel()
        self.summary = ImportSummary()
        self.start_button = QPushButton(icon("import", "#ffffff"), self.tr("Start import"))
        self.start_button.setObjectName("primaryButton")
        self.start_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Cancel"))

    def _build_layout(self) -> None:
        resume = QHBoxLayout(self.resume_frame)
        resume.setContentsMargins(14, 10, 14, 10)
        resume.addWidget(self.resume_label, 1)
        resume.addWidget(self.resume_button)
        self.form_widget = QWidget()
        form_column = QVBoxLayout(self.form_widget)
        form_column.setContentsMargins(0, 0, 0, 0)
        form_column.setSpacing(12)
        form_column.addWidget(self._sources_box())
        form_column.addWidget(self._handover_box())
        form_column.addWidget(self.message_label)
        self.progress_box = QGroupBox(self.tr("Importing"))
        QVBoxLayout(self.progress_box).addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.resume_frame)
        layout.addWidget(self.form_widget, 1)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)

    def _sources_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. Footage to import"))
        side = QVBoxLayout()
        for button in (
            self.detect_button,
            self.add_folder_button,
            self.add_files_button,
            self.remove_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.sources, 1)
        row.addLayout(side)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.drives_label)
        return box

    def _handover_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Hand-over"))
        form = QFormLayout(box)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Officer"), self.officer_combo)
        form.addRow(self.tr("Device"), self.device_combo)
        form.addRow("", self.lending_label)
        form.addRow(self.tr("Activity category"), self.category_combo)
        activity = QHBoxLayout()
        activity.addWidget(self.activity_check)
        activity.addWidget(self.activity_edit)
        activity.addWidget(self.activity_hint, 1)
        form.addRow(self.tr("Activity end"), activity)
        form.addRow(self.tr("Case number"), self.case_edit)
        form.addRow(self.tr("Camera"), self.clear_check)
        mirror = QHBoxLayout()
        mirror.addWidget(self.mirror_edit, 1)
        mirror.addWidget(self.mirror_button)
        form.addRow(self.tr("Backup folder"), mirror)
        return box

    def _connect(self) -> None:
        self.detect_button.clicked.connect(self.scan_drives)
        self.add_folder_button.clicked.connect(self._on_add_folder_button_clicked)
        self.add_files_button.clicked.connect(self._on_add_files_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.officer_combo.currentIndexChanged.connect(self._on_officer_combo_changed)
        self.device_combo.currentIndexChanged.connect(self._update_lending)
        self.activity_check.toggled.connect(self.activity_edit.setEnabled)
        self.mirror_button.clicked.connect(self._on_mirror_button_clicked)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.activity_edit.setEnabled(False)

    def _set_stage(self, stage: str) -> None:
        """``form`` (filling in), ``running`` (import in progress) or ``done`` (summary)."""
        self._stage = stage
        self.form_widget.setVisible(stage == "form")
        self.progress_box.setVisible(stage == "running")
        self.summary.setVisible(stage == "done")
        self.start_button.setVisible(stage == "form")
        if stage == "form":
            self.resume_frame.setVisible(bool(self._choices and self._choices.journals))
        else:
            self.resume_frame.hide()
        texts = {
            "form": self.tr("Cancel"),
            "running": self.tr("Stop import"),
            "done": self.tr("Close"),
        }
        self.close_button.setText(texts[stage])
        self.close_button.setEnabled(True)
        self.message_label.hide()

    # -- loading ----------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return any(job is not None for job in (self._loader, self._scanner, self._job))

    @property
    def is_importing(self) -> bool:
        return self._job is not None

    def _load(self) -> None:
        context, actor = self._context, self._actor
        self.start_button.setEnabled(False)
        self._loader = run_in_background(
            self,
            lambda: load_import_choices(context, actor),
            self._on_loader_finished,
            on_done=self._on_loader_done,
            name="import-form",
        )

    def _on_loader_done(self) -> None:
        self._loader = None

    def _on_loader_finished(self, choices: ImportChoices) -> None:
        self._choices = choices
        self.officer_combo.blockSignals(True)
        self.officer_combo.clear()
        for person in choices.officers:
            self.officer_combo.addItem(
                f"{person.name}（{person.login}）· {person.unit_name}", person.login
            )
        self.officer_combo.blockSignals(False)
        self.device_combo.clear()
        for device in choices.devices:
            self.device_combo.addItem(self._device_text(device), device.asset_no)
        for category in choices.profile.categories:
            self.category_combo.addItem(category.label_zh, category.id)
        required = choices.profile.flags.clear_device_after_import
        self.clear_check.setChecked(required)
        self.clear_check.setEnabled(not required)
        if required:
            self.clear_check.setToolTip(self.tr("The policy profile requires it [003 §7(3)]."))
        self._show_journals(choices.journals)
        self._on_officer_combo_changed()
        self.start_button.setEnabled(True)

    def _device_text(self, device: DeviceRow) -> str:
        holder = device.assignee_name or self.tr("not issued")
        return f"{device.asset_no} · {device.model} · {holder}"

    def _show_journals(self, journals: list[IngestJournal]) -> None:
        self.resume_frame.setVisible(bool(journals) and self._stage == "form")
        if not journals:
            return
        first = journals[0]
        self.resume_label.setText(
            self.tr(
                "An import was interrupted: officer {officer}, device {device}, {done} files "
                "already committed. Resume it to import the rest."
            ).format(
                officer=first.request.get("officer"),
                device=first.request.get("device"),
                done=len(first.done),
            )
        )

    @Slot()
    def scan_drives(self) -> None:
        """Look for cameras plugged in as drives, in the background."""
        if self._scanner is not None:
            return
        self.drives_label.setText(self.tr("Looking for cameras…"))
        self._scanner = run_in_background(
            self,
            find_camera_drives,
            self._on_scanner_finished,
            on_failure=self._on_scanner_failed,
            on_done=self._on_scanner_done,
            name="camera-drives",
        )

    def _on_scanner_done(self) -> None:
        self._scanner = None

    def _on_scanner_finished(self, drives: list[CameraDrive]) -> None:
        for drive in drives:
            for folder in drive.folders:
                self.add_source(folder, label=f"{drive.label} — {folder.name}", kind="drive")
        if drives:
            self.drives_label.setText(
                self.tr("{count} cameras found and added above.").format(count=len(drives))
            )
        else:
            self.drives_label.setText(
                self.tr(
                    "No camera found. Plug the camera in (USB storage mode), or add a folder "
                    "or files, or drag them here."
                )
            )

    def _on_scanner_failed(self, exc: BaseException) -> None:
        log.warning("camera detection failed: %r", exc)
        self.drives_label.setText(self.tr("Camera detection failed; add the folder by hand."))

    # -- sources ----------------------------------------------------------------------

    def add_source(self, path: Path, *, label: str = "", kind: str = "") -> None:
        """Add a file or folder to the list (checked); a path already listed is skipped."""
        if path in self.source_paths(checked_only=False):
            return
        kind = kind or ("folder" if path.is_dir() else "file")
        item = QListWidgetItem(icon(kind), label or str(path))
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(str(path))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.sources.addItem(item)

    def source_paths(self, *, checked_only: bool = True) -> list[Path]:
        paths = []
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            if not checked_only or item.checkState() == Qt.CheckState.Checked:
                paths.append(Path(item.data(PATH_ROLE)))
        return paths

    @Slot()
    def _on_add_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with footage"))
        if folder:
            self.add_source(Path(folder))

    @Slot()
    def _on_add_files_button_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Footage files"))
        for name in files:
            self.add_source(Path(name))

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))

    @Slot()
    def _on_mirror_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if folder:
            self.mirror_edit.setText(folder)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and self._stage == "form":
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_source(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # -- officer and device -----------------------------------------------------------

    def _device(self) -> DeviceRow | None:
        if self._choices is None:
            return None
        asset = self.device_combo.currentData()
        return next((d for d in self._choices.devices if d.asset_no == asset), None)

    @Slot()
    def _on_officer_combo_changed(self) -> None:
        """Pick the officer's own device: each device has one responsible wearer [002 §17]."""
        login = self.officer_combo.currentData()
        if self._choices is None or not login:
            return
        own = next((d for d in self._choices.devices if d.assignee_login == login), None)
        if own is not None:
            self.device_combo.setCurrentIndex(self.device_combo.findData(own.asset_no))
        self._update_lending()

    @Slot()
    def _update_lending(self) -> None:
        device, login = self._device(), self.officer_combo.currentData()
        lent = device is not None and device.assignee_login not in (None, login)
        if lent and device is not None:
            self.lending_label.setText(
                self.tr(
                    "This device is issued to {holder}. Lending devices is forbidden "
                    "[000 §8(7)]: the footage will be flagged as recorded on a lent device."
                ).format(holder=f"{device.assignee_name}（{device.assignee_login}）")
            )
        self.lending_label.setVisible(lent)

    def is_lending(self) -> bool:
        return self.lending_label.isVisibleTo(self)

    # -- running ----------------------------------------------------------------------

    def build_request(self) -> IngestRequest | None:
        """The request from the form, or None after saying what is missing."""
        sources = tuple(self.source_paths())
        missing = None
        if not sources:
            missing = self.tr("Add the camera, a folder or files to import.")
        elif not self.officer_combo.currentData():
            missing = self.tr("Please choose the officer handing over.")
        elif not self.device_combo.currentData():
            missing = self.tr("Please choose the device the footage was recorded on.")
        if missing:
            self.message_label.setText(missing)
            self.message_label.show()
            return None
        activity_end = None
        if self.activity_check.isChecked():
            activity_end = self.activity_edit.dateTime().toPython().replace(tzinfo=STATION_TZ)
        mirror = self.mirror_edit.text().strip()
        return IngestRequest(
            sources=sources,
            officer=str(self.officer_combo.currentData()),
            device=str(self.device_combo.currentData()),
            category=str(self.category_combo.currentData() or "") or None,
            activity_end=activity_end,
            case_no=self.case_edit.text().strip() or None,
            clear_device=self.clear_check.isChecked(),
            mirror=Path(mirror) if mirror else None,
        )

    @Slot()
    def _on_start_button_clicked(self) -> None:
        request = self.build_request()
        if request is not None and self._job is None:
            self.start_import(request)

    def start_import(self, request: IngestRequest, journal: IngestJournal | None = None) -> None:
        """Run the import in the background; progress and the summary follow by signal."""
        self.progress.reset()
        self._set_stage("running")
        self._job = run_in_background(
            self,
            import_job(self._context, self._actor, request, journal),
            self._on_job_finished,
            on_done=self._on_job_done,
            name="import",
        )
        self._job.progress_changed.connect(self.progress.set_progress)
        log.info("import started: %d sources, officer %s", len(request.sources), request.officer)

    @Slot()
    def _on_resume_button_clicked(self) -> None:
        if self._choices is None or not self._choices.journals or self._job is not None:
            return
        journal = self._choices.journals.pop(0)
        self.start_import(IngestRequest.from_journal(journal.request), journal)

    def cancel_import(self) -> None:
        """Ask the running import to stop between chunks; committed files stay."""
        if self._job is None:
            return
        self._job.cancel()
        self.close_button.setEnabled(False)
        self.close_button.setText(self.tr("Stopping…"))
        self.progress.counts_label.setText(self.tr("Stopping after the current chunk…"))

    def _on_job_done(self) -> None:
        self._job = None
        self._set_stage("form")  # a failed import goes back to the form; success moves on

    def _on_job_finished(self, report: IngestReport) -> None:
        self.report = report
        self.summary.show_report(report)
        self._set_stage("done")
        self.import_finished.emit(report)

    def reject(self) -> None:
        if self._job is None:
            super().reject()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Stop import"),
            self.tr(
                "Stop the import? Files already committed are kept; the rest can be "
                'imported later with "Resume import".'
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.cancel_import()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._job is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
