"""Write audits with everything they reference into one package file.

What goes in is found from the schema's foreign keys, not from a list, so
tables that later migrations add come along:

1. **Owned rows**: the chosen audits and their enterprise, then every row
   that hangs off an owned row by a foreign key (areas, checklist answers,
   opportunities and their savings, attachments, meters and their readings,
   production, …), transitively. Other audits of the enterprise are not owned.
2. **Referenced rows**: every row an included row points to (park, reference
   set, checklist template, photo bytes, a parent meter …), with the rows that
   only describe it (a reference set's factors, a template's items): child
   tables whose every foreign key points to that table.
3. The **change history** of every included record, and the versions this
   database merged for them without adopting them (``merge_seen``).
4. **Deletions**: the change history of every record deleted here that an
   included record owned (an opportunity of an exported audit, a meter of its
   enterprise, a reading of such a meter …), or that such a deleted record
   owned. Its ``delete`` row, with no row in the data, tells the merge that the
   record is gone (see ``package_merge``).

The zip is written to a temporary file beside the target and renamed over it
only when complete, so an interrupted export never leaves half a package.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditdesk import __version__
from auditdesk.exchange.package_labels import table_label
from auditdesk.exchange.package_read import (
    BLOB_PREFIX,
    DATA_PREFIX,
    FORMAT,
    FORMAT_VERSION,
    HISTORY_ENTRY,
    MANIFEST,
    SEEN_ENTRY,
    PackageError,
)
from auditdesk.i18n import fill, translate
from auditdesk.store.merge import (
    HISTORY_COLUMNS,
    KEY_SEPARATOR,
    SYSTEM_TABLES,
    TableSpec,
    merge_order,
    ownership,
    quote,
    table_specs,
)
from auditdesk.store.schema import current_version

# Tables whose rows own others; a referenced row of these does not pull in its
# children (a park does not bring its other enterprises, an enterprise its other audits).
OWNER_TABLES = frozenset({"park", "enterprise", "audit", "meter", "opportunity"})
_CHUNK = 500

Report = Callable[[int, int, str], None]


@dataclass
class PackResult:
    path: Path
    audits: list[dict[str, str]]
    rows: dict[str, int] = field(default_factory=dict)
    history: int = 0
    size: int = 0


class _Selection:
    """Rows to export: table → key text → row (all columns, bytes left out)."""

    def __init__(self, conn: sqlite3.Connection, specs: dict[str, TableSpec]) -> None:
        self.conn = conn
        self.specs = specs
        self.rows: dict[str, dict[str, tuple[Any, ...]]] = {}

    def columns(self, table: str) -> list[str]:
        spec = self.specs[table]
        return [c for c in spec.columns if spec.affinity[c] != "BLOB"]

    def fetch(self, table: str, column: str, values: Iterable[Any]) -> set[str]:
        """Add the rows of ``table`` whose ``column`` is in ``values``; returns new keys."""
        spec = self.specs[table]
        cols = self.columns(table)
        key_at = [cols.index(k) for k in spec.key]
        have = self.rows.setdefault(table, {})
        new: set[str] = set()
        values = sorted({v for v in values if v is not None}, key=str)
        select = ", ".join(quote(c) for c in cols)
        for start in range(0, len(values), _CHUNK):
            chunk = values[start:start + _CHUNK]
            sql = (f"SELECT {select} FROM {quote(table)} WHERE {quote(column)} IN "
                   f"({', '.join('?' * len(chunk))})")
            for row in self.conn.execute(sql, chunk):
                key = spec.key_text([row[i] for i in key_at])
                if key not in have:
                    have[key] = tuple(row)
                    new.add(key)
        return new

    def values(self, table: str, column: str, keys: Iterable[str]) -> set[Any]:
        cols = self.columns(table)
        if column not in cols:
            return set()
        at = cols.index(column)
        rows = self.rows.get(table, {})
        return {rows[k][at] for k in keys if rows[k][at] is not None}


def _exportable(specs: dict[str, TableSpec]) -> dict[str, TableSpec]:
    return {n: s for n, s in specs.items() if n not in SYSTEM_TABLES and s.key}


def select_rows(conn: sqlite3.Connection, audit_ids: Sequence[str]) -> _Selection:
    """Everything the audits own or reference (see the module docstring)."""
    specs = _exportable(table_specs(conn))
    sel = _Selection(conn, specs)
    found = sel.fetch("audit", "id", audit_ids)
    for audit_id in audit_ids:
        if audit_id not in found:
            raise PackageError(fill(translate("Package", "No audit with id %1 in this database."),
                                    audit_id))
    enterprises = sel.fetch("enterprise", "id", sel.values("audit", "enterprise_id", found))
    frontier: dict[str, set[str]] = {"audit": found, "enterprise": enterprises}
    while frontier:  # 1. owned rows, downwards
        following: dict[str, set[str]] = {}
        for child, spec in specs.items():
            if child == "audit":
                continue
            for fk in spec.foreign_keys:
                if fk.parent == child or not frontier.get(fk.parent) or fk.parent not in specs:
                    continue
                values = sel.values(fk.parent, fk.parent_column, frontier[fk.parent])
                new = sel.fetch(child, fk.column, values)
                if new:
                    following.setdefault(child, set()).update(new)
        frontier = following
    pending: dict[str, set[str]] = {t: set(r) for t, r in sel.rows.items()}
    while pending:  # 2. referenced rows, upwards, with the rows that describe them
        following = {}
        for table, keys in pending.items():
            for fk in specs[table].foreign_keys:
                if fk.parent not in specs:
                    continue
                new = sel.fetch(fk.parent, fk.parent_column,
                                sel.values(table, fk.column, keys))
                if new:
                    following.setdefault(fk.parent, set()).update(new)
        for parent, keys in list(following.items()):
            if parent in OWNER_TABLES:
                continue
            for child, spec in specs.items():
                fks = [fk for fk in spec.foreign_keys if fk.parent != child]
                if child in OWNER_TABLES or not fks or any(fk.parent != parent for fk in fks):
                    continue
                for fk in fks:
                    new = sel.fetch(child, fk.column, sel.values(parent, fk.parent_column, keys))
                    if new:
                        following.setdefault(child, set()).update(new)
        pending = following
    return sel


def deleted_rows(sel: _Selection) -> dict[str, set[str]]:
    """Records deleted in this database that an included record owned, or that
    such a deleted record owned: table → keys (see the module docstring, 4.)."""
    conn, specs = sel.conn, sel.specs
    owners = ownership(specs)
    deleted: dict[str, set[str]] = {}
    for table in merge_order(specs, specs):
        spec = specs[table]
        links = [(parent, column) for parent, column in owners.get(table, ())
                 if column in spec.columns]
        if not links:
            continue
        last: dict[str, str | None] = {}  # key → snapshot of its newest deletion
        for key, op, old in conn.execute(
                "SELECT entity_id, op, old FROM history WHERE entity = ? AND op IN "
                "('create', 'delete') ORDER BY at, id", (table,)):
            last[key] = old if op == "delete" else None
        candidates: dict[str, dict[str, Any]] = {}
        for key, old in last.items():
            snapshot = _json_object(old)
            if snapshot is None or key in sel.rows.get(table, ()):
                continue
            if len(spec.key) > 1 and len(key.split(KEY_SEPARATOR)) != len(spec.key):
                continue  # a summary row (the readings of a deleted meter)
            if any(str(snapshot.get(column)) in sel.rows.get(parent, ())
                   or str(snapshot.get(column)) in deleted.get(parent, ())
                   for parent, column in links if snapshot.get(column) is not None):
                candidates[key] = snapshot
        gone = set(candidates) - _existing(conn, spec, candidates)
        if gone:
            deleted[table] = gone
    return deleted


def _json_object(text: str | None) -> dict[str, Any] | None:
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _existing(conn: sqlite3.Connection, spec: TableSpec, keys: Iterable[str]) -> set[str]:
    """Those of ``keys`` (key texts) that ``spec``'s table holds."""
    found: set[str] = set()
    ordered = sorted(keys)
    if len(spec.key) == 1:
        column = quote(spec.key[0])
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start:start + _CHUNK]
            found.update(str(r[0]) for r in conn.execute(
                f"SELECT {column} FROM {quote(spec.name)} WHERE {column} IN "
                f"({', '.join('?' * len(chunk))})", chunk))
        return found
    where = " AND ".join(f"{quote(k)} = ?" for k in spec.key)
    for key in ordered:
        if conn.execute(f"SELECT 1 FROM {quote(spec.name)} WHERE {where}",
                        key.split(KEY_SEPARATOR, len(spec.key) - 1)).fetchone():
            found.add(key)
    return found


def _history(sel: _Selection, deleted: dict[str, set[str]]) -> list[tuple[Any, ...]]:
    """Change history of the selected and the deleted records (readings: by meter,
    then meter@ts)."""
    conn = sel.conn
    select = ", ".join(quote(c) for c in HISTORY_COLUMNS)
    owners = ownership(sel.specs)
    found: list[tuple[Any, ...]] = []
    tables = set(sel.rows) | set(deleted) | {  # and the readings of a deleted meter
        table for table, links in owners.items() if len(sel.specs[table].key) > 1
        and any(column == sel.specs[table].key[0] and parent in deleted
                for parent, column in links)}
    for table in sorted(tables):
        rows = sel.rows.get(table, {})
        spec = sel.specs[table]
        if len(spec.key) == 1:
            keys = sorted(set(rows) | deleted.get(table, set()))
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start:start + _CHUNK]
                found.extend(tuple(r) for r in conn.execute(
                    f"SELECT {select} FROM history WHERE entity = ? AND entity_id IN "
                    f"({', '.join('?' * len(chunk))}) ORDER BY at, id", [table, *chunk]))
        else:  # composite keys start with their parent's id: one index range per parent
            cols = sel.columns(table)
            first = cols.index(spec.key[0])
            prefixes = {str(r[first]) for r in rows.values()}
            prefixes.update(k.split(KEY_SEPARATOR, 1)[0] for k in deleted.get(table, ()))
            for parent, column in owners.get(table, ()):
                if column == spec.key[0]:  # the records of a deleted parent went with it
                    prefixes.update(deleted.get(parent, ()))
            for prefix in sorted(prefixes):
                found.extend(tuple(r) for r in conn.execute(
                    f"SELECT {select} FROM history WHERE entity = ? AND entity_id >= ? AND "
                    "entity_id < ? ORDER BY at, id",
                    (table, prefix, prefix + chr(ord(KEY_SEPARATOR) + 1))))
    found.sort(key=lambda r: r[0])
    return found


def _seen(sel: _Selection) -> list[list[Any]]:
    found: list[list[Any]] = []
    if "merge_seen" not in {r[0] for r in sel.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}:
        return found
    for table, rows in sel.rows.items():
        keys = sorted(rows)
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start:start + _CHUNK]
            for tbl, key, row in sel.conn.execute(
                    f"SELECT tbl, key, row FROM merge_seen WHERE tbl = ? AND key IN "
                    f"({', '.join('?' * len(chunk))}) ORDER BY key, hash", [table, *chunk]):
                found.append([tbl, key, json.loads(row)])
    return found


class _Writer:
    """Zip entries with their SHA-256 and size, for the manifest."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.entries: dict[str, dict[str, Any]] = {}

    def write(self, name: str, data: bytes, compress: bool = True) -> None:
        if name in self.entries:
            return
        self.zf.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data,
                         compress_type=zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED,
                         compresslevel=6 if compress else None)
        self.entries[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def _lines(rows: Iterable[Sequence[Any]]) -> bytes:
    return "".join(json.dumps(list(r), ensure_ascii=False, separators=(",", ":")) + "\n"
                   for r in rows).encode("utf-8")


def pack_audits(conn: sqlite3.Connection, audit_ids: Sequence[str], out: str | Path, *,
                user: str, source: str = "", report: Report | None = None) -> PackResult:
    """Write the audits to ``out`` (replaced atomically); reads one consistent snapshot."""
    out = Path(out)
    started = not conn.in_transaction
    if started:
        conn.execute("BEGIN")  # one snapshot of the database for the whole export
    try:
        return _pack(conn, list(dict.fromkeys(audit_ids)), out, user, source, report)
    finally:
        if started:
            conn.execute("ROLLBACK")


def _pack(conn: sqlite3.Connection, audit_ids: list[str], out: Path, user: str, source: str,
          report: Report | None) -> PackResult:
    if not audit_ids:
        raise PackageError(translate("Package", "Choose at least one audit to export."))
    sel = select_rows(conn, audit_ids)
    history = _history(sel, deleted_rows(sel))
    seen = _seen(sel)
    audits = []
    for audit_id in audit_ids:
        row = dict(zip(sel.columns("audit"), sel.rows["audit"][audit_id]))
        enterprise = dict(zip(sel.columns("enterprise"),
                              sel.rows["enterprise"][row["enterprise_id"]]))
        audits.append({"id": audit_id, "title": row.get("title") or "",
                       "enterprise": enterprise.get("name") or "",
                       "start_date": row.get("start_date") or ""})
    order = merge_order(sel.specs, sel.rows)
    total = sum(len(r) for r in sel.rows.values()) or 1
    result = PackResult(out, audits, {t: len(sel.rows[t]) for t in order}, len(history))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            with zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
                writer = _Writer(zf)
                tables = _write_tables(conn, sel, order, writer, total, report)
                writer.write(HISTORY_ENTRY, _lines(history))
                writer.write(SEEN_ENTRY, _lines(seen))
                manifest = {
                    "format": FORMAT, "format_version": FORMAT_VERSION,
                    "app_version": __version__, "schema_version": current_version(conn),
                    "package_id": str(uuid.uuid4()), "created_by": user,
                    "created_at": _now(), "source": source, "audits": audits,
                    "tables": tables, "entries": writer.entries,
                }
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1),
                            compress_type=zipfile.ZIP_DEFLATED)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    result.size = out.stat().st_size
    return result


def _write_tables(conn: sqlite3.Connection, sel: _Selection, order: list[str], writer: _Writer,
                  total: int, report: Report | None) -> dict[str, dict[str, Any]]:
    tables: dict[str, dict[str, Any]] = {}
    done = 0
    for table in order:
        spec = sel.specs[table]
        cols = sel.columns(table)
        blob_cols = list(spec.bytes_columns())
        rows = [list(sel.rows[table][k]) for k in sorted(sel.rows[table])]
        if blob_cols:
            rows = [r + _bytes_cells(conn, spec, cols, r, blob_cols, writer) for r in rows]
        entry = f"{DATA_PREFIX}{table}.jsonl"
        writer.write(entry, _lines(rows))
        tables[table] = {"entry": entry, "columns": cols + blob_cols, "rows": len(rows)}
        done += len(rows)
        if report is not None:
            report(done, total, fill(translate("Package", "Writing %1…"), table_label(table)))
    return tables


def _bytes_cells(conn: sqlite3.Connection, spec: TableSpec, cols: list[str], row: list[Any],
                 blob_cols: list[str], writer: _Writer) -> list[Any]:
    """The bytes columns of one row: each value stored once as ``blobs/<sha256>``."""
    where = " AND ".join(f"{quote(k)} = ?" for k in spec.key)
    found = conn.execute(
        f"SELECT {', '.join(quote(c) for c in blob_cols)} FROM {quote(spec.name)} WHERE {where}",
        [row[cols.index(k)] for k in spec.key]).fetchone()
    cells: list[Any] = []
    for value in found:
        if value is None:
            cells.append(None)
            continue
        data = bytes(value)
        sha = hashlib.sha256(data).hexdigest()
        writer.write(BLOB_PREFIX + sha, data, compress=False)
        cells.append({"$bytes": sha})
    return cells


def _now() -> str:
    from auditdesk.store.database import utc_now

    return utc_now()
