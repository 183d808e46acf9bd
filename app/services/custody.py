"""The chain of custody of one recording (R9, R12): who held and touched it, from import on.

Read from the audit chain, which is the one record nobody can alter unnoticed: the
recording's own entries (import, viewings, refusals, marks, integrity alarms), the
hand-over that brought it in, the integrity sweeps that covered it, the steps of every
request that names it (viewing, copy, retrieval), and earlier prints of this report. Each
event carries its audit sequence number, so the paper can be checked against the chain.
"""

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.reports.rows import CustodyEvent, CustodyReport
from app.services.access import decide
from app.services.audit import AuditRow, trail_of
from app.services.auth import Actor
from app.services.form_kinds import KINDS
from app.services.permissions import Action, require
from app.services.profiles import active_profile
from app.services.recordings import (
    RecordingDetail,
    load_detail,
    recording_target,
    refuse_view,
)
from app.services.station import StationContext
from app.store.forms import Form, FormTarget
from app.store.models import AuditEntry, Person

log = logging.getLogger(__name__)

#: How each audited action reads on the paper.
ACTION_LABELS: dict[str, str] = {
    "recording.import": "导入（移交入库）",
    "recording.duplicate": "重复移交",
    "recording.lent-device": "使用他人设备（标记）",
    "recording.view-details": "查阅",
    "recording.confidentiality": "密级变更",
    "recording.decode-check": "全片解码检查",
    "access.view": "查阅",
    "access.copy": "复制",
    "access.denied": "拒绝访问",
    "permission.denied": "越权操作被拒绝",
    "vault.verify": "完整性校验",
    "vault.changed": "校验不符（告警）",
    "vault.missing": "文件缺失（告警）",
    "vault.record-changed": "登记摘要与审计链不符（告警）",
    "vault.unrecorded": "审计链无入库记录（告警）",
    "vault.matches-again": "校验恢复一致",
    "handover.complete": "移交登记",
    "report.print": "打印保管链报告",
    "report.paper": "纸质打印",
    "form.create": "填写申请",
    "form.submit": "提交申请",
    "form.approve": "批准申请",
    "form.reject": "不予批准",
    "form.withdraw": "撤回申请",
    "form.done": "办结（提供、登记）",
}

_FORM_STEPS = ("form.submit", "form.approve", "form.reject", "form.done")


def custody_report(context: StationContext, actor: Actor, recording_id: int) -> CustodyReport:
    """The custody report of one recording, for those who may view it (``access``).

    Raises:
        NotFoundError: no such recording.
        PermissionDeniedError: the actor may not see it; the refusal is audited first.
    """
    require(context, actor, Action.VIEW_RECORDINGS, target=("recording", recording_id))
    with context.store.read() as session:
        target = recording_target(session, recording_id)
        decision = decide(session, actor, target, "view", context.clock())
        if decision.allowed:
            detail = load_detail(session, recording_id)
            events = _events(session, detail)
            imported_by = session.scalar(
                select(Person.name).where(Person.login == detail.imported_by)
            )
    if not decision.allowed:
        refuse_view(context, actor, target, decision)
    category = active_profile(context).category(detail.row.category)
    return CustodyReport(
        recording_id=str(recording_id),
        file_name=detail.row.file_name,
        sha256=detail.sha256,
        sm3=detail.sm3,
        size_bytes=detail.size,
        duration_s=detail.row.duration_s,
        media=_media(detail),
        device_asset=detail.row.device_asset or "",
        officer_name=detail.row.officer_name,
        recorded_at=detail.row.started_at,
        imported_at=detail.imported_at,
        imported_by=imported_by or detail.imported_by,
        category=category.label_zh if category else detail.row.category,
        case=detail.case_no or "",
        retention_until=detail.retention_until,
        events=events,
    )


def _events(session: Session, detail: RecordingDetail) -> list[CustodyEvent]:
    rid = detail.row.id
    rows = trail_of(session, "recording", rid) + trail_of(session, "custody-report", rid)
    for handover in detail.handovers:
        rows += [r for r in trail_of(session, "handover", handover.id)
                 if r.action == "handover.complete"]  # fmt: skip
    rows += _sweeps(session, rid, detail.imported_at)
    forms = _forms_naming(session, rid)
    for form_id in forms:
        rows += [r for r in trail_of(session, "form", form_id) if r.action in _FORM_STEPS]
    unique = {row.seq: row for row in rows}
    return [_event(unique[seq], forms) for seq in sorted(unique)]


def _sweeps(session: Session, recording_id: int, since: datetime) -> list[AuditRow]:
    """Integrity checks that covered this recording: whole-vault sweeps and named ones."""
    named = session.scalars(
        select(AuditEntry.target_id)
        .where(AuditEntry.action == "vault.verify", AuditEntry.target_kind == "vault")
        .where(AuditEntry.at >= since, AuditEntry.target_id != "all")
        .distinct()
    ).all()
    found = []
    for target_id in ("all", *named):
        for row in trail_of(session, "vault", target_id):
            listed = row.details.get("recordings")
            covers = listed is None or recording_id in listed  # type: ignore[operator]
            if row.action == "vault.verify" and row.at >= as_utc(since) and covers:
                found.append(row)
    return found


def _forms_naming(session: Session, recording_id: int) -> dict[str, str]:
    """Form id → kind label, for every request that names this recording."""
    query = (
        select(Form.id, Form.kind)
        .join(FormTarget, FormTarget.form_id == Form.id)
        .where(FormTarget.target_kind == "recording", FormTarget.target_id == str(recording_id))
    )
    return {str(fid): KINDS[kind].label_zh for fid, kind in session.execute(query)}


def _event(row: AuditRow, forms: dict[str, str]) -> CustodyEvent:
    label = ACTION_LABELS.get(row.action, row.action)
    details = _details(row)
    if row.target_kind == "form":
        details = f"{forms.get(row.target_id, '表单')} 第 {row.target_id} 号" + (
            f"：{details}" if details else ""
        )
    return CustodyEvent(as_utc(row.at), label, row.actor_name or row.actor, details, row.seq)


def _details(row: AuditRow) -> str:
    d = row.details
    if row.action == "recording.import":
        return f"来源 {d.get('source')}；SHA-256 {d.get('sha256')}；SM3 {d.get('sm3')}"
    if row.action == "vault.verify":
        problems = d.get("problems") or []
        scope = "全库" if d.get("recordings") is None else f"{d.get('checked')} 个文件"
        return f"{scope}校验，{'发现问题 ' + str(problems) if problems else '一致'}"
    if row.action == "handover.complete":
        return f"文件 {d.get('files')} 个，清单校验值 {d.get('manifest_sha256')}"
    if row.action == "report.print":
        return f"编号 {d.get('number')}，{d.get('pages')} 页，PDF SHA-256 {d.get('sha256')}"
    if row.action == "recording.confidentiality":
        return f"{d.get('from')} → {d.get('to')}：{d.get('reason')}"
    if row.action in ("access.view", "access.copy", "access.denied", "recording.view-details"):
        return str(d.get("reason") or "")
    if row.action.startswith("form."):
        entries = d.get("fields") or {}
        said = [str(d.get("comment") or "")] + [f"{k}={v}" for k, v in entries.items()]  # type: ignore[union-attr]
        return "；".join(x for x in said if x)
    return "；".join(f"{k}={v}" for k, v in d.items() if v not in (None, "", [], {}))


def _media(detail: RecordingDetail) -> str:
    parts = [detail.codec or ""]
    if detail.width and detail.height:
        parts.append(f"{detail.width}×{detail.height}")
    if detail.fps:
        parts.append(f"{detail.fps:g} 帧/秒")
    return " ".join(p for p in parts if p)
