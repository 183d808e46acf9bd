"""Which actions the approvals page offers on a form, for the person signed in.

This only decides which buttons to show: the service checks every action again (unit line,
chain order, content hash) and its refusal is what the user sees if the two ever differ.
"""

from app.services.auth import Actor
from app.services.form_kinds import get_kind
from app.services.form_records import (
    APPROVED,
    DONE,
    DRAFT,
    REJECTED,
    SUBMITTED,
    FormView,
)
from app.services.permissions import Action, is_allowed
from app.services.printing import SOURCES

EDIT, SUBMIT, APPROVE, REJECT = "edit", "submit", "approve", "reject"
WITHDRAW, CLOSE, CORRECT, PRINT = "withdraw", "close", "correct", "print"

#: The printed form of each kind that has one (R12; report kinds of app/reports/catalog.py).
PRINTED_AS: dict[str, str] = {
    "retrieval": "retrieval-approval",
    "retrieval-notice": "retrieval-notice",
    "interruption-report": "interruption-report",
    "inspection": "inspection-report",
}


def print_kind(form_kind: str) -> str | None:
    """The report kind that prints this form kind, if this version can print it."""
    report = PRINTED_AS.get(form_kind)
    source = SOURCES.get(report) if report else None
    return report if source is not None and source.gather is not None else None


def available_actions(form: FormView, actor: Actor) -> set[str]:
    """The actions ``actor`` may take on ``form`` in its present state."""
    actions: set[str] = set()
    mine = form.applicant == actor.login
    if mine and form.state == DRAFT:
        actions |= {EDIT, SUBMIT}
    if mine and form.state in (DRAFT, SUBMITTED):
        actions.add(WITHDRAW)
    if mine and form.state in (SUBMITTED, APPROVED, REJECTED, DONE) and form.next_id is None:
        actions.add(CORRECT)
    if not mine and _may_decide(form, actor):
        actions |= {APPROVE, REJECT}
    if _may_close(form, actor):
        actions.add(CLOSE)
    if print_kind(form.kind) and is_allowed(actor.role, Action.PRINT_REPORTS):
        actions.add(PRINT)
    return actions


def _may_decide(form: FormView, actor: Actor) -> bool:
    if form.next_role != actor.role.value or not is_allowed(actor.role, Action.APPROVE_FORMS):
        return False
    named = get_kind(form.kind).approver_field
    return named is None or form.fields.get(named) == actor.login


def _may_close(form: FormView, actor: Actor) -> bool:
    kind = get_kind(form.kind)
    return (
        form.state == APPROVED
        and kind.has_closing
        and actor.role in kind.closers
        and is_allowed(actor.role, Action.CLOSE_FORMS)
    )
