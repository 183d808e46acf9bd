"""Recordings carry a confidentiality mark (R3.5): none, personal privacy, commercial or state
secret. Existing recordings are unmarked ("none").

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        batch.add_column(
            sa.Column("confidentiality", sa.String(30), server_default="none", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        batch.drop_column("confidentiality")
