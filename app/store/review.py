"""Review of footage (R3.3, R3.4, R4, R6.5): frame indexes, markers, stills, angles, viewings."""

from datetime import datetime

from sqlalchemy import (
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime


class StoredFrameIndex(Base):
    """The frame index of one vault object, built once so that opening it later costs no rescan.

    Kept in the database (not the station folder) so every station sharing a PostgreSQL
    store reuses it; ``data`` is ``FrameIndex.to_bytes()`` of ``format_version``.
    """

    __tablename__ = "frame_indexes"

    id: Mapped[int] = mapped_column(primary_key=True)
    vault_object_id: Mapped[int] = mapped_column(ForeignKey("vault_objects.id"), unique=True)
    format_version: Mapped[int] = mapped_column(Integer)
    frame_count: Mapped[int] = mapped_column(Integer)
    built_at: Mapped[datetime] = mapped_column(UtcDateTime)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Marker(Base):
    """A mark at an exact frame of a recording: what must be shown [001 §16] [003 §6(6)]."""

    __tablename__ = "markers"
    __table_args__ = (Index("ix_markers_recording_id_frame", "recording_id", "frame"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"))
    frame: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Still(Base):
    """An exact frame saved as a picture, hashed and registered with its provenance (R4.3)."""

    __tablename__ = "stills"
    __table_args__ = (Index("ix_stills_recording_id_frame", "recording_id", "frame"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"))
    frame: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    device_time: Mapped[datetime | None] = mapped_column(UtcDateTime)
    made_by: Mapped[str] = mapped_column(String(60))
    made_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AngleGroup(Base):
    """Recordings of one event from several devices [003 §6(8)] [001 §17] (R3.4)."""

    __tablename__ = "angle_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AngleGroupMember(Base):
    """One recording of an angle group; a recording may belong to several groups."""

    __tablename__ = "angle_group_members"
    __table_args__ = (UniqueConstraint("group_id", "recording_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("angle_groups.id"))
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), index=True)


class Viewing(Base):
    """One viewing of a recording for the viewing register [001 §32] [004 §16] (R6.5).

    ``closed_at`` and ``duration_s`` stay NULL while the viewing lasts (or when the viewer's
    program ended without saying so); ``grant_id`` is the approved form that allowed it.
    """

    __tablename__ = "viewings"
    __table_args__ = (Index("ix_viewings_recording_id_opened_at", "recording_id", "opened_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"))
    viewer: Mapped[str] = mapped_column(String(60))
    purpose: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text)
    grant_id: Mapped[int | None] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    duration_s: Mapped[float | None] = mapped_column(Float)
