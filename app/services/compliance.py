"""The compliance view (R10.1): what is late, missing or waiting, for a unit and those below.

Counts come from the forms (approvals waiting, reports overdue, rectifications open), from
the gaps in the recordings that no interruption report explains (R5.4), and from the import
feature's tables (late hand-overs, faulty devices, files whose integrity check failed).
"""

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.services.auth import Actor
from app.services.form_records import (
    APPROVED,
    DONE,
    SUBMITTED,
    SUPERSEDED,
    WITHDRAWN,
    FormView,
    load_views,
)
from app.services.permissions import Action, require
from app.services.profiles import active_profile
from app.services.recording_gaps import (
    GapStatus,
    ReportWindow,
    detect_gaps,
    gap_statuses,
    recording_spans,
)
from app.services.station import StationContext
from app.services.unit_tree import UnitTree
from app.store.devices import Device
from app.store.forms import Form
from app.store.models import Person
from app.store.recordings import Recording, VaultObject

#: How far back the recordings are searched for gaps by default.
GAP_LOOKBACK = timedelta(days=90)

#: Device states that count as faulty: reported and not yet back in service.
FAULTY_STATES = ("faulty", "in-repair")


@dataclass(frozen=True)
class ComplianceCounts:
    """The figures of the compliance page, for the actor's unit and the units below it."""

    pending_approvals: int
    overdue_reports: int
    unreported_gaps: int
    late_reports: int
    open_rectifications: int
    overdue_rectifications: int
    open_fault_reports: int
    accountability_records: int
    late_handovers: int
    faulty_devices: int
    integrity_alarms: int

    def as_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ComplianceReport:
    """The counts and the items behind the overdue ones."""

    unit_code: str
    at: datetime
    counts: ComplianceCounts
    overdue_forms: tuple[FormView, ...]
    gaps: tuple[GapStatus, ...]


def compliance_report(
    context: StationContext, actor: Actor, *, since: datetime | None = None
) -> ComplianceReport:
    """Everything R10.1 asks about, for ``actor``'s unit tree; gaps since ``since``."""
    require(context, actor, Action.VIEW_COMPLIANCE)
    profile = active_profile(context)
    now = context.clock()
    since = since or now - GAP_LOOKBACK
    with context.store.read() as session:
        units = UnitTree.load(session).subtree(actor.unit_id)
        forms = list(
            session.scalars(select(Form).where(Form.unit_id.in_(units)).order_by(Form.id.desc()))
        )
        views = load_views(session, forms, now) if forms else []
        gaps = gap_statuses(
            profile,
            detect_gaps(recording_spans(session, units, since)),
            _report_windows(session, forms),
            now,
        )
        counts = _counts(session, units, views, gaps)
    overdue = tuple(v for v in views if v.overdue)
    unit_code = actor.unit_code
    return ComplianceReport(unit_code, now, counts, overdue, tuple(gaps))


def _counts(
    session: Session, units: set[int], views: list[FormView], gaps: list[GapStatus]
) -> ComplianceCounts:
    def count(kind: str, *states: str) -> int:
        return sum(1 for v in views if v.kind == kind and (not states or v.state in states))

    reports = [v for v in views if v.kind == "interruption-report"]
    inspections = [v for v in views if v.kind == "inspection" and v.state == APPROVED]
    return ComplianceCounts(
        pending_approvals=sum(1 for v in views if v.state == SUBMITTED),
        overdue_reports=sum(1 for v in reports if v.overdue) + sum(1 for g in gaps if g.overdue),
        unreported_gaps=sum(1 for g in gaps if g.report_id is None),
        late_reports=sum(1 for v in reports if v.late),
        open_rectifications=len(inspections),
        overdue_rectifications=sum(1 for v in inspections if v.overdue),
        open_fault_reports=count("device-fault", SUBMITTED, APPROVED),
        accountability_records=count("accountability", APPROVED, DONE),
        late_handovers=_scalar(
            session,
            select(func.count())
            .select_from(Recording)
            .where(Recording.unit_id.in_(units), Recording.is_late.is_(True)),
        ),
        faulty_devices=_scalar(
            session,
            select(func.count())
            .select_from(Device)
            .where(Device.unit_id.in_(units), Device.state.in_(FAULTY_STATES)),
        ),
        integrity_alarms=_scalar(
            session,
            select(func.count())
            .select_from(Recording)
            .join(VaultObject, VaultObject.id == Recording.vault_object_id)
            .where(Recording.unit_id.in_(units), VaultObject.status != "ok"),
        ),
    )


def _report_windows(session: Session, forms: list[Form]) -> list[ReportWindow]:
    """The activity windows of the interruption reports that still stand."""
    reports = [
        f
        for f in forms
        if f.kind == "interruption-report" and f.state not in (WITHDRAWN, SUPERSEDED)
    ]
    logins = dict(
        session.execute(
            select(Person.id, Person.login).where(Person.id.in_({f.applicant_id for f in reports}))
        ).all()
    )
    windows = []
    for form in reports:
        fields = json.loads(form.fields)
        if "activity_start" in fields and "activity_end" in fields:
            windows.append(
                ReportWindow(
                    form.id,
                    logins[form.applicant_id],
                    as_utc(datetime.fromisoformat(fields["activity_start"])),
                    as_utc(datetime.fromisoformat(fields["activity_end"])),
                )
            )
    return windows


def _scalar(session: Session, query) -> int:  # type: ignore[no-untyped-def]
    return int(session.scalar(query) or 0)
