"""Importing an existing activity log (.xlsx or .csv): preview, write, undo.

Every row becomes an `ActivityDraft` and passes `validate_activity`, exactly as the
log form's input does; the same PII guard looks at every cell. A row's id comes from
its validated content (`import_rules.content_ids`), so importing the same rows again
adds nothing, however the file was edited and saved in between, and two devices
importing the same sheet agree on the records. The write is one transaction through
the activities' bulk path (period locks, clock stamps, audit), so sync carries the
rows like any other; an undo tombstones them in one transaction too.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lofte_desktop.domain.errors import (
    LofteError,
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from lofte_desktop.domain.ids import is_uuid, new_id
from lofte_desktop.domain.import_rules import (
    ImportMapping,
    TypeRule,
    cell_text,
    content_ids,
    content_key,
    number_text,
    promise_list,
    read_date,
    resolve_type,
    status_code,
    suggest_rule,
)
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.pii import personal_numbers_in_record
from lofte_desktop.domain.texts import field_name, t
from lofte_desktop.domain.types import TypeCode
from lofte_desktop.domain.validation import (
    ActivityDraft,
    Rules,
    ValidActivity,
    validate_activity,
)
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import ActivitiesChanged
from lofte_desktop.services.import_files import SheetData, read_sheet
from lofte_desktop.storage import imports as store
from lofte_desktop.storage.database import bulk_cache
from lofte_desktop.storage.period_locks import ensure_unlocked, locked_periods

#: Fields the file must have a column for.
REQUIRED = ("date", "type")


@dataclass(frozen=True)
class RowError:
    row: int
    field: str
    message: str


@dataclass(frozen=True)
class TypeChoice:
    """An activity name in the file, how many rows have it, and its type: confirmed
    (a rule or its exact name) or proposed by `rule`, which the user confirms."""

    text: str
    rows: int
    activity_type: TypeCode | None
    confirmed: bool
    rule: TypeRule | None


@dataclass
class PreviewRow:
    """One row of the file: what it becomes (`valid`), or its errors."""

    row: int
    cells: dict[str, str]
    valid: ValidActivity | None = None
    errors: list[RowError] = field(default_factory=list)
    activity_id: str | None = None
    duplicate: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Preview:
    sheet: SheetData
    mapping: ImportMapping
    rows: list[PreviewRow]
    #: Activity names with no confirmed rule, and the rule proposed for each.
    unconfirmed: dict[str, TypeRule | None]
    lang: str = "sv"

    @property
    def new(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.ok and not r.duplicate]

    @property
    def duplicates(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.ok and r.duplicate]

    @property
    def bad(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def errors(self) -> list[RowError]:
        return [e for r in self.rows for e in r.errors]


@dataclass(frozen=True)
class ImportResult:
    import_id: str | None
    new: int
    skipped_duplicates: int
    skipped_bad: int


class ImportService:
    def __init__(self, ctx: ServiceContext, activities: ActivityService) -> None:
        self.ctx = ctx
        self.activities = activities
        self.agreement = activities.agreement

    # --- reading -----------------------------------------------------------------
    def read(self, path: str | Path) -> SheetData:
        return read_sheet(path)

    @staticmethod
    def load_mapping(path: str | Path) -> ImportMapping:
        p = Path(path)
        try:
            return ImportMapping.from_json(json.loads(p.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            raise ValidationError(
                "err.bad_mapping", field="file", value=p.name, reason=reason
            ) from exc

    @staticmethod
    def save_mapping(mapping: ImportMapping, path: str | Path) -> None:
        Path(path).write_text(
            json.dumps(mapping.as_json(), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )

    def type_values(self, sheet: SheetData, mapping: ImportMapping) -> Counter[str]:
        """The activity names in the type column, with how many rows have each."""
        col = mapping.column_of("type")
        if col is None:
            return Counter()
        i = sheet.headers.index(col)
        return Counter(
            text for _n, row in sheet.rows if (text := cell_text(row[i]).strip())
        )

    def type_choices(
        self, sheet: SheetData, mapping: ImportMapping
    ) -> list[TypeChoice]:
        """Each activity name in the file (most rows first) with the type it gets:
        by a confirmed rule or its exact type name, else a proposal to confirm."""
        out: list[TypeChoice] = []
        types = self.agreement.all_types()
        for text, n in self.type_values(sheet, mapping).most_common():
            found = resolve_type(text, mapping.rules, types)
            if found is not None:
                out.append(TypeChoice(text, n, found, True, None))
            else:
                rule = suggest_rule(text, types)
                out.append(
                    TypeChoice(
                        text, n, rule.activity_type if rule else None, False, rule
                    )
                )
        return out

    def target(self) -> Agreement:
        """The one agreement every row is checked against and written to: the one
        in use (chosen on Löften, else the one today belongs to). A row dated in
        another agreement is refused with the agreements named, never moved to
        it: the user chooses that agreement and imports the file again (the rows
        already in are recognised)."""
        return self.agreement.agreement()

    # --- preview -------------------------------------------------------------------
    def preview(
        self,
        sheet: SheetData,
        mapping: ImportMapping,
        *,
        lang: str = "sv",
    ) -> Preview:
        """What each row becomes, or its errors. Writes nothing."""
        missing = [f for f in REQUIRED if mapping.column_of(f) is None]
        if missing:
            raise ValidationError(
                "err.import_no_column",
                field=missing[0],
                column=field_name(missing[0], lang),
            )
        rules = self.agreement.rules()
        agreement = self.target()
        with self.ctx.db.read() as s:
            locked = locked_periods(s, agreement)
        index = {
            f: sheet.headers.index(h)
            for h, f in mapping.columns.items()
            if f is not None and h in sheet.headers
        }
        unconfirmed: dict[str, TypeRule | None] = {}
        type_cache: dict[str, object] = {}
        out: list[PreviewRow] = []
        for n, row in sheet.rows:
            out.append(
                self._row(
                    n,
                    row,
                    sheet,
                    mapping,
                    index,
                    rules,
                    locked,
                    lang,
                    unconfirmed,
                    type_cache,
                )
            )
        good = [r for r in out if r.valid is not None]
        # A row that names its record (the Id column of our own export) keeps that
        # id, so a log exported and imported again is recognised as it is; the
        # others get an id from their content.
        by_content = [r for r in good if r.activity_id is None]
        keys = (content_key(r.valid) for r in by_content if r.valid)
        for r, aid in zip(by_content, content_ids(keys), strict=True):
            r.activity_id = aid
        ids = [r.activity_id or "" for r in good]
        with self.ctx.db.read() as s:
            have = store.existing(s, ids)
        seen: set[str] = set()
        for r in good:
            e = have.get(r.activity_id or "")
            again = r.activity_id in seen  # the same record twice in one file
            seen.add(r.activity_id or "")
            r.duplicate = again or (e is not None and not e.undone_import)
        return Preview(sheet, mapping, out, unconfirmed, lang)

    def _row(
        self,
        n: int,
        row: tuple[object, ...],
        sheet: SheetData,
        mapping: ImportMapping,
        index: dict[str, int],
        rules: Rules,
        locked: Sequence[Period],
        lang: str,
        unconfirmed: dict[str, TypeRule | None],
        type_cache: dict[str, object],
    ) -> PreviewRow:
        cells = {f: cell_text(row[i]) for f, i in index.items()}
        result = PreviewRow(n, cells)
        errors = result.errors
        by_column = {sheet.headers[i]: f for f, i in index.items()}
        # personnummer in ANY cell, mapped or not
        texts = {f"c{i}": cell_text(v) for i, v in enumerate(row) if v is not None}
        pii_fields: set[str] = set()
        for key, match in personal_numbers_in_record(texts):
            header = sheet.headers[int(key[1:])]
            f = by_column.get(header, header)
            pii_fields.add(f)
            errors.append(
                RowError(n, f, t("err.personnummer", lang, masked=match.masked))
            )

        def get(name: str) -> object:
            return row[index[name]] if name in index else None

        raw_type = cells.get("type", "").strip()
        activity_type: object = raw_type
        types = self.agreement.all_types()
        resolved: TypeCode | None = None
        if raw_type:
            if raw_type not in type_cache:
                type_cache[raw_type] = resolve_type(raw_type, mapping.rules, types)
            found = type_cache[raw_type]
            if isinstance(found, str):
                activity_type = resolved = found
            else:
                rule = unconfirmed.setdefault(raw_type, suggest_rule(raw_type, types))
                if rule is not None and "type" not in pii_fields:
                    errors.append(
                        RowError(
                            n,
                            "type",
                            t(
                                "err.import_type_unconfirmed",
                                lang,
                                value=raw_type,
                                suggestion=types.info(rule.activity_type).label(lang),
                            ),
                        )
                    )
        raw_date = get("date")
        day = read_date(raw_date)
        date_value: object = day if day is not None else cell_text(raw_date).strip()
        promises = promise_list(get("promises"))
        typed = resolved is not None
        if not promises and resolved is not None:
            promises = [p.code for p in self.agreement.promises_for_type(resolved)]
        party = cells.get("party", "").strip() or mapping.defaults.get("party")
        draft = ActivityDraft(
            activity_type=activity_type,  # type: ignore[arg-type]
            promise_codes=promises,
            date=date_value,  # type: ignore[arg-type]
            party=party,
            hours=number_text(get("hours")),
            count=number_text(get("count")),  # type: ignore[arg-type]
            place=cells.get("place") or None,
            status=status_code(get("status")) if "status" in index else "done",
            note=cells.get("note", ""),
            start_time=cells.get("start_time") or None,
        )
        try:
            valid = validate_activity(draft, rules)
        except ValidationErrors as exc:
            for err in exc.errors:
                if err.key == "err.personnummer" and err.field in pii_fields:
                    continue
                if err.key == "err.no_promise" and not typed:
                    continue  # follows from the type, which has its own error
                if (
                    err.key == "err.unknown_type"
                    and errors
                    and any(e.field == "type" for e in errors)
                ):
                    continue
                errors.append(RowError(n, err.field or "", err.message(lang)))
            return result
        if errors:
            return result
        period = next((p for p in locked if p.contains(valid.date)), None)
        if period is not None:
            errors.append(RowError(n, "date", t("err.locked", lang, value=period.code)))
            return result
        result.valid = valid
        given = cells.get("id", "").strip().lower()
        if is_uuid(given) and len(given) == 36:
            result.activity_id = given
        return result

    # --- writing -------------------------------------------------------------------
    def commit(self, preview: Preview, *, skip_bad: bool = False) -> ImportResult:
        """Writes the preview's new rows in ONE transaction and records the import.

        With errors and without `skip_bad`: refuses, nothing written. Rows already
        stored (same content) are skipped; rows an undone import had deleted come
        back. Returns what was done.
        """
        bad = preview.bad
        if bad and not skip_bad:
            raise ValidationError("err.import_has_errors", field="file", n=len(bad))
        wanted: list[PreviewRow] = []
        seen: set[str] = set()
        for r in preview.rows:
            if r.valid is not None and r.activity_id and r.activity_id not in seen:
                seen.add(r.activity_id)
                wanted.append(r)
        if not wanted:
            return ImportResult(None, 0, len(preview.duplicates), len(bad))
        agreement = self.target()
        import_id = new_id()
        with self.ctx.db.write_connection() as conn, bulk_cache(conn):
            ensure_unlocked(conn, agreement, {r.valid.date for r in wanted if r.valid})
            ids = [r.activity_id or "" for r in wanted]
            have = store.existing(conn, ids)
            fresh = [r for r in wanted if r.activity_id not in have]
            revive = [aid for aid in ids if aid in have and have[aid].undone_import]
            written = self.activities.insert_checked(
                conn,
                [r.valid for r in fresh if r.valid],
                ids=[r.activity_id or "" for r in fresh],
                audit=("import", {"import": [None, import_id]}),
            )
            self.activities.set_deleted_in(
                conn, revive, deleted=False, action="restore"
            )
            counts = {
                "new": len(written) + len(revive),
                "skipped_duplicates": len(wanted) - len(written) - len(revive),
                "skipped_bad": len(bad),
            }
            if not counts["new"]:
                return ImportResult(None, 0, counts["skipped_duplicates"], len(bad))
            store.record(
                conn,
                import_id=import_id,
                file_name=preview.sheet.path.name,
                file_sha256=preview.sheet.sha256,
                user=self.ctx.user,
                device_id=self.ctx.device_id,
                counts=counts,
                mapping=preview.mapping.as_json(),
                activity_ids=[*written, *revive],
            )
        if counts["new"]:
            self.ctx.events.publish(ActivitiesChanged((), "bulk"))
        return ImportResult(
            import_id if counts["new"] else None,
            counts["new"],
            counts["skipped_duplicates"],
            counts["skipped_bad"],
        )

    def imports(self) -> list[store.ImportRecord]:
        with self.ctx.db.read() as s:
            return store.list_imports(s)

    def resolve_id(self, prefix: str) -> str:
        text = prefix.strip().lower()
        with self.ctx.db.read() as s:
            hits = [i for i in store.import_ids(s) if i.startswith(text)]
        if len(text) >= 6 and len(hits) == 1:
            return hits[0]
        raise NotFoundError("err.import_not_found", field="id", value=prefix)

    def undo(self, import_id: str) -> int:
        """Deletes (tombstones, which sync carries) every activity the import wrote
        that is still there, in one transaction. Returns how many."""
        with self.ctx.db.write() as s:
            row = store.import_row(s, import_id)
            if row is None:
                raise NotFoundError("err.import_not_found", field="id", value=import_id)
            if row["undone_at"] is not None:
                raise LofteError("err.import_undone", field="id", value=import_id[:8])
            ids = store.live_activity_ids(s, import_id)
            self.activities.set_deleted_in(s, ids, deleted=True, action="delete")
            store.mark_undone(s, import_id)
        self.ctx.events.publish(ActivitiesChanged(tuple(ids), "deleted"))
        return len(ids)
