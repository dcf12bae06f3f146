"""agreements: a promise may continue an earlier agreement's promise

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 00:10:00

Many agreements live in one database, year after year. `promises.continues_id` holds
the id of the earlier promise a renewed one carries on (nullable; no foreign key,
so a synced or imported agreement may arrive before the one it continues). Progress
follows it when it compares with "the same period a year earlier" across the
boundary between two agreements.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("continues_id", sa.String(length=36), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.drop_column("continues_id")
