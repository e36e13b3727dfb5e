"""Store: round trips, history, transactions, migrations, file safety."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from auditdesk import model
from auditdesk.store import (
    SCHEMA_VERSION,
    IntegrityError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    Store,
    ValidationError,
)
from auditdesk.store import schema


def _park(store: Store, name: str = "KCN Deep C") -> model.Park:
    return store.parks.create(model.Park(name=name, province="Hải Phòng"))


def _enterprise(store: Store, park: model.Park) -> model.Enterprise:
    return store.enterprises.create(model.Enterprise(
        park_id=park.id, name="Công ty Thủy sản Biển Xanh", sector="seafood",
        employees=820, shifts=2, operating_hours=5600.0))


def _audit(store: Store, enterprise: model.Enterprise) -> model.Audit:
    return store.audits.create(model.Audit(
        enterprise_id=enterprise.id, title="RECP 2025", start_date="2025-03-10"))


def test_pragmas_wal_foreign_keys_busy_timeout(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert store.schema_version == SCHEMA_VERSION
    assert store.meta("app") == "AuditDesk"


def test_round_trip_of_every_entity_kind(store: Store) -> None:
    park = _park(store)
    ent = _enterprise(store, park)
    audit = _audit(store, ent)
    ref = store.reference_sets.create(model.ReferenceSet(name="VN 2025",
                                                         effective_date="2025-05-10"))
    factor = store.factors.create(model.Factor(set_id=ref.id, key="fx.usd", value=25_400.0,
                                               unit="VND/USD", source="SBV"))
    area = store.areas.create(model.Area(audit_id=audit.id, code="ca", name="Khí nén"))
    meter = store.meters.create(model.Meter(enterprise_id=ent.id, name="Điện tổng",
                                            multiplier=200.0, rollover=1e6))
    prod = store.production.create(model.ProductionRecord(
        enterprise_id=ent.id, period_start="2025-01-01", period_end="2025-01-31",
        product="Tôm", quantity=480.5))
    tpl = store.templates.create(model.ChecklistTemplate(code="recp", version="1.0"))
    item = store.items.create(model.ChecklistItem(template_id=tpl.id, code="CA-001",
                                                  required=True, text_vi="Có máy nén khí?"))
    resp = store.responses.create(model.ChecklistResponse(
        audit_id=audit.id, template_id=tpl.id, item_code="CA-001", answer="yes", finding=True))
    opp = store.opportunities.create(model.Opportunity(
        audit_id=audit.id, title="Sửa rò rỉ khí nén", technique="GH",
        investment_equipment=8e6, symbiosis=False))
    saving = store.savings.create(model.OpportunitySaving(
        opportunity_id=opp.id, carrier="electricity", amount=38_500.0))
    for manager, obj in [
        (store.parks, park), (store.enterprises, ent), (store.audits, audit),
        (store.reference_sets, ref), (store.factors, factor), (store.areas, area),
        (store.meters, meter), (store.production, prod), (store.templates, tpl),
        (store.items, item), (store.responses, resp), (store.opportunities, opp),
        (store.savings, saving),
    ]:
        assert manager.get(obj.id) == obj
    assert store.items.get(item.id).required is True
    assert store.responses.get(resp.id).finding is True
    assert store.enterprises.get(ent.id).employees == 820


def test_reopen_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    with Store(path, user="a") as s:
        park = _park(s, "KCN Hiệp Phước")
    with Store(path, user="b") as s:
        assert s.parks.get(park.id).name == "KCN Hiệp Phước"


def test_history_records_create_update_delete_with_user(store: Store) -> None:
    park = _park(store)
    store.parks.update(park.id, name="KCN Deep C II", notes="pilot")
    store.parks.update(park.id, name="KCN Deep C II")  # no change: no history
    store.parks.delete(park.id)
    rows = list(reversed(store.history.list(entity="park", entity_id=park.id)))
    assert [(r.op, r.field) for r in rows] == [
        ("create", None), ("update", "name"), ("update", "notes"), ("delete", None)]
    assert rows[1].old == "KCN Deep C" and rows[1].new == "KCN Deep C II"
    assert all(r.user == "tester" for r in rows)
    assert '"name": "KCN Deep C"' in (rows[0].new or "")
    assert '"name": "KCN Deep C II"' in (rows[3].old or "")


def test_history_filters_by_user_and_time(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    with Store(path, user="mai") as s:
        park = _park(s)
    with Store(path, user="vinh") as s:
        s.parks.update(park.id, province="HP")
        assert [h.user for h in s.history.list(user="vinh")] == ["vinh"]
        mine = s.history.list(entity="park", user="mai")
        assert len(mine) == 1
        first = mine[0].at
        assert [h.op for h in s.history.list(entity="park", since=first)] == ["update", "create"]
        assert s.history.list(entity="park", until=first) == []


def test_delete_cascades_with_history_for_each_child(store: Store) -> None:
    park = _park(store)
    ent = _enterprise(store, park)
    audit = _audit(store, ent)
    meter = store.meters.create(model.Meter(enterprise_id=ent.id, name="M1"))
    store.readings.add_many([model.Reading(meter_id=meter.id, ts=f"2025-0{m}-01", value=m)
                             for m in range(1, 4)])
    opp = store.opportunities.create(model.Opportunity(audit_id=audit.id, title="LED"))
    store.opportunities.set_savings(opp.id, [model.OpportunitySaving(carrier="electricity",
                                                                     amount=1.0)])
    store.parks.delete(park.id)
    for table in ("park", "enterprise", "audit", "meter", "reading", "opportunity",
                  "opportunity_saving"):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    deleted = {(h.entity, h.op) for h in store.history.list() if h.op == "delete"}
    assert deleted >= {("park", "delete"), ("enterprise", "delete"), ("audit", "delete"),
                       ("meter", "delete"), ("reading", "delete"), ("opportunity", "delete"),
                       ("opportunity_saving", "delete")}


def test_failed_transaction_leaves_database_exactly_as_before(store: Store) -> None:
    park = _park(store)
    before = store.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.parks.update(park.id, name="changed")
            _enterprise(store, park)
            raise RuntimeError("power cut")
    assert store.parks.get(park.id).name == "KCN Deep C"
    assert store.enterprises.count() == 0
    assert store.conn.execute("SELECT count(*) FROM history").fetchone()[0] == before


def test_integrity_error_rolls_back_the_whole_write(store: Store) -> None:
    with pytest.raises(IntegrityError):
        store.enterprises.create(model.Enterprise(park_id="no-such-park", name="X"))
    assert store.enterprises.count() == 0
    assert store.history.list(entity="enterprise") == []


def test_validation_errors_name_the_field(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        store.parks.create(model.Park(name="  "))
    assert set(info.value.errors) == {"name"}
    park = _park(store)
    with pytest.raises(ValidationError) as info:
        store.enterprises.create(model.Enterprise(park_id=park.id, name="A", shifts=9,
                                                  contact_email="not-an-email"))
    assert set(info.value.errors) == {"shifts", "contact_email"}
    ent = _enterprise(store, park)
    with pytest.raises(ValidationError) as info:
        store.audits.create(model.Audit(enterprise_id=ent.id, title="A",
                                        start_date="2025-03-10", end_date="2025-03-01"))
    assert set(info.value.errors) == {"end_date"}
    with pytest.raises(ValidationError):
        store.parks.update(park.id, name="")
    assert store.parks.get(park.id).name == "KCN Deep C"


def test_second_opener_is_read_only_and_says_who(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    first = Store(path, user="mai")
    park = _park(first)
    second = Store(path, user="vinh")
    try:
        assert second.read_only and not first.read_only
        assert "mai" in second.read_only_reason
        assert second.parks.get(park.id).name == park.name  # can read
        with pytest.raises(ReadOnlyError):
            second.parks.create(model.Park(name="X"))
        with pytest.raises(sqlite3.OperationalError):  # even raw writes are refused
            second.conn.execute("DELETE FROM park")
        first.parks.update(park.id, name="after")  # the writer is not disturbed
        assert second.parks.get(park.id).name == "after"
    finally:
        second.close()
        first.close()
    third = Store(path, user="lan")  # lock released on close
    assert not third.read_only
    third.close()


def test_lock_is_released_when_the_holder_process_dies(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "crash.sqlite"
    Store(path, user="x").close()
    code = ("import os; from auditdesk.store import Store; "
            f"s = Store({str(path)!r}, user='crashy'); os._exit(0)")
    subprocess.run([sys.executable, "-c", code], check=True)
    s = Store(path, user="y")
    assert not s.read_only
    s.close()


def test_newer_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Store(path, user="x").close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError) as info:
        Store(path, user="x")
    assert "newer AuditDesk" in str(info.value)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_non_sqlite_and_foreign_files_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "photo.sqlite"
    junk.write_bytes(b"\x89PNG not a database" * 100)
    with pytest.raises(NotADatabaseError):
        Store(junk, user="x")
    assert junk.read_bytes() == b"\x89PNG not a database" * 100
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError):
        Store(foreign, user="x")


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_each_migration_applies_from_empty_in_one_transaction(tmp_path: Path,
                                                              version: int) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(tmp_path / "m.sqlite")
    applied = schema.migrate(db, upto=version)
    assert applied == list(range(1, version + 1))
    assert schema.current_version(db.conn) == version
    assert {"park", "enterprise", "audit", "reading", "history"} <= set(db.table_names())
    db.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite_utils

    def broken(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    db = sqlite_utils.Database(tmp_path / "m.sqlite")
    schema.migrate(db)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(RuntimeError):
        schema.migrate(db, upto=SCHEMA_VERSION + 1)
    assert schema.current_version(db.conn) == SCHEMA_VERSION
    assert "half_done" not in db.table_names()
    db.close()


def test_readings_import_is_idempotent_and_recorded_once_per_meter(store: Store) -> None:
    park = _park(store)
    ent = _enterprise(store, park)
    meter = store.meters.create(model.Meter(enterprise_id=ent.id, name="M"))
    rows = [model.Reading(meter_id=meter.id, ts=f"2025-01-{d:02d}T08:00:00", value=d * 10.0)
            for d in range(1, 31)]
    assert store.readings.add_many(rows, label="bill.csv") == (30, 0)
    assert store.readings.add_many(rows, label="bill.csv") == (0, 30)
    assert store.readings.count(meter.id) == 30
    imports = store.history.list(entity="reading", entity_id=meter.id)
    assert [h.op for h in imports] == ["import", "import"]
    store.readings.update(meter.id, "2025-01-05T08:00:00", value=51.0, note="checked")
    store.readings.delete(meter.id, "2025-01-06T08:00:00")
    ops = [(h.op, h.field) for h in store.history.list(entity="reading")][:3]
    assert ops == [("delete", None), ("update", "note"), ("update", "value")]
    assert [r.value for r in store.readings.list(meter.id, "2025-01-04", "2025-01-08")] == [
        40.0, 51.0, 70.0]


def test_reference_set_in_use_cannot_be_deleted(store: Store) -> None:
    ref = store.reference_sets.create(model.ReferenceSet(name="VN"))
    park = _park(store)
    ent = _enterprise(store, park)
    store.audits.create(model.Audit(enterprise_id=ent.id, title="A", start_date="2025-01-01",
                                    reference_set_id=ref.id))
    with pytest.raises(IntegrityError):
        store.reference_sets.delete(ref.id)
    assert store.reference_sets.find(ref.id) is not None


def test_new_database_holds_the_builtin_reference_set(store: Store) -> None:
    sets = store.reference_sets.list()
    assert len(sets) == 1 and sets[0].builtin
    data = store.reference_sets.data(sets[0].id)
    assert data.value("emission.grid.2023") == pytest.approx(0.6592)
    assert data.factor("tariff.6to22kv.peak").source
    assert store.reference_sets.ensure_builtin().id == sets[0].id  # not copied twice


def test_copy_of_a_reference_set_is_independent(store: Store) -> None:
    builtin = store.reference_sets.ensure_builtin()
    mine = store.reference_sets.copy(builtin.id, "Deep C 2025 (invoices)")
    factor = store.factors.list("set_id = ? AND key = 'fx.usd'", (mine.id,))[0]
    store.factors.update(factor.id, value=25_900.0, source="Invoice rate, 2025-03")
    assert store.reference_sets.data(mine.id).value("fx.usd") == 25_900.0
    assert store.reference_sets.data(builtin.id).value("fx.usd") != 25_900.0
    assert store.reference_sets.get(mine.id).parent_id == builtin.id


def test_commits_are_durable_before_returning(store: Store) -> None:
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
