"""Devices and recordings: ledger, assignments, checks, vault objects, hand-overs, alarms.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def _create_device_tables() -> None:
    op.create_table(
        "devices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_no", sa.String(60), nullable=False),
        sa.Column("serial", sa.String(100), nullable=False),
        sa.Column("model", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        _fk("devices", "unit_id", "units"),
        _fk("devices", "assignee_id", "people"),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.UniqueConstraint("asset_no", name="uq_devices_asset_no"),
    )
    op.create_index("ix_devices_unit_id", "devices", ["unit_id"])
    op.create_index("ix_devices_assignee_id", "devices", ["assignee_id"])
    op.create_table(
        "device_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", UTC_DATETIME, nullable=False),
        sa.Column("issued_by", sa.String(60), nullable=False),
        sa.Column("returned_at", UTC_DATETIME, nullable=True),
        sa.Column("returned_by", sa.String(60), nullable=True),
        _fk("device_assignments", "device_id", "devices"),
        _fk("device_assignments", "person_id", "people"),
        sa.PrimaryKeyConstraint("id", name="pk_device_assignments"),
    )
    op.create_index(
        "ix_device_assignments_device_id_issued_at",
        "device_assignments",
        ["device_id", "issued_at"],
    )
    op.create_index("ix_device_assignments_person_id", "device_assignments", ["person_id"])
    op.create_table(
        "device_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("actor", sa.String(60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("state_after", sa.String(20), nullable=False),
        sa.Column("compensation_yuan", sa.Float(), nullable=True),
        _fk("device_events", "device_id", "devices"),
        sa.PrimaryKeyConstraint("id", name="pk_device_events"),
    )
    op.create_index("ix_device_events_device_id_at", "device_events", ["device_id", "at"])
    op.create_table(
        "device_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("battery_ok", sa.Boolean(), nullable=True),
        sa.Column("storage_ok", sa.Boolean(), nullable=True),
        sa.Column("clock_ok", sa.Boolean(), nullable=True),
        sa.Column("clock_offset_s", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("device_checks", "device_id", "devices"),
        _fk("device_checks", "person_id", "people"),
        sa.PrimaryKeyConstraint("id", name="pk_device_checks"),
    )
    op.create_index("ix_device_checks_device_id_at", "device_checks", ["device_id", "at"])


def _create_vault_tables() -> None:
    op.create_table(
        "vault_objects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("sm3", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("stored_at", UTC_DATETIME, nullable=False),
        sa.Column("verified_at", UTC_DATETIME, nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_vault_objects"),
        sa.UniqueConstraint("sha256", name="uq_vault_objects_sha256"),
    )
    op.create_table(
        "handovers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("administrator_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=True),
        sa.Column("handed_at", UTC_DATETIME, nullable=False),
        sa.Column("file_count", sa.Integer(), nullable=False),
        sa.Column("total_bytes", sa.BigInteger(), nullable=False),
        _fk("handovers", "officer_id", "people"),
        _fk("handovers", "administrator_id", "people"),
        _fk("handovers", "device_id", "devices"),
        sa.PrimaryKeyConstraint("id", name="pk_handovers"),
    )
    op.create_index("ix_handovers_officer_id_handed_at", "handovers", ["officer_id", "handed_at"])


def _create_recording_tables() -> None:
    op.create_table(
        "recordings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vault_object_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("started_at", UTC_DATETIME, nullable=False),
        sa.Column("start_source", sa.String(20), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("codec", sa.String(40), nullable=True),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("fps", sa.Float(), nullable=True),
        sa.Column("device_code", sa.String(60), nullable=True),
        sa.Column("officer_code", sa.String(60), nullable=True),
        sa.Column("category", sa.String(60), nullable=False),
        sa.Column("case_no", sa.String(100), nullable=True),
        sa.Column("activity_end", UTC_DATETIME, nullable=False),
        sa.Column("deadline", UTC_DATETIME, nullable=False),
        sa.Column("imported_at", UTC_DATETIME, nullable=False),
        sa.Column("imported_by", sa.String(60), nullable=False),
        sa.Column("is_late", sa.Boolean(), nullable=False),
        sa.Column("delay_hours", sa.Float(), nullable=False),
        sa.Column("is_lent", sa.Boolean(), nullable=False),
        sa.Column("is_damaged", sa.Boolean(), nullable=False),
        sa.Column("damage_reason", sa.Text(), nullable=True),
        sa.Column("clock_offset_s", sa.Float(), nullable=True),
        sa.Column("retention_until", sa.Date(), nullable=True),
        sa.Column("retention_kind", sa.String(30), nullable=False),
        sa.Column("retention_reason", sa.Text(), nullable=False),
        _fk("recordings", "vault_object_id", "vault_objects"),
        _fk("recordings", "officer_id", "people"),
        _fk("recordings", "unit_id", "units"),
        _fk("recordings", "device_id", "devices"),
        sa.PrimaryKeyConstraint("id", name="pk_recordings"),
        sa.UniqueConstraint("vault_object_id", name="uq_recordings_vault_object_id"),
    )
    op.create_index("ix_recordings_device_id", "recordings", ["device_id"])
    for name, columns in (
        ("ix_recordings_started_at_id", ["started_at", "id"]),
        ("ix_recordings_officer_id_started_at_id", ["officer_id", "started_at", "id"]),
        ("ix_recordings_unit_id_started_at_id", ["unit_id", "started_at", "id"]),
        ("ix_recordings_category_started_at_id", ["category", "started_at", "id"]),
    ):
        op.create_index(name, "recordings", columns)
    op.create_table(
        "handover_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handover_id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("sm3", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        _fk("handover_items", "handover_id", "handovers"),
        _fk("handover_items", "recording_id", "recordings"),
        sa.PrimaryKeyConstraint("id", name="pk_handover_items"),
    )
    op.create_index("ix_handover_items_handover_id", "handover_items", ["handover_id"])
    op.create_index("ix_handover_items_recording_id", "handover_items", ["recording_id"])
    op.create_table(
        "integrity_alarms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vault_object_id", sa.Integer(), nullable=False),
        sa.Column("detected_at", UTC_DATETIME, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("expected_sha256", sa.String(64), nullable=False),
        sa.Column("actual_sha256", sa.String(64), nullable=True),
        sa.Column("detected_by", sa.String(60), nullable=False),
        _fk("integrity_alarms", "vault_object_id", "vault_objects"),
        sa.PrimaryKeyConstraint("id", name="pk_integrity_alarms"),
    )
    op.create_index("ix_integrity_alarms_vault_object_id", "integrity_alarms", ["vault_object_id"])
    op.create_index("ix_integrity_alarms_detected_at_id", "integrity_alarms", ["detected_at", "id"])


def upgrade() -> None:
    _create_device_tables()
    _create_vault_tables()
    _create_recording_tables()


def downgrade() -> None:
    for table in (
        "integrity_alarms",
        "handover_items",
        "recordings",
        "handovers",
        "vault_objects",
        "device_checks",
        "device_events",
        "device_assignments",
        "devices",
    ):
        op.drop_table(table)
