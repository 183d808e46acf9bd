"""A station with an officer, a second officer and a body camera issued to the first."""

from dataclasses import dataclass

from app.core.roles import Role
from app.services.auth import Actor, log_in
from app.services.devices import DeviceKind, add_device, assign_device
from app.services.people import add_person, add_unit
from app.services.station import StationContext

PASSWORD = "officer-pass-1"


@dataclass(frozen=True)
class Ledger:
    officer: Actor
    other_officer: Actor
    evidence_officer: Actor
    device: str


def equip(station: StationContext, manager: Actor) -> Ledger:
    """Unit PCS1 with officers ``li`` (wears ``DSJ-001``) and ``zhao``, admin ``chen``."""
    add_unit(station, manager, "PCS1", "城关派出所")
    for login, name, role in (
        ("li", "李伟", Role.OFFICER),
        ("zhao", "赵强", Role.OFFICER),
        ("chen", "陈静", Role.EVIDENCE_OFFICER),
    ):
        add_person(
            station, manager, login=login, name=name, role=role, password=PASSWORD, unit_code="PCS1"
        )
    add_device(
        station,
        manager,
        asset_no="DSJ-001",
        serial="SN-0001",
        model="DSJ-V9",
        kind=DeviceKind.BODY_CAMERA,
        unit_code="PCS1",
    )
    assign_device(station, manager, "DSJ-001", "li")
    return Ledger(
        officer=log_in(station, "li", PASSWORD, client="test"),
        other_officer=log_in(station, "zhao", PASSWORD, client="test"),
        evidence_officer=log_in(station, "chen", PASSWORD, client="test"),
        device="DSJ-001",
    )
