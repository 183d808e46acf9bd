"""Who may view or copy a piece of footage (R6): tiered by unit tree, role and content.

The rules, in order:

1. Classified content (R3.5) is for cleared roles only [000 §10(3)] [001 §32] [004 §19];
   an approved request admits others to personal-privacy items (the approvers saw what they
   approved), never to state or commercial secrets.
2. A role sees footage within its authority [001 §28]: an officer their own recordings;
   the administrator, the unit head, legal office and supervision those of their unit and
   the units below it. The 上级机关 role sees subordinates' footage only through a
   调取通知单 [000 §10(2)]; equipment and clerks see none.
3. Otherwise an approved retrieval, viewing or copy form grants its applicant exactly the
   recordings it names, from its valid_from (or approval) until its valid_until, and only
   within the approving unit's own tree.

Copying is stricter (R2.8): only through an approved form that grants a copy, to its
applicant, or to the administrator of that unit who provides the approved copy.

The services of the recordings and review features call ``can_view`` / ``can_copy`` (or
``authorize``, which also writes the audit entry) so the CLI and the GUI cannot differ.
"""

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.core.errors import PermissionDeniedError, ValidationError
from app.core.messages import Message
from app.core.roles import Role
from app.services.auth import Actor
from app.services.form_kinds import KINDS
from app.services.form_records import APPROVED, DONE, TargetRef
from app.services.station import StationContext
from app.services.unit_tree import UnitTree, management_scope
from app.store.forms import Form, FormTarget
from app.store.recordings import Recording

log = logging.getLogger(__name__)

#: Confidentiality marks of a recording (R3.5), least to most restricted.
CONFIDENTIALITY: dict[str, str] = {
    "none": "无",
    "personal-privacy": "个人隐私",
    "commercial-secret": "商业秘密",
    "state-secret": "国家秘密",
}

#: Roles cleared for each mark; secrets follow the secrecy rules [000 §10(3)] [004 §19].
CLEARED: dict[str, frozenset[Role]] = {
    "personal-privacy": frozenset(
        {Role.MANAGER, Role.LEGAL, Role.SUPERVISION, Role.EVIDENCE_OFFICER}
    ),
    "commercial-secret": frozenset({Role.MANAGER, Role.LEGAL}),
    "state-secret": frozenset({Role.MANAGER, Role.LEGAL}),
}

#: Marks an approved request may open to an uncleared applicant.
GRANT_OPENS = frozenset({"personal-privacy"})

#: How far each role sees without a grant [001 §28].
OWN, UNIT_TREE, NONE = "own", "unit-tree", "none"
SCOPE: dict[Role, str] = {
    Role.OFFICER: OWN,
    Role.EVIDENCE_OFFICER: UNIT_TREE,
    Role.MANAGER: UNIT_TREE,
    Role.LEGAL: UNIT_TREE,
    Role.SUPERVISION: UNIT_TREE,
    Role.SUPERIOR: NONE,
    Role.EQUIPMENT: NONE,
    Role.CLERK: NONE,
}


@dataclass(frozen=True)
class AccessTarget:
    """What is asked for: ``kind`` is usually "recording"; ``unit_id`` the holding unit."""

    kind: str
    id: int | str
    unit_id: int
    owner_login: str | None = None
    confidentiality: str = "none"


@dataclass(frozen=True)
class Decision:
    """The answer, with the reason in words and the form that granted it, if any."""

    allowed: bool
    reason: Message
    grant_id: int | None = None


@dataclass(frozen=True)
class Grant:
    """An approved form that opens recordings to its applicant for a while."""

    form_id: int
    kind: str
    accesses: frozenset[str]
    targets: tuple[TargetRef, ...]
    valid_from: datetime
    valid_until: datetime | None


def can_view(context: StationContext, actor: Actor, target: AccessTarget) -> Decision:
    """Whether ``actor`` may view ``target`` now (no audit entry; see ``authorize``)."""
    return _decide(context, actor, target, "view")


def can_copy(context: StationContext, actor: Actor, target: AccessTarget) -> Decision:
    """Whether ``actor`` may copy ``target`` now: only through an approved form."""
    return _decide(context, actor, target, "copy")


def authorize(
    context: StationContext, actor: Actor, target: AccessTarget, action: str = "view"
) -> Decision:
    """Decide and write the audit entry (allowed or refused) [000 §10(3)]; raise if refused.

    Raises:
        PermissionDeniedError: the decision's reason, after the refusal is logged.
    """
    decision = _decide(context, actor, target, action)
    with context.store.write() as session:
        context.audit.record(
            session,
            actor=actor.login,
            action=f"access.{action}" if decision.allowed else "access.denied",
            target_kind=target.kind,
            target_id=target.id,
            details={
                "action": action,
                "reason": str(decision.reason),
                "grant": decision.grant_id,
                "confidentiality": target.confidentiality,
            },
        )
    if not decision.allowed:
        raise PermissionDeniedError(
            "access.denied",
            login=actor.login,
            action=action,
            kind=target.kind,
            id=target.id,
            reason=decision.reason,
        )
    return decision


def active_grants(context: StationContext, actor: Actor) -> list[Grant]:
    """The approved forms that open recordings to ``actor`` now, newest first."""
    now = context.clock()
    with context.store.read() as session:
        forms = session.scalars(
            select(Form)
            .where(Form.applicant_id == actor.person_id, Form.state.in_((APPROVED, DONE)))
            .where(Form.kind.in_([k.id for k in KINDS.values() if k.grants]))
            .order_by(Form.id.desc())
        ).all()
        current = [form for form in forms if _is_current(form, now)]
        targets: dict[int, list[TargetRef]] = {form.id: [] for form in current}
        for form_id, kind, ident in session.execute(
            select(FormTarget.form_id, FormTarget.target_kind, FormTarget.target_id)
            .where(FormTarget.form_id.in_(list(targets)))
            .order_by(FormTarget.id)
        ):
            targets[form_id].append(TargetRef(kind, ident))
        return [_grant(form, tuple(targets[form.id])) for form in current]


def decide(
    session: Session, actor: Actor, target: AccessTarget, action: str, now: datetime
) -> Decision:
    """``can_view`` / ``can_copy`` inside the caller's session (no audit entry)."""
    if target.confidentiality not in CONFIDENTIALITY:
        raise ValidationError(
            "access.unknown-mark", mark=target.confidentiality, valid=list(CONFIDENTIALITY)
        )
    if action not in ("view", "copy"):
        raise ValidationError("access.unknown-action", action=action)
    tree = UnitTree.load(session)
    cleared = _is_cleared(actor, target)
    if not cleared and target.confidentiality not in GRANT_OPENS:
        mark = CONFIDENTIALITY[target.confidentiality]
        roles = sorted(r.value for r in CLEARED[target.confidentiality])
        return Decision(False, Message("access.only-cleared", {"mark": mark, "roles": roles}))
    if cleared and action == "view":
        by_role = _by_role(actor, target, tree)
        if by_role is not None:
            return by_role
    grant = _grant_for(session, actor, target, action, tree, now)
    if grant is not None:
        return Decision(True, Message("access.granted", {"form_id": grant}), grant)
    if action == "copy" and cleared and _administers(actor, target, tree):
        provided = _grant_for(session, None, target, "copy", tree, now)
        if provided is not None:
            providing = Message("access.providing-copy", {"form_id": provided})
            return Decision(True, providing, provided)
    return Decision(False, _refusal(actor, target, action, tree))


def cleared_marks(role: Role) -> frozenset[str]:
    """The marks a role sees by its own authority: unmarked footage and what it is cleared for."""
    return frozenset({"none"} | {mark for mark, roles in CLEARED.items() if role in roles})


def granted_recording_ids(session: Session, actor: Actor, now: datetime) -> set[int]:
    """Recordings an approved form opens to ``actor`` for viewing now (rule 3, set-wise).

    The same rule as ``decide`` for many recordings at once, so a list can add exactly
    these ids to what the role sees: current forms only, targets within the approving
    unit's tree, and marks the grant may open to this role.
    """
    kinds = [k.id for k in KINDS.values() if "view" in k.grants]
    rows = session.execute(
        select(Form, FormTarget.target_id)
        .join(FormTarget, FormTarget.form_id == Form.id)
        .where(Form.applicant_id == actor.person_id, Form.state.in_((APPROVED, DONE)))
        .where(Form.kind.in_(kinds), FormTarget.target_kind == "recording")
    ).all()
    wanted: dict[int, set[int]] = {}
    for form, ident in rows:
        if ident.isdigit() and _is_current(form, now):
            wanted.setdefault(int(ident), set()).add(form.unit_id)
    if not wanted:
        return set()
    tree = UnitTree.load(session)
    opens = cleared_marks(actor.role) | GRANT_OPENS
    held = session.execute(
        select(Recording.id, Recording.unit_id, Recording.confidentiality).where(
            Recording.id.in_(wanted)
        )
    )
    return {
        rid
        for rid, unit_id, mark in held
        if mark in opens and any(tree.is_within(unit_id, root) for root in wanted[rid])
    }


def _decide(context: StationContext, actor: Actor, target: AccessTarget, action: str) -> Decision:
    with context.store.read() as session:
        return decide(session, actor, target, action, context.clock())


def _is_cleared(actor: Actor, target: AccessTarget) -> bool:
    if target.confidentiality == "none":
        return True
    return actor.role in CLEARED[target.confidentiality]


def _by_role(actor: Actor, target: AccessTarget, tree: UnitTree) -> Decision | None:
    scope = SCOPE[actor.role]
    if scope == OWN and target.owner_login == actor.login:
        return Decision(True, Message("access.own-recording"))
    if scope == UNIT_TREE and target.unit_id in management_scope(tree, actor):
        within = {"role": actor.role, "unit": actor.unit_code}
        return Decision(True, Message("access.within-authority", within))
    return None


def _administers(actor: Actor, target: AccessTarget, tree: UnitTree) -> bool:
    return actor.role is Role.EVIDENCE_OFFICER and target.unit_id in management_scope(tree, actor)


def _grant_for(
    session: Session,
    actor: Actor | None,
    target: AccessTarget,
    action: str,
    tree: UnitTree,
    now: datetime,
) -> int | None:
    """The newest current form granting ``action`` on the target (to ``actor``, or anyone)."""
    kinds = [k.id for k in KINDS.values() if action in k.grants]
    query = (
        select(Form)
        .join(FormTarget, FormTarget.form_id == Form.id)
        .where(FormTarget.target_kind == target.kind, FormTarget.target_id == str(target.id))
        .where(Form.state.in_((APPROVED, DONE)), Form.kind.in_(kinds))
        .order_by(Form.id.desc())
    )
    if actor is not None:
        query = query.where(Form.applicant_id == actor.person_id)
    for form in session.scalars(query):
        if _is_current(form, now) and tree.is_within(target.unit_id, form.unit_id):
            return form.id
    return None


def _is_current(form: Form, now: datetime) -> bool:
    start = form.valid_from or form.decided_at
    if start is not None and as_utc(start) > now:
        return False
    return form.valid_until is None or as_utc(form.valid_until) > now


def _grant(form: Form, targets: tuple[TargetRef, ...]) -> Grant:
    start = form.valid_from or form.decided_at or form.created_at
    return Grant(
        form_id=form.id,
        kind=form.kind,
        accesses=KINDS[form.kind].grants,
        targets=targets,
        valid_from=as_utc(start),
        valid_until=as_utc(form.valid_until) if form.valid_until else None,
    )


def _refusal(actor: Actor, target: AccessTarget, action: str, tree: UnitTree) -> Message:
    if action == "copy":
        return Message("access.copy-needs-form")
    relation = tree.relation(actor.unit_id, target.unit_id).value
    scope = SCOPE[actor.role]
    if scope == NONE:
        return Message("access.request-only", {"role": actor.role})
    if scope == OWN:
        return Message("access.not-own")
    return Message("access.outside-authority", {"unit": actor.unit_code, "relation": relation})
