"""The forms and approvals engine: one state machine for every form (R5, R6, R10).

draft → submitted → approved / rejected → done; a draft or a submitted form may be
withdrawn. Content is frozen at submit: a correction is a new version that links to the old
one and supersedes it when it is itself submitted. Each step is signed (person, time, the
hash of the content signed) and written to the audit chain in the same transaction.

Who may act comes from three places: the permission table (coarse), the form kind (which
roles file and close it) and the approval chain the policy profile demands, approved in
order by people holding each role in the form's unit or a unit above it.
"""

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import as_utc, parse_local_time
from app.core.errors import PermissionDeniedError, ValidationError
from app.core.messages import Term
from app.core.roles import ROLE_NAMES_ZH, Role
from app.policy.profile import PolicyProfile
from app.policy.rules import interruption_report_deadline, required_approvals
from app.services.auth import Actor
from app.services.form_fields import field_terms, missing_fields, normalize_fields
from app.services.form_kinds import FormKind, get_kind
from app.services.form_records import (
    APPROVED,
    DONE,
    DRAFT,
    REJECTED,
    SUBMITTED,
    SUPERSEDED,
    TARGET_KINDS,
    WITHDRAWN,
    FormView,
    TargetRef,
    approval_counts,
    chain_roles,
    form_hash,
    load_views,
    step_signature,
    stored_form,
)
from app.services.form_targets import check_targets
from app.services.permissions import Action, refusals_audited, require
from app.services.profiles import active_profile
from app.services.station import StationContext
from app.services.unit_tree import UnitTree, management_scope
from app.store.forms import Form, FormStep, FormTarget
from app.store.models import Person

log = logging.getLogger(__name__)

_AT_CREATE = ("entry", "applicant", "applicant-unit")


def parse_target(text: str) -> TargetRef:
    """``recording:42`` → TargetRef; ValidationError naming the valid kinds otherwise."""
    kind, sep, ident = text.partition(":")
    if not sep or not ident.strip() or kind not in TARGET_KINDS:
        raise ValidationError("form.bad-target", target=text, kinds=list(TARGET_KINDS))
    return TargetRef(kind, ident.strip())


def create_form(
    context: StationContext,
    actor: Actor,
    kind_id: str,
    fields: Mapping[str, str],
    targets: Sequence[TargetRef] = (),
) -> FormView:
    """Start a draft; nothing is checked for completeness until it is submitted.

    Raises:
        ValidationError: unknown kind or field, a bad value, a unit outside the applicant's.
        PermissionDeniedError: the actor's role does not file this kind.
    """
    require(context, actor, Action.FILE_FORMS)
    kind = get_kind(kind_id)
    if actor.role not in kind.applicants:
        raise PermissionDeniedError(
            "form.may-not-file",
            login=actor.login,
            role=actor.role,
            kind=kind.term,
            allowed=list(kind.applicants),
        )
    profile = active_profile(context)
    now = context.clock()
    with context.store.write() as session:
        values = normalize_fields(session, kind, profile, fields, allowed=_AT_CREATE)
        values = _with_defaults(kind, actor, values)
        check_targets(session, targets)
        form = _new_draft(session, kind, profile, actor, now, values, _unique(targets))
        _audit(context, session, actor, "form.create", form, {"kind": kind.id, "fields": values})
        return _view(session, form, now)


def edit_draft(
    context: StationContext,
    actor: Actor,
    form_id: int,
    fields: Mapping[str, str],
    targets: Sequence[TargetRef] | None = None,
) -> FormView:
    """Change a draft's fields (an empty value clears one) or replace its targets."""
    profile = active_profile(context)
    now = context.clock()
    audited = refusals_audited(context, actor, Action.FILE_FORMS, target=("form", form_id))
    with audited, context.store.write() as session:
        form = stored_form(session, form_id, for_update=True)
        kind = get_kind(form.kind)
        _require_applicant(form, actor, "edit")
        if form.state != DRAFT:
            raise ValidationError("form.frozen", form_id=form.id, state=form.state)
        changes = normalize_fields(session, kind, profile, fields, allowed=_AT_CREATE)
        cleared = {key for key, value in fields.items() if not value.strip()}
        values = {
            k: v for k, v in {**json.loads(form.fields), **changes}.items() if k not in cleared
        }
        new_targets = _unique(targets) if targets is not None else _targets(session, form)
        check_targets(session, new_targets)
        _set_content(session, kind, profile, form, actor, values, new_targets)
        if targets is not None:
            session.query(FormTarget).filter(FormTarget.form_id == form.id).delete()
            _store_targets(session, form, new_targets)
        _audit(context, session, actor, "form.edit", form, {"fields": changes})
        return _view(session, form, now)


def submit_form(context: StationContext, actor: Actor, form_id: int) -> FormView:
    """Sign and submit a draft; its content is frozen from here on.

    Raises:
        ValidationError: a required field is empty (named), no target where one is needed,
            or the validity ends before it starts.
    """
    profile = active_profile(context)
    now = context.clock()
    audited = refusals_audited(context, actor, Action.FILE_FORMS, target=("form", form_id))
    with audited, context.store.write() as session:
        form = stored_form(session, form_id, for_update=True)
        kind = get_kind(form.kind)
        _require_applicant(form, actor, "submit")
        _require_state(form, (DRAFT,), "submitted")
        _check_complete(session, kind, profile, form)
        form.chain = ",".join(_chain(kind, profile))
        form.profile_id = profile.id
        form.submitted_at, form.state = now, SUBMITTED
        _sign(context, session, actor, form, "submit", "", {})
        if not form.chain:
            form.state, form.decided_at = APPROVED, now
        _supersede_previous(session, form)
        _audit(context, session, actor, "form.submit", form, {"chain": form.chain})
        return _view(session, form, now)


def approve_form(
    context: StationContext, actor: Actor, form_id: int, comment: str = ""
) -> FormView:
    """Sign the next approval of the chain; the last one approves the form.

    Raises:
        PermissionDeniedError: not the role the chain waits for, the applicant themself,
            outside the form's unit line, or not the person the form names.
    """
    require(context, actor, Action.APPROVE_FORMS, target=("form", form_id))
    now = context.clock()
    audited = refusals_audited(context, actor, Action.APPROVE_FORMS, target=("form", form_id))
    with audited, context.store.write() as session:
        form = stored_form(session, form_id, for_update=True)
        step_no, chain = _check_approver(session, form, actor)
        _sign(context, session, actor, form, "approve", comment.strip(), {})
        if step_no == len(chain):
            form.state, form.decided_at = APPROVED, now
        details = {"role": actor.role.value, "step": step_no, "of": len(chain), "comment": comment}
        _audit(context, session, actor, "form.approve", form, details)
        return _view(session, form, now)


def reject_form(context: StationContext, actor: Actor, form_id: int, comment: str) -> FormView:
    """Refuse the form at the current step of its chain; a reason is required."""
    require(context, actor, Action.APPROVE_FORMS, target=("form", form_id))
    if not comment.strip():
        raise ValidationError("form.rejection-needs-reason")
    now = context.clock()
    audited = refusals_audited(context, actor, Action.APPROVE_FORMS, target=("form", form_id))
    with audited, context.store.write() as session:
        form = stored_form(session, form_id, for_update=True)
        _check_approver(session, form, actor)
        _sign(context, session, actor, form, "reject", comment.strip(), {})
        form.state, form.decided_at = REJECTED, now
        _audit(context, session, actor, "form.reject", form, {"comment": comment.strip()})
        return _view(session, form, now)


def withdraw_form(context: StationContext, actor: Actor, form_id: int) -> FormView:
    """The applicant takes back a draft or a form still waiting for approval."""
    now = context.clock()
    audited = refusals_audited(context, actor, Action.FILE_FORMS, target=("form", form_id))
    with audited, context.store.write() as session:
        form = stored_form(session, form_id, for_update=True)
        _require_applicant(form, actor, "withdraw")
        _require_state(form, (DRAFT, SUBMITTED), "withdrawn")
        _sign(context, session, actor, form, "withdraw", "", {})
        form.state, form.closed_at = WITHDRAWN, now
        _audit(context, session, actor, "form.withdraw", form, {})
        return _view(session, form, now)


def close_form(
    context: StationContext, actor: Actor, form_id: int, fields: Mapping[str, str] | None = None
) -> FormView:
    """Mark an approved form done: the copy provided, the viewing held, the fault checked.

    ``fields`` are the closing fields of the kind (a check result, a closure note).
    """
    require(context, actor, Action.CLOSE_FORMS, target=("form", form_id))
    profile = active_profile(context)
    now = context.clock()
    audited = refusals_audited(context, actor, Action.CLOSE_FORMS, target=("form", form_id))
    with audited, context.store.write() as session:
        form = stored_form(session, form_id, for_update=True)
        kind = get_kind(form.kind)
        if not kind.has_closing:
            raise ValidationError("form.no-closing-step", kind=kind.term)
        _require_state(form, (APPROVED,), "done")
        _require_closer(actor, kind)
        _require_line(session, form, actor)
        entries = normalize_fields(session, kind, profile, fields or {}, allowed=("closing",))
        lacking = [
            f.key
            for f in kind.fields
            if f.filled_by == "closing" and f.required and f.key not in entries
        ]
        if lacking:
            raise ValidationError(
                "form.closing-lacks-fields", form_id=form.id, fields=field_terms(kind, lacking)
            )
        _sign(context, session, actor, form, "done", "", entries)
        form.state, form.closed_at = DONE, now
        _audit(context, session, actor, "form.done", form, {"fields": entries})
        return _view(session, form, now)


def correct_form(
    context: StationContext,
    actor: Actor,
    form_id: int,
    fields: Mapping[str, str],
    targets: Sequence[TargetRef] | None = None,
) -> FormView:
    """Start a new version of a submitted form, with ``fields`` changed; the old one stays
    as it was signed and is superseded once the correction is submitted."""
    profile = active_profile(context)
    now = context.clock()
    audited = refusals_audited(context, actor, Action.FILE_FORMS, target=("form", form_id))
    with audited, context.store.write() as session:
        old = stored_form(session, form_id, for_update=True)
        kind = get_kind(old.kind)
        _require_applicant(old, actor, "correct")
        _require_state(old, (SUBMITTED, APPROVED, REJECTED, DONE), "corrected")
        if session.scalar(select(Form.id).where(Form.previous_id == old.id)) is not None:
            raise ValidationError("form.already-corrected", form_id=old.id)
        changes = normalize_fields(session, kind, profile, fields, allowed=_AT_CREATE)
        values = {k: v for k, v in {**json.loads(old.fields), **changes}.items() if v}
        new_targets = _unique(targets) if targets is not None else _targets(session, old)
        check_targets(session, new_targets)
        unit_id = None if kind.unit_field in changes else old.unit_id
        form = _new_draft(
            session, kind, profile, actor, now, values, new_targets, previous=old, unit_id=unit_id
        )
        _audit(
            context, session, actor, "form.correct", form, {"corrects": old.id, "fields": changes}
        )
        return _view(session, form, now)


# -- helpers ------------------------------------------------------------------------------


def _chain(kind: FormKind, profile: PolicyProfile) -> tuple[str, ...]:
    roles = required_approvals(profile, kind.request_kind) if kind.request_kind else kind.chain
    return tuple(role.value for role in roles)


def _new_draft(
    session: Session,
    kind: FormKind,
    profile: PolicyProfile,
    actor: Actor,
    now: datetime,
    values: dict[str, str],
    targets: list[TargetRef],
    *,
    previous: Form | None = None,
    unit_id: int | None = None,
) -> Form:
    """A new draft, stored with its content and targets: version 1, or the next of ``previous``."""
    form = Form(
        kind=kind.id,
        version=previous.version + 1 if previous else 1,
        previous_id=previous.id if previous else None,
        state=DRAFT,
        applicant_id=previous.applicant_id if previous else actor.person_id,
        profile_id=profile.id,
        chain=",".join(_chain(kind, profile)),
        fields="{}",
        content_hash="",
        created_at=now,
    )
    _set_content(session, kind, profile, form, actor, values, targets, unit_id=unit_id)
    session.add(form)
    session.flush()
    _store_targets(session, form, targets)
    return form


def _with_defaults(kind: FormKind, actor: Actor, values: dict[str, str]) -> dict[str, str]:
    for spec in kind.fields:
        if spec.filled_by == "applicant":
            values.setdefault(spec.key, actor.login)
        elif spec.filled_by == "applicant-unit":
            values.setdefault(spec.key, actor.unit_code)
    return values


def _set_content(
    session: Session,
    kind: FormKind,
    profile: PolicyProfile,
    form: Form,
    actor: Actor,
    values: dict[str, str],
    targets: list[TargetRef],
    *,
    unit_id: int | None = None,
) -> None:
    """Fields, unit, deadline, validity and content hash of a draft, all from ``values``."""
    form.unit_id = unit_id if unit_id is not None else _form_unit(session, kind, actor, values)
    form.fields = json.dumps(values, ensure_ascii=False, sort_keys=True)
    form.due_at = _due_at(kind, profile, values)
    form.valid_from = _time(values.get("valid_from"))
    form.valid_until = _time(values.get("valid_until"))
    form.content_hash = form_hash(form, targets)


def _form_unit(session: Session, kind: FormKind, actor: Actor, values: dict[str, str]) -> int:
    if kind.unit_field is None or kind.unit_field not in values:
        return actor.unit_id
    tree = UnitTree.load(session)
    unit_id = tree.id_of(values[kind.unit_field])
    if unit_id is None or not tree.is_within(unit_id, actor.unit_id):
        raise ValidationError(
            "form.unit-not-under",
            field=_field_term(kind, kind.unit_field),
            unit=values[kind.unit_field],
            own=actor.unit_code,
        )
    if kind.unit_must_be_below and unit_id == actor.unit_id:
        raise ValidationError(
            "form.unit-must-be-below",
            field=_field_term(kind, kind.unit_field),
            kind=kind.term,
            own=actor.unit_code,
        )
    return unit_id


def _field_term(kind: FormKind, key: str) -> Term:
    spec = kind.spec(key)
    return spec.term if spec else Term(key, key)


def _due_at(kind: FormKind, profile: PolicyProfile, values: dict[str, str]) -> datetime | None:
    base = _time(values.get(kind.deadline_field or ""))
    if base is None:
        return None
    if kind.request_kind == "interruption-report":
        return interruption_report_deadline(
            profile, base, returned_at=_time(values.get("returned_at"))
        )
    return base


def _time(text: str | None) -> datetime | None:
    return parse_local_time(text, "time") if text else None


def _check_complete(session: Session, kind: FormKind, profile: PolicyProfile, form: Form) -> None:
    fields = json.loads(form.fields)
    missing = missing_fields(kind, profile, fields)
    if missing:
        raise ValidationError(
            "form.lacks-fields", form_id=form.id, kind=kind.term, fields=field_terms(kind, missing)
        )
    targets = _targets(session, form)
    if kind.needs_targets and not targets:
        raise ValidationError("form.needs-targets", form_id=form.id, kind=kind.term)
    check_targets(session, targets)  # again: a recording may have gone since the draft
    if form.valid_from and form.valid_until and as_utc(form.valid_until) <= as_utc(form.valid_from):
        raise ValidationError("form.validity-reversed", form_id=form.id)
    if kind.request_kind == "interruption-report":
        start, end = _time(fields["activity_start"]), _time(fields["activity_end"])
        if start and end and end < start:
            raise ValidationError("form.activity-reversed", form_id=form.id)


def _check_approver(session: Session, form: Form, actor: Actor) -> tuple[int, tuple[str, ...]]:
    """The step number the actor may sign now, and the chain; or the reason they may not."""
    _require_state(form, (SUBMITTED,), "approved or rejected")
    _verify_content(session, form)
    if form.applicant_id == actor.person_id:
        raise PermissionDeniedError("form.own-form", login=actor.login, form_id=form.id)
    # An account opened by the applicant is the applicant's instrument (issue #17).
    if session.get_one(Person, actor.person_id).created_by == form.applicant_id:
        raise PermissionDeniedError("form.account-of-applicant", login=actor.login, form_id=form.id)
    chain = chain_roles(form)
    done = approval_counts(session, [form.id]).get(form.id, 0)
    expected = Role(chain[done])
    if actor.role is not expected:
        raise PermissionDeniedError(
            "form.waits-for-role",
            form_id=form.id,
            role=Term(f"{expected.value} ({ROLE_NAMES_ZH[expected]})", ROLE_NAMES_ZH[expected]),
            step=done + 1,
            chain=list(chain),
            login=actor.login,
            own=actor.role,
        )
    _require_line(session, form, actor)
    kind = get_kind(form.kind)
    named = json.loads(form.fields).get(kind.approver_field or "")
    if kind.approver_field and named != actor.login:
        raise PermissionDeniedError(
            "form.signed-by-other", form_id=form.id, named=named or "", login=actor.login
        )
    return done + 1, chain


def _require_line(session: Session, form: Form, actor: Actor) -> None:
    tree = UnitTree.load(session)
    if form.unit_id not in management_scope(tree, actor):
        unit = tree.codes.get(form.unit_id, "?")
        raise PermissionDeniedError(
            "form.outside-line", login=actor.login, unit=actor.unit_code, target=unit
        )


def _require_applicant(form: Form, actor: Actor, what: str) -> None:
    if form.applicant_id != actor.person_id:
        raise PermissionDeniedError("form.applicant-only", action=what, form_id=form.id)


def _require_closer(actor: Actor, kind: FormKind) -> None:
    if actor.role not in kind.closers:
        raise PermissionDeniedError(
            "form.may-not-close",
            login=actor.login,
            role=actor.role,
            kind=kind.term,
            allowed=list(kind.closers),
        )


def _require_state(form: Form, states: tuple[str, ...], becoming: str) -> None:
    if form.state not in states:
        raise ValidationError(
            "form.wrong-state",
            form_id=form.id,
            state=form.state,
            states=list(states),
            action=becoming,
        )


def _verify_content(session: Session, form: Form) -> None:
    """Refuse to sign a form whose stored content no longer matches what was submitted."""
    if form_hash(form, _targets(session, form)) != form.content_hash:
        log.error("form %s content hash mismatch", form.id)
        raise ValidationError("form.changed-after-signing", form_id=form.id)


def _sign(
    context: StationContext,
    session: Session,
    actor: Actor,
    form: Form,
    step: str,
    comment: str,
    entries: dict[str, str],
) -> None:
    seq = len(session.scalars(select(FormStep.id).where(FormStep.form_id == form.id)).all()) + 1
    at = context.clock()
    entries_text = json.dumps(entries, ensure_ascii=False, sort_keys=True)
    signature = step_signature(
        form_id=form.id, seq=seq, step=step, login=actor.login, role=actor.role.value, at=at,
        comment=comment, entries=entries_text, content=form.content_hash,
    )  # fmt: skip
    session.add(
        FormStep(
            form_id=form.id,
            seq=seq,
            step=step,
            person_id=actor.person_id,
            role=actor.role.value,
            at=at,
            comment=comment,
            entries=entries_text,
            content_hash=form.content_hash,
            signature=signature,
        )
    )
    session.flush()


def _supersede_previous(session: Session, form: Form) -> None:
    if form.previous_id is None:
        return
    old = session.get_one(Form, form.previous_id)
    if old.state not in (WITHDRAWN, SUPERSEDED):
        old.state = SUPERSEDED


def _targets(session: Session, form: Form) -> list[TargetRef]:
    rows = session.execute(
        select(FormTarget.target_kind, FormTarget.target_id)
        .where(FormTarget.form_id == form.id)
        .order_by(FormTarget.id)
    )
    return [TargetRef(kind, ident) for kind, ident in rows]


def _unique(targets: Sequence[TargetRef]) -> list[TargetRef]:
    return list(dict.fromkeys(targets))


def _store_targets(session: Session, form: Form, targets: list[TargetRef]) -> None:
    for target in targets:
        session.add(FormTarget(form_id=form.id, target_kind=target.kind, target_id=target.id))
    session.flush()


def _audit(
    context: StationContext,
    session: Session,
    actor: Actor,
    action: str,
    form: Form,
    details: Mapping[str, object],
) -> None:
    context.audit.record(
        session,
        actor=actor.login,
        action=action,
        target_kind="form",
        target_id=form.id,
        details={"kind": form.kind, "version": form.version, "state": form.state, **details},
    )


def _view(session: Session, form: Form, now: datetime) -> FormView:
    session.flush()
    return load_views(session, [form], now)[0]
