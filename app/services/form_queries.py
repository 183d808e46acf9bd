"""Reading forms: one form, or a page of them, as far as the actor may read (R6, R10).

The applicant reads their own forms; approvers, administrators, supervision and clerks
read the forms of their unit and the units below it. ``waiting`` lists what waits for the
actor's signature or closing step.
"""

import json
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import PermissionDeniedError
from app.services.auth import Actor
from app.services.form_kinds import get_kind
from app.services.form_records import (
    APPROVED,
    SUBMITTED,
    FormView,
    approval_counts,
    chain_roles,
    load_views,
    stored_form,
)
from app.services.permissions import Action, is_allowed
from app.services.station import StationContext
from app.services.unit_tree import UnitTree
from app.store.forms import Form


def get_form(context: StationContext, actor: Actor, form_id: int) -> FormView:
    """One form, if the actor may read it (their own, or one in their unit tree)."""
    with context.store.read() as session:
        form = stored_form(session, form_id)
        if not can_read(session, actor, form):
            raise PermissionDeniedError("form.may-not-read", login=actor.login, form_id=form_id)
        return load_views(session, [form], context.clock())[0]


def list_forms(
    context: StationContext,
    actor: Actor,
    *,
    state: str | None = None,
    kind: str | None = None,
    mine: bool = False,
    waiting: bool = False,
    before_id: int | None = None,
    limit: int = 200,
) -> list[FormView]:
    """Forms the actor may read, newest first, one page at a time (pass the last id seen).

    ``waiting`` keeps those that wait for the actor: an approval in their role and line,
    or a closing step they may take.
    """
    if kind is not None:
        get_kind(kind)
    query = select(Form).order_by(Form.id.desc())
    if state:
        query = query.where(Form.state == state)
    if kind:
        query = query.where(Form.kind == kind)
    if mine:
        query = query.where(Form.applicant_id == actor.person_id)
    if waiting:
        query = query.where(Form.state.in_((SUBMITTED, APPROVED)))
    now = context.clock()
    with context.store.read() as session:
        tree = UnitTree.load(session)
        found: list[Form] = []
        for form in _matching(session, actor, tree, query, before_id, waiting):
            found.append(form)
            if len(found) == limit:
                break
        return load_views(session, found, now) if found else []


def can_read(session: Session, actor: Actor, form: Form, tree: UnitTree | None = None) -> bool:
    """The applicant, and readers of forms whose unit is in their own unit's tree."""
    if form.applicant_id == actor.person_id:
        return True
    if not is_allowed(actor.role, Action.READ_FORMS):
        return False
    tree = tree or UnitTree.load(session)
    return tree.is_within(form.unit_id, actor.unit_id)


def _matching(  # type: ignore[no-untyped-def]
    session: Session, actor: Actor, tree: UnitTree, query, before_id: int | None, waiting: bool
) -> Iterator[Form]:
    """The forms of ``query`` the actor reads (and that wait for them), page by page."""
    for page in _pages(session, query, before_id):
        readable = [form for form in page if can_read(session, actor, form, tree)]
        if waiting:
            signed = approval_counts(session, [f.id for f in readable if f.state == SUBMITTED])
            readable = [f for f in readable if _waits_for(f, actor, tree, signed.get(f.id, 0))]
        yield from readable


def _pages(session: Session, query, before_id: int | None, size: int = 500):  # type: ignore[no-untyped-def]
    while True:
        page = query if before_id is None else query.where(Form.id < before_id)
        rows = list(session.scalars(page.limit(size)))
        yield rows
        if len(rows) < size:
            return
        before_id = rows[-1].id


def _waits_for(form: Form, actor: Actor, tree: UnitTree, approvals: int) -> bool:
    """Whether ``form``, signed with ``approvals`` approvals so far, waits for ``actor``."""
    if form.applicant_id == actor.person_id:
        return False
    if not tree.is_within(form.unit_id, actor.unit_id):
        return False
    kind = get_kind(form.kind)
    if form.state == APPROVED:
        return kind.has_closing and actor.role in kind.closers
    chain = chain_roles(form)
    if approvals >= len(chain) or chain[approvals] != actor.role.value:
        return False
    return (
        kind.approver_field is None
        or json.loads(form.fields).get(kind.approver_field) == actor.login
    )
