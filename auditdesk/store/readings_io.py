"""Readings and production figures in and out of the store, in bulk (no Qt).

**Import** (:func:`import_readings`, :func:`import_production`): the chunks of
``auditdesk.exchange`` parsers are written inside *one* transaction, so a file
lands whole or not at all:

* ``valid_only=False`` ("all or nothing", the default): when any row has a
  problem that skips it, the transaction is rolled back and nothing is stored;
  the outcome lists every problem.
* ``valid_only=True``: the valid rows are stored, the others are listed.
* ``dry_run=True``: everything is done, then rolled back; the outcome says
  exactly what an import would store (duplicates of stored readings included).
* A file that cannot be read (:class:`ImportFailed`), a cancel
  (:class:`ImportCancelled`, or any exception raised by ``progress``) rolls back.

Re-importing a file adds nothing: readings are keyed by (meter, time) and
``INSERT OR IGNORE`` skips the ones already stored (counted as ``skipped``);
production records are keyed by (product, first day, last day) per enterprise.
Like ``ReadingManager.add_many``, a readings import writes one history row per
meter (inserted, skipped, source); readings go in with ``executemany`` per
chunk, about twice as fast as one ``execute`` per row.

**Series** (:func:`meter_series`, :func:`analyse_meter`):
a meter's readings as plain arrays read straight from SQLite, for the readings
grid's flag column and monthly totals of meters with a million readings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.import_engine import (
    FileLayout,
    FileOptions,
    ImportCancelled,
    ImportChunk,
    ImportFailed,
    Problem,
    ProblemKind,
    failed,
)
from auditdesk.exchange.table_source import DEFAULT_MAX_BYTES
from auditdesk.i18n import translate

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from auditdesk.calc.consumption import PeriodTotal
    from auditdesk.exchange.production_import import ProductionMapping
    from auditdesk.exchange.readings_import import ColumnMapping
    from auditdesk.model.entities import Meter, ProductionRecord
    from auditdesk.store.database import Store

__all__ = [
    "GridIntervals",
    "ImportCancelled",
    "ImportFailed",
    "ImportOutcome",
    "MeterAnalysis",
    "Problem",
    "analyse_meter",
    "import_production",
    "import_readings",
    "inspect_layout",
    "meter_series",
    "open_reader",
]

#: The date formats offered by name (command line and import dialog) -> strftime pattern.
DATE_FORMATS: dict[str, str] = {
    "auto": "auto",
    "dd/mm/yyyy": "%d/%m/%Y",
    "dd/mm/yyyy hh:mm": "%d/%m/%Y %H:%M",
    "mm/dd/yyyy": "%m/%d/%Y",
    "yyyy-mm-dd": "%Y-%m-%d",
    "yyyy-mm-dd hh:mm": "%Y-%m-%d %H:%M",
    "yyyy-mm-dd hh:mm:ss": "%Y-%m-%d %H:%M:%S",
    "dd.mm.yyyy": "%d.%m.%Y",
    "dd-mm-yyyy": "%d-%m-%Y",
}

_INSERT = "INSERT OR IGNORE INTO reading(meter_id, ts, value, source, note) VALUES (?, ?, ?, ?, ?)"
Progress = Callable[[int, int], None]


@dataclass
class ImportOutcome:
    """What an import did. ``inserted`` new rows were stored (0 unless ``committed``),
    ``skipped`` were already stored, ``rows_read`` data rows were read, ``valid`` of
    them parsed; ``problems`` lists every problem and warning by file row and column."""

    inserted: int = 0
    skipped: int = 0
    rows_read: int = 0
    valid: int = 0
    problems: list[Problem] = field(default_factory=list)
    committed: bool = False
    dry_run: bool = False
    valid_only: bool = False

    @property
    def rejected_rows(self) -> int:
        """Rows left out because of a problem (a row with two problems counts once; past
        the parser's listing limit, the problems it only counted are added)."""
        listed = len({p.row for p in self.problems if p.row_skipped})
        return listed + sum(int(p.value) for p in self.problems if p.kind == ProblemKind.MORE)

    @property
    def refused(self) -> bool:
        """All or nothing was asked and some row had a problem: nothing was stored."""
        return not self.valid_only and self.rejected_rows > 0

    @property
    def imported_anything(self) -> bool:
        """True when rows were stored (or, for a dry run, would be)."""
        return self.inserted > 0 and not self.refused


class _RollBack(Exception):
    """Raised inside the transaction to undo it (dry run, or all-or-nothing refused)."""


def _run(store: Store, outcome: ImportOutcome, write: Callable[[], None]) -> ImportOutcome:
    """Run ``write`` in one transaction; roll back for a dry run or a refused file."""
    try:
        with store.transaction():
            write()
            if outcome.dry_run or outcome.refused:
                raise _RollBack()
            outcome.committed = True
    except _RollBack:
        outcome.committed = False
    return outcome


def inspect_layout(path: str | Path, options: FileOptions | None = None) -> FileLayout:
    """``exchange.import_engine.inspect_file``: the layout of a file, or ImportFailed."""
    from auditdesk.exchange.import_engine import inspect_file

    return inspect_file(path, options or FileOptions())


def _items(chunks: Iterable[ImportChunk[Any]], outcome: ImportOutcome) -> Iterator[list[Any]]:
    """The valid items chunk by chunk; problems and counts go to ``outcome``."""
    for chunk in chunks:
        outcome.problems += chunk.problems
        outcome.rows_read = max(outcome.rows_read, chunk.rows_read)
        outcome.valid += len(chunk.items)
        yield chunk.items


def import_readings(
    store: Store,
    path: str | Path,
    mapping: ColumnMapping,
    *,
    valid_only: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    label: str = "",
) -> ImportOutcome:
    """Import the readings of ``path`` as ``mapping`` says, in one transaction (module doc).

    ``label`` goes into the history rows (default: the file name). Raises
    ImportFailed for a file that cannot be imported, ImportCancelled on cancel.
    """
    from auditdesk.exchange.readings_import import parse_rows

    outcome = ImportOutcome(dry_run=dry_run, valid_only=valid_only)
    label = label or Path(path).name
    chunks = parse_rows(path, mapping, progress=progress, cancel=cancel, max_bytes=max_bytes)

    def write() -> None:
        seen: dict[str, int] = {}
        stored: dict[str, int] = {}
        cursor = store.conn.cursor()
        for items in _items(chunks, outcome):  # (meter_id, ts, value, source, note) tuples
            if not items:
                continue
            by_meter: dict[str, list[tuple[str, str, float, str, str]]]
            if len(set(map(itemgetter(0), items))) == 1:
                by_meter = {items[0][0]: items}  # one meter (the usual file): as it is
            else:
                by_meter = {}
                for row in items:
                    by_meter.setdefault(row[0], []).append(row)
            for meter_id, rows in by_meter.items():
                before = store.conn.total_changes
                cursor.executemany(_INSERT, rows)
                stored[meter_id] = stored.get(meter_id, 0) + store.conn.total_changes - before
                seen[meter_id] = seen.get(meter_id, 0) + len(rows)
        for meter_id, total in seen.items():
            store.record(
                "reading",
                meter_id,
                "import",
                None,
                None,
                {
                    "inserted": stored[meter_id],
                    "skipped": total - stored[meter_id],
                    "source": label,
                },
            )
        outcome.inserted = sum(stored.values())
        outcome.skipped = sum(seen.values()) - outcome.inserted

    return _run(store, outcome, write)


def _production_key(record: ProductionRecord) -> tuple[str, str, str]:
    return (" ".join(record.product.casefold().split()), record.period_start, record.period_end)


def import_production(
    store: Store,
    path: str | Path,
    mapping: ProductionMapping,
    *,
    valid_only: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportOutcome:
    """Import production records for ``mapping.enterprise_id`` (module doc).

    A record whose product and period are already stored for the enterprise is
    skipped (its quantity is not changed: edit it in the production table).
    """
    from auditdesk.exchange.production_import import parse_production

    if not mapping.product_column and not mapping.product.strip():
        raise failed(
            ProblemKind.UNKNOWN_COLUMN,
            translate("MetersImport", "Choose the product column, or type the product's name."),
        )
    if not mapping.enterprise_id:
        raise ValueError("ProductionMapping.enterprise_id is empty")
    outcome = ImportOutcome(dry_run=dry_run, valid_only=valid_only)
    stored = {
        _production_key(r)
        for r in store.production.list("enterprise_id = ?", (mapping.enterprise_id,))
    }
    chunks = parse_production(path, mapping, progress=progress, cancel=cancel, max_bytes=max_bytes)

    def write() -> None:
        for items in _items(chunks, outcome):
            for record in items:
                key = _production_key(record)
                if key in stored:
                    outcome.skipped += 1
                    continue
                store.production.create(record)
                stored.add(key)
                outcome.inserted += 1

    return _run(store, outcome, write)


# --- series for grids and monthly totals ---------------------------------------------------


def open_reader(store: Store) -> sqlite3.Connection:
    """A second, read-only connection to the store's file, for a worker thread.

    Background computations read through it so they never share the GUI
    thread's connection (nor see a write half done). Close it when finished.
    """
    uri = f"file:{store.path.resolve().as_posix()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def meter_series(
    conn: sqlite3.Connection, meter_id: str, start: str | None = None, end: str | None = None
) -> tuple[list[str], npt.NDArray[np.float64]]:
    """(ts texts, values) of one meter in ``ts`` text order, ``start <= ts < end`` when given.

    Text order is the order of the readings grid; the consumption calculation
    sorts by instant itself (a date-only reading means the end of its day).
    """
    import numpy as np

    sql = "SELECT ts, value FROM reading WHERE meter_id = ?"
    params: list[str] = [meter_id]
    if start:
        sql += " AND ts >= ?"
        params.append(start)
    if end:
        sql += " AND ts < ?"
        params.append(end)
    rows = conn.execute(sql + " ORDER BY ts", params).fetchall()
    stamps = [r[0] for r in rows]
    values = np.fromiter((r[1] for r in rows), np.float64, len(rows))
    return stamps, values


@dataclass(frozen=True)
class GridIntervals:
    """Per reading, in ``ts`` text order (the grid's rows): the consumption of the
    interval it closes (NaN when it closes none) and that interval's flags."""

    consumption: npt.NDArray[np.float64]
    flags: npt.NDArray[np.int64]

    def __len__(self) -> int:
        return int(self.flags.size)


@dataclass(frozen=True)
class MeterAnalysis:
    """What the readings grid shows beside the readings: per-row intervals, and the
    consumption per month and per year (meter.unit x multiplier)."""

    intervals: GridIntervals
    months: list[PeriodTotal]
    years: list[PeriodTotal]


def analyse_meter(conn: sqlite3.Connection, meter: Meter) -> MeterAnalysis:
    """Intervals of every reading of ``meter`` (aligned with the grid's rows) and its
    monthly and yearly totals, from one read of its readings."""
    import numpy as np

    from auditdesk.calc.consumption import (
        meter_intervals,
        monthly_totals,
        reading_instants,
        yearly_totals,
    )

    stamps, values = meter_series(conn, meter.id)
    consumption = np.full(len(stamps), np.nan)
    flags = np.zeros(len(stamps), np.int64)
    if not stamps:
        return MeterAnalysis(GridIntervals(consumption, flags), [], [])
    arrays = meter_intervals(
        reading_instants(stamps),
        values,
        kind=meter.kind,
        multiplier=meter.multiplier,
        rollover=meter.rollover,
    )
    consumption[arrays.reading_index] = arrays.consumption
    flags[arrays.reading_index] = arrays.flags
    months = monthly_totals(arrays) if arrays.consumption.size else []
    return MeterAnalysis(GridIntervals(consumption, flags), months, yearly_totals(months))
