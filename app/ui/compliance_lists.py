"""The lists behind the compliance tiles: the forms, gaps, devices and recordings counted.

Plain functions run in a worker: each reads through the services (forms, devices,
recordings) and returns ``ListRow`` values ready to show, limited to the actor's unit and
the units below it as the counts are.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.auth import Actor
from app.services.compliance import ComplianceReport, compliance_report
from app.services.devices import DeviceState, EquipmentRate, equipment_rates, list_devices
from app.services.form_queries import list_forms
from app.services.form_records import APPROVED, DONE, SUBMITTED, FormView
from app.services.people import UnitRow, list_units
from app.services.permissions import Action, is_allowed
from app.services.recording_gaps import GapStatus
from app.services.recordings import RecordingFilter, list_recordings
from app.services.station import StationContext
from app.ui.form_labels import state_label, when_text

_CONTEXT = "ComplianceList"
PAGE = 500

FORM_HEADERS = (
    QT_TRANSLATE_NOOP("ComplianceList", "No."),
    QT_TRANSLATE_NOOP("ComplianceList", "Form"),
    QT_TRANSLATE_NOOP("ComplianceList", "State"),
    QT_TRANSLATE_NOOP("ComplianceList", "Applicant"),
    QT_TRANSLATE_NOOP("ComplianceList", "Unit"),
    QT_TRANSLATE_NOOP("ComplianceList", "Due"),
)
GAP_HEADERS = (
    QT_TRANSLATE_NOOP("ComplianceList", "Officer"),
    QT_TRANSLATE_NOOP("ComplianceList", "Kind"),
    QT_TRANSLATE_NOOP("ComplianceList", "Not recorded from"),
    QT_TRANSLATE_NOOP("ComplianceList", "Until"),
    QT_TRANSLATE_NOOP("ComplianceList", "Report due"),
    QT_TRANSLATE_NOOP("ComplianceList", "Recordings"),
)
DEVICE_HEADERS = (
    QT_TRANSLATE_NOOP("ComplianceList", "Asset number"),
    QT_TRANSLATE_NOOP("ComplianceList", "Model"),
    QT_TRANSLATE_NOOP("ComplianceList", "Unit"),
    QT_TRANSLATE_NOOP("ComplianceList", "Holder"),
    QT_TRANSLATE_NOOP("ComplianceList", "State"),
)
RECORDING_HEADERS = (
    QT_TRANSLATE_NOOP("ComplianceList", "Recording"),
    QT_TRANSLATE_NOOP("ComplianceList", "Officer"),
    QT_TRANSLATE_NOOP("ComplianceList", "Recorded"),
    QT_TRANSLATE_NOOP("ComplianceList", "File"),
    QT_TRANSLATE_NOOP("ComplianceList", "Handed over late by"),
)
OVERDUE_HEADERS = (
    QT_TRANSLATE_NOOP("ComplianceList", "No."),
    QT_TRANSLATE_NOOP("ComplianceList", "Item"),
    QT_TRANSLATE_NOOP("ComplianceList", "Officer"),
    QT_TRANSLATE_NOOP("ComplianceList", "Activity or gap"),
    QT_TRANSLATE_NOOP("ComplianceList", "Report due"),
    QT_TRANSLATE_NOOP("ComplianceList", "State"),
)
RATE_HEADERS = (
    QT_TRANSLATE_NOOP("ComplianceList", "Unit"),
    QT_TRANSLATE_NOOP("ComplianceList", "Officers"),
    QT_TRANSLATE_NOOP("ComplianceList", "With a working device"),
    QT_TRANSLATE_NOOP("ComplianceList", "Equipment rate"),
)

_DEVICE_STATES = {
    DeviceState.FAULTY: QT_TRANSLATE_NOOP("ComplianceList", "Faulty"),
    DeviceState.IN_REPAIR: QT_TRANSLATE_NOOP("ComplianceList", "In repair"),
}
_GAP_KINDS = {
    "gap": QT_TRANSLATE_NOOP("ComplianceList", "Interrupted"),
    "no-recording": QT_TRANSLATE_NOOP("ComplianceList", "Not recorded"),
}


_HOURS = QT_TRANSLATE_NOOP("ComplianceList", "{hours} h")
_SPAN = QT_TRANSLATE_NOOP("ComplianceList", "{start} – {end}")
_NO_REPORT = QT_TRANSLATE_NOOP("ComplianceList", "No report")


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


@dataclass(frozen=True)
class ListRow:
    """One line of a list: its cells, the form it opens (if any), whether it is alarming."""

    cells: tuple[str, ...]
    form_id: int | None = None
    alarm: bool = False


@dataclass(frozen=True)
class ItemList:
    """A list behind a tile: its column headers (source strings) and its rows."""

    headers: tuple[str, ...]
    rows: tuple[ListRow, ...]


@dataclass(frozen=True)
class Dashboard:
    """What the compliance page shows: the report and the equipment rate of the subtree."""

    report: ComplianceReport
    officers: int
    equipped: int

    @property
    def equipment_rate(self) -> float | None:
        return self.equipped / self.officers if self.officers else None


def read_dashboard(context: StationContext, actor: Actor) -> Dashboard:
    report = compliance_report(context, actor)
    rates = _rates(context, actor)
    return Dashboard(report, sum(r.officers for r in rates), sum(r.equipped for r in rates))


def units_under(units: Iterable[UnitRow], code: str) -> set[str]:
    """``code`` and the codes of every unit below it."""
    children: dict[str | None, list[str]] = {}
    for unit in units:
        children.setdefault(unit.parent_code, []).append(unit.code)
    found, todo = set(), [code]
    while todo:
        current = todo.pop()
        found.add(current)
        todo += children.get(current, [])
    return found


def _rates(context: StationContext, actor: Actor) -> list[EquipmentRate]:
    if not is_allowed(actor.role, Action.VIEW_DEVICES):
        return []
    codes = units_under(list_units(context), actor.unit_code)
    return [r for r in equipment_rates(context, actor) if r.unit_code in codes]


def form_rows(views: Iterable[FormView]) -> tuple[ListRow, ...]:
    return tuple(
        ListRow(
            (
                str(v.id),
                v.kind_label,
                state_label(v.state),
                f"{v.applicant_name}（{v.applicant}）",
                v.unit_name,
                when_text(v.due_at) if v.due_at else "",
            ),
            v.id,
            v.overdue,
        )
        for v in views
    )


def gap_rows(gaps: Iterable[GapStatus]) -> tuple[ListRow, ...]:
    return tuple(
        ListRow(
            (
                g.gap.officer,
                _tr(_GAP_KINDS.get(g.gap.kind, g.gap.kind)),
                when_text(g.gap.start),
                when_text(g.gap.end),
                when_text(g.due_at),
                "、".join(g.gap.refs),
            ),
            g.report_id,
            g.overdue,
        )
        for g in gaps
    )


def _all_forms(context: StationContext, actor: Actor, **filters: object) -> list[FormView]:
    found: list[FormView] = []
    before = None
    while True:
        page = list_forms(context, actor, before_id=before, limit=PAGE, **filters)  # type: ignore[arg-type]
        found += page
        if len(page) < PAGE:
            return found
        before = page[-1].id


def _forms(views: Iterable[FormView]) -> ItemList:
    return ItemList(FORM_HEADERS, form_rows(views))


def _devices(context: StationContext, actor: Actor) -> ItemList:
    codes = units_under(list_units(context), actor.unit_code)
    rows = tuple(
        ListRow(
            (d.asset_no, d.model, d.unit_code, d.assignee_name or "", _tr(_DEVICE_STATES[d.state])),
            alarm=True,
        )
        for d in list_devices(context, actor)
        if d.state in _DEVICE_STATES and d.unit_code in codes
    )
    return ItemList(DEVICE_HEADERS, rows)


def _late_recordings(context: StationContext, actor: Actor) -> ItemList:
    rows: list[ListRow] = []
    after = None
    while True:
        page = list_recordings(context, actor, RecordingFilter(), after=after, limit=PAGE)
        rows += [
            ListRow(
                (
                    str(r.id),
                    f"{r.officer_name}（{r.officer_login}）",
                    when_text(r.started_at),
                    r.file_name,
                    _tr(_HOURS).format(hours=f"{r.delay_hours:.1f}"),
                ),
                alarm=True,
            )
            for r in page
            if r.is_late
        ]
        if len(page) < PAGE:
            return ItemList(RECORDING_HEADERS, tuple(rows))
        after = page[-1].cursor


def _rate_list(context: StationContext, actor: Actor) -> ItemList:
    rows = tuple(
        ListRow(
            (
                f"{r.unit_name}（{r.unit_code}）",
                str(r.officers),
                str(r.equipped),
                f"{r.rate:.0%}" if r.rate is not None else "—",
            ),
            alarm=r.rate is not None and r.rate < 1,
        )
        for r in _rates(context, actor)
    )
    return ItemList(RATE_HEADERS, rows)


ListReader = Callable[[StationContext, Actor, ComplianceReport], ItemList]


def _overdue_reports(_c: StationContext, _a: Actor, report: ComplianceReport) -> ItemList:
    """Reports filed late or not at all: overdue drafts and gaps no report explains."""
    forms = [v for v in report.overdue_forms if v.kind == "interruption-report"]
    rows = tuple(
        ListRow(
            (
                str(v.id),
                v.kind_label,
                f"{v.applicant_name}（{v.applicant}）",
                _span(v.values.get("activity_start"), v.values.get("activity_end")),
                when_text(v.due_at),
                state_label(v.state),
            ),
            v.id,
            True,
        )
        for v in forms
    )
    gaps = tuple(
        ListRow(
            (
                "—",
                _tr(_GAP_KINDS.get(g.gap.kind, g.gap.kind)),
                g.gap.officer,
                _tr(_SPAN).format(start=when_text(g.gap.start), end=when_text(g.gap.end)),
                when_text(g.due_at),
                _tr(_NO_REPORT),
            ),
            None,
            True,
        )
        for g in report.gaps
        if g.overdue
    )
    return ItemList(OVERDUE_HEADERS, rows + gaps)


def _span(start: str | None, end: str | None) -> str:
    if not start or not end:
        return ""
    return _tr(_SPAN).format(
        start=when_text(datetime.fromisoformat(start)), end=when_text(datetime.fromisoformat(end))
    )


#: The list behind each tile that has one, by the tile's id.
LIST_READERS: dict[str, ListReader] = {
    "pending_approvals": lambda c, a, _r: _forms(_all_forms(c, a, state=SUBMITTED)),
    "overdue_reports": _overdue_reports,
    "unreported_gaps": lambda _c, _a, r: ItemList(
        GAP_HEADERS, gap_rows(g for g in r.gaps if g.report_id is None)
    ),
    "late_reports": lambda c, a, _r: _forms(
        v for v in _all_forms(c, a, kind="interruption-report") if v.late
    ),
    "open_rectifications": lambda c, a, _r: _forms(
        _all_forms(c, a, kind="inspection", state=APPROVED)
    ),
    "overdue_rectifications": lambda _c, _a, r: _forms(
        v for v in r.overdue_forms if v.kind == "inspection"
    ),
    "open_fault_reports": lambda c, a, _r: _forms(
        v for v in _all_forms(c, a, kind="device-fault") if v.state in (SUBMITTED, APPROVED)
    ),
    "accountability_records": lambda c, a, _r: _forms(
        v for v in _all_forms(c, a, kind="accountability") if v.state in (APPROVED, DONE)
    ),
    "late_handovers": lambda c, a, _r: _late_recordings(c, a),
    "faulty_devices": lambda c, a, _r: _devices(c, a),
    "equipment_rate": lambda c, a, _r: _rate_list(c, a),
}


def read_list(
    context: StationContext, actor: Actor, tile: str, report: ComplianceReport
) -> ItemList:
    """The rows behind ``tile`` (one of ``LIST_READERS``)."""
    return LIST_READERS[tile](context, actor, report)
