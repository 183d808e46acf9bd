"""Forms and approvals (R5, R6, R10): one table of forms, their targets and their signed steps.

Footage and devices live in another feature's branch of the schema, so a form names what it
is about by ``target_kind`` + ``target_id`` rather than by foreign key.
"""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime


class Form(Base):
    """One version of one form; its ``fields`` never change once it is submitted.

    ``unit_id`` is the unit whose chain approves it (the holding unit of a retrieval
    notice, the inspected unit of an inspection; otherwise the applicant's unit).
    ``chain`` is the comma-separated list of approving roles, fixed when it is submitted.
    """

    __tablename__ = "forms"
    __table_args__ = (
        Index("ix_forms_state_id", "state", "id"),
        Index("ix_forms_kind_id", "kind", "id"),
        Index("ix_forms_applicant_id_id", "applicant_id", "id"),
        Index("ix_forms_unit_id_id", "unit_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("forms.id"), unique=True)
    state: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    profile_id: Mapped[str] = mapped_column(String(60))
    chain: Mapped[str] = mapped_column(String(200))
    fields: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    valid_from: Mapped[datetime | None] = mapped_column(UtcDateTime)
    valid_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class FormTarget(Base):
    """What a form names: a recording, a device, a person, a unit, another form."""

    __tablename__ = "form_targets"
    __table_args__ = (
        UniqueConstraint("form_id", "target_kind", "target_id"),
        Index("ix_form_targets_target_kind_target_id", "target_kind", "target_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("forms.id"))
    target_kind: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(100))


class FormStep(Base):
    """A signed step: who did what to which content, when (the signature covers all four)."""

    __tablename__ = "form_steps"
    __table_args__ = (UniqueConstraint("form_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("forms.id"))
    seq: Mapped[int] = mapped_column(Integer)
    step: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    role: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    comment: Mapped[str] = mapped_column(Text)
    # Fields entered at this step (a closing note), as canonical JSON; the signature covers it.
    entries: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(64))
