"""Audit packages (``.auditdesk``): export audits, merge them into any database.

A package is a zip file::

    manifest.json          format, format_version, app_version, schema_version,
                           package_id, created_by/at, source, audits [{id, title,
                           enterprise, start_date}], tables {name: {entry, columns,
                           rows}}, entries {name: {sha256, size}}
    data/<table>.jsonl     one JSON array per record, in the table's column order;
                           file contents as {"$bytes": "<sha256>"}
    blobs/<sha256>         file contents (photos, documents), stored once
    history.jsonl          the change history of every record in the package
    seen.jsonl             versions merged without being adopted: [table, key, values]

Writing is in ``package_write``, checking a received file in ``package_read``,
the merge itself in ``package_merge`` (on ``auditdesk.store.merge``). This
module is the API the command line and the UI use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from auditdesk.exchange.package_merge import (
    POLICIES,
    ConflictError,
    FieldConflict,
    MergeDataError,
    MergeSummary,
    TableCounts,
    merge_package,
)
from auditdesk.exchange.package_read import (
    EXTENSION,
    FORMAT,
    FORMAT_VERSION,
    Limits,
    Package,
    PackageError,
    open_package,
)
from auditdesk.exchange.package_write import PackResult, pack_audits

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.store.database import Store

__all__ = [
    "EXTENSION", "FORMAT", "FORMAT_VERSION", "POLICIES", "ConflictError", "FieldConflict",
    "Limits", "MergeDataError", "MergeSummary", "PackResult", "Package", "PackageError",
    "TableCounts", "export_audits", "merge_files", "merge_package", "open_package",
    "pack_audits",
]

Report = Callable[[int, int, str], None]


def export_audits(store: Store, audit_ids: Sequence[str], out: str | Path,
                  report: Report | None = None) -> PackResult:
    """Write the audits of ``store`` to the package ``out``.

    Reads through a connection of its own (one consistent snapshot, and safe on
    a worker thread while the window keeps using the store's connection).
    """
    import sqlite3

    from auditdesk.i18n import fill, translate

    conn = sqlite3.connect(str(store.path), check_same_thread=False)
    try:
        conn.execute("PRAGMA query_only = ON")
        return pack_audits(conn, audit_ids, out, user=store.user, source=store.path.name,
                           report=report)
    except sqlite3.Error as exc:
        raise PackageError(fill(translate(
            "Package", "The audits could not be read from %1 (%2). No package was written."),
            store.path.name, exc)) from exc
    finally:
        conn.close()


def merge_files(store: Store, paths: Sequence[str | Path], *, on_conflict: str = "fail",
                choices: Mapping[tuple[str, str, str], str] | None = None,
                limits: Limits | None = None, report: Report | None = None
                ) -> list[MergeSummary]:
    """Merge several packages in one transaction: all of them or none.

    Every package is opened and checked before anything is written, so one
    damaged file among many leaves the database exactly as it was.
    """
    packages: list[Package] = []
    try:
        for path in paths:
            packages.append(open_package(path, limits))
        summaries = []
        with store.transaction():
            for package in packages:
                summaries.append(merge_package(store, package, choices=choices,
                                               on_conflict=on_conflict, report=report))
        return summaries
    finally:
        for package in packages:
            package.close()
