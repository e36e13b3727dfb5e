"""Importing 1,000,000 readings from CSV, against a floor measured in the same run.

What is timed (wall clock, ``time.perf_counter``, median of ``--repeat`` runs; each run
writes into a fresh database made the same way, so both start from an empty table; the
floor and ours run in turns, floor-ours-floor-ours..., so that a busy machine slows both
alike instead of whichever side happened to run during the busy spell):

* **floor**: the ``csv`` module reads the file, each row becomes a tuple (ISO timestamp
  with ``T``, ``float`` value, source, note) and ``sqlite3.executemany`` inserts all of
  them into the same ``reading`` table inside one transaction. No checks at all.
* **ours**: ``auditdesk.store.readings_io.import_readings`` — the path the import dialog
  and ``auditdesk import-readings`` take: encoding/delimiter/header detection, decimal
  mark and date order detection, every cell parsed and checked (text in a number, bad
  date, negative, duplicate time), chunks inserted with ``INSERT OR IGNORE`` in one
  transaction, history rows, all-or-nothing decision.
* for information: the core parser alone (``readings_import.parse``, no database), and a
  second import of the same file (every row skipped as already stored).

The file: one register meter read every 5 minutes from 2015 (``YYYY-MM-DD HH:MM:SS``,
decimal point), ~40 MB. Target: ours / floor <= 2. Run: ``.venv/bin/python bench/bench_import.py``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditdesk import model
from auditdesk.exchange.readings_import import ColumnMapping, parse
from auditdesk.store import Store
from auditdesk.store.readings_io import import_readings


def write_file(path: Path, rows: int) -> None:
    start = dt.datetime(2015, 1, 1)
    step = dt.timedelta(minutes=5)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Date", "Value"])
        value = 0.0
        for i in range(rows):
            value += 1.5 + (i % 7) * 0.1
            writer.writerow([(start + step * i).strftime("%Y-%m-%d %H:%M:%S"), f"{value:.1f}"])


def fresh_store(folder: Path, name: str) -> tuple[Store, model.Meter]:
    for suffix in ("", "-wal", "-shm", ".lock"):
        (folder / f"{name}{suffix}").unlink(missing_ok=True)
    store = Store(folder / name, user="bench")
    park = store.parks.create(model.Park(name="Bench park"))
    enterprise = store.enterprises.create(model.Enterprise(name="Bench", park_id=park.id))
    meter = store.meters.create(model.Meter(enterprise_id=enterprise.id, name="Main"))
    return store, meter


def floor(path: Path, store: Store, meter: model.Meter) -> int:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = [
            (meter.id, when.replace(" ", "T"), float(value), "logger", "") for when, value in reader
        ]
    conn = store.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO reading(meter_id, ts, value, source, note) VALUES (?, ?, ?, ?, ?)", rows
    )
    conn.execute("COMMIT")
    return len(rows)


def mapping(meter: model.Meter) -> ColumnMapping:
    return ColumnMapping(date_column="Date", value_column="Value", meters=(meter,))


def ours(path: Path, store: Store, meter: model.Meter) -> int:
    outcome = import_readings(store, path, mapping(meter))
    assert outcome.committed and not outcome.problems, outcome.problems[:3]
    return outcome.inserted


def parse_only(path: Path, meter: model.Meter) -> int:
    return sum(len(chunk.items) for chunk in parse(path, mapping(meter)))


def timed(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "readings.csv"
        write_file(path, args.rows)
        size = path.stat().st_size / 2**20

        def run_floor() -> int:
            store, meter = fresh_store(folder, "floor.sqlite")
            try:
                return floor(path, store, meter)
            finally:
                store.close()

        def run_ours() -> int:
            store, meter = fresh_store(folder, "ours.sqlite")
            try:
                return ours(path, store, meter)
            finally:
                store.close()

        floor_times: list[float] = []
        our_times: list[float] = []
        for _ in range(args.repeat):  # in turns (module doc)
            t_floor, n_floor = timed(run_floor, 1)
            t_ours, n_ours = timed(run_ours, 1)
            floor_times.append(t_floor)
            our_times.append(t_ours)
        t_floor, t_ours = statistics.median(floor_times), statistics.median(our_times)
        _, meter = fresh_store(folder, "parse.sqlite")
        t_parse, _ = timed(lambda: parse_only(path, meter), 1)
        store = Store(folder / "ours.sqlite", user="bench")
        try:
            again_meter = store.meters.list()[0]
            start = time.perf_counter()
            again = import_readings(store, path, mapping(again_meter))
            t_again = time.perf_counter() - start
        finally:
            store.close()
        assert n_floor == n_ours == args.rows and again.inserted == 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"readings {args.rows:,} ({size:.0f} MB CSV); median of {args.repeat} runs; "
        f"pid {os.getpid()}"
    )
    print(f"floor (csv + executemany)        {t_floor:8.2f} s")
    print(f"ours (import_readings)           {t_ours:8.2f} s")
    print(f"ratio ours / floor               {t_ours / t_floor:8.2f}   (target <= 2)")
    print(f"  core parser alone, no database {t_parse:8.2f} s  (inside 'ours')")
    print(f"  same file again, all skipped   {t_again:8.2f} s  (0 inserted)")
    print(f"  peak memory of this process    {peak:8.0f} MB (the floor holds every row)")


if __name__ == "__main__":
    main()
