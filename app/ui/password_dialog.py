"""The reset-password dialog: a new password for someone else's account, lockout lifted."""

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.services.auth import Actor
from app.services.passwords import MIN_PASSWORD_LENGTH
from app.services.people import PersonRow, reset_password
from app.services.station import StationContext
from app.ui.service_dialog import MissingFieldError, ServiceDialog


class ResetPasswordDialog(ServiceDialog):
    """Sets a new password for ``person``; ``succeeded`` carries ``None``."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        person: PersonRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Reset password"), self.tr("Reset password"), parent)
        self._context = context
        self._actor = actor
        self._login = person.login
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("At least {count} characters").format(count=MIN_PASSWORD_LENGTH)
        )
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Account"), QLabel(f"{person.name} ({person.login})"))
        self.form.addRow(self.tr("New password"), self.password_edit)
        self.form.addRow(self.tr("Repeat password"), self.confirm_edit)
        note = QLabel(self.tr("A locked account is unlocked as well."))
        note.setObjectName("pageSubtitle")
        self.form.addRow("", note)
        self.password_edit.setFocus()

    def build_job(self) -> Callable[[], object]:
        password = self.password_edit.text()
        if not password:
            raise MissingFieldError(self.tr("Please fill in: new password."), self.password_edit)
        if len(password) < MIN_PASSWORD_LENGTH:
            raise MissingFieldError(
                self.tr("The password needs at least {count} characters.").format(
                    count=MIN_PASSWORD_LENGTH
                ),
                self.password_edit,
            )
        if self.confirm_edit.text() != password:
            raise MissingFieldError(self.tr("The two passwords differ."), self.confirm_edit)
        context, actor, login = self._context, self._actor, self._login
        return lambda: reset_password(context, actor, login, password)
