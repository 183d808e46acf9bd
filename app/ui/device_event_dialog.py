"""Dialogs that record a step in a device's life: fault, check, repair, loss, pre-use check."""

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLabel, QPlainTextEdit, QWidget

from app.services.auth import Actor
from app.services.devices import (
    DeviceEventKind,
    DeviceRow,
    log_pre_use_check,
    record_device_event,
)
from app.services.station import StationContext
from app.ui.evidence_labels import device_event_label, device_state_label
from app.ui.service_dialog import MissingFieldError, ServiceDialog


class DeviceEventDialog(ServiceDialog):
    """Records one ``DeviceEventKind`` with its note (and the amount of a compensation)."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        device: DeviceRow,
        kind: DeviceEventKind,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("{event}: {asset}").format(
            event=device_event_label(kind), asset=device.asset_no
        )
        super().__init__(title, self.tr("Record"), parent)
        self._context = context
        self._actor = actor
        self._device = device
        self.kind = kind
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(90)
        self.note_edit.setPlaceholderText(self._note_hint(kind))
        self.amount_spin = QDoubleSpinBox()
        self.amount_spin.setRange(0, 1_000_000)
        self.amount_spin.setDecimals(2)
        self.amount_spin.setSuffix(self.tr(" yuan"))
        self.form.addRow(self.tr("Device"), QLabel(f"{device.asset_no} · {device.model}"))
        self.form.addRow(self.tr("State now"), QLabel(device_state_label(device.state)))
        self.form.addRow(self.tr("Note"), self.note_edit)
        if kind is DeviceEventKind.COMPENSATION:
            self.form.addRow(self.tr("Amount"), self.amount_spin)
        self.note_edit.setFocus()

    def _note_hint(self, kind: DeviceEventKind) -> str:
        hints = {
            DeviceEventKind.FAULT: self.tr("What is wrong, e.g. does not switch on"),
            DeviceEventKind.CHECK: self.tr("What the check found"),
            DeviceEventKind.REPAIR: self.tr("Where it was sent, work order number"),
            DeviceEventKind.BACK_IN_SERVICE: self.tr("What was repaired or replaced"),
            DeviceEventKind.LOST: self.tr("When and where it was lost, who reported it"),
            DeviceEventKind.DAMAGED: self.tr("How it was damaged"),
            DeviceEventKind.COMPENSATION: self.tr("Who compensates, on what decision"),
            DeviceEventKind.RETIRE: self.tr("Why it is retired"),
        }
        return hints[kind]

    def build_job(self) -> Callable[[], object]:
        note = self.note_edit.toPlainText().strip()
        if not note:
            raise MissingFieldError(self.tr("Please fill in the note."), self.note_edit)
        amount = None
        if self.kind is DeviceEventKind.COMPENSATION:
            amount = self.amount_spin.value()
            if amount <= 0:
                raise MissingFieldError(self.tr("Please fill in the amount."), self.amount_spin)
        context, actor, asset, kind = self._context, self._actor, self._device.asset_no, self.kind
        return lambda: record_device_event(
            context, actor, asset, kind, note, compensation_yuan=amount
        )


class PreUseCheckDialog(ServiceDialog):
    """The check before use: battery, storage, date and time [002 §10] [004 §5]."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        device: DeviceRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Pre-use check"), self.tr("Record check"), parent)
        self._context = context
        self._actor = actor
        self._device = device
        self.battery_check = QCheckBox(self.tr("Battery charged"))
        self.storage_check = QCheckBox(self.tr("Enough free storage"))
        self.clock_check = QCheckBox(self.tr("Date and time correct"))
        for check in (self.battery_check, self.storage_check, self.clock_check):
            check.setChecked(True)
        self.offset_spin = QDoubleSpinBox()
        self.offset_spin.setRange(-86_400, 86_400)
        self.offset_spin.setDecimals(0)
        self.offset_spin.setSuffix(self.tr(" s"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(60)
        self.form.addRow(self.tr("Device"), QLabel(f"{device.asset_no} · {device.model}"))
        self.form.addRow(self.tr("Battery"), self.battery_check)
        self.form.addRow(self.tr("Storage"), self.storage_check)
        self.form.addRow(self.tr("Clock"), self.clock_check)
        self.form.addRow(self.tr("Clock offset"), self.offset_spin)
        self.form.addRow(self.tr("Note"), self.note_edit)

    def build_job(self) -> Callable[[], object]:
        battery, storage = self.battery_check.isChecked(), self.storage_check.isChecked()
        clock = self.clock_check.isChecked()
        offset = self.offset_spin.value() or None
        note = self.note_edit.toPlainText().strip()
        context, actor, asset = self._context, self._actor, self._device.asset_no
        return lambda: log_pre_use_check(
            context, actor, asset, battery_ok=battery, storage_ok=storage, clock_ok=clock,
            clock_offset_s=offset, note=note,
        )  # fmt: skip
