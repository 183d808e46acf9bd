"""R6 access control: every role × action × unit relation, grants, and classified content."""

from datetime import timedelta

import pytest

from app.core.clock import FixedClock
from app.core.errors import PermissionDeniedError, ValidationError
from app.core.roles import Role
from app.services import forms
from app.services.access import AccessTarget, active_grants, authorize, can_copy, can_view
from app.services.audit import AuditFilter
from app.services.auth import Actor
from app.services.form_records import TargetRef
from app.services.station import StationContext
from tests.services.form_people import Crew, build_crew
from tests.support.recording_rows import add_recording_rows

#: One actor per role, all in unit A; the relation names where the footage is held.
ACTOR_OF = {
    Role.OFFICER: "off_a",
    Role.EVIDENCE_OFFICER: "adm_a",
    Role.MANAGER: "head_a",
    Role.LEGAL: "legal_a",
    Role.SUPERVISION: "sup_a",
    Role.SUPERIOR: "super_a",
    Role.EQUIPMENT: "equip_a",
    Role.CLERK: "clerk_a",
}
UNIT_OF = {"same": "A", "descendant": "A1", "ancestor": "ROOT", "sibling": "B", "unrelated": "B1"}

#: Without any approved form: unit-tree roles see their unit and below [001 §28]; the
#: 上级机关 role, equipment and clerks see nothing; nobody copies [R2.8].
VIEWERS_BY_ROLE = {Role.EVIDENCE_OFFICER, Role.MANAGER, Role.LEGAL, Role.SUPERVISION}
EXPECTED = {
    (role, action, relation): action == "view"
    and role in VIEWERS_BY_ROLE
    and relation in ("same", "descendant")
    for role in Role
    for action in ("view", "copy")
    for relation in UNIT_OF
}
UNTIL = "2026-12-31T18:00"


@pytest.fixture
def crew(station: StationContext, manager: Actor) -> Crew:
    crew = build_crew(station, manager)
    # what the forms below name must exist (issue #16 item 11)
    add_recording_rows(station, crew["off_a"].person_id, crew.units["A"], (1, 100, 200))
    return crew


def _target(
    crew: Crew, unit: str, rid: int = 1, owner: str = "off_b", mark: str = "none"
) -> AccessTarget:
    return AccessTarget("recording", rid, crew.units[unit], owner, mark)


def _approved(
    station: StationContext,
    crew: Crew,
    kind: str,
    applicant: str,
    approver: str,
    fields: dict[str, str],
    *ids: int,
) -> int:
    targets = [TargetRef("recording", str(i)) for i in ids]
    form_id = forms.create_form(
        station, crew[applicant], kind, {"valid_until": UNTIL, **fields}, targets
    ).id
    forms.submit_form(station, crew[applicant], form_id)
    forms.approve_form(station, crew[approver], form_id)
    return form_id


def test_role_action_relation_matrix(station: StationContext, crew: Crew) -> None:
    actual = {}
    for role, login in ACTOR_OF.items():
        for relation, unit in UNIT_OF.items():
            target = _target(crew, unit)
            actual[(role, "view", relation)] = can_view(station, crew[login], target).allowed
            actual[(role, "copy", relation)] = can_copy(station, crew[login], target).allowed
    assert actual == EXPECTED


def test_an_officer_sees_their_own_recordings_only(station: StationContext, crew: Crew) -> None:
    own = can_view(station, crew["off_a"], _target(crew, "A", owner="off_a"))
    assert own.allowed and str(own.reason) == "the officer's own recording"
    other = can_view(station, crew["off_a"], _target(crew, "A", owner="off_a2"))
    assert not other.allowed and "not the officer's own" in str(other.reason)


def test_viewing_grants_exactly_what_it_names_for_its_time(
    station: StationContext, crew: Crew, clock: FixedClock
) -> None:
    grant = _approved(station, crew, "viewing", "off_a", "head_a", {"reason": "研判"}, 100)
    decision = can_view(station, crew["off_a"], _target(crew, "A", 100))
    assert (decision.allowed, decision.grant_id) == (True, grant)
    assert not can_view(station, crew["off_a"], _target(crew, "A", 101)).allowed
    assert not can_copy(station, crew["off_a"], _target(crew, "A", 100)).allowed
    assert not can_view(station, crew["off_a2"], _target(crew, "A", 100)).allowed
    # A grant of unit A cannot open footage held by unit B, whatever it names.
    assert not can_view(station, crew["off_a"], _target(crew, "B", 100)).allowed
    assert [g.form_id for g in active_grants(station, crew["off_a"])] == [grant]
    clock.advance(timedelta(days=40))  # past valid_until
    assert not can_view(station, crew["off_a"], _target(crew, "A", 100)).allowed
    assert active_grants(station, crew["off_a"]) == []


def test_a_grant_starts_at_its_valid_from(
    station: StationContext, crew: Crew, clock: FixedClock
) -> None:
    fields = {"reason": "研判", "valid_from": "2026-12-01T08:00"}
    _approved(station, crew, "viewing", "off_a", "head_a", fields, 100)
    assert not can_view(station, crew["off_a"], _target(crew, "A", 100)).allowed
    clock.advance(timedelta(days=6))
    assert can_view(station, crew["off_a"], _target(crew, "A", 100)).allowed


def test_unapproved_or_withdrawn_requests_grant_nothing(
    station: StationContext, crew: Crew
) -> None:
    targets = [TargetRef("recording", "100")]
    fields = {"reason": "研判", "valid_until": UNTIL}
    pending = forms.create_form(station, crew["off_a"], "viewing", fields, targets).id
    forms.submit_form(station, crew["off_a"], pending)
    assert not can_view(station, crew["off_a"], _target(crew, "A", 100)).allowed
    forms.reject_form(station, crew["head_a"], pending, "无必要")
    assert not can_view(station, crew["off_a"], _target(crew, "A", 100)).allowed


def test_retrieval_grants_copy_and_the_administrator_provides_it(
    station: StationContext, crew: Crew
) -> None:
    fields = {"case_no": "2026-7", "purpose": "证据"}
    grant = _approved(station, crew, "retrieval", "off_a", "head_a", fields, 100)
    assert can_copy(station, crew["off_a"], _target(crew, "A", 100)).grant_id == grant
    provided = can_copy(station, crew["adm_a"], _target(crew, "A", 100))
    assert provided.allowed and "providing the copy" in str(provided.reason)
    assert not can_copy(station, crew["adm_b"], _target(crew, "A", 100)).allowed
    assert not can_copy(station, crew["adm_a"], _target(crew, "A", 101)).allowed


def test_superior_unit_sees_subordinate_footage_through_a_notice(
    station: StationContext, crew: Crew
) -> None:
    target = _target(crew, "A1", 200)
    assert not can_view(station, crew["super"], target).allowed
    fields = {"holding_unit": "A", "purpose": "监督检查"}
    grant = _approved(station, crew, "retrieval-notice", "super", "head_a", fields, 200)
    assert can_view(station, crew["super"], target).grant_id == grant
    assert can_copy(station, crew["super"], target).allowed


@pytest.mark.parametrize(
    ("mark", "cleared"),
    [
        ("state-secret", {Role.MANAGER, Role.LEGAL}),
        ("commercial-secret", {Role.MANAGER, Role.LEGAL}),
        ("personal-privacy", {Role.MANAGER, Role.LEGAL, Role.SUPERVISION, Role.EVIDENCE_OFFICER}),
    ],
)
def test_classified_items_only_for_cleared_roles(
    station: StationContext, crew: Crew, mark: str, cleared: set[Role]
) -> None:
    allowed = {
        role
        for role, login in ACTOR_OF.items()
        if can_view(station, crew[login], _target(crew, "A", owner="off_a", mark=mark)).allowed
    }
    assert allowed == cleared
    _approved(station, crew, "viewing", "off_a", "head_a", {"reason": "研判"}, 1)
    with_grant = can_view(station, crew["off_a"], _target(crew, "A", owner="off_a", mark=mark))
    # An approval opens personal-privacy items; secrets stay with cleared roles [000 §10(3)].
    assert with_grant.allowed is (mark == "personal-privacy")


def test_authorize_logs_both_outcomes(station: StationContext, crew: Crew) -> None:
    assert authorize(station, crew["head_a"], _target(crew, "A", 5)).allowed
    with pytest.raises(PermissionDeniedError, match="may not view recording 5"):
        authorize(station, crew["clerk_a"], _target(crew, "A", 5))
    entries = station.audit.list_entries(AuditFilter(action="access."))
    assert [(e.actor, e.action) for e in entries] == [
        ("clerk_a", "access.denied"),
        ("head_a", "access.view"),
    ]
    with pytest.raises(ValidationError, match="unknown confidentiality"):
        can_view(station, crew["head_a"], _target(crew, "A", mark="secret"))
