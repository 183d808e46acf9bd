"""The common frame of a dialog that collects a form and hands it to one service call.

The subclass builds its fields and says how to turn them into a job (``build_job``); this
class runs the job in the background, keeps the dialog open with an inline message when
the service refuses the input, and accepts when the service succeeds.
"""

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import EvidenceStationError
from app.ui.errors import error_text, show_error
from app.ui.jobs import JobRunner


class MissingFieldError(Exception):
    """A required field is empty or wrong; carries the message and the widget to focus."""

    def __init__(self, message: str, widget: QWidget) -> None:
        super().__init__(message)
        self.message, self.widget = message, widget


class ServiceDialog(QDialog):
    """A form dialog whose OK button runs one service call in a worker.

    Signals:
        succeeded(object): the service call's result, emitted just before ``accepted``.
    """

    succeeded = Signal(object)

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._runner: JobRunner | None = None
        self._ok_text = ok_text
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.message_label = QLabel()
        self.message_label.setObjectName("inlineError")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def build_job(self) -> Callable[[], object]:
        """Check the fields and return the service call; raise ``MissingFieldError``."""
        raise NotImplementedError

    @property
    def is_busy(self) -> bool:
        return self._runner is not None

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.is_busy:
            return
        try:
            job = self.build_job()
        except MissingFieldError as exc:
            self.show_message(exc.message)
            exc.widget.setFocus()
            return
        self.show_message("")
        self._set_busy(True)
        self._runner = JobRunner(job, name=type(self).__name__)
        self._runner.finished.connect(self._on_job_finished)
        self._runner.failed.connect(self._on_job_failed)
        self._runner.start()

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("Saving…") if busy else self._ok_text)

    @Slot(object)
    def _on_job_finished(self, result: object) -> None:
        self._runner = None
        self._set_busy(False)
        self.succeeded.emit(result)
        self.accept()

    @Slot(object)
    def _on_job_failed(self, exc: object) -> None:
        self._runner = None
        self._set_busy(False)
        if isinstance(exc, EvidenceStationError):
            self.show_message(error_text(exc))
        else:
            show_error(self, exc)  # type: ignore[arg-type]

    def reject(self) -> None:
        if not self.is_busy:
            super().reject()
