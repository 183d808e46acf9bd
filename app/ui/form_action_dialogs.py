"""The small dialogs of the approval actions: a comment to approve or reject, closing fields.

Each collects what its service call needs and runs it through ``ServiceDialog`` (in a
worker, the service's refusal shown inline). A rejection needs its reason before the
service is even asked [the service refuses one without it too].
"""

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from app.policy.profile import PolicyProfile
from app.services import forms
from app.services.auth import Actor
from app.services.form_fields import choices_for
from app.services.form_kinds import get_kind
from app.services.form_records import FormView
from app.services.station import StationContext
from app.ui.form_field_widgets import (
    LONG_TEXT_FIELDS,
    ChoiceEditor,
    FieldEditor,
    LineEditor,
    TextEditor,
)
from app.ui.service_dialog import MissingFieldError, ServiceDialog

APPROVE, REJECT = "approve", "reject"


class DecisionDialog(ServiceDialog):
    """Approve (comment optional) or reject (reason required) one form."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        form: FormView,
        decision: str,
        parent: QWidget | None = None,
    ) -> None:
        approving = decision == APPROVE
        title = self.tr("Approve form No. {id}") if approving else self.tr("Reject form No. {id}")
        ok_text = self.tr("Approve") if approving else self.tr("Reject")
        super().__init__(title.format(id=form.id), ok_text, parent)
        self.setMinimumWidth(480)
        self._context, self._actor, self._form, self._decision = context, actor, form, decision
        summary = QLabel(
            self.tr("{kind}, No. {id}, filed by {name} ({unit})").format(
                kind=form.kind_label, id=form.id, name=form.applicant_name, unit=form.unit_name
            )
        )
        summary.setWordWrap(True)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(90)
        self.comment_edit.setPlaceholderText(
            self.tr("e.g. 同意") if approving else self.tr("Why the form is rejected (required)")
        )
        self.form.addRow(summary)
        self.form.addRow(
            self.tr("Comment") if approving else self.tr("Reason *"), self.comment_edit
        )
        self.comment_edit.setFocus()

    def build_job(self) -> Callable[[], object]:
        comment = self.comment_edit.toPlainText().strip()
        context, actor, form_id = self._context, self._actor, self._form.id
        if self._decision == APPROVE:
            return lambda: forms.approve_form(context, actor, form_id, comment)
        if not comment:
            raise MissingFieldError(
                self.tr("A rejection needs a reason: please fill in the reason."),
                self.comment_edit,
            )
        return lambda: forms.reject_form(context, actor, form_id, comment)


class CloseFormDialog(ServiceDialog):
    """Mark an approved form done, with the closing fields its kind asks for."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        form: FormView,
        profile: PolicyProfile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Close form No. {id}").format(id=form.id), self.tr("Mark as done"), parent
        )
        self.setMinimumWidth(520)
        self._context, self._actor, self._form = context, actor, form
        self.editors: dict[str, FieldEditor] = {}
        intro = QLabel(
            self.tr("{kind}, No. {id}: record that it has been carried out.").format(
                kind=form.kind_label, id=form.id
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        for spec in get_kind(form.kind).fields:
            if spec.filled_by != "closing":
                continue
            if spec.type == "choice":
                editor: FieldEditor = ChoiceEditor(
                    spec, choices_for(spec, profile), self.tr("— choose —")
                )
            elif spec.key in LONG_TEXT_FIELDS:
                editor = TextEditor(spec)
            else:
                editor = LineEditor(spec)
            self.editors[spec.key] = editor
            self.form.addRow(f"{spec.label_zh}{' *' if spec.required else ''}", editor)

    def build_job(self) -> Callable[[], object]:
        values = {key: editor.value().strip() for key, editor in self.editors.items()}
        for key, editor in self.editors.items():
            if editor.spec.required and not values[key]:
                raise MissingFieldError(
                    self.tr("Please fill in: {field}.").format(field=editor.spec.label_zh),
                    editor.focus_widget(),
                )
        filled = {key: value for key, value in values.items() if value}
        context, actor, form_id = self._context, self._actor, self._form.id
        return lambda: forms.close_form(context, actor, form_id, filled)
