"""Rotating backups of a database, the integrity check, and restore (no Qt).

Backups are made with SQLite's online backup API from a connection of their
own, so the database can stay open and in use. Each database has its own
folder under ``paths.backup_dir()`` (its file name plus a hash of its full
path, so two ``audits.auditdesk.sqlite`` in different folders do not mix);
a backup is itself a database (rollback journal, not WAL) named
``<UTC time>-<reason>.auditdesk.sqlite``. A copy is checked before it is kept,
and only then are the oldest beyond the configured number removed, so a
damaged database never pushes good backups out.

Restore never deletes: the file it replaces (with its ``-wal``/``-shm``) moves
to ``replaced/`` in the backup folder, and the backup is copied to a
temporary file beside the database and renamed over it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from auditdesk import paths
from auditdesk.i18n import fill, translate
from auditdesk.store.errors import StoreError
from auditdesk.store.lock import FileLock

REASONS = ("open", "interval", "manual", "before-restore")
SUFFIX = ".auditdesk.sqlite"
KEEP_REPLACED = 3
_NAME = re.compile(r"^(\d{8}T\d{6}_\d{3}Z)-([a-z-]+)\.auditdesk\.sqlite$")
_STAMP = "%Y%m%dT%H%M%S_%fZ"

Report = Callable[[int, int, str], None]


class BackupError(StoreError):
    """A backup could not be made or restored; the database is as it was."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC
    reason: str
    size: int


@dataclass
class BackupContents:
    """What a backup holds, to show before restoring it."""

    schema_version: int = 0
    created_with: str = ""
    last_change_at: str = ""
    last_change_by: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    audits: list[tuple[str, str, str]] = field(default_factory=list)  # title, enterprise, start
    problems: list[str] = field(default_factory=list)


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True,
                           check_same_thread=False)


def backup_folder(db_path: str | Path) -> Path:
    """The folder that holds the backups of this database file."""
    resolved = Path(db_path).resolve()
    stem = resolved.name
    for suffix in (SUFFIX, ".sqlite", ".db"):
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    stem = re.sub(r"[^\w.-]", "_", stem)[:60]
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:8]
    return paths.backup_dir() / f"{stem}-{digest}"


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """The backups of this database, newest first."""
    folder = backup_folder(db_path)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match and path.is_file():
                made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
                found.append(BackupInfo(path, made, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def check_integrity(path: str | Path | sqlite3.Connection) -> list[str]:
    """Problems found by ``PRAGMA integrity_check`` and ``foreign_key_check``;
    empty when the database is sound."""
    own = not isinstance(path, sqlite3.Connection)
    try:
        conn = path if isinstance(path, sqlite3.Connection) else _connect_ro(Path(path))
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(fill(translate(
                "Backup", "a record of %1 (row %2) refers to a missing %3 record."),
                table, rowid if rowid is not None else "?", parent))
        return problems
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        if own:
            conn.close()


def _copy(source: Path, target: Path, report: Report | None) -> None:
    """Online backup of ``source`` into a new file ``target`` (rollback journal)."""
    target.unlink(missing_ok=True)
    src = _connect_ro(source)
    dst = sqlite3.connect(str(target))
    try:
        def progress(status: int, remaining: int, total: int) -> None:
            if report is not None:
                report(total - remaining, total, translate("Backup", "Copying the database…"))

        src.backup(dst, pages=512, progress=progress, sleep=0.01)
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.commit()
    finally:
        dst.close()
        src.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def make_backup(db_path: str | Path, *, reason: str = "manual", keep: int = 10,
                report: Report | None = None) -> BackupInfo:
    """Back the database up now, check the copy, then drop the oldest beyond ``keep``."""
    db_path = Path(db_path)
    if reason not in REASONS:
        raise ValueError(reason)
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    made = datetime.now(UTC)
    made = made.replace(microsecond=made.microsecond // 1000 * 1000)  # as the name says
    name = f"{made.strftime('%Y%m%dT%H%M%S')}_{made.strftime('%f')[:3]}Z-{reason}{SUFFIX}"
    final = folder / name
    tmp = folder / f".{name}.tmp"
    try:
        _copy(db_path, tmp, report)
        problems = check_integrity(tmp)
        if problems:
            raise BackupError(fill(translate(
                "Backup", "The backup of %1 was not kept: the copy is damaged (%2)."),
                db_path.name, "; ".join(problems[:3])))
        os.replace(tmp, final)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(fill(translate("Backup", "%1 could not be backed up: %2"),
                               db_path.name, exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    rotate(db_path, keep)
    return BackupInfo(final, made, reason, final.stat().st_size)


def rotate(db_path: str | Path, keep: int) -> list[Path]:
    """Delete the oldest backups beyond ``keep`` (at least one is always kept)."""
    removed = []
    for info in list_backups(db_path)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def newest_good_backup(db_path: str | Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check."""
    for info in list_backups(db_path):
        if not check_integrity(info.path):
            return info
    return None


def describe_backup(path: str | Path) -> BackupContents:
    """What a backup (or any AuditDesk database) holds."""
    contents = BackupContents(problems=check_integrity(path))
    try:
        conn = _connect_ro(Path(path))
    except sqlite3.Error as exc:
        contents.problems.append(str(exc))
        return contents
    try:
        contents.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in ("park", "enterprise", "audit", "meter", "reading", "opportunity",
                      "attachment", "history"):
            if table in tables:
                contents.counts[table] = int(conn.execute(
                    f'SELECT count(*) FROM "{table}"').fetchone()[0])
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key = 'created_with'").fetchone()
            contents.created_with = str(row[0]) if row else ""
        if "history" in tables:
            row = conn.execute("SELECT at, user FROM history ORDER BY at DESC, id DESC "
                               "LIMIT 1").fetchone()
            if row:
                contents.last_change_at, contents.last_change_by = str(row[0]), str(row[1])
        if {"audit", "enterprise"} <= tables:
            contents.audits = [(str(r[0] or ""), str(r[1] or ""), str(r[2] or "")) for r in
                               conn.execute(
                "SELECT a.title, e.name, a.start_date FROM audit a LEFT JOIN enterprise e "
                "ON e.id = a.enterprise_id ORDER BY a.start_date DESC, a.title")]
    except sqlite3.Error as exc:
        contents.problems.append(str(exc))
    finally:
        conn.close()
    return contents


def restore_backup(backup: str | Path, db_path: str | Path, *, user: str = "AuditDesk",
                   report: Report | None = None) -> Path | None:
    """Replace the (closed) database by ``backup``; returns where the replaced file
    was kept (``None`` when there was none). Refused while the file is open."""
    backup, db_path = Path(backup), Path(db_path)
    problems = check_integrity(backup)
    if problems:
        raise BackupError(fill(translate(
            "Backup", "The backup %1 is damaged and was not restored (%2)."),
            backup.name, "; ".join(problems[:3])))
    lock = FileLock(db_path)
    if not lock.acquire(user):
        holder = lock.holder()
        raise BackupError(fill(translate(
            "Backup", "%1 is open in another AuditDesk (%2). Close it there, then restore."),
            db_path.name, holder.describe() if holder else "?"))
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        _copy(backup, tmp, report)
        kept = _set_aside(db_path)
        os.replace(tmp, db_path)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(fill(translate("Backup", "%1 could not be restored: %2"),
                               db_path.name, exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
        lock.release()
    return kept


def _set_aside(db_path: Path) -> Path | None:
    """Move the database and its WAL files to ``replaced/`` (the last few are kept)."""
    if not db_path.exists():
        return None
    folder = backup_folder(db_path) / "replaced"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S_%fZ")
    target = folder / f"{stamp}-{db_path.name}"
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            shutil.move(str(side), str(target) + suffix)
    shutil.move(str(db_path), str(target))
    old = sorted((p for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))),
                 key=lambda p: p.name, reverse=True)
    for path in old[KEEP_REPLACED:]:
        for extra in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            extra.unlink(missing_ok=True)
    return target
