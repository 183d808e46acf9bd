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
    | {(role, Action.VIEW_DEVICES) for role in Role}
    | {
        (role, action)
        for role in (Role.OFFICER, Role.EVIDENCE_OFFICER, Role.EQUIPMENT)
        for action in (Action.REPORT_DEVICE_FAULT, Action.CHECK_DEVICE)
    }
    | {
        (role, action)
        for role in (Role.EVIDENCE_OFFICER, Role.EQUIPMENT)
        for action in (Action.MANAGE_DEVICES, Action.ASSIGN_DEVICES)
    }
    | {(Role.EVIDENCE_OFFICER, Action.IMPORT_RECORDINGS)}
    | {(Role.EVIDENCE_OFFICER, Action.MARK_RECORDINGS)}
    | {
        (role, Action.VIEW_RECORDINGS)
        for role in (
            Role.OFFICER,
            Role.EVIDENCE_OFFICER,
            Role.LEGAL,
            Role.SUPERVISION,
            Role.SUPERIOR,
        )
    }
    | {
        (role, Action.VERIFY_RECORDINGS)
        for role in (Role.EVIDENCE_OFFICER, Role.LEGAL, Role.SUPERVISION)
    }
    | {(role, Action.FILE_FORMS) for role in Role}
    | {(role, Action.APPROVE_FORMS) for role in (Role.LEGAL, Role.SUPERIOR, Role.EVIDENCE_OFFICER)}
    | {
        (role, Action.CLOSE_FORMS)
        for role in (Role.EVIDENCE_OFFICER, Role.EQUIPMENT, Role.SUPERVISION)
    }
    | {(role, Action.READ_FORMS) for role in Role if role not in (Role.OFFICER, Role.MANAGER)}
    | {(role, Action.VIEW_COMPLIANCE) for role in (Role.LEGAL, Role.SUPERVISION, Role.SUPERIOR)}
    | {(role, Action.PRINT_REPORTS) for role in Role if role is not Role.OFFICER}
    | {
        (role, Action.ADD_MARKERS)
        for role in (Role.OFFICER, Role.EVIDENCE_OFFICER, Role.LEGAL, Role.SUPERVISION)
    }
    | {
        (role, action)
        for role in (Role.EVIDENCE_OFFICER, Role.LEGAL, Role.SUPERVISION)
        for action in (Action.MAKE_STILLS, Action.READ_VIEWINGS)
    }
    | {(role, Action.GROUP_ANGLES) for role in (Role.EVIDENCE_OFFICER, Role.LEGAL)}
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
