"""The people and units page: the tree filters the table; dialogs add, validate and audit."""

import pytest
from pytestqt.qtbot import QtBot

from app.core.roles import Role
from app.services.auth import Actor, log_in
from app.services.people import add_person
from app.services.station import StationContext
from app.ui.audit_page import AuditPage
from app.ui.list_table import select_row
from app.ui.main_window import MainWindow
from app.ui.people_page import PeoplePage
from app.ui.person_dialog import AddPersonDialog
from app.ui.row_table_model import ROW_ROLE
from tests.ui.conftest import open_window


@pytest.fixture
def window(qtbot: QtBot, context: StationContext, manager: Actor) -> MainWindow:
    return open_window(qtbot, context, manager)


@pytest.fixture
def page(window: MainWindow) -> PeoplePage:
    widget = window.show_page("people")
    assert isinstance(widget, PeoplePage)
    return widget


def logins(page: PeoplePage) -> list[str]:
    return [person.login for person in page.model.rows()]


def fill(dialog: AddPersonDialog, login: str, name: str, password: str = "start-2026") -> None:
    dialog.login_edit.setText(login)
    dialog.name_edit.setText(name)
    dialog.select_role(Role.OFFICER)
    dialog.unit_combo.select_code("GTWL")
    dialog.password_edit.setText(password)
    dialog.confirm_edit.setText(password)


def test_the_unit_tree_filters_the_people(page: PeoplePage) -> None:
    assert len(logins(page)) == 10  # the station's own unit and everything below it
    page.unit_tree.select_code("GTJJ")
    assert logins(page) == ["sunli"]  # in 交警大队一中队, below 交通警察大队
    page.subunits_check.setChecked(False)
    assert logins(page) == []
    page.unit_tree.select_code("GTCG")
    assert logins(page) == ["chenjing", "liwei", "zhengyu"]
    assert page.scope_label.text() == "城关派出所 · 共 3 人"


def test_adding_a_person_shows_in_the_table_and_the_audit_log(
    qtbot: QtBot, window: MainWindow, page: PeoplePage
) -> None:
    dialog = page.open_add_person_dialog()
    fill(dialog, "majun", "马军")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: "majun" in logins(page))
    selected = page.selected_person()
    assert selected is not None and selected.login == "majun"
    assert selected.unit_name == "魏僧寨派出所"

    audit = window.show_page("audit")
    assert isinstance(audit, AuditPage)
    qtbot.waitUntil(lambda: not audit.model.is_loading)
    newest = audit.model.index(0, 0).data(ROW_ROLE)
    assert (newest.action, newest.target_id, newest.actor) == ("person.add", "majun", "wangjz")
    assert audit.model.index(0, 3).data() == "添加人员"
    assert audit.model.index(0, 4).data() == "人员 majun"


@pytest.mark.parametrize(
    ("login", "name", "password", "message"),
    [
        ("", "马军", "start-2026", "请填写：登录名。"),
        ("majun", "", "start-2026", "请填写：姓名。"),
        ("majun", "马军", "", "请填写：初始密码。"),
        ("majun", "马军", "short", "密码至少需要 8 个字符。"),
        ("ma jun", "马军", "start-2026", "登录名最多 60 个字符"),
    ],
)
def test_the_dialog_names_the_missing_field(
    page: PeoplePage, login: str, name: str, password: str, message: str
) -> None:
    dialog = page.open_add_person_dialog()
    fill(dialog, login, name, password)
    dialog.ok_button.click()
    assert dialog.message_label.text().startswith(message)
    assert dialog.isVisible()
    assert not dialog.is_busy


def test_a_taken_login_is_refused_in_chinese(qtbot: QtBot, page: PeoplePage) -> None:
    dialog = page.open_add_person_dialog()
    fill(dialog, "liwei", "李伟")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)
    assert dialog.message_label.text() == "登录名 liwei 已被使用"
    assert dialog.isVisible()


def test_adding_a_unit_selects_it_in_the_tree(qtbot: QtBot, page: PeoplePage) -> None:
    page.unit_tree.select_code("GTCG")
    dialog = page.open_add_unit_dialog()
    assert dialog.parent_combo.current_code() == "GTCG"
    dialog.code_edit.setText("GTCG-2")
    dialog.ok_button.click()
    assert dialog.message_label.text() == "请填写：单位名称。"
    dialog.name_edit.setText("城关派出所社区警务二队")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(u.code == "GTCG-2" for u in page.unit_tree.units()))
    qtbot.waitUntil(lambda: not page.is_busy)
    assert page.unit_tree.selected_code() == "GTCG-2"


def test_disabling_an_account_shows_in_its_status(qtbot: QtBot, page: PeoplePage) -> None:
    person = next(p for p in page.model.rows() if p.login == "liwei")
    page.set_active(person, False)
    qtbot.waitUntil(
        lambda: any(p.login == "liwei" and not p.active for p in page.model.rows()),
        timeout=10_000,
    )
    row = page.model.row_of_login("liwei")
    assert page.model.index(row, 4).data() == "已停用"
    assert page.toggle_active_action.text() == "启用账户"


def test_reset_password_dialog_checks_the_repeat(qtbot: QtBot, page: PeoplePage) -> None:
    page.unit_tree.select_code("GTCG")
    page.table.selectRow(0)
    dialog = page.open_reset_password_dialog()
    assert dialog is not None
    dialog.password_edit.setText("new-pass-2026")
    dialog.confirm_edit.setText("new-pass-2027")
    dialog.ok_button.click()
    assert dialog.message_label.text() == "两次输入的密码不一致。"
    dialog.confirm_edit.setText("new-pass-2026")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()


def test_a_sub_units_head_is_offered_only_their_units_and_roles(
    qtbot: QtBot, context: StationContext, manager: Actor
) -> None:
    """Issue #17: the dialogs offer what the services allow, nothing above or beside."""
    add_person(context, manager, login="headcg", name="城关所长", role=Role.MANAGER,
               password="start-2026", unit_code="GTCG")  # fmt: skip
    head = log_in(context, "headcg", "start-2026", client="test")
    page = open_window(qtbot, context, head).show_page("people")
    assert isinstance(page, PeoplePage)
    dialog = page.open_add_person_dialog()
    units = [dialog.unit_combo.itemData(i) for i in range(dialog.unit_combo.count())]
    roles = [dialog.role_combo.itemData(i) for i in range(dialog.role_combo.count())]
    assert set(units) == {"GTCG", "GTCG-1"}
    assert roles == [r.value for r in Role if r is not Role.SUPERIOR]
    dialog.reject()
    page.unit_tree.select_code("GTJJ")
    select_row(page.table, page.model.row_of_login("sunli"))
    assert not page.reset_password_action.isEnabled()
    assert not page.toggle_active_action.isEnabled()
