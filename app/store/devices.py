"""The device ledger (R1): devices, who wears each, pre-use checks, faults and repairs."""

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime


class Device(Base):
    """One recorder in the ledger [002 §3] [000 §3]; ``assignee_id`` is its one wearer."""

    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_no: Mapped[str] = mapped_column(String(60), unique=True)
    serial: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    state: Mapped[str] = mapped_column(String(20))
    # 谁佩戴谁负责 [002 §17]: at most one wearer at a time; NULL means in the store room.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DeviceAssignment(Base):
    """One issue of a device to a wearer and its return: the issue/return log [002 §8]."""

    __tablename__ = "device_assignments"
    __table_args__ = (Index("ix_device_assignments_device_id_issued_at", "device_id", "issued_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by: Mapped[str] = mapped_column(String(60))
    returned_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    returned_by: Mapped[str | None] = mapped_column(String(60))


class DeviceEvent(Base):
    """A step in a device's life: fault, check, repair, back in service, loss [002 §16-17]."""

    __tablename__ = "device_events"
    __table_args__ = (Index("ix_device_events_device_id_at", "device_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(Text)
    state_after: Mapped[str] = mapped_column(String(20))
    compensation_yuan: Mapped[float | None] = mapped_column(Float)


class DeviceCheck(Base):
    """A pre-use check [002 §10] [004 §5], or the clock offset measured at an import [003 §6(1)]."""

    __tablename__ = "device_checks"
    __table_args__ = (Index("ix_device_checks_device_id_at", "device_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    source: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    battery_ok: Mapped[bool | None] = mapped_column(Boolean)
    storage_ok: Mapped[bool | None] = mapped_column(Boolean)
    clock_ok: Mapped[bool | None] = mapped_column(Boolean)
    clock_offset_s: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text)
