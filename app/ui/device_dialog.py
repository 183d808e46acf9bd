"""Dialogs of the device ledger that change who or what: add a device, issue it to a wearer."""

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.services.auth import Actor
from app.services.devices import DeviceKind, DeviceRow, add_device, assign_device
from app.services.people import PersonRow, UnitRow
from app.services.station import StationContext
from app.ui.evidence_labels import device_kind_label
from app.ui.service_dialog import MissingFieldError, ServiceDialog
from app.ui.unit_combo import UnitComboBox


class AddDeviceDialog(ServiceDialog):
    """Enters a device in the ledger; ``succeeded`` carries the new ``DeviceRow``."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        units: Sequence[UnitRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Add device"), self.tr("Add device"), parent)
        self._context = context
        self._actor = actor
        self.asset_edit = QLineEdit()
        self.asset_edit.setPlaceholderText(self.tr("e.g. GT-DSJ-005"))
        self.serial_edit = QLineEdit()
        self.model_edit = QLineEdit()
        self.model_edit.setPlaceholderText(self.tr("e.g. DSJ-HY9"))
        self.kind_combo = QComboBox()
        for kind in DeviceKind:
            self.kind_combo.addItem(device_kind_label(kind), kind.value)
        self.unit_combo = UnitComboBox(units)
        self.form.addRow(self.tr("Asset number"), self.asset_edit)
        self.form.addRow(self.tr("Serial number"), self.serial_edit)
        self.form.addRow(self.tr("Model"), self.model_edit)
        self.form.addRow(self.tr("Kind"), self.kind_combo)
        self.form.addRow(self.tr("Unit"), self.unit_combo)
        self.asset_edit.setFocus()

    def build_job(self) -> Callable[[], object]:
        fields = (
            (self.asset_edit, self.tr("Please fill in: asset number.")),
            (self.serial_edit, self.tr("Please fill in: serial number.")),
            (self.model_edit, self.tr("Please fill in: model.")),
        )
        for edit, message in fields:
            if not edit.text().strip():
                raise MissingFieldError(message, edit)
        asset, serial = self.asset_edit.text().strip(), self.serial_edit.text().strip()
        model = self.model_edit.text().strip()
        kind = DeviceKind(self.kind_combo.currentData())
        unit = self.unit_combo.current_code() or None
        context, actor = self._context, self._actor
        return lambda: add_device(
            context, actor, asset_no=asset, serial=serial, model=model, kind=kind, unit_code=unit
        )


class AssignDeviceDialog(ServiceDialog):
    """Issues a device to its one responsible wearer (谁佩戴谁负责 [002 §17])."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        device: DeviceRow,
        people: Sequence[PersonRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Issue device"), self.tr("Issue"), parent)
        self._context = context
        self._actor = actor
        self._device = device
        self.person_combo = QComboBox()
        for person in people:
            self.person_combo.addItem(
                f"{person.name}（{person.login}）· {person.unit_name}", person.login
            )
        note = QLabel(self.tr("The wearer is responsible for the device; lending it is forbidden."))
        note.setObjectName("pageSubtitle")
        note.setWordWrap(True)
        self.form.addRow(self.tr("Device"), QLabel(f"{device.asset_no} · {device.model}"))
        self.form.addRow(self.tr("Issue to"), self.person_combo)
        self.form.addRow("", note)

    def select_login(self, login: str) -> None:
        self.person_combo.setCurrentIndex(self.person_combo.findData(login))

    def build_job(self) -> Callable[[], object]:
        login = self.person_combo.currentData()
        if not login:
            raise MissingFieldError(self.tr("Please choose the wearer."), self.person_combo)
        context, actor, asset = self._context, self._actor, self._device.asset_no
        return lambda: assign_device(context, actor, asset, str(login))
