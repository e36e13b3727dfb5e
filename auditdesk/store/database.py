"""The ``Store`` facade: one open AuditDesk database file.

Opening: a non-SQLite or foreign file is refused; a file made by a newer
AuditDesk is refused before anything is written; otherwise WAL, foreign keys
and a busy timeout are set and pending migrations run, each in one
transaction. A second AuditDesk on the same file finds the sidecar lock held
and opens read-only (see lock.py).

Reads use the standard library's ``sqlite3`` directly; sqlite-utils (which
imports pandas and numpy when they are installed, ~0.4 s) is imported only on
the first write, so the first window paints without it.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditdesk import __version__
from auditdesk.i18n import translate
from auditdesk.store import schema
from auditdesk.store.errors import (
    IntegrityError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
    audit_locked_error,
)
from auditdesk.store.lock import FileLock, LockHolder

if TYPE_CHECKING:  # pragma: no cover
    import sqlite_utils

    from auditdesk.store import managers as m

BUSY_TIMEOUT_MS = 5000


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Store:
    """An open database with its managers (``store.parks``, ``store.audits`` …)."""

    parks: "m.ParkManager"
    enterprises: "m.EnterpriseManager"
    audits: "m.AuditManager"
    areas: "m.EntityManager[Any]"
    meters: "m.MeterManager"
    readings: "m.ReadingManager"
    production: "m.EntityManager[Any]"
    templates: "m.TemplateManager"
    items: "m.EntityManager[Any]"
    responses: "m.EntityManager[Any]"
    opportunities: "m.OpportunityManager"
    savings: "m.EntityManager[Any]"
    attachments: "m.AttachmentManager"
    reference_sets: "m.ReferenceSetManager"
    factors: "m.EntityManager[Any]"
    comments: "m.EntityManager[Any]"
    history: "m.HistoryManager"

    def __init__(
        self,
        path: str | Path,
        *,
        user: str = "unknown",
        read_only: bool = False,
        create: bool = True,
    ) -> None:
        self.path = Path(path)
        self.user = user
        self.read_only = read_only
        self.read_only_reason = (
            translate("Store", "opened read-only on request.") if read_only else ""
        )
        self.lock_holder: LockHolder | None = None
        self._lock = FileLock(self.path)
        self._db: sqlite_utils.Database | None = None
        self._write_guard = threading.RLock()
        self._closed = False
        existed = self.path.exists()
        if not existed and (read_only or not create):
            raise StoreError(translate("Store", "No database at %1.").replace("%1", str(path)))
        if not read_only and not self._lock.acquire(user):
            self.lock_holder = self._lock.holder()
            who = self.lock_holder.describe() if self.lock_holder else "?"
            self.read_only = True
            self.read_only_reason = translate(
                "Store", "another AuditDesk has this file open (%1). Close it there to edit here."
            ).replace("%1", who)
        try:
            self.conn = self._connect(existed)
        except BaseException:
            self._lock.release()
            raise
        self._managers: dict[str, Any] | None = None
        if getattr(self, "_seed", False):
            self.reference_sets.ensure_builtin()  # a new database starts with the shipped set

    # --- opening -------------------------------------------------------------

    def _connect(self, existed: bool) -> sqlite3.Connection:
        if self.read_only:
            uri = f"file:{self.path.resolve().as_posix()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(self.path), check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            version = self._check_file(conn, existed)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if self.read_only:
                if version < schema.SCHEMA_VERSION:
                    raise StoreError(
                        translate(
                            "Store",
                            "%1 needs an upgrade that cannot be made read-only. "
                            "Open it where it is not in use.",
                        ).replace("%1", str(self.path))
                    )
                return conn
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # e.g. a network share without shared memory
                conn.execute("PRAGMA journal_mode = DELETE")
            # FULL: each commit is on disk before it returns, so an answer saved on
            # the factory floor survives a dead battery (NORMAL could lose the last
            # commits in WAL mode). One fsync per save is cheap at typing speed.
            conn.execute("PRAGMA synchronous = FULL")
            if version < schema.SCHEMA_VERSION:
                schema.migrate(self._sqlite_utils(conn))
                self._stamp_meta(conn)
                self._seed = version == 0
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise NotADatabaseError(str(self.path), str(exc)) from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _check_file(self, conn: sqlite3.Connection, existed: bool) -> int:
        """Refuse foreign or newer files before anything is written."""
        version = schema.current_version(conn)  # raises DatabaseError on a non-SQLite file
        if version > schema.SCHEMA_VERSION:
            raise NewerSchemaError(str(self.path), version, schema.SCHEMA_VERSION)
        if version == 0 and existed:
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
            if tables:
                raise NotADatabaseError(
                    str(self.path), translate("Store", "it holds tables AuditDesk did not make")
                )
        return version

    def _stamp_meta(self, conn: sqlite3.Connection) -> None:
        with self.transaction():
            conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('app', 'AuditDesk'), "
                "('created_with', ?), ('created_at', ?)",
                (__version__, utc_now()),
            )
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('last_written_with', ?)",
                (__version__,),
            )

    def _sqlite_utils(self, conn: sqlite3.Connection | None = None) -> "sqlite_utils.Database":
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(conn or self.conn)
        return self._db

    # --- public API ------------------------------------------------------------

    @property
    def db(self) -> "sqlite_utils.Database":
        """The sqlite-utils view of the connection (imported on first use)."""
        return self._sqlite_utils()

    @property
    def schema_version(self) -> int:
        return schema.current_version(self.conn)

    def ensure_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason)

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """All writes inside happen together or not at all (nested: savepoints)."""
        self.ensure_writable()
        try:
            with self._write_guard, self.db.atomic():
                yield self
        except (sqlite3.IntegrityError, IntegrityError) as exc:
            locked = audit_locked_error(self.conn, exc)  # a signed-off audit's lock
            if locked is None:
                raise
            raise locked from exc

    def record(
        self,
        entity: str,
        entity_id: str,
        op: str,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        """Append one change-history row; call inside ``transaction()``."""
        self.conn.execute(
            "INSERT INTO history(at, user, entity, entity_id, op, field, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (utc_now(), self.user, entity, entity_id, op, field, _text(old), _text(new)),
        )

    def manager(self, table: str) -> "m.EntityManager[Any]":
        return self._all_managers()[table]

    def _all_managers(self) -> dict[str, Any]:
        if self._managers is None:
            from auditdesk.store.managers import attach_managers

            self._managers = attach_managers(self)
        return self._managers

    def __getattr__(self, name: str) -> Any:
        """Managers are created on first use: the model's dataclasses need not be
        imported for the first window, which reads through ``queries``."""
        if name.startswith("_") or name in ("conn", "path", "user"):
            raise AttributeError(name)
        self._all_managers()
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(name) from None

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run a read-only SELECT and return all rows."""
        return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if not self.read_only:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("PRAGMA optimize")
            self.conn.close()
        finally:
            self._lock.release()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def open_store(path: str | Path, *, user: str | None = None, read_only: bool = False,
               create: bool = False) -> Store:
    """Open a database (``create``: make it if missing) as the configured user."""
    if user is None:
        from auditdesk import settings

        user = settings.load().effective_user()
    return Store(path, user=user, read_only=read_only, create=create)
