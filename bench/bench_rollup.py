"""Roll-up of 1,000 audits / 50,000 opportunities against a floor measured in the same run.

What is timed (wall clock, ``time.perf_counter``):

* **ours**: ``auditdesk.exchange.workbook.export_rollup`` — the path of
  ``auditdesk rollup`` and the dashboard's export: select the audits, read their
  opportunities, savings and comments from SQLite, compute payback, NPV and IRR,
  run the consistency checks, sum every group, write the seven sheets (formulas with
  cached values, formats, validation lists, widths) in constant-memory mode, rename
  the file into place. It runs in a child process so its peak memory (``VmHWM``) is
  its own.
* **floor**: the fastest plain writer, xlsxwriter in constant-memory mode, writing
  the same cells — every value, and every formula with its cached value, read back
  from our workbook beforehand (not timed) — with no formats, no validation, nothing
  else.

The database: 10 parks, 500 enterprises, 1,000 audits with 50 opportunities each,
one or two savings per opportunity. Ours and the floor run in turns, ``--repeat`` rounds;
the best time of each counts (the machine is shared). Target: ours / floor <= 1.5.
Run: ``.venv/bin/python bench/bench_rollup.py [--audits 1000] [--per-audit 50]``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CARRIERS = ("electricity", "water", "coal", "lpg", "diesel", "wastewater")
STATUSES = ("identified", "proposed", "accepted", "scheduled", "rejected", "implemented")


def build_database(path: Path, audits: int, per_audit: int, seed: int = 11) -> None:
    """A portfolio database, written with executemany (the store's own managers would
    take minutes for 125,000 records with history)."""
    from auditdesk import model
    from auditdesk.store import Store
    from auditdesk.store.managers import to_row

    rng = random.Random(seed)
    store = Store(path, user="bench")
    reference = store.reference_sets.ensure_builtin()
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in (
        "park", "enterprise", "audit", "opportunity", "opportunity_saving")}
    parks = [model.Park(name=f"KCN số {i + 1:02d}", province="Hải Phòng") for i in range(10)]
    rows["park"] = [to_row(p) for p in parks]
    enterprises = [model.Enterprise(park_id=parks[i % 10].id, name=f"Công ty số {i + 1:03d}",
                                    sector="textile") for i in range(max(audits // 2, 1))]
    rows["enterprise"] = [to_row(e) for e in enterprises]
    techniques = list(model.vocab.TECHNIQUES) if hasattr(model, "vocab") else \
        ["GH", "IM", "PC", "EM", "TC", "OR", "BP", "PM"]
    for a in range(audits):
        audit = model.Audit(enterprise_id=enterprises[a % len(enterprises)].id,
                            title=f"Đánh giá RECP {2023 + a % 3}",
                            start_date=f"{2023 + a % 3}-0{1 + a % 9}-1{a % 10}",
                            reference_set_id=reference.id, status="analysis")
        rows["audit"].append(to_row(audit))
        for o in range(per_audit):
            opportunity = model.Opportunity(
                audit_id=audit.id, code=f"OP-{o + 1:02d}", title=f"Giải pháp {a}-{o}",
                description="Mô tả ngắn của giải pháp.", area="compressed_air",
                technique=techniques[rng.randrange(8)], estimator_id="custom",
                status=STATUSES[rng.randrange(len(STATUSES))], priority="medium",
                investment_equipment=rng.uniform(0, 5e8), investment_installation=rng.uniform(
                    0, 1e8), om_cost_change=rng.choice([0.0, rng.uniform(0, 2e7)]),
                lifetime_yr=rng.choice([3.0, 5.0, 10.0, 15.0]), symbiosis=rng.random() < 0.03,
                partner="Đối tác", extra_savings_vnd=0.0)
            rows["opportunity"].append(to_row(opportunity))
            for carrier in rng.sample(CARRIERS, rng.choice([1, 1, 2])):
                amount = rng.uniform(100, 200_000)
                rows["opportunity_saving"].append(to_row(model.OpportunitySaving(
                    opportunity_id=opportunity.id, carrier=carrier, amount=amount,
                    cost_vnd=amount * rng.uniform(1_500, 20_000), co2e_t=amount * 0.0006)))
    with store.transaction():
        for table, items in rows.items():
            columns = list(items[0])
            store.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' for _ in columns)})", [tuple(r.values()) for r in items])
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def peak_memory_mb() -> float:
    """This process's peak resident memory since it started its program: ``VmHWM`` (Linux;
    ``ru_maxrss`` also counts what the process held before ``exec``, i.e. the parent's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ours(db: Path, out: Path) -> None:
    """The child process: one roll-up, then its time and peak memory as JSON."""
    from auditdesk.exchange.workbook import Selection, export_rollup
    from auditdesk.store import Store

    store = Store(db, user="bench", read_only=True)
    start = time.perf_counter()
    result = export_rollup(store, Selection(), out, force=True)
    elapsed = time.perf_counter() - start
    store.close()
    peak = peak_memory_mb()
    print(json.dumps({"seconds": elapsed, "peak_mb": peak, "opportunities":
                      result.opportunities, "audits": result.audits, "size": result.size}))


def read_cells(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """Every sheet's cells as written: values, or (formula, cached value) pairs."""
    import openpyxl

    formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    values = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheets = []
    for name in formulas.sheetnames:
        rows = []
        for f_row, v_row in zip(formulas[name].iter_rows(values_only=True),
                                values[name].iter_rows(values_only=True), strict=True):
            rows.append([(f, v) if isinstance(f, str) and f.startswith("=") else v
                         for f, v in zip(f_row, v_row, strict=True)])
        sheets.append((name, rows))
    return sheets


def floor(sheets: list[tuple[str, list[list[Any]]]], out: Path) -> float:
    import datetime as dt

    import xlsxwriter

    start = time.perf_counter()
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_formulas": False})
    for name, rows in sheets:
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for col, cell in enumerate(row):
                if cell is None:
                    continue
                if isinstance(cell, tuple):
                    sheet.write_formula(r, col, cell[0], None, "" if cell[1] is None else cell[1])
                elif isinstance(cell, (int, float)):
                    sheet.write_number(r, col, cell)
                elif isinstance(cell, dt.datetime):
                    sheet.write_datetime(r, col, cell)
                else:
                    sheet.write_string(r, col, str(cell))
    book.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audits", type=int, default=1_000)
    parser.add_argument("--per-audit", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of (ours, floor), interleaved; the best of each counts")
    parser.add_argument("--child", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_ours(Path(args.child[0]), Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "portfolio.auditdesk.sqlite"
        start = time.perf_counter()
        build_database(db, args.audits, args.per_audit)
        built = time.perf_counter() - start
        rounds: list[tuple[dict[str, Any], float]] = []
        cells: list[tuple[str, list[list[Any]]]] = []
        for number in range(args.repeat):
            ours_path = folder / f"ours{number}.xlsx"
            child = subprocess.run([sys.executable, __file__, "--child", str(db),
                                    str(ours_path)], check=True, capture_output=True, text=True)
            ours = json.loads(child.stdout.strip().splitlines()[-1])
            if not cells:
                cells = read_cells(ours_path)  # not timed
            rounds.append((ours, floor(cells, folder / f"floor{number}.xlsx")))
        n_cells = sum(sum(1 for row in rows for cell in row if cell is not None)
                      for _, rows in cells)
    best_ours = min(r[0]["seconds"] for r in rounds)
    best_floor = min(r[1] for r in rounds)
    first = rounds[0][0]
    print(f"roll-up of {first['audits']:,} audits / {first['opportunities']:,} opportunities, "
          f"{n_cells:,} cells ({first['size'] / 2**20:.1f} MB); database built in {built:.1f} s")
    for number, (ours, t_floor) in enumerate(rounds, start=1):
        print(f"  round {number}: ours {ours['seconds']:7.2f} s ({ours['peak_mb']:.0f} MB), "
              f"floor {t_floor:7.2f} s, ratio {ours['seconds'] / t_floor:5.2f}")
    print(f"floor (xlsxwriter constant_memory, same cells)  {best_floor:8.2f} s  (best)")
    print(f"ours (export_rollup, from the database)         {best_ours:8.2f} s  (best)")
    print(f"ratio ours / floor                              {best_ours / best_floor:8.2f}"
          "   (target <= 1.5)")
    print(f"peak memory of ours (child process, VmHWM)      "
          f"{max(r[0]['peak_mb'] for r in rounds):8.0f} MB")


if __name__ == "__main__":
    main()
