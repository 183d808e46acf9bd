"""Recordings carry the result of the full decode check (issue #17): not yet checked (NULL),
clean, or damaged with where the first fault is (seconds from the start, frame number).

Revision ID: 0008
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        batch.add_column(sa.Column("decode_status", sa.String(16), nullable=True))
        batch.add_column(sa.Column("decode_checked_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("decode_frames", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("decode_first_bad_s", sa.Float(), nullable=True))
        batch.add_column(sa.Column("decode_first_bad_frame", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("decode_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        for column in ("decode_reason", "decode_first_bad_frame", "decode_first_bad_s",
                       "decode_frames", "decode_checked_at", "decode_status"):  # fmt: skip
            batch.drop_column(column)
