"""The role × action table, cell by cell, as the regulations assign the work."""

import pytest

from app.core.errors import PermissionDeniedError
from app.core.roles import Role
from app.services.permissions import PERMISSIONS, Action, is_allowed, require

ALLOWED = (
    {(Role.MANAGER, action) for action in Action}
    | {(role, Action.VIEW_AUDIT) for role in (Role.LEGAL, Role.SUPERVISION, Role.SUPERIOR)}
    | {
        (role, Action.VERIFY_AUDIT)
        for role in (Role.EVIDENCE_OFFICER, Role.LEGAL, Role.SUPERVISION, Role.SUPERIOR)
    }
    | {(role, Action.VIEW_PEOPLE) for role in Role if role is not Role.OFFICER}
)


def test_every_role_has_a_row() -> None:
    assert set(PERMISSIONS) == set(Role)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_table_cell(role: Role, action: Action) -> None:
    expected = (role, action) in ALLOWED
    assert is_allowed(role, action) is expected
    if expected:
        require(role, action, who="someone")
    else:
        with pytest.raises(PermissionDeniedError, match=action.value):
            require(role, action, who="someone")
