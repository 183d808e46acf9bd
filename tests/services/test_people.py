"""Units and people: the tree, defaults, validation, attribution of every change."""

import pytest
from sqlalchemy import select

from app.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.core.roles import Role
from app.services.auth import Actor, log_in
from app.services.people import (
    add_person,
    add_unit,
    list_people,
    list_units,
    rename_unit,
    reset_password,
    set_person_active,
)
from app.services.station import StationContext
from app.store.models import AuditEntry


def last_entry(station: StationContext) -> AuditEntry:
    with station.store.read() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()


def test_unit_tree_defaults_to_the_station_unit(station: StationContext, manager: Actor) -> None:
    add_unit(station, manager, "PCS1", "城关派出所")
    add_unit(station, manager, "PCS1-T1", "社区警务一队", "PCS1")
    add_unit(station, manager, "JJ", "交警大队")
    tree = [(row.code, row.parent_code, row.depth) for row in list_units(station)]
    assert tree == [
        ("ROOT", None, 0),
        ("JJ", "ROOT", 1),
        ("PCS1", "ROOT", 1),
        ("PCS1-T1", "PCS1", 2),
    ]
    entry = last_entry(station)
    assert (entry.actor, entry.action, entry.target_id) == ("admin", "unit.add", "JJ")


@pytest.mark.parametrize(
    "code, name, parent, error",
    [
        ("ROOT", "重复", None, ValidationError),
        ("bad code", "空格", None, ValidationError),
        ("X1", "  ", None, ValidationError),
        ("X2", "无上级", "NOPE", NotFoundError),
    ],
)
def test_bad_units_are_refused(
    station: StationContext,
    manager: Actor,
    code: str,
    name: str,
    parent: str | None,
    error: type[Exception],
) -> None:
    with pytest.raises(error):
        add_unit(station, manager, code, name, parent)


def test_rename_unit_is_audited(station: StationContext, manager: Actor) -> None:
    add_unit(station, manager, "PCS1", "城关所")
    rename_unit(station, manager, "PCS1", "城关派出所")
    assert [row.name for row in list_units(station) if row.code == "PCS1"] == ["城关派出所"]
    assert last_entry(station).action == "unit.rename"


def test_person_unit_defaults_to_the_station_unit(station: StationContext, manager: Actor) -> None:
    row = add_person(
        station, manager, login="li", name="李伟", role=Role.OFFICER, password="officer-pass-1"
    )
    assert (row.unit_code, row.role) == ("ROOT", Role.OFFICER)
    assert [p.login for p in list_people(station, manager)] == ["admin", "li"]


@pytest.mark.parametrize(
    "login, password, unit, error",
    [
        ("admin", "long-enough-1", None, ValidationError),
        ("两个字", "long-enough-1", None, ValidationError),
        ("short", "1234", None, ValidationError),
        ("nounit", "long-enough-1", "NOPE", NotFoundError),
    ],
)
def test_bad_people_are_refused(
    station: StationContext,
    manager: Actor,
    login: str,
    password: str,
    unit: str | None,
    error: type[Exception],
) -> None:
    with pytest.raises(error):
        add_person(
            station,
            manager,
            login=login,
            name="某人",
            role=Role.CLERK,
            password=password,
            unit_code=unit,
        )


def test_an_officer_may_not_manage_people(station: StationContext, manager: Actor) -> None:
    add_person(
        station, manager, login="li", name="李伟", role=Role.OFFICER, password="officer-pass-1"
    )
    officer = log_in(station, "li", "officer-pass-1", client="test")
    with pytest.raises(PermissionDeniedError):
        add_person(
            station, officer, login="x", name="某人", role=Role.CLERK, password="long-enough-1"
        )
    with pytest.raises(PermissionDeniedError):
        add_unit(station, officer, "X", "某单位")
    with pytest.raises(PermissionDeniedError):
        list_people(station, officer)


def test_reset_password_lifts_a_lock(station: StationContext, manager: Actor) -> None:
    add_person(
        station, manager, login="li", name="李伟", role=Role.OFFICER, password="officer-pass-1"
    )
    reset_password(station, manager, "li", "brand-new-pass")
    assert log_in(station, "li", "brand-new-pass", client="test").login == "li"


def test_nobody_disables_themselves(station: StationContext, manager: Actor) -> None:
    with pytest.raises(ValidationError):
        set_person_active(station, manager, "admin", False)
