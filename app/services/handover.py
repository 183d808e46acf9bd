"""The hand-over register (移交登记) [000 §9(4)]: who handed over, to which administrator,
when, which files, how many bytes, which digests.

An import opens one hand-over with its first committed file and adds one item per file in
that file's own transaction, so the register always matches the vault, even after a crash.
The ``manifest`` digest covers the sorted item lines: the one value both signatures
(officer and administrator, R2.3) vouch for on the printed register.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.core.errors import NotFoundError
from app.services.auth import Actor
from app.services.permissions import Action, require
from app.services.station import StationContext
from app.store.devices import Device
from app.store.models import Person
from app.store.recordings import Handover, HandoverItem


@dataclass(frozen=True)
class HandoverItemRow:
    recording_id: int
    outcome: str
    source: str
    sha256: str
    sm3: str
    size: int


@dataclass(frozen=True)
class HandoverRecord:
    id: int
    officer_login: str
    officer_name: str
    administrator_login: str
    administrator_name: str
    device_asset: str | None
    handed_at: datetime
    file_count: int
    total_bytes: int
    manifest_sha256: str
    items: list[HandoverItemRow]

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "officer": self.officer_login,
            "administrator": self.administrator_login,
            "device": self.device_asset,
            "handed_at": self.handed_at.isoformat(),
            "file_count": self.file_count,
            "total_bytes": self.total_bytes,
            "manifest_sha256": self.manifest_sha256,
            "items": [item.__dict__ for item in self.items],
        }


def open_handover(
    session: Session, *, officer_id: int, administrator_id: int, device_id: int, at: datetime
) -> Handover:
    """Start a register entry inside the caller's transaction (with its first file)."""
    handover = Handover(
        officer_id=officer_id,
        administrator_id=administrator_id,
        device_id=device_id,
        handed_at=at,
        file_count=0,
        total_bytes=0,
    )
    session.add(handover)
    session.flush()
    return handover


def add_handover_item(session: Session, handover: Handover, item: HandoverItemRow) -> None:
    """One file of the hand-over; duplicates are listed too, linked to the existing recording."""
    session.add(HandoverItem(handover_id=handover.id, **item.__dict__))
    handover.file_count += 1
    handover.total_bytes += item.size


def manifest_digest(items: list[HandoverItemRow]) -> str:
    lines = sorted(f"{i.sha256} {i.sm3} {i.size} {i.outcome} {i.source}" for i in items)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def handover_record(context: StationContext, actor: Actor, handover_id: int) -> HandoverRecord:
    require(context, actor, Action.VIEW_RECORDINGS, target=("handover", handover_id))
    with context.store.read() as session:
        return load_handover(session, handover_id)


def load_handover(session: Session, handover_id: int) -> HandoverRecord:
    """The register entry with its items, for the detail view and the printed register."""
    found = load_handovers(session, [handover_id])
    if not found:
        raise NotFoundError("handover.not-found", handover_id=handover_id)
    return found[0]


def load_handovers(session: Session, handover_ids: Sequence[int]) -> list[HandoverRecord]:
    """The entries ``handover_ids`` in that order (unknown ids left out), in four queries."""
    handovers = {
        h.id: h for h in session.scalars(select(Handover).where(Handover.id.in_(handover_ids)))
    }
    person_ids = {h.officer_id for h in handovers.values()}
    person_ids |= {h.administrator_id for h in handovers.values()}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))}
    device_ids = {h.device_id for h in handovers.values() if h.device_id}
    assets = dict(
        session.execute(select(Device.id, Device.asset_no).where(Device.id.in_(device_ids))).all()
    )
    items: dict[int, list[HandoverItemRow]] = {}
    for i in session.scalars(
        select(HandoverItem)
        .where(HandoverItem.handover_id.in_(handover_ids))
        .order_by(HandoverItem.id)
    ):
        items.setdefault(i.handover_id, []).append(
            HandoverItemRow(i.recording_id, i.outcome, i.source, i.sha256, i.sm3, i.size)
        )
    return [
        _record(handovers[hid], people, assets, items.get(hid, []))
        for hid in handover_ids
        if hid in handovers
    ]


def _record(
    handover: Handover,
    people: dict[int, Person],
    assets: dict[int, str],
    items: list[HandoverItemRow],
) -> HandoverRecord:
    officer, admin = people[handover.officer_id], people[handover.administrator_id]
    return HandoverRecord(
        id=handover.id,
        officer_login=officer.login,
        officer_name=officer.name,
        administrator_login=admin.login,
        administrator_name=admin.name,
        device_asset=assets.get(handover.device_id) if handover.device_id else None,
        handed_at=as_utc(handover.handed_at),
        file_count=handover.file_count,
        total_bytes=handover.total_bytes,
        manifest_sha256=manifest_digest(items),
        items=items,
    )


def list_handovers(
    context: StationContext, actor: Actor, *, before_id: int | None = None, limit: int = 200
) -> list[HandoverRecord]:
    """Newest first, by key; officers see their own hand-overs only."""
    require(context, actor, Action.VIEW_RECORDINGS)
    query = select(Handover.id).order_by(Handover.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(Handover.id < before_id)
    if actor.role.value == "officer":
        query = query.where(Handover.officer_id == actor.person_id)
    with context.store.read() as session:
        return load_handovers(session, list(session.scalars(query)))
