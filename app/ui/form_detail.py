"""The detail pane of one form: its content, its approval chain, its history and versions."""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.policy.profile import PolicyProfile
from app.services.form_fields import choices_for
from app.services.form_kinds import FieldSpec, FormKind, get_kind
from app.services.form_records import REJECTED, SUBMITTED, FormView, StepView
from app.ui.form_checks import targets_text
from app.ui.form_history import SIGNATURE_SHOWN, FormHistoryView
from app.ui.form_labels import OVERDUE_TEXT, STATE_COLORS, role_id_label, state_label, when_text


def field_text(spec: FieldSpec, value: str, profile: PolicyProfile | None) -> str:
    """A stored value as a person reads it: times local, choices by their label."""
    if not value:
        return ""
    if spec.type == "datetime" or spec.filled_by.endswith(".at"):
        try:
            return when_text(datetime.fromisoformat(value))
        except ValueError:
            return value
    if spec.type == "choice" and profile is not None:
        return dict(choices_for(spec, profile)).get(value, value)
    return value


NAME_WIDTH = 150


class FieldGrid(QWidget):
    """Name/value rows, rebuilt for each form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 8, 4, 8)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self._rows = 0  # QGridLayout.rowCount() never shrinks, so count the rows shown

    def clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self._rows = 0

    def add_row(self, name: str, value: str, *, color: str | None = None) -> QLabel:
        row, self._rows = self._rows, self._rows + 1
        name_label = QLabel(name)
        name_label.setObjectName("fieldName")
        name_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        name_label.setWordWrap(True)
        name_label.setMaximumWidth(NAME_WIDTH)
        value_label = QLabel(value or "—")
        value_label.setObjectName("fieldValue")
        value_label.setWordWrap(True)
        value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if color:
            value_label.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.grid.addWidget(name_label, row, 0)
        self.grid.addWidget(value_label, row, 1)
        return value_label

    def finish(self) -> None:
        """Push the rows to the top: the space below them takes the stretch."""
        self.grid.setRowStretch(self._rows, 1)


class FormDetailView(QFrame):
    """Header (kind, number, state), then tabs: content, approval chain, history.

    Signals:
        version_selected(int): the user chose another version of the form.
    """

    version_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        # The scrolled content shows the card's white, not the window's grey.
        self.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        self._profile: PolicyProfile | None = None
        self.form: FormView | None = None
        self.title_label = QLabel(self.tr("No form selected"))
        self.title_label.setObjectName("cardTitle")
        self.title_label.setWordWrap(True)
        self.number_label = QLabel()
        self.number_label.setObjectName("pageSubtitle")
        self.state_label = QLabel()
        self.overdue_label = QLabel()
        self.overdue_label.setStyleSheet(f"color: {OVERDUE_TEXT}; font-weight: 600;")
        self.content = FieldGrid()
        self.chain = FieldGrid()
        self.history = FormHistoryView()
        self.history.version_selected.connect(self.version_selected)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._scrolled(self.content), self.tr("Content"))
        self.tabs.addTab(self._scrolled(self.chain), self.tr("Approval chain"))
        self.tabs.addTab(self.history, self.tr("History and versions"))
        self.empty_label = QLabel(self.tr("Choose a form in the list to see it here."))
        self.empty_label.setObjectName("pageSubtitle")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        status = QHBoxLayout()
        status.addWidget(self.number_label)
        status.addWidget(self.state_label)
        status.addWidget(self.overdue_label)
        status.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title_label)
        layout.addLayout(status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty_label, 1)
        self.clear()

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        return scroll

    def clear(self) -> None:
        self.form = None
        self.title_label.setText(self.tr("No form selected"))
        for label in (self.number_label, self.state_label, self.overdue_label):
            label.setText("")
        self.state_label.setStyleSheet("")
        self.tabs.hide()
        self.empty_label.show()

    def set_form(
        self, form: FormView, versions: Sequence[FormView], profile: PolicyProfile | None
    ) -> None:
        """Show ``form``; ``versions`` are all its versions, oldest first."""
        self.form, self._profile = form, profile
        kind = get_kind(form.kind)
        self.title_label.setText(form.kind_label)
        self.number_label.setText(
            self.tr("No. {id} · version {version} · {unit}").format(
                id=form.id, version=form.version, unit=form.unit_name
            )
        )
        text, background = STATE_COLORS.get(form.state, ("#1f2933", "#eef1f5"))
        self.state_label.setText(state_label(form.state))
        self.state_label.setStyleSheet(
            f"color: {text}; background: {background}; border-radius: 3px; padding: 2px 8px;"
            "font-weight: 600;"
        )
        self.overdue_label.setText(
            self.tr("Overdue since {time}").format(time=when_text(form.due_at))
            if form.overdue
            else ""
        )
        self._fill_content(form, kind)
        self._fill_chain(form, kind)
        self.history.set_form(form, versions)
        self.empty_label.hide()
        self.tabs.show()

    def _fill_content(self, form: FormView, kind: FormKind) -> None:
        self.content.clear()
        add = self.content.add_row
        add(self.tr("Applicant"), f"{form.applicant_name}（{form.applicant}）")
        add(self.tr("Unit"), f"{form.unit_name}（{form.unit_code}）")
        add(self.tr("Created"), when_text(form.created_at))
        add(self.tr("Submitted"), when_text(form.submitted_at))
        if form.due_at is not None:
            add(
                self.tr("Due"), when_text(form.due_at), color=OVERDUE_TEXT if form.overdue else None
            )
        for spec in kind.fields:
            value = field_text(spec, form.values.get(spec.key, ""), self._profile)
            if value or spec.filled_by == "entry":
                add(spec.label_zh, value)
        if kind.needs_targets or form.targets:
            add(self.tr("Recordings concerned"), targets_text(form.targets))
        add(self.tr("Content hash"), form.content_hash[:32] + "…" if form.content_hash else "")
        add(self.tr("Legal basis"), kind.basis)
        self.content.finish()

    def _fill_chain(self, form: FormView, kind: FormKind) -> None:
        self.chain.clear()
        submitted = next((s for s in form.steps if s.step == "submit"), None)
        self.chain.add_row(self.tr("Applicant signs"), self._signed(submitted))
        approvals = list(form.approvals)
        rejection = next((s for s in form.steps if s.step == "reject"), None)
        for number, role in enumerate(form.chain, start=1):
            name = self.tr("Step {number}: {role}").format(number=number, role=role_id_label(role))
            step = approvals[number - 1] if number <= len(approvals) else None
            if step is not None:
                self.chain.add_row(name, self._signed(step), color="#1e7b34")
            elif rejection is not None and number == len(approvals) + 1:
                self.chain.add_row(name, self._rejected(rejection), color=OVERDUE_TEXT)
            elif form.state == SUBMITTED and number == len(approvals) + 1:
                self.chain.add_row(name, self.tr("Waiting for this signature"), color="#8a5300")
            else:
                self.chain.add_row(name, self.tr("Not signed"))
        if not form.chain:
            self.chain.add_row(self.tr("Approval"), self.tr("None needed: approved on submit"))
        if kind.has_closing:
            done = next((s for s in form.steps if s.step == "done"), None)
            closers = "、".join(role_id_label(r.value) for r in kind.closers)
            name = self.tr("Closing: {roles}").format(roles=closers)
            self.chain.add_row(name, self._signed(done) if done else self.tr("Not closed"))
        if form.state == REJECTED and rejection is None:
            self.chain.add_row(self.tr("Rejected"), "")
        self.chain.finish()

    def _signed(self, step: StepView | None) -> str:
        if step is None:
            return self.tr("Not signed")
        text = self.tr("{name} ({login}) · {time} · signature {signature}…").format(
            name=step.name,
            login=step.login,
            time=when_text(step.at),
            signature=step.signature[:SIGNATURE_SHOWN],
        )
        if step.comment:
            text += "\n" + self.tr("Comment: {comment}").format(comment=step.comment)
        return text

    def _rejected(self, step: StepView) -> str:
        return self.tr("Rejected by {name} ({login}) · {time}\nReason: {comment}").format(
            name=step.name, login=step.login, time=when_text(step.at), comment=step.comment
        )
