"""Detect a second AuditDesk on the same database file.

The writer holds an OS-level exclusive lock on ``<database>.lock`` for as long
as the database is open. The OS drops the lock when the process ends, even
after a crash, so a stale lock never blocks anyone. A second opener fails to
take the lock, reads who holds it from the file, and opens read-only.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, NamedTuple


class LockHolder(NamedTuple):
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user}@{self.host} (pid {self.pid}, {self.since})"


def _hostname() -> str:
    """This computer's name, without importing socket (start-up cost)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "?")


class FileLock:
    """An exclusive, non-blocking lock on a sidecar file."""

    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self, user: str) -> bool:
        """Try to take the lock; True on success. Never blocks."""
        fh = open(self.path, "a+", encoding="utf-8")
        try:
            _lock(fh)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(
            json.dumps(
                {
                    "user": user,
                    "host": _hostname(),
                    "pid": os.getpid(),
                    "since": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                }
            )
        )
        fh.flush()
        self._fh = fh
        return True

    def holder(self) -> LockHolder | None:
        """Who holds the lock, as written by the holder (None if unreadable)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]),
                              str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            self._fh.seek(0)
            self._fh.truncate()
            _unlock(self._fh)
        finally:
            self._fh.close()
            self._fh = None
        # The empty file stays: unlinking it would race with another process
        # that has it open and is about to lock it.

    @property
    def held(self) -> bool:
        return self._fh is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
