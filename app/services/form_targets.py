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
from app.core.messages import Term
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
            raise NotFoundError("people.no-person", login=target.id)
        elif target.kind == "unit" and _missing(session, Unit.code, target.id):
            raise NotFoundError("people.no-unit", code=target.id)


def check_device(session: Session, asset_no: str, field: Term | None = None) -> None:
    """Refuse an asset number that is not in the device ledger (named in a form's ``field``)."""
    if _missing(session, Device.asset_no, asset_no):
        if field is not None:
            raise NotFoundError("form.field-no-device", field=field, asset=asset_no)
        raise NotFoundError("device.not-found", asset=asset_no)


def _check_numbered(session: Session, target: TargetRef) -> None:
    ident = target.id
    if not (ident.isascii() and ident.isdigit() and 1 <= int(ident) <= MAX_ID):
        raise ValidationError(
            "form.target-not-numbered", target=str(target), kind=target.kind, last=MAX_ID
        )
    if session.get(_BY_NUMBER[target.kind], int(ident)) is None:
        if target.kind == "recording":
            raise NotFoundError("recording.not-found", id=int(ident))
        raise NotFoundError("form.not-found", form_id=int(ident))


def _missing(session: Session, column: InstrumentedAttribute[str], value: str) -> bool:
    return session.scalar(select(column).where(column == value).limit(1)) is None
