"""Writing cells the contract's way with xlsxwriter (no Qt).

- ``open_book``: an xlsxwriter workbook in constant-memory mode (rows written in
  order, 65 MB for 100,000 x 10 cells, MEASURED.md), whose sheets store numbers
  with every digit (``repr``; xlsxwriter's own ``%.16G`` would change 0.1 + 0.2),
  so a value read back is the value written.
- ``SheetWriter``: one sheet's table — two header lines, typed cells, formulas
  with their cached value, column widths from the content, frozen and filtered
  header, data-validation lists.
- Text a user typed is always a text cell; one starting with ``=``, ``+``, ``-``,
  ``@``, tab or CR gets Excel's quote prefix too, so editing the cell later does
  not turn it into a formula.
- ``atomic_output``: the file is written beside its final name and renamed into
  place; a failure leaves no file under that name.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import math
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.workbook.contract import FORMATS, FORMULA, Column
from auditdesk.i18n import fill, translate

if TYPE_CHECKING:  # pragma: no cover
    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

EXCEL_TEXT_LIMIT = 32_767  # characters in one cell
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60
PRINT_WIDTH = 190  # characters of column width printed across one landscape A4 page
_EPOCH = _dt.datetime(1899, 12, 30)

HEADER_FILL = "#DCE6EF"
FORMULA_FILL = "#F2F4F6"


class ExportError(Exception):
    """The workbook cannot be written as asked (translated message: what to change)."""


def column_letter(index: int) -> str:
    """``0`` → ``A``, ``27`` → ``AB``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def excel_date(value: _dt.date | _dt.datetime) -> float:
    """The serial number Excel stores for a date or date-time (1900 date system)."""
    if not isinstance(value, _dt.datetime):
        value = _dt.datetime(value.year, value.month, value.day)
    delta = value - _EPOCH
    return delta.days + delta.seconds / 86_400 + delta.microseconds / 86_400e6


def _full_precision_sheet_class() -> type[Worksheet]:
    from xlsxwriter.worksheet import Worksheet

    class FullPrecisionSheet(Worksheet):  # type: ignore[misc]
        """Numbers as ``repr`` (shortest text that reads back to the same double)."""

        def _xml_number_element(self, number: float, attributes: Any = ()) -> None:
            attr = "".join(f' {key}="{self._escape_attributes(value)}"'
                           for key, value in attributes)
            self.fh.write(f"<c{attr}><v>{float(number)!r}</v></c>")

    return FullPrecisionSheet


def open_book(path: Path) -> Workbook:
    """A new xlsxwriter workbook at ``path``: constant memory, no guessing of types."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {
        "constant_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
        "nan_inf_to_errors": False,
    })
    book.worksheet_class = _full_precision_sheet_class()
    return book


class Formats:
    """The cell formats of one workbook, made once each."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self._cache: dict[tuple[str, bool, bool, bool], Format] = {}
        self.header_en = book.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                          "bg_color": HEADER_FILL, "bottom": 1})
        self.header_vi = book.add_format({"italic": True, "text_wrap": True, "valign": "bottom",
                                          "font_color": "#4A5560", "bg_color": HEADER_FILL})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.subtitle = book.add_format({"font_size": 11, "font_color": "#4A5560"})
        self.bold = book.add_format({"bold": True})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.total = book.add_format({"bold": True, "top": 1})

    def cell(self, fmt: str, formula: bool = False, risky: bool = False,
             left: bool = False) -> Format:
        """The format of a data cell: number format, formula shading, quote prefix, and
        left alignment (the value column of a field sheet)."""
        key = (fmt, formula, risky, left)
        found = self._cache.get(key)
        if found is None:
            props: dict[str, Any] = {"num_format": FORMATS[fmt], "valign": "top"}
            if formula:
                props["bg_color"] = FORMULA_FILL
            if risky:
                props["quote_prefix"] = True
            if left:
                props["align"] = "left"
            found = self.book.add_format(props)
            self._cache[key] = found
        return found

    def bold_cell(self, fmt: str, formula: bool = False) -> Format:
        key = (fmt + "#bold", formula, False, False)
        found = self._cache.get(key)
        if found is None:
            props: dict[str, Any] = {"num_format": FORMATS[fmt], "bold": True, "top": 1}
            if formula:
                props["bg_color"] = FORMULA_FILL
            found = self.book.add_format(props)
            self._cache[key] = found
        return found


def check_text(text: str, where: str) -> str:
    """``text`` as it goes into a cell; ``ExportError`` if Excel cannot hold it whole."""
    if len(text) > EXCEL_TEXT_LIMIT:
        raise ExportError(fill(translate(
            "Workbook", "%1 is longer than the %2 characters a spreadsheet cell holds. "
                        "Shorten it, then export again."), where, EXCEL_TEXT_LIMIT))
    return text


def text_width(value: Any) -> float:
    """Characters a value needs when shown (longest line of a text)."""
    if value is None:
        return 0.0
    if isinstance(value, str):
        return float(max((len(line) for line in value.split("\n")), default=0))
    if isinstance(value, float):
        return float(min(len(f"{value:,.2f}"), 18))
    return float(len(str(value)))


class SheetWriter:
    """Writes one table sheet: header lines at ``header_row``, then rows in order."""

    def __init__(self, book: Workbook, formats: Formats, name: str,
                 columns: Sequence[Column], header_row: int = 1) -> None:
        self.sheet: Worksheet = book.add_worksheet(name)
        self.formats = formats
        self.name = name
        self.columns = list(columns)
        self.header_row = header_row
        self.row = header_row + 1  # the next row to write
        self.index = {c.key: i for i, c in enumerate(self.columns)}
        self._cell_formats = [formats.cell(c.fmt, c.role == FORMULA) for c in self.columns]
        self.widths = [c.width for c in self.columns]
        self.total_width = sum(self.widths)

    # --- layout ---------------------------------------------------------------------------

    def letter(self, key: str) -> str:
        return column_letter(self.index[key])

    def size_columns(self, sample: Sequence[Sequence[Any]] = ()) -> None:
        """Column widths from the header and a sample of rows (call before any row)."""
        widths = [max(c.width, min(len(c.en), 28) * 0.9) for c in self.columns]
        for values in sample:
            for i, value in enumerate(values):
                if i < len(widths):
                    widths[i] = max(widths[i], min(text_width(value) + 2, MAX_WIDTH))
        for i, width in enumerate(widths):  # the column's format: for cells typed in later too
            self.sheet.set_column(i, i, width, self._cell_formats[i])
        self.widths = widths
        self.total_width = sum(widths)

    def write_headers(self, repeat: bool = True) -> None:
        """The Vietnamese line above the English one (the key line, frozen and filtered);
        printed landscape, as many pages wide as it needs, the headers on every page."""
        sheet, row = self.sheet, self.header_row
        def lines(attribute: str) -> int:
            return min(3, max(1, max(math.ceil(len(getattr(c, attribute)) / max(w - 1, 1))
                                     for c, w in zip(self.columns, self.widths, strict=True))))

        sheet.set_row(row - 1, 14 * lines("vi"))
        sheet.set_row(row, 14 * lines("en"))
        for i, column in enumerate(self.columns):  # constant memory: row by row
            sheet.write_string(row - 1, i, column.vi, self.formats.header_vi)
        for i, column in enumerate(self.columns):
            sheet.write_string(row, i, column.en, self.formats.header_en)
        sheet.freeze_panes(row + 1, 0)
        if repeat:
            sheet.repeat_rows(row - 1, row)
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(max(1, math.ceil(self.total_width / PRINT_WIDTH)), 0)
        sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)

    def finish(self, validation_rows: int = 0) -> None:
        """Filter on the header over the rows written; validation lists on code columns."""
        last = max(self.row - 1, self.header_row)
        self.sheet.autofilter(self.header_row, 0, last, len(self.columns) - 1)
        end = max(last, self.header_row + 1) + validation_rows
        for i, column in enumerate(self.columns):
            if column.codes and column.role != FORMULA:
                self.sheet.data_validation(self.header_row + 1, i, end, i, {
                    "validate": "list", "source": list(column.codes),
                    "error_title": "AuditDesk",
                    "error_message": "Choose a code from the list / Chọn một mã trong danh sách: "
                                     + ", ".join(column.codes),
                })

    # --- cells -----------------------------------------------------------------------------

    def cell_format(self, index: int) -> Format:
        """The format of column ``index``'s data cells."""
        return self._cell_formats[index]

    def write_row(self, values: Sequence[Any], formulas: dict[int, tuple[str, Any]] | None = None,
                  cell_formats: Sequence[Format] | None = None) -> int:
        """Write ``values`` (one per column; ``None`` = blank) and ``formulas`` (column index
        → (formula, cached value)) as the next row; returns its 0-based index."""
        row = self.row
        write_cell(self.sheet, self.formats, row, values, cell_formats or self._cell_formats,
                   formulas)
        self.row += 1
        return row


def write_cell_value(sheet: Worksheet, formats: Formats, row: int, col: int, value: Any,
                     fmt: Format) -> None:
    """One value in its type: number, date (serial + format), text (safe), bool as yes/no;
    nothing for ``None`` (the column's format covers the empty cell)."""
    if value is None:
        return
    if isinstance(value, bool):
        sheet.write_string(row, col, "yes" if value else "no", fmt)
    elif isinstance(value, (int, float)):
        if not (isinstance(value, float) and not math.isfinite(value)):
            sheet.write_number(row, col, value, fmt)
    elif isinstance(value, (_dt.date, _dt.datetime)):
        sheet.write_number(row, col, excel_date(value), fmt)
    else:
        text = str(value)
        if text.startswith(RISKY_STARTS):
            sheet.write_string(row, col, text, formats.cell("text", risky=True))
        else:
            sheet.write_string(row, col, text, fmt)


def write_cell(sheet: Worksheet, formats: Formats, row: int, values: Sequence[Any],
               cell_formats: Sequence[Format],
               formulas: dict[int, tuple[str, Any]] | None = None) -> None:
    for col, value in enumerate(values):
        if formulas and col in formulas:
            formula, cached = formulas[col]
            sheet.write_formula(row, col, formula, cell_formats[col], formula_value(cached))
        else:
            write_cell_value(sheet, formats, row, col, value, cell_formats[col])


def formula_value(value: Any) -> Any:
    """The cached result of a formula: a number, a text, or ``""`` for none."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    return str(value)


@contextlib.contextmanager
def atomic_output(final: Path) -> Iterator[Path]:
    """A temporary path beside ``final``; renamed to ``final`` when the block succeeds,
    removed when it fails (``OSError`` with a translated message if the folder is
    not writable)."""
    final = Path(final)
    folder = final.parent if str(final.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(fill(translate("Workbook", "The folder %1 does not exist."), folder))
    handle, name = tempfile.mkstemp(prefix=f".{final.stem}.", suffix=".xlsx.part", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, final)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
