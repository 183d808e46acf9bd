"""Forms and approvals: forms, their targets and their signed steps.

Revision ID: 0004
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.String(60), nullable=False),
        sa.Column("chain", sa.String(200), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("submitted_at", UTC_DATETIME, nullable=True),
        sa.Column("decided_at", UTC_DATETIME, nullable=True),
        sa.Column("closed_at", UTC_DATETIME, nullable=True),
        sa.Column("due_at", UTC_DATETIME, nullable=True),
        sa.Column("valid_from", UTC_DATETIME, nullable=True),
        sa.Column("valid_until", UTC_DATETIME, nullable=True),
        _fk("forms", "previous_id", "forms"),
        _fk("forms", "unit_id", "units"),
        _fk("forms", "applicant_id", "people"),
        sa.PrimaryKeyConstraint("id", name="pk_forms"),
        sa.UniqueConstraint("previous_id", name="uq_forms_previous_id"),
    )
    op.create_index("ix_forms_state_id", "forms", ["state", "id"])
    op.create_index("ix_forms_kind_id", "forms", ["kind", "id"])
    op.create_index("ix_forms_applicant_id_id", "forms", ["applicant_id", "id"])
    op.create_index("ix_forms_unit_id_id", "forms", ["unit_id", "id"])
    op.create_table(
        "form_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(40), nullable=False),
        sa.Column("target_id", sa.String(100), nullable=False),
        _fk("form_targets", "form_id", "forms"),
        sa.PrimaryKeyConstraint("id", name="pk_form_targets"),
        sa.UniqueConstraint(
            "form_id",
            "target_kind",
            "target_id",
            name="uq_form_targets_form_id_target_kind_target_id",
        ),
    )
    op.create_index(
        "ix_form_targets_target_kind_target_id", "form_targets", ["target_kind", "target_id"]
    )
    op.create_table(
        "form_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(30), nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("entries", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(64), nullable=False),
        _fk("form_steps", "form_id", "forms"),
        _fk("form_steps", "person_id", "people"),
        sa.PrimaryKeyConstraint("id", name="pk_form_steps"),
        sa.UniqueConstraint("form_id", "seq", name="uq_form_steps_form_id_seq"),
    )


def downgrade() -> None:
    for table in ("form_steps", "form_targets", "forms"):
        op.drop_table(table)
