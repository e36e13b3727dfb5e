"""Import meter readings from CSV and Excel (.xlsx) files, for the mapping dialog.

1. :func:`inspect_file` finds the encoding (UTF-8, UTF-8/UTF-16 with BOM,
   Windows-1258, Latin-1 as the fallback), delimiter, header row and columns;
   :func:`guess_columns` proposes which column is which.
2. The user completes a :class:`ColumnMapping`; :func:`preview` parses the
   first rows and lists every problem so far.
3. :func:`parse` streams :class:`ImportChunk` s of valid readings and problems;
   the store inserts them inside one transaction (``store.readings.add_many``),
   so a failed (:class:`ImportFailed`) or cancelled (:class:`ImportCancelled`)
   import leaves nothing behind. :func:`parse_rows` is the same with each reading
   as a plain ``(meter_id, ts, value, source, note)`` tuple, ready for an INSERT.

Memory stays bounded: rows are read a block at a time (an eighth of a chunk at
most) and handed out in chunks of ``chunk_rows``; a file above ``max_bytes``
(default 200 MB) is refused before reading, with a message saying so. The one
structure that grows with the file is the duplicate check, 8 bytes per reading.

Problems per row (the row is skipped): text in a number, empty value, unknown
date, duplicate meter and time within the file, negative value (a register and
a per-period consumption cannot be negative), unknown meter, wrong encoding.
A date without a time is stored as a date (``2024-01-31``): the consumption
calculation reads it as the end of that day.

Speed: a block of CSV rows whose dates, times and values are each in one plain
form (``cell_values.parse_numbers`` / ``DateReader.read_column``), whose meters
are all known, with no negative value, and whose times follow each other per
meter (so no duplicate is possible) is converted column by column, into the very
readings the row-by-row conversion gives; any other block is split until its
problem rows are read one by one (``import_engine``).
"""

from __future__ import annotations

import datetime as _dt
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, cast

from auditdesk.calc.consumption import unit_factor
from auditdesk.exchange import cell_values as cv
from auditdesk.exchange.import_engine import (
    CHUNK_ROWS,
    Engine,
    FileLayout,
    FileOptions,
    ImportCancelled,
    ImportChunk,
    ImportFailed,
    Preview,
    Problem,
    ProblemKind,
    failed,
    inspect_file,
    normalized,
    text_of,
)
from auditdesk.exchange.import_messages import say
from auditdesk.exchange.table_source import DEFAULT_MAX_BYTES, Cell
from auditdesk.model.entities import Meter, Reading

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ColumnMapping",
    "FileLayout",
    "FileOptions",
    "ImportCancelled",
    "ImportChunk",
    "ImportFailed",
    "Preview",
    "Problem",
    "ProblemKind",
    "ReadingRow",
    "guess_columns",
    "inspect_file",
    "parse",
    "parse_rows",
    "preview",
]

#: A reading as the INSERT takes it: (meter_id, ts, value, source, note).
ReadingRow = tuple[str, str, float, str, str]
_EPOCH = _dt.datetime(1970, 1, 1)
_DAY = 86_400
_NEGATIVE = {"register": "negative_register", "period": "negative_period"}
_ROLE_WORDS = {
    "date": ("date", "ngày", "thời gian", "thời điểm", "timestamp"),
    "time": ("time", "giờ"),
    "value": ("value", "giá trị", "chỉ số", "reading", "kwh", "consumption", "tiêu thụ", "m3"),
    "meter": ("meter", "công tơ", "đồng hồ"),
}


@dataclass(frozen=True)
class ColumnMapping(FileOptions):
    """Which columns hold what, for meter readings.

    Without ``meter_column`` every row goes to ``meters[0]``; with it, a row's
    meter is the one whose name or id matches the cell (case, spacing and
    Unicode form ignored). Values in ``file_unit`` are converted to each
    meter's unit (``None``: already in it). ``source``/``note`` go on every reading.
    """

    date_column: str = ""
    value_column: str = ""
    time_column: str | None = None
    meter_column: str | None = None
    meters: tuple[Meter, ...] = ()
    file_unit: str | None = None
    source: str = "logger"
    note: str = ""


def guess_columns(columns: list[str]) -> dict[str, str]:
    """A first guess for the dialog: role ("date", "time", "value", "meter") -> column."""
    guess: dict[str, str] = {}
    for role, words in _ROLE_WORDS.items():
        for name in columns:
            if name not in guess.values() and any(word in name.casefold() for word in words):
                guess[role] = name
                break
    return guess


class _SeenInstants:
    """Instants already read for one meter, 8 bytes each, sorted (appending when in order)."""

    def __init__(self) -> None:
        self.keys = array("q")
        self.sign = 0  # +1 for a file in time order, -1 for newest first (keys stored negated)

    def add(self, instant: int) -> bool:
        """False when ``instant`` was seen before."""
        if not self.keys:
            self.keys.append(instant)
            return True
        if self.sign == 0:
            if instant == self.keys[0]:
                return False
            self.sign = 1 if instant > self.keys[0] else -1
            self.keys[0] *= self.sign
        key = instant * self.sign
        if key > self.keys[-1]:
            self.keys.append(key)
            return True
        position = bisect_left(self.keys, key)
        if position < len(self.keys) and self.keys[position] == key:
            return False
        self.keys.insert(position, key)
        return True

    def run_sign(self, instants: npt.NDArray[np.int64]) -> int:
        """+1 or -1 when :meth:`add` would accept every one of ``instants`` (two or more,
        in file order) by appending it: they rise (+1) or fall (-1) strictly, past every
        instant held; else 0. Changes nothing."""
        if len(instants) < 2:
            return 0
        steps = instants[1:] - instants[:-1]
        sign = 1 if steps.min() > 0 else -1 if steps.max() < 0 else 0
        if sign == 0 or not self.keys:
            return sign
        if self.sign == 0:  # one instant held, as it was read
            return sign if int(instants[0]) * sign > self.keys[0] * sign else 0
        return sign if sign == self.sign and int(instants[0]) * sign > self.keys[-1] else 0

    def extend(self, instants: npt.NDArray[np.int64], sign: int) -> None:
        """Add ``instants`` as :meth:`add` would, one by one; ``sign`` from :meth:`run_sign`."""
        if self.sign == 0:
            if self.keys:
                self.keys[0] *= sign
            self.sign = sign
        self.keys.frombytes((instants * sign).astype("<i8", copy=False).tobytes())


class _ReadingRows:
    """Turns one data row, or a whole block of them, into reading rows or problems."""

    def __init__(self, engine: Engine, mapping: ColumnMapping) -> None:
        if not mapping.meters:
            raise ValueError("ColumnMapping.meters is empty")
        self.engine, self.mapping = engine, mapping
        self.dates = engine.detect("value", ("date",))
        self.meters = {normalized(m.name): m for m in mapping.meters}
        self.meters.update({normalized(m.id): m for m in mapping.meters})
        self.factor: dict[str, float] = {}
        for meter in mapping.meters:
            try:
                self.factor[meter.id] = unit_factor(mapping.file_unit or meter.unit, meter.unit)
            except ValueError as exc:
                raise failed(ProblemKind.BAD_UNIT, str(exc)) from exc
        self.seen: dict[str, _SeenInstants] = {m.id: _SeenInstants() for m in mapping.meters}

    def _meter(self, name: str) -> Meter | None:
        """The meter a meter cell names (case, spacing and Unicode form ignored)."""
        meter = self.meters.get(name) or self.meters.get(normalized(name))
        if meter is not None and len(self.meters) < 10_000:
            self.meters[name] = meter  # the text as written, for the next rows
        return meter

    def _moment(
        self, row: int, cells: list[Cell], found: list[Problem]
    ) -> tuple[_dt.datetime | None, bool]:
        """(date and time of the row, whether a time was given); problems go to ``found``."""
        engine = self.engine
        try:
            moment, has_time = self.dates.read(engine.cell(cells, "date"))
        except cv.CellError as exc:
            found.append(engine.cell_problem(row, cells, "date", exc))
            return None, False
        clock = engine.cell(cells, "time")
        if cv.is_blank(clock):
            return moment, has_time
        try:
            return _dt.datetime.combine(moment.date(), cv.read_time(clock)), True
        except cv.CellError as exc:
            found.append(engine.cell_problem(row, cells, "time", exc))
            return None, False

    def convert(self, row: int, cells: list[Cell]) -> tuple[ReadingRow | None, list[Problem]]:
        engine, found = self.engine, []
        meter: Meter | None = self.mapping.meters[0]
        if "meter" in engine.index:
            name = text_of(engine.cell(cells, "meter"))
            meter = self._meter(name)
            if meter is None:
                message = say("unknown_meter", name)
                found.append(
                    engine.problem(row, cells, "meter", message, ProblemKind.UNKNOWN_METER)
                )
        moment, has_time = self._moment(row, cells, found)
        value = None
        try:
            value = cv.parse_number(engine.cell(cells, "value"), bool(engine.decimal_comma))
        except cv.CellError as exc:
            found.append(engine.cell_problem(row, cells, "value", exc))
        if found or meter is None or moment is None or value is None:
            return None, found
        value *= self.factor[meter.id]
        if value < 0 and meter.kind in _NEGATIVE:
            message = say(_NEGATIVE[meter.kind])
            return None, [engine.problem(row, cells, "value", message, ProblemKind.NEGATIVE)]
        instant = int((moment - _EPOCH).total_seconds()) + (0 if has_time else _DAY)
        if not self.seen[meter.id].add(instant):
            message = say("duplicate_reading")
            return None, [engine.problem(row, cells, "date", message, ProblemKind.DUPLICATE)]
        ts = moment.isoformat(timespec="seconds") if has_time else moment.date().isoformat()
        return (meter.id, ts, value, self.mapping.source, self.mapping.note), []

    def convert_block(self, rows: list[list[Cell]]) -> list[ReadingRow] | None:
        """The reading rows of a block of sound CSV rows in which no row has a problem and
        every row is in a plain form, exactly as :meth:`convert` makes them; else None
        (and nothing changed): the rows are then converted one by one."""
        index = self.engine.index
        texts = cast(list[list[str]], rows)
        if min(map(len, texts)) <= max(index.values()):
            return None  # a short row: its missing cells are problems
        values = cv.parse_numbers(
            list(map(itemgetter(index["value"]), texts)), bool(self.engine.decimal_comma)
        )
        if values is None:
            return None
        times = list(map(itemgetter(index["time"]), texts)) if "time" in index else None
        dates = self.dates.read_column(list(map(itemgetter(index["date"]), texts)), times)
        if dates is None:
            return None
        stamps, instants, has_time = dates
        if not has_time:
            instants += _DAY  # a date alone is the end of that day
        if "meter" not in index:
            return self._block_of(self.mapping.meters[0], stamps, values, instants)
        names = list(map(itemgetter(index["meter"]), texts))
        named = {name: self._meter(name) for name in set(names)}
        meters = {name: meter for name, meter in named.items() if meter is not None}
        if len(meters) < len(named):
            return None  # an unknown meter
        if len({meter.id for meter in meters.values()}) == 1:
            return self._block_of(meters[names[0]], stamps, values, instants)
        return self._mixed_block(names, meters, stamps, values, instants)

    def _block_of(
        self, meter: Meter, stamps: list[str], values: list[float], instants: npt.NDArray[np.int64]
    ) -> list[ReadingRow] | None:
        """A block of one meter's readings (see :meth:`convert_block`)."""
        factor = self.factor[meter.id]
        if factor != 1.0:
            values = [value * factor for value in values]
        if meter.kind in _NEGATIVE and min(values) < 0:
            return None
        seen = self.seen[meter.id]
        sign = seen.run_sign(instants)
        if sign == 0:
            return None  # out of order, a duplicate, or a single row: row by row
        seen.extend(instants, sign)
        count, mapping = len(stamps), self.mapping
        return list(
            zip(
                repeat(meter.id, count),
                stamps,
                values,
                repeat(mapping.source, count),
                repeat(mapping.note, count),
                strict=True,
            )
        )

    def _mixed_block(
        self,
        names: list[str],
        meters: dict[str, Meter],
        stamps: list[str],
        values: list[float],
        instants: npt.NDArray[np.int64],
    ) -> list[ReadingRow] | None:
        """A block of several meters' readings, interleaved (see :meth:`convert_block`)."""
        import numpy as np

        ids = [meters[name].id for name in names]
        values = [value * self.factor[i] for value, i in zip(values, ids, strict=True)]
        signs = []
        column = np.array(ids)
        for meter in {m.id: m for m in meters.values()}.values():
            rows = np.flatnonzero(column == meter.id)
            if meter.kind in _NEGATIVE and min(values[r] for r in rows) < 0:
                return None
            sign = self.seen[meter.id].run_sign(instants[rows])
            if sign == 0:
                return None
            signs.append((meter.id, instants[rows], sign))
        for meter_id, run, sign in signs:  # every meter's run is sound: now keep them
            self.seen[meter_id].extend(run, sign)
        mapping = self.mapping
        count = len(ids)
        return list(
            zip(ids, stamps, values, repeat(mapping.source, count), repeat(mapping.note, count))
        )


def _start(path: str | Path, mapping: ColumnMapping, max_bytes: int) -> tuple[Engine, _ReadingRows]:
    roles = {
        "date": mapping.date_column,
        "value": mapping.value_column,
        "time": mapping.time_column,
        "meter": mapping.meter_column,
    }
    engine = Engine(path, mapping, roles, max_bytes)
    try:
        return engine, _ReadingRows(engine, mapping)
    except BaseException:
        engine.table.close()
        raise


def parse_rows(
    path: str | Path,
    mapping: ColumnMapping,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_rows: int = CHUNK_ROWS,
) -> Iterator[ImportChunk[ReadingRow]]:
    """:func:`parse` with each reading as a ``(meter_id, ts, value, source, note)`` tuple."""
    engine, rows = _start(path, mapping, max_bytes)
    yield from engine.run(
        rows.convert,
        chunk_rows=chunk_rows,
        progress=progress,
        cancel=cancel,
        convert_block=rows.convert_block,
    )


def _readings(rows: list[ReadingRow]) -> list[Reading]:
    return [
        Reading(meter_id=meter_id, ts=ts, value=value, source=source, note=note)
        for meter_id, ts, value, source, note in rows
    ]


class _AsReadings:
    """The converters of :class:`_ReadingRows`, making Reading objects."""

    def __init__(self, rows: _ReadingRows) -> None:
        self.rows = rows

    def convert(self, row: int, cells: list[Cell]) -> tuple[Reading | None, list[Problem]]:
        item, problems = self.rows.convert(row, cells)
        return (None if item is None else _readings([item])[0]), problems

    def convert_block(self, cells: list[list[Cell]]) -> list[Reading] | None:
        items = self.rows.convert_block(cells)
        return None if items is None else _readings(items)


def parse(
    path: str | Path,
    mapping: ColumnMapping,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_rows: int = CHUNK_ROWS,
) -> Iterator[ImportChunk[Reading]]:
    """Stream the readings of ``path`` in chunks of ``chunk_rows`` rows (see module doc).

    ``progress(done, total)`` follows each chunk (bytes for CSV, rows for
    Excel); ``cancel()`` is polled every 1,000 rows. Raises ImportFailed for a
    file that cannot be imported and ImportCancelled when cancelled.
    """
    engine, rows = _start(path, mapping, max_bytes)
    readings = _AsReadings(rows)
    yield from engine.run(
        readings.convert,
        chunk_rows=chunk_rows,
        progress=progress,
        cancel=cancel,
        convert_block=readings.convert_block,
    )


def preview(
    path: str | Path, mapping: ColumnMapping, limit: int = 50, max_bytes: int = DEFAULT_MAX_BYTES
) -> Preview[Reading]:
    """The first ``limit`` data rows parsed, with every problem in them (file problems too)."""
    try:
        engine, rows = _start(path, mapping, max_bytes)
    except ImportFailed as exc:
        return Preview([], [exc.problem])
    readings = _AsReadings(rows)
    return engine.preview(readings.convert, limit, readings.convert_block)
