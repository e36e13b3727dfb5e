"""Audits from many laptops share one copy of the shipped reference set.

Every database seeds the shipped set on creation. Its id (and its factors')
is derived from the set's name and date, so packages from any laptop refer to
the same record; databases made before that gave it a random id, and a merge
still matches their set to ours by name and date instead of adding a copy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from auditdesk import model
from auditdesk.exchange.package import export_audits, merge_files
from auditdesk.store import Store


def _laptop(path: Path, enterprise: str) -> tuple[Store, str]:
    store = Store(path, create=True, user="An")
    park = store.parks.create(model.Park(name="KCN Deep C"))
    ent = store.enterprises.create(model.Enterprise(park_id=park.id, name=enterprise))
    audit = store.audits.create(model.Audit(
        enterprise_id=ent.id, title=f"RECP {enterprise}", start_date="2026-11-02",
        reference_set_id=store.reference_sets.ensure_builtin().id))
    return store, audit.id


def _builtin_sets(path: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT s.id, (SELECT count(*) FROM factor f WHERE f.set_id = s.id) "
            "FROM reference_set s WHERE builtin = 1").fetchall()
    finally:
        conn.close()


def test_every_new_database_gives_the_shipped_set_the_same_ids(tmp_path: Path) -> None:
    one = Store(tmp_path / "one.db", create=True)
    two = Store(tmp_path / "two.db", create=True)
    try:
        a, b = one.reference_sets.ensure_builtin(), two.reference_sets.ensure_builtin()
        assert a.id == b.id
        keys_a = {(f.id, f.key) for f in one.factors.list("set_id = ?", (a.id,))}
        keys_b = {(f.id, f.key) for f in two.factors.list("set_id = ?", (b.id,))}
        assert keys_a == keys_b and len(keys_a) > 50
    finally:
        one.close()
        two.close()


def test_merging_audits_of_two_laptops_keeps_one_shipped_set(tmp_path: Path) -> None:
    office = Store(tmp_path / "office.db", create=True, user="Văn phòng")
    office.close()
    packages = []
    for name in ("an", "binh"):
        store, audit_id = _laptop(tmp_path / f"{name}.db", f"Công ty {name}")
        packages.append(tmp_path / f"{name}.auditdesk")
        export_audits(store, [audit_id], packages[-1])
        store.close()
    office = Store(tmp_path / "office.db", user="Văn phòng")
    try:
        merge_files(office, packages, on_conflict="fail")
    finally:
        office.close()
    sets = _builtin_sets(tmp_path / "office.db")
    assert len(sets) == 1 and sets[0][1] > 50


def test_a_set_with_a_random_id_from_an_older_database_is_matched(tmp_path: Path) -> None:
    store, audit_id = _laptop(tmp_path / "old.db", "Công ty Cũ")
    store.close()
    # an older database: the shipped set and its factors carry random ids
    conn = sqlite3.connect(tmp_path / "old.db")
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for trigger in [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")]:
            conn.execute(f'DROP TRIGGER "{trigger}"')
        old_id = conn.execute("SELECT id FROM reference_set WHERE builtin = 1").fetchone()[0]
        conn.execute("UPDATE reference_set SET id = 'legacy-set' WHERE id = ?", (old_id,))
        conn.execute("UPDATE factor SET set_id = 'legacy-set', id = 'legacy-' || key")
        conn.execute("UPDATE audit SET reference_set_id = 'legacy-set'")
        conn.execute("UPDATE history SET entity_id = 'legacy-set' WHERE entity_id = ?",
                     (old_id,))
    conn.close()
    old = Store(tmp_path / "old.db")
    package = tmp_path / "old.auditdesk"
    export_audits(old, [audit_id], package)
    old.close()

    office = Store(tmp_path / "office.db", create=True, user="Văn phòng")
    ours = office.reference_sets.ensure_builtin().id
    try:
        summary = merge_files(office, [package], on_conflict="fail")
        assert summary  # merged without conflicts
        assert office.audits.get(audit_id).reference_set_id == ours
        factors = office.factors.list("set_id = ?", (ours,))
        assert len({f.key for f in factors}) == len(factors)
    finally:
        office.close()
    assert len(_builtin_sets(tmp_path / "office.db")) == 1
