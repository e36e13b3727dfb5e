"""Merge 100 audit packages into one database (the office's roll-up), against a
floor measured in the same run.

The data: 100 audits of 100 enterprises in 10 industrial parks, made on one
laptop and exported one package per audit. Each audit pins the shipped
reference set and has 4 areas, 15 opportunities with 2 savings each, and its
enterprise 3 meters with a year of daily readings (1,095) and 12 months of
production — with the change history the store writes for all of it. So the
packages hold ~1,240 data rows each (124,000 in all); a park and the
reference set come in ten and a hundred packages, and are merged once.

What is timed (median of ``--repeat`` runs, each on a fresh copy of the empty
office database, after one warm-up run of each, wall clock):

* **ours**: ``merge_files(store, 100 packages)`` — open and check every
  package (each entry's SHA-256, the zip caps, the JSON lines), then in one
  transaction merge each: compare with the database (identity, versions,
  natural keys, deletions), insert, check every reference, append the
  package's history rows not yet present, write the merge note.
* **floor**: plain ``sqlite3`` doing the least any import of the same
  packages must do: read the data and history entries from each zip,
  ``json.loads`` every line, and ``INSERT OR IGNORE`` the data rows and the
  history rows with ``executemany`` into the same schema (a copy of the same
  empty database), all in one transaction, ``synchronous=FULL`` as the store
  uses. No checksums, no type or reference checks, no comparison of versions
  (it cannot tell an edit from a duplicate: it is not a merge).

Run: ``.venv/bin/python bench/bench_merge_many.py [--repeat 3] [--packages 100]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RATIO_LIMIT = 3.0  # ours may cost at most this many floors (as bench_merge)
PARKS = 10
METERS = 3
DAYS = 365
OPPORTUNITIES = 15
USER = "Văn phòng"


def build(folder: Path, packages: int) -> tuple[Path, list[Path]]:
    """The empty office database and one package per audit."""
    from auditdesk import model
    from auditdesk.exchange.package import export_audits
    from auditdesk.store import Store

    days = [(dt.date(2024, 1, 1) + dt.timedelta(days=i)).isoformat() for i in range(DAYS)]
    source = folder / "field.auditdesk.sqlite"
    audits = []
    with Store(source, user="An") as s:
        builtin = s.reference_sets.ensure_builtin()
        parks = [s.parks.create(model.Park(name=f"KCN {p}", province="Bình Dương"))
                 for p in range(PARKS)]
        for n in range(packages):
            with s.transaction():
                ent = s.enterprises.create(model.Enterprise(
                    park_id=parks[n % PARKS].id, name=f"Công ty {n:03d}", sector="textile",
                    employees=100 + n))
                audit = s.audits.create(model.Audit(
                    enterprise_id=ent.id, title=f"Đánh giá {n:03d}", start_date="2025-03-01",
                    reference_set_id=builtin.id))
                for a in range(4):
                    s.areas.create(model.Area(audit_id=audit.id, code=f"K{a}",
                                              name=f"Khu vực {a}"))
                for o in range(OPPORTUNITIES):
                    opp = s.opportunities.create(model.Opportunity(
                        audit_id=audit.id, code=f"O-{o:02d}", title=f"Cơ hội {o}",
                        investment_equipment=1e6 * (o + 1)))
                    for carrier in ("electricity", "water"):
                        s.savings.create(model.OpportunitySaving(
                            opportunity_id=opp.id, carrier=carrier, amount=100.0 * o))
                meters = [s.meters.create(model.Meter(enterprise_id=ent.id, name=f"Đồng hồ {m}"))
                          for m in range(METERS)]
                for month in range(12):
                    start = dt.date(2024, month + 1, 1)
                    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                    s.production.create(model.ProductionRecord(
                        enterprise_id=ent.id, period_start=start.isoformat(),
                        period_end=end.isoformat(), product="Vải", quantity=10.0 + month))
            for meter in meters:
                s.readings.add_many(model.Reading(meter_id=meter.id, ts=day, value=10.0 * i)
                                    for i, day in enumerate(days))
            audits.append(audit.id)
        paths = [export_audits(s, [audit_id], folder / f"audit-{n:03d}.auditdesk").path
                 for n, audit_id in enumerate(audits)]
    office = folder / "office.auditdesk.sqlite"
    with Store(office, user=USER):
        pass  # a new database: the schema and the shipped reference set
    return office, paths


def floor_merge(db: Path, packages: list[Path]) -> int:
    """Parse every data and history line and INSERT OR IGNORE it, in one transaction."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous = FULL")
    history_columns = "at, user, entity, entity_id, op, field, old, new"
    inserted = 0
    with conn:
        for path in packages:
            with zipfile.ZipFile(path) as zf:
                manifest = json.loads(zf.read("manifest.json"))
                for name, spec in manifest["tables"].items():
                    columns = spec["columns"]
                    rows = [json.loads(line) for line in
                            zf.read(spec["entry"]).decode("utf-8").splitlines()]
                    inserted += conn.executemany(
                        f'INSERT OR IGNORE INTO "{name}" ({", ".join(columns)}) VALUES '
                        f'({", ".join("?" * len(columns))})', rows).rowcount
                history = [json.loads(line) for line in
                           zf.read("history.jsonl").decode("utf-8").splitlines()]
                inserted += conn.executemany(
                    f"INSERT OR IGNORE INTO history ({history_columns}) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?)", history).rowcount
    conn.close()
    return inserted


def our_merge(db: Path, packages: list[Path]) -> list[object]:
    from auditdesk.exchange.package import merge_files
    from auditdesk.store import Store

    with Store(db, user=USER) as store:
        return merge_files(store, packages, on_conflict="fail")  # type: ignore[return-value]


def _fresh(office: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(office, target)
    return target


def timed(run: Callable[[Path], object], office: Path, folder: Path, name: str
          ) -> tuple[float, object]:
    target = _fresh(office, folder / f"{name}.auditdesk.sqlite")
    start = time.perf_counter()
    result = run(target)
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--packages", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["AUDITDESK_HOME"] = str(Path(tmp) / "home")
        folder = Path(tmp)
        start = time.perf_counter()
        office, packages = build(folder, args.packages)
        size = sum(p.stat().st_size for p in packages)
        print(f"built in {time.perf_counter() - start:.1f} s: {len(packages)} packages, "
              f"{size / 1e6:.1f} MB")
        timed(lambda db: floor_merge(db, packages), office, folder, "warm-floor")
        timed(lambda db: our_merge(db, packages), office, folder, "warm-ours")
        floors, ours = [], []
        inserted: object = 0
        summaries: object = []
        for n in range(args.repeat):  # interleaved, so both see the same machine
            seconds, inserted = timed(lambda db: floor_merge(db, packages), office, folder,
                                      f"floor-{n}")
            floors.append(seconds)
            seconds, summaries = timed(lambda db: our_merge(db, packages), office, folder,
                                       f"ours-{n}")
            ours.append(seconds)
    added = sum(s.added for s in summaries)  # type: ignore[attr-defined, union-attr]
    skipped = sum(s.skipped for s in summaries)  # type: ignore[attr-defined, union-attr]
    history = sum(s.history_added for s in summaries)  # type: ignore[attr-defined, union-attr]
    conflicts = sum(s.conflicting for s in summaries)  # type: ignore[attr-defined, union-attr]
    assert conflicts == 0 and added > 0
    floor_s, ours_s = statistics.median(floors), statistics.median(ours)
    ratio = ours_s / floor_s
    print(f"merged: {added:,} records added, {skipped:,} already there (parks, the reference "
          f"set), {history:,} history rows")
    print(f"floor (unzip + json + INSERT OR IGNORE, {inserted:,} rows): {floor_s:.3f} s "
          f"(runs: {', '.join(f'{t:.3f}' for t in floors)})")
    print(f"auditdesk merge_files, {len(packages)} packages: {ours_s:.3f} s "
          f"(runs: {', '.join(f'{t:.3f}' for t in ours)})")
    print(f"ratio (AuditDesk / floor): {ratio:.2f} (limit {RATIO_LIMIT:.1f})")
    return 0 if ratio <= RATIO_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
