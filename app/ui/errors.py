"""The one place the GUI turns an exception into a message box (STYLE §6).

A domain error (``EvidenceStationError``) is the world's fault: its code and parameters
are worded by the message catalog (``app.core.catalog``) in the GUI's language; no text
here reads the English of an exception. Anything else is a bug: it is logged with its
traceback and shown as an internal error pointing at the log.
"""

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import EvidenceStationError
from app.ui.language import current_language

log = logging.getLogger(__name__)


def error_text(exc: EvidenceStationError) -> str:
    """A refusal in the language the GUI speaks."""
    return exc.text(current_language())


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show one message box for ``exc``; internal errors are logged with their traceback."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(exc, EvidenceStationError):
        log.info("refused: %s", exc)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorBox", "Cannot complete the operation"))
        box.setText(error_text(exc))
    else:
        log.error("internal error", exc_info=(type(exc), exc, exc.__traceback__))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorBox", "Internal error"))
        box.setText(
            QCoreApplication.translate(
                "ErrorBox",
                "An internal error occurred. The operation was not completed.\n"
                "The details are in the station's log file; please report it to the "
                "system administrator.",
            )
        )
        box.setDetailedText(f"{type(exc).__name__}: {exc}")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if parent is None:
        box.exec()
    else:
        box.open()
