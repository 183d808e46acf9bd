"""The people and units page (人员与单位, R13): the unit tree, its people, and their accounts."""

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import Actor
from app.services.people import (
    PersonRow,
    Reach,
    UnitRow,
    list_people,
    list_units,
    management_reach,
    set_person_active,
)
from app.services.permissions import Action, is_allowed
from app.services.station import StationContext
from app.ui import people_model
from app.ui.icons import icon
from app.ui.jobs import run_in_background
from app.ui.list_table import make_list_table, select_row
from app.ui.page_header import PageHeader, make_page_toolbar
from app.ui.password_dialog import ResetPasswordDialog
from app.ui.people_model import PeopleTableModel
from app.ui.person_dialog import AddPersonDialog
from app.ui.reloader import Reloader
from app.ui.unit_dialog import AddUnitDialog
from app.ui.unit_tree import UnitTreeWidget

log = logging.getLogger(__name__)

_COLUMN_WIDTHS = {
    people_model.LOGIN: 130,
    people_model.NAME: 110,
    people_model.ROLE: 170,
    people_model.UNIT: 220,
}


class PeoplePage(QWidget):
    """Unit tree on the left, the selected unit's people on the right, actions above."""

    def __init__(
        self, context: StationContext, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._people: list[PersonRow] = []
        self._reach: Reach | None = None
        self._loader = Reloader(
            lambda: (
                list_units(context),
                list_people(context, actor),
                management_reach(context, actor),
            ),
            name="people-load",
            parent=self,
        )
        self._pending_login: str | None = None
        self._pending_unit: str | None = None
        self.may_manage_people = is_allowed(actor.role, Action.MANAGE_PEOPLE)
        self.may_manage_units = is_allowed(actor.role, Action.MANAGE_UNITS)
        self.model = PeopleTableModel()
        self.header = PageHeader(
            self.tr("People and units"),
            self.tr("The unit tree and the accounts of the people in it, with their roles."),
        )
        self.unit_tree = UnitTreeWidget()
        self.table = self._make_table()
        self.subunits_check = QCheckBox(self.tr("Include subordinate units"))
        self.subunits_check.setChecked(True)
        self.scope_label = QLabel()
        self.scope_label.setObjectName("sectionTitle")
        self.toolbar = self._make_toolbar()
        self._build_layout()
        self._connect()
        self._update_actions()
        self.reload()

    def _make_toolbar(self) -> QToolBar:
        toolbar = make_page_toolbar()
        self.add_unit_action = QAction(icon("unit-add"), self.tr("Add unit"), self)
        self.add_person_action = QAction(icon("person-add"), self.tr("Add person"), self)
        self.toggle_active_action = QAction(icon("toggle"), self.tr("Disable account"), self)
        self.reset_password_action = QAction(icon("key"), self.tr("Reset password"), self)
        self.refresh_action = QAction(icon("refresh"), self.tr("Refresh"), self)
        self.refresh_action.setShortcut("F5")
        if self.may_manage_units:
            toolbar.addAction(self.add_unit_action)
        if self.may_manage_people:
            toolbar.addAction(self.add_person_action)
            toolbar.addSeparator()
            toolbar.addAction(self.toggle_active_action)
            toolbar.addAction(self.reset_password_action)
            toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        return toolbar

    def _make_table(self) -> QTableView:
        return make_list_table(self.model, _COLUMN_WIDTHS)

    def _build_layout(self) -> None:
        right = QWidget()
        scope = QHBoxLayout()
        scope.addWidget(self.scope_label)
        scope.addStretch(1)
        scope.addWidget(self.subunits_check)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addLayout(scope)
        right_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.unit_tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.unit_tree.unit_selected.connect(self._on_unit_tree_unit_selected)
        self.subunits_check.toggled.connect(self._on_subunits_check_toggled)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.add_unit_action.triggered.connect(self._on_add_unit_action_triggered)
        self.add_person_action.triggered.connect(self._on_add_person_action_triggered)
        self.toggle_active_action.triggered.connect(self._on_toggle_active_action_triggered)
        self.reset_password_action.triggered.connect(self._on_reset_password_action_triggered)
        self.refresh_action.triggered.connect(self.reload)
        self._loader.loaded.connect(self._on_loader_loaded)

    @property
    def is_busy(self) -> bool:
        return self._loader.is_busy

    @Slot()
    def reload(self) -> None:
        """Load the unit tree and the people again, in the background."""
        self._loader.reload()

    @Slot(object)
    def _on_loader_loaded(self, result: tuple[list[UnitRow], list[PersonRow], Reach]) -> None:
        units, people, self._reach = result
        self._people = people
        self.unit_tree.set_units(units, select=self._pending_unit)
        self._pending_unit = None
        self._show_people()

    def _show_people(self) -> None:
        code = self.unit_tree.selected_code()
        selected = self.selected_person()
        keep = self._pending_login or (selected.login if selected else None)
        self._pending_login = None
        if code is None:
            rows: list[PersonRow] = []
        else:
            codes = self.unit_tree.codes_under(code) if self.subunits_check.isChecked() else {code}
            rows = [p for p in self._people if p.unit_code in codes]
        self.model.set_rows(rows)
        unit = next((u for u in self.unit_tree.units() if u.code == code), None)
        self.scope_label.setText(
            self.tr("{unit} · {count} people").format(
                unit=unit.name if unit else "—", count=len(rows)
            )
        )
        if keep:
            self._select_login(keep)
        self._update_actions()

    def _select_login(self, login: str) -> None:
        row = self.model.row_of_login(login)
        if row >= 0:
            select_row(self.table, row)

    def selected_person(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _managed_units(self) -> list[UnitRow]:
        """The units the dialogs offer: the actor's own and those below it (issue #17)."""
        codes = self._reach.unit_codes if self._reach else frozenset()
        return [u for u in self.unit_tree.units() if u.code in codes]

    def _manages(self, person: PersonRow | None) -> bool:
        reach = self._reach
        return (
            person is not None
            and reach is not None
            and person.unit_code in reach.unit_codes
            and person.role in reach.roles
        )

    def _update_actions(self) -> None:
        person = self.selected_person()
        self.toggle_active_action.setEnabled(self._manages(person))
        self.reset_password_action.setEnabled(self._manages(person))
        if person is not None and not person.active:
            self.toggle_active_action.setText(self.tr("Enable account"))
        else:
            self.toggle_active_action.setText(self.tr("Disable account"))

    @Slot(str)
    def _on_unit_tree_unit_selected(self, _code: str) -> None:
        self._show_people()

    @Slot(bool)
    def _on_subunits_check_toggled(self, _checked: bool) -> None:
        self._show_people()

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._update_actions()

    @Slot()
    def _on_table_double_clicked(self) -> None:
        if self.may_manage_people:
            self.open_reset_password_dialog()

    @Slot()
    def _on_add_unit_action_triggered(self) -> None:
        self.open_add_unit_dialog()

    def open_add_unit_dialog(self) -> AddUnitDialog:
        dialog = AddUnitDialog(
            self._context, self._actor, self._managed_units(), self.unit_tree.selected_code(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.succeeded.connect(self._on_unit_dialog_succeeded)
        dialog.open()
        return dialog

    @Slot(object)
    def _on_unit_dialog_succeeded(self, unit: UnitRow) -> None:
        log.info("unit %s added from the GUI", unit.code)
        self._pending_unit = unit.code
        self.reload()

    @Slot()
    def _on_add_person_action_triggered(self) -> None:
        self.open_add_person_dialog()

    def open_add_person_dialog(self) -> AddPersonDialog:
        roles = self._reach.roles if self._reach else ()
        dialog = AddPersonDialog(
            self._context,
            self._actor,
            self._managed_units(),
            roles,
            self.unit_tree.selected_code(),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.succeeded.connect(self._on_person_dialog_succeeded)
        dialog.open()
        return dialog

    @Slot(object)
    def _on_person_dialog_succeeded(self, person: PersonRow) -> None:
        log.info("person %s added from the GUI", person.login)
        self._pending_login = person.login
        self.reload()

    @Slot()
    def _on_toggle_active_action_triggered(self) -> None:
        person = self.selected_person()
        if person is None or self._loader.is_busy:
            return
        if person.active:
            question = self.tr(
                "Disable the account of {name} ({login})? They can no longer log in."
            )
        else:
            question = self.tr("Enable the account of {name} ({login}) again?")
        answer = QMessageBox.question(
            self,
            self.toggle_active_action.text(),
            question.format(name=person.name, login=person.login),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.set_active(person, not person.active)

    def set_active(self, person: PersonRow, active: bool) -> None:
        """Enable or disable ``person`` in the background, then reload."""
        context, actor = self._context, self._actor
        self._pending_login = person.login
        run_in_background(
            self,
            lambda: set_person_active(context, actor, person.login, active),
            self._on_change_finished,
            name="person-active",
        )

    @Slot(object)
    def _on_change_finished(self, _result: object) -> None:
        self.reload()

    @Slot()
    def _on_reset_password_action_triggered(self) -> None:
        self.open_reset_password_dialog()

    def open_reset_password_dialog(self) -> ResetPasswordDialog | None:
        person = self.selected_person()
        if person is None:
            return None
        dialog = ResetPasswordDialog(self._context, self._actor, person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.succeeded.connect(self._on_change_finished)
        dialog.open()
        return dialog
