"""Who may do what: the role × action table that every service checks (R13, R6).

The table is data, not scattered ``if role == ...`` tests, so that it can be printed,
reviewed against the regulations and tested cell by cell.
"""

from enum import StrEnum

from app.core.errors import PermissionDeniedError
from app.core.roles import Role


class Action(StrEnum):
    """Something a person may be allowed to do; the value appears in audit entries."""

    MANAGE_UNITS = "unit.manage"
    MANAGE_PEOPLE = "person.manage"
    VIEW_PEOPLE = "person.view"
    VIEW_AUDIT = "audit.view"
    VERIFY_AUDIT = "audit.verify"
    MANAGE_PROFILES = "profile.manage"


_ALL = frozenset(Action)

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.OFFICER: frozenset(),
    Role.EVIDENCE_OFFICER: frozenset({Action.VIEW_PEOPLE, Action.VERIFY_AUDIT}),
    # The unit head runs the station: people, units, the profile, and the audit log.
    Role.MANAGER: _ALL,
    Role.LEGAL: frozenset({Action.VIEW_PEOPLE, Action.VIEW_AUDIT, Action.VERIFY_AUDIT}),
    # Supervision checks compliance [000 §4]: it reads the whole audit log.
    Role.SUPERVISION: frozenset({Action.VIEW_PEOPLE, Action.VIEW_AUDIT, Action.VERIFY_AUDIT}),
    Role.EQUIPMENT: frozenset({Action.VIEW_PEOPLE}),
    Role.CLERK: frozenset({Action.VIEW_PEOPLE}),
    Role.SUPERIOR: frozenset({Action.VIEW_PEOPLE, Action.VIEW_AUDIT, Action.VERIFY_AUDIT}),
}


def is_allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(role: Role, action: Action, *, who: str) -> None:
    """Raise ``PermissionDeniedError`` unless ``role`` may do ``action``."""
    if not is_allowed(role, action):
        raise PermissionDeniedError(f"{who} ({role.value}) may not do {action.value}")
