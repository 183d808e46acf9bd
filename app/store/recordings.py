"""Recordings, the vault objects that hold their bytes, hand-overs and integrity alarms (R2, R9)."""

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime


class VaultObject(Base):
    """One file in the vault, named by its SHA-256; never changed after it is stored."""

    __tablename__ = "vault_objects"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    sm3: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    stored_at: Mapped[datetime] = mapped_column(UtcDateTime)
    verified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # "ok", "changed" or "missing": the outcome of the latest integrity check (R9.1).
    status: Mapped[str] = mapped_column(String(20))


class Handover(Base):
    """One hand-over register entry (移交登记) [000 §9(4)]: who, to whom, when, what."""

    __tablename__ = "handovers"
    __table_args__ = (Index("ix_handovers_officer_id_handed_at", "officer_id", "handed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    administrator_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"))
    handed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    file_count: Mapped[int] = mapped_column(Integer)
    total_bytes: Mapped[int] = mapped_column(BigInteger)


class HandoverItem(Base):
    """One file of a hand-over: imported, damaged (imported and flagged) or a duplicate."""

    __tablename__ = "handover_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), index=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    sm3: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)


class Recording(Base):
    """One piece of footage: what the file says about itself and what the hand-over decided."""

    __tablename__ = "recordings"
    __table_args__ = (
        Index("ix_recordings_started_at_id", "started_at", "id"),
        Index("ix_recordings_officer_id_started_at_id", "officer_id", "started_at", "id"),
        Index("ix_recordings_unit_id_started_at_id", "unit_id", "started_at", "id"),
        Index("ix_recordings_category_started_at_id", "category", "started_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vault_object_id: Mapped[int] = mapped_column(ForeignKey("vault_objects.id"), unique=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Where the start time came from: "name" (recorder file name), "container", "file-time".
    start_source: Mapped[str] = mapped_column(String(20))
    duration_s: Mapped[float | None] = mapped_column(Float)
    codec: Mapped[str | None] = mapped_column(String(40))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    fps: Mapped[float | None] = mapped_column(Float)
    device_code: Mapped[str | None] = mapped_column(String(60))
    officer_code: Mapped[str | None] = mapped_column(String(60))
    category: Mapped[str] = mapped_column(String(60))
    case_no: Mapped[str | None] = mapped_column(String(100))
    activity_end: Mapped[datetime] = mapped_column(UtcDateTime)
    deadline: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_by: Mapped[str] = mapped_column(String(60))
    is_late: Mapped[bool] = mapped_column(Boolean)
    delay_hours: Mapped[float] = mapped_column(Float)
    is_lent: Mapped[bool] = mapped_column(Boolean)
    is_damaged: Mapped[bool] = mapped_column(Boolean)
    damage_reason: Mapped[str | None] = mapped_column(Text)
    clock_offset_s: Mapped[float | None] = mapped_column(Float)
    retention_until: Mapped[date | None] = mapped_column(Date)
    retention_kind: Mapped[str] = mapped_column(String(30))
    retention_reason: Mapped[str] = mapped_column(Text)
    # R3.5: "none", "personal-privacy", "commercial-secret" or "state-secret" (services.access).
    confidentiality: Mapped[str] = mapped_column(String(30), default="none", server_default="none")
    # The full decode check (issue #17, services.decode_checks): NULL until it ran, then
    # "clean" or "damaged" with the first fault's place and FFmpeg's words for it.
    decode_status: Mapped[str | None] = mapped_column(String(16))
    decode_checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    decode_frames: Mapped[int | None] = mapped_column(Integer)
    decode_first_bad_s: Mapped[float | None] = mapped_column(Float)
    decode_first_bad_frame: Mapped[int | None] = mapped_column(Integer)
    decode_reason: Mapped[str | None] = mapped_column(Text)


class IntegrityAlarm(Base):
    """A vault file that no longer matches its digest, or is gone; never silently fixed (R9.1)."""

    __tablename__ = "integrity_alarms"
    __table_args__ = (Index("ix_integrity_alarms_detected_at_id", "detected_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vault_object_id: Mapped[int] = mapped_column(ForeignKey("vault_objects.id"), index=True)
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(20))
    expected_sha256: Mapped[str] = mapped_column(String(64))
    actual_sha256: Mapped[str | None] = mapped_column(String(64))
    detected_by: Mapped[str] = mapped_column(String(60))
