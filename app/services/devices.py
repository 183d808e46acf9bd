"""The device ledger (R1): adding devices, issuing and returning them, checks, faults, repairs.

Every device has at most one wearer (谁佩戴谁负责 [002 §17]); the issue/return log keeps
the times [002 §8] [001 §31]. A device's state moves only along the steps of
``TRANSITIONS``, so the fault → check → repair → back-in-service path of [002 §16] is
enforced, not just recorded.
"""

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.core.errors import NotFoundError, ValidationError
from app.core.roles import Role
from app.services.auth import Actor
from app.services.permissions import Action, require
from app.services.station import StationContext, station_info
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
_EVENT_ACTIONS = {DeviceEventKind.FAULT: Action.REPORT_DEVICE_FAULT}


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
        valid = ", ".join(k.value for k in DeviceKind)
        raise ValidationError(f"unknown device kind {text!r}; valid: {valid}") from None


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
    require(actor.role, Action.MANAGE_DEVICES, who=actor.login)
    for label, value in (("asset number", asset_no), ("serial", serial), ("model", model)):
        if not value.strip():
            raise ValidationError(f"the device needs a {label}")
    unit_code = unit_code or station_info(context).unit_code
    with context.store.write() as session:
        unit = session.scalar(select(Unit).where(Unit.code == unit_code))
        if unit is None:
            raise NotFoundError(f"no unit with code {unit_code!r}")
        if session.scalar(select(Device.id).where(Device.asset_no == asset_no.strip())):
            raise ValidationError(f"a device with asset number {asset_no!r} already exists")
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
    require(actor.role, Action.ASSIGN_DEVICES, who=actor.login)
    with context.store.write() as session:
        device = _device(session, asset_no)
        person = _person(session, officer_login)
        if device.state != DeviceState.IN_SERVICE:
            raise ValidationError(f"device {asset_no} is {device.state}; it cannot be issued")
        if device.assignee_id is not None:
            holder = session.get_one(Person, device.assignee_id).login
            raise ValidationError(f"device {asset_no} is issued to {holder}; return it first")
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
    require(actor.role, Action.ASSIGN_DEVICES, who=actor.login)
    with context.store.write() as session:
        device = _device(session, asset_no)
        if device.assignee_id is None:
            raise ValidationError(f"device {asset_no} is not issued to anyone")
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
        return _row(session, device)


def list_devices(
    context: StationContext, actor: Actor, *, unit_code: str | None = None
) -> list[DeviceRow]:
    require(actor.role, Action.VIEW_DEVICES, who=actor.login)
    query = select(Device).order_by(Device.asset_no)
    with context.store.read() as session:
        if unit_code is not None:
            unit_id = session.scalar(select(Unit.id).where(Unit.code == unit_code))
            if unit_id is None:
                raise NotFoundError(f"no unit with code {unit_code!r}")
            query = query.where(Device.unit_id == unit_id)
        return [_row(session, device) for device in session.scalars(query)]


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
    require(actor.role, _EVENT_ACTIONS.get(kind, Action.MANAGE_DEVICES), who=actor.login)
    if not note.strip():
        raise ValidationError(f"a {kind.value} entry needs a note (reason or finding)")
    if kind is DeviceEventKind.COMPENSATION and not compensation_yuan:
        raise ValidationError("a compensation entry needs the amount")
    allowed_from, goes_to = TRANSITIONS[kind]
    with context.store.write() as session:
        device = _device(session, asset_no)
        if DeviceState(device.state) not in allowed_from:
            raise ValidationError(f"device {asset_no} is {device.state}: cannot record {kind}")
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
    require(actor.role, Action.CHECK_DEVICE, who=actor.login)
    with context.store.write() as session:
        device = _device(session, asset_no)
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
    require(actor.role, Action.VIEW_DEVICES, who=actor.login)
    with context.store.read() as session:
        device = _device(session, asset_no)
        logins = dict(session.execute(select(Person.id, Person.login)).all())
        assignments = session.scalars(
            select(DeviceAssignment)
            .where(DeviceAssignment.device_id == device.id)
            .order_by(DeviceAssignment.issued_at, DeviceAssignment.id)
        )
        events = session.scalars(
            select(DeviceEvent)
            .where(DeviceEvent.device_id == device.id)
            .order_by(DeviceEvent.at, DeviceEvent.id)
        )
        checks = session.scalars(
            select(DeviceCheck)
            .where(DeviceCheck.device_id == device.id)
            .order_by(DeviceCheck.at, DeviceCheck.id)
        )
        return DeviceHistory(
            device=_row(session, device),
            assignments=[
                AssignmentRow(
                    logins[a.person_id],
                    as_utc(a.issued_at),
                    a.issued_by,
                    as_utc(a.returned_at) if a.returned_at else None,
                    a.returned_by,
                )
                for a in assignments
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
                for e in events
            ],
            checks=[_check_row(c, logins.get(c.person_id or -1)) for c in checks],
        )


def equipment_rates(context: StationContext, actor: Actor) -> list[EquipmentRate]:
    """配备率 per unit [002 §6]: active officers of the unit holding an in-service device."""
    require(actor.role, Action.VIEW_DEVICES, who=actor.login)
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


def _device(session: Session, asset_no: str) -> Device:
    device = session.scalar(select(Device).where(Device.asset_no == asset_no))
    if device is None:
        raise NotFoundError(f"no device with asset number {asset_no!r}")
    return device


def _person(session: Session, login: str) -> Person:
    person = session.scalar(select(Person).where(Person.login == login))
    if person is None or not person.active:
        raise NotFoundError(f"no active person with login {login!r}")
    return person


def _row(session: Session, device: Device) -> DeviceRow:
    unit = session.get_one(Unit, device.unit_id)
    wearer = session.get(Person, device.assignee_id) if device.assignee_id else None
    return DeviceRow(
        id=device.id,
        asset_no=device.asset_no,
        serial=device.serial,
        model=device.model,
        kind=DeviceKind(device.kind),
        unit_code=unit.code,
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
