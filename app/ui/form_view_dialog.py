"""A read-only window on one form: content, approval chain, history and versions.

Opened from lists outside the approvals page (the compliance view); the form is read in a
worker through the service, so the reader's right to see it is checked as everywhere.
"""

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.policy.profile import PolicyProfile
from app.services.auth import Actor
from app.services.form_records import FormView
from app.services.station import StationContext
from app.ui.errors import show_error
from app.ui.form_checks import read_detail
from app.ui.form_detail import FormDetailView
from app.ui.jobs import JobRunner


class FormViewDialog(QDialog):
    """Shows one form; choosing another version shows that one."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        form_id: int,
        profile: PolicyProfile | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._actor, self._profile = context, actor, profile
        self._runner: JobRunner | None = None
        self.setWindowTitle(self.tr("Form No. {id}").format(id=form_id))
        self.resize(720, 640)
        self.detail = FormDetailView()
        self.detail.version_selected.connect(self.load)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail, 1)
        layout.addWidget(buttons)
        self.load(form_id)

    @property
    def is_busy(self) -> bool:
        return self._runner is not None

    @Slot(int)
    def load(self, form_id: int) -> None:
        context, actor = self._context, self._actor
        self._runner = JobRunner(lambda: read_detail(context, actor, form_id), name="form-view")
        self._runner.finished.connect(self._on_runner_finished)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.start()

    @Slot(object)
    def _on_runner_finished(self, result: tuple[FormView, list[FormView]]) -> None:
        if self.sender() is not self._runner:
            return
        self._runner = None
        form, versions = result
        self.setWindowTitle(self.tr("Form No. {id}").format(id=form.id))
        self.detail.set_form(form, versions, self._profile)

    @Slot(object)
    def _on_runner_failed(self, exc: object) -> None:
        self._runner = None
        show_error(self, exc)  # type: ignore[arg-type]
