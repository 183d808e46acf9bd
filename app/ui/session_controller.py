"""Who is signed in: the login dialog, the main window, logging out and switching user."""

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication

from app.core.errors import EvidenceStationError
from app.services.auth import Actor, log_in, log_out
from app.services.station import StationContext, StationInfo
from app.ui.errors import show_error
from app.ui.jobs import JobRunner
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Shows the login dialog, then the main window; logs out when asked or at quit."""

    def __init__(self, context: StationContext, info: StationInfo) -> None:
        super().__init__()
        self._context = context
        self._info = info
        self.login_dialog: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.actor: Actor | None = None

    def start(self, login: tuple[str, str] | None) -> bool:
        """Log in with ``login`` when given, else ask; False when that login is refused."""
        if login is None:
            self.show_login()
            return True
        try:
            actor = log_in(self._context, login[0], login[1], client="gui")
        except EvidenceStationError as exc:
            show_error(None, exc)
            return False
        self._open_window(actor)
        return True

    def show_login(self, login: str = "") -> None:
        dialog = LoginDialog(self._context, self._info.unit_name, self._info.code, login=login)
        dialog.logged_in.connect(self._on_login_dialog_logged_in)
        dialog.rejected.connect(self._on_login_dialog_rejected)
        self.login_dialog = dialog
        dialog.show()

    @Slot(object)
    def _on_login_dialog_logged_in(self, actor: Actor) -> None:
        self._open_window(actor)
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None

    @Slot()
    def _on_login_dialog_rejected(self) -> None:
        if self.window is None:
            QApplication.quit()

    def _open_window(self, actor: Actor) -> None:
        self.actor = actor
        self.window = MainWindow(self._context, actor, self._info)
        self.window.logout_requested.connect(self._on_window_logout_requested)
        self.window.show()

    @Slot()
    def _on_window_logout_requested(self) -> None:
        actor, window = self.actor, self.window
        if actor is None or window is None:
            return
        self.show_login()  # first, so that closing the window does not end the program
        self.actor, self.window = None, None
        window.close()
        window.deleteLater()
        context = self._context
        runner = JobRunner(lambda: log_out(context, actor), name="logout")
        runner.failed.connect(self._on_logout_failed)
        runner.start()

    @Slot(object)
    def _on_logout_failed(self, exc: object) -> None:
        log.warning("logout was not recorded: %r", exc)

    def shutdown(self) -> None:
        """At quit: record the logout of whoever is still signed in."""
        if self.actor is not None:
            try:
                log_out(self._context, self.actor)
            except EvidenceStationError as exc:
                log.warning("logout at quit was not recorded: %s", exc)
            self.actor = None
