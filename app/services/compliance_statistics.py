"""The printed compliance statistics (执法全过程记录工作情况统计表) (R10.1, R12).

The key figures are those of the compliance view (``compliance.compliance_report``) at the
moment of printing, plus the equipment rate [002 §6]; the table below them counts unit by
unit, over the printed period, the recordings and late hand-overs, and at the moment of
printing the officers equipped, unexplained gaps, faulty devices and integrity alarms.
"""

from collections import Counter
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.reports.rows import ComplianceFigure, ComplianceStatistics, UnitCompliance
from app.services.auth import Actor
from app.services.compliance import FAULTY_STATES, ComplianceReport, compliance_report
from app.services.devices import equipment_rates
from app.services.permissions import Action, require
from app.services.station import StationContext
from app.services.unit_tree import UnitTree
from app.store.devices import Device
from app.store.models import Person, Unit
from app.store.recordings import Recording, VaultObject


def compliance_statistics(
    context: StationContext,
    actor: Actor,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> ComplianceStatistics:
    """Figures and per-unit lines for ``actor``'s unit and the units below it."""
    require(context, actor, Action.VIEW_COMPLIANCE)
    report = compliance_report(context, actor, since=since)
    rates = {r.unit_code: r for r in equipment_rates(context, actor)}
    with context.store.read() as session:
        units = _units(session, actor.unit_id)
        ids = [uid for uid, _code, _name in units]
        recordings = _by_unit(session, Recording.unit_id, ids, since, until)
        late = _by_unit(session, Recording.unit_id, ids, since, until, late=True)
        faulty = _count_by(
            session,
            select(Device.unit_id, func.count())
            .where(Device.unit_id.in_(ids), Device.state.in_(FAULTY_STATES))
            .group_by(Device.unit_id),
        )
        alarms = _count_by(session, select(Recording.unit_id, func.count())
                           .join(VaultObject, VaultObject.id == Recording.vault_object_id)
                           .where(Recording.unit_id.in_(ids), VaultObject.status != "ok")
                           .group_by(Recording.unit_id))  # fmt: skip
        officer_units = dict(session.execute(select(Person.login, Person.unit_id)).all())
    gaps = Counter(officer_units.get(g.gap.officer) for g in report.gaps if g.report_id is None)
    lines = [
        UnitCompliance(
            name,
            _rate(rates, code)[0],
            _rate(rates, code)[1],
            recordings[uid],
            late[uid],
            gaps[uid],
            faulty[uid],
            alarms[uid],
        )  # fmt: skip
        for uid, code, name in units
    ]
    return ComplianceStatistics(_figures(report, lines), lines)


def _figures(report: ComplianceReport, lines: list[UnitCompliance]) -> list[ComplianceFigure]:
    c = report.counts
    officers = sum(u.officers for u in lines)
    equipped = sum(u.equipped for u in lines)
    rate = f"{equipped / officers:.0%}（{equipped}/{officers}）" if officers else "—"
    return [
        ComplianceFigure("执法记录仪配备率", rate, "100%", "[002 §6]"),
        ComplianceFigure("逾期移交的执法记录", str(c.late_handovers), "0", "[000 §9(4)]"),
        ComplianceFigure("未作说明的记录中断", str(c.unreported_gaps), "0", "应制作工作记录"),
        ComplianceFigure("逾期未交的中断（未记录）工作记录", str(c.overdue_reports), "0",
                         "[000 §7] [001 §17]"),
        ComplianceFigure("逾期提交的工作记录", str(c.late_reports), "0"),
        ComplianceFigure("待审批事项", str(c.pending_approvals), "", "调取、查阅、复制等申请"),
        ComplianceFigure("未销号的整改", str(c.open_rectifications), "",
                         f"其中逾期 {c.overdue_rectifications} 项 [000 §4]"),
        ComplianceFigure("未处理的故障报告", str(c.open_fault_reports), "0", "[002 §16]"),
        ComplianceFigure("故障、维修中的设备", str(c.faulty_devices), ""),
        ComplianceFigure("完整性告警", str(c.integrity_alarms), "0", "原始记录校验不符或缺失"),
        ComplianceFigure("责任追究记录", str(c.accountability_records), "", "[000 §11]"),
    ]  # fmt: skip


def _units(session: Session, root_id: int) -> list[tuple[int, str, str]]:
    below = UnitTree.load(session).subtree(root_id)
    query = select(Unit.id, Unit.code, Unit.name).where(Unit.id.in_(below)).order_by(Unit.code)
    return [(uid, code, name) for uid, code, name in session.execute(query)]


def _by_unit(session, column, ids, since, until, *, late: bool = False) -> Counter:  # type: ignore[no-untyped-def]
    query = select(column, func.count()).where(column.in_(ids)).group_by(column)
    if since is not None:
        query = query.where(Recording.started_at >= since)
    if until is not None:
        query = query.where(Recording.started_at < until)
    if late:
        query = query.where(Recording.is_late.is_(True))
    return _count_by(session, query)


def _count_by(session: Session, query) -> Counter:  # type: ignore[no-untyped-def, type-arg]
    return Counter(dict(session.execute(query).all()))


def _rate(rates: dict, code: str) -> tuple[int, int]:  # type: ignore[type-arg]
    rate = rates.get(code)
    return (rate.officers, rate.equipped) if rate else (0, 0)
