"""The device ledger (R1.1) as a Qt table model.

A unit has tens to a few hundred recorders, so the page loads the whole ledger in one
background call and this model shows it; ``set_rows`` replaces it wholesale.
"""

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.services.devices import DeviceRow, DeviceState
from app.ui.evidence_labels import device_kind_label, device_state_label
from app.ui.row_table_model import RowTableModel

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DevicesTableModel", "Asset number"),
    QT_TRANSLATE_NOOP("DevicesTableModel", "Serial number"),
    QT_TRANSLATE_NOOP("DevicesTableModel", "Model"),
    QT_TRANSLATE_NOOP("DevicesTableModel", "Kind"),
    QT_TRANSLATE_NOOP("DevicesTableModel", "Unit"),
    QT_TRANSLATE_NOOP("DevicesTableModel", "State"),
    QT_TRANSLATE_NOOP("DevicesTableModel", "Issued to"),
)
ASSET, SERIAL, MODEL, KIND, UNIT, STATE, ASSIGNEE = range(len(COLUMNS))

STATE_COLORS = {
    DeviceState.IN_SERVICE: "#1e7b34",
    DeviceState.FAULTY: "#c62828",
    DeviceState.IN_REPAIR: "#b45309",
    DeviceState.LOST: "#c62828",
    DeviceState.RETIRED: "#8a94a3",
}


class DevicesTableModel(RowTableModel[DeviceRow]):
    """A read-only list of ``DeviceRow``; unit codes are shown by name when known."""

    COLUMNS = COLUMNS
    CONTEXT = "DevicesTableModel"

    def __init__(self) -> None:
        super().__init__()
        self._unit_names: dict[str, str] = {}

    def set_rows(self, rows: Sequence[DeviceRow], unit_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._unit_names = dict(unit_names)
        self.endResetModel()

    def row_of_asset(self, asset_no: str) -> int:
        return next((i for i, d in enumerate(self._rows) if d.asset_no == asset_no), -1)

    def _row_data(self, device: DeviceRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(device, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return QColor(STATE_COLORS[device.state])
        if role == Qt.ItemDataRole.ForegroundRole and device.state is DeviceState.RETIRED:
            return QColor(STATE_COLORS[DeviceState.RETIRED])
        return None

    def _display(self, device: DeviceRow, column: int) -> str | None:
        if column == ASSET:
            return device.asset_no
        if column == SERIAL:
            return device.serial
        if column == MODEL:
            return device.model
        if column == KIND:
            return device_kind_label(device.kind)
        if column == UNIT:
            return self._unit_names.get(device.unit_code, device.unit_code)
        if column == STATE:
            return device_state_label(device.state)
        if column == ASSIGNEE:
            if device.assignee_login is None:
                return QCoreApplication.translate("DevicesTableModel", "— not issued —")
            return f"{device.assignee_name}（{device.assignee_login}）"
        return None
