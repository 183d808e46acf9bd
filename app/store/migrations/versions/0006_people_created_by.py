"""Each account records the account that created it (issue #17): an account may not approve
what its creator filed. Accounts from before this revision have no creator recorded.

Revision ID: 0006
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with its reference in place; a batch copy would rebuild a
        # table that others reference while foreign keys are enforced.
        op.execute("ALTER TABLE people ADD COLUMN created_by INTEGER REFERENCES people (id)")
        return
    op.add_column("people", sa.Column("created_by", sa.Integer(), nullable=True))
    op.create_foreign_key("fk_people_created_by_people", "people", "people", ["created_by"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("created_by")
