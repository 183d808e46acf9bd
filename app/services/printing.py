"""Printing the registers and forms (R12): gather rows, check the right, write the PDF, audit it.

Each report kind has a gatherer here that turns the store's records into the plain rows of
``app.reports.rows``, through the services that own those records (forms, recordings,
compliance), so a printout shows exactly what its reader may see on screen. A kind without
a gatherer would be listed with ``available`` false and refuse to print, naming what it
waits for; every kind of R12 has one now.
Every print is an audit entry ``report.print`` naming the kind, the record, the page count
and the SHA-256 of the PDF, written in the same transaction as the file lands.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.atomic import write_atomically
from app.core.errors import NotFoundError, ValidationError
from app.core.roles import ROLE_NAMES_ZH
from app.integrity.digests import OperationCancelledError
from app.reports.catalog import BY_KIND, KINDS, ReportKind
from app.reports.document import render_report
from app.reports.formats import when
from app.reports.meta import PrintMeta
from app.reports.rows import (
    AuditExtractRow,
    DeviceIssueRow,
    DeviceLedgerRow,
    FaultRow,
    HandoverRow,
    RosterRow,
)
from app.services import devices, handover, people, printed_forms
from app.services.audit import AuditFilter
from app.services.auth import Actor
from app.services.compliance_statistics import compliance_statistics
from app.services.custody import custody_report
from app.services.handover_activity import HandoverActivity, handover_activities
from app.services.officer_archive import officer_archive
from app.services.output_files import check_output_file
from app.services.permissions import Action, is_allowed, require
from app.services.profiles import active_profile
from app.services.station import StationContext
from app.workers.job import Job, JobControl

log = logging.getLogger(__name__)

AUDIT_PAGE = 2000
PRINT_STEPS = 3  # gather the rows, render the PDF, write it with its audit entry


@dataclass(frozen=True)
class Window:
    """The period a register covers; either end may be open."""

    since: datetime | None = None
    until: datetime | None = None

    def holds(self, moment: datetime) -> bool:
        return (self.since is None or moment >= self.since) and (
            self.until is None or moment < self.until
        )

    @property
    def text(self) -> str:
        if self.since is None and self.until is None:
            return ""
        return f"期间：{when(self.since) or '建账起'} 至 {when(self.until) or '打印时'}"


Gatherer = Callable[[StationContext, Actor, Window, str], object]


@dataclass(frozen=True)
class Source:
    """Where a kind's data comes from: a gatherer, the right it needs, or what it waits for."""

    gather: Gatherer | None
    needs: Action | None = None
    waits_for: str = ""


@dataclass(frozen=True)
class ReportKindInfo:
    kind: str
    title: str
    per_record: bool
    available: bool

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "title": self.title,
            "per_record": self.per_record,
            "available": self.available,
        }


#: Characters Windows refuses in a file name.
_NOT_IN_FILE_NAMES = frozenset('<>:"/\\|?*')


@dataclass(frozen=True)
class PrintedReport:
    path: Path
    pages: int
    sha256: str
    kind: str
    title: str
    number: str = ""

    @property
    def suggested_name(self) -> str:
        """The name a user's copy is offered under: the register's title and its printout
        number (the station's own file name is English, with a UTC time, for sorting)."""
        label = f"{self.title}-{self.number}" if self.number else self.title
        return "".join("_" if ch in _NOT_IN_FILE_NAMES else ch for ch in label) + ".pdf"


# ---- gatherers -------------------------------------------------------------------------


def _roster(context: StationContext, actor: Actor, _window: Window, _id: str) -> list[RosterRow]:
    units = {u.code: u for u in people.list_units(context)}
    order = {code: index for index, code in enumerate(units)}
    persons = sorted(
        people.list_people(context, actor), key=lambda p: (order[p.unit_code], p.login)
    )
    return [
        RosterRow(p.unit_name, p.unit_code, p.login, p.name, ROLE_NAMES_ZH[p.role], p.active)
        for p in persons
    ]


def _audit_extract(
    context: StationContext, _actor: Actor, window: Window, _id: str
) -> list[AuditExtractRow]:
    """Oldest first over the window, read newest-first in keyset pages as the log keeps it."""
    where = AuditFilter(since=window.since, until=window.until)
    rows: list[AuditExtractRow] = []
    before: int | None = None
    while True:
        page = context.audit.list_entries(where, before_seq=before, limit=AUDIT_PAGE)
        rows += [
            AuditExtractRow(
                e.seq,
                e.at,
                e.actor,
                e.action,
                f"{e.target_kind}:{e.target_id}",
                _details_text(e.details),
                e.hash,
            )  # fmt: skip
            for e in page
        ]
        if len(page) < AUDIT_PAGE:
            break
        before = page[-1].seq
    rows.reverse()
    return rows


def _details_text(details: dict[str, object]) -> str:
    return "；".join(f"{key}={value}" for key, value in details.items())


_STATES_ZH = {"in-service": "在用", "faulty": "故障", "in-repair": "维修中", "lost": "遗失",
              "retired": "报废"}  # fmt: skip
_KINDS_ZH = {"body-camera": "执法记录仪", "camera": "摄像机", "audio-recorder": "录音笔",
             "interview-room": "询问室音视频系统"}  # fmt: skip


def _device_ledger(
    context: StationContext, actor: Actor, _window: Window, _id: str
) -> list[DeviceLedgerRow]:
    names = printed_forms.unit_names(context)
    return [
        DeviceLedgerRow(
            d.asset_no,
            d.serial,
            d.model,
            _KINDS_ZH.get(d.kind.value, d.kind.value),
            names.get(d.unit_code, d.unit_code),
            d.assignee_name or "",
            _STATES_ZH.get(d.state.value, d.state.value),
            None,
        )  # fmt: skip
        for d in devices.list_devices(context, actor)
    ]


def _people_names(context: StationContext, actor: Actor) -> dict[str, str]:
    if not is_allowed(actor.role, Action.VIEW_PEOPLE):
        return {}
    return {p.login: p.name for p in people.list_people(context, actor)}


def _device_issues(
    context: StationContext, actor: Actor, window: Window, _id: str
) -> list[DeviceIssueRow]:
    names = _people_names(context, actor)
    rows: list[DeviceIssueRow] = []
    for history in devices.device_histories(context, actor):
        device = history.device
        rows += [
            DeviceIssueRow(
                device.asset_no,
                device.model,
                names.get(a.person_login, a.person_login),
                a.issued_at,
                names.get(a.issued_by, a.issued_by),
                a.returned_at,
                names.get(a.returned_by or "", a.returned_by or ""),
            )  # fmt: skip
            for a in history.assignments
            if window.holds(a.issued_at)
        ]
    return sorted(rows, key=lambda r: (r.issued_at, r.asset_number))


def _faults(context: StationContext, actor: Actor, window: Window, _id: str) -> list[FaultRow]:
    names = _people_names(context, actor)
    rows: list[FaultRow] = []
    for history in devices.device_histories(context, actor):
        for event in history.events:
            if event.kind is devices.DeviceEventKind.FAULT and window.holds(event.at):
                rows.append(_fault_row(history.device, event, history.events, names))
    return sorted(rows, key=lambda r: (r.reported_at, r.asset_number))


def _fault_row(
    device: devices.DeviceRow,
    fault: devices.EventRow,
    events: list[devices.EventRow],
    names: dict[str, str],
) -> FaultRow:
    """One fault and what followed it until the device was back in service [002 §16]."""
    later = [e for e in events if e.at >= fault.at and e is not fault]
    end = next((e for e in later if e.kind is devices.DeviceEventKind.FAULT), None)
    span = [e for e in later if end is None or e.at < end.at]

    def first(kind: devices.DeviceEventKind) -> devices.EventRow | None:
        return next((e for e in span if e.kind is kind), None)

    check = first(devices.DeviceEventKind.CHECK)
    repair = first(devices.DeviceEventKind.REPAIR)
    back = first(devices.DeviceEventKind.BACK_IN_SERVICE)
    paid = first(devices.DeviceEventKind.COMPENSATION)
    return FaultRow(
        reported_at=fault.at,
        asset_number=device.asset_no,
        model=device.model,
        reporter_name=names.get(fault.actor, fault.actor),
        symptom=fault.note,
        checked_by=names.get(check.actor, check.actor) if check else "",
        finding=check.note if check else "",
        sent_for_repair_on=repair.at.date() if repair else None,
        back_in_service_on=back.at.date() if back else None,
        compensation=f"{paid.compensation_yuan:.2f} 元 {paid.note}" if paid else "",
    )


def _handovers(
    context: StationContext, actor: Actor, window: Window, _id: str
) -> list[HandoverRow]:
    labels = {c.id: c.label_zh for c in active_profile(context).categories}
    rows: list[HandoverRow] = []
    before: int | None = None
    while True:
        page = handover.list_handovers(context, actor, before_id=before, limit=500)
        with context.store.read() as session:
            activities = handover_activities(session, [h.id for h in page])
        rows += [
            _handover_row(h, activities[h.id], labels) for h in page if window.holds(h.handed_at)
        ]
        if len(page) < 500:
            break
        before = page[-1].id
    return sorted(rows, key=lambda r: r.handed_over_at)


def _handover_row(
    record: handover.HandoverRecord, activity: HandoverActivity, labels: dict[str, str]
) -> HandoverRow:
    """One register line: what the footage was of, when that ended, how late it came [R2.4]."""
    what = "、".join(labels.get(c, c) for c in activity.categories)
    if activity.cases:
        what += f"（案件 {'、'.join(activity.cases)}）"
    if record.device_asset:
        what += f" 设备 {record.device_asset}"
    return HandoverRow(
        record.handed_at,
        record.officer_name,
        record.administrator_name,
        what.strip(),
        activity.ended_at,
        record.file_count,
        record.total_bytes,
        record.manifest_sha256,
        activity.late_hours,
    )


def _officer_archive(context: StationContext, actor: Actor, _window: Window, login: str):  # type: ignore[no-untyped-def]
    return officer_archive(context, actor, login)


def _viewings(context: StationContext, actor: Actor, window: Window, _id: str):  # type: ignore[no-untyped-def]
    return printed_forms.viewing_rows(context, actor, window.since, window.until)


def _copies(context: StationContext, actor: Actor, window: Window, _id: str):  # type: ignore[no-untyped-def]
    return printed_forms.copy_rows(context, actor, window.since, window.until)


def _form(kind: str, build: Callable[[StationContext, Actor, int, str], object]) -> Gatherer:
    """A per-record form printed from the approvals engine's form ``--id``."""

    def gather(context: StationContext, actor: Actor, _window: Window, form_id: str) -> object:
        return build(context, actor, _number(form_id, "form"), BY_KIND[kind].code)

    return gather


def _custody(context: StationContext, actor: Actor, _window: Window, recording_id: str):  # type: ignore[no-untyped-def]
    return custody_report(context, actor, _number(recording_id, "recording"))


def _compliance(context: StationContext, actor: Actor, window: Window, _id: str):  # type: ignore[no-untyped-def]
    return compliance_statistics(context, actor, since=window.since, until=window.until)


def _number(text: str, what: str) -> int:
    if not text.strip().isdigit():
        raise ValidationError("report.not-an-id", text=text, what=what)
    return int(text)


# ---- the catalogue of sources ----------------------------------------------------------

SOURCES: dict[str, Source] = {
    "device-ledger": Source(_device_ledger, Action.VIEW_DEVICES),
    "device-issue-log": Source(_device_issues, Action.VIEW_DEVICES),
    "handover-register": Source(_handovers, Action.VIEW_RECORDINGS),
    "officer-archive": Source(_officer_archive, Action.VIEW_RECORDINGS),
    "viewing-register": Source(_viewings, Action.READ_FORMS),
    "copy-register": Source(_copies, Action.READ_FORMS),
    "retrieval-approval": Source(
        _form("retrieval-approval", printed_forms.retrieval_approval), Action.READ_FORMS
    ),
    "retrieval-notice": Source(
        _form("retrieval-notice", printed_forms.retrieval_notice), Action.READ_FORMS
    ),
    "interruption-report": Source(
        _form("interruption-report", printed_forms.interruption_report), Action.READ_FORMS
    ),
    "fault-register": Source(_faults, Action.VIEW_DEVICES),
    "inspection-report": Source(
        _form("inspection-report", printed_forms.inspection_report), Action.READ_FORMS
    ),
    "custody-report": Source(_custody, Action.VIEW_RECORDINGS),
    "compliance-statistics": Source(_compliance, Action.VIEW_COMPLIANCE),
    "people-roster": Source(_roster, Action.VIEW_PEOPLE),
    "audit-extract": Source(_audit_extract, Action.VIEW_AUDIT),
}


def list_report_kinds() -> list[ReportKindInfo]:
    """Every printout, in the order of R12, and whether this version can fill it."""
    return [
        ReportKindInfo(k.kind, k.title, k.per_record, SOURCES[k.kind].gather is not None)
        for k in KINDS
    ]


def report_kind(kind: str) -> ReportKind:
    found = BY_KIND.get(kind)
    if found is None:
        raise NotFoundError("report.unknown-kind", kind=kind, valid=[k.kind for k in KINDS])
    return found


def print_report(
    context: StationContext,
    actor: Actor,
    kind: str,
    out_path: Path,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    record_id: str | None = None,
    overwrite: bool = False,
    control: JobControl | None = None,
) -> PrintedReport:
    """Print one register or form to ``out_path`` and record the print in the audit chain.

    ``overwrite`` lets the PDF replace an existing file, never one of the station's own.
    ``control`` (from ``print_job``) hears of each step; a cancel before the file is
    written ends the print with nothing written.

    Raises:
        NotFoundError: unknown kind, or no record ``record_id``.
        ValidationError: a per-record form without ``record_id``, a kind whose data this
            version does not keep, an empty period, or an output path that cannot be written.
        PermissionDeniedError: the actor may not print, or may not see the kind's data.
        OperationCancelledError: ``control`` was cancelled before the file was written.
    """
    spec = report_kind(kind)
    source = SOURCES[kind]
    require(context, actor, Action.PRINT_REPORTS)
    if source.gather is None:
        raise ValidationError("report.not-available", kind=kind, waits_for=source.waits_for)
    if spec.per_record and not record_id:
        raise ValidationError("report.needs-id", kind=kind)
    if since is not None and until is not None and until <= since:
        raise ValidationError("report.period-reversed")
    out_path = check_output_file(context.paths, out_path, suffix=".pdf", overwrite=overwrite)
    if source.needs is not None:
        require(context, actor, source.needs)
    window = Window(since, until)
    payload = source.gather(context, actor, window, record_id or "")
    _step(control, 1)
    head = context.audit.current_head()
    meta = PrintMeta(context.config.station_code, actor.unit_name, actor.name, actor.login,
                     context.clock(), head.seq, head.hash,
                     context.keys.fingerprint(head.seq))  # fmt: skip
    rendered = render_report(spec, payload, meta, record_id=record_id or "", period=window.text)
    _step(control, 2)
    _land(context, actor, spec, out_path, rendered, record_id or rendered.number, head.seq)
    return PrintedReport(
        out_path, rendered.pages, rendered.sha256, kind, spec.title, rendered.number
    )


def print_job(
    context: StationContext,
    actor: Actor,
    kind: str,
    out_path: Path,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    record_id: str | None = None,
    overwrite: bool = False,
) -> Job[PrintedReport]:
    """``print_report`` as a job of three steps: gather the rows, render, write."""
    return Job(
        lambda control: print_report(
            context, actor, kind, out_path, since=since, until=until, record_id=record_id,
            overwrite=overwrite, control=control,
        ),
        name=f"print {kind}",
    )  # fmt: skip


def _step(control: JobControl | None, done: int) -> None:
    """Report a step of ``PRINT_STEPS``; a cancel before the write stops the print here."""
    if control is None:
        return
    if control.is_cancelled:
        raise OperationCancelledError("report.cancelled")
    control.report(done, PRINT_STEPS)


def _land(context, actor, spec, out_path, rendered, target_id, chain_seq) -> None:
    """Write the file and its audit entry together: a failed write leaves neither."""
    existed = out_path.exists()
    try:
        with context.store.write() as session:
            context.audit.record(
                session,
                actor=actor.login,
                action="report.print",
                target_kind=spec.kind,
                target_id=target_id,
                details={
                    "kind": spec.kind,
                    "id": target_id,
                    "number": rendered.number,
                    "pages": rendered.pages,
                    "sha256": rendered.sha256,
                    "chain_seq": chain_seq,
                },  # fmt: skip
            )
            write_atomically(out_path, rendered.data)
    except OSError as exc:
        raise ValidationError(
            "output.unwritable", path=out_path, reason=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        if not existed:
            out_path.unlink(missing_ok=True)
        raise
    log.info("printed %s %s to %s: %d pages", spec.kind, target_id, out_path.name, rendered.pages)


def record_paper_print(
    context: StationContext, actor: Actor, printed: PrintedReport, printer: str, copies: int
) -> None:
    """Audit that a generated report went to paper: which one, on which printer, how many."""
    require(context, actor, Action.PRINT_REPORTS)
    with context.store.write() as session:
        context.audit.record(
            session,
            actor=actor.login,
            action="report.paper",
            target_kind=printed.kind,
            target_id=printed.number or printed.kind,
            details={
                "sha256": printed.sha256,
                "pages": printed.pages,
                "printer": printer,
                "copies": copies,
            },
        )
