"""The add-person dialog: login, name, role, unit and first password of a new account."""

import re
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.core.roles import Role
from app.services.auth import Actor
from app.services.passwords import MIN_PASSWORD_LENGTH
from app.services.people import UnitRow, add_person
from app.services.station import StationContext
from app.ui.labels import role_label
from app.ui.service_dialog import MissingFieldError, ServiceDialog
from app.ui.unit_combo import UnitComboBox

# The rule add_person applies; checked here first so the message can name the field.
_LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,59}$")


class AddPersonDialog(ServiceDialog):
    """Creates an account; ``succeeded`` carries the new ``PersonRow``."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        units: Sequence[UnitRow],
        roles: Sequence[Role],
        unit_code: str | None,
        parent: QWidget | None = None,
    ) -> None:
        """``units`` and ``roles`` are those the actor may give (``people.management_reach``)."""
        super().__init__(self.tr("Add person"), self.tr("Add person"), parent)
        self._context = context
        self._actor = actor
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("e.g. zhangsan (letters and digits)"))
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in roles:
            self.role_combo.addItem(role_label(role), role.value)
        self.unit_combo = UnitComboBox(units)
        self.unit_combo.select_code(unit_code)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("At least {count} characters").format(count=MIN_PASSWORD_LENGTH)
        )
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Login name"), self.login_edit)
        self.form.addRow(self.tr("Full name"), self.name_edit)
        self.form.addRow(self.tr("Role"), self.role_combo)
        self.form.addRow(self.tr("Unit"), self.unit_combo)
        self.form.addRow(self.tr("Initial password"), self.password_edit)
        self.form.addRow(self.tr("Repeat password"), self.confirm_edit)
        self.login_edit.setFocus()

    def select_role(self, role: Role) -> None:
        self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))

    def build_job(self) -> Callable[[], object]:
        login = self.login_edit.text().strip()
        name = self.name_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            raise MissingFieldError(self.tr("Please fill in: login name."), self.login_edit)
        if not _LOGIN.match(login):
            raise MissingFieldError(
                self.tr(
                    "The login name may hold up to 60 letters, digits, '.', '_', '-' or '@', "
                    "starting with a letter or digit."
                ),
                self.login_edit,
            )
        if not name:
            raise MissingFieldError(self.tr("Please fill in: full name."), self.name_edit)
        if not password:
            raise MissingFieldError(
                self.tr("Please fill in: initial password."), self.password_edit
            )
        if len(password) < MIN_PASSWORD_LENGTH:
            raise MissingFieldError(
                self.tr("The password needs at least {count} characters.").format(
                    count=MIN_PASSWORD_LENGTH
                ),
                self.password_edit,
            )
        if self.confirm_edit.text() != password:
            raise MissingFieldError(self.tr("The two passwords differ."), self.confirm_edit)
        role = Role(self.role_combo.currentData())
        unit_code = self.unit_combo.current_code() or None
        context, actor = self._context, self._actor
        return lambda: add_person(
            context,
            actor,
            login=login,
            name=name,
            role=role,
            password=password,
            unit_code=unit_code,
        )
