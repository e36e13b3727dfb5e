"""Teamwork test helpers: database fingerprints, the three laptops, package surgery."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditdesk.store import Store


def fingerprint(path: Path, skip: tuple[str, ...] = ()) -> str:
    """A hash of every row of every table but ``skip``: equal means the database
    holds exactly the same data."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    digest = hashlib.sha256()
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        for table in [t for t in tables if t not in skip]:
            rows = sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{table}"'))
            digest.update(table.encode())
            for row in rows:
                digest.update(row.encode())
    finally:
        conn.close()
    return digest.hexdigest()


@dataclass
class Laptops:
    """The office copy and two auditors' copies of one database, and a place for packages."""

    folder: Path
    office: Store
    an: Store
    binh: Store
    audit_id: str
    template_id: str

    def package(self, store: Store, name: str) -> Path:
        from auditdesk.exchange.package import export_audits

        path = self.folder / f"{name}.auditdesk"
        export_audits(store, [self.audit_id], path)
        return path

    def opportunities(self, store: Store) -> list[Any]:
        return store.opportunities.for_audit(self.audit_id)


def rewrite_package(source: Path, target: Path, *,
                    edit: Callable[[dict[str, bytes], dict[str, Any]], None] | None = None,
                    fix_checksums: bool = True) -> Path:
    """Copy a package changing its entries (``edit(entries, manifest)``), with the
    manifest's checksums recomputed unless ``fix_checksums`` is False."""
    with zipfile.ZipFile(source) as zf:
        entries = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(entries.pop("manifest.json"))
    if edit is not None:
        edit(entries, manifest)
    if fix_checksums:
        manifest["entries"] = {name: {"sha256": hashlib.sha256(data).hexdigest(),
                                      "size": len(data)} for name, data in entries.items()}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest))
    return target


def table_lines(entries: dict[str, bytes], table: str) -> list[list[Any]]:
    return [json.loads(line) for line in entries[f"data/{table}.jsonl"].decode().splitlines()]


def set_table_lines(entries: dict[str, bytes], manifest: dict[str, Any], table: str,
                    rows: list[list[Any]]) -> None:
    entries[f"data/{table}.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                             for r in rows).encode()
    manifest["tables"][table]["rows"] = len(rows)
