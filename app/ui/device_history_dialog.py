"""The history of one device: issue/return log, fault and repair steps, pre-use checks."""

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import local_text
from app.services.auth import Actor
from app.services.devices import DeviceHistory, device_history
from app.services.station import StationContext
from app.ui.errors import show_error
from app.ui.evidence_labels import (
    check_source_label,
    device_event_label,
    device_state_label,
)
from app.ui.jobs import JobRunner


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


class DeviceHistoryDialog(QDialog):
    """Loads ``device_history`` in the background and shows it on three tabs."""

    def __init__(
        self, context: StationContext, actor: Actor, asset_no: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Device history: {asset}").format(asset=asset_no))
        self.resize(760, 460)
        self.title_label = QLabel(self.tr("Loading…"))
        self.title_label.setObjectName("sectionTitle")
        self.issues = _tree(
            [self.tr("Issued to"), self.tr("Issued"), self.tr("By"), self.tr("Returned"),
             self.tr("By")]
        )  # fmt: skip
        self.events = _tree(
            [self.tr("Time"), self.tr("Step"), self.tr("Operator"), self.tr("State after"),
             self.tr("Note")]
        )  # fmt: skip
        self.checks = _tree(
            [self.tr("Time"), self.tr("Kind"), self.tr("Person"), self.tr("Battery"),
             self.tr("Storage"), self.tr("Clock"), self.tr("Note")]
        )  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.addTab(self.issues, self.tr("Issue and return"))
        self.tabs.addTab(self.events, self.tr("Faults and repairs"))
        self.tabs.addTab(self.checks, self.tr("Checks"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.history: DeviceHistory | None = None
        self._runner: JobRunner | None = JobRunner(
            lambda: device_history(context, actor, asset_no), name="device-history"
        )
        self._runner.finished.connect(self._on_runner_finished)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.start()

    @property
    def is_busy(self) -> bool:
        return self._runner is not None

    @Slot(object)
    def _on_runner_finished(self, history: DeviceHistory) -> None:
        self._runner = None
        self.history = history
        device = history.device
        self.title_label.setText(
            f"{device.asset_no} · {device.model} · {device_state_label(device.state)}"
        )
        for a in history.assignments:
            returned = local_text(a.returned_at) if a.returned_at else self.tr("(still issued)")
            self.issues.addTopLevelItem(
                QTreeWidgetItem([a.person_login, local_text(a.issued_at), a.issued_by, returned,
                                 a.returned_by or ""])
            )  # fmt: skip
        for e in history.events:
            note = e.note
            if e.compensation_yuan:
                note = self.tr("{note} ({amount} yuan)").format(
                    note=e.note, amount=f"{e.compensation_yuan:.2f}"
                )
            self.events.addTopLevelItem(
                QTreeWidgetItem([local_text(e.at), device_event_label(e.kind), e.actor,
                                 device_state_label(e.state_after), note])
            )  # fmt: skip
        titles = (
            self.tr("Issue and return ({count})"),
            self.tr("Faults and repairs ({count})"),
            self.tr("Checks ({count})"),
        )
        counts = (len(history.assignments), len(history.events), len(history.checks))
        for tab, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(tab, title.format(count=count))
        for c in history.checks:
            kind, person = check_source_label(c.source), c.person_login or ""
            self.checks.addTopLevelItem(
                QTreeWidgetItem([local_text(c.at), kind, person, self._ok(c.battery_ok),
                                 self._ok(c.storage_ok), self._ok(c.clock_ok), c.note])
            )  # fmt: skip

    def _ok(self, value: bool | None) -> str:
        if value is None:
            return "—"
        return self.tr("OK") if value else self.tr("Problem")

    @Slot(object)
    def _on_runner_failed(self, exc: object) -> None:
        self._runner = None
        self.title_label.setText(self.tr("The history could not be loaded."))
        show_error(self, exc)  # type: ignore[arg-type]
