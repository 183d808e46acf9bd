"""The device ledger (R1): adding devices, issuing and returning them, checks, faults, repairs.

Every device has at most one wearer (谁佩戴谁负责 [002 §17]); the issue/return log keeps
the times [002 §8] [001 §31]. A device's state moves only along the steps of
``TRANSITIONS``, so the fault → check → repair → back-in-service path of [002 §16] is
enforced, not just recorded.

Actions follow the assignment (issue #17): an officer acts only on the device issued to
them; the administrator, the unit head and the equipment department on devices of their
own unit and the units below it.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.core.errors import ValidationError
from app.core.messages import Message
from app.core.roles import Role
from app.services.auth import Actor
from app.services.lookups import device_by_asset, person_by_login, unit_by_code
from app.services.permissions import Action, deny, require
from app.services.station import StationContext, station_info
from app.services.unit_tree import UnitTree, management_scope
from app.store.devices import Device, DeviceAssignment, DeviceCheck, DeviceEvent
from app.store.models import Person, Unit

log = logging.getLogger(__name__)


class DeviceKind(StrEnum):
    """The kinds of recorder the seeds name [002 §3]."""

    BODY_CAMERA = "body-camera"
    CAMERA = "camera"
    AUDIO_RECORDER = "audio-recorder"
    INTERVIEW_ROOM = "interview-room"


class DeviceState(StrEnum):
    IN_SERVICE = "in-service"
    FAULTY = "faulty"
    IN_REPAIR = "in-repair"
    LOST = "lost"
    RETIRED = "retired"


class DeviceEventKind(StrEnum):
    """A step in a device's life; ``TRANSITIONS`` says from which states it may happen."""

    FAULT = "fault"
    CHECK = "check"
    REPAIR = "repair"
    BACK_IN_SERVICE = "back-in-service"
    DAMAGED = "damaged"
    LOST = "lost"
    COMPENSATION = "compensation"
    RETIRE = "retire"


_LIVE = frozenset({DeviceState.IN_SERVICE, DeviceState.FAULTY, DeviceState.IN_REPAIR})
#: event → (states it may start from, state it leaves; None keeps the state).
TRANSITIONS: dict[DeviceEventKind, tuple[frozenset[DeviceState], DeviceState | None]] = {
    DeviceEventKind.FAULT: (frozenset({DeviceState.IN_SERVICE}), DeviceState.FAULTY),
    DeviceEventKind.CHECK: (frozenset({DeviceState.FAULTY}), None),
    DeviceEventKind.REPAIR: (frozenset({DeviceState.FAULTY}), DeviceState.IN_REPAIR),
    DeviceEventKind.BACK_IN_SERVICE: (
        frozenset({DeviceState.FAULTY, DeviceState.IN_REPAIR}),
        DeviceState.IN_SERVICE,
    ),
    DeviceEventKind.DAMAGED: (_LIVE, DeviceState.FAULTY),
    DeviceEventKind.LOST: (_LIVE, DeviceState.LOST),
    DeviceEventKind.COMPENSATION: (frozenset(DeviceState), None),
    DeviceEventKind.RETIRE: (_LIVE | {DeviceState.LOST}, DeviceState.RETIRED),
}
#: States in which nobody can be wearing the device.
_OUT_OF_HANDS = frozenset({DeviceState.LOST.value, DeviceState.RETIRED.value})
_EVENT_ACTIONS = {DeviceEventKind.FAULT: Action.REPORT_DEVICE_FAULT}
_Entry = TypeVar("_Entry", DeviceAssignment, DeviceEvent, DeviceCheck)


@dataclass(frozen=True)
class DeviceRow:
    id: int
    asset_no: str
    serial: str
    model: str
    kind: DeviceKind
    unit_code: str
    state: DeviceState
    assignee_login: str | None
    assignee_name: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "asset_no": self.asset_no,
            "serial": self.serial,
            "model": self.model,
            "kind": self.kind.value,
            "unit": self.unit_code,
            "state": self.state.value,
            "assignee": self.assignee_login,
            "assignee_name": self.assignee_name,
        }


@dataclass(frozen=True)
class AssignmentRow:
    person_login: str
    issued_at: datetime
    issued_by: str
    returned_at: datetime | None
    returned_by: str | None


@dataclass(frozen=True)
class EventRow:
    kind: DeviceEventKind
    at: datetime
    actor: str
    note: str
    state_after: DeviceState
    compensation_yuan: float | None


@dataclass(frozen=True)
class CheckRow:
    at: datetime
    source: str
    person_login: str | None
    battery_ok: bool | None
    storage_ok: bool | None
    clock_ok: bool | None
    clock_offset_s: float | None
    note: str


@dataclass(frozen=True)
class DeviceHistory:
    device: DeviceRow
    assignments: list[AssignmentRow]
    events: list[EventRow]
    checks: list[CheckRow]


@dataclass(frozen=True)
class EquipmentRate:
    """配备率 of one unit [002 §6]: officers with a working assigned device / officers."""

    unit_code: str
    unit_name: str
    officers: int
    equipped: int

    @property
    def rate(self) -> float | None:
        return self.equipped / self.officers if self.officers else None


def parse_kind(text: str) -> DeviceKind:
    try:
        return DeviceKind(text)
    except ValueError:
        valid = [k.value for k in DeviceKind]
        raise ValidationError("device.unknown-kind", kind=text, valid=valid) from None


def add_device(
    context: StationContext,
    actor: Actor,
    *,
    asset_no: str,
    serial: str,
    model: str,
    kind: DeviceKind,
    unit_code: str | None = None,
) -> DeviceRow:
    """Enter a device in the ledger, in service; the unit defaults to the station's own."""
    require(context, actor, Action.MANAGE_DEVICES, target=("device", asset_no))
    for label, value in (("asset number", asset_no), ("serial", serial), ("model", model)):
        if not value.strip():
            raise ValidationError("device.needs-field", what=label)
    unit_code = unit_code or station_info(context).unit_code
    check_reach(context, actor, Action.MANAGE_DEVICES, asset_no, unit_code=unit_code)
    with context.store.write() as session:
        unit = unit_by_code(session, unit_code)
        if session.scalar(select(Device.id).where(Device.asset_no == asset_no.strip())):
            raise ValidationError("device.exists", asset=asset_no)
        device = Device(
            asset_no=asset_no.strip(),
            serial=serial.strip(),
            model=model.strip(),
            kind=kind.value,
            unit_id=unit.id,
            state=DeviceState.IN_SERVICE.value,
            created_at=context.clock(),
        )
        session.add(device)
        session.flush()
        _audit(context, session, actor, "device.add", device, serial=serial, kind=kind.value)
        return _row(session, device)


def assign_device(
    context: StationContext, actor: Actor, asset_no: str, officer_login: str
) -> DeviceRow:
    """Issue a device to its one wearer; a device already issued must be returned first."""
    require(context, actor, Action.ASSIGN_DEVICES, target=("device", asset_no))
    check_reach(context, actor, Action.ASSIGN_DEVICES, asset_no, wearer=officer_login)
    with context.store.write() as session:
        device = device_by_asset(session, asset_no)
        person = person_by_login(session, officer_login, active=True)
        if device.state != DeviceState.IN_SERVICE:
            raise ValidationError("device.not-issuable", asset=asset_no, state=device.state)
        if device.assignee_id is not None:
            holder = session.get_one(Person, device.assignee_id).login
            raise ValidationError("device.already-issued", asset=asset_no, holder=holder)
        device.assignee_id = person.id
        session.add(
            DeviceAssignment(
                device_id=device.id,
                person_id=person.id,
                issued_at=context.clock(),
                issued_by=actor.login,
            )
        )
        _audit(context, session, actor, "device.assign", device, officer=person.login)
        return _row(session, device)


def return_device(context: StationContext, actor: Actor, asset_no: str) -> DeviceRow:
    """Take a device back from its wearer; the open issue record gets its return time."""
    require(context, actor, Action.ASSIGN_DEVICES, target=("device", asset_no))
    check_reach(context, actor, Action.ASSIGN_DEVICES, asset_no)
    with context.store.write() as session:
        device = device_by_asset(session, asset_no)
        if device.assignee_id is None:
            raise ValidationError("device.not-issued", asset=asset_no)
        _take_back(context, session, actor, device)
        return _row(session, device)


def _take_back(context: StationContext, session: Session, actor: Actor, device: Device) -> None:
    """Close the device's open issue record and free it from its wearer, audited."""
    holder = session.get_one(Person, device.assignee_id).login
    open_issue = session.scalar(
        select(DeviceAssignment)
        .where(DeviceAssignment.device_id == device.id)
        .where(DeviceAssignment.returned_at.is_(None))
    )
    if open_issue is not None:
        open_issue.returned_at, open_issue.returned_by = context.clock(), actor.login
    device.assignee_id = None
    _audit(context, session, actor, "device.return", device, officer=holder)


def list_devices(
    context: StationContext, actor: Actor, *, unit_code: str | None = None
) -> list[DeviceRow]:
    """The devices of the actor's unit subtree (all of them for the top unit's people)."""
    require(context, actor, Action.VIEW_DEVICES)
    with context.store.read() as session:
        scope = management_scope(UnitTree.load(session), actor)
        query = select(Device).where(Device.unit_id.in_(sorted(scope))).order_by(Device.asset_no)
        if unit_code is not None:
            query = query.where(Device.unit_id == unit_by_code(session, unit_code).id)
        return _rows(session, list(session.scalars(query)))


def record_device_event(
    context: StationContext,
    actor: Actor,
    asset_no: str,
    kind: DeviceEventKind,
    note: str,
    *,
    compensation_yuan: float | None = None,
) -> DeviceRow:
    """Move a device one step (fault, check, repair, back in service, damaged, lost...).

    Raises:
        ValidationError: the step is not possible from the device's state, or the note
            (the fault's reason, the check's finding) is empty.
    """
    action = _EVENT_ACTIONS.get(kind, Action.MANAGE_DEVICES)
    require(context, actor, action, target=("device", asset_no))
    check_reach(context, actor, action, asset_no)
    if not note.strip():
        raise ValidationError("device.event-needs-note", event=kind)
    if kind is DeviceEventKind.COMPENSATION and not compensation_yuan:
        raise ValidationError("device.compensation-needs-amount")
    allowed_from, goes_to = TRANSITIONS[kind]
    with context.store.write() as session:
        device = device_by_asset(session, asset_no)
        if DeviceState(device.state) not in allowed_from:
            raise ValidationError(
                "device.event-not-allowed", asset=asset_no, state=device.state, event=kind
            )
        device.state = (goes_to or DeviceState(device.state)).value
        session.add(
            DeviceEvent(
                device_id=device.id,
                kind=kind.value,
                at=context.clock(),
                actor=actor.login,
                note=note.strip(),
                state_after=device.state,
                compensation_yuan=compensation_yuan,
            )
        )
        _audit(context, session, actor, f"device.{kind.value}", device, note=note.strip())
        if device.state in _OUT_OF_HANDS and device.assignee_id is not None:
            # A lost or retired device is no longer worn: its issue ends with the event.
            _take_back(context, session, actor, device)
        return _row(session, device)


def report_fault(context: StationContext, actor: Actor, asset_no: str, reason: str) -> DeviceRow:
    """The wearer or the administrator reports a fault [002 §16]."""
    return record_device_event(context, actor, asset_no, DeviceEventKind.FAULT, reason)


def log_pre_use_check(
    context: StationContext,
    actor: Actor,
    asset_no: str,
    *,
    battery_ok: bool,
    storage_ok: bool,
    clock_ok: bool,
    clock_offset_s: float | None = None,
    note: str = "",
) -> CheckRow:
    """Record the check before use: battery, storage, date and time [002 §10] [004 §5]."""
    require(context, actor, Action.CHECK_DEVICE, target=("device", asset_no))
    check_reach(context, actor, Action.CHECK_DEVICE, asset_no)
    with context.store.write() as session:
        device = device_by_asset(session, asset_no)
        check = DeviceCheck(
            device_id=device.id,
            person_id=actor.person_id,
            source="pre-use",
            at=context.clock(),
            battery_ok=battery_ok,
            storage_ok=storage_ok,
            clock_ok=clock_ok,
            clock_offset_s=clock_offset_s,
            note=note,
        )
        session.add(check)
        details = {"battery": battery_ok, "storage": storage_ok, "clock": clock_ok}
        _audit(context, session, actor, "device.pre-use-check", device, **details)
        return _check_row(check, actor.login)


def device_history(context: StationContext, actor: Actor, asset_no: str) -> DeviceHistory:
    """The issue/return log, the fault/repair steps and the checks of one device."""
    require(context, actor, Action.VIEW_DEVICES, target=("device", asset_no))
    with context.store.read() as session:
        return _histories(session, [device_by_asset(session, asset_no)])[0]


def device_histories(context: StationContext, actor: Actor) -> list[DeviceHistory]:
    """Every device's history, by asset number, read in a few queries (the printed registers)."""
    require(context, actor, Action.VIEW_DEVICES)
    with context.store.read() as session:
        devices = list(session.scalars(select(Device).order_by(Device.asset_no)))
        return _histories(session, devices)


def equipment_rates(context: StationContext, actor: Actor) -> list[EquipmentRate]:
    """配备率 per unit [002 §6]: active officers of the unit holding an in-service device."""
    require(context, actor, Action.VIEW_DEVICES)
    officers = (
        select(Person.unit_id, func.count(Person.id))
        .where(Person.role == Role.OFFICER.value, Person.active.is_(True))
        .group_by(Person.unit_id)
    )
    equipped = (
        select(Person.unit_id, func.count(func.distinct(Person.id)))
        .join(Device, Device.assignee_id == Person.id)
        .where(Person.role == Role.OFFICER.value, Person.active.is_(True))
        .where(Device.state == DeviceState.IN_SERVICE.value)
        .group_by(Person.unit_id)
    )
    with context.store.read() as session:
        counts = dict(session.execute(officers).all())
        with_device = dict(session.execute(equipped).all())
        units = session.scalars(select(Unit).order_by(Unit.code))
        return [
            EquipmentRate(unit.code, unit.name, counts[unit.id], with_device.get(unit.id, 0))
            for unit in units
            if unit.id in counts
        ]


def check_reach(
    context: StationContext,
    actor: Actor,
    action: Action,
    asset_no: str | None,
    *,
    unit_code: str | None = None,
    wearer: str | None = None,
) -> None:
    """Refuse, audited, a device, unit or wearer beyond the actor's reach.

    An officer reaches only the device issued to them (谁佩戴谁负责 [002 §17]); other roles
    the devices and people of their unit subtree. Without ``asset_no`` only the unit and
    the wearer are checked: footage is handed over by whoever keeps the wearer's unit,
    whichever pool the camera was lent from. Names that do not exist pass: the write that
    follows names them.
    """
    with context.store.read() as session:
        tree = UnitTree.load(session)
        scope = management_scope(tree, actor)
        device = (
            session.scalar(select(Device).where(Device.asset_no == asset_no.strip()))
            if asset_no is not None
            else None
        )
        unit_id = tree.id_of(unit_code) if unit_code is not None else None
        person = session.scalar(select(Person).where(Person.login == wearer)) if wearer else None
        problem = None
        if device is not None and device.assignee_id != actor.person_id:
            if actor.role is Role.OFFICER:
                problem = Message("device.not-issued-to", {"asset": asset_no, "login": actor.login})
            elif device.unit_id not in scope:
                where = tree.codes.get(device.unit_id, "?")
                problem = Message(
                    "device.unit-outside",
                    {"asset": asset_no, "unit": where, "own": actor.unit_code},
                )
        if unit_id is not None and unit_id not in scope:
            problem = Message("people.unit-outside", {"unit": unit_code, "own": actor.unit_code})
        if person is not None and person.unit_id not in scope:
            problem = Message("device.wearer-outside", {"login": wearer, "own": actor.unit_code})
    if problem is not None:
        refusal = Message(
            "permission.out-of-scope",
            {"login": actor.login, "role": actor.role, "problem": problem},
        )
        target = ("device", asset_no) if asset_no is not None else ("person", wearer)
        deny(context, actor, action, refusal, target=target)


def _histories(session: Session, devices: list[Device]) -> list[DeviceHistory]:
    """The histories of ``devices``, in their order: one query per kind of entry, not per device."""
    ids = [device.id for device in devices]
    logins = dict(session.execute(select(Person.id, Person.login)).all())
    assignments = _by_device(
        session.scalars(
            select(DeviceAssignment)
            .where(DeviceAssignment.device_id.in_(ids))
            .order_by(DeviceAssignment.issued_at, DeviceAssignment.id)
        )
    )
    events = _by_device(
        session.scalars(
            select(DeviceEvent)
            .where(DeviceEvent.device_id.in_(ids))
            .order_by(DeviceEvent.at, DeviceEvent.id)
        )
    )
    checks = _by_device(
        session.scalars(
            select(DeviceCheck)
            .where(DeviceCheck.device_id.in_(ids))
            .order_by(DeviceCheck.at, DeviceCheck.id)
        )
    )
    return [
        DeviceHistory(
            device=row,
            assignments=[
                AssignmentRow(
                    logins[a.person_id],
                    as_utc(a.issued_at),
                    a.issued_by,
                    as_utc(a.returned_at) if a.returned_at else None,
                    a.returned_by,
                )
                for a in assignments.get(row.id, [])
            ],
            events=[
                EventRow(
                    DeviceEventKind(e.kind),
                    as_utc(e.at),
                    e.actor,
                    e.note,
                    DeviceState(e.state_after),
                    e.compensation_yuan,
                )
                for e in events.get(row.id, [])
            ],
            checks=[_check_row(c, logins.get(c.person_id or -1)) for c in checks.get(row.id, [])],
        )
        for row in _rows(session, devices)
    ]


def _by_device(entries: Iterable[_Entry]) -> dict[int, list[_Entry]]:
    grouped: dict[int, list[_Entry]] = {}
    for entry in entries:
        grouped.setdefault(entry.device_id, []).append(entry)
    return grouped


def _rows(session: Session, devices: list[Device]) -> list[DeviceRow]:
    """Rows of many devices, their units and wearers read in two queries rather than per row."""
    units = dict(
        session.execute(
            select(Unit.id, Unit.code).where(Unit.id.in_({d.unit_id for d in devices}))
        ).all()
    )
    wearer_ids = {d.assignee_id for d in devices if d.assignee_id}
    wearers = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(wearer_ids)))}
    return [_device_row(d, units[d.unit_id], wearers.get(d.assignee_id or -1)) for d in devices]


def _row(session: Session, device: Device) -> DeviceRow:
    unit = session.get_one(Unit, device.unit_id)
    wearer = session.get(Person, device.assignee_id) if device.assignee_id else None
    return _device_row(device, unit.code, wearer)


def _device_row(device: Device, unit_code: str, wearer: Person | None) -> DeviceRow:
    return DeviceRow(
        id=device.id,
        asset_no=device.asset_no,
        serial=device.serial,
        model=device.model,
        kind=DeviceKind(device.kind),
        unit_code=unit_code,
        state=DeviceState(device.state),
        assignee_login=wearer.login if wearer else None,
        assignee_name=wearer.name if wearer else None,
    )


def _check_row(check: DeviceCheck, login: str | None) -> CheckRow:
    return CheckRow(
        as_utc(check.at),
        check.source,
        login,
        check.battery_ok,
        check.storage_ok,
        check.clock_ok,
        check.clock_offset_s,
        check.note,
    )


def _audit(
    context: StationContext,
    session: Session,
    actor: Actor,
    action: str,
    device: Device,
    **details: object,
) -> None:
    context.audit.record(
        session,
        actor=actor.login,
        action=action,
        target_kind="device",
        target_id=device.asset_no,
        details={"state": device.state, **details},
    )
