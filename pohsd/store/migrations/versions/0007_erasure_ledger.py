"""Erasure ledger: the ids of erased clients and the erase date, replayed after a restore.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 23:55:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure_ledger",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("erased_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_erasure_ledger")),
    )


def downgrade() -> None:
    op.drop_table("erasure_ledger")
