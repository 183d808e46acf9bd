"""The role × action table, cell by cell, as the regulations assign the work."""

import json

import pytest
from sqlalchemy import select

from app.core.errors import PermissionDeniedError
from app.core.roles import Role
from app.services.auth import Actor, log_in
from app.services.people import add_person, add_unit
from app.services.permissions import PERMISSIONS, Action, is_allowed, require
from app.services.station import StationContext
from app.store.models import AuditEntry, Unit

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
    assert is_allowed(role, action) is ((role, action) in ALLOWED)


def test_a_refusal_is_audited_and_changes_nothing(station: StationContext, manager: Actor) -> None:
    add_person(station, manager, login="clerk1", name="文书", role=Role.CLERK, password="pw-123456")
    clerk = log_in(station, "clerk1", "pw-123456", client="test")
    with pytest.raises(PermissionDeniedError, match=r"clerk1 \(clerk\) may not do unit.manage"):
        add_unit(station, clerk, "X", "never")
    with station.store.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert session.scalar(select(Unit).where(Unit.code == "X")) is None
    assert (entry.actor, entry.action, entry.target_kind, entry.target_id) == (
        "clerk1",
        "permission.denied",
        "unit",
        "X",
    )
    assert json.loads(entry.details)["action"] == "unit.manage"
    assert station.audit.verify().ok


def test_an_allowed_action_writes_nothing(station: StationContext, manager: Actor) -> None:
    before = station.audit.current_head()
    require(station, manager, Action.MANAGE_UNITS)
    assert station.audit.current_head() == before
