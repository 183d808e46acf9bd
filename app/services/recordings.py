"""The recordings browser and detail view: keyset pages over a million rows, viewings audited.

Pages are ``WHERE (started_at, id) < (:t, :id) ORDER BY started_at DESC, id DESC LIMIT :n``
on an index of the same shape (one per filter that matters: officer, unit, category), so
a page deep in the list costs what the first one costs; never OFFSET.

Who sees what is ``app.services.access``, applied in SQL so a list stays keyset-paged: the
role's own scope (an officer their own recordings; administrator, unit head, legal office and
supervision their unit and the units below; others nothing), narrowed to the confidentiality
marks the role is cleared for (R3.5, R6.7), plus exactly the recordings that the actor's
current approved requests name (R6.1-R6.3). The detail view asks ``access.decide`` for the one
recording, and a refusal is audited as ``access.denied``.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, Row, Select, and_, false, or_, select, tuple_
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.core.errors import NotFoundError, PermissionDeniedError
from app.services.access import (
    CONFIDENTIALITY,
    OWN,
    SCOPE,
    UNIT_TREE,
    AccessTarget,
    Decision,
    cleared_marks,
    decide,
    granted_recording_ids,
)
from app.services.audit import AuditRow, trail_of
from app.services.auth import Actor
from app.services.decode_checks import DecodeCheckRow, decode_check_of
from app.services.handover import HandoverRecord, load_handovers
from app.services.lookups import person_by_login, unit_by_code
from app.services.permissions import Action, require
from app.services.station import StationContext
from app.services.unit_tree import UnitTree, management_scope
from app.store.devices import Device
from app.store.models import Person
from app.store.recordings import HandoverItem, Recording, VaultObject

MAX_PAGE = 1000


@dataclass(frozen=True)
class RecordingFilter:
    """What the browser narrows the list by; empty fields mean no restriction."""

    officer: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    category: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class RecordingCursor:
    """Where the last page ended: pass the last row's ``cursor`` to get the next page."""

    started_at: datetime
    id: int


@dataclass(frozen=True)
class RecordingRow:
    id: int
    started_at: datetime
    duration_s: float | None
    officer_login: str
    officer_name: str
    device_asset: str | None
    category: str
    file_name: str
    is_late: bool
    delay_hours: float
    is_lent: bool
    is_damaged: bool
    confidentiality: str = "none"
    case_no: str | None = None

    @property
    def cursor(self) -> RecordingCursor:
        return RecordingCursor(self.started_at, self.id)

    def as_json(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["started_at"] = self.started_at.isoformat()
        return data


@dataclass(frozen=True)
class RecordingDetail:
    row: RecordingRow
    sha256: str
    sm3: str
    size: int
    vault_status: str
    verified_at: datetime | None
    codec: str | None
    width: int | None
    height: int | None
    fps: float | None
    start_source: str
    device_code: str | None
    officer_code: str | None
    case_no: str | None
    activity_end: datetime
    deadline: datetime
    imported_at: datetime
    imported_by: str
    damage_reason: str | None
    clock_offset_s: float | None
    retention_until: date | None
    retention_kind: str
    retention_reason: str
    handovers: list[HandoverRecord] = field(default_factory=list)
    audit_trail: list[AuditRow] = field(default_factory=list)
    decode_check: DecodeCheckRow | None = None

    def as_json(self) -> dict[str, object]:
        skip = ("row", "handovers", "decode_check")
        data = {k: v for k, v in self.__dict__.items() if k not in skip}
        data["decode_check"] = self.decode_check.as_json() if self.decode_check else None
        data.update(self.row.as_json())
        data["handovers"] = [h.as_json() for h in self.handovers]
        data["audit_trail"] = [
            {"seq": a.seq, "at": a.at.isoformat(), "actor": a.actor, "action": a.action}
            for a in self.audit_trail
        ]
        for key in ("verified_at", "activity_end", "deadline", "imported_at", "retention_until"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None  # type: ignore[attr-defined]
        return data


_ROW_COLUMNS = (Recording, Person.login, Person.name, Device.asset_no)


def list_recordings(
    context: StationContext,
    actor: Actor,
    filters: RecordingFilter,
    after: RecordingCursor | None = None,
    limit: int = 200,
) -> list[RecordingRow]:
    """One page, newest first; pass the last row's ``cursor`` as ``after`` for the next."""
    require(context, actor, Action.VIEW_RECORDINGS)
    limit = max(1, min(limit, MAX_PAGE))
    with context.store.read() as session:
        query = _scoped(session, actor, _base_query(), context.clock())
        query = _filtered(session, query, filters)
        if after is not None:
            key = tuple_(Recording.started_at, Recording.id)
            query = query.where(key < tuple_(after.started_at, after.id))
        query = query.order_by(Recording.started_at.desc(), Recording.id.desc()).limit(limit)
        return [_row(*columns) for columns in session.execute(query)]


def recording_detail(context: StationContext, actor: Actor, recording_id: int) -> RecordingDetail:
    """Everything about one recording; the viewing itself is audited (R4.5, R6.5).

    Raises:
        NotFoundError: no such recording.
        PermissionDeniedError: ``access`` refuses; the refusal is audited first [000 §10(3)].
    """
    require(context, actor, Action.VIEW_RECORDINGS, target=("recording", recording_id))
    with context.store.write() as session:
        found = _found(session, recording_id)
        target = _access_target(*found)
        decision = decide(session, actor, target, "view", context.clock())
        if decision.allowed:
            _audit_view(context, session, actor, target, decision, "recording.view-details")
            detail = _detail(session, *found)
            detail.audit_trail.extend(trail_of(session, "recording", recording_id))
    if not decision.allowed:
        refuse_view(context, actor, target, decision)
    return detail


def recording_access(context: StationContext, actor: Actor, recording_id: int) -> Decision:
    """Whether ``actor`` may view this recording now, and why (no audit entry)."""
    with context.store.read() as session:
        target = recording_target(session, recording_id)
        return decide(session, actor, target, "view", context.clock())


def recording_target(session: Session, recording_id: int) -> AccessTarget:
    """What ``access`` needs to know about one recording: unit, owner, mark."""
    return _access_target(*_found(session, recording_id))


def refuse_view(
    context: StationContext, actor: Actor, target: AccessTarget, decision: Decision
) -> None:
    """Audit a refused viewing in its own transaction, then raise PermissionDeniedError."""
    with context.store.write() as session:
        _audit_view(context, session, actor, target, decision, "access.denied")
    raise PermissionDeniedError(
        "recording.may-not-see", login=actor.login, id=target.id, reason=decision.reason
    )


def load_detail(session: Session, recording_id: int) -> RecordingDetail:
    """The detail of one recording inside the caller's session, with no access check:
    for services that have already decided (custody report) and write their own audit."""
    return _detail(session, *_found(session, recording_id))


def _access_target(
    recording: Recording, login: str, _name: str, _asset: str | None
) -> AccessTarget:
    return AccessTarget(
        "recording", recording.id, recording.unit_id, login, recording.confidentiality
    )


def _audit_view(context, session, actor, target, decision, action) -> None:  # type: ignore[no-untyped-def]
    context.audit.record(
        session,
        actor=actor.login,
        action=action,
        target_kind="recording",
        target_id=target.id,
        details={
            "action": "view",
            "reason": str(decision.reason),
            "grant": decision.grant_id,
            "confidentiality": target.confidentiality,
        },
    )


def _base_query() -> Select:  # type: ignore[type-arg]
    return (
        select(*_ROW_COLUMNS)
        .join(Person, Recording.officer_id == Person.id)
        .outerjoin(Device, Recording.device_id == Device.id)
    )


def _found(session: Session, recording_id: int) -> Row:  # type: ignore[type-arg]
    """The row columns of one recording, or NotFoundError."""
    found = session.execute(_base_query().where(Recording.id == recording_id)).first()
    if found is None:
        raise NotFoundError("recording.not-found", id=recording_id)
    return found


def _scoped(session: Session, actor: Actor, query: Select, now: datetime) -> Select:  # type: ignore[type-arg]
    """The access rules as one WHERE clause: role scope within cleared marks, or granted."""
    condition = _role_scope(session, actor)
    marks = cleared_marks(actor.role)
    if marks != set(CONFIDENTIALITY):
        cleared = Recording.confidentiality.in_(sorted(marks))
        condition = cleared if condition is None else and_(condition, cleared)
    granted = granted_recording_ids(session, actor, now)
    if granted and condition is not None:
        condition = or_(condition, Recording.id.in_(sorted(granted)))
    return query if condition is None else query.where(condition)


def _role_scope(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """None when the role sees the whole tree: no filter, so the plain time index serves."""
    scope = SCOPE[actor.role]
    if scope == OWN:
        return Recording.officer_id == actor.person_id
    if scope != UNIT_TREE:
        return false()
    tree = UnitTree.load(session)
    units = management_scope(tree, actor)
    if len(units) == len(tree.parents):
        return None
    return Recording.unit_id.in_(sorted(units))


def _filtered(session: Session, query: Select, filters: RecordingFilter) -> Select:  # type: ignore[type-arg]
    if filters.officer:
        person = person_by_login(session, filters.officer)
        query = query.where(Recording.officer_id == person.id)
    if filters.unit:
        unit = unit_by_code(session, filters.unit)
        units = UnitTree.load(session).subtree(unit.id)
        query = query.where(Recording.unit_id.in_(sorted(units)))
    if filters.category:
        query = query.where(Recording.category == filters.category)
    if filters.since is not None:
        query = query.where(Recording.started_at >= filters.since)
    if filters.until is not None:
        query = query.where(Recording.started_at < filters.until)
    return query


def _row(recording: Recording, login: str, name: str, asset: str | None) -> RecordingRow:
    return RecordingRow(
        id=recording.id,
        started_at=as_utc(recording.started_at),
        duration_s=recording.duration_s,
        officer_login=login,
        officer_name=name,
        device_asset=asset,
        category=recording.category,
        file_name=recording.file_name,
        is_late=recording.is_late,
        delay_hours=recording.delay_hours,
        is_lent=recording.is_lent,
        is_damaged=recording.is_damaged,
        confidentiality=recording.confidentiality,
        case_no=recording.case_no,
    )


def _detail(
    session: Session, recording: Recording, login: str, name: str, asset: str | None
) -> RecordingDetail:
    obj = session.get_one(VaultObject, recording.vault_object_id)
    handover_ids = session.scalars(
        select(HandoverItem.handover_id)
        .where(HandoverItem.recording_id == recording.id)
        .distinct()
        .order_by(HandoverItem.handover_id)
    )
    return RecordingDetail(
        row=_row(recording, login, name, asset),
        sha256=obj.sha256,
        sm3=obj.sm3,
        size=obj.size,
        vault_status=obj.status,
        verified_at=as_utc(obj.verified_at) if obj.verified_at else None,
        codec=recording.codec,
        width=recording.width,
        height=recording.height,
        fps=recording.fps,
        start_source=recording.start_source,
        device_code=recording.device_code,
        officer_code=recording.officer_code,
        case_no=recording.case_no,
        activity_end=as_utc(recording.activity_end),
        deadline=as_utc(recording.deadline),
        imported_at=as_utc(recording.imported_at),
        imported_by=recording.imported_by,
        damage_reason=recording.damage_reason,
        clock_offset_s=recording.clock_offset_s,
        retention_until=recording.retention_until,
        retention_kind=recording.retention_kind,
        retention_reason=recording.retention_reason,
        handovers=load_handovers(session, list(handover_ids)),
        decode_check=decode_check_of(recording),
    )
