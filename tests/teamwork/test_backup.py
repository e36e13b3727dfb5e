"""Rotating backups (online backup API), the integrity check, and restore."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from teamwork_helpers import fingerprint

from auditdesk.cli import main
from auditdesk.store import Store
from auditdesk.store import backup as backups


def _corrupt(path: Path, page: int = 6) -> None:
    """Overwrite one page in the middle of a (closed) database with garbage."""
    with open(path, "r+b") as fh:
        fh.seek(4096 * page)
        fh.write(b"\xde\xad\xbe\xef" * 1024)


def test_a_backup_copies_the_open_database_and_old_ones_rotate(demo_store: Store) -> None:
    made = []
    for _ in range(4):
        made.append(backups.make_backup(demo_store.path, reason="open", keep=3))
        time.sleep(0.002)
    kept = backups.list_backups(demo_store.path)
    assert [b.path for b in kept] == [b.path for b in reversed(made[1:])]
    assert not made[0].path.exists()
    newest = kept[0].path
    assert newest.parent.parent == Path(backups.backup_folder(demo_store.path)).parent
    assert fingerprint(newest) == fingerprint(demo_store.path)
    assert newest.read_bytes()[18:20] == b"\x01\x01"  # a plain file, not WAL: copy it anywhere
    assert backups.check_integrity(newest) == []


def test_a_backup_says_what_it_holds(demo_store: Store) -> None:
    demo_store.parks.update(demo_store.parks.list()[0].id, notes="ghi chú")
    info = backups.make_backup(demo_store.path, reason="manual", keep=5)
    contents = backups.describe_backup(info.path)
    assert contents.problems == []
    assert contents.counts["audit"] == 3 and contents.counts["reading"] > 1000
    assert contents.last_change_by == "tester"
    assert len(contents.audits) == 3 and all(title for title, _, _ in contents.audits)


def test_the_integrity_check_finds_a_damaged_page(demo_db: Path, tmp_path: Path) -> None:
    assert backups.check_integrity(demo_db) == []
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(demo_db, damaged)
    _corrupt(damaged)
    assert backups.check_integrity(damaged)


def test_the_integrity_check_finds_broken_references(demo_db: Path) -> None:
    conn = sqlite3.connect(demo_db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO area(id, created_at, updated_at, audit_id) "
                 "VALUES ('a-1', 'x', 'x', 'no-such-audit')")
    conn.commit()
    conn.close()
    problems = backups.check_integrity(demo_db)
    rowid = sqlite3.connect(demo_db).execute(
        "SELECT rowid FROM area WHERE id = 'a-1'").fetchone()[0]
    assert problems == [f"a record of area (row {rowid}) refers to a missing audit record."]


def test_the_newest_good_backup_skips_a_damaged_one(demo_store: Store) -> None:
    older = backups.make_backup(demo_store.path, reason="open", keep=5)
    time.sleep(0.002)
    newer = backups.make_backup(demo_store.path, reason="interval", keep=5)
    _corrupt(newer.path)
    assert backups.newest_good_backup(demo_store.path) == older


def test_restore_brings_the_backup_back_and_keeps_the_replaced_file(demo_db: Path) -> None:
    with Store(demo_db, user="tester") as store:
        info = backups.make_backup(store.path, reason="manual", keep=5)
        audit = store.audits.list()[0]
        store.audits.delete(audit.id)
        after_delete = fingerprint(demo_db)
    kept = backups.restore_backup(info.path, demo_db)
    with Store(demo_db, user="tester") as store:
        assert store.audits.find(audit.id) is not None
    assert kept is not None and kept.exists() and "replaced" in str(kept)
    assert fingerprint(kept) == after_delete  # nothing is lost by restoring


def test_restore_is_refused_while_the_database_is_open(demo_store: Store) -> None:
    info = backups.make_backup(demo_store.path, reason="manual", keep=5)

    def holder() -> None:  # another AuditDesk holds the file: our own lock is that
        backups.restore_backup(info.path, demo_store.path)

    with pytest.raises(backups.BackupError, match="open in another AuditDesk"):
        holder()


def test_a_damaged_backup_is_not_restored(demo_db: Path, tmp_path: Path) -> None:
    with Store(demo_db, user="tester") as store:
        info = backups.make_backup(store.path, reason="manual", keep=5)
    _corrupt(info.path)
    before = fingerprint(demo_db)
    with pytest.raises(backups.BackupError, match="damaged and was not restored"):
        backups.restore_backup(info.path, demo_db)
    assert fingerprint(demo_db) == before


def test_backup_from_the_command_line(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "backup", "--db", str(demo_db)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.exists()
    assert main(["--lang", "en", "backup", "--db", str(demo_db), "--list"]) == 0
    assert str(made) in capsys.readouterr().out
    assert main(["--lang", "en", "backup", "--db", str(demo_db), "--check"]) == 0
    assert "is sound" in capsys.readouterr().out
    with Store(demo_db, user="tester") as store:
        store.parks.delete(store.parks.list()[0].id)
    assert main(["--lang", "en", "backup", "--db", str(demo_db), "--restore", str(made)]) == 0
    assert "Restored" in capsys.readouterr().out
    with Store(demo_db, user="tester") as store:
        assert store.parks.count() == 2
