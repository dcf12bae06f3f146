"""comments per promise and period, the period's summary and approval line

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 23:30:00

One synced table, `period_comments` (SyncColumns). A row is one of:
- kind "promise": the comment on one promise for one period (promise_id set);
- kind "summary": the period's overall summary;
- kind "approval": who approved the follow-up (role, name) and when.
Its id is derived from (agreement, period, kind, promise), so two devices that
write the same comment create the same record and sync merges them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "period_comments",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("period_code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("promise_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("approved_role", sa.String(length=120), nullable=False),
        sa.Column("approved_name", sa.String(length=120), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("by_user", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_period_comments_agreement_id_agreements"),
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promises.id"],
            name=op.f("fk_period_comments_promise_id_promises"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_comments")),
    )
    with op.batch_alter_table("period_comments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_period_comments_hlc"), ["hlc"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_period_comments_period_code"), ["period_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("period_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_period_comments_period_code"))
        batch_op.drop_index(batch_op.f("ix_period_comments_hlc"))
    op.drop_table("period_comments")
