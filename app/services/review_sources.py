"""A recording as the review sees it: its vault copy, clocks and frame index (R4.1, R4.2).

Every review function starts here: the role must be one that views footage, and
``access.decide`` must allow this actor this recording; a refusal is audited as
``access.denied`` before it is raised [000 §10(3)].
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.core.clock import as_utc
from app.core.errors import NotFoundError, ValidationError
from app.integrity.vault import Vault
from app.media.frame_index import FrameIndex
from app.media.timecode import FrameClock
from app.services.access import AccessTarget, decide
from app.services.auth import Actor
from app.services.frame_indexes import recording_index, vault_copy
from app.services.permissions import Action, require
from app.services.recordings import refuse_view
from app.services.station import StationContext
from app.store.devices import Device
from app.store.models import Person
from app.store.recordings import Recording, VaultObject


@dataclass(frozen=True)
class ReviewRecording:
    """What the player, the markers and the stills need to know about one recording."""

    id: int
    file_name: str
    sha256: str
    path: Path
    started_at: datetime  # the device's clock at frame 0
    clock_offset_s: float  # device clock minus true clock, measured at import (0 if not)
    officer_login: str
    officer_name: str
    device_asset: str | None
    unit_id: int
    confidentiality: str

    @property
    def clock_offset(self) -> timedelta:
        return timedelta(seconds=self.clock_offset_s)

    @property
    def target(self) -> AccessTarget:
        return AccessTarget(
            "recording", self.id, self.unit_id, self.officer_login, self.confidentiality
        )

    @property
    def title(self) -> str:
        """Device · officer · file, as the player's corner shows it."""
        return " · ".join(p for p in (self.device_asset, self.officer_name, self.file_name) if p)


@dataclass(frozen=True)
class ReviewSource:
    """A recording ready for exact frames: its facts, its index and its three clocks."""

    recording: ReviewRecording
    index: FrameIndex

    @property
    def clock(self) -> FrameClock:
        r = self.recording
        return FrameClock(self.index.seconds(), r.started_at, r.clock_offset)

    @property
    def frame_count(self) -> int:
        return len(self.index)

    def check_frame(self, frame: int) -> None:
        if not 0 <= frame < len(self.index):
            raise ValidationError(
                "recording.no-frame", id=self.recording.id, frame=frame, last=len(self.index) - 1
            )


def _query() -> Select:  # type: ignore[type-arg]
    return (
        select(Recording, VaultObject.sha256, Person.login, Person.name, Device.asset_no)
        .join(VaultObject, VaultObject.id == Recording.vault_object_id)
        .join(Person, Person.id == Recording.officer_id)
        .outerjoin(Device, Device.id == Recording.device_id)
    )


def load_recording(context: StationContext, session: Session, recording_id: int) -> ReviewRecording:
    """The recording's review facts inside the caller's session (no access check)."""
    found = session.execute(_query().where(Recording.id == recording_id)).first()
    if found is None:
        raise NotFoundError("recording.not-found", id=recording_id)
    recording, sha256, login, name, asset = found
    return ReviewRecording(
        id=recording.id,
        file_name=recording.file_name,
        sha256=sha256,
        path=Vault(context.paths.vault).path_for(sha256),
        started_at=as_utc(recording.started_at),
        clock_offset_s=recording.clock_offset_s or 0.0,
        officer_login=login,
        officer_name=name,
        device_asset=asset,
        unit_id=recording.unit_id,
        confidentiality=recording.confidentiality,
    )


def viewable_recording(context: StationContext, actor: Actor, recording_id: int) -> ReviewRecording:
    """The recording if ``actor`` may view it now; a refusal is audited, then raised.

    Raises:
        NotFoundError: no such recording.
        PermissionDeniedError: the role or ``access`` refuses.
    """
    require(context, actor, Action.VIEW_RECORDINGS, target=("recording", recording_id))
    with context.store.read() as session:
        recording = load_recording(context, session, recording_id)
        decision = decide(session, actor, recording.target, "view", context.clock())
    if not decision.allowed:
        refuse_view(context, actor, recording.target, decision)
    return recording


def review_source(context: StationContext, actor: Actor, recording_id: int) -> ReviewSource:
    """A viewable recording with its frame index (built and kept on first use)."""
    recording = viewable_recording(context, actor, recording_id)
    vault_copy(context, recording.sha256)
    return ReviewSource(recording, recording_index(context, actor, recording_id))
