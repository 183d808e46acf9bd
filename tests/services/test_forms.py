"""The forms engine on a real store: chains, signatures, immutability, corrections, audit."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, update

from app.core.clock import FixedClock
from app.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.policy.loader import builtin_profiles
from app.services import form_queries, forms
from app.services.audit import AuditFilter
from app.services.auth import Actor
from app.services.devices import DeviceKind, add_device
from app.services.form_kinds import KINDS
from app.services.form_records import TargetRef
from app.services.form_registers import list_register
from app.services.profiles import use_profile
from app.services.station import StationContext
from app.store.forms import Form
from app.store.recordings import Recording
from tests.services.form_people import Crew, build_crew
from tests.support.recording_rows import add_recording_rows

REC = [TargetRef("recording", "17"), TargetRef("recording", "18")]
UNTIL = "2026-12-31T18:00"


@pytest.fixture
def crew(station: StationContext, manager: Actor) -> Crew:
    crew = build_crew(station, manager)
    # what the forms below name must exist (issue #16 item 11)
    add_recording_rows(station, crew["off_a"].person_id, crew.units["A"], (17, 18))
    return crew


def _retrieval(station: StationContext, crew: Crew, **extra: str) -> int:
    fields = {
        "case_no": "馆公(治)立字〔2026〕118号",
        "purpose": "作为证据使用",
        "valid_until": UNTIL,
    }
    fields.update(extra)
    return forms.create_form(station, crew["off_a"], "retrieval", fields, REC).id


def test_guantao_retrieval_runs_its_chain(station: StationContext, crew: Crew) -> None:
    form_id = _retrieval(station, crew)
    draft = form_queries.get_form(station, crew["off_a"], form_id)
    assert (draft.state, draft.chain, draft.unit_code) == ("draft", ("manager",), "A")
    assert draft.fields["case_officer"] == "off_a"
    submitted = forms.submit_form(station, crew["off_a"], form_id)
    assert submitted.state == "submitted" and submitted.next_role == "manager"
    approved = forms.approve_form(station, crew["head_a"], form_id, "同意调取")
    assert approved.state == "approved" and approved.next_role is None
    done = forms.close_form(station, crew["adm_a"], form_id, {"provision_note": "刻录光盘一张"})
    assert done.state == "done"
    assert done.values["approver"] == "head_a"
    assert done.values["provided_by"] == "adm_a"
    assert done.values["provided_at"] == done.closed_at.isoformat()
    assert done.values["provision_note"] == "刻录光盘一张"
    assert [s.step for s in done.steps] == ["submit", "approve", "done"]
    assert all(s.content_hash == done.content_hash for s in done.steps)
    entries = station.audit.list_entries(AuditFilter(action="form."))
    actions = [e.action for e in entries if e.target_id == str(form_id)]
    assert actions == ["form.done", "form.approve", "form.submit", "form.create"]
    assert station.audit.verify().ok


def test_jiangyuan_viewing_needs_legal_then_manager(station: StationContext, crew: Crew) -> None:
    use_profile(station, crew["admin"], "jiangyuan-culture")
    fields = {"reason": "案情研判", "valid_until": UNTIL}
    form_id = forms.create_form(station, crew["off_a"], "viewing", fields, REC[:1]).id
    assert forms.submit_form(station, crew["off_a"], form_id).chain == ("legal", "manager")
    with pytest.raises(
        PermissionDeniedError, match=r"waits for legal .* step 1 of legal → manager"
    ):
        forms.approve_form(station, crew["head_a"], form_id)
    after_legal = forms.approve_form(station, crew["legal"], form_id)
    assert (after_legal.state, after_legal.next_role) == ("submitted", "manager")
    with pytest.raises(PermissionDeniedError, match="waits for manager"):
        forms.approve_form(station, crew["legal_a"], form_id)
    approved = forms.approve_form(station, crew["head_a"], form_id)
    assert approved.state == "approved"
    assert [(s.login, s.role) for s in approved.approvals] == [
        ("legal", "legal"),
        ("head_a", "manager"),
    ]


def test_changzhi_media_release_goes_to_county_level(station: StationContext, crew: Crew) -> None:
    use_profile(station, crew["admin"], "changzhi-psb")
    fields = {"recipient": "长治日报", "purpose": "案件通报", "redaction": "yes"}
    form_id = forms.create_form(station, crew["off_a"], "media-release", fields, REC[:1]).id
    forms.submit_form(station, crew["off_a"], form_id)
    forms.approve_form(station, crew["head_a"], form_id)
    with pytest.raises(PermissionDeniedError, match="waits for superior"):
        forms.approve_form(station, crew["admin"], form_id)
    assert forms.approve_form(station, crew["super"], form_id).state == "approved"


def test_approving_ones_own_form_is_refused(station: StationContext, crew: Crew) -> None:
    form_id = forms.create_form(
        station, crew["head_a"], "copy", {"reason": "复核", "valid_until": UNTIL}, REC
    ).id
    forms.submit_form(station, crew["head_a"], form_id)
    with pytest.raises(PermissionDeniedError, match="your own form"):
        forms.approve_form(station, crew["head_a"], form_id)
    assert forms.approve_form(station, crew["admin"], form_id).state == "approved"


def test_approver_from_another_branch_is_refused(station: StationContext, crew: Crew) -> None:
    form_id = _retrieval(station, crew)
    forms.submit_form(station, crew["off_a"], form_id)
    with pytest.raises(PermissionDeniedError, match=r"head_b \(B\) is not in unit A"):
        forms.approve_form(station, crew["head_b"], form_id)
    with pytest.raises(PermissionDeniedError, match="may not do form.approve"):
        forms.approve_form(station, crew["off_a2"], form_id)


def test_missing_required_field_is_named(station: StationContext, crew: Crew) -> None:
    form_id = forms.create_form(station, crew["off_a"], "retrieval", {"purpose": "取证"}, REC).id
    with pytest.raises(
        ValidationError, match=r"lacks required field\(s\): case_no（案件编号）, valid_until"
    ):
        forms.submit_form(station, crew["off_a"], form_id)
    assert form_queries.get_form(station, crew["off_a"], form_id).state == "draft"


def test_profile_demands_extra_fields(station: StationContext, crew: Crew) -> None:
    # guantao demands legal_basis on an interruption report [000 §7]; baimiaozi does not.
    fields = {
        "activity_start": "2026-11-26T08:00",
        "activity_end": "2026-11-26T09:00",
        "reason": "weather",
    }
    guantao = forms.create_form(station, crew["off_a"], "interruption-report", fields).id
    with pytest.raises(ValidationError, match="legal_basis"):
        forms.submit_form(station, crew["off_a"], guantao)
    use_profile(station, crew["admin"], "baimiaozi-town")
    fields["reason"] = "device-fault"
    baimiaozi = forms.create_form(station, crew["off_a"], "interruption-report", fields).id
    assert forms.submit_form(station, crew["off_a"], baimiaozi).state == "submitted"


def test_a_target_is_required_for_a_request(station: StationContext, crew: Crew) -> None:
    form_id = forms.create_form(
        station, crew["off_a"], "viewing", {"reason": "r", "valid_until": UNTIL}
    ).id
    with pytest.raises(ValidationError, match="--target"):
        forms.submit_form(station, crew["off_a"], form_id)


@pytest.mark.parametrize(
    ("target", "error", "message"),
    [
        (TargetRef("recording", "99999"), NotFoundError, "no recording with id 99999"),
        (TargetRef("recording", "9" * 30), ValidationError, "named by its number"),
        (TargetRef("recording", "-1"), ValidationError, "named by its number"),
        (TargetRef("form", "4242"), NotFoundError, "no form 4242"),
        (TargetRef("device", "NO-SUCH"), NotFoundError, "no device with asset number"),
        (TargetRef("person", "nobody"), NotFoundError, "no person with login 'nobody'"),
        (TargetRef("unit", "ZZ"), NotFoundError, "no unit with code 'ZZ'"),
    ],
)
def test_a_target_that_names_nothing_is_refused(
    station: StationContext, crew: Crew, target: TargetRef, error: type, message: str
) -> None:
    """Issue #16 item 11: ``recording:99999`` was submitted, approved and printed."""
    fields = {"reason": "r", "valid_until": UNTIL}
    with pytest.raises(error, match=message):
        forms.create_form(station, crew["off_a"], "viewing", fields, [REC[0], target])
    draft = forms.create_form(station, crew["off_a"], "viewing", fields, REC[:1]).id
    with pytest.raises(error, match=message):
        forms.edit_draft(station, crew["off_a"], draft, {}, [target])
    assert [f.id for f in form_queries.list_forms(station, crew["admin"])] == [draft]


def test_targets_are_checked_again_at_submit(station: StationContext, crew: Crew) -> None:
    fields = {"reason": "r", "valid_until": UNTIL}
    draft = forms.create_form(station, crew["off_a"], "viewing", fields, REC).id
    with station.store.write() as session:  # the row goes outside the station
        session.execute(delete(Recording).where(Recording.id == 18))
    with pytest.raises(NotFoundError, match="no recording with id 18"):
        forms.submit_form(station, crew["off_a"], draft)
    assert form_queries.get_form(station, crew["off_a"], draft).state == "draft"


def test_a_device_fault_names_a_device_of_the_ledger(station: StationContext, crew: Crew) -> None:
    fields = {"device": "GT-NOWHERE", "fault_description": "坏了", "discovered_at": UNTIL}
    with pytest.raises(NotFoundError, match="device: no device with asset number 'GT-NOWHERE'"):
        forms.create_form(station, crew["off_a"], "device-fault", fields)
    add_device(station, crew["admin"], asset_no="GT-1", serial="S", model="M",
               kind=DeviceKind.BODY_CAMERA, unit_code="A")  # fmt: skip
    made = forms.create_form(station, crew["off_a"], "device-fault", {**fields, "device": "GT-1"})
    assert made.fields["device"] == "GT-1"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"colour": "red"}, "retrieval has no field 'colour'"),
        ({"approver": "head_a"}, "not entered here"),
        ({"valid_until": "next week"}, "is not a time"),
        ({"case_officer": "nobody"}, "no person with login 'nobody'"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    station: StationContext, crew: Crew, fields: dict[str, str], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        forms.create_form(station, crew["off_a"], "retrieval", fields, REC)
    assert form_queries.list_forms(station, crew["admin"]) == []


def test_role_that_does_not_file_a_kind_is_refused(station: StationContext, crew: Crew) -> None:
    with pytest.raises(PermissionDeniedError, match="may not file inspection"):
        forms.create_form(station, crew["off_a"], "inspection", {})
    with pytest.raises(ValidationError, match="unknown form kind 'leave'"):
        forms.create_form(station, crew["off_a"], "leave", {})


def test_content_is_frozen_after_submit(station: StationContext, crew: Crew) -> None:
    form_id = _retrieval(station, crew)
    forms.edit_draft(station, crew["off_a"], form_id, {"purpose": "案件审核"})
    submitted = forms.submit_form(station, crew["off_a"], form_id)
    assert submitted.fields["purpose"] == "案件审核"
    with pytest.raises(ValidationError, match="cannot change any more"):
        forms.edit_draft(station, crew["off_a"], form_id, {"purpose": "别的"})
    with pytest.raises(PermissionDeniedError, match="only the applicant"):
        forms.edit_draft(station, crew["off_a2"], form_id, {"purpose": "别的"})


def test_tampered_content_cannot_be_approved(station: StationContext, crew: Crew) -> None:
    form_id = _retrieval(station, crew)
    forms.submit_form(station, crew["off_a"], form_id)
    with station.store.write() as session:
        session.execute(
            update(Form).where(Form.id == form_id).values(fields=json.dumps({"case_no": "x"}))
        )
    with pytest.raises(ValidationError, match="changed after it was signed"):
        forms.approve_form(station, crew["head_a"], form_id)


def test_rejection_then_correction_supersedes(station: StationContext, crew: Crew) -> None:
    form_id = _retrieval(station, crew)
    forms.submit_form(station, crew["off_a"], form_id)
    with pytest.raises(ValidationError, match="needs a reason"):
        forms.reject_form(station, crew["head_a"], form_id, " ")
    rejected = forms.reject_form(station, crew["head_a"], form_id, "案件编号有误")
    assert rejected.state == "rejected" and rejected.steps[-1].comment == "案件编号有误"
    fixed = forms.correct_form(station, crew["off_a"], form_id, {"case_no": "馆公〔2026〕119号"})
    assert (fixed.version, fixed.previous_id, fixed.state) == (2, form_id, "draft")
    assert fixed.targets == tuple(REC) and fixed.fields["purpose"] == "作为证据使用"
    with pytest.raises(ValidationError, match="already has a correction"):
        forms.correct_form(station, crew["off_a"], form_id, {})
    forms.submit_form(station, crew["off_a"], fixed.id)
    old = form_queries.get_form(station, crew["off_a"], form_id)
    assert (old.state, old.next_id, old.fields["case_no"]) == (
        "superseded",
        fixed.id,
        "馆公(治)立字〔2026〕118号",
    )
    assert forms.approve_form(station, crew["head_a"], fixed.id).state == "approved"


def test_withdraw_only_before_a_decision(station: StationContext, crew: Crew) -> None:
    form_id = _retrieval(station, crew)
    forms.submit_form(station, crew["off_a"], form_id)
    assert forms.withdraw_form(station, crew["off_a"], form_id).state == "withdrawn"
    with pytest.raises(ValidationError, match="is withdrawn"):
        forms.approve_form(station, crew["head_a"], form_id)
    other = _retrieval(station, crew)
    forms.submit_form(station, crew["off_a"], other)
    forms.approve_form(station, crew["head_a"], other)
    with pytest.raises(ValidationError, match="can be withdrawn"):
        forms.withdraw_form(station, crew["off_a"], other)


def test_handover_is_countersigned_by_the_named_administrator(
    station: StationContext, crew: Crew
) -> None:
    fields = {"administrator": "adm_a", "handed_over_at": "2026-11-26T10:00", "files": "3 个文件"}
    form_id = forms.create_form(station, crew["off_a"], "handover", fields).id
    forms.submit_form(station, crew["off_a"], form_id)
    with pytest.raises(PermissionDeniedError, match="waits for evidence-officer"):
        forms.approve_form(station, crew["head_a"], form_id)
    with pytest.raises(PermissionDeniedError, match="not in unit A"):
        forms.approve_form(station, crew["adm_b"], form_id)
    signed = forms.approve_form(station, crew["adm_a"], form_id)
    assert signed.state == "approved"
    assert signed.values["officer_signature"].startswith("李伟（off_a）")
    assert signed.values["administrator_signature"].startswith("陈静（adm_a）")
    with pytest.raises(ValidationError, match="no closing step"):
        forms.close_form(station, crew["adm_a"], form_id)


def test_interruption_report_deadline_and_overdue(
    station: StationContext, crew: Crew, clock: FixedClock
) -> None:
    # guantao: 立即, within 2 h of the end [000 §7]; the clock stands at 10:00 local.
    fields = {
        "activity_start": "2026-11-26T08:00",
        "activity_end": "2026-11-26T09:00",
        "reason": "weather",
        "legal_basis": "《馆陶县公安局执法全过程记录工作制度》第七条",
    }
    form_id = forms.create_form(station, crew["off_a"], "interruption-report", fields).id
    draft = form_queries.get_form(station, crew["off_a"], form_id)
    assert draft.due_at == datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    assert not draft.overdue
    clock.advance(timedelta(hours=1, minutes=1))
    assert form_queries.get_form(station, crew["off_a"], form_id).overdue
    submitted = forms.submit_form(station, crew["off_a"], form_id)
    assert (submitted.overdue, submitted.late) == (False, True)
    with pytest.raises(ValidationError, match="'snow' is not one of: weather"):
        forms.create_form(
            station, crew["off_a"], "interruption-report", {**fields, "reason": "snow"}
        )


def test_changzhi_report_counts_from_return(station: StationContext, crew: Crew) -> None:
    use_profile(station, crew["admin"], "changzhi-psb")
    fields = {
        "activity_start": "2026-11-20T08:00",
        "activity_end": "2026-11-20T09:00",
        "returned_at": "2026-11-25T18:00",
        "reason": "force-majeure",
    }
    view = forms.create_form(station, crew["off_a"], "interruption-report", fields)
    assert view.due_at == datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # 24 h after return [001 §17]


def test_inspection_opens_and_closes_a_rectification(
    station: StationContext, crew: Crew, clock: FixedClock
) -> None:
    fields = {
        "inspected_unit": "A1",
        "inspected_at": "2026-11-26T09:00",
        "finding": "两起警情未全程记录",
        "rectification_order": "补充工作记录，组织培训",
        "rectification_deadline": "2026-11-30T18:00",
    }
    form_id = forms.create_form(station, crew["sup"], "inspection", fields).id
    opened = forms.submit_form(station, crew["sup"], form_id)
    assert (opened.state, opened.unit_code, opened.chain) == ("approved", "A1", ())
    clock.advance(timedelta(days=5))
    assert form_queries.get_form(station, crew["sup"], form_id).overdue
    with pytest.raises(ValidationError, match="closure_note"):
        forms.close_form(station, crew["sup"], form_id)
    closed = forms.close_form(station, crew["sup"], form_id, {"closure_note": "已整改"})
    assert (closed.state, closed.overdue, closed.late) == ("done", False, True)
    with pytest.raises(ValidationError, match="is not under A"):
        forms.create_form(station, crew["sup_a"], "inspection", {**fields, "inspected_unit": "B"})


def test_retrieval_notice_goes_down_to_the_holding_unit(
    station: StationContext, crew: Crew
) -> None:
    fields = {"holding_unit": "A", "purpose": "监督检查", "valid_until": UNTIL}
    notice = forms.create_form(station, crew["super"], "retrieval-notice", fields, REC)
    assert (notice.unit_code, notice.fields["requesting_unit"]) == ("A", "ROOT")
    forms.submit_form(station, crew["super"], notice.id)
    with pytest.raises(PermissionDeniedError, match="not in unit A"):
        forms.approve_form(station, crew["head_b"], notice.id)
    assert forms.approve_form(station, crew["head_a"], notice.id).state == "approved"
    with pytest.raises(ValidationError, match="goes to a unit below"):
        forms.create_form(station, crew["super_a"], "retrieval-notice", {**fields}, REC)


def test_accountability_chooses_from_the_seed_list(station: StationContext, crew: Crew) -> None:
    fields = {
        "person": "off_a",
        "violation": "device-lent",
        "facts": "转借他人",
        "measure": "circulated-criticism",
    }
    with pytest.raises(ValidationError, match="not-recorded"):
        forms.create_form(station, crew["sup"], "accountability", fields)  # 000 has no 转借 item
    fields["violation"] = "leaked"
    form_id = forms.create_form(station, crew["sup"], "accountability", fields).id
    forms.submit_form(station, crew["sup"], form_id)
    assert forms.approve_form(station, crew["admin"], form_id).values["decided_by"] == "admin"


def test_reading_and_listing_follow_the_unit_tree(station: StationContext, crew: Crew) -> None:
    mine = _retrieval(station, crew)
    forms.submit_form(station, crew["off_a"], mine)
    with pytest.raises(PermissionDeniedError):
        form_queries.get_form(station, crew["off_a2"], mine)
    with pytest.raises(PermissionDeniedError):
        form_queries.get_form(station, crew["adm_b"], mine)
    assert form_queries.get_form(station, crew["clerk_a"], mine).id == mine
    assert [f.id for f in form_queries.list_forms(station, crew["head_a"], waiting=True)] == [mine]
    assert form_queries.list_forms(station, crew["admin"], waiting=True)[0].id == mine
    assert form_queries.list_forms(station, crew["head_b"], waiting=True) == []
    assert (
        form_queries.list_forms(station, crew["off_a"], mine=True, state="submitted")[0].id == mine
    )
    forms.approve_form(station, crew["head_a"], mine)
    assert [f.id for f in form_queries.list_forms(station, crew["adm_a"], waiting=True)] == [mine]


def test_every_profile_field_is_known_to_its_kind() -> None:
    for profile in builtin_profiles():
        for kind in KINDS.values():
            if kind.policy_form:
                demanded = set(profile.form_fields(kind.policy_form))
                assert demanded <= {f.key for f in kind.fields}, (profile.id, kind.id)


def test_closed_requests_feed_the_registers(station: StationContext, crew: Crew) -> None:
    viewing = forms.create_form(
        station, crew["off_a"], "viewing", {"reason": "研判", "valid_until": UNTIL}, REC[:1]
    ).id
    retrieval = _retrieval(station, crew)
    for form_id in (viewing, retrieval):
        forms.submit_form(station, crew["off_a"], form_id)
        forms.approve_form(station, crew["head_a"], form_id)
    assert list_register(station, crew["adm_a"], "viewing") == []
    forms.close_form(station, crew["adm_a"], viewing)
    forms.close_form(station, crew["adm_a"], retrieval)
    (row,) = list_register(station, crew["adm_a"], "viewing")
    assert (row.form_id, row.person_name, row.reason, row.approvers) == (
        viewing,
        "李伟",
        "研判",
        ("张所长",),
    )
    assert (row.items, row.registered_by_name) == (tuple(REC[:1]), "陈静")
    (copied,) = list_register(station, crew["clerk_a"], "copy")
    assert (copied.form_id, copied.kind, copied.reason) == (retrieval, "retrieval", "作为证据使用")
    assert list_register(station, crew["adm_b"], "copy") == []
    with pytest.raises(ValidationError, match="unknown register"):
        list_register(station, crew["adm_a"], "print")
