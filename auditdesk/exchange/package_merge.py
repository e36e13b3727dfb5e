"""Merge one audit package into an open store, in one transaction.

For each record of the package, in foreign-key order (parents first):

* **new** (its key is not here) → added, unless this database deleted it (its
  history says so): then it stays deleted when the package holds a version we
  had (“kept deleted”), and is a conflict (keep deleted / restore) otherwise.
  A new record whose unique natural key (an answer to the same checklist
  item of the same audit, the same carrier of an opportunity …) matches a
  record here is that record: the package's id is mapped to ours.
* **unchanged** (same version, timestamps aside) → skipped;
* **older** (the package holds a version we had) → skipped;
* **newer** (we hold a version the package had) → updated to the package's;
* **diverged** → field by field against the newest version both had: a
  field changed on one side only takes that side, a field changed on both to
  different values is a conflict decided by ``choices`` or ``on_conflict``.

A record deleted here is restored when the package changed it, or anything it
owns, since (the package's history holds changes this database has not
seen): a conflict, whose ``theirs`` restores it with what it owns. A record
the package says was deleted there (its history ends with the deletion; see
``package_write``) is deleted here with what it owns, through the store's
managers as if deleted here, unless this database changed it or anything it
owns since (changes the package's history does not hold): then a conflict,
whose ``ours`` keeps it. Either way round, a deletion overruled is remembered
(``merge_seen``), so merging again, or back, does not ask again.

Nothing is overwritten silently: every update of ours by a merge writes
``merge`` history rows (old → new, by whom, when), and the package's history
is appended (each row once). Foreign keys are checked at the end, so a package
that points to records neither it nor this database has is refused whole.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.package_labels import table_label
from auditdesk.exchange.package_read import Package, PackageTable
from auditdesk.i18n import fill, translate
from auditdesk.store.errors import LOCK_MARK, StoreError, audit_locked_error
from auditdesk.store.merge import (
    DELETED_MARK,
    HISTORY_COLUMNS,
    KEY_SEPARATOR,
    SYSTEM_TABLES,
    TIMESTAMPS,
    BytesRef,
    Change,
    ForeignKey,
    TableSpec,
    canon,
    deletion_mark,
    deletion_marks,
    last_change,
    merge_order,
    our_seen,
    ownership,
    quote,
    record_changes,
    remember_version,
    seen_versions,
    table_specs,
    three_way,
    version,
    version_chain,
)

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.store.database import Store

POLICIES = ("ask", "ours", "theirs", "fail")
CONTENT_ADDRESSED = frozenset({"blob"})  # the key is the hash of the content
_CHUNK = 500

Choices = Mapping[tuple[str, str, str], str]
Report = Callable[[int, int, str], None]


class MergeDataError(StoreError):
    """The package's data does not fit this database; nothing was changed."""


@dataclass
class FieldConflict:
    """One field changed here and there to different values (``field`` empty: a
    record deleted here and changed there or, ``deleted_there``, deleted in the
    package and changed here; ``theirs`` restores or deletes it)."""

    table: str
    key: str
    label: str
    field: str
    ours: Any
    theirs: Any
    base: Any
    has_base: bool
    ours_by: str
    ours_at: str
    theirs_by: str
    theirs_at: str
    choice: str | None = None  # "ours" | "theirs" | None (not decided)
    deleted_there: bool = False

    @property
    def ident(self) -> tuple[str, str, str]:
        return (self.table, self.key, self.field)


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0  # ours was an earlier version of theirs
    merged: int = 0  # both changed, different fields: both kept
    unchanged: int = 0
    older: int = 0  # theirs was an earlier version of ours
    kept_deleted: int = 0
    deleted: int = 0  # deleted there, so here too
    conflicts: int = 0  # records with at least one conflicting field

    @property
    def skipped(self) -> int:
        return self.unchanged + self.older + self.kept_deleted


@dataclass
class MergeSummary:
    source: str
    package_id: str
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[FieldConflict] = field(default_factory=list)
    history_added: int = 0
    applied: bool = False

    def total(self, name: str) -> int:
        return sum(getattr(c, name) for c in self.tables.values())

    @property
    def added(self) -> int:
        return self.total("added")

    @property
    def updated(self) -> int:
        return self.total("updated") + self.total("merged")

    @property
    def skipped(self) -> int:
        return self.total("skipped")

    @property
    def deleted(self) -> int:
        return self.total("deleted")

    @property
    def conflicting(self) -> int:
        return self.total("conflicts")

    def unresolved(self) -> list[FieldConflict]:
        return [c for c in self.conflicts if c.choice not in ("ours", "theirs")]


class ConflictError(StoreError):
    """Conflicts that no choice decided; the merge was rolled back."""

    def __init__(self, summary: MergeSummary) -> None:
        records = len({(c.table, c.key) for c in summary.unresolved()})
        super().__init__(fill(translate(
            "Merge", "%1: %2 fields of %3 records were changed both here and in the package, "
            "to different values. Nothing was merged. Choose for each field in the merge view, "
            "or merge again keeping ours or taking theirs."), summary.source,
            len(summary.unresolved()), records))
        self.summary = summary


class _DryRun(Exception):
    """Rolls a planning run back."""


def merge_package(store: Store, package: Package, *, choices: Choices | None = None,
                  on_conflict: str = "fail", report: Report | None = None) -> MergeSummary:
    """Merge ``package`` into ``store`` in one transaction (a savepoint inside an
    outer one) and return what happened.

    ``on_conflict``: ``ours``/``theirs`` decide the conflicts ``choices`` leaves
    open; ``fail`` rolls back and raises ``ConflictError`` if any is left;
    ``ask`` only plans: it rolls everything back and returns the summary with
    the conflicts listed, for a person to decide.
    """
    if on_conflict not in POLICIES:
        raise ValueError(on_conflict)
    merger = _Merger(store, package, dict(choices or {}), on_conflict, report)
    try:
        with store.transaction():
            merger.run()
            if on_conflict == "ask":
                raise _DryRun()
            if merger.summary.unresolved():
                raise ConflictError(merger.summary)
    except _DryRun:
        return merger.summary
    except sqlite3.OperationalError as exc:  # locked, disk full, read-only medium …
        raise StoreError(fill(translate(
            "Merge", "The merge of %1 could not be written (%2). Nothing was changed."),
            package.name, exc)) from exc
    merger.summary.applied = True
    return merger.summary


class _Merger:
    def __init__(self, store: Store, package: Package, choices: dict[tuple[str, str, str], str],
                 policy: str, report: Report | None) -> None:
        self.store = store
        self.conn = store.conn
        self.package = package
        self.choices = choices
        self.policy = policy
        self.report = report
        self.summary = MergeSummary(package.name, package.package_id)
        self.mapping: dict[str, dict[str, str]] = {}
        self.suppressed: dict[str, set[str]] = {}  # kept deleted here
        self.restored: dict[str, set[str]] = {}  # deleted here, restored
        self.kept: set[tuple[str, str]] = set()  # deleted there, kept here with their owner
        self.owners: dict[str, list[tuple[str, str]]] = {}  # child → [(owner, column)]
        self.specs: dict[str, TableSpec] = {}
        self.first_row = 0
        self.new_content: dict[str, set[str]] = {}  # keys added to content-addressed tables
        self.relock: set[str] = set()  # signed-off audits written unlocked until the end
        self.references: dict[tuple[str, ForeignKey], dict[Any, int]] = {}  # value → row
        self.writes = 0
        self.now = _now()
        self._their_history: dict[tuple[str, str], list[Change]] | None = None
        self._their_seen: dict[tuple[str, str], list[str]] | None = None
        self._their_rows: set[tuple[Any, ...]] | None = None
        self._their_rows_by: dict[tuple[str, str], list[tuple[Any, ...]]] | None = None
        self._their_children: dict[tuple[str, str], dict[Any, list[str]]] = {}

    # --- the run -----------------------------------------------------------------

    def run(self) -> None:
        self.conn.execute("PRAGMA defer_foreign_keys = ON")
        specs = self.specs = table_specs(self.conn)
        self.owners = ownership(specs)
        self.first_row = self.conn.execute(  # history rows after it are this merge's
            "SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
        for name, table in self.package.tables.items():
            if name not in specs or not specs[name].key or name in ("history", "meta",
                                                                    "merge_seen"):
                self._fail(name, 0, "", fill(translate(
                    "Merge", "this database has no table “%1” to merge into."), name))
        total = sum(len(t.rows) for t in self.package.tables.values()) or 1
        done = 0
        for name in merge_order(specs, self.package.tables):
            table = self.package.tables[name]
            if self.report is not None:
                self.report(done, total, fill(translate("Merge", "Merging %1…"),
                                              table_label(name)))
            self._merge_table(specs[name], table)
            done += len(table.rows)
        self._delete_deleted(specs)
        self._drop_unused_content(specs)
        self._relock()
        self._check_references(specs)
        self._import_history()
        self._import_seen()
        self._note_merge()

    def _fail(self, table: str, index: int, key: str, problem: str) -> None:
        if LOCK_MARK in problem:  # a lock trigger: say which signed-off audit, and why
            problem = str(audit_locked_error(self.conn, RuntimeError(problem)) or problem)
        where = self.package.where(table, index)
        record = f"{table_label(table)} {key}".strip()
        raise MergeDataError(fill(translate(
            "Merge", "The package %1 cannot be merged: %2 (%3): %4 Nothing was changed."),
            self.package.name, where, record, problem))

    # --- one table -------------------------------------------------------------------

    def _merge_table(self, spec: TableSpec, table: PackageTable) -> None:
        cols = table.columns
        for name in cols:
            if name not in spec.columns:
                self._fail(spec.name, 0, "", fill(translate(
                    "Merge", "the field “%1” does not exist here."), name))
        for name in spec.key:
            if name not in cols:
                self._fail(spec.name, 0, "", fill(translate(
                    "Merge", "the key field “%1” is missing."), name))
        self._remap(spec, table)
        self._check_values(spec, table)
        counts = self.summary.tables.setdefault(spec.name, TableCounts())
        key_at = [cols.index(k) for k in spec.key]
        theirs: dict[str, int] = {}
        for index, key in enumerate(_keys(spec, table.rows, key_at)):
            if key in theirs:
                self._fail(spec.name, index, key, translate(
                    "Merge", "the package holds this record twice."))
            theirs[key] = index
        ours = self._fetch(spec, list(theirs), key_at, table)
        same = [(name, cols.index(name)) for name in self._compare_columns(spec, table)]
        owners = [(parent, column) for parent, column in self.owners.get(spec.name, ())
                  if column in cols]
        blocked = [(cols.index(column), self.suppressed[parent])  # owners kept deleted
                   for parent, column in owners if self.suppressed.get(parent)]
        restoring = [(cols.index(column), self.restored[parent])  # owners restored
                     for parent, column in owners if self.restored.get(parent)]
        deleted: set[str] | None = None
        inserts: list[int] = []
        mapped_to: set[str] = set()
        for key, index in theirs.items():
            row = table.rows[index]
            if blocked and any(row[at] in keys for at, keys in blocked):
                self.suppressed.setdefault(spec.name, set()).add(key)
                counts.kept_deleted += 1
            elif key in ours:
                our_row = ours[key]
                if spec.name in CONTENT_ADDRESSED or all(our_row[n] == row[i] for n, i in same):
                    counts.unchanged += 1  # the same values as stored: nothing to compare
                else:
                    self._decide(spec, table, index, key, key, our_row, counts)
            else:
                if deleted is None:
                    deleted = self._deleted_keys(spec.name)
                if key in deleted:
                    if (restoring and any(row[at] in keys for at, keys in restoring)) or \
                            self._decide_deleted(spec, table, index, key, counts):
                        inserts.append(index)  # with its owner, or changed there
                        self.restored.setdefault(spec.name, set()).add(key)
                    continue
                match = self._match_unique(spec, table, row)
                if match is None:
                    inserts.append(index)
                    continue
                if match in mapped_to:
                    self._fail(spec.name, index, key, translate(
                        "Merge", "two records of the package are the same record here."))
                mapped_to.add(match)
                self.mapping.setdefault(spec.name, {})[key] = match
                row[key_at[0]] = match
                our_row = self._fetch(spec, [match], key_at, table)[match]
                self._decide(spec, table, index, match, key, our_row, counts)
        self._unlink_suppressed(spec, table, inserts)
        self._insert(spec, table, inserts)
        counts.added += len(inserts)

    def _unlink_suppressed(self, spec: TableSpec, table: PackageTable, indexes: list[int]
                           ) -> None:
        """New records that point (not as their owner) to a record kept deleted here
        point nowhere, as they would had it been deleted after them; their version
        as it was is remembered (merging it again changes nothing)."""
        owned = {column for _, column in self.owners.get(spec.name, ())}
        columns = self._compare_columns(spec, table)
        key_at = [table.columns.index(k) for k in spec.key]
        for fk in spec.foreign_keys:
            keys = self.suppressed.get(fk.parent)
            if (not keys or fk.column in owned or fk.column in spec.not_null
                    or fk.column not in table.columns):
                continue
            at = table.columns.index(fk.column)
            for index in indexes:
                row = table.rows[index]
                if row[at] in keys:
                    theirs = version(dict(zip(table.columns, row)), columns, spec)
                    remember_version(self.conn, spec.name, _keys(spec, [row], key_at)[0],
                                     dict(zip(columns, theirs)), self.now)
                    self.writes += 1
                    row[at] = None

    def _remap(self, spec: TableSpec, table: PackageTable) -> None:
        """Point foreign keys at our ids where a record was matched by natural key."""
        for fk in spec.foreign_keys:
            mapping = self.mapping.get(fk.parent)
            if mapping and fk.column in table.columns:
                at = table.columns.index(fk.column)
                for row in table.rows:
                    row[at] = mapping.get(row[at], row[at])

    def _check_values(self, spec: TableSpec, table: PackageTable) -> None:
        """Types and required values, as this database declares them."""
        for at, name in enumerate(table.columns):
            kind = spec.affinity[name]
            required = name in spec.not_null or name in spec.key
            values = [row[at] for row in table.rows]
            if kind in ("INTEGER", "REAL", "NUMERIC"):
                fine = all((v is None and not required) or (type(v) is int) or (
                           type(v) is float and math.isfinite(v)) for v in values)
            elif kind == "TEXT":
                fine = all((v is None and not required) or (type(v) is str
                           and (v or name not in spec.key)) for v in values)
            else:
                fine = not required or None not in values
            if fine:
                continue
            for index, row in enumerate(table.rows):  # find and name the first wrong value
                value = row[at]
                problem = None
                if value is None:
                    if required:
                        problem = translate("Merge", "the field “%1” is empty, but this "
                                                     "database requires a value.")
                elif kind in ("INTEGER", "REAL", "NUMERIC"):
                    if type(value) not in (int, float) or not math.isfinite(value):
                        problem = translate("Merge", "the field “%1” must be a number, not "
                                                     "“%2”.")
                elif kind == "TEXT" and type(value) is not str:
                    problem = translate("Merge", "the field “%1” must be text, not “%2”.")
                elif name in spec.key and value == "":
                    problem = translate("Merge", "the field “%1” is empty, but this database "
                                                 "requires a value.")
                if problem:
                    key = spec.key_text([row[table.columns.index(k)] for k in spec.key
                                         if k in table.columns])
                    self._fail(spec.name, index, key, fill(problem, name, value))
        if spec.name == "blob" and "data" in table.columns and "sha256" in table.columns:
            data_at, key_at = table.columns.index("data"), table.columns.index("sha256")
            for index, row in enumerate(table.rows):
                if not isinstance(row[data_at], BytesRef) or row[data_at].sha256 != row[key_at]:
                    self._fail(spec.name, index, str(row[key_at]), translate(
                        "Merge", "the content does not match its checksum."))

    def _fetch(self, spec: TableSpec, keys: list[str], key_at: list[int],
               table: PackageTable) -> dict[str, dict[str, Any]]:
        """Our rows (as dicts over the package's columns) for these keys."""
        cols = [c for c in table.columns if not (spec.name in CONTENT_ADDRESSED
                                                 and spec.affinity[c] == "BLOB")]
        select = ", ".join(quote(c) for c in cols)
        found: dict[str, dict[str, Any]] = {}
        wanted = set(keys)
        if len(spec.key) == 1:
            ordered = sorted(wanted)
            for start in range(0, len(ordered), _CHUNK):
                chunk = ordered[start:start + _CHUNK]
                for row in self.conn.execute(
                        f"SELECT {select} FROM {quote(spec.name)} WHERE {quote(spec.key[0])} IN "
                        f"({', '.join('?' * len(chunk))})", chunk):
                    found[str(row[cols.index(spec.key[0])])] = dict(zip(cols, row))
            return found
        first = spec.key[0]  # composite keys: one scan per value of the first key field
        key_cols = [cols.index(k) for k in spec.key]
        for value in sorted({row[key_at[0]] for row in table.rows}, key=str):
            rows = self.conn.execute(
                f"SELECT {select} FROM {quote(spec.name)} WHERE {quote(first)} = ?",
                (value,)).fetchall()
            for key, row in zip(_keys(spec, rows, key_cols), rows):
                if key in wanted:
                    found[key] = dict(zip(cols, row))
        return found

    # --- deciding ------------------------------------------------------------------------

    def _compare_columns(self, spec: TableSpec, table: PackageTable) -> list[str]:
        return [c for c in table.columns if c not in spec.key and c not in TIMESTAMPS]

    def _decide(self, spec: TableSpec, table: PackageTable, index: int, key: str,
                their_key: str, our_row: dict[str, Any], counts: TableCounts) -> None:
        their_row = dict(zip(table.columns, table.rows[index]))
        columns = self._compare_columns(spec, table)
        ours, theirs = version(our_row, columns, spec), version(their_row, columns, spec)
        if ours == theirs:
            counts.unchanged += 1
            return
        our_changes = record_changes(self.conn, spec.name, key)
        our_seen_versions = set(seen_versions(our_seen(self.conn, spec.name, key), columns, spec))
        our_known = set(version_chain(our_row, our_changes, columns, spec)) | our_seen_versions
        if theirs in our_known:
            counts.older += 1
            if theirs not in our_seen_versions and self._imports_history(spec.name, key):
                # known from our history; their history, imported now, interleaves
                # with ours and may hide it from the next walk back: remember it
                remember_version(self.conn, spec.name, key, dict(zip(columns, theirs)), self.now)
                self.writes += 1
            return
        their_changes = self._changes(spec.name, their_key)
        their_chain = version_chain(their_row, their_changes, columns, spec)
        their_chain += seen_versions(self._seen(spec.name, their_key), columns, spec)
        if ours in set(their_chain):
            if ours not in our_seen_versions and self._imports_history(spec.name, key):
                # the version we held: their history, imported now, interleaves with
                # ours and may hide it from the next walk back (see below)
                remember_version(self.conn, spec.name, key, dict(zip(columns, ours)), self.now)
                self.writes += 1
            self._update(spec, table, index, key, {
                c: their_row[c] for c in table.columns
                if c not in spec.key and c != "created_at"})
            counts.updated += 1
            return
        base = next((v for v in their_chain if v in our_known), None)
        outcome = three_way(ours, theirs, base, columns)
        result = {name: their_row[name] for name in outcome.take_theirs}
        label = self._label(spec, our_row) if outcome.conflicts else ""
        for name in outcome.conflicts:
            mine = _author(our_changes, name, our_row[name], spec)
            other = _author(their_changes, name, their_row[name], spec)
            before = None if base is None else base[columns.index(name)]
            if isinstance(before, int) and isinstance(their_row[name], float):
                before = float(before)  # shown as the number it was, not its canonical form
            conflict = FieldConflict(
                spec.name, key, label, name, our_row[name], their_row[name],
                before, base is not None,
                mine.user if mine else "",
                mine.at if mine else str(our_row.get("updated_at") or ""),
                other.user if other else "",
                other.at if other else str(their_row.get("updated_at") or ""))
            conflict.choice = self._choice(conflict)
            self.summary.conflicts.append(conflict)
            if conflict.choice == "theirs":
                result[name] = their_row[name]
        if outcome.conflicts:
            counts.conflicts += 1
        else:
            counts.merged += 1
        final = version({**our_row, **result}, columns, spec)
        if result:
            if "updated_at" in spec.columns:
                result["updated_at"] = (their_row.get("updated_at") if final == theirs
                                        else self.now) or self.now
            self._update(spec, table, index, key, result, history=our_row)
        if final != theirs:
            remember_version(self.conn, spec.name, key, dict(zip(columns, theirs)), self.now)
            self.writes += 1

    def _choice(self, conflict: FieldConflict) -> str | None:
        chosen = self.choices.get(conflict.ident)
        if chosen in ("ours", "theirs"):
            return chosen
        return self.policy if self.policy in ("ours", "theirs") else None

    def _deleted_keys(self, table: str) -> set[str]:
        return {r[0] for r in self.conn.execute(
            "SELECT DISTINCT entity_id FROM history WHERE entity = ? AND op = 'delete'", (table,))}

    def _decide_deleted(self, spec: TableSpec, table: PackageTable, index: int, key: str,
                        counts: TableCounts) -> bool:
        """A record deleted here: keep it deleted unless the package changed it since
        (then a conflict). True when it is to be restored."""
        import json

        their_row = dict(zip(table.columns, table.rows[index]))
        columns = self._compare_columns(spec, table)
        changes = record_changes(self.conn, spec.name, key)
        deletion = next(c for c in reversed(changes) if c.op == "delete")
        mark = deletion_mark(deletion)
        overruled = [deletion_mark(c) for c in changes if c.op == "delete"]
        if mark[DELETED_MARK] in deletion_marks(self._seen(spec.name, key)):
            for each in overruled:  # they kept it knowing of our deletion
                self._remember_mark(spec.name, key, each)
            return True
        try:
            snapshot = json.loads(deletion.old) if deletion.old else {}
        except ValueError:
            snapshot = {}
        seen = set(seen_versions(our_seen(self.conn, spec.name, key), columns, spec))
        known = set(version_chain(snapshot if isinstance(snapshot, dict) else {}, changes,
                                  columns, spec)) | seen
        theirs = version(their_row, columns, spec)
        if theirs in known and not self._news_there(spec.name, key):
            self.suppressed.setdefault(spec.name, set()).add(key)
            counts.kept_deleted += 1
            if theirs not in seen and self._imports_history(spec.name, key):  # see _decide
                remember_version(self.conn, spec.name, key, dict(zip(columns, theirs)), self.now)
                self.writes += 1
            return False
        news = self._news_there(spec.name, key)
        other = (Change(*news[-1][:2], *news[-1][4:]) if news
                 else last_change(self._changes(spec.name, key), None))
        conflict = FieldConflict(
            spec.name, key, self._label(spec, their_row), "", None, None, None, False,
            deletion.user, deletion.at, other.user if other else "",
            other.at if other else str(their_row.get("updated_at") or ""))
        conflict.choice = self._choice(conflict)
        self.summary.conflicts.append(conflict)
        counts.conflicts += 1
        if conflict.choice == "theirs":
            for each in overruled:  # the package's deletion and ours if we followed it
                self._remember_mark(spec.name, key, each)
            return True
        self.suppressed.setdefault(spec.name, set()).add(key)
        if conflict.choice == "ours":
            remember_version(self.conn, spec.name, key, dict(zip(columns, theirs)), self.now)
            self.writes += 1
        return False

    def _match_unique(self, spec: TableSpec, table: PackageTable, row: list[Any]) -> str | None:
        """Our id of the record with the same unique natural key, if any."""
        if spec.name == "reference_set" and spec.keyed_by_id:
            # the shipped set: one per name and date whatever its id (databases made
            # before its id was derived from them each gave it a random one)
            values = dict(zip(table.columns, row))
            if values.get("builtin") in (1, True, "1"):
                found = self.conn.execute(
                    "SELECT id FROM reference_set WHERE builtin = 1 AND name = ? AND "
                    "effective_date IS ?", (values.get("name"), values.get("effective_date"))
                ).fetchone()
                if found is not None:
                    return str(found[0])
        if not spec.keyed_by_id or not spec.unique:
            return None
        for columns in spec.unique:
            if not all(c in table.columns for c in columns):
                continue
            values = [row[table.columns.index(c)] for c in columns]
            if any(v is None for v in values):
                continue
            where = " AND ".join(f"{quote(c)} = ?" for c in columns)
            found = self.conn.execute(
                f"SELECT id FROM {quote(spec.name)} WHERE {where}", values).fetchone()
            if found is not None:
                return str(found[0])
        return None

    # --- deletions -------------------------------------------------------------------------------

    def _remember_mark(self, table: str, key: str, mark: dict[str, str]) -> None:
        remember_version(self.conn, table, key, mark, self.now)
        self.writes += 1

    def _owned_by(self, parent: str) -> list[tuple[str, str]]:
        """``[(child table, column)]`` of the records ``parent``'s records own."""
        return [(child, column) for child, links in sorted(self.owners.items())
                for owner, column in links if owner == parent and child != parent]

    def _their_index(self) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
        """The package's history rows (our ids) by record, and by the parent of a
        composite key (``meter`` → every row of its readings and the meter-wide ones)."""
        if self._their_rows_by is None:
            rows: set[tuple[Any, ...]] = set()
            by: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
            for row in self.package.history:
                entity, entity_id = row[2], row[3]
                mapped = self.mapping.get(entity, {}).get(entity_id, entity_id)
                full = (*row[:3], mapped, *row[4:])
                rows.add(full)
                by.setdefault((entity, mapped), []).append(full)
                head = mapped.split(KEY_SEPARATOR, 1)[0]
                if head != mapped:
                    by.setdefault((entity, head + KEY_SEPARATOR), []).append(full)
            self._their_rows, self._their_rows_by = rows, by
        return self._their_rows_by

    def _imports_history(self, table: str, key: str) -> bool:
        """Whether the package holds history rows of this record that we do not."""
        rows = self._their_index().get((table, key), ())
        return bool(rows) and not set(rows) <= set(self._our_rows(table, key))

    def _package_children(self, child: str, column: str) -> dict[Any, list[str]]:
        """Key texts of the package's ``child`` rows by their ``column`` value."""
        found = self._their_children.get((child, column))
        if found is None:
            found = {}
            table = self.package.tables.get(child)
            spec = self.specs.get(child)
            if table is not None and spec is not None and column in table.columns:
                at = table.columns.index(column)
                keys = _keys(spec, table.rows, [table.columns.index(k) for k in spec.key])
                for row, key in zip(table.rows, keys):
                    found.setdefault(row[at], []).append(key)
            self._their_children[(child, column)] = found
        return found

    def _news_there(self, table: str, key: str) -> list[tuple[Any, ...]]:
        """Changes of the package to this record and to the records it owns there,
        that this database has not seen (oldest first)."""
        by = self._their_index()
        groups: list[tuple[str, str, bool]] = [(table, key, False)]
        pending = [(table, key)]
        while pending:
            parent, parent_key = pending.pop()
            for child, column in self._owned_by(parent):
                spec = self.specs[child]
                if len(spec.key) > 1 and spec.key[0] == column:  # readings: one range
                    groups.append((child, parent_key, True))
                    continue
                for child_key in self._package_children(child, column).get(parent_key, ()):
                    groups.append((child, child_key, False))
                    pending.append((child, child_key))
        news = []
        for entity, entity_id, whole in groups:
            rows = list(by.get((entity, entity_id), ()))
            if whole:  # of the records the package has (and the parent-wide rows)
                present = self._package_keys(entity)
                rows += [r for r in by.get((entity, entity_id + KEY_SEPARATOR), [])
                         if r[3] in present]
            rows = [r for r in rows if r[4] not in ("merge", "delete")]
            if rows:
                ours = set(self._our_rows(entity, entity_id, whole))
                news += [r for r in rows if r not in ours]
        return sorted(news, key=lambda r: r[0])

    def _package_keys(self, table: str) -> set[str]:
        found = self._their_children.get((table, ""))
        if found is None:
            package_table, spec = self.package.tables.get(table), self.specs.get(table)
            found = {}
            if package_table is not None and spec is not None:
                found = dict.fromkeys(_keys(spec, package_table.rows, [
                    package_table.columns.index(k) for k in spec.key]), [])
            self._their_children[(table, "")] = found
        return set(found)

    def _our_rows(self, entity: str, entity_id: str, whole: bool = False,
                  upto: int | None = None) -> list[tuple[Any, ...]]:
        """Our history rows of a record (``whole``: also of every record whose
        composite key starts with ``entity_id``), up to the row id ``upto``, oldest first."""
        cols = ", ".join(quote(c) for c in HISTORY_COLUMNS)
        sql = f"SELECT {cols} FROM history WHERE entity = ? AND "
        params: list[Any] = [entity]
        if whole:
            sql += "entity_id >= ? AND entity_id < ?"
            params += [entity_id, entity_id + chr(ord(KEY_SEPARATOR) + 1)]
        else:
            sql += "entity_id = ?"
            params.append(entity_id)
        if upto is not None:
            sql += " AND id <= ?"
            params.append(upto)
        return [tuple(r) for r in self.conn.execute(sql + " ORDER BY at, id", params)]

    def _news_here(self, records: set[tuple[str, str]]) -> list[tuple[Any, ...]]:
        """Our changes to these records (before this merge) that the package's
        history does not hold (oldest first)."""
        self._their_index()
        theirs = self._their_rows or set()
        news = []
        for entity, entity_id in sorted(records):
            spec = self.specs.get(entity)
            whole = spec is not None and len(spec.key) > 1 and KEY_SEPARATOR not in entity_id
            rows = self._our_rows(entity, entity_id, whole, self.first_row)
            if whole:  # the parent-wide rows, and those of the records deleted only now
                last = {r[3]: r[4] for r in rows}
                rows = [r for r in rows if r[3] == entity_id or last[r[3]] != "delete"]
            news += [r for r in rows if r[4] not in ("merge", "delete") and r not in theirs]
        return sorted(news, key=lambda r: r[0])

    def _delete_deleted(self, specs: dict[str, TableSpec]) -> None:
        """Records the package's history says were deleted there (a ``delete`` row
        and no data): deleted here too with what they own, unless changed here
        since — then a conflict (``ours`` keeps them)."""
        self._their_rows = self._their_rows_by = None  # every id mapping is known now
        present = {name: set(_keys(specs[name], t.rows,
                                   [t.columns.index(k) for k in specs[name].key]))
                   for name, t in self.package.tables.items() if name in specs}
        deleted: dict[str, dict[str, Change]] = {}
        for row in sorted(self.package.history, key=lambda r: r[0]):
            entity, entity_id, op = row[2], row[3], row[4]
            spec = specs.get(entity)
            if (op != "delete" or spec is None or entity in SYSTEM_TABLES or not spec.key
                    or len(entity_id.split(KEY_SEPARATOR, len(spec.key) - 1)) != len(spec.key)):
                continue
            key = self.mapping.get(entity, {}).get(entity_id, entity_id)
            if key not in present.get(entity, ()):
                deleted.setdefault(entity, {})[key] = Change(*row[:2], *row[4:])
        for name in merge_order(specs, deleted):
            for key, change in sorted(deleted[name].items()):
                if (name, key) not in self.kept:  # decided with the record that owns it
                    self._delete_one(specs[name], key, change)

    def _delete_one(self, spec: TableSpec, key: str, change: Change) -> None:
        key_values = key.split(KEY_SEPARATOR, len(spec.key) - 1)
        where = " AND ".join(f"{quote(k)} = ?" for k in spec.key)
        row = self.conn.execute(f"SELECT * FROM {quote(spec.name)} WHERE {where}",
                                key_values).fetchone()
        if row is None:
            return
        values = dict(zip(row.keys(), row))
        if any((parent, str(values.get(column))) in self.kept
               for parent, column in self.owners.get(spec.name, ())):
            self.kept.add((spec.name, key))  # its owner stays: decided with it
            return
        counts = self.summary.tables.setdefault(spec.name, TableCounts())
        mark = deletion_mark(change)
        label = self._label(spec, values)
        upto = self.conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
        self.conn.execute("SAVEPOINT merge_delete")
        try:
            self._delete_row(spec, key_values)
        except (sqlite3.IntegrityError, StoreError) as exc:
            self.conn.execute("ROLLBACK TO merge_delete")
            self.conn.execute("RELEASE merge_delete")
            self._fail(spec.name, 0, key, str(exc))
        gone = self.conn.execute(
            "SELECT entity, entity_id, old FROM history WHERE id > ? AND op = 'delete'",
            (upto,)).fetchall()
        if mark[DELETED_MARK] in deletion_marks(our_seen(self.conn, spec.name, key)):
            self.kept.update((r[0], r[1]) for r in gone)  # kept, knowing of that deletion
            self.conn.execute("ROLLBACK TO merge_delete")
            self.conn.execute("RELEASE merge_delete")
            counts.older += 1
            return
        news = self._news_here({(r[0], r[1]) for r in gone})
        if news:
            conflict = FieldConflict(spec.name, key, label, "", None, None, None, False,
                                     news[-1][1], news[-1][0], change.user, change.at,
                                     deleted_there=True)
            conflict.choice = self._choice(conflict)
            self.summary.conflicts.append(conflict)
            counts.conflicts += 1
            if conflict.choice != "theirs":
                self.kept.update((r[0], r[1]) for r in gone)
                self.conn.execute("ROLLBACK TO merge_delete")
                self.conn.execute("RELEASE merge_delete")
                if conflict.choice == "ours":
                    self._remember_mark(spec.name, key, mark)
                return
        self.conn.execute("RELEASE merge_delete")
        for entity, entity_id, old in gone:
            spec_gone = self.specs.get(entity)
            if spec_gone is None:
                continue
            if len(spec_gone.key) > 1 and KEY_SEPARATOR not in entity_id:  # meter's readings
                snapshot = _json_dict(old)
                number = snapshot.get(entity) if snapshot else None
                number = snapshot.get("readings") if snapshot and number is None else number
                n = number if isinstance(number, int) else 0
            else:
                n = 1
            self.summary.tables.setdefault(entity, TableCounts()).deleted += n
            self.writes += 1

    def _delete_row(self, spec: TableSpec, key_values: list[str]) -> None:
        """Delete one record and what it owns as the store would (its managers:
        history rows, owned records, references cleared)."""
        readings = self.store.readings
        if spec.name == getattr(readings, "table", None) and len(key_values) == 2:
            readings.delete(*key_values)
            return
        try:
            manager = self.store.manager(spec.name)
        except KeyError:
            manager = None
        if manager is not None and spec.keyed_by_id:
            manager.delete(key_values[0])
            return
        self._delete_generic(spec, key_values)

    def _delete_generic(self, spec: TableSpec, key_values: list[str]) -> None:
        """Delete a record of a table the store has no manager for: what it owns
        first, references to it cleared, a history row for each."""
        where = " AND ".join(f"{quote(k)} = ?" for k in spec.key)
        row = self.conn.execute(f"SELECT * FROM {quote(spec.name)} WHERE {where}",
                                key_values).fetchone()
        if row is None:
            return
        values = dict(zip(row.keys(), row))
        owned = set()
        for child, column in self._owned_by(spec.name):
            owned.add((child, column))
            child_spec = self.specs[child]
            parent_column = next((fk.parent_column for fk in child_spec.foreign_keys
                                  if fk.column == column), spec.key[0])
            select = ", ".join(quote(k) for k in child_spec.key)
            for found in self.conn.execute(
                    f"SELECT {select} FROM {quote(child)} WHERE {quote(column)} = ?",
                    (values.get(parent_column),)).fetchall():
                self._delete_row(child_spec, [str(v) for v in found])
        for other_name, other in self.specs.items():
            for fk in other.foreign_keys:
                if (fk.parent != spec.name or (other_name, fk.column) in owned
                        or fk.column in other.not_null or not other.key):
                    continue
                select = ", ".join(quote(k) for k in other.key)
                target = values.get(fk.parent_column)
                for found in self.conn.execute(
                        f"SELECT {select} FROM {quote(other_name)} WHERE {quote(fk.column)} = ?",
                        (target,)).fetchall():
                    other_where = " AND ".join(f"{quote(k)} = ?" for k in other.key)
                    self.conn.execute(f"UPDATE {quote(other_name)} SET {quote(fk.column)} = NULL "
                                      f"WHERE {other_where}", list(found))
                    self.store.record(other_name, other.key_text(list(found)), "update",
                                      fk.column, target, None)
        snapshot = {k: v for k, v in values.items()
                    if k not in TIMESTAMPS and spec.affinity.get(k) != "BLOB"}
        self.conn.execute(f"DELETE FROM {quote(spec.name)} WHERE {where}", key_values)
        self.store.record(spec.name, spec.key_text(key_values), "delete", None, snapshot, None)

    # --- writing ------------------------------------------------------------------------------

    def _update(self, spec: TableSpec, table: PackageTable, index: int, key: str,
                values: dict[str, Any], history: dict[str, Any] | None = None) -> None:
        key_values = [table.rows[index][table.columns.index(k)] for k in spec.key]
        written = values
        if spec.name == "audit" and values.get("locked") in (1, True, "1") and not \
                self.conn.execute("SELECT locked FROM audit WHERE id = ?", (key,)).fetchone()[0]:
            # signed off there, not yet here: locked once its records are in (_relock);
            # the history still says locked (what the merge leaves)
            written = {**values, "locked": 0}
            self.relock.add(key)
        assignments = ", ".join(f"{quote(c)} = ?" for c in written)
        where = " AND ".join(f"{quote(k)} = ?" for k in spec.key)
        try:
            self.conn.execute(f"UPDATE {quote(spec.name)} SET {assignments} WHERE {where}",
                              [_resolve(v) for v in written.values()] + key_values)
        except sqlite3.IntegrityError as exc:
            self._fail(spec.name, index, key, str(exc))
        self.writes += 1
        if history is not None:
            for name, new in values.items():
                if name not in TIMESTAMPS:
                    self.store.record(spec.name, key, "merge", name, _plain(history.get(name)),
                                      _plain(new))
        self._note_references(spec, index, values)

    def _insert(self, spec: TableSpec, table: PackageTable, indexes: list[int]) -> None:
        if not indexes:
            return
        cols = table.columns
        for name in spec.not_null - spec.has_default - set(cols) - set(spec.key):
            self._fail(spec.name, indexes[0], "", fill(translate(
                "Merge", "the package lacks the field “%1”, which this database requires."),
                name))
        sql = (f"INSERT INTO {quote(spec.name)} ({', '.join(quote(c) for c in cols)}) "
               f"VALUES ({', '.join('?' * len(cols))})")
        has_bytes = any(spec.affinity[c] == "BLOB" for c in cols)
        rows = ([[_resolve(v) for v in table.rows[i]] for i in indexes] if has_bytes
                else [table.rows[i] for i in indexes])
        if spec.name == "audit" and "locked" in cols:
            rows = self._unlocked(spec, cols, rows)
        self.conn.execute("SAVEPOINT merge_insert")
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.IntegrityError:
            self.conn.execute("ROLLBACK TO merge_insert")
            for index, row in zip(indexes, rows):
                try:
                    self.conn.execute(sql, row)
                except sqlite3.IntegrityError as exc:
                    key = spec.key_text([row[cols.index(k)] for k in spec.key])
                    self._fail(spec.name, index, key, str(exc))
        finally:
            self.conn.execute("RELEASE merge_insert")
        self.writes += len(rows)
        if spec.name in CONTENT_ADDRESSED:
            self.new_content.setdefault(spec.name, set()).update(
                _keys(spec, [table.rows[i] for i in indexes], [cols.index(k) for k in spec.key]))
        for fk in spec.foreign_keys:
            if fk.column in cols:
                at = cols.index(fk.column)
                uses = self.references.setdefault((spec.name, fk), {})
                for index in indexes:
                    value = table.rows[index][at]
                    if value is not None and value not in uses:
                        uses[value] = index

    def _unlocked(self, spec: TableSpec, cols: tuple[str, ...] | list[str],
                  rows: list[Any]) -> list[Any]:
        """``rows`` of signed-off audits written unlocked, their keys remembered: the
        lock triggers would refuse the audit's own records, which come after it."""
        at = list(cols).index("locked")
        key_at = [list(cols).index(k) for k in spec.key]
        result = []
        for row in rows:
            if row[at] in (1, True, "1"):
                row = list(row)
                row[at] = 0
                self.relock.add(spec.key_text([row[i] for i in key_at]))
            result.append(row)
        return result

    def _relock(self) -> None:
        """Sign-off locks back on the audits the package holds signed off."""
        for key in sorted(self.relock):
            self.conn.execute("UPDATE audit SET locked = 1 WHERE id = ?", (key,))
            self.writes += 1

    def _note_references(self, spec: TableSpec, index: int, values: dict[str, Any]) -> None:
        for fk in spec.foreign_keys:
            value = values.get(fk.column)
            if value is not None:
                self.references.setdefault((spec.name, fk), {}).setdefault(value, index)

    def _drop_unused_content(self, specs: dict[str, TableSpec]) -> None:
        """File contents added for records that stayed deleted here are not kept."""
        for table, keys in self.new_content.items():
            spec = specs[table]
            children = [(child, fk) for child, child_spec in specs.items()
                        for fk in child_spec.foreign_keys if fk.parent == table]
            if not keys or not children or len(spec.key) != 1:
                continue
            used = " OR ".join(
                f"EXISTS (SELECT 1 FROM {quote(child)} c WHERE c.{quote(fk.column)} = "
                f"t.{quote(fk.parent_column)})" for child, fk in children)
            ordered = sorted(keys)
            removed = 0
            for start in range(0, len(ordered), _CHUNK):
                chunk = ordered[start:start + _CHUNK]
                removed += self.conn.execute(
                    f"DELETE FROM {quote(table)} WHERE {quote(spec.key[0])} IN "
                    f"({', '.join('?' * len(chunk))}) AND NOT EXISTS (SELECT 1 FROM "
                    f"{quote(table)} t WHERE t.{quote(spec.key[0])} = "
                    f"{quote(table)}.{quote(spec.key[0])} AND ({used}))", chunk).rowcount
            counts = self.summary.tables[table]
            counts.added -= removed
            counts.kept_deleted += removed
            self.writes -= removed

    def _check_references(self, specs: dict[str, TableSpec]) -> None:
        """Every reference written must find its record (here or from the package)."""
        for (table, fk), uses in self.references.items():
            values = list(uses)
            found: set[Any] = set()
            for start in range(0, len(values), _CHUNK):
                chunk = values[start:start + _CHUNK]
                found.update(r[0] for r in self.conn.execute(
                    f"SELECT {quote(fk.parent_column)} FROM {quote(fk.parent)} WHERE "
                    f"{quote(fk.parent_column)} IN ({', '.join('?' * len(chunk))})", chunk))
            for value in values:
                if value not in found:
                    index = uses[value]
                    rows = self.package.tables[table]
                    key = specs[table].key_text([rows.rows[index][rows.columns.index(k)]
                                                 for k in specs[table].key])
                    self._fail(table, index, key, fill(translate(
                        "Merge", "its field “%1” refers to %2 %3, which is neither in the "
                        "package nor in this database."), fk.column, table_label(fk.parent),
                        value))

    # --- history, merged versions, the merge itself ---------------------------------------------

    def _changes(self, entity: str, entity_id: str) -> list[Change]:
        if self._their_history is None:
            grouped: dict[tuple[str, str], list[Change]] = {}
            for at, user, ent, ent_id, op, name, old, new in sorted(self.package.history,
                                                                   key=lambda r: r[0]):
                grouped.setdefault((ent, ent_id), []).append(Change(at, user, op, name, old, new))
            self._their_history = grouped
        return self._their_history.get((entity, entity_id), [])

    def _seen(self, table: str, key: str) -> list[str]:
        if self._their_seen is None:
            grouped: dict[tuple[str, str], list[str]] = {}
            for tbl, their_key, row in self.package.seen:
                grouped.setdefault((tbl, their_key), []).append(row)
            self._their_seen = grouped
        return self._their_seen.get((table, key), [])

    def _import_history(self) -> None:
        """Append the package's history rows this database does not have yet."""
        rows = []
        for row in self.package.history:
            entity, entity_id = row[2], row[3]
            mapped = self.mapping.get(entity, {}).get(entity_id, entity_id)
            rows.append((*row[:3], mapped, *row[4:]))
        if not rows:
            return
        cols = ", ".join(quote(c) for c in HISTORY_COLUMNS)
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS merge_history ({cols})")
        self.conn.execute("DELETE FROM temp.merge_history")
        self.conn.executemany(f"INSERT INTO temp.merge_history ({cols}) VALUES "
                              f"({', '.join('?' * len(HISTORY_COLUMNS))})", rows)
        same = " AND ".join(f"h.{quote(c)} IS t.{quote(c)}" for c in HISTORY_COLUMNS[4:])
        cursor = self.conn.execute(
            f"INSERT INTO main.history ({cols}) SELECT DISTINCT {cols} FROM temp.merge_history t "
            "WHERE NOT EXISTS (SELECT 1 FROM main.history h WHERE h.entity = t.entity AND "
            f"h.entity_id = t.entity_id AND h.at = t.at AND h.user = t.user AND {same}) "
            "ORDER BY at")
        self.summary.history_added = max(cursor.rowcount, 0)
        self.writes += self.summary.history_added
        self.conn.execute("DROP TABLE temp.merge_history")

    def _import_seen(self) -> None:
        import json

        from auditdesk.store.merge import version_hash

        for table, key, row in self.package.seen:
            mapped = self.mapping.get(table, {}).get(key, key)
            values = json.loads(row)
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO merge_seen(tbl, key, hash, row, at) VALUES (?, ?, ?, ?, ?)",
                (table, mapped, version_hash(values), row, self.now))
            self.writes += max(cursor.rowcount, 0)

    def _note_merge(self) -> None:
        """One history row per audit of the package that says what the merge did."""
        if not self.writes:
            return
        s = self.summary
        decided = [c for c in s.conflicts if c.choice in ("ours", "theirs")]
        note = {"package": s.source, "package_id": s.package_id, "added": s.added,
                "updated": s.updated, "skipped": s.skipped,
                "conflicts_ours": sum(c.choice == "ours" for c in decided),
                "conflicts_theirs": sum(c.choice == "theirs" for c in decided)}
        for audit_id in self.package.audit_ids:
            if self.conn.execute("SELECT 1 FROM audit WHERE id = ?", (audit_id,)).fetchone():
                self.store.record("audit", audit_id, "merge", None, None, note)

    # --- labels --------------------------------------------------------------------------------

    def _label(self, spec: TableSpec, row: dict[str, Any]) -> str:
        return record_label(self.conn, spec, row)


def record_label(conn: sqlite3.Connection, spec: TableSpec, row: dict[str, Any],
                 depth: int = 0) -> str:
    """A short name people recognise: “O-03 Fix compressed-air leaks”, “Main
    meter · 2024-05-01”, “Fix leaks · electricity”."""
    if row.get("title"):
        own = " ".join(str(row[c]) for c in ("code", "title") if row.get(c))
    else:
        own = str(row.get("name") or row.get("item_code") or row.get("filename")
                  or row.get("key") or "")
    if own:
        return own
    detail = [str(row[c]) for c in ("carrier", "ts", "period_start", "product") if row.get(c)]
    parent = ""
    if depth < 2:
        specs = None
        for fk in spec.foreign_keys:
            if fk.parent == spec.name or row.get(fk.column) is None:
                continue
            found = conn.execute(
                f"SELECT * FROM {quote(fk.parent)} WHERE {quote(fk.parent_column)} = ?",
                (row[fk.column],)).fetchone()
            if found is not None:
                specs = specs or table_specs(conn)
                parent = record_label(conn, specs[fk.parent], dict(found), depth + 1)
                break
    parts = [p for p in (parent, *detail) if p]
    return " · ".join(parts) if parts else str(row.get("id") or "")[:8]


def _keys(spec: TableSpec, rows: Any, key_at: list[int]) -> list[str]:
    """The key text of every row (``TableSpec.key_text``, without a call per row)."""
    if len(key_at) == 1:
        at = key_at[0]
        return [r[at] if type(r[at]) is str else str(r[at]) for r in rows]
    if len(key_at) == 2:
        a, b = key_at
        return [f"{r[a]}{KEY_SEPARATOR}{r[b]}" for r in rows]
    return [spec.key_text([r[i] for i in key_at]) for r in rows]


def _author(changes: list[Change], name: str, value: Any, spec: TableSpec) -> Change | None:
    """The change that gave a field its value: the newest edit to that value (a
    merge that took it from elsewhere is not its author), else the newest change."""
    wanted = canon(value, spec.affinity[name])
    for change in reversed(changes):
        if (change.op == "update" and change.field == name
                and canon(change.new, spec.affinity[name]) == wanted):
            return change
    return last_change(changes, name)


def _json_dict(text: str | None) -> dict[str, Any] | None:
    import json

    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _resolve(value: Any) -> Any:
    return value.load() if isinstance(value, BytesRef) else value


def _plain(value: Any) -> Any:
    """A value for a history row (file contents by their hash)."""
    if isinstance(value, BytesRef):
        return f"sha256:{value.sha256}"
    if isinstance(value, (bytes, bytearray, memoryview)):
        import hashlib

        return f"sha256:{hashlib.sha256(bytes(value)).hexdigest()}"
    return value


def _now() -> str:
    from auditdesk.store.database import utc_now

    return utc_now()
