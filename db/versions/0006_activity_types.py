"""activity_types: every agreement lists its own activity types

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 02:00:00

One synced table, `activity_types` (SyncColumns): an agreement's types, each with a
code (unique within the agreement), a Swedish and an English name, the fields it
uses and which of them are required (JSON lists of hours, count, place,
start_time), the label of its count, the kind of place a new place name becomes,
a retired flag and its order. Its id is derived from (agreement id, code), so two
devices that upgrade create the same rows and sync merges them.

Every existing agreement gets the 12 built-in types of this release as its own,
written out here (not imported) so the migration stays as it is when the built-in
types change later. The rows carry the zero clock stamp: any real edit wins.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMESPACE = uuid.UUID("6f1d7a53-2b1e-4c55-9b7e-6c0f4e1a9d21")  # domain/ids.py
_ZERO_HLC = "0" * 13 + "." + "0" * 5
#: The device of rows made where no device id is stored yet (a valid UUID).
_NIL_DEVICE = "00000000-0000-0000-0000-000000000000"
_PLACE = ["place", "start_time"]
# code, name (sv, en), fields, required, count label (sv, en), place kind
_DEFAULTS: list[tuple[str, str, str, list[str], list[str], str, str, str | None]] = [
    (
        "school_visit",
        "Skolbesök",
        "School visit",
        ["count", *_PLACE],
        ["count"],
        "Föräldrar nådda",
        "Parents reached",
        "school",
    ),
    (
        "parent_meeting",
        "Föräldramöte",
        "Parent meeting",
        ["count", *_PLACE],
        ["count"],
        "Föräldrar nådda",
        "Parents reached",
        "school",
    ),
    (
        "parent_support",
        "Råd- och stödsamtal",
        "Parent support conversation",
        ["count", *_PLACE],
        ["count"],
        "Antal samtal",
        "Conversations",
        None,
    ),
    (
        "theatre",
        "Teaterföreställning",
        "Theatre performance",
        ["count", *_PLACE],
        ["count"],
        "Publik",
        "Audience",
        "school",
    ),
    (
        "presence",
        "Närvaro",
        "Presence",
        ["hours", *_PLACE],
        ["hours"],
        "Personer nådda",
        "People reached",
        "unsafe_place",
    ),
    (
        "traffic_check",
        "Trafikkontroll",
        "Traffic check",
        ["hours", "count", *_PLACE],
        ["hours", "count"],
        "Kontrollerade fordon",
        "Vehicles checked",
        "area",
    ),
    (
        "traffic_review",
        "Trafikmiljööversyn",
        "Traffic environment review",
        _PLACE,
        [],
        "Personer nådda",
        "People reached",
        "school",
    ),
    (
        "est_meeting",
        "EST-möte",
        "EST meeting",
        _PLACE,
        [],
        "Personer nådda",
        "People reached",
        None,
    ),
    (
        "information_effort",
        "Informationsinsats",
        "Information effort",
        ["count", *_PLACE],
        ["count"],
        "Personer nådda",
        "People reached",
        None,
    ),
    (
        "risk_group_meeting",
        "Träff med riskgrupp",
        "Risk group meeting",
        ["count", *_PLACE],
        ["count"],
        "Personer nådda",
        "People reached",
        None,
    ),
    (
        "social_media_warning",
        "Varning i sociala medier",
        "Social media warning",
        _PLACE,
        [],
        "Personer nådda",
        "People reached",
        None,
    ),
    (
        "other",
        "Övrigt",
        "Other",
        ["count", *_PLACE],
        [],
        "Personer nådda",
        "People reached",
        None,
    ),
]


def _id(agreement_id: str, code: str) -> str:
    key = "/".join(p.strip().casefold() for p in ("activity_type", agreement_id, code))
    return str(uuid.uuid5(_NAMESPACE, key))


def upgrade() -> None:
    table = op.create_table(
        "activity_types",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_sv", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("fields", sa.String(length=200), nullable=False),
        sa.Column("required", sa.String(length=200), nullable=False),
        sa.Column("count_label_sv", sa.String(length=200), nullable=False),
        sa.Column("count_label_en", sa.String(length=200), nullable=False),
        sa.Column("place_kind", sa.String(length=20), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
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
            name=op.f("fk_activity_types_agreement_id_agreements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_types")),
        sa.UniqueConstraint(
            "agreement_id", "code", name=op.f("uq_activity_types_agreement_id_code")
        ),
    )
    with op.batch_alter_table("activity_types", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_types_hlc"), ["hlc"], unique=False
        )

    bind = op.get_bind()
    agreements = [r[0] for r in bind.execute(sa.text("SELECT id FROM agreements"))]
    device = bind.execute(
        sa.text("SELECT value FROM meta WHERE key = 'device_id'")
    ).scalar()
    now = datetime.now(UTC)
    rows = [
        {
            "id": _id(agreement_id, code),
            "agreement_id": agreement_id,
            "code": code,
            "name_sv": name_sv,
            "name_en": name_en,
            "fields": json.dumps(fields),
            "required": json.dumps(required),
            "count_label_sv": label_sv,
            "count_label_en": label_en,
            "place_kind": kind,
            "retired": False,
            "position": position,
            "hlc": _ZERO_HLC,
            "device_id": device or _NIL_DEVICE,
            "deleted": False,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for agreement_id in agreements
        for position, (
            code,
            name_sv,
            name_en,
            fields,
            required,
            label_sv,
            label_en,
            kind,
        ) in enumerate(_DEFAULTS)
    ]
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    with op.batch_alter_table("activity_types", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_types_hlc"))
    op.drop_table("activity_types")
