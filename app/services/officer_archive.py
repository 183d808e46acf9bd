"""The per-officer electronic archive (个人执法执勤记录电子档案) [000 §9(3)] (R2.3).

One officer's recordings, oldest first, each with the hand-over that brought it in (when,
to which administrator) and its SHA-256. The recordings come from ``list_recordings``, so
the archive shows exactly what its reader may see there (``app.services.access``).
"""

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.core.clock import as_utc
from app.core.errors import NotFoundError
from app.reports.rows import ArchiveRow, OfficerArchive
from app.services.auth import Actor
from app.services.permissions import Action, require
from app.services.profiles import active_profile
from app.services.recordings import RecordingFilter, RecordingRow, list_recordings
from app.services.station import StationContext
from app.store.models import Person, Unit
from app.store.recordings import Handover, HandoverItem, Recording, VaultObject

PAGE = 1000


def officer_archive(context: StationContext, actor: Actor, login: str) -> OfficerArchive:
    """The archive of the officer ``login``, as far as ``actor`` may see their recordings.

    Raises:
        NotFoundError: no person with this login.
        PermissionDeniedError: the actor may not view recordings at all.
    """
    require(context, actor, Action.VIEW_RECORDINGS, target=("person", login))
    with context.store.read() as session:
        found = session.execute(
            select(Person.name, Unit.name)
            .join(Unit, Unit.id == Person.unit_id)
            .where(Person.login == login)
        ).first()
    if found is None:
        raise NotFoundError("people.no-person", login=login)
    recordings = _all_recordings(context, actor, login)
    labels = {c.id: c.label_zh for c in active_profile(context).categories}
    with context.store.read() as session:
        facts = _handover_facts(session, [r.id for r in recordings])
    rows = [
        ArchiveRow(
            recorded_at=r.started_at,
            duration_s=r.duration_s,
            category=labels.get(r.category, r.category),
            device_asset=r.device_asset or "",
            file_name=r.file_name,
            handed_over_at=facts[r.id][0],
            administrator_name=facts[r.id][1],
            sha256=facts[r.id][2],
        )
        for r in reversed(recordings)
    ]
    return OfficerArchive(login, found[0], found[1], rows)


def _all_recordings(context: StationContext, actor: Actor, login: str) -> list[RecordingRow]:
    rows: list[RecordingRow] = []
    after = None
    while True:
        page = list_recordings(context, actor, RecordingFilter(officer=login), after, PAGE)
        rows += page
        if len(page) < PAGE:
            return rows
        after = page[-1].cursor


def _handover_facts(session: Session, ids: list[int]) -> dict[int, tuple]:  # type: ignore[type-arg]
    """Recording id → (first hand-over time, its administrator's name, SHA-256)."""
    admin = aliased(Person)
    facts: dict[int, tuple] = {}  # type: ignore[type-arg]
    for start in range(0, len(ids), PAGE):
        chunk = ids[start : start + PAGE]
        query = (
            select(Recording.id, VaultObject.sha256, Handover.handed_at, admin.name)
            .join(VaultObject, VaultObject.id == Recording.vault_object_id)
            .outerjoin(HandoverItem, HandoverItem.recording_id == Recording.id)
            .outerjoin(Handover, Handover.id == HandoverItem.handover_id)
            .outerjoin(admin, admin.id == Handover.administrator_id)
            .where(Recording.id.in_(chunk))
            .order_by(Recording.id, Handover.handed_at)
        )
        for rid, sha, at, name in session.execute(query):
            if rid not in facts:
                facts[rid] = (as_utc(at) if at else None, name or "", sha)
    return facts
