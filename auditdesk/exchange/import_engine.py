"""The part of the readings and production import that does not care what a row means.

It opens the file (table_source), finds the header and the mapped columns,
decides the decimal mark and date order from the first rows, and feeds every
data row to a row converter, handing out chunks of results with the problems
met. Rows are numbered as in the file (1-based, header counted); a row with
bytes the encoding could not decode is a "wrong encoding" problem.

File problems (empty, unreadable, too large, no header, unknown column, unit
mismatch) raise :class:`ImportFailed`; row problems skip the row; warnings
(ambiguous date order or decimal mark, problems beyond ``MAX_PROBLEMS``) leave
it in. ``cancel()`` raises :class:`ImportCancelled`.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Generic, TypeVar, cast

from auditdesk.exchange import cell_values as cv
from auditdesk.exchange.import_messages import say
from auditdesk.exchange.table_source import (
    DEFAULT_MAX_BYTES,
    HEADER_SEARCH_ROWS,
    Cell,
    TableError,
    TableInfo,
    TableReader,
    column_names,
    find_header,
    looks_like_data,
)

CHUNK_ROWS = 5_000
DETECT_ROWS = 2_000  # rows looked at to decide the date order and decimal mark
MAX_PROBLEMS = 5_000  # listed one by one; the rest are counted
T = TypeVar("T")


class ProblemKind(enum.StrEnum):
    TEXT_IN_NUMBER = "text_in_number"
    EMPTY_VALUE = "empty_value"
    BAD_DATE = "bad_date"
    DUPLICATE = "duplicate"
    NEGATIVE = "negative"
    UNKNOWN_METER = "unknown_meter"
    UNKNOWN_UNIT = "unknown_unit"
    WRONG_ENCODING = "wrong_encoding"
    EXTRA_CELLS = "extra_cells"
    AMBIGUOUS_DATE = "ambiguous_date"  # warning
    AMBIGUOUS_NUMBER = "ambiguous_number"  # warning
    MORE = "more"  # warning: further problems are only counted
    EMPTY_FILE = "empty_file"
    NO_HEADER = "no_header"
    UNKNOWN_COLUMN = "unknown_column"
    BAD_UNIT = "bad_unit"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"


FILE_KINDS = frozenset(
    {
        ProblemKind.EMPTY_FILE,
        ProblemKind.NO_HEADER,
        ProblemKind.UNKNOWN_COLUMN,
        ProblemKind.BAD_UNIT,
        ProblemKind.TOO_LARGE,
        ProblemKind.UNREADABLE,
    }
)
WARNING_KINDS = frozenset(
    {ProblemKind.AMBIGUOUS_DATE, ProblemKind.AMBIGUOUS_NUMBER, ProblemKind.MORE}
)


@dataclass(frozen=True)
class Problem:
    """``row`` as seen in the file (0: the whole file), ``column`` name or None,
    the offending ``value`` as text and a translated ``message``."""

    row: int
    column: str | None
    value: str
    message: str
    kind: ProblemKind

    @property
    def fatal(self) -> bool:
        """The file cannot be imported at all."""
        return self.kind in FILE_KINDS

    @property
    def row_skipped(self) -> bool:
        """The row was left out (a warning leaves it in)."""
        return self.kind not in FILE_KINDS and self.kind not in WARNING_KINDS


class ImportFailed(Exception):
    """The file cannot be imported; ``problem`` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class ImportCancelled(Exception):
    """``cancel()`` returned True; nothing may be committed."""


def failed(kind: ProblemKind, message: str, row: int = 0) -> ImportFailed:
    return ImportFailed(Problem(row, None, "", message, kind))


@dataclass(frozen=True)
class FileOptions:
    """How to read the file; ``None`` = detect. ``header_row`` is 1-based as in the
    file; ``date_format`` is ``"auto"`` or a strftime pattern such as ``"%d/%m/%Y"``."""

    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None
    sheet: str | None = None
    date_format: str = "auto"
    decimal_comma: bool | None = None


@dataclass
class ImportChunk(Generic[T]):
    """Up to ``chunk_rows`` rows: the valid items and the problems met on the way."""

    items: list[T]
    problems: list[Problem]
    rows_read: int


@dataclass(frozen=True)
class Preview(Generic[T]):
    """The first rows parsed, every problem in them, and what was decided for the file."""

    items: list[T]
    problems: list[Problem]
    columns: list[str] = field(default_factory=list)
    decimal_comma: bool | None = None
    date_order: str | None = None  # cell_values.DAY_FIRST / MONTH_FIRST; None: explicit format


def text_of(cell: Cell) -> str:
    """A cell as the user sees it (``12.0`` from Excel shows as ``12``)."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell)


def normalized(text: str) -> str:
    """For matching names: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def open_table(path: str | Path, options: FileOptions, max_bytes: int) -> TableReader:
    try:
        return TableReader(
            path,
            encoding=options.encoding,
            delimiter=options.delimiter,
            sheet=options.sheet,
            max_bytes=max_bytes,
        )
    except TableError as exc:
        raise failed(ProblemKind(exc.kind), exc.message) from exc


def locate_header(
    table: TableReader, options: FileOptions
) -> tuple[int, list[str], Iterator[tuple[int, list[Cell]]]]:
    """(header row number, column names, the data rows after the header)."""
    rows = table.rows()
    if options.header_row is not None:
        for number, cells in rows:
            if number == options.header_row:
                return number, column_names(cells), rows
            if number > options.header_row:
                break
        raise failed(ProblemKind.NO_HEADER, say("empty_header", options.header_row))
    first = list(islice(rows, HEADER_SEARCH_ROWS))
    if not first:
        raise failed(ProblemKind.EMPTY_FILE, say("empty_file"))
    index = find_header(first)
    if index is None and not any(looks_like_data(c) for _, cells in first for c in cells if c):
        raise failed(ProblemKind.EMPTY_FILE, say("no_data_rows"))  # a header and nothing more
    if index is None:
        raise failed(ProblemKind.NO_HEADER, say("no_header"))
    return first[index][0], column_names(first[index][1]), chain(first[index + 1 :], rows)


class Engine:
    """Reads one file for one import: finds the header and the mapped columns
    (``index``: role -> column number), then :meth:`detect` and :meth:`run` each
    read the data rows again from the top. ``run`` closes the file at its end."""

    def __init__(
        self,
        path: str | Path,
        options: FileOptions,
        roles: dict[str, str | None],
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.options = options
        self.table = open_table(path, options, max_bytes)
        try:
            self.header_row, self.columns, rows = locate_header(self.table, options)
            self.index = self._resolve(roles)
            if next(rows, None) is None:
                raise failed(ProblemKind.EMPTY_FILE, say("no_data_rows"))
        except BaseException:
            self.table.close()
            raise
        self.warnings: list[Problem] = []
        self.decimal_comma = options.decimal_comma
        self.date_order: str | None = None

    def _resolve(self, roles: dict[str, str | None]) -> dict[str, int]:
        lookup = {normalized(name): number for number, name in enumerate(self.columns)}
        index = {}
        for role, name in roles.items():
            if not name:
                continue
            if normalized(name) not in lookup:
                message = say("unknown_column", name, ", ".join(self.columns))
                raise failed(ProblemKind.UNKNOWN_COLUMN, message, self.header_row)
            index[role] = lookup[normalized(name)]
        return index

    def cell(self, cells: list[Cell], role: str) -> Cell:
        """The cell of ``role`` in a row (None when the role is not mapped or the row is short)."""
        column = self.index.get(role)
        return cells[column] if column is not None and column < len(cells) else None

    def problem(
        self, row: int, cells: list[Cell], role: str, message: str, kind: ProblemKind
    ) -> Problem:
        """A problem with the cell of ``role`` in ``row``."""
        column = self.columns[self.index[role]] if role in self.index else None
        return Problem(row, column, text_of(self.cell(cells, role)), message, kind)

    def cell_problem(self, row: int, cells: list[Cell], role: str, exc: cv.CellError) -> Problem:
        return self.problem(row, cells, role, exc.message, ProblemKind(exc.kind))

    def _sample(self, roles: Iterable[str]) -> Iterator[Cell]:
        """The cells of ``roles`` in the first DETECT_ROWS data rows (a pass of their own)."""
        for _, cells in islice(self._data_rows(), DETECT_ROWS):
            for role in roles:
                yield self.cell(cells, role)

    def _data_rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """The rows below the header, read from the top of the file again."""
        return ((n, cells) for n, cells in self.table.rows() if n > self.header_row)

    def detect(self, number_role: str, date_roles: Sequence[str]) -> cv.DateReader:
        """Decide the decimal mark and the date order from the first rows; warn when unsure."""
        if self.decimal_comma is None:
            self.decimal_comma, example = cv.detect_decimal_comma(
                self._sample([number_role]), self.table.info.delimiter
            )
            if example:
                column = self.columns[self.index[number_role]]
                message = say("ambiguous_number", example, "," if self.decimal_comma else ".")
                self.warnings.append(
                    Problem(0, column, example, message, ProblemKind.AMBIGUOUS_NUMBER)
                )
        if self.options.date_format != "auto":
            return cv.DateReader(self.options.date_format)
        self.date_order, example = cv.detect_date_order(self._sample(date_roles))
        if example:
            message = say("ambiguous_date", example)
            self.warnings.append(Problem(0, None, example, message, ProblemKind.AMBIGUOUS_DATE))
        return cv.DateReader("auto", self.date_order)

    def run(
        self,
        convert: Callable[[int, list[Cell]], tuple[T | None, list[Problem]]],
        *,
        chunk_rows: int = CHUNK_ROWS,
        row_limit: int | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Iterator[ImportChunk[T]]:
        """Convert every data row; yield a chunk each ``chunk_rows`` rows and at the end."""
        items: list[T] = []
        problems, listed, hidden, rows_read = list(self.warnings), len(self.warnings), 0, 0
        try:
            for number, cells in islice(self._data_rows(), row_limit):
                if cancel is not None and rows_read % 1000 == 0 and cancel():
                    raise ImportCancelled()
                rows_read += 1
                broken = self._broken_row(number, cells)
                item, found = (None, [broken]) if broken else convert(number, cells)
                if item is not None:
                    items.append(item)
                room = max(MAX_PROBLEMS - listed, 0)
                problems += found[:room]
                listed += len(found[:room])
                hidden += len(found) - len(found[:room])
                if rows_read % chunk_rows == 0:
                    yield ImportChunk(items, problems, rows_read)
                    items, problems = [], []
                    if progress is not None:
                        progress(self.table.position(), self.table.info.total)
        except TableError as exc:
            raise failed(ProblemKind(exc.kind), exc.message) from exc
        finally:
            self.table.close()
        if hidden:
            problems.append(Problem(0, None, str(hidden), say("more", hidden), ProblemKind.MORE))
        if progress is not None:
            progress(self.table.info.total, self.table.info.total)
        yield ImportChunk(items, problems, rows_read)

    def _broken_row(self, number: int, cells: list[Cell]) -> Problem | None:
        """A CSV row with undecodable bytes (U+FFFD), or longer than the header (a decimal
        comma in a comma-separated file, a stray delimiter); None for a sound row."""
        if self.table.info.format != "csv":
            return None
        texts = cast(list[str], cells)
        if "\ufffd" in "\x1f".join(texts):
            message = say("wrong_encoding", self.table.info.encoding)
            return Problem(
                number, None, " | ".join(texts)[:80], message, ProblemKind.WRONG_ENCODING
            )
        if len(texts) > len(self.columns) and any(t.strip() for t in texts[len(self.columns) :]):
            message = say("extra_cells", len(texts), len(self.columns))
            return Problem(number, None, " | ".join(texts)[:80], message, ProblemKind.EXTRA_CELLS)
        return None

    def preview(
        self, convert: Callable[[int, list[Cell]], tuple[T | None, list[Problem]]], limit: int
    ) -> Preview[T]:
        """The first ``limit`` data rows run through ``convert``."""
        items: list[T] = []
        problems: list[Problem] = []
        try:
            for chunk in self.run(convert, row_limit=limit):
                items += chunk.items
                problems += chunk.problems
        except ImportFailed as exc:
            problems.append(exc.problem)
        return Preview(items, problems, self.columns, self.decimal_comma, self.date_order)


@dataclass(frozen=True)
class FileLayout:
    """What :func:`inspect_file` found; ``sample`` rows follow the header."""

    info: TableInfo
    header_row: int
    columns: list[str]
    sample: list[tuple[int, list[str]]]


def inspect_file(
    path: str | Path,
    options: FileOptions = FileOptions(),
    sample_rows: int = 20,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FileLayout:
    """Encoding, delimiter, header row, column names and a few rows; raises ImportFailed."""
    with open_table(path, options, max_bytes) as table:
        header, columns, rows = locate_header(table, options)
        sample = [(n, [text_of(c) for c in cells]) for n, cells in islice(rows, sample_rows)]
    return FileLayout(table.info, header, columns, sample)
