"""Forms as the GUI, the CLI and the printed registers read them: plain frozen dataclasses.

Also the signing rules: a form's content hash covers what the applicant wrote and what it
names; a step's signature covers the person, the time, the step and that content hash, so
a changed form or a moved signature no longer verifies.
"""

import hashlib
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.core.errors import NotFoundError
from app.services.form_kinds import KINDS, FormKind
from app.store.forms import Form, FormStep, FormTarget
from app.store.models import Person, Unit

DRAFT, SUBMITTED, APPROVED, REJECTED = "draft", "submitted", "approved", "rejected"
DONE, WITHDRAWN, SUPERSEDED = "done", "withdrawn", "superseded"
STATES = (DRAFT, SUBMITTED, APPROVED, REJECTED, DONE, WITHDRAWN, SUPERSEDED)

STATE_NAMES_ZH = {
    DRAFT: "草稿",
    SUBMITTED: "待审批",
    APPROVED: "已批准",
    REJECTED: "不予批准",
    DONE: "已办结",
    WITHDRAWN: "已撤回",
    SUPERSEDED: "已更正",
}

#: What a form may name; recordings and devices belong to the import feature's tables.
TARGET_KINDS = ("recording", "device", "person", "unit", "form", "case")


@dataclass(frozen=True)
class TargetRef:
    """Something a form names, e.g. ``recording:42``."""

    kind: str
    id: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class StepView:
    """One signed step: submit, approve, reject, withdraw, done."""

    seq: int
    step: str
    login: str
    name: str
    role: str
    at: datetime
    comment: str
    entries: dict[str, str]
    content_hash: str
    signature: str


@dataclass(frozen=True)
class FormView:
    """One version of a form with everything a printed form or a dialog shows.

    ``fields`` holds what people entered; ``values`` adds what the engine fills from the
    signed steps (approver, provided_at, signatures), keyed like the kind's fields.
    """

    id: int
    kind: str
    kind_label: str
    version: int
    previous_id: int | None
    next_id: int | None
    state: str
    unit_code: str
    unit_name: str
    applicant: str
    applicant_name: str
    profile_id: str
    chain: tuple[str, ...]
    fields: dict[str, str]
    values: dict[str, str]
    targets: tuple[TargetRef, ...]
    steps: tuple[StepView, ...]
    created_at: datetime
    submitted_at: datetime | None
    decided_at: datetime | None
    closed_at: datetime | None
    due_at: datetime | None
    valid_from: datetime | None
    valid_until: datetime | None
    content_hash: str
    overdue: bool
    late: bool

    @property
    def approvals(self) -> tuple[StepView, ...]:
        return tuple(s for s in self.steps if s.step == "approve")

    @property
    def next_role(self) -> str | None:
        """The role whose approval the form waits for, or None."""
        if self.state != SUBMITTED:
            return None
        done = len(self.approvals)
        return self.chain[done] if done < len(self.chain) else None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "kind_label": self.kind_label,
            "version": self.version,
            "previous_id": self.previous_id,
            "next_id": self.next_id,
            "state": self.state,
            "state_label": STATE_NAMES_ZH[self.state],
            "unit": self.unit_code,
            "unit_name": self.unit_name,
            "applicant": self.applicant,
            "applicant_name": self.applicant_name,
            "profile": self.profile_id,
            "chain": list(self.chain),
            "next_role": self.next_role,
            "fields": self.fields,
            "values": self.values,
            "targets": [str(t) for t in self.targets],
            "created_at": _iso(self.created_at),
            "submitted_at": _iso(self.submitted_at),
            "decided_at": _iso(self.decided_at),
            "closed_at": _iso(self.closed_at),
            "due_at": _iso(self.due_at),
            "valid_from": _iso(self.valid_from),
            "valid_until": _iso(self.valid_until),
            "overdue": self.overdue,
            "late": self.late,
            "content_hash": self.content_hash,
            "steps": [_step_json(s) for s in self.steps],
        }


@dataclass(frozen=True)
class RegisterRow:
    """One line of the viewing or copy register [001 §32] [004 §16]: a closed request.

    ``person`` viewed or received the copy (a login; for a party's request or a release
    to the media, the name written on the form, and ``person_name`` repeats it).
    """

    form_id: int
    kind: str
    at: datetime
    person: str
    person_name: str
    unit_name: str
    items: tuple[TargetRef, ...]
    reason: str
    approvers: tuple[str, ...]
    approved_at: datetime | None
    registered_by: str
    registered_by_name: str


def content_hash(
    *,
    kind: str,
    version: int,
    previous_id: int | None,
    unit_id: int,
    applicant_id: int,
    fields: Mapping[str, str],
    targets: Sequence[TargetRef],
) -> str:
    """SHA-256 of the canonical content: what a signature vouches for."""
    document = {
        "kind": kind,
        "version": version,
        "previous_id": previous_id,
        "unit_id": unit_id,
        "applicant_id": applicant_id,
        "fields": dict(sorted(fields.items())),
        "targets": sorted(str(t) for t in targets),
    }
    return _sha256(document)


def step_signature(
    *, form_id: int, seq: int, step: str, login: str, role: str, at: datetime, comment: str,
    entries: str, content: str,
) -> str:  # fmt: skip
    """SHA-256 binding one person's step to one content at one time."""
    return _sha256(
        {
            "form_id": form_id,
            "seq": seq,
            "step": step,
            "login": login,
            "role": role,
            "at": as_utc(at).isoformat(),
            "comment": comment,
            "entries": entries,
            "content": content,
        }
    )


def form_hash(form: Form, targets: Sequence[TargetRef]) -> str:
    """The content hash a stored form should carry."""
    return content_hash(
        kind=form.kind,
        version=form.version,
        previous_id=form.previous_id,
        unit_id=form.unit_id,
        applicant_id=form.applicant_id,
        fields=json.loads(form.fields),
        targets=targets,
    )


def stored_form(session: Session, form_id: int, *, for_update: bool = False) -> Form:
    """The stored form ``form_id``, or NotFoundError.

    Write paths pass ``for_update``: on PostgreSQL two approvals of one form would otherwise
    both count the same signed steps and the second insert hit ``uq_form_steps_form_id_seq``
    (issue #17). Locked, the second waits, then sees the form as the first left it and is
    refused by the ordinary state and chain checks. SQLite writers are serialised already.
    """
    form = session.get(Form, form_id, with_for_update=for_update)
    if form is None:
        raise NotFoundError("form.not-found", form_id=form_id)
    return form


def chain_roles(form: Form) -> tuple[str, ...]:
    """The roles whose approvals the form needs, in the order they sign."""
    return tuple(r for r in form.chain.split(",") if r)


def approval_counts(session: Session, form_ids: Collection[int]) -> dict[int, int]:
    """How many approvals each form is signed with, in one query; forms with none left out."""
    if not form_ids:
        return {}
    query = (
        select(FormStep.form_id, func.count())
        .where(FormStep.form_id.in_(form_ids), FormStep.step == "approve")
        .group_by(FormStep.form_id)
    )
    return {form_id: count for form_id, count in session.execute(query)}


def load_views(session: Session, forms: Sequence[Form], now: datetime) -> list[FormView]:
    """Views of ``forms`` with their targets, steps, people and units, in four queries."""
    ids = [form.id for form in forms]
    targets: dict[int, list[TargetRef]] = {i: [] for i in ids}
    for row in session.scalars(
        select(FormTarget).where(FormTarget.form_id.in_(ids)).order_by(FormTarget.id)
    ):
        targets[row.form_id].append(TargetRef(row.target_kind, row.target_id))
    steps: dict[int, list[FormStep]] = {i: [] for i in ids}
    for step in session.scalars(
        select(FormStep).where(FormStep.form_id.in_(ids)).order_by(FormStep.seq)
    ):
        steps[step.form_id].append(step)
    successors = {
        previous: newer
        for previous, newer in session.execute(
            select(Form.previous_id, Form.id).where(Form.previous_id.in_(ids))
        )
    }
    person_ids = {f.applicant_id for f in forms} | {s.person_id for v in steps.values() for s in v}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))}
    units = {
        u.id: u
        for u in session.scalars(select(Unit).where(Unit.id.in_({f.unit_id for f in forms})))
    }
    return [
        _view(form, targets[form.id], steps[form.id], successors.get(form.id), people, units, now)
        for form in forms
    ]


def _view(
    form: Form,
    targets: list[TargetRef],
    steps: list[FormStep],
    next_id: int | None,
    people: dict[int, Person],
    units: dict[int, Unit],
    now: datetime,
) -> FormView:
    kind = KINDS[form.kind]
    step_views = tuple(_step_view(step, people[step.person_id]) for step in steps)
    fields = json.loads(form.fields)
    applicant, unit = people[form.applicant_id], units[form.unit_id]
    overdue, late = _lateness(kind, form, now)
    return FormView(
        id=form.id,
        kind=form.kind,
        kind_label=kind.label_zh,
        version=form.version,
        previous_id=form.previous_id,
        next_id=next_id,
        state=form.state,
        unit_code=unit.code,
        unit_name=unit.name,
        applicant=applicant.login,
        applicant_name=applicant.name,
        profile_id=form.profile_id,
        chain=chain_roles(form),
        fields=fields,
        values=_values(kind, fields, step_views),
        targets=tuple(targets),
        steps=step_views,
        created_at=as_utc(form.created_at),
        submitted_at=_utc(form.submitted_at),
        decided_at=_utc(form.decided_at),
        closed_at=_utc(form.closed_at),
        due_at=_utc(form.due_at),
        valid_from=_utc(form.valid_from),
        valid_until=_utc(form.valid_until),
        content_hash=form.content_hash,
        overdue=overdue,
        late=late,
    )


def _lateness(kind: FormKind, form: Form, now: datetime) -> tuple[bool, bool]:
    """(overdue now, met its deadline late): a missed deadline shows until the step is done."""
    if form.due_at is None or form.state in (WITHDRAWN, SUPERSEDED):
        return False, False
    due = as_utc(form.due_at)
    met_at = form.submitted_at if kind.due_step == "submit" else form.closed_at
    if met_at is None:
        return now > due, False
    return False, as_utc(met_at) > due


def _values(kind: FormKind, fields: dict[str, str], steps: tuple[StepView, ...]) -> dict[str, str]:
    values = dict(fields)
    for step in steps:
        values.update(step.entries)
    wanted = {"submit": "submit", "approve": "approval", "done": "done"}
    latest = {wanted[s.step]: s for s in steps if s.step in wanted}
    for spec in kind.fields:
        source, _, what = spec.filled_by.partition(".")
        step = latest.get(source)
        if what and step is not None:
            values[spec.key] = {
                "login": step.login,
                "at": step.at.isoformat(),
                "signature": f"{step.name}（{step.login}）{step.signature[:16]}",
            }[what]
    return values


def _step_view(step: FormStep, person: Person) -> StepView:
    return StepView(
        seq=step.seq,
        step=step.step,
        login=person.login,
        name=person.name,
        role=step.role,
        at=as_utc(step.at),
        comment=step.comment,
        entries=json.loads(step.entries),
        content_hash=step.content_hash,
        signature=step.signature,
    )


def _step_json(step: StepView) -> dict[str, object]:
    return {
        "seq": step.seq,
        "step": step.step,
        "login": step.login,
        "name": step.name,
        "role": step.role,
        "at": step.at.isoformat(),
        "comment": step.comment,
        "entries": step.entries,
        "content_hash": step.content_hash,
        "signature": step.signature,
    }


def _sha256(document: object) -> str:
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else as_utc(moment)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()
