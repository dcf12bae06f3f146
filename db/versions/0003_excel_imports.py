"""excel imports: a device-local record of each import, for undo

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 23:30:00

`imports` holds one row per `lofte import` / "Importera från Excel…" run and
`import_activities` which activities it wrote. Both stay on the device that
imported (not synced): the activities themselves sync like any other, and an undo
tombstones them, so the deletion syncs too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=120), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("new_count", sa.Integer(), nullable=False),
        sa.Column("skipped_duplicates", sa.Integer(), nullable=False),
        sa.Column("skipped_bad", sa.Integer(), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imports")),
    )
    op.create_table(
        "import_activities",
        sa.Column("import_id", sa.String(length=36), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["imports.id"],
            name=op.f("fk_import_activities_import_id_imports"),
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_import_activities_activity_id_activities"),
        ),
        sa.PrimaryKeyConstraint(
            "import_id", "activity_id", name=op.f("pk_import_activities")
        ),
    )
    with op.batch_alter_table("import_activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_activities_activity_id"),
            ["activity_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("import_activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_activities_activity_id"))
    op.drop_table("import_activities")
    op.drop_table("imports")
