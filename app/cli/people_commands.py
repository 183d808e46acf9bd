"""Commands about the unit tree and the people in it."""

import argparse

from app.cli.invocation import Invocation, add_command, add_group, new_password
from app.core.errors import ValidationError
from app.core.roles import Role, parse_role
from app.services import people


def cmd_unit_add(inv: Invocation) -> int:
    a = inv.args
    row = people.add_unit(inv.context(), inv.actor(), a.code, a.name, a.parent)
    inv.emit(
        {"code": row.code, "name": row.name, "parent": row.parent_code},
        f"unit {row.code} {row.name} added under {row.parent_code}",
    )
    return 0


def cmd_unit_list(inv: Invocation) -> int:
    inv.actor()
    rows = people.list_units(inv.context())
    inv.emit(
        [{"code": r.code, "name": r.name, "parent": r.parent_code, "depth": r.depth} for r in rows],
        [f"{'  ' * r.depth}{r.code}  {r.name}" for r in rows],
    )
    return 0


def cmd_user_add(inv: Invocation) -> int:
    a = inv.args
    actor = inv.actor()
    try:
        role = parse_role(a.role)
    except ValueError:
        valid = [r.value for r in Role]
        raise ValidationError("people.unknown-role", role=a.role, valid=valid) from None
    password = new_password(a, a.login)
    row = people.add_person(
        inv.context(),
        actor,
        login=a.login,
        name=a.name,
        role=role,
        password=password,
        unit_code=a.unit,
    )
    inv.emit(row.as_json(), f"{row.login} ({row.name}, {row.role.value}) added to {row.unit_name}")
    return 0


def cmd_user_list(inv: Invocation) -> int:
    rows = people.list_people(inv.context(), inv.actor())
    inv.emit(
        [row.as_json() for row in rows],
        [
            f"{r.login:<16} {r.name:<8} {r.role.value:<17} {r.unit_code:<10} "
            f"{'' if r.active else 'disabled'}"
            for r in rows
        ],
    )
    return 0


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = add_group(commands, "unit", "the unit tree")
    p = add_command(group, "add", cmd_unit_add, "add a unit")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--parent", help="parent unit code (default: the station's own unit)")
    add_command(group, "list", cmd_unit_list, "show the unit tree")

    group = add_group(commands, "user", "people and their roles")
    p = add_command(group, "add", cmd_user_add, "add a person")
    p.add_argument("login")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, help=", ".join(r.value for r in Role))
    p.add_argument("--unit", help="unit code (default: the station's own unit)")
    p.add_argument("--password-stdin", action="store_true")
    add_command(group, "list", cmd_user_list, "list people")
