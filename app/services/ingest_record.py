"""Registering one imported file: its vault object, recording, hand-over item and audit entry.

Everything here runs in one transaction per file, after the vault copy is verified, so a
crash leaves either a complete registration or none (DESIGN §3.3).
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.integrity.vault import StoredFile
from app.media.camera_names import NameFacts
from app.media.import_probe import MediaFacts
from app.policy.profile import PolicyProfile
from app.policy.rules import handover_deadline, retention_end
from app.services.auth import Actor
from app.services.handover import (
    HandoverItemRow,
    add_handover_item,
    load_handover,
    open_handover,
)
from app.services.station import StationContext
from app.store.devices import DeviceCheck
from app.store.recordings import Handover, Recording, VaultObject

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunPlan:
    """What holds for every file of one run, resolved once before copying starts."""

    profile: PolicyProfile
    category: str
    officer_id: int
    officer_login: str
    unit_id: int
    device_id: int
    device_asset: str
    assignee_login: str | None
    administrator_id: int
    case_no: str | None
    activity_end: datetime | None
    clock_offset_s: float | None
    confidentiality: str = "none"

    @property
    def is_lent(self) -> bool:
        """Footage from someone else's device: lending is forbidden [000 §8(7)] [002 §18(6)]."""
        return self.assignee_login is not None and self.assignee_login != self.officer_login


@dataclass(frozen=True)
class FileFacts:
    source: Path
    stored: StoredFile
    name: NameFacts
    media: MediaFacts
    started_at: datetime
    start_source: str


@dataclass(frozen=True)
class IngestItem:
    """One file's outcome; ``id`` is the recording (the existing one for a duplicate)."""

    source: str
    id: int | None = None
    sha256: str | None = None
    sm3: str | None = None
    size: int | None = None
    started_at: datetime | None = None
    duration_s: float | None = None
    late: bool = False
    delay_hours: float = 0.0
    lent: bool = False
    damaged: bool = False
    reason: str | None = None
    mirrored: bool | None = None
    cleared: bool | None = None

    def as_json(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["started_at"] = self.started_at.isoformat() if self.started_at else None
        return {k: v for k, v in data.items() if v is not None or k in _ALWAYS}


_ALWAYS = frozenset({"id", "sha256", "sm3", "size", "late", "delay_hours"})


@dataclass(frozen=True)
class RegisterOutcome:
    bucket: str  # "imported" or "duplicates"
    item: IngestItem
    recording_id: int
    handover_id: int


def register_file(
    context: StationContext,
    actor: Actor,
    plan: RunPlan,
    facts: FileFacts,
    handover_id: int | None,
    earlier: tuple[str, int] | None,
) -> RegisterOutcome:
    """Commit one file; ``earlier`` is what a resumed run's journal says it already did."""
    digests = facts.stored.digests
    with context.store.write() as session:
        existing = session.scalar(
            select(Recording)
            .join(VaultObject, Recording.vault_object_id == VaultObject.id)
            .where(VaultObject.sha256 == digests.sha256)
        )
        if existing is not None and earlier is not None and earlier[1] == existing.id:
            return RegisterOutcome(
                earlier[0], _item(existing, facts), existing.id, handover_id or 0
            )
        handover = _handover(context, session, actor, plan, handover_id)
        if existing is not None:
            return _duplicate(context, session, actor, handover, existing, facts)
        recording = _new_recording(context, session, actor, plan, facts)
        add_handover_item(session, handover, _handover_item(recording.id, "imported", facts))
        _audit_import(context, session, actor, plan, recording, facts)
        return RegisterOutcome("imported", _item(recording, facts), recording.id, handover.id)


def _handover(
    context: StationContext,
    session: Session,
    actor: Actor,
    plan: RunPlan,
    handover_id: int | None,
) -> Handover:
    if handover_id is not None:
        return session.get_one(Handover, handover_id)
    now = context.clock()
    handover = open_handover(
        session,
        officer_id=plan.officer_id,
        administrator_id=plan.administrator_id,
        device_id=plan.device_id,
        at=now,
    )
    if plan.clock_offset_s is not None:
        # The device clock read at import, kept with the device's checks [003 §6(1)].
        session.add(
            DeviceCheck(
                device_id=plan.device_id,
                person_id=actor.person_id,
                source="import",
                at=now,
                clock_ok=abs(plan.clock_offset_s) < 60,
                clock_offset_s=plan.clock_offset_s,
                note=f"hand-over {handover.id}",
            )
        )
    context.audit.record(
        session,
        actor=actor.login,
        action="handover.open",
        target_kind="handover",
        target_id=handover.id,
        details={
            "officer": plan.officer_login,
            "device": plan.device_asset,
            "clock_offset_s": plan.clock_offset_s,
        },
    )
    return handover


def _duplicate(
    context: StationContext,
    session: Session,
    actor: Actor,
    handover: Handover,
    existing: Recording,
    facts: FileFacts,
) -> RegisterOutcome:
    add_handover_item(session, handover, _handover_item(existing.id, "duplicate", facts))
    context.audit.record(
        session,
        actor=actor.login,
        action="recording.duplicate",
        target_kind="recording",
        target_id=existing.id,
        details={"source": str(facts.source), "sha256": facts.stored.digests.sha256},
    )
    return RegisterOutcome("duplicates", _item(existing, facts), existing.id, handover.id)


def _new_recording(
    context: StationContext, session: Session, actor: Actor, plan: RunPlan, facts: FileFacts
) -> Recording:
    digests, now = facts.stored.digests, context.clock()
    vault_object = session.scalar(select(VaultObject).where(VaultObject.sha256 == digests.sha256))
    if vault_object is None:
        vault_object = VaultObject(
            sha256=digests.sha256,
            sm3=digests.sm3,
            size=digests.size,
            stored_at=now,
            verified_at=now,
            status="ok",
        )
        session.add(vault_object)
        session.flush()
    activity_end = _activity_end(plan, facts)
    deadline = handover_deadline(plan.profile, activity_end)
    late = now > deadline
    retention = retention_end(
        plan.profile,
        category=plan.category,
        recorded_at=facts.started_at,
        is_evidence=plan.case_no is not None,
    )
    media = facts.media
    recording = Recording(
        vault_object_id=vault_object.id,
        officer_id=plan.officer_id,
        unit_id=plan.unit_id,
        device_id=plan.device_id,
        file_name=facts.source.name[-255:],
        started_at=facts.started_at,
        start_source=facts.start_source,
        duration_s=media.duration_s,
        codec=media.codec,
        width=media.width,
        height=media.height,
        fps=media.fps,
        device_code=facts.name.device_code,
        officer_code=facts.name.officer_code,
        category=plan.category,
        case_no=plan.case_no,
        activity_end=activity_end,
        deadline=deadline,
        imported_at=now,
        imported_by=actor.login,
        is_late=late,
        delay_hours=round((now - deadline) / timedelta(hours=1), 2) if late else 0.0,
        is_lent=plan.is_lent,
        is_damaged=media.damage is not None,
        damage_reason=media.damage,
        clock_offset_s=plan.clock_offset_s,
        retention_until=retention.until,
        retention_kind=retention.kind,
        retention_reason=retention.reason_zh,
        confidentiality=plan.confidentiality,
    )
    session.add(recording)
    session.flush()
    return recording


def _activity_end(plan: RunPlan, facts: FileFacts) -> datetime:
    """The given end of the activity, else the recording's end on the corrected clock."""
    if plan.activity_end is not None:
        return plan.activity_end
    end = facts.started_at + timedelta(seconds=facts.media.duration_s or 0)
    if plan.clock_offset_s is not None and facts.start_source == "name":
        end -= timedelta(seconds=plan.clock_offset_s)
    return end


def _audit_import(
    context: StationContext,
    session: Session,
    actor: Actor,
    plan: RunPlan,
    recording: Recording,
    facts: FileFacts,
) -> None:
    digests = facts.stored.digests
    context.audit.record(
        session,
        actor=actor.login,
        action="recording.import",
        target_kind="recording",
        target_id=recording.id,
        details={
            "source": str(facts.source),
            "sha256": digests.sha256,
            "sm3": digests.sm3,
            "size": digests.size,
            "officer": plan.officer_login,
            "device": plan.device_asset,
            "late": recording.is_late,
            "delay_hours": recording.delay_hours,
            "damaged": recording.damage_reason,
            "confidentiality": plan.confidentiality,
        },
    )
    if plan.is_lent:
        context.audit.record(
            session,
            actor=actor.login,
            action="recording.lent-device",
            target_kind="recording",
            target_id=recording.id,
            details={
                "device": plan.device_asset,
                "assignee": plan.assignee_login,
                "officer": plan.officer_login,
            },
        )


def complete_handover(context: StationContext, actor: Actor, handover_id: int) -> None:
    """Close a run's hand-over with its totals and manifest digest in the audit chain."""
    with context.store.write() as session:
        record = load_handover(session, handover_id)
        context.audit.record(
            session,
            actor=actor.login,
            action="handover.complete",
            target_kind="handover",
            target_id=handover_id,
            details={
                "files": record.file_count,
                "bytes": record.total_bytes,
                "manifest_sha256": record.manifest_sha256,
            },
        )


def _handover_item(recording_id: int, outcome: str, facts: FileFacts) -> HandoverItemRow:
    digests = facts.stored.digests
    return HandoverItemRow(
        recording_id, outcome, str(facts.source), digests.sha256, digests.sm3, digests.size
    )


def _item(recording: Recording, facts: FileFacts) -> IngestItem:
    digests = facts.stored.digests
    return IngestItem(
        source=str(facts.source),
        id=recording.id,
        sha256=digests.sha256,
        sm3=digests.sm3,
        size=digests.size,
        started_at=as_utc(recording.started_at),
        duration_s=recording.duration_s,
        late=recording.is_late,
        delay_hours=recording.delay_hours,
        lent=recording.is_lent,
        damaged=recording.is_damaged,
        reason=recording.damage_reason,
    )
