"""The viewing and copy registers [001 §32] [004 §16], read from the requests they record.

A viewing or copy is registered when the administrator closes the approved request (the
``done`` step): who, approved by whom, when, why, which items. The printed registers of
the reports feature are fed from ``list_register``.
"""

from datetime import datetime

from sqlalchemy import select

from app.core.errors import ValidationError
from app.services.auth import Actor
from app.services.form_kinds import REGISTER_KINDS
from app.services.form_queries import can_read
from app.services.form_records import DONE, FormView, RegisterRow, load_views
from app.services.station import StationContext
from app.services.unit_tree import UnitTree
from app.store.forms import Form
from app.store.models import Person

_PERSON_FIELDS = ("viewer", "copier", "case_officer", "recipient")
_REASON_FIELDS = ("reason", "purpose")


def list_register(
    context: StationContext,
    actor: Actor,
    register: str,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[RegisterRow]:
    """The register's lines closed in [since, until), oldest first, as far as ``actor`` reads.

    Raises:
        ValidationError: ``register`` is not "viewing" or "copy".
    """
    kinds = REGISTER_KINDS.get(register)
    if kinds is None:
        raise ValidationError(
            "form.unknown-register", register=register, valid=list(REGISTER_KINDS)
        )
    query = (
        select(Form)
        .where(Form.kind.in_(kinds), Form.state == DONE)
        .order_by(Form.closed_at, Form.id)
    )
    if since is not None:
        query = query.where(Form.closed_at >= since)
    if until is not None:
        query = query.where(Form.closed_at < until)
    with context.store.read() as session:
        tree = UnitTree.load(session)
        found = [f for f in session.scalars(query) if can_read(session, actor, f, tree)]
        views = load_views(session, found, context.clock()) if found else []
        logins = {p for v in views for p in _people_named(v)}
        names = dict(
            session.execute(select(Person.login, Person.name).where(Person.login.in_(logins))).all()
        )
    return [_row(view, names) for view in views]


def _people_named(view: FormView) -> list[str]:
    return [view.values.get(key, "") for key in _PERSON_FIELDS] + [s.login for s in view.steps]


def _row(view: FormView, names: dict[str, str]) -> RegisterRow:
    person = next((view.values[k] for k in _PERSON_FIELDS if view.values.get(k)), view.applicant)
    closing = view.steps[-1]
    return RegisterRow(
        form_id=view.id,
        kind=view.kind,
        at=view.closed_at or closing.at,
        person=person,
        person_name=names.get(person, person),
        unit_name=view.unit_name,
        items=view.targets,
        reason=next((view.values[k] for k in _REASON_FIELDS if view.values.get(k)), ""),
        approvers=tuple(s.name for s in view.approvals),
        approved_at=view.decided_at,
        registered_by=closing.login,
        registered_by_name=closing.name,
    )
