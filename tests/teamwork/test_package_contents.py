"""What an audit package holds, and how it is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditdesk.exchange.package import PackageError, export_audits, open_package
from auditdesk.store import Store


def _audit_ids(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT id FROM audit ORDER BY start_date")]


def _count(store: Store, sql: str, *params: object) -> int:
    return int(store.query(sql, params)[0][0])


def test_a_package_holds_the_audit_and_everything_it_references(demo_store: Store,
                                                                 tmp_path: Path) -> None:
    audit_id = _audit_ids(demo_store)[0]
    enterprise = demo_store.audits.get(audit_id).enterprise_id
    result = export_audits(demo_store, [audit_id], tmp_path / "one.auditdesk")
    with open_package(result.path) as package:
        rows = {name: len(t.rows) for name, t in package.tables.items()}
        assert package.audit_ids == [audit_id]
        assert (rows["park"], rows["enterprise"], rows["audit"]) == (1, 1, 1)
        assert rows["meter"] == _count(demo_store, "SELECT count(*) FROM meter WHERE "
                                       "enterprise_id = ?", enterprise)
        assert rows["reading"] == _count(
            demo_store, "SELECT count(*) FROM reading r JOIN meter m ON m.id = r.meter_id "
            "WHERE m.enterprise_id = ?", enterprise) > 0
        assert rows["production"] == _count(
            demo_store, "SELECT count(*) FROM production WHERE enterprise_id = ?", enterprise)
        assert rows["opportunity"] == _count(
            demo_store, "SELECT count(*) FROM opportunity WHERE audit_id = ?", audit_id)
        assert rows["opportunity_saving"] == _count(
            demo_store, "SELECT count(*) FROM opportunity_saving s JOIN opportunity o ON "
            "o.id = s.opportunity_id WHERE o.audit_id = ?", audit_id)
        assert rows["area"] == _count(demo_store, "SELECT count(*) FROM area WHERE audit_id = ?",
                                      audit_id)
        assert rows["reference_set"] == 1 and rows["factor"] > 50  # the set and its figures
        history = {(h[2], h[3], h[4]) for h in package.history}
        assert ("audit", audit_id, "create") in history
        assert all(h[3] != other for h in package.history for other in _audit_ids(demo_store)[1:])
        assert package.manifest["created_by"] == "tester"
        assert package.manifest["source"] == demo_store.path.name
    assert result.rows["audit"] == 1 and result.size > 0


def test_two_audits_in_one_package(demo_store: Store, tmp_path: Path) -> None:
    ids = _audit_ids(demo_store)[:2]
    result = export_audits(demo_store, ids, tmp_path / "two.auditdesk")
    assert sorted(a["id"] for a in result.audits) == sorted(ids)
    assert result.rows["audit"] == 2 and result.rows["enterprise"] == 2


def test_an_unknown_audit_is_refused(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="No audit with id nope"):
        export_audits(demo_store, ["nope"], tmp_path / "x.auditdesk")
    assert not (tmp_path / "x.auditdesk").exists()


def test_an_interrupted_export_keeps_the_old_file_and_leaves_no_temporary(
        demo_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "audit.auditdesk"
    target.write_bytes(b"the previous package")
    calls = []

    def stop(done: int, total: int, text: str) -> None:
        calls.append(done)
        if len(calls) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_audits(demo_store, _audit_ids(demo_store)[:1], target, report=stop)
    assert target.read_bytes() == b"the previous package"
    assert len(calls) == 3 and not list(tmp_path.glob(".audit.auditdesk.*"))


def test_reading_history_travels_under_its_natural_key(demo_store: Store, tmp_path: Path) -> None:
    audit_id = _audit_ids(demo_store)[0]
    meter = demo_store.query("SELECT m.id FROM meter m JOIN audit a ON a.enterprise_id = "
                             "m.enterprise_id WHERE a.id = ? LIMIT 1", (audit_id,))[0][0]
    reading = demo_store.readings.list(meter)[0]
    demo_store.readings.update(meter, reading.ts, value=reading.value + 1)
    result = export_audits(demo_store, [audit_id], tmp_path / "r.auditdesk")
    with open_package(result.path) as package:
        keys = {(h[2], h[3], h[4], h[5]) for h in package.history}
    assert ("reading", f"{meter}@{reading.ts}", "update", "value") in keys
