"""Typed SQLAlchemy models. They live only in storage/; services see domain objects.

Every synced table carries the same sync columns (SyncColumns): a UUID, a hybrid
logical clock stamp, the device that last changed the row, a tombstone flag,
created/updated times and a version for optimistic locking on a shared store.
"""

from __future__ import annotations

import typing
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncColumns:
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)


class Meta(Base):
    """Device-local settings: device id, active agreement, last clock stamp, …"""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AgreementRow(SyncColumns, Base):
    __tablename__ = "agreements"
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(120))
    police_area: Mapped[str] = mapped_column(String(120))
    parties: Mapped[str] = mapped_column(Text)  # JSON list
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    follow_up_months: Mapped[str] = mapped_column(String(64))  # JSON list
    terms: Mapped[str] = mapped_column(Text)  # JSON: split, school terms, holidays
    source: Mapped[str] = mapped_column(Text, default="")


class FocusAreaRow(SyncColumns, Base):
    __tablename__ = "focus_areas"
    __table_args__ = (UniqueConstraint("agreement_id", "code"),)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    problem: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class PromiseRow(SyncColumns, Base):
    __tablename__ = "promises"
    __table_args__ = (UniqueConstraint("agreement_id", "code"),)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"))
    focus_area_id: Mapped[str] = mapped_column(ForeignKey("focus_areas.id"))
    code: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    parties: Mapped[str] = mapped_column(Text)  # JSON list
    activity_types: Mapped[str] = mapped_column(Text)  # JSON list
    target: Mapped[str] = mapped_column(Text)  # JSON object
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: The id of the earlier agreement's promise this one carries on (renewal).
    continues_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ActivityTypeRow(SyncColumns, Base):
    """One of an agreement's activity types; id derived from (agreement, code)."""

    __tablename__ = "activity_types"
    __table_args__ = (UniqueConstraint("agreement_id", "code"),)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"))
    code: Mapped[str] = mapped_column(String(40))
    name_sv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    fields: Mapped[str] = mapped_column(String(200))  # JSON list
    required: Mapped[str] = mapped_column(String(200))  # JSON list
    count_label_sv: Mapped[str] = mapped_column(String(200), default="")
    count_label_en: Mapped[str] = mapped_column(String(200), default="")
    place_kind: Mapped[str | None] = mapped_column(String(20), nullable=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorRow(SyncColumns, Base):
    __tablename__ = "indicators"
    __table_args__ = (UniqueConstraint("agreement_id", "code"),)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"))
    focus_area_id: Mapped[str | None] = mapped_column(ForeignKey("focus_areas.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    baseline_value: Mapped[float] = mapped_column(Float)
    baseline_year: Mapped[int] = mapped_column(Integer)
    target_comparison: Mapped[str | None] = mapped_column(String(2))
    target_value: Mapped[float | None] = mapped_column(Float)
    target_year: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorValueRow(SyncColumns, Base):
    """One yearly value; its id is derived from (indicator, year) so devices agree."""

    __tablename__ = "indicator_values"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class PlaceRow(SyncColumns, Base):
    """A school, a place people feel unsafe, or an area; id derived from the name."""

    __tablename__ = "places"
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    note: Mapped[str] = mapped_column(Text, default="")


class ActivityRow(SyncColumns, Base):
    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_deleted_date", "deleted", "date"),)
    activity_type: Mapped[str] = mapped_column(String(32), index=True)
    party: Mapped[str] = mapped_column(String(80), index=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[str | None] = mapped_column(String(5))
    hours: Mapped[float | None] = mapped_column(Float)
    place_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    count: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    logged_by: Mapped[str] = mapped_column(String(120), default="")
    series_id: Mapped[str | None] = mapped_column(String(36), index=True)
    recurrence_id: Mapped[str | None] = mapped_column(String(32))
    cancel_reason: Mapped[str | None] = mapped_column(Text)


class ActivityPromiseRow(Base):
    """Which promises an activity counts towards. Synced as part of its activity."""

    __tablename__ = "activity_promises"
    activity_id: Mapped[str] = mapped_column(
        ForeignKey("activities.id"), primary_key=True
    )
    promise_id: Mapped[str] = mapped_column(
        ForeignKey("promises.id"), primary_key=True, index=True
    )


class ActivityTotalRow(Base):
    """Live activities summed per promise, day, type and status ('' as promise_id:
    every live activity). Kept by triggers in the same transaction as every write
    (db/versions/0005_activity_totals.py); read by progress and the first paint."""

    __tablename__ = "activity_totals"
    promise_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    activity_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    occasions: Mapped[int] = mapped_column(Integer)
    hours: Mapped[float] = mapped_column(Float)
    people: Mapped[int] = mapped_column(Integer)


class ActivityTotalsPauseRow(Base):
    """A row here (only ever inside a bulk insert's own transaction) pauses the
    totals' insert triggers: the bulk adds its totals in one statement."""

    __tablename__ = "activity_totals_pause"
    paused: Mapped[int] = mapped_column(Integer, primary_key=True)


class PlanSeriesRow(SyncColumns, Base):
    """A recurring plan (RRULE). Occurrences are virtual until done, moved or cancelled:
    then they become activities with series_id and recurrence_id set."""

    __tablename__ = "plan_series"
    activity_type: Mapped[str] = mapped_column(String(32))
    party: Mapped[str] = mapped_column(String(80))
    place_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"))
    promise_ids: Mapped[str] = mapped_column(Text)  # JSON list of promise ids
    start_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[str] = mapped_column(String(5))
    duration_hours: Mapped[float] = mapped_column(Float)
    rrule: Mapped[str] = mapped_column(Text, default="")
    until: Mapped[date | None] = mapped_column(Date, index=True)
    exdates: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ISO dates
    expected_count: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    logged_by: Mapped[str] = mapped_column(String(120), default="")


class PeriodLockRow(SyncColumns, Base):
    __tablename__ = "period_locks"
    __table_args__ = (UniqueConstraint("agreement_id", "period_code"),)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"))
    period_code: Mapped[str] = mapped_column(String(40))
    locked: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    by_user: Mapped[str] = mapped_column(String(120), default="")


class PeriodCommentRow(SyncColumns, Base):
    """A comment on a promise for a period, the period's summary, or its approval
    line (kind "promise" / "summary" / "approval"). Id derived from the key."""

    __tablename__ = "period_comments"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"))
    period_code: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    promise_id: Mapped[str | None] = mapped_column(ForeignKey("promises.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    approved_role: Mapped[str] = mapped_column(String(120), default="")
    approved_name: Mapped[str] = mapped_column(String(120), default="")
    approved_on: Mapped[date | None] = mapped_column(Date)
    by_user: Mapped[str] = mapped_column(String(120), default="")


class AuditRow(Base):
    """Append-only history: who changed which record, when, where, and how."""

    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [old, new]}
    user: Mapped[str] = mapped_column(String(120), default="")
    device_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DeviceRow(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    party: Mapped[str] = mapped_column(String(80), default="")
    public_key: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(120), default="", index=True)
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SyncPackageRow(Base):
    __tablename__ = "sync_packages"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" / "out"
    peer_device_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    processed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    file_name: Mapped[str] = mapped_column(Text, default="")
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="{}")


class SyncPeerStateRow(Base):
    """What a peer has confirmed seeing from each origin device (a version vector)."""

    __tablename__ = "sync_peer_state"
    peer_device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    max_hlc: Mapped[str] = mapped_column(String(24))


class SyncConflictRow(Base):
    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    local: Mapped[str] = mapped_column(Text)  # JSON of the kept version
    remote: Mapped[str] = mapped_column(Text)  # JSON of the losing version
    reason: Mapped[str] = mapped_column(String(40), default="concurrent")
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolution: Mapped[str | None] = mapped_column(String(20))


class ImportRow(Base):
    """One import of an activity log (.xlsx/.csv). Device-local, not synced: the
    activities it wrote sync like any other, and its undo tombstones them."""

    __tablename__ = "imports"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(120), default="")
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_duplicates: Mapped[int] = mapped_column(Integer, default=0)
    skipped_bad: Mapped[int] = mapped_column(Integer, default=0)
    mapping: Mapped[str] = mapped_column(Text, default="{}")  # JSON, as used
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ImportActivityRow(Base):
    """Which activities an import wrote (what its undo deletes)."""

    __tablename__ = "import_activities"
    import_id: Mapped[str] = mapped_column(ForeignKey("imports.id"), primary_key=True)
    activity_id: Mapped[str] = mapped_column(
        ForeignKey("activities.id"), primary_key=True, index=True
    )


SYNCED_TABLES: tuple[type[SyncColumns], ...] = (
    AgreementRow,
    ActivityTypeRow,
    FocusAreaRow,
    PromiseRow,
    IndicatorRow,
    IndicatorValueRow,
    PlaceRow,
    ActivityRow,
    PlanSeriesRow,
    PeriodLockRow,
    PeriodCommentRow,
)


def table_of(model: type[Base]) -> Table:
    """A model's Core table, typed for Core statements (insert/select/update)."""
    return typing.cast(Table, model.__table__)


ACTIVITIES = table_of(ActivityRow)
ACTIVITY_PROMISES = table_of(ActivityPromiseRow)
PLACES = table_of(PlaceRow)
PROMISES = table_of(PromiseRow)
PLAN_SERIES = table_of(PlanSeriesRow)
PERIOD_LOCKS = table_of(PeriodLockRow)
PERIOD_COMMENTS = table_of(PeriodCommentRow)
IMPORTS = table_of(ImportRow)
IMPORT_ACTIVITIES = table_of(ImportActivityRow)
ACTIVITY_TOTALS = table_of(ActivityTotalRow)
