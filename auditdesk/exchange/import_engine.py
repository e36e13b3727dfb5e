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

Speed: rows are read in blocks (``BLOCK_ROWS``, at most an eighth of a chunk, so
that memory stays about a chunk of items). Besides its row converter, a reader
may offer a *block* converter that turns a whole block of sound CSV rows into
items at once (a few C-level passes per column instead of Python code per cell),
or returns None when any row of the block would need a word of its own. Such a
block, or one with a broken row (wrong encoding, extra cells), is halved and each
half tried again, down to ``SPLIT_ROWS`` rows, which go through the row converter
row by row; so every problem is still reported with its row and column, and one
odd row costs a few dozen rows read the slow way. After a block mostly read row
by row (a file with problems everywhere, or out of time order), the next block
is tried whole but not halved, until one passes whole again.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, dropwhile, islice
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
BLOCK_ROWS = 1_000  # rows read and converted at a time, at most an eighth of a chunk
SPLIT_ROWS = 32  # a block refused by the block converter is halved down to this size
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
        except TableError as exc:  # a broken row among the first ones
            self.table.close()
            raise failed(ProblemKind(exc.kind), exc.message) from exc
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
        header = self.header_row
        return dropwhile(lambda row: row[0] <= header, self.table.rows())

    def detect(self, number_role: str, date_roles: Sequence[str]) -> cv.DateReader:
        """Decide the decimal mark and the date order from the first rows; warn when unsure.
        Raises ImportFailed for a row the CSV reader cannot read among them."""
        try:
            return self._detect(number_role, date_roles)
        except TableError as exc:
            self.table.close()
            raise failed(ProblemKind(exc.kind), exc.message) from exc

    def _detect(self, number_role: str, date_roles: Sequence[str]) -> cv.DateReader:
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
        convert_block: Callable[[list[list[Cell]]], list[T] | None] | None = None,
    ) -> Iterator[ImportChunk[T]]:
        """Convert every data row; yield a chunk each ``chunk_rows`` rows and at the end.

        ``convert_block`` (optional) converts a whole block of sound CSV rows at once,
        or returns None to have them converted one by one (module doc).
        """
        items: list[T] = []
        problems, listed, hidden, rows_read = list(self.warnings), len(self.warnings), 0, 0
        rows = self._data_rows()
        if row_limit is not None:
            rows = islice(rows, row_limit)
        if self.table.info.format != "csv":
            convert_block = None  # cells of any type: row by row
        split = True  # halve refused blocks (module doc)
        try:
            for block in _blocks(rows, chunk_rows, cancel):
                rows_read += len(block)
                found, alone = self._convert(block, convert, convert_block, items, split)
                split = alone * 2 <= len(block)
                del block  # memory: a chunk of items and one block of rows
                if found:
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

    def _convert(
        self,
        block: list[tuple[int, list[Cell]]],
        convert: Callable[[int, list[Cell]], tuple[T | None, list[Problem]]],
        convert_block: Callable[[list[list[Cell]]], list[T] | None] | None,
        items: list[T],
        split: bool = True,
    ) -> tuple[list[Problem], int]:
        """Convert ``block`` into ``items`` (module doc): the problems met, in row order, and
        how many rows were converted one by one."""
        if convert_block is not None:
            cells = [row for _, row in block]
            if not self._any_broken(cells):
                converted = convert_block(cells)
                if converted is not None:
                    items += converted
                    return [], 0
            del cells
            if split and len(block) > SPLIT_ROWS:  # in file order: the converters keep state
                half = len(block) // 2
                first, alone = self._convert(block[:half], convert, convert_block, items)
                second, also = self._convert(block[half:], convert, convert_block, items)
                return first + second, alone + also
        csv = self.table.info.format == "csv"
        found: list[Problem] = []
        for number, row in block:
            broken = self._broken_row(number, row) if csv else None
            item, problems = (None, [broken]) if broken else convert(number, row)
            if item is not None:
                items.append(item)
            if problems:
                found += problems
        return found, len(block)

    def _any_broken(self, rows: list[list[Cell]]) -> bool:
        """True when a CSV row of ``rows`` is one :meth:`_broken_row` reports (quickly)."""
        width = len(self.columns)
        texts = cast(list[list[str]], rows)
        if max(map(len, texts)) > width and any(
            len(row) > width and any(map(str.strip, row[width:])) for row in texts
        ):
            return True
        return "\ufffd" in "\x1f".join(chain.from_iterable(texts))

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
        self,
        convert: Callable[[int, list[Cell]], tuple[T | None, list[Problem]]],
        limit: int,
        convert_block: Callable[[list[list[Cell]]], list[T] | None] | None = None,
    ) -> Preview[T]:
        """The first ``limit`` data rows run through ``convert`` (see :meth:`run`)."""
        items: list[T] = []
        problems: list[Problem] = []
        try:
            for chunk in self.run(convert, row_limit=limit, convert_block=convert_block):
                items += chunk.items
                problems += chunk.problems
        except ImportFailed as exc:
            problems.append(exc.problem)
        return Preview(items, problems, self.columns, self.decimal_comma, self.date_order)


def _blocks(
    rows: Iterator[tuple[int, list[Cell]]], chunk_rows: int, cancel: Callable[[], bool] | None
) -> Iterator[list[tuple[int, list[Cell]]]]:
    """``rows`` in lists of up to BLOCK_ROWS (and an eighth of ``chunk_rows``), each within
    a chunk and within a thousand rows; ``cancel()`` is polled every 1,000 rows (raises
    ImportCancelled)."""
    size = max(1, min(BLOCK_ROWS, chunk_rows // 8))
    read = 0
    while True:
        wanted = min(size, chunk_rows - read % chunk_rows, 1000 - read % 1000)
        block = list(islice(rows, wanted))
        if not block:
            return
        if cancel is not None and read % 1000 == 0 and cancel():
            raise ImportCancelled()
        read += len(block)
        complete = len(block) == wanted
        yield block
        del block  # not held while the next one is read
        if not complete:
            return


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
    """Encoding, delimiter, header row, column names and a few rows; raises ImportFailed
    (also for a row the CSV reader cannot read among the first ones)."""
    with open_table(path, options, max_bytes) as table:
        try:
            header, columns, rows = locate_header(table, options)
            sample = [(n, [text_of(c) for c in cells]) for n, cells in islice(rows, sample_rows)]
        except TableError as exc:
            raise failed(ProblemKind(exc.kind), exc.message) from exc
    return FileLayout(table.info, header, columns, sample)
