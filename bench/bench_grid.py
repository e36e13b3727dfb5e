"""Opening the reading grid on 1,000,000 readings, against a floor measured in the same run.

What is timed (wall clock, ``time.perf_counter``, median of ``--repeat`` runs, offscreen Qt):

* **ours**: ``ReadingTableModel`` (row count, pages of 256 rows read on demand from
  SQLite through its own read-only connection) in a ``QTableView`` — from creating the
  model to the first screen painted; then jumping to the last row and painting; then
  scrolling 200 screens down from the middle, one page at a time (ms per screen).
* **floor**: a bare ``QAbstractTableModel`` answering ``data()`` from a Python list that
  already holds all 1,000,000 rows in memory, in the same kind of view, timed the same
  way. It is the cost of Qt alone; loading that list from SQLite first (which such a
  model needs) is printed apart, as is what each side holds in memory.

Run: ``.venv/bin/python bench/bench_grid.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

from auditdesk import model
from auditdesk.store import Store
from auditdesk.store.readings_io import open_reader
from auditdesk.ui.meters.reading_model import ReadingTableModel


class ListModel(QAbstractTableModel):
    """The floor: every row already in a Python list."""

    def __init__(self, rows: list[tuple[str, float, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = index.column()
        return str(row[column]) if column < 4 else ""


def fill(store: Store, count: int) -> model.Meter:
    park = store.parks.create(model.Park(name="Bench park"))
    enterprise = store.enterprises.create(model.Enterprise(name="Bench", park_id=park.id))
    meter = store.meters.create(model.Meter(enterprise_id=enterprise.id, name="Main"))
    start = dt.datetime(2015, 1, 1)
    rows = (
        (meter.id, (start + dt.timedelta(minutes=5 * i)).isoformat(), float(i), "logger", "")
        for i in range(count)
    )
    with store.transaction():
        store.conn.executemany("INSERT INTO reading VALUES (?, ?, ?, ?, ?)", rows)
    return meter


def view_for(table: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(22)
    view.resize(1000, 700)
    view.setModel(table)
    return view


def paint(app: QApplication, view: QTableView) -> None:
    view.viewport().repaint()
    app.processEvents()


def measure(
    app: QApplication, make: Callable[[], QAbstractTableModel]
) -> tuple[float, float, float]:
    """(open to first screen, jump to the end, ms per screen scrolled) for one model."""
    start = time.perf_counter()
    table = make()
    view = view_for(table)
    view.show()
    paint(app, view)
    opened = time.perf_counter() - start
    start = time.perf_counter()
    view.scrollToBottom()
    paint(app, view)
    jumped = time.perf_counter() - start
    view.scrollTo(table.index(table.rowCount() // 2, 0))
    paint(app, view)
    bar = view.verticalScrollBar()
    start = time.perf_counter()
    for _ in range(200):
        bar.setValue(bar.value() + bar.pageStep())
        paint(app, view)
    scrolled = (time.perf_counter() - start) / 200 * 1000
    view.close()
    view.deleteLater()
    app.processEvents()
    return opened, jumped, scrolled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readings", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "grid.sqlite", user="bench")
        meter = fill(store, args.readings)
        conn = open_reader(store)
        start = time.perf_counter()
        rows = [
            (r[0], r[1], r[2], r[3])
            for r in conn.execute(
                "SELECT ts, value, source, note FROM reading WHERE meter_id = ? ORDER BY ts",
                (meter.id,),
            )
        ]
        t_load = time.perf_counter() - start
        models: list[ReadingTableModel] = []

        def ours() -> QAbstractTableModel:
            table = ReadingTableModel(store, conn)
            table.set_meter(meter)
            models.append(table)
            return table

        floor = [measure(app, lambda: ListModel(rows)) for _ in range(args.repeat)]
        mine = [measure(app, ours) for _ in range(args.repeat)]
        cached = max(m.cached_rows for m in models)
        conn.close()
        store.close()
    f = [statistics.median(x) for x in zip(*floor, strict=True)]
    o = [statistics.median(x) for x in zip(*mine, strict=True)]
    print(f"readings {args.readings:,}; median of {args.repeat} runs; offscreen Qt")
    print(f"{'':34}{'ours':>10}{'floor':>10}{'ratio':>8}")
    for label, a, b, unit in (
        ("open and paint the first screen", o[0], f[0], "s"),
        ("jump to the last row and paint", o[1], f[1], "s"),
        ("scroll one screen (mean of 200)", o[2], f[2], "ms"),
    ):
        scale = 1000 if unit == "s" else 1
        print(f"{label:34}{a * scale:8.1f}{'ms':>2}{b * scale:8.1f}{'ms':>2}{a / b:8.2f}")
    print(f"  floor's list loaded from SQLite first: {t_load:.2f} s (not in the floor figures)")
    print(f"  rows held in memory: ours {cached:,} (page cache), floor {len(rows):,}")


if __name__ == "__main__":
    main()
