"""The unit tree and the people in it (R13): adding, listing, enabling, resetting.

A manager manages only their own unit and the units below it, and only accounts whose
role ranks no higher than their own (issue #17): otherwise a sub-unit's head could open
an account above their unit and act through it.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core.clock import as_utc
from app.core.errors import ValidationError
from app.core.messages import Message
from app.core.roles import ROLE_RANK, Role
from app.services.auth import Actor
from app.services.lookups import person_by_login, unit_by_code
from app.services.passwords import hash_password
from app.services.permissions import Action, deny, require
from app.services.station import StationContext, check_unit_code, station_info
from app.services.unit_tree import UnitTree, management_rank, management_scope
from app.store.models import Person, Unit

_LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,59}$")


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    name: str
    parent_code: str | None
    depth: int


@dataclass(frozen=True)
class PersonRow:
    id: int
    login: str
    name: str
    role: Role
    unit_code: str
    unit_name: str
    active: bool
    locked_until: datetime | None

    def as_json(self) -> dict[str, object]:
        return {
            "login": self.login,
            "name": self.name,
            "role": self.role.value,
            "unit": self.unit_code,
            "unit_name": self.unit_name,
            "active": self.active,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
        }


@dataclass(frozen=True)
class Reach:
    """What the actor may manage: the codes of their unit and the units below it, the
    roles they may give, and whether only the devices issued to them are theirs to act on.
    The GUI offers only these; the services refuse the rest."""

    unit_codes: frozenset[str]
    roles: tuple[Role, ...]
    own_devices_only: bool

    def reaches_device(self, login: str, unit_code: str, assignee_login: str | None) -> bool:
        if assignee_login == login:
            return True
        return not self.own_devices_only and unit_code in self.unit_codes


def management_reach(context: StationContext, actor: Actor) -> Reach:
    """The actor's reach, by the same rules as ``check_manages`` and ``devices.check_reach``."""
    with context.store.read() as session:
        tree = UnitTree.load(session)
        scope, rank = management_scope(tree, actor), management_rank(tree, actor)
    return Reach(
        frozenset(tree.codes[unit_id] for unit_id in scope),
        tuple(role for role in Role if ROLE_RANK[role] <= rank),
        actor.role is Role.OFFICER,
    )


def add_unit(
    context: StationContext, actor: Actor, code: str, name: str, parent_code: str | None = None
) -> UnitRow:
    """Add a unit under ``parent_code``, or under the station's own unit when none is given."""
    require(context, actor, Action.MANAGE_UNITS, target=("unit", code))
    check_unit_code(code)
    if not name.strip():
        raise ValidationError("people.unit-needs-name")
    parent_code = station_info(context).unit_code if parent_code is None else parent_code
    check_manages(context, actor, Action.MANAGE_UNITS, ("unit", code), unit_code=parent_code)
    with context.store.write() as session:
        parent = unit_by_code(session, parent_code)
        if session.scalar(select(Unit.id).where(Unit.code == code)) is not None:
            raise ValidationError("people.unit-exists", code=code)
        unit = Unit(code=code, name=name.strip(), parent_id=parent.id, created_at=context.clock())
        session.add(unit)
        session.flush()
        context.audit.record(
            session,
            actor=actor.login,
            action="unit.add",
            target_kind="unit",
            target_id=code,
            details={"name": unit.name, "parent": parent.code},
        )
    return UnitRow(unit.id, code, unit.name, parent.code, _depth_of(context, unit.id))


def rename_unit(context: StationContext, actor: Actor, code: str, name: str) -> None:
    require(context, actor, Action.MANAGE_UNITS, target=("unit", code))
    if not name.strip():
        raise ValidationError("people.unit-needs-name")
    check_manages(context, actor, Action.MANAGE_UNITS, ("unit", code), unit_code=code)
    with context.store.write() as session:
        unit = unit_by_code(session, code)
        old, unit.name = unit.name, name.strip()
        context.audit.record(
            session,
            actor=actor.login,
            action="unit.rename",
            target_kind="unit",
            target_id=code,
            details={"from": old, "to": unit.name},
        )


def list_units(context: StationContext) -> list[UnitRow]:
    """The whole tree in display order: each unit followed by its children, by code."""
    with context.store.read() as session:
        units = list(session.scalars(select(Unit).order_by(Unit.code)))
    by_parent: dict[int | None, list[Unit]] = {}
    for unit in units:
        by_parent.setdefault(unit.parent_id, []).append(unit)
    codes = {unit.id: unit.code for unit in units}
    rows: list[UnitRow] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for unit in by_parent.get(parent_id, []):
            rows.append(UnitRow(unit.id, unit.code, unit.name, codes.get(unit.parent_id), depth))
            walk(unit.id, depth + 1)

    walk(None, 0)
    return rows


def _depth_of(context: StationContext, unit_id: int) -> int:
    return next(row.depth for row in list_units(context) if row.id == unit_id)


def add_person(
    context: StationContext,
    actor: Actor,
    *,
    login: str,
    name: str,
    role: Role,
    password: str,
    unit_code: str | None = None,
) -> PersonRow:
    """Create an account; the unit defaults to the station's own."""
    require(context, actor, Action.MANAGE_PEOPLE, target=("person", login))
    if not _LOGIN.match(login):
        raise ValidationError("people.bad-login", login=login)
    if not name.strip():
        raise ValidationError("people.person-needs-name")
    unit_code = unit_code or station_info(context).unit_code
    check_manages(
        context, actor, Action.MANAGE_PEOPLE, ("person", login), unit_code=unit_code, role=role
    )
    password_hash = hash_password(password)
    with context.store.write() as session:
        unit = unit_by_code(session, unit_code)
        if session.scalar(select(Person.id).where(Person.login == login)) is not None:
            raise ValidationError("people.login-taken", login=login)
        person = Person(
            login=login,
            name=name.strip(),
            role=role.value,
            unit_id=unit.id,
            password_hash=password_hash,
            active=True,
            failed_logins=0,
            created_at=context.clock(),
            created_by=actor.person_id,
        )
        session.add(person)
        session.flush()
        context.audit.record(
            session,
            actor=actor.login,
            action="person.add",
            target_kind="person",
            target_id=login,
            details={"name": person.name, "role": role.value, "unit": unit.code},
        )
        return _person_row(person, unit)


def list_people(context: StationContext, actor: Actor) -> list[PersonRow]:
    """The people of the actor's unit subtree: the line every person action keeps (#17)."""
    require(context, actor, Action.VIEW_PEOPLE)
    with context.store.read() as session:
        scope = management_scope(UnitTree.load(session), actor)
        query = (
            select(Person, Unit)
            .join(Unit, Person.unit_id == Unit.id)
            .where(Person.unit_id.in_(sorted(scope)))
            .order_by(Person.login)
        )
        return [_person_row(person, unit) for person, unit in session.execute(query)]


def set_person_active(context: StationContext, actor: Actor, login: str, active: bool) -> None:
    """Disable or re-enable an account; accounts are never deleted, the audit names them."""
    require(context, actor, Action.MANAGE_PEOPLE, target=("person", login))
    if login == actor.login and not active:
        raise ValidationError("people.disable-self")
    check_manages(context, actor, Action.MANAGE_PEOPLE, ("person", login), login=login)
    with context.store.write() as session:
        person = person_by_login(session, login)
        person.active = active
        context.audit.record(
            session,
            actor=actor.login,
            action="person.enable" if active else "person.disable",
            target_kind="person",
            target_id=login,
        )


def reset_password(context: StationContext, actor: Actor, login: str, password: str) -> None:
    """Set a new password and lift any lockout."""
    require(context, actor, Action.MANAGE_PEOPLE, target=("person", login))
    check_manages(context, actor, Action.MANAGE_PEOPLE, ("person", login), login=login)
    password_hash = hash_password(password)
    with context.store.write() as session:
        person = person_by_login(session, login)
        person.password_hash, person.failed_logins, person.locked_until = password_hash, 0, None
        context.audit.record(
            session,
            actor=actor.login,
            action="person.reset-password",
            target_kind="person",
            target_id=login,
        )


def check_manages(
    context: StationContext,
    actor: Actor,
    action: Action,
    target: tuple[str, object],
    *,
    unit_code: str | None = None,
    login: str | None = None,
    role: Role | None = None,
) -> None:
    """Refuse, audited, unless the unit, the account and the role are within the actor's
    reach: their unit subtree and roles no higher than their own.

    A unit or login that does not exist passes: the write that follows names it.
    """
    with context.store.read() as session:
        tree = UnitTree.load(session)
        scope, rank = management_scope(tree, actor), management_rank(tree, actor)
        problems = []
        unit_id = tree.id_of(unit_code) if unit_code is not None else None
        if unit_id is not None and unit_id not in scope:
            problems.append(
                Message("people.unit-outside", {"unit": unit_code, "own": actor.unit_code})
            )
        person = session.scalar(select(Person).where(Person.login == login)) if login else None
        if person is not None and person.unit_id not in scope:
            where = tree.codes.get(person.unit_id, "?")
            outside = {"login": login, "unit": where, "own": actor.unit_code}
            problems.append(Message("people.person-outside", outside))
        for wanted in (role, Role(person.role) if person is not None else None):
            if wanted is not None and ROLE_RANK[wanted] > rank:
                above = {"role": wanted, "login": actor.login}
                problems.append(Message("people.role-ranks-above", above))
    if problems:
        deny(
            context,
            actor,
            action,
            Message(
                "permission.out-of-scope",
                {"login": actor.login, "role": actor.role, "problem": problems[0]},
            ),
            target=target,
        )


def _person_row(person: Person, unit: Unit) -> PersonRow:
    return PersonRow(
        id=person.id,
        login=person.login,
        name=person.name,
        role=Role(person.role),
        unit_code=unit.code,
        unit_name=unit.name,
        active=person.active,
        locked_until=as_utc(person.locked_until) if person.locked_until else None,
    )
