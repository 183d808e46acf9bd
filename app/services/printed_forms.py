"""The forms of the approvals engine as they print (R12): one FormView → one paper form.

Each printed form is read with ``form_queries.get_form`` (so whoever may not read the form
may not print it) and must be of the kind the paper is for. The recordings a form names are
listed with their file name, time, officer, device, duration and SHA-256, so the paper
identifies exactly the footage that was approved.
"""

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import STATION_TZ, as_utc
from app.core.errors import ValidationError
from app.core.messages import Term
from app.reports.formats import when
from app.reports.rows import (
    CopyRow,
    Decision,
    InspectionReport,
    InterruptionReport,
    RecordingItem,
    RetrievalApproval,
    RetrievalNotice,
    ViewingRow,
)
from app.services.auth import Actor
from app.services.form_kinds import KINDS
from app.services.form_queries import get_form
from app.services.form_records import FormView, RegisterRow, StepView, TargetRef
from app.services.form_registers import list_register
from app.services.profiles import active_profile
from app.services.station import StationContext
from app.store.devices import Device
from app.store.models import Person, Unit
from app.store.recordings import Recording, VaultObject


def form_number(form: FormView, code: str) -> str:
    """编号 of a printed form: the kind's letters and the form's id (and its version)."""
    version = f"-{form.version}" if form.version > 1 else ""
    return f"{code}-{form.id:06d}{version}"


def retrieval_approval(
    context: StationContext, actor: Actor, form_id: int, code: str
) -> RetrievalApproval:
    """《执法记录调取审批表》 [000 §10(1)] from a ``retrieval`` form."""
    form = _form_of(context, actor, form_id, "retrieval")
    done = _last(form, "done")
    return RetrievalApproval(
        number=form_number(form, code),
        case_name=form.values.get("case_name", ""),
        case_number=form.values.get("case_no", ""),
        applicant_name=form.applicant_name,
        applicant_unit=form.unit_name,
        requested_at=form.submitted_at or form.created_at,
        purpose=form.values.get("purpose", ""),
        items=_items(context, form.targets),
        head=_decision(form),
        provided_by=done.name if done else "",
        provided_at=done.at if done else None,
        provided_how=form.values.get("provision_note", ""),
        remarks=_validity(form),
    )


def retrieval_notice(
    context: StationContext, actor: Actor, form_id: int, code: str
) -> RetrievalNotice:
    """《执法记录调取通知单》 [000 §10(2)] from a ``retrieval-notice`` form."""
    form = _form_of(context, actor, form_id, "retrieval-notice")
    done = _last(form, "done")
    units = unit_names(context)
    requesting = form.values.get("requesting_unit", "")
    holding = form.values.get("holding_unit", form.unit_code)
    return RetrievalNotice(
        number=form_number(form, code),
        issuing_unit=units.get(requesting, requesting),
        holding_unit=units.get(holding, holding),
        requester_name=form.applicant_name,
        requester_contact=form.values.get("contact", ""),
        issued_at=form.submitted_at or form.created_at,
        purpose=form.values.get("purpose", ""),
        items=_items(context, form.targets),
        head=_decision(form),
        provided_by=done.name if done else "",
        provided_at=done.at if done else None,
        remarks=_validity(form),
    )


def interruption_report(
    context: StationContext, actor: Actor, form_id: int, code: str
) -> InterruptionReport:
    """中断（未记录）工作记录 [000 §7] [002 §9] [004 §11] from an ``interruption-report``."""
    form = _form_of(context, actor, form_id, "interruption-report")
    reasons = {r.id: r.label_zh for r in active_profile(context).interruption.reasons}
    reason = form.values.get("reason", "")
    done = _last(form, "done")
    return InterruptionReport(
        number=form_number(form, code),
        # a report naming the recordings around the gap is about an interruption
        kind="中断记录" if form.targets else "未进行记录",
        officer_name=form.applicant_name,
        unit_name=form.unit_name,
        activity=form.values.get("activity", ""),
        location=form.values.get("location", ""),
        activity_started_at=_time(form.values.get("activity_start")),
        interrupted_at=_time(form.values.get("interrupted_at")),
        resumed_at=_time(form.values.get("resumed_at")),
        reason=reasons.get(reason, reason),
        legal_basis=form.values.get("legal_basis", ""),
        details=form.values.get("description", ""),
        filed_at=form.submitted_at or form.created_at,
        deadline_at=form.due_at,
        reviewer=_decision(form),
        keeper_name=done.name if done else "",
        activity_ended_at=_time(form.values.get("activity_end")),
        returned_at=_time(form.values.get("returned_at")),
    )


def inspection_report(
    context: StationContext, actor: Actor, form_id: int, code: str
) -> InspectionReport:
    """执法全过程记录工作监督检查记录 [000 §4] from an ``inspection`` form."""
    form = _form_of(context, actor, form_id, "inspection")
    units = unit_names(context)
    inspected = form.values.get("inspected_unit", form.unit_code)
    findings = [line.strip() for line in form.values.get("finding", "").splitlines()]
    deadline = _time(form.values.get("rectification_deadline"))
    return InspectionReport(
        number=form_number(form, code),
        inspected_unit=units.get(inspected, inspected),
        inspectors=form.applicant_name,
        inspected_at=_time(form.values.get("inspected_at")) or form.created_at,
        scope=form.values.get("scope", ""),
        findings=[line for line in findings if line],
        rectification=form.values.get("rectification_order", ""),
        rectify_by=_local_day(deadline),
        closed_at=form.closed_at,
        closure=form.values.get("closure_note", ""),
    )


def viewing_rows(
    context: StationContext, actor: Actor, since: datetime | None, until: datetime | None
) -> list[ViewingRow]:
    """The viewing register [001 §32] [004 §16]: closed viewing requests in the period."""
    lines = list_register(context, actor, "viewing", since=since, until=until)
    names = _item_names(context, lines)
    return [
        ViewingRow(
            viewed_at=line.at,
            viewer_name=line.person_name,
            viewer_unit=line.unit_name,
            items=names[line.form_id],
            reason=line.reason,
            approver_name="、".join(line.approvers),
            approved_at=line.approved_at,
            remarks=f"{KINDS[line.kind].label_zh} 第 {line.form_id} 号；登记人 "
            f"{line.registered_by_name}",
        )
        for line in lines
    ]


def copy_rows(
    context: StationContext, actor: Actor, since: datetime | None, until: datetime | None
) -> list[CopyRow]:
    """The copy register [001 §32]: closed copy, retrieval and release requests in the period."""
    lines = list_register(context, actor, "copy", since=since, until=until)
    names = _item_names(context, lines)
    return [
        CopyRow(
            copied_at=line.at,
            copier_name=line.registered_by_name,
            items=names[line.form_id],
            reason=line.reason,
            approver_name="、".join(line.approvers),
            medium="",
            copies=None,
            recipient=line.person_name,
            remarks=f"{KINDS[line.kind].label_zh} 第 {line.form_id} 号",
        )
        for line in lines
    ]


def recording_items(session: Session, ids: list[int]) -> list[RecordingItem]:
    """The recordings ``ids`` as a form lists them, in the order given; unknown ids skipped."""
    query = (
        select(Recording, Person.name, Device.asset_no, VaultObject.sha256)
        .join(Person, Person.id == Recording.officer_id)
        .join(VaultObject, VaultObject.id == Recording.vault_object_id)
        .outerjoin(Device, Device.id == Recording.device_id)
        .where(Recording.id.in_(ids))
    )
    found = {
        r.id: RecordingItem(
            r.file_name, as_utc(r.started_at), name, asset or "", r.duration_s, sha
        )  # fmt: skip
        for r, name, asset, sha in session.execute(query)
    }
    return [found[i] for i in ids if i in found]


def _form_of(context: StationContext, actor: Actor, form_id: str | int, kind: str) -> FormView:
    if not str(form_id).isdigit():
        raise ValidationError("form.not-an-id", text=str(form_id))
    form = get_form(context, actor, int(form_id))
    if form.kind != kind:
        raise ValidationError(
            "form.wrong-kind",
            form_id=form.id,
            kind=Term(f"{form.kind_label} ({form.kind})", form.kind_label),
            wanted=Term(KINDS[kind].label_zh, KINDS[kind].label_zh),
        )
    return form


def _recording_id(target: TargetRef) -> int | None:
    """The recording a target names, if it names one by its number."""
    return int(target.id) if target.kind == "recording" and target.id.isdigit() else None


def _items(context: StationContext, targets: tuple[TargetRef, ...]) -> list[RecordingItem]:
    ids = [rid for t in targets if (rid := _recording_id(t)) is not None]
    with context.store.read() as session:
        return recording_items(session, ids)


def _item_names(context: StationContext, lines: list[RegisterRow]) -> dict[int, str]:
    """What each register line names, as file names (other targets as written)."""
    ids = [rid for line in lines for t in line.items if (rid := _recording_id(t)) is not None]
    with context.store.read() as session:
        files = dict(
            session.execute(
                select(Recording.id, Recording.file_name).where(Recording.id.in_(ids))
            ).all()
        )

    def name(target: TargetRef) -> str:
        rid = _recording_id(target)
        return files.get(rid, str(target)) if rid is not None else str(target)

    return {line.form_id: "、".join(name(t) for t in line.items) for line in lines}


def _decision(form: FormView) -> Decision:
    """The last approval (or refusal) signed on the form; blank lines while it waits."""
    step = _last(form, "approve") or _last(form, "reject")
    if step is None:
        return Decision()
    opinion = step.comment or ("同意" if step.step == "approve" else "不同意")
    return Decision(step.name, opinion, step.at)


def _last(form: FormView, step: str) -> StepView | None:
    return next((s for s in reversed(form.steps) if s.step == step), None)


def _validity(form: FormView) -> str:
    if form.valid_until is None:
        return ""
    start = form.valid_from or form.decided_at
    begin = f"自 {when(start)} " if start else ""
    return f"调取有效期{begin}至 {when(form.valid_until)}"


def _time(text: str | None) -> datetime | None:
    return as_utc(datetime.fromisoformat(text)) if text else None


def _local_day(moment: datetime | None) -> date | None:
    return moment.astimezone(STATION_TZ).date() if moment else None


def unit_names(context: StationContext) -> dict[str, str]:
    """Unit code → unit name, for the units a paper names by code."""
    with context.store.read() as session:
        return dict(session.execute(select(Unit.code, Unit.name)).all())
