"""One row by the key people type (a unit code, a login, an asset number), or NotFoundError.

The services that take such a key from a form, a dialog or the command line share these,
so a wrong key reads the same wherever it was typed.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import NotFoundError
from app.store.devices import Device
from app.store.models import Person, Unit


def unit_by_code(session: Session, code: str) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == code))
    if unit is None:
        raise NotFoundError("people.no-unit", code=code)
    return unit


def person_by_login(session: Session, login: str, *, active: bool = False) -> Person:
    """The person ``login``; with ``active``, a disabled account counts as not found."""
    person = session.scalar(select(Person).where(Person.login == login))
    if person is None or (active and not person.active):
        if active:
            raise NotFoundError("people.no-active-person", login=login)
        raise NotFoundError("people.no-person", login=login)
    return person


def device_by_asset(session: Session, asset_no: str) -> Device:
    device = session.scalar(select(Device).where(Device.asset_no == asset_no))
    if device is None:
        raise NotFoundError("device.not-found", asset=asset_no)
    return device
