"""Merge primitives over the store's schema (no Qt): what a record is, what
counts as the same version, and which versions a database already holds.

Everything here is discovered from the database (``table_specs``), so tables
and columns added by later migrations take part without code changes.

* **Identity.** A record is identified by its table's primary key: the text
  UUID ``id`` for entities, ``(meter_id, ts)`` for readings (written
  ``meter_id@ts`` as in the change history), ``sha256`` for blobs.
* **Version.** The canonical values of every column except the key and the
  ``created_at``/``updated_at`` stamps. Two rows are *unchanged* with respect to
  each other when their versions are equal, whatever their timestamps say.
* **Known versions.** The versions a database has held for a record: its
  current version, the earlier ones rebuilt by undoing its change history
  (each ``update`` row says old → new for one field), and the versions of
  other databases it has merged without adopting them (table ``merge_seen``).
  Two databases *last met* at the newest version both know; a record changed
  on both sides since then is diverged, and a field changed on both sides to
  different values is a conflict.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Tables with their own merge rules: history (append-only), meta (describes the
# file itself, never merged), merge_seen (known versions, merged as a set).
SYSTEM_TABLES = frozenset({"history", "meta", "merge_seen"})
TIMESTAMPS = ("created_at", "updated_at")
HISTORY_COLUMNS = ("at", "user", "entity", "entity_id", "op", "field", "old", "new")
KEY_SEPARATOR = "@"
_NUMERIC = frozenset({"INTEGER", "REAL", "NUMERIC"})
_BYTES_MARK = "\0sha256:"


def quote(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def affinity(declared: str) -> str:
    """SQLite's column affinity for a declared type (the rules of section 3.1)."""
    text = (declared or "").upper()
    if "INT" in text:
        return "INTEGER"
    if any(word in text for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if not text or "BLOB" in text:
        return "BLOB"
    if any(word in text for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


@dataclass(frozen=True)
class ForeignKey:
    column: str
    parent: str
    parent_column: str


@dataclass(frozen=True)
class TableSpec:
    """One table as the database declares it."""

    name: str
    columns: tuple[str, ...]
    affinity: dict[str, str]
    not_null: frozenset[str]
    has_default: frozenset[str]
    key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    unique: tuple[tuple[str, ...], ...]  # unique indexes other than the key

    @property
    def keyed_by_id(self) -> bool:
        return self.key == ("id",)

    def key_text(self, values: Sequence[Any]) -> str:
        """The record's key as text (``meter_id@ts`` for composite keys)."""
        return KEY_SEPARATOR.join(str(v) for v in values)

    def bytes_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if self.affinity[c] == "BLOB")


def table_specs(conn: sqlite3.Connection) -> dict[str, TableSpec]:
    """Every table of the database with its columns, key, foreign and unique keys."""
    specs: dict[str, TableSpec] = {}
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    for name in names:
        info = conn.execute(f"PRAGMA table_info({quote(name)})").fetchall()
        columns = tuple(r[1] for r in info)
        key = tuple(r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
        fks = []
        for r in conn.execute(f"PRAGMA foreign_key_list({quote(name)})"):
            parent_column = r[4]
            if parent_column is None:  # REFERENCES parent without a column: its key
                parent_info = conn.execute(f"PRAGMA table_info({quote(r[2])})").fetchall()
                pk = [p[1] for p in parent_info if p[5]]
                parent_column = pk[0] if pk else "rowid"
            fks.append(ForeignKey(r[3], r[2], parent_column))
        unique = []
        for r in conn.execute(f"PRAGMA index_list({quote(name)})"):
            if r[2] and r[3] != "pk" and not r[4]:
                cols = tuple(c[2] for c in conn.execute(f"PRAGMA index_info({quote(r[1])})"))
                if cols and None not in cols and cols != key:
                    unique.append(cols)
        specs[name] = TableSpec(
            name=name, columns=columns,
            affinity={r[1]: affinity(r[2]) for r in info},
            not_null=frozenset(r[1] for r in info if r[3]),
            has_default=frozenset(r[1] for r in info if r[4] is not None),
            key=key, foreign_keys=tuple(fks), unique=tuple(unique))
    return specs


def merge_order(specs: dict[str, TableSpec], tables: Iterable[str]) -> list[str]:
    """``tables`` with parents before children (self-references ignored)."""
    wanted = set(tables)
    order: list[str] = []
    placed: set[str] = set()
    pending = sorted(wanted)
    while pending:
        progress = False
        for name in list(pending):
            parents = {fk.parent for fk in specs[name].foreign_keys} & wanted - {name}
            if parents <= placed:
                order.append(name)
                placed.add(name)
                pending.remove(name)
                progress = True
        if not progress:  # a cycle: keep the rest in name order (foreign keys are deferred)
            order.extend(pending)
            break
    return order


# --- values and versions ---------------------------------------------------------


@dataclass(frozen=True)
class BytesRef:
    """Bytes that are read when written (a photo in a package), known by their hash."""

    sha256: str
    size: int
    load: Callable[[], bytes] = field(compare=False, repr=False)


def canon(value: Any, column_affinity: str) -> Any:
    """The comparable form of a value as SQLite would store it in such a column.

    History texts (``"12.5"``), JSON numbers (``12``) and stored REALs (``12.0``)
    of one number compare equal; bytes compare by their SHA-256.
    """
    if value is None:
        return None
    if isinstance(value, BytesRef):
        return _BYTES_MARK + value.sha256
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _BYTES_MARK + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, bool):
        value = int(value)
    if column_affinity in _NUMERIC:
        if isinstance(value, int):
            return value
        if isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                return value
            if value.strip().lstrip("+-").isdigit():
                return int(value)
        else:
            number = float(value)
        if math.isfinite(number) and number.is_integer() and abs(number) < 2**53:
            return int(number)
        return number
    if column_affinity == "TEXT":
        return value if isinstance(value, str) else repr(value)
    return value


def version(row: dict[str, Any], columns: Sequence[str], spec: TableSpec) -> tuple[Any, ...]:
    """The canonical version of ``row`` over ``columns``."""
    return tuple(canon(row.get(c), spec.affinity[c]) for c in columns)


def version_hash(values: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True, ensure_ascii=False,
                                     default=str).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Change:
    """One change-history row of one record (oldest first when in a list)."""

    at: str
    user: str
    op: str
    field: str | None
    old: str | None
    new: str | None


def record_changes(conn: sqlite3.Connection, entity: str, entity_id: str) -> list[Change]:
    """The change history of one record in this database, oldest first."""
    return [Change(*r) for r in conn.execute(
        "SELECT at, user, op, field, old, new FROM history WHERE entity = ? AND entity_id = ? "
        "ORDER BY at, id", (entity, entity_id))]


def _snapshot(text: str | None) -> dict[str, Any] | None:
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def version_chain(current: dict[str, Any], changes: Sequence[Change], columns: Sequence[str],
                  spec: TableSpec) -> list[tuple[Any, ...]]:
    """Versions the record has held, newest first, rebuilt from its history.

    Walks the changes backwards undoing each field update whose new value is
    what the record holds at that point; updates that do not match (changes of
    another branch imported by an earlier merge) are passed over. Create and
    delete snapshots are versions too; nothing before the create is read.
    """
    state = {c: canon(current.get(c), spec.affinity[c]) for c in columns}
    chain = [tuple(state[c] for c in columns)]
    for change in reversed(changes):
        if change.op in ("update", "merge") and change.field in state:
            name = change.field
            if canon(change.new, spec.affinity[name]) == state[name]:
                state[name] = canon(change.old, spec.affinity[name])
                chain.append(tuple(state[c] for c in columns))
        elif change.op in ("create", "delete"):
            snapshot = _snapshot(change.new if change.op == "create" else change.old)
            if snapshot is not None and all(c in snapshot for c in columns):
                chain.append(version(snapshot, columns, spec))
            if change.op == "create":
                break
    return chain


def seen_versions(rows: Iterable[str], columns: Sequence[str], spec: TableSpec
                  ) -> list[tuple[Any, ...]]:
    """Versions recorded in ``merge_seen`` (JSON rows) over ``columns``; rows that
    lack one of the columns (older schema) cannot be compared and are left out."""
    found = []
    for text in rows:
        data = _snapshot(text)
        if data is not None and all(c in data for c in columns):
            found.append(version(data, columns, spec))
    return found


def our_seen(conn: sqlite3.Connection, table: str, key: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT row FROM merge_seen WHERE tbl = ? AND key = ?", (table, key))]


def remember_version(conn: sqlite3.Connection, table: str, key: str, values: dict[str, Any],
                     at: str) -> None:
    """Record that this database has merged ``values`` into ``table``/``key``
    (so merging that version again changes nothing)."""
    canonical = {name: value for name, value in values.items()}
    conn.execute(
        "INSERT OR IGNORE INTO merge_seen(tbl, key, hash, row, at) VALUES (?, ?, ?, ?, ?)",
        (table, key, version_hash(canonical), json.dumps(canonical, ensure_ascii=False,
                                                          sort_keys=True), at))


def last_change(changes: Sequence[Change], name: str | None) -> Change | None:
    """The newest change of field ``name`` (or of the record when ``None``)."""
    for change in reversed(changes):
        if name is None or (change.field == name and change.op in ("update", "merge")):
            return change
    for change in reversed(changes):
        if change.op == "create":
            return change
    return None


@dataclass
class ThreeWay:
    """The outcome for one record changed on both sides since they last met."""

    take_theirs: list[str]  # fields only they changed
    conflicts: list[str]  # fields both changed to different values
    base: tuple[Any, ...] | None


def three_way(ours: tuple[Any, ...], theirs: tuple[Any, ...], base: tuple[Any, ...] | None,
              columns: Sequence[str]) -> ThreeWay:
    """Field by field against the newest common version ``base`` (``None``: no
    common version is known, so every differing field is a conflict)."""
    take, conflicts = [], []
    for i, name in enumerate(columns):
        if ours[i] == theirs[i]:
            continue
        if base is not None and ours[i] == base[i]:
            take.append(name)
        elif base is not None and theirs[i] == base[i]:
            continue
        else:
            conflicts.append(name)
    return ThreeWay(take, conflicts, base)


# --- ownership and deletions ------------------------------------------------------------------

DELETED_MARK = "$deleted"  # a merge_seen row that remembers a deletion overruled


def ownership(specs: dict[str, TableSpec]) -> dict[str, list[tuple[str, str]]]:
    """Child table → ``[(parent table, column)]``: the references whose record owns
    the child, so that deleting the parent deletes the child. These are the
    required references to another table, and the children the store's managers
    delete with a record (a comment with its opportunity)."""
    owners: dict[str, list[tuple[str, str]]] = {}
    for name, spec in specs.items():
        for fk in spec.foreign_keys:
            if fk.parent != name and fk.column in spec.not_null and fk.parent in specs:
                owners.setdefault(name, []).append((fk.parent, fk.column))
    from auditdesk.store.managers import _ENTITY_MANAGERS

    for parent, (_, manager, _) in _ENTITY_MANAGERS.items():
        for child, column in getattr(manager, "children", ()):
            found = owners.setdefault(child, [])
            if child in specs and parent in specs and (parent, column) not in found:
                found.append((parent, column))
    return owners


def deletion_mark(change: Change) -> dict[str, str]:
    """The ``merge_seen`` row that says a database saw this deletion and kept the
    record (so merging it again, or back, does not delete it or ask again)."""
    return {DELETED_MARK: f"{change.at} {change.user}"}


def deletion_marks(rows: Iterable[str]) -> set[str]:
    """The deletions named by ``merge_seen`` rows (JSON), as ``deletion_mark`` writes them."""
    found = set()
    for text in rows:
        data = _snapshot(text)
        if data is not None and isinstance(data.get(DELETED_MARK), str):
            found.add(data[DELETED_MARK])
    return found
