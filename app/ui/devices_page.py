"""The device ledger page (设备管理, R1): devices, issue/return, faults and repairs, 配备率."""

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.roles import Role
from app.services.auth import Actor
from app.services.devices import (
    TRANSITIONS,
    DeviceEventKind,
    DeviceRow,
    DeviceState,
    EquipmentRate,
    equipment_rates,
    list_devices,
    return_device,
)
from app.services.people import PersonRow, Reach, UnitRow, list_people, list_units, management_reach
from app.services.permissions import Action, is_allowed
from app.services.profiles import active_profile
from app.services.station import StationContext
from app.ui import devices_model
from app.ui.device_dialog import AddDeviceDialog, AssignDeviceDialog
from app.ui.device_event_dialog import DeviceEventDialog, PreUseCheckDialog
from app.ui.device_history_dialog import DeviceHistoryDialog
from app.ui.devices_model import DevicesTableModel
from app.ui.equipment_rate_card import EquipmentRateCard
from app.ui.evidence_labels import device_event_label
from app.ui.icons import icon
from app.ui.jobs import run_in_background
from app.ui.list_table import make_list_table, select_row
from app.ui.page_header import PageHeader, make_page_toolbar
from app.ui.reloader import Reloader

log = logging.getLogger(__name__)

_COLUMN_WIDTHS = {
    devices_model.ASSET: 105,
    devices_model.SERIAL: 105,
    devices_model.MODEL: 130,
    devices_model.KIND: 95,
    devices_model.UNIT: 150,
    devices_model.STATE: 66,
}
#: The steps the "record" menu offers; the fault has its own button.
_MENU_EVENTS = (
    DeviceEventKind.CHECK,
    DeviceEventKind.REPAIR,
    DeviceEventKind.BACK_IN_SERVICE,
    DeviceEventKind.DAMAGED,
    DeviceEventKind.LOST,
    DeviceEventKind.COMPENSATION,
    DeviceEventKind.RETIRE,
)


@dataclass(frozen=True)
class Ledger:
    devices: list[DeviceRow]
    units: list[UnitRow]
    people: list[PersonRow]
    rates: list[EquipmentRate]
    target: float | None
    reach: Reach


def load_ledger(context: StationContext, actor: Actor) -> Ledger:
    """The ledger and what the actor may act on: the dialogs offer only that (issue #17)."""
    reach = management_reach(context, actor)
    people: list[PersonRow] = []
    if is_allowed(actor.role, Action.VIEW_PEOPLE):
        people = [
            p
            for p in list_people(context, actor)
            if p.active and p.role is Role.OFFICER and p.unit_code in reach.unit_codes
        ]
    return Ledger(
        list_devices(context, actor),
        list_units(context),
        people,
        equipment_rates(context, actor),
        active_profile(context).flags.equipment_rate_target,
        reach,
    )


class DevicesPage(QWidget):
    """The ledger table, its actions above, the equipment rate card on the right."""

    def __init__(
        self, context: StationContext, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._loader = Reloader(
            lambda: load_ledger(context, actor), name="devices-load", parent=self
        )
        self._pending_asset: str | None = None
        self.ledger: Ledger | None = None
        self.model = DevicesTableModel()
        self.header = PageHeader(
            self.tr("Devices"),
            self.tr(
                "The ledger of recorders: who wears which device, faults and repairs, "
                "pre-use checks, and the equipment rate of each unit."
            ),
        )
        self.toolbar = self._make_toolbar()
        self.table = self._make_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("pageSubtitle")
        self.rate_card = EquipmentRateCard()
        self._build_layout()
        self._connect()
        self._update_actions()
        self.reload()

    def _may(self, action: Action) -> bool:
        return is_allowed(self._actor.role, action)

    def _make_toolbar(self) -> QToolBar:
        toolbar = make_page_toolbar()
        self.add_action = QAction(icon("device-add"), self.tr("Add device"), self)
        self.assign_action = QAction(icon("assign"), self.tr("Issue"), self)
        self.return_action = QAction(icon("return"), self.tr("Take back"), self)
        self.fault_action = QAction(icon("warning"), self.tr("Report fault"), self)
        self.check_action = QAction(icon("clipboard-check"), self.tr("Pre-use check"), self)
        self.history_action = QAction(icon("history"), self.tr("History"), self)
        self.refresh_action = QAction(icon("refresh"), self.tr("Refresh"), self)
        self.refresh_action.setShortcut("F5")
        self.event_menu = QMenu(self)
        self.event_actions: dict[DeviceEventKind, QAction] = {}
        for kind in _MENU_EVENTS:
            action = self.event_menu.addAction(device_event_label(kind))
            action.setData(kind.value)
            self.event_actions[kind] = action
        self.event_button = QToolButton()
        self.event_button.setText(self.tr("Record step"))
        self.event_button.setIcon(icon("wrench"))
        self.event_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.event_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.event_button.setMenu(self.event_menu)
        if self._may(Action.MANAGE_DEVICES):
            toolbar.addAction(self.add_action)
            toolbar.addSeparator()
        if self._may(Action.ASSIGN_DEVICES):
            toolbar.addAction(self.assign_action)
            toolbar.addAction(self.return_action)
            toolbar.addSeparator()
        if self._may(Action.REPORT_DEVICE_FAULT):
            toolbar.addAction(self.fault_action)
        if self._may(Action.MANAGE_DEVICES):
            toolbar.addWidget(self.event_button)
        if self._may(Action.CHECK_DEVICE):
            toolbar.addAction(self.check_action)
        toolbar.addSeparator()
        toolbar.addAction(self.history_action)
        toolbar.addAction(self.refresh_action)
        return toolbar

    def _make_table(self) -> QTableView:
        return make_list_table(self.model, _COLUMN_WIDTHS)

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
        splitter.addWidget(self.rate_card)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_history_action_triggered)
        self.add_action.triggered.connect(self._on_add_action_triggered)
        self.assign_action.triggered.connect(self._on_assign_action_triggered)
        self.return_action.triggered.connect(self._on_return_action_triggered)
        self.fault_action.triggered.connect(self._on_fault_action_triggered)
        self.check_action.triggered.connect(self._on_check_action_triggered)
        self.history_action.triggered.connect(self._on_history_action_triggered)
        self.refresh_action.triggered.connect(self.reload)
        self.event_menu.triggered.connect(self._on_event_menu_triggered)
        self._loader.loaded.connect(self._on_loader_loaded)

    @property
    def is_busy(self) -> bool:
        return self._loader.is_busy

    @Slot()
    def reload(self) -> None:
        """Load the ledger and the rates again, in the background."""
        self._loader.reload()

    def refresh(self) -> None:
        self.reload()

    @Slot(object)
    def _on_loader_loaded(self, ledger: Ledger) -> None:
        selected = self.selected_device()
        keep = self._pending_asset or (selected.asset_no if selected else None)
        self._pending_asset = None
        self.ledger = ledger
        self.model.set_rows(ledger.devices, {u.code: u.name for u in ledger.units})
        self.rate_card.set_rates(ledger.rates, ledger.target)
        in_service = sum(d.state is DeviceState.IN_SERVICE for d in ledger.devices)
        self.count_label.setText(
            self.tr("{count} devices, {in_service} in service").format(
                count=len(ledger.devices), in_service=in_service
            )
        )
        if keep:
            self.select_asset(keep)
        self._update_actions()

    def select_asset(self, asset_no: str) -> None:
        row = self.model.row_of_asset(asset_no)
        if row >= 0:
            select_row(self.table, row)

    def selected_device(self) -> DeviceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        device = self.selected_device()
        if device is not None and self.ledger is not None:
            reach = self.ledger.reach
            if not reach.reaches_device(self._actor.login, device.unit_code, device.assignee_login):
                device = None  # shown, but not the actor's to act on
        state = device.state if device else None
        self.assign_action.setEnabled(
            state is DeviceState.IN_SERVICE and device is not None and not device.assignee_login
        )
        self.return_action.setEnabled(device is not None and device.assignee_login is not None)
        for kind, action in {
            DeviceEventKind.FAULT: self.fault_action,
            **self.event_actions,
        }.items():
            action.setEnabled(state is not None and state in TRANSITIONS[kind][0])
        self.event_button.setEnabled(device is not None)
        self.check_action.setEnabled(state is DeviceState.IN_SERVICE)
        self.history_action.setEnabled(self.selected_device() is not None)

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._update_actions()

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        succeeded = getattr(dialog, "succeeded", None)
        if succeeded is not None:
            succeeded.connect(self._on_dialog_succeeded)
        dialog.open()
        return dialog

    @Slot(object)
    def _on_dialog_succeeded(self, result: object) -> None:
        if isinstance(result, DeviceRow):
            self._pending_asset = result.asset_no
        self.reload()

    @Slot()
    def _on_add_action_triggered(self) -> None:
        self.open_add_dialog()

    def open_add_dialog(self) -> AddDeviceDialog:
        units = (
            [u for u in self.ledger.units if u.code in self.ledger.reach.unit_codes]
            if self.ledger
            else []
        )
        dialog = AddDeviceDialog(self._context, self._actor, units, self)
        self._open(dialog)
        return dialog

    @Slot()
    def _on_assign_action_triggered(self) -> None:
        self.open_assign_dialog()

    def open_assign_dialog(self) -> AssignDeviceDialog | None:
        device = self.selected_device()
        if device is None or self.ledger is None:
            return None
        dialog = AssignDeviceDialog(self._context, self._actor, device, self.ledger.people, self)
        self._open(dialog)
        return dialog

    @Slot()
    def _on_return_action_triggered(self) -> None:
        device = self.selected_device()
        if device is None or device.assignee_login is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Take back"),
            self.tr("Take device {asset} back from {name}?").format(
                asset=device.asset_no, name=device.assignee_name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.take_back(device)

    def take_back(self, device: DeviceRow) -> None:
        """Return ``device`` in the background, then reload."""
        context, actor, asset = self._context, self._actor, device.asset_no
        run_in_background(
            self,
            lambda: return_device(context, actor, asset),
            self._on_dialog_succeeded,
            name="device-return",
        )

    @Slot()
    def _on_fault_action_triggered(self) -> None:
        self.open_event_dialog(DeviceEventKind.FAULT)

    @Slot(QAction)
    def _on_event_menu_triggered(self, action: QAction) -> None:
        self.open_event_dialog(DeviceEventKind(action.data()))

    def open_event_dialog(self, kind: DeviceEventKind) -> DeviceEventDialog | None:
        device = self.selected_device()
        if device is None:
            return None
        dialog = DeviceEventDialog(self._context, self._actor, device, kind, self)
        self._open(dialog)
        return dialog

    @Slot()
    def _on_check_action_triggered(self) -> None:
        self.open_check_dialog()

    def open_check_dialog(self) -> PreUseCheckDialog | None:
        device = self.selected_device()
        if device is None:
            return None
        dialog = PreUseCheckDialog(self._context, self._actor, device, self)
        self._open(dialog)
        return dialog

    @Slot()
    def _on_history_action_triggered(self) -> None:
        self.open_history_dialog()

    def open_history_dialog(self) -> DeviceHistoryDialog | None:
        device = self.selected_device()
        if device is None:
            return None
        dialog = DeviceHistoryDialog(self._context, self._actor, device.asset_no, self)
        self._open(dialog)
        return dialog
