"""The add-unit dialog: code, name and parent of a new unit in the tree."""

import re
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.auth import Actor
from app.services.people import UnitRow, add_unit
from app.services.station import StationContext
from app.ui.service_dialog import MissingFieldError, ServiceDialog
from app.ui.unit_combo import UnitComboBox

# The rule add_unit applies; checked here first so the message can name the field.
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


class AddUnitDialog(ServiceDialog):
    """Adds a unit under the chosen parent; ``succeeded`` carries the new ``UnitRow``."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        units: Sequence[UnitRow],
        parent_code: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Add unit"), self.tr("Add unit"), parent)
        self._context = context
        self._actor = actor
        self.parent_combo = UnitComboBox(units)
        self.parent_combo.select_code(parent_code)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. GTCG-2 (letters, digits, - _ .)"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Community policing team 2"))
        self.form.addRow(self.tr("Parent unit"), self.parent_combo)
        self.form.addRow(self.tr("Unit code"), self.code_edit)
        self.form.addRow(self.tr("Unit name"), self.name_edit)
        self.code_edit.setFocus()

    def build_job(self) -> Callable[[], object]:
        code = self.code_edit.text().strip()
        name = self.name_edit.text().strip()
        parent_code = self.parent_combo.current_code()
        if not code:
            raise MissingFieldError(self.tr("Please fill in: unit code."), self.code_edit)
        if not _CODE.match(code):
            raise MissingFieldError(
                self.tr("The unit code may hold up to 40 letters, digits, '-', '_' or '.'."),
                self.code_edit,
            )
        if not name:
            raise MissingFieldError(self.tr("Please fill in: unit name."), self.name_edit)
        context, actor = self._context, self._actor
        return lambda: add_unit(context, actor, code, name, parent_code or None)
