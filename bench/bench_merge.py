"""Merge a package of 100,000 readings and 500 opportunities into a database that
already holds half of them, against a floor measured in the same run.

The data: one audit of one enterprise with 20 meters. The office database was
copied when the auditor had 50,000 readings and 250 opportunities; the auditor
then added the other half (each opportunity with its creation history) and
packed the audit. So the merge skips one half and adds the other.

What is timed (median of ``--repeat`` runs on fresh copies, wall clock):

* **ours**: ``merge_files`` — open the package (every entry's SHA-256, the zip
  caps, JSON lines), then in one transaction per record: compare with the
  database (version identity, natural keys), insert the new half, check every
  reference, append the package's history rows not yet present, write the
  merge note.
* **floor**: what any import must do at the least: read the same data entries
  from the zip, ``json.loads`` each line, and ``INSERT OR IGNORE`` every row
  with ``executemany`` in one transaction — no checksums, no type or
  reference checks, no history, no conflict detection (so it cannot tell an
  edit from a duplicate: it is not a merge).
* for information: the merge view's planning pass (``on_conflict="ask"``,
  rolled back), which the window runs before the real merge.

Run: ``.venv/bin/python bench/bench_merge.py [--repeat 3] [--readings 100000]``.
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

RATIO_LIMIT = 3.0  # ours may cost at most this many floors


def build(folder: Path, readings: int, opportunities: int) -> tuple[Path, Path, Path]:
    """The office database (half) and the package of the whole audit."""
    from auditdesk import model
    from auditdesk.exchange.package import export_audits
    from auditdesk.store import Store

    meters_n = 20
    per_meter = readings // meters_n
    hours = [(dt.datetime(2020, 1, 1) + dt.timedelta(hours=i)).isoformat(timespec="minutes")
             for i in range(per_meter)]
    base = folder / "base.auditdesk.sqlite"
    with Store(base, user="Văn phòng") as store:
        park = store.parks.create(model.Park(name="KCN Bench"))
        ent = store.enterprises.create(model.Enterprise(park_id=park.id, name="Công ty Bench"))
        audit = store.audits.create(model.Audit(enterprise_id=ent.id, title="Bench",
                                                start_date="2025-03-01"))
        meters = [store.meters.create(model.Meter(enterprise_id=ent.id, name=f"M{i:02d}",
                                                  carrier="electricity", unit="kWh"))
                  for i in range(meters_n)]

        def add(store: Store, half: int) -> None:
            for meter in meters:
                store.readings.add_many(
                    model.Reading(meter_id=meter.id, ts=hours[i], value=12.5 * i)
                    for i in range(per_meter) if i % 2 == half)
            with store.transaction():
                for i in range(half, opportunities, 2):
                    store.opportunities.create(model.Opportunity(
                        audit_id=audit.id, code=f"O-{i:03d}", title=f"Cơ hội {i}",
                        technique="GH", investment_equipment=1e6 * i))

        add(store, 0)
    office = folder / "office.auditdesk.sqlite"
    shutil.copy(base, office)
    with Store(base, user="An") as store:
        add(store, 1)
        package = folder / "audit.auditdesk"
        export_audits(store, [audit.id], package)
    return office, package, folder


def floor_merge(db: Path, package: Path) -> int:
    with zipfile.ZipFile(package) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        tables = {name: (spec["columns"], [json.loads(line) for line in
                                           zf.read(spec["entry"]).decode().splitlines()])
                  for name, spec in manifest["tables"].items()}
    conn = sqlite3.connect(db)
    inserted = 0
    with conn:
        for name, (columns, rows) in tables.items():
            sql = (f'INSERT OR IGNORE INTO "{name}" ({", ".join(columns)}) VALUES '
                   f'({", ".join("?" * len(columns))})')
            inserted += conn.executemany(sql, rows).rowcount
    conn.close()
    return inserted


def our_merge(db: Path, package: Path, policy: str = "fail") -> object:
    from auditdesk.exchange.package import merge_files
    from auditdesk.store import Store

    with Store(db, user="Văn phòng") as store:
        return merge_files(store, [package], on_conflict=policy)[0]


def timed(run: Callable[[Path], object], office: Path, folder: Path, repeat: int
          ) -> tuple[float, object]:
    times, result = [], None
    for n in range(repeat):
        copy = folder / f"run-{n}.auditdesk.sqlite"
        shutil.copy(office, copy)
        start = time.perf_counter()
        result = run(copy)
        times.append(time.perf_counter() - start)
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--readings", type=int, default=100_000)
    parser.add_argument("--opportunities", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["AUDITDESK_HOME"] = str(Path(tmp) / "home")
        folder = Path(tmp)
        start = time.perf_counter()
        office, package, _ = build(folder, args.readings, args.opportunities)
        print(f"built in {time.perf_counter() - start:.1f} s; package "
              f"{package.stat().st_size / 1e6:.1f} MB")
        warm = folder / "warm.auditdesk.sqlite"  # imports and caches, not timed
        shutil.copy(office, warm)
        our_merge(warm, package)
        floor_s, inserted = timed(lambda db: floor_merge(db, package), office, folder,
                                  args.repeat)
        ours_s, summary = timed(lambda db: our_merge(db, package), office, folder, args.repeat)
        plan_s, _ = timed(lambda db: our_merge(db, package, "ask"), office, folder, args.repeat)
    readings = summary.tables["reading"]  # type: ignore[attr-defined]
    opps = summary.tables["opportunity"]  # type: ignore[attr-defined]
    assert readings.added == args.readings // 2 and readings.unchanged == args.readings // 2
    assert opps.added == args.opportunities // 2 and opps.unchanged == args.opportunities // 2
    ratio = ours_s / floor_s
    print(f"readings: {args.readings:,} in the package, {readings.added:,} added, "
          f"{readings.unchanged:,} already there; opportunities: {opps.added} added, "
          f"{opps.unchanged} already there; history rows added: "
          f"{summary.history_added:,}")  # type: ignore[attr-defined]
    print(f"floor (unzip + json + INSERT OR IGNORE, {inserted:,} rows): {floor_s:.3f} s")
    print(f"auditdesk merge_files: {ours_s:.3f} s")
    print(f"planning pass of the merge view (rolled back): {plan_s:.3f} s")
    print(f"ratio (AuditDesk / floor): {ratio:.2f} (limit {RATIO_LIMIT:.1f})")
    return 0 if ratio <= RATIO_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
