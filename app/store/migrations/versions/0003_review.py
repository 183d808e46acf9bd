"""Review: frame indexes, markers, stills, multi-angle groups and the viewing log.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def _create_frame_indexes() -> None:
    op.create_table(
        "frame_indexes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vault_object_id", sa.Integer(), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("frame_count", sa.Integer(), nullable=False),
        sa.Column("built_at", UTC_DATETIME, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        _fk("frame_indexes", "vault_object_id", "vault_objects"),
        sa.PrimaryKeyConstraint("id", name="pk_frame_indexes"),
        sa.UniqueConstraint("vault_object_id", name="uq_frame_indexes_vault_object_id"),
    )


def _create_markers_and_stills() -> None:
    op.create_table(
        "markers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("frame", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author", sa.String(60), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        _fk("markers", "recording_id", "recordings"),
        sa.PrimaryKeyConstraint("id", name="pk_markers"),
    )
    op.create_index("ix_markers_recording_id_frame", "markers", ["recording_id", "frame"])
    op.create_table(
        "stills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("frame", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("device_time", UTC_DATETIME, nullable=True),
        sa.Column("made_by", sa.String(60), nullable=False),
        sa.Column("made_at", UTC_DATETIME, nullable=False),
        _fk("stills", "recording_id", "recordings"),
        sa.PrimaryKeyConstraint("id", name="pk_stills"),
    )
    op.create_index("ix_stills_recording_id_frame", "stills", ["recording_id", "frame"])


def _create_angle_groups() -> None:
    op.create_table(
        "angle_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_by", sa.String(60), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_angle_groups"),
    )
    op.create_table(
        "angle_group_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        _fk("angle_group_members", "group_id", "angle_groups"),
        _fk("angle_group_members", "recording_id", "recordings"),
        sa.PrimaryKeyConstraint("id", name="pk_angle_group_members"),
        sa.UniqueConstraint(
            "group_id", "recording_id", name="uq_angle_group_members_group_id_recording_id"
        ),
    )
    op.create_index("ix_angle_group_members_recording_id", "angle_group_members", ["recording_id"])


def _create_viewings() -> None:
    op.create_table(
        "viewings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("viewer", sa.String(60), nullable=False),
        sa.Column("purpose", sa.String(30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("grant_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", UTC_DATETIME, nullable=False),
        sa.Column("closed_at", UTC_DATETIME, nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=True),
        _fk("viewings", "recording_id", "recordings"),
        sa.PrimaryKeyConstraint("id", name="pk_viewings"),
    )
    op.create_index("ix_viewings_recording_id_opened_at", "viewings", ["recording_id", "opened_at"])


def upgrade() -> None:
    _create_frame_indexes()
    _create_markers_and_stills()
    _create_angle_groups()
    _create_viewings()


def downgrade() -> None:
    op.drop_table("viewings")
    op.drop_table("angle_group_members")
    op.drop_table("angle_groups")
    op.drop_table("stills")
    op.drop_table("markers")
    op.drop_table("frame_indexes")
