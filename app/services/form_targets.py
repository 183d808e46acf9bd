"""What a form names must exist: its target recordings, devices, people, units and forms.

A retrieval naming ``recording:99999`` was once submitted, approved and printed as "0 个
文件" (issue #16 item 11, #17 item 10). Targets are checked when a draft is made or
changed and again at submit, when the form is signed: a recording destroyed in between
is caught before anyone approves it. Case numbers are free text (the station keeps no
register of cases), so a ``case:`` target is taken as written.
"""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core.errors import NotFoundError, ValidationError
from app.services.form_records import TargetRef
from app.store.devices import Device
from app.store.forms import Form
from app.store.models import MAX_ID, Person, Unit
from app.store.recordings import Recording

#: Targets named by a number, and the table that holds them.
_BY_NUMBER = {"recording": Recording, "form": Form}


def check_targets(session: Session, targets: Sequence[TargetRef]) -> None:
    """Refuse the first target that is malformed or names nothing.

    Raises:
        ValidationError: a recording or form named by something that is not its number.
        NotFoundError: no such recording, form, device (asset number), person (login) or
            unit (code).
    """
    for target in targets:
        if target.kind in _BY_NUMBER:
            _check_numbered(session, target)
        elif target.kind == "device":
            check_device(session, target.id)
        elif target.kind == "person" and _missing(session, Person.login, target.id):
            raise NotFoundError(f"no person with login {target.id!r}")
        elif target.kind == "unit" and _missing(session, Unit.code, target.id):
            raise NotFoundError(f"no unit with code {target.id!r}")


def check_device(session: Session, asset_no: str, field: str = "") -> None:
    """Refuse an asset number that is not in the device ledger."""
    if _missing(session, Device.asset_no, asset_no):
        prefix = f"{field}: " if field else ""
        raise NotFoundError(f"{prefix}no device with asset number {asset_no!r}")


def _check_numbered(session: Session, target: TargetRef) -> None:
    ident = target.id
    if not (ident.isascii() and ident.isdigit() and 1 <= int(ident) <= MAX_ID):
        raise ValidationError(
            f"target {str(target)!r}: a {target.kind} is named by its number (1 to {MAX_ID})"
        )
    if session.get(_BY_NUMBER[target.kind], int(ident)) is None:
        name = "no recording with id" if target.kind == "recording" else "no form"
        raise NotFoundError(f"{name} {ident}")


def _missing(session: Session, column: InstrumentedAttribute[str], value: str) -> bool:
    return session.scalar(select(column).where(column == value).limit(1)) is None
