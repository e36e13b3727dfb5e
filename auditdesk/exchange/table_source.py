"""Rows of a CSV or Excel (.xlsx) file, streamed, with encoding, delimiter and header found.

* **Encoding** (CSV): a byte-order mark decides (UTF-8 BOM, UTF-16 BOM); else
  the first 256 KiB are tried as UTF-8; else Windows-1258 when the text then shows
  Vietnamese letters or tone marks (ă ơ ư đ, combining marks); else Latin-1,
  which decodes anything. Bytes that still fail later are replaced by U+FFFD
  and the row is reported as "wrong encoding" by the importer.
* **Delimiter** (CSV): ``,`` ``;`` or tab, whichever splits the first lines into
  the same number (> 1) of fields most often; an Excel ``sep=;`` first line wins.
* **Header**: the first row with two or more filled cells none of which looks
  like a number or a date, followed by a row that has one.
* **Rows** are numbered as the user sees them: 1-based, header and blank rows
  counted (the row number in Excel or LibreOffice).

Excel files are read with openpyxl in read-only mode (streamed, bounded
memory); it is imported only when an Excel file is opened.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from auditdesk.exchange.import_messages import say

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
SNIFF_BYTES = 256 * 1024  # for the encoding; the delimiter looks at the first 64 KiB
HEADER_SEARCH_ROWS = 30
DELIMITERS = (",", ";", "\t")

Cell = str | float | int | _dt.datetime | _dt.date | _dt.time | None

ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1258": "Windows-1258",
    "latin-1": "Latin-1",
}

_VIETNAMESE = re.compile("[ăâđơưĂÂĐƠƯ\u0300\u0301\u0303\u0309\u0323]")
_SEP_LINE = re.compile(r"^\s*sep=(.)\s*$")
_NUMBERLIKE = re.compile(r"^[-+(]?\s*\d[\d.,\s\u00a0']*\)?$")
_DATELIKE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")


class TableError(Exception):
    """The file as a whole cannot be read; ``kind`` is an importer problem kind."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def sniff_encoding(sample: bytes) -> str:
    """Best encoding for ``sample`` (the file's first bytes), see module doc."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(sample) >= 4 and sample.count(0) * 3 > len(sample):  # UTF-16 without BOM
        return "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=len(sample) < SNIFF_BYTES)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        if _VIETNAMESE.search(sample.decode("cp1258")):
            return "cp1258"
    except UnicodeDecodeError:
        pass
    return "latin-1"


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that gives the most lines the same field count (> 1)."""
    if lines and (match := _SEP_LINE.match(lines[0])):
        return match.group(1)
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts: dict[int, int] = {}
        for row in csv.reader(lines, delimiter=delimiter):
            if len(row) > 1:
                counts[len(row)] = counts.get(len(row), 0) + 1
        if counts:
            fields, often = max(counts.items(), key=lambda item: (item[1], item[0]))
            if (often, fields) > best_score:
                best, best_score = delimiter, (often, fields)
    return best


def looks_like_data(cell: Cell) -> bool:
    """True for a number or a date (a header cell is neither)."""
    if isinstance(cell, int | float | _dt.date | _dt.time):
        return True
    text = str(cell).strip()
    return bool(_NUMBERLIKE.match(text) or _DATELIKE.match(text))


def find_header(rows: list[tuple[int, list[Cell]]]) -> int | None:
    """Index in ``rows`` (non-blank rows) of the header: a text-only row followed by data."""
    for index in range(len(rows) - 1):
        filled = [c for c in rows[index][1] if c not in (None, "")]
        if len(filled) < 2 or any(looks_like_data(c) for c in filled):
            continue
        if any(looks_like_data(c) for c in rows[index + 1][1] if c not in (None, "")):
            return index
    return None


def column_names(cells: list[Cell]) -> list[str]:
    """Header cells as unique column names (NFC text; blanks named "Column N")."""
    names: list[str] = []
    for number, cell in enumerate(cells, start=1):
        name = unicodedata.normalize("NFC", " ".join(str(cell or "").split()))
        name = name or say("column_n", number)
        candidate, copy = name, 2
        while candidate in names:
            candidate, copy = f"{name} ({copy})", copy + 1
        names.append(candidate)
    return names


@dataclass(frozen=True)
class TableInfo:
    """What was found about a file. ``total`` is bytes (CSV) or rows (Excel, 0 if unknown)."""

    format: str  # "csv" | "xlsx"
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheets: tuple[str, ...]
    total: int


class TableReader:
    """Open a table file and stream its rows: ``with TableReader(path) as table: table.rows()``."""

    def __init__(
        self,
        path: str | Path,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        sheet: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.path = Path(path)
        try:
            size = self.path.stat().st_size
        except OSError as exc:
            raise TableError("unreadable", say("unreadable", exc)) from exc
        if size > max_bytes:
            mib = [n / 2**20 for n in (size, max_bytes)]  # MiB: the default limit reads "200 MB"
            megabytes = [f"{n:.0f}" if n >= 10 else f"{n:.2g}" for n in mib]
            raise TableError("too_large", say("too_large", *megabytes))
        if size == 0:
            raise TableError("empty_file", say("empty_file"))
        self._handle: Any = None
        self._raw: Any = None
        self._rows_done = 0
        suffix = self.path.suffix.lower()
        if suffix in (".xls", ".ods"):
            raise TableError("unreadable", say("old_format", suffix))
        if suffix in (".xlsx", ".xlsm"):
            self.info = self._open_excel(sheet)
        else:
            self.info = self._open_csv(size, encoding, delimiter)

    def _open_csv(self, size: int, encoding: str | None, delimiter: str | None) -> TableInfo:
        with open(self.path, "rb") as probe:
            sample = probe.read(SNIFF_BYTES)
        encoding = encoding or sniff_encoding(sample)
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise TableError("unreadable", say("unknown_encoding", encoding)) from exc
        if delimiter is None:
            text = sample[: 64 * 1024].decode(encoding, errors="replace").lstrip("\ufeff")
            delimiter = sniff_delimiter(text.splitlines()[:50])
        self._raw = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        self._handle = io.TextIOWrapper(self._raw, encoding=encoding, errors="replace", newline="")
        return TableInfo("csv", encoding, delimiter, None, (), size)

    def _open_excel(self, sheet: str | None) -> TableInfo:
        import openpyxl  # only when an Excel file is opened (start-up cost)

        try:
            book = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException ...
            raise TableError("unreadable", say("unreadable", exc)) from exc
        self._handle = book
        names = tuple(book.sheetnames)
        if sheet is not None and sheet not in names:
            book.close()
            raise TableError("unreadable", say("no_sheet", sheet))
        chosen = sheet or names[0]
        self._sheet = book[chosen]
        total = self._sheet.max_row or 0
        self._sheet.reset_dimensions()  # some writers store a wrong size: read every row
        return TableInfo("xlsx", None, None, chosen, names, total)

    def position(self) -> int:
        """Progress so far, in the unit of ``info.total``."""
        if self.info.format == "csv":
            return int(self._raw.tell())
        return self._rows_done

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, cells) for every non-blank row, from the top of the file."""
        if self.info.format == "xlsx":
            yield from self._excel_rows()
            return
        self._handle.seek(0)
        reader = csv.reader(self._handle, delimiter=self.info.delimiter or ",")
        numbered = enumerate(reader, start=1)
        number = 0
        strip = str.strip
        try:
            for number, fields in numbered:  # the first row: without a byte-order mark
                if fields:
                    fields[0] = fields[0].lstrip("\ufeff")
                if any(map(strip, fields)):
                    yield number, fields  # type: ignore[misc]  # list[str] is a list of cells
                break
            for number, fields in numbered:  # the hot loop of every import: kept bare
                if (fields and strip(fields[0])) or any(map(strip, fields)):
                    yield number, fields  # type: ignore[misc]
        except csv.Error as exc:  # e.g. an unclosed quote swallowing the rest of the file
            raise TableError("unreadable", say("bad_row", number + 1, exc)) from exc

    def _excel_rows(self) -> Iterator[tuple[int, list[Cell]]]:
        for number, cells in enumerate(self._sheet.iter_rows(min_row=1), start=1):
            self._rows_done = number
            values = [_excel_value(cell) for cell in cells]
            if any(v not in (None, "") for v in values):
                yield number, values

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _excel_value(cell: Any) -> Cell:
    """A cell's value; a date-formatted cell without time in its format becomes a ``date``."""
    value = cell.value
    if isinstance(value, _dt.datetime) and not re.search(r"[hs]", _format_body(cell)):
        return value.date()
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value  # type: ignore[no-any-return]


def _format_body(cell: Any) -> str:
    """The number format without quoted text and [..] sections, lower case."""
    fmt = str(getattr(cell, "number_format", "") or "").lower()
    return re.sub(r'"[^"]*"|\[[^\]]*\]', "", fmt)
