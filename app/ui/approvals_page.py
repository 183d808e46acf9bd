"""The approvals page (审批事项): what waits for me, what I filed, all forms I may read.

The inbox lists the forms whose next step is the signed-in person's (an approval in their
role and unit line, or a closing step), overdue first. The detail pane shows a form's
content, approval chain, signed steps and versions; the toolbar offers the actions its
state and the person's role allow. Every read and every action is a service call in a worker.
"""

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services import forms
from app.services.auth import Actor
from app.services.form_kinds import KINDS
from app.services.form_records import STATES, FormView
from app.services.permissions import Action, is_allowed
from app.services.printing import PrintedReport, print_report
from app.services.station import StationContext
from app.ui import form_actions, forms_model
from app.ui.errors import show_error
from app.ui.form_action_dialogs import APPROVE, REJECT, CloseFormDialog, DecisionDialog
from app.ui.form_checks import FormSetup, read_detail, read_form_setup
from app.ui.form_detail import FormDetailView
from app.ui.form_dialog import CORRECT, EDIT, NEW, FormDialog
from app.ui.form_labels import state_label
from app.ui.forms_model import ALL, MINE, WAITING, FormQuery, FormsTableModel
from app.ui.icons import icon
from app.ui.jobs import JobRunner, run_in_background
from app.ui.list_table import make_list_table, select_row
from app.ui.page_header import PageHeader, make_page_toolbar
from app.ui.printouts import new_printout_path

log = logging.getLogger(__name__)

SCOPE_ROLE = Qt.ItemDataRole.UserRole
_COLUMN_WIDTHS = {
    forms_model.NUMBER: 48,
    forms_model.KIND: 180,
    forms_model.STATE: 82,
    forms_model.WAITS: 90,
    forms_model.APPLICANT: 110,
    forms_model.UNIT: 110,
    forms_model.DUE: 140,
}


class ApprovalsPage(QWidget):
    """Scope tabs and filters above, the forms on the left, the selected form on the right."""

    def __init__(
        self, context: StationContext, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self.setup: FormSetup | None = None
        self._runners: set[JobRunner] = set()
        self._detail_runner: JobRunner | None = None
        self._pending_id: int | None = None
        self.model = FormsTableModel(context, actor)
        self.header = PageHeader(
            self.tr("Approvals"),
            self.tr(
                "Forms waiting for your signature, the forms you filed, and every form of "
                "your unit you may read: requests, reports, hand-overs and inspections."
            ),
        )
        self.toolbar = self._make_toolbar()
        self.scope_tabs = self._make_scope_tabs()
        self.kind_combo, self.state_combo = self._make_filters()
        self.table = self._make_table()
        self.detail = FormDetailView()
        self.status_label = QLabel()
        self.status_label.setObjectName("pageSubtitle")
        self._build_layout()
        self._connect()
        self._update_actions()
        self._start(lambda: read_form_setup(context), self._on_setup_finished, "form-setup")
        self.reload()

    # -- building ---------------------------------------------------------------------

    def _make_toolbar(self) -> QToolBar:
        toolbar = make_page_toolbar()

        def action(name: str, text: str) -> QAction:
            made = QAction(icon(name), text, self)
            toolbar.addAction(made)
            return made

        self.new_action = action("form-add", self.tr("New form"))
        toolbar.addSeparator()
        self.edit_action = action("correct", self.tr("Edit draft"))
        self.submit_action = action("submit", self.tr("Submit"))
        self.withdraw_action = action("withdraw", self.tr("Withdraw"))
        self.correct_action = action("correct", self.tr("Correct"))
        toolbar.addSeparator()
        self.approve_action = action("approve", self.tr("Approve"))
        self.reject_action = action("reject", self.tr("Reject"))
        self.close_action = action("form-done", self.tr("Mark as done"))
        toolbar.addSeparator()
        self.print_action = action("print", self.tr("Print"))
        self.refresh_action = action("refresh", self.tr("Refresh"))
        self.refresh_action.setShortcut("F5")
        self.new_action.setEnabled(is_allowed(self._actor.role, Action.FILE_FORMS))
        return toolbar

    def _action_map(self) -> dict[str, QAction]:
        return {
            form_actions.EDIT: self.edit_action,
            form_actions.SUBMIT: self.submit_action,
            form_actions.WITHDRAW: self.withdraw_action,
            form_actions.CORRECT: self.correct_action,
            form_actions.APPROVE: self.approve_action,
            form_actions.REJECT: self.reject_action,
            form_actions.CLOSE: self.close_action,
            form_actions.PRINT: self.print_action,
        }

    def _make_scope_tabs(self) -> QTabBar:
        tabs = QTabBar()
        tabs.setDrawBase(False)
        role = self._actor.role
        if is_allowed(role, Action.APPROVE_FORMS) or is_allowed(role, Action.CLOSE_FORMS):
            tabs.setTabData(tabs.addTab(icon("approval"), self.tr("Waiting for me")), WAITING)
        tabs.setTabData(tabs.addTab(icon("form-add"), self.tr("Filed by me")), MINE)
        if is_allowed(role, Action.READ_FORMS):
            tabs.setTabData(tabs.addTab(icon("report"), self.tr("All forms")), ALL)
        return tabs

    def scope_ids(self) -> list[str]:
        return [str(self.scope_tabs.tabData(i)) for i in range(self.scope_tabs.count())]

    def _make_filters(self) -> tuple[QComboBox, QComboBox]:
        kinds = QComboBox()
        kinds.addItem(self.tr("All kinds"), None)
        for kind in KINDS.values():
            kinds.addItem(kind.label_zh, kind.id)
        kinds.setMinimumWidth(230)
        states = QComboBox()
        states.addItem(self.tr("All states"), None)
        for state in STATES:
            states.addItem(state_label(state), state)
        return kinds, states

    def _make_table(self) -> QTableView:
        return make_list_table(self.model, _COLUMN_WIDTHS)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.scope_tabs)
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("Kind")))
        filters.addWidget(self.kind_combo)
        filters.addWidget(QLabel(self.tr("State")))
        filters.addWidget(self.state_combo)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status_label)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.scope_tabs.currentChanged.connect(self._on_filter_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.state_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.load_failed.connect(partial(show_error, self))
        self.model.modelReset.connect(self._on_model_reset)
        self.detail.version_selected.connect(self.show_form)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.correct_action.triggered.connect(self._on_correct_action_triggered)
        self.submit_action.triggered.connect(self._on_submit_action_triggered)
        self.withdraw_action.triggered.connect(self._on_withdraw_action_triggered)
        self.approve_action.triggered.connect(self._on_approve_action_triggered)
        self.reject_action.triggered.connect(self._on_reject_action_triggered)
        self.close_action.triggered.connect(self._on_close_action_triggered)
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.refresh_action.triggered.connect(self.reload)

    # -- loading ----------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return (
            self.model.is_loading
            or bool(self._runners)
            or self._detail_runner is not None
            or self.setup is None
        )

    def query(self) -> FormQuery:
        return FormQuery(
            scope=str(self.scope_tabs.tabData(self.scope_tabs.currentIndex())),
            kind=self.kind_combo.currentData(),
            state=self.state_combo.currentData(),
        )

    def select_scope(self, scope: str) -> None:
        self.scope_tabs.setCurrentIndex(self.scope_ids().index(scope))

    @Slot()
    def reload(self) -> None:
        """Read the list again from the newest form, keeping the selected form selected."""
        form = self.selected_form() or self.detail.form
        self._pending_id = self._pending_id or (form.id if form else None)
        self.model.set_query(self.query())

    def refresh(self) -> None:
        """Called when the page is shown."""
        self.reload()

    @Slot()
    def _on_filter_changed(self) -> None:
        self._pending_id = None
        self.model.set_query(self.query())

    @Slot()
    def _on_model_reset(self) -> None:
        self._update_actions()

    @Slot(bool)
    def _on_model_loading_changed(self, loading: bool) -> None:
        if loading:
            self.status_label.setText(self.tr("Loading…"))
            return
        count = self.model.rowCount()
        if count == 0 and self.query().scope == WAITING:
            self.status_label.setText(self.tr("Nothing waits for you."))
        elif self.model.canFetchMore(self.table.rootIndex()):
            self.status_label.setText(
                self.tr("{count} forms shown; scroll for more").format(count=count)
            )
        else:
            self.status_label.setText(self.tr("{count} forms").format(count=count))
        if self.query().scope == WAITING:
            index = self.scope_ids().index(WAITING)
            self.scope_tabs.setTabText(
                index, self.tr("Waiting for me ({count})").format(count=count)
            )
        self._select_pending()

    def _select_pending(self) -> None:
        form_id, self._pending_id = self._pending_id, None
        if form_id is None and self.detail.form is None and self.model.rowCount():
            form_id = self.model.row_at(0).id  # the most urgent item, ready to read
        row = self.model.row_of_id(form_id) if form_id is not None else -1
        if row >= 0:
            select_row(self.table, row)
        elif form_id is not None:
            self.show_form(form_id)  # no longer on this list (approved, say): still shown

    def selected_form(self) -> FormView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_form(self, form_id: int) -> bool:
        """Select ``form_id`` in the list if it is there; True when it was."""
        self._pending_id = form_id
        found = self.model.row_of_id(form_id) >= 0
        self._select_pending()
        return found

    @Slot()
    def _on_table_selection_changed(self) -> None:
        form = self.selected_form()
        if form is not None:
            self.show_form(form.id)

    @Slot(int)
    def show_form(self, form_id: int) -> None:
        """Load ``form_id`` fresh, with its versions, into the detail pane."""
        context, actor = self._context, self._actor
        runner = JobRunner(lambda: read_detail(context, actor, form_id), name="form-detail")
        runner.finished.connect(self._on_detail_finished)
        runner.failed.connect(self._on_detail_failed)
        self._detail_runner = runner
        runner.start()

    @Slot(object)
    def _on_detail_finished(self, result: tuple[FormView, list[FormView]]) -> None:
        if self.sender() is not self._detail_runner:
            return  # an older selection's answer
        self._detail_runner = None
        form, versions = result
        self.detail.set_form(form, versions, self.setup.profile if self.setup else None)
        self._update_actions()

    @Slot(object)
    def _on_detail_failed(self, exc: object) -> None:
        if self.sender() is not self._detail_runner:
            return
        self._detail_runner = None
        self.detail.clear()
        self._update_actions()
        show_error(self, exc)  # type: ignore[arg-type]

    @Slot(object)
    def _on_setup_finished(self, setup: FormSetup) -> None:
        self.setup = setup
        self._update_actions()

    def _update_actions(self) -> None:
        form = self.detail.form
        allowed = form_actions.available_actions(form, self._actor) if form else set()
        for name, action in self._action_map().items():
            action.setEnabled(name in allowed and self.setup is not None)
        printable = form is not None and form_actions.PRINT in allowed
        self.print_action.setVisible(printable)

    # -- actions ----------------------------------------------------------------------

    def _start(
        self, job: Callable[[], object], on_finished: Callable[[object], None], name: str
    ) -> JobRunner:
        runner = run_in_background(self, job, on_finished, name=name)
        self._runners.add(runner)
        runner.done.connect(lambda: self._runners.discard(runner))
        return runner

    @Slot(object)
    def _on_form_changed(self, form: FormView) -> None:
        """After any action: show the form as it is now and read the list again."""
        log.info("form %s is %s after a GUI action", form.id, form.state)
        self._pending_id = form.id
        self.model.replace_form(form)
        self.show_form(form.id)
        self.reload()

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self.open_form_dialog(NEW)

    @Slot()
    def _on_edit_action_triggered(self) -> None:
        self.open_form_dialog(EDIT)

    @Slot()
    def _on_correct_action_triggered(self) -> None:
        self.open_form_dialog(CORRECT)

    def open_form_dialog(self, mode: str) -> FormDialog | None:
        """The form dialog: a new form, or the shown form's draft or correction."""
        if self.setup is None or (mode != NEW and self.detail.form is None):
            return None
        form = None if mode == NEW else self.detail.form
        dialog = FormDialog(
            self._context, self._actor, self.setup, form=form, mode=mode, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_form_changed)
        dialog.open()
        return dialog

    @Slot()
    def _on_submit_action_triggered(self) -> None:
        form = self.detail.form
        if form is None or not self._confirm(
            self.tr("Submit form No. {id}? It is signed and can no longer be changed.")
        ):
            return
        context, actor = self._context, self._actor
        self._start(
            lambda: forms.submit_form(context, actor, form.id), self._on_form_changed, "form-submit"
        )

    @Slot()
    def _on_withdraw_action_triggered(self) -> None:
        form = self.detail.form
        if form is None or not self._confirm(self.tr("Withdraw form No. {id}?")):
            return
        context, actor = self._context, self._actor
        self._start(
            lambda: forms.withdraw_form(context, actor, form.id),
            self._on_form_changed,
            "form-withdraw",
        )

    def _confirm(self, question: str) -> bool:
        form = self.detail.form
        answer = QMessageBox.question(
            self, self.tr("Approvals"), question.format(id=form.id if form else "")
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_approve_action_triggered(self) -> None:
        self.open_decision_dialog(APPROVE)

    @Slot()
    def _on_reject_action_triggered(self) -> None:
        self.open_decision_dialog(REJECT)

    def open_decision_dialog(self, decision: str) -> DecisionDialog | None:
        form = self.detail.form
        if form is None:
            return None
        dialog = DecisionDialog(self._context, self._actor, form, decision, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.succeeded.connect(self._on_form_changed)
        dialog.open()
        return dialog

    @Slot()
    def _on_close_action_triggered(self) -> None:
        self.open_close_dialog()

    def open_close_dialog(self) -> CloseFormDialog | None:
        form = self.detail.form
        if form is None or self.setup is None:
            return None
        dialog = CloseFormDialog(self._context, self._actor, form, self.setup.profile, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.succeeded.connect(self._on_form_changed)
        dialog.open()
        return dialog

    @Slot()
    def _on_print_action_triggered(self) -> None:
        self.print_form()

    def print_form(self) -> JobRunner | None:
        """Print the shown form to a PDF in the station's printouts folder (audited)."""
        form = self.detail.form
        kind = form_actions.print_kind(form.kind) if form else None
        if form is None or kind is None:
            return None
        out = new_printout_path(self._context, f"{kind}-{form.id}")
        context, actor, record = self._context, self._actor, str(form.id)
        return self._start(
            lambda: print_report(context, actor, kind, out, record_id=record),
            self._on_print_finished,
            "form-print",
        )

    @Slot(object)
    def _on_print_finished(self, printed: PrintedReport) -> None:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Printed"))
        box.setText(
            self.tr("{title}: {pages} pages, number {number}.\nSaved as {path}").format(
                title=printed.title, pages=printed.pages, number=printed.number, path=printed.path
            )
        )
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.buttonClicked.connect(
            lambda button: (
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(printed.path)))
                if button is open_button
                else None
            )
        )
        box.open()
