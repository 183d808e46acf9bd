"""The form dialog (新建表单): choose a kind, fill in its fields, save a draft or submit it.

The fields come from the kind's definition (``form_kinds``) and the active policy profile
(choice lists, the fields its seed demands). As the user types, every value goes through
the service's own validator in a worker and the dialog names the field that is missing or
wrong; saving and submitting are the service calls, also in a worker. The same dialog edits
a draft and files a correction (a new version of a submitted form).
"""

import logging
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import EvidenceStationError, ValidationError
from app.policy.rules import required_approvals
from app.services import forms
from app.services.auth import Actor
from app.services.form_fields import choices_for, missing_fields
from app.services.form_kinds import KINDS, FieldSpec, FormKind, get_kind
from app.services.form_records import FormView, TargetRef
from app.services.station import StationContext
from app.ui.errors import error_text, show_error
from app.ui.form_checks import (
    ENTERED_AT_CREATE,
    FieldProblem,
    FormSetup,
    check_entries,
    parse_targets,
    targets_text,
)
from app.ui.form_field_widgets import (
    LONG_TEXT_FIELDS,
    ChoiceEditor,
    DateTimeEditor,
    FieldEditor,
    LineEditor,
    TextEditor,
    UnitEditor,
)
from app.ui.jobs import JobRunner
from app.ui.labels import role_chain_text

log = logging.getLogger(__name__)

NEW, EDIT, CORRECT = "new", "edit", "correct"
CHECK_DELAY_MS = 250
_TARGETS = "__targets__"
_INVALID_STYLE = "color: #b71c1c; font-weight: 600;"


@dataclass(frozen=True)
class SaveOutcome:
    """The saved form, and the service's refusal when the submit after the save failed."""

    form: FormView
    refusal: EvidenceStationError | None = None


def save_form(
    context: StationContext,
    actor: Actor,
    mode: str,
    form_id: int | None,
    kind_id: str,
    values: dict[str, str],
    targets: list[TargetRef],
    submit: bool,
) -> SaveOutcome:
    """Create, edit or correct a form, then submit it when asked (the worker's job)."""
    if mode == NEW:
        filled = {key: value for key, value in values.items() if value.strip()}
        form = forms.create_form(context, actor, kind_id, filled, targets)
    elif mode == EDIT and form_id is not None:
        form = forms.edit_draft(context, actor, form_id, values, targets)
    elif form_id is not None:
        filled = {key: value for key, value in values.items() if value.strip()}
        form = forms.correct_form(context, actor, form_id, filled, targets)
    else:
        raise ValueError(f"no form to {mode}")  # a bug: the dialog has no such mode
    if not submit:
        return SaveOutcome(form)
    try:
        return SaveOutcome(forms.submit_form(context, actor, form.id))
    except EvidenceStationError as exc:
        return SaveOutcome(form, exc)


class FormDialog(QDialog):
    """A new form, a draft being edited, or a correction of a submitted form.

    Signals:
        saved(object): the ``FormView`` as saved (or submitted).
    """

    saved = Signal(object)

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        setup: FormSetup,
        *,
        form: FormView | None = None,
        mode: str = NEW,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._setup = setup
        self._form = form
        self._mode = mode
        self._editors: dict[str, FieldEditor] = {}
        self._labels: dict[str, QLabel] = {}
        self._problems: dict[str, FieldProblem] = {}
        self._check_runner: JobRunner | None = None
        self._check_again = False
        self._save_runner: JobRunner | None = None
        self.setMinimumSize(640, 560)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self._on_check_timer_timeout)
        self._build()
        self._on_kind_changed()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.kind_combo = QComboBox()
        for kind in KINDS.values():
            if self._actor.role in kind.applicants:
                self.kind_combo.addItem(kind.label_zh, kind.id)
        if self._form is not None:
            if self.kind_combo.findData(self._form.kind) < 0:
                self.kind_combo.addItem(self._form.kind_label, self._form.kind)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(self._form.kind))
            self.kind_combo.setEnabled(False)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.basis_label = QLabel()
        self.basis_label.setObjectName("pageSubtitle")
        self.basis_label.setWordWrap(True)
        self.fields_host = QWidget()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.fields_host)
        self.message_label = QLabel()
        self.message_label.setObjectName("inlineError")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.save_button = QPushButton(self.tr("Save as draft"))
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setObjectName("primaryButton")
        self.submit_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        for button in (self.save_button, self.submit_button, self.cancel_button):
            self.buttons.addWidget(button)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.submit_button.clicked.connect(self._on_submit_button_clicked)
        head = QFormLayout()
        head.addRow(self.tr("Form"), self.kind_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addLayout(head)
        layout.addWidget(self.basis_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(self.buttons)

    def _window_title(self) -> str:
        if self._mode == EDIT and self._form is not None:
            return self.tr("Edit draft No. {id}").format(id=self._form.id)
        if self._mode == CORRECT and self._form is not None:
            return self.tr("Correct form No. {id} (new version {version})").format(
                id=self._form.id, version=self._form.version + 1
            )
        return self.tr("New form")

    @property
    def kind(self) -> FormKind:
        return get_kind(str(self.kind_combo.currentData()))

    @Slot()
    def _on_kind_changed(self) -> None:
        if self.kind_combo.currentIndex() < 0:
            return
        kind = self.kind
        self.setWindowTitle(self._window_title())
        self.title_label.setText(kind.label_zh)
        self.basis_label.setText(self._basis_text(kind))
        self._build_fields(kind)
        self._problems = {}
        self._on_field_changed()

    def _basis_text(self, kind: FormKind) -> str:
        roles = (
            required_approvals(self._setup.profile, kind.request_kind)
            if kind.request_kind
            else kind.chain
        )
        return self.tr("Basis: {basis} · Approval: {chain} · Applicant: {name} ({unit})").format(
            basis=kind.basis,
            chain=role_chain_text([r.value for r in roles]),
            name=self._actor.name,
            unit=self._actor.unit_name,
        )

    def _build_fields(self, kind: FormKind) -> None:
        host = QWidget()
        outer = QVBoxLayout(host)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QFormLayout()
        outer.addLayout(layout)
        outer.addStretch(1)
        layout.setContentsMargins(0, 4, 8, 4)
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(10)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._editors, self._labels = {}, {}
        demanded = self._demanded(kind)
        for spec in kind.fields:
            if spec.filled_by != "entry":
                continue
            editor = self._make_editor(spec)
            label = QLabel(f"{spec.label_zh}{' *' if spec.key in demanded else ''}")
            label.setToolTip(spec.key)
            layout.addRow(label, editor)
            self._editors[spec.key], self._labels[spec.key] = editor, label
            editor.changed.connect(self._on_field_changed)
        self.targets_edit = QLineEdit()
        self.targets_edit.setPlaceholderText(
            self.tr("Recording numbers, e.g. 12, 15 (or KIND:ID such as device:GT-0007)")
        )
        self.targets_edit.textChanged.connect(self._on_field_changed)
        if kind.needs_targets:
            label = QLabel(self.tr("Recordings concerned *"))
            layout.addRow(label, self.targets_edit)
            self._labels[_TARGETS] = label
        self._prefill()
        self.scroll.setWidget(host)
        self.fields_host = host

    def _demanded(self, kind: FormKind) -> set[str]:
        """Keys the kind or the profile requires (the '*' on the label)."""
        return set(missing_fields(kind, self._setup.profile, {}))

    def _make_editor(self, spec: FieldSpec) -> FieldEditor:
        blank = self.tr("— choose —")
        if spec.type == "choice":
            return ChoiceEditor(spec, choices_for(spec, self._setup.profile), blank)
        if spec.type == "unit":
            return UnitEditor(spec, self._setup.units, blank)
        if spec.type == "datetime":
            return DateTimeEditor(spec, self.tr("Set"), self._context.clock())
        if spec.type == "login":
            return LineEditor(spec, self.tr("Login name of the person"))
        if spec.type == "number":
            return LineEditor(spec, self.tr("A number"))
        if spec.key in LONG_TEXT_FIELDS:
            return TextEditor(spec)
        return LineEditor(spec)

    def _prefill(self) -> None:
        if self._form is None:
            return
        for key, editor in self._editors.items():
            editor.set_value(self._form.fields.get(key, ""))
        self.targets_edit.setText(targets_text(self._form.targets))

    # -- values and checks ------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """What the fields hold, keyed like the kind's fields; empty ones included."""
        return {key: editor.value().strip() for key, editor in self._editors.items()}

    def editor(self, key: str) -> FieldEditor:
        return self._editors[key]

    def targets(self) -> list[TargetRef]:
        """The targets typed; raises the service's ValidationError for a bad one."""
        return parse_targets(self.targets_edit.text()) if self.kind.needs_targets else []

    def missing(self) -> list[str]:
        """Required keys still empty, by the service's rule; ``__targets__`` for targets."""
        keys = missing_fields(self.kind, self._setup.profile, {**self._defaults(), **self.values()})
        if self.kind.needs_targets and not self.targets_edit.text().strip():
            keys.append(_TARGETS)
        return keys

    def _defaults(self) -> dict[str, str]:
        """What the service fills in from the applicant when a form is created."""
        if self._form is not None:
            return dict(self._form.fields)
        applicant = {"applicant": self._actor.login, "applicant-unit": self._actor.unit_code}
        return {s.key: applicant[s.filled_by] for s in self.kind.fields if s.filled_by in applicant}

    def problems(self) -> list[str]:
        """The messages naming every missing or invalid field, as the dialog shows them."""
        lines = [self._problem_text(p) for p in self._problems.values()]
        missing = [self._field_name(key) for key in self.missing() if key not in self._problems]
        if missing:
            lines.append(self.tr("Please fill in: {fields}.").format(fields="、".join(missing)))
        return lines

    def _field_name(self, key: str) -> str:
        if key == _TARGETS:
            return self.tr("Recordings concerned")
        spec = self.kind.spec(key)
        return spec.label_zh if spec else key

    def _problem_text(self, problem: FieldProblem) -> str:
        spec = self.kind.spec(problem.key)
        kind_of = spec.type if spec else ""
        if kind_of == "login":
            reason = self.tr("no person has the login name {value}").format(value=problem.value)
        elif kind_of == "unit":
            reason = self.tr("no unit has the code {value}").format(value=problem.value)
        elif kind_of == "number":
            reason = self.tr("{value} is not a number").format(value=problem.value)
        else:
            reason = problem.message
        return self.tr("{field}: {reason}").format(
            field=self._field_name(problem.key), reason=reason
        )

    @Slot()
    def _on_field_changed(self) -> None:
        self._check_targets()
        self._show_problems()
        self.check_timer.start()

    def _check_targets(self) -> None:
        self._problems.pop(_TARGETS, None)
        try:
            self.targets()
        except ValidationError as exc:
            text = self.targets_edit.text()
            self._problems[_TARGETS] = FieldProblem(_TARGETS, text, error_text(exc))

    def _show_problems(self) -> None:
        lines = self.problems()
        self.message_label.setText("\n".join(lines))
        self.message_label.setVisible(bool(lines))
        flagged = set(self._problems) | set(self.missing())
        for key, label in self._labels.items():
            label.setStyleSheet(_INVALID_STYLE if key in flagged else "")

    @property
    def is_checking(self) -> bool:
        return self._check_runner is not None or self.check_timer.isActive()

    @Slot()
    def _on_check_timer_timeout(self) -> None:
        if self._check_runner is not None:
            self._check_again = True
            return
        if self.kind_combo.currentIndex() < 0:
            return
        context, kind, profile, values = (
            self._context,
            self.kind,
            self._setup.profile,
            self.values(),
        )
        self._check_runner = JobRunner(
            lambda: check_entries(context, kind, profile, values, allowed=ENTERED_AT_CREATE),
            name="form-check",
        )
        self._check_runner.finished.connect(self._on_check_finished)
        self._check_runner.failed.connect(self._on_check_failed)
        self._check_runner.start()

    @Slot(object)
    def _on_check_finished(self, problems: list[FieldProblem]) -> None:
        self._check_runner = None
        if self._check_again:
            self._check_again = False
            self._on_check_timer_timeout()
            return
        current = self.values()
        targets = self._problems.get(_TARGETS)
        self._problems = {p.key: p for p in problems if current.get(p.key) == p.value}
        if targets is not None:
            self._problems[_TARGETS] = targets
        self._show_problems()

    @Slot(object)
    def _on_check_failed(self, exc: object) -> None:
        self._check_runner = None
        log.warning("form check failed: %r", exc)

    # -- saving -----------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._save_runner is not None

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save(submit=False)

    @Slot()
    def _on_submit_button_clicked(self) -> None:
        self.save(submit=True)

    def save(self, *, submit: bool) -> None:
        """Save (and submit) in a worker; refused at once while a field is named as wrong."""
        if self.is_busy:
            return
        self._check_targets()
        blocking = list(self._problems) + (self.missing() if submit else [])
        if blocking:
            self._show_problems()
            self._focus(blocking[0])
            return
        self._start_save(submit)

    def _focus(self, key: str) -> None:
        if key == _TARGETS:
            self.targets_edit.setFocus()
        elif key in self._editors:
            self._editors[key].focus_widget().setFocus()

    def _start_save(self, submit: bool) -> None:
        context, actor, mode = self._context, self._actor, self._mode
        form_id = self._form.id if self._form is not None else None
        kind_id, values, targets = self.kind.id, self.values(), self.targets()
        self._save_runner = JobRunner(
            lambda: save_form(context, actor, mode, form_id, kind_id, values, targets, submit),
            name="form-save",
        )
        self._save_runner.finished.connect(self._on_save_finished)
        self._save_runner.failed.connect(self._on_save_failed)
        self._set_busy(True)
        self._save_runner.start()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.submit_button):
            button.setEnabled(not busy)

    @Slot(object)
    def _on_save_finished(self, outcome: SaveOutcome) -> None:
        self._save_runner = None
        self._set_busy(False)
        self.saved.emit(outcome.form)
        if outcome.refusal is None:
            self.accept()
            return
        # The draft exists now: further saves edit it instead of filing another one.
        self._form, self._mode = outcome.form, EDIT
        self.setWindowTitle(self._window_title())
        self.message_label.setText(
            self.tr("Saved as draft No. {id}, but it could not be submitted: {reason}").format(
                id=outcome.form.id, reason=error_text(outcome.refusal)
            )
        )
        self.message_label.show()

    @Slot(object)
    def _on_save_failed(self, exc: object) -> None:
        self._save_runner = None
        self._set_busy(False)
        if isinstance(exc, EvidenceStationError):
            self.message_label.setText(error_text(exc))
            self.message_label.show()
        else:
            show_error(self, exc)  # type: ignore[arg-type]

    def reject(self) -> None:
        if not self.is_busy:
            super().reject()

    def done(self, result: int) -> None:
        self.check_timer.stop()
        super().done(result)
