"""The tables of the foundation: units, people, login sessions, settings, audit chain.

Later features add their tables by migration; every model here has its twin in
``store/migrations/versions`` and a test keeps the two in step.
"""

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UtcDateTime = DateTime(timezone=True)
#: The largest id a row can have in both stores: PostgreSQL's INTEGER is the narrower. A
#: larger number typed for an id names nothing (and SQLite cannot even bind one past 2**63).
MAX_ID = 2**31 - 1


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Unit(Base):
    """A node of the unit tree: county bureau → station/brigade → team (R13)."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    parent: Mapped["Unit | None"] = relationship(remote_side=[id])


class Station(Base):
    """A workstation folder registered in the store; several share one PostgreSQL store."""

    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    profile_id: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Person(Base):
    """Someone who logs in; every action in the audit chain names one."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(30))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Who created the account (issue #17); NULL for the first manager and older accounts.
    created_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))

    unit: Mapped[Unit] = relationship()


class LoginSession(Base):
    """One login, from the password check to logout (or to the process ending)."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    client: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Setting(Base):
    """A station-wide setting as JSON text, e.g. the active policy profile."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CustomProfile(Base):
    """A unit's copy of a built-in policy profile, changed where the unit needs it."""

    __tablename__ = "custom_profiles"

    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    based_on: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    toml: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditEntry(Base):
    """One link of the audit chain (R9.2): its hash covers its content and the previous hash."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_at_seq", "at", "seq"),
        Index("ix_audit_entries_actor_seq", "actor", "seq"),
        Index("ix_audit_entries_action_seq", "action", "seq"),
        # The audit trail of one recording, device or form (its detail panes).
        Index("ix_audit_entries_target_kind_target_id_seq", "target_kind", "target_id", "seq"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(60))
    target_kind: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(100))
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The newest link of the chain, locked by each writer so two never fork the chain."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    # The station key's signature of (seq, hash); NULL only before the first signed head.
    key_id: Mapped[str | None] = mapped_column(String(16))
    signature: Mapped[str | None] = mapped_column(String(128))
