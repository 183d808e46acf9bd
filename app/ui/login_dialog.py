"""The login dialog: who is at the keyboard, checked by the auth service in the background."""

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AuthError
from app.services.auth import Actor, log_in
from app.services.station import StationContext
from app.ui.errors import error_text, show_error
from app.ui.icons import app_icon
from app.ui.jobs import JobRunner

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Asks for login name and password; accepts once the auth service opens a session.

    Signals:
        logged_in(object): the ``Actor`` that just logged in (emitted before ``accepted``).
    """

    logged_in = Signal(object)

    def __init__(
        self,
        context: StationContext,
        unit_name: str,
        station_code: str,
        parent: QWidget | None = None,
        *,
        login: str = "",
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner: JobRunner | None = None
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in — Evidence Station"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)

        self.login_edit = QLineEdit(login)
        self.login_edit.setPlaceholderText(self.tr("Your login name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.message_label = QLabel()
        self.message_label.setObjectName("inlineError")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setObjectName("primaryButton")
        self.login_button.setDefault(True)
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.login_edit.returnPressed.connect(self._on_login_edit_return_pressed)
        self.password_edit.returnPressed.connect(self._on_buttons_accepted)

        self._build_layout(unit_name, station_code)
        (self.password_edit if login else self.login_edit).setFocus()

    def _build_layout(self, unit_name: str, station_code: str) -> None:
        banner = QWidget()
        banner.setObjectName("loginBanner")
        banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(56, 56))
        title = QLabel(self.tr("Law-enforcement Recording Station"))
        title.setObjectName("loginTitle")
        subtitle = QLabel(
            self.tr("{unit} · station {code}").format(unit=unit_name, code=station_code)
        )
        subtitle.setObjectName("loginSubtitle")
        self.unit_label = subtitle
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(title)
        texts.addWidget(subtitle)
        banner_layout = QHBoxLayout(banner)
        banner_layout.setContentsMargins(24, 20, 24, 20)
        banner_layout.setSpacing(14)
        banner_layout.addWidget(logo)
        banner_layout.addLayout(texts, 1)

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(12)
        form.addRow(self.tr("Login name"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        body = QVBoxLayout()
        body.setContentsMargins(28, 22, 28, 20)
        body.setSpacing(14)
        body.addLayout(form)
        body.addWidget(self.message_label)
        body.addSpacing(4)
        body.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addLayout(body)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    @property
    def is_busy(self) -> bool:
        return self._runner is not None

    @Slot()
    def _on_login_edit_return_pressed(self) -> None:
        if self.password_edit.text():
            self._on_buttons_accepted()
        else:
            self.password_edit.setFocus()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.is_busy:
            return
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            self.show_message(self.tr("Enter your login name."))
            self.login_edit.setFocus()
            return
        if not password:
            self.show_message(self.tr("Enter your password."))
            self.password_edit.setFocus()
            return
        self._set_busy(True)
        context = self._context
        self._runner = JobRunner(
            lambda: log_in(context, login, password, client="gui"), name="login"
        )
        self._runner.finished.connect(self._on_job_finished)
        self._runner.failed.connect(self._on_job_failed)
        self._runner.start()

    def _set_busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)
        self.login_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
        self.login_button.setText(self.tr("Logging in…") if busy else self.tr("Log in"))
        if busy:
            self.show_message("")

    @Slot(object)
    def _on_job_finished(self, actor: object) -> None:
        self._runner = None
        self._set_busy(False)
        assert isinstance(actor, Actor)
        self.actor = actor
        log.info("login %s from the GUI", actor.login)
        self.logged_in.emit(actor)
        self.accept()

    @Slot(object)
    def _on_job_failed(self, exc: object) -> None:
        self._runner = None
        self._set_busy(False)
        if isinstance(exc, AuthError):
            self.show_message(error_text(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
        else:
            show_error(self, exc)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter acts only through the field or button it was pressed in.

        QDialog would also press its default button, and while a login runs the fields
        are disabled, so the focus (and with it the default) could fall to 取消: one Enter
        in the login field then closed the dialog and with it the application.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if not self.is_busy:
            super().reject()
