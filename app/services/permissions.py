"""Who may do what: the role × action table that every service checks (R13, R6).

The table is data, not scattered ``if role == ...`` tests, so that it can be printed,
reviewed against the regulations and tested cell by cell. Every refusal is audited as
``permission.denied`` in a transaction of its own: the caller's unit of work rolls back
when the error propagates, and an attempt to overstep one's role must still leave a trace
(issue #17).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import NoReturn

from app.core.errors import PermissionDeniedError
from app.core.messages import Message
from app.core.roles import Role
from app.services.auth import Actor
from app.services.station import StationContext

#: The audit action of every refusal made here.
DENIED = "permission.denied"


class Action(StrEnum):
    """Something a person may be allowed to do; the value appears in audit entries."""

    MANAGE_UNITS = "unit.manage"
    MANAGE_PEOPLE = "person.manage"
    VIEW_PEOPLE = "person.view"
    VIEW_AUDIT = "audit.view"
    VERIFY_AUDIT = "audit.verify"
    MANAGE_KEYS = "audit.manage-keys"
    MANAGE_PROFILES = "profile.manage"
    VIEW_DEVICES = "device.view"
    MANAGE_DEVICES = "device.manage"
    ASSIGN_DEVICES = "device.assign"
    REPORT_DEVICE_FAULT = "device.report-fault"
    CHECK_DEVICE = "device.check"
    IMPORT_RECORDINGS = "recording.import"
    VIEW_RECORDINGS = "recording.view"
    VERIFY_RECORDINGS = "recording.verify"
    MARK_RECORDINGS = "recording.mark-confidentiality"
    FILE_FORMS = "form.file"
    APPROVE_FORMS = "form.approve"
    CLOSE_FORMS = "form.close"
    READ_FORMS = "form.read"
    VIEW_COMPLIANCE = "compliance.view"
    PRINT_REPORTS = "report.print"
    ADD_MARKERS = "review.mark"
    MAKE_STILLS = "review.still"
    GROUP_ANGLES = "review.group-angles"
    READ_VIEWINGS = "review.read-viewings"


_ALL = frozenset(Action)

# Every wearer reports a fault and logs the pre-use check of the device they carry
# [002 §10] [002 §16] [004 §5]; officers see their own footage (R6.4 refines the rest).
_WEARER = frozenset(
    {Action.VIEW_DEVICES, Action.REPORT_DEVICE_FAULT, Action.CHECK_DEVICE, Action.VIEW_RECORDINGS}
)
# The recording administrator keeps the ledger, issues devices, imports and verifies
# footage [000 §9(3)-(4)] [002 §8].
_ADMINISTRATOR = _WEARER | {
    Action.MANAGE_DEVICES,
    Action.ASSIGN_DEVICES,
    Action.IMPORT_RECORDINGS,
    Action.VERIFY_RECORDINGS,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.OFFICER: _WEARER,
    Role.EVIDENCE_OFFICER: frozenset({Action.VIEW_PEOPLE, Action.VERIFY_AUDIT}) | _ADMINISTRATOR,
    # The unit head runs the station: people, units, the profile, and the audit log.
    Role.MANAGER: _ALL,
    # Legal office and supervision review footage and check its integrity [000 §4] [003 §7(4)].
    Role.LEGAL: frozenset(
        {Action.VIEW_PEOPLE, Action.VIEW_AUDIT, Action.VERIFY_AUDIT}
        | {Action.VIEW_DEVICES, Action.VIEW_RECORDINGS, Action.VERIFY_RECORDINGS}
    ),
    # Supervision checks compliance [000 §4]: it reads the whole audit log.
    Role.SUPERVISION: frozenset(
        {Action.VIEW_PEOPLE, Action.VIEW_AUDIT, Action.VERIFY_AUDIT}
        | {Action.VIEW_DEVICES, Action.VIEW_RECORDINGS, Action.VERIFY_RECORDINGS}
    ),
    # The equipment department equips units and tracks faults and repairs [000 §3] [002 §16].
    Role.EQUIPMENT: frozenset(
        {Action.VIEW_PEOPLE, Action.VIEW_DEVICES, Action.MANAGE_DEVICES, Action.ASSIGN_DEVICES}
        | {Action.REPORT_DEVICE_FAULT, Action.CHECK_DEVICE}
    ),
    Role.CLERK: frozenset({Action.VIEW_PEOPLE, Action.VIEW_DEVICES}),
    Role.SUPERIOR: frozenset(
        {Action.VIEW_PEOPLE, Action.VIEW_AUDIT, Action.VERIFY_AUDIT}
        | {Action.VIEW_DEVICES, Action.VIEW_RECORDINGS}
    ),
}


# Forms and approvals (R5, R6, R10); each kind narrows further who files, approves, closes.
_FORM_GRANTS: dict[Role, frozenset[Action]] = {
    # Everyone files some form: reports, requests, hand-overs [000 §7] [000 §10] [002 §16].
    role: frozenset({Action.FILE_FORMS})
    for role in Role
}
# Approvers: unit head [000 §10], legal office [004 §16], county level [001 §33], and the
# administrator who countersigns a hand-over [000 §9(4)].
for _role in (Role.LEGAL, Role.SUPERIOR, Role.EVIDENCE_OFFICER):
    _FORM_GRANTS[_role] |= {Action.APPROVE_FORMS}
# Closing: the administrator provides copies and keeps reports [000 §10(1)] [002 §9]; the
# equipment department checks faults [002 §16]; supervision closes rectifications [000 §4].
for _role in (Role.EVIDENCE_OFFICER, Role.EQUIPMENT, Role.SUPERVISION):
    _FORM_GRANTS[_role] |= {Action.CLOSE_FORMS}
# Reading others' forms in one's unit tree: approvers, keepers of the registers [001 §32],
# the clerk who prints them, supervision [000 §4]; officers see their own only.
for _role in (Role.EVIDENCE_OFFICER, Role.LEGAL, Role.SUPERVISION, Role.EQUIPMENT):
    _FORM_GRANTS[_role] |= {Action.READ_FORMS}
for _role in (Role.CLERK, Role.SUPERIOR):
    _FORM_GRANTS[_role] |= {Action.READ_FORMS}
# The compliance view (R10.1) is for those who supervise [000 §4] [001 §6].
for _role in (Role.LEGAL, Role.SUPERVISION, Role.SUPERIOR):
    _FORM_GRANTS[_role] |= {Action.VIEW_COMPLIANCE}
# Printing registers and forms (R12): the clerk prints them, the keepers of the registers
# and those who check them print what they may see [000 §10] [001 §31-32] [002 §8]; each
# report kind also needs the right to see its data. Officers print nothing.
for _role in Role:
    if _role is not Role.OFFICER:
        _FORM_GRANTS[_role] |= {Action.PRINT_REPORTS}
# Marking footage confidential (R3.5): the administrator who keeps it, and the unit head
# (who holds every right) [000 §10(3)] [001 §32] [004 §19].
_FORM_GRANTS[Role.EVIDENCE_OFFICER] |= {Action.MARK_RECORDINGS}
# Review (R3.3, R3.4, R4.3): those who review footage mark what it shows [001 §16]
# [003 §6(6)] (an officer their own, as access allows); stills are extracted evidence, by
# the administrator and the reviewing offices [004 §15]; the administrator and legal office
# group the angles of one event [003 §6(8)]; the viewing register is read by its keeper,
# legal office and supervision [001 §32] [004 §16]. Each still needs view access as well.
for _role in (Role.OFFICER, Role.EVIDENCE_OFFICER, Role.LEGAL, Role.SUPERVISION):
    _FORM_GRANTS[_role] |= {Action.ADD_MARKERS}
for _role in (Role.EVIDENCE_OFFICER, Role.LEGAL, Role.SUPERVISION):
    _FORM_GRANTS[_role] |= {Action.MAKE_STILLS, Action.READ_VIEWINGS}
for _role in (Role.EVIDENCE_OFFICER, Role.LEGAL):
    _FORM_GRANTS[_role] |= {Action.GROUP_ANGLES}
PERMISSIONS = {role: actions | _FORM_GRANTS[role] for role, actions in PERMISSIONS.items()}


def is_allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(
    context: StationContext,
    actor: Actor,
    action: Action,
    *,
    target: tuple[str, object] | None = None,
) -> None:
    """Refuse (see ``deny``) unless the actor's role may do ``action``.

    ``target`` is the object acted on as ``(kind, id)`` when the caller knows it already.
    Call it outside any write session: the refusal's audit entry needs a writer of its own.
    """
    if not is_allowed(actor.role, action):
        deny(
            context,
            actor,
            action,
            Message(
                "permission.denied", {"login": actor.login, "role": actor.role, "action": action}
            ),
            target=target,
        )


def deny(
    context: StationContext,
    actor: Actor,
    action: Action,
    refusal: Message,
    *,
    target: tuple[str, object] | None = None,
) -> NoReturn:
    """Audit a refusal as ``permission.denied`` in its own transaction, then raise.

    Checks that go beyond the role (the unit subtree, the device's wearer) refuse
    through here too, so every refused cell of the permission matrix is on record.

    Raises:
        PermissionDeniedError: always, with the code and parameters of ``refusal``.
    """
    kind, target_id = target if target is not None else ("person", actor.login)
    with context.store.write() as session:
        context.audit.record(
            session,
            actor=actor.login,
            action=DENIED,
            target_kind=kind,
            target_id=target_id,
            details={"action": action.value, "role": actor.role.value, "reason": str(refusal)},
        )
    raise PermissionDeniedError(refusal.code, **refusal.params)


@contextmanager
def refusals_audited(
    context: StationContext,
    actor: Actor,
    action: Action,
    *,
    target: tuple[str, object] | None = None,
) -> Iterator[None]:
    """Audit a ``PermissionDeniedError`` raised inside the block (see ``deny``).

    Wrap a whole ``store.write()`` block with it: the block's work has rolled back and its
    writer is free by the time the refusal is written.
    """
    try:
        yield
    except PermissionDeniedError as exc:
        deny(context, actor, action, exc.message, target=target)
