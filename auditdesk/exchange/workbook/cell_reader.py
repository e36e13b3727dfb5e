"""Reading typed values out of workbook cells, every problem by sheet, row and column (no Qt).

A ``CellProblem`` names the cell as people see it (``Opportunities!T7``), its row,
its column letter and the column's English header, and says what is wrong in
the current language.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from auditdesk.exchange.workbook.cells import column_letter
from auditdesk.i18n import fill, translate

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


@dataclass(frozen=True)
class CellProblem:
    """A cell (or a row, a sheet: ``row``/``column`` 0/"") that cannot be read or used."""

    sheet: str
    row: int
    column: str
    header: str
    message: str

    @property
    def cell(self) -> str:
        if not self.row:
            return self.sheet
        return f"{self.sheet}!{self.column}{self.row}" if self.column else \
            f"{self.sheet}!{self.row}:{self.row}"

    def __str__(self) -> str:
        if not self.row:
            return f"{self.sheet}: {self.message}"
        if not self.column:
            return fill(translate("WorkbookImport", "%1 (row %2): %3"), self.cell, self.row,
                        self.message)
        return fill(translate("WorkbookImport", "%1 (row %2, column %3 “%4”): %5"), self.cell,
                    self.row, self.column, self.header, self.message)


def unescape(text: str) -> str:
    """Undo the ``_xHHHH_`` escapes of OOXML text (a tab or CR kept through the file)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def shown(value: Any) -> str:
    """A cell value as quoted in a message (shortened)."""
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"


class SheetCells:
    """The rows of one sheet and the problems met reading them."""

    def __init__(self, name: str, rows: Sequence[Sequence[Any]], problems: list[CellProblem]
                 ) -> None:
        self.name = name
        self.rows = rows
        self.problems = problems
        self.columns: dict[str, int] = {}  # English header -> 0-based column index
        self.header_row = -1  # 0-based

    def find_header(self, expected: Iterable[str], scan: int = 12) -> bool:
        """Locate the English header line: the row among the first ``scan`` holding most of
        ``expected``; False (and a problem) when none holds any."""
        wanted = set(expected)
        best, best_hits = -1, 0
        for index, row in enumerate(self.rows[:scan]):
            hits = sum(1 for value in row if isinstance(value, str) and value.strip() in wanted)
            if hits > best_hits:
                best, best_hits = index, hits
        if best < 0:
            self.sheet_problem(translate(
                "WorkbookImport", "no header line with the workbook's column names was found."))
            return False
        self.header_row = best
        self.columns = {str(v).strip(): i for i, v in enumerate(self.rows[best])
                        if isinstance(v, str) and v.strip()}
        return True

    def require(self, headers: Iterable[str]) -> bool:
        """A problem for each required column that is missing; True when none is."""
        missing = [h for h in headers if h not in self.columns]
        for header in missing:
            self.problems.append(CellProblem(
                self.name, self.header_row + 1, "", header,
                fill(translate("WorkbookImport", "the column “%1” is missing."), header)))
        return not missing

    def data_rows(self) -> Iterable[tuple[int, Sequence[Any]]]:
        """(1-based row number, values) of every row below the header that is not blank."""
        for index in range(self.header_row + 1, len(self.rows)):
            row = self.rows[index]
            if any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
                yield index + 1, row

    # --- problems ---------------------------------------------------------------------------

    def sheet_problem(self, message: str) -> None:
        self.problems.append(CellProblem(self.name, 0, "", "", message))

    def problem(self, row: int, header: str, message: str) -> None:
        column = self.columns.get(header)
        letter = column_letter(column) if column is not None else ""
        self.problems.append(CellProblem(self.name, row, letter, header, message))

    # --- typed values -------------------------------------------------------------------------

    def raw(self, row: Sequence[Any], header: str) -> Any:
        index = self.columns.get(header)
        if index is None or index >= len(row):
            return None
        value = row[index]
        if isinstance(value, str):
            value = unescape(value)
            if not value.strip():
                return None
        return value

    def text(self, number: int, row: Sequence[Any], header: str, required: bool = False) -> str:
        value = self.raw(row, header)
        if value is None:
            if required:
                self.problem(number, header, translate("WorkbookImport", "this cell is empty."))
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (_dt.datetime, _dt.date)):
            return value.isoformat()[:10]
        return str(value)

    def number(self, number: int, row: Sequence[Any], header: str, required: bool = False,
               default: float | None = None) -> float | None:
        value = self.raw(row, header)
        if value is None:
            if required:
                self.problem(number, header, translate("WorkbookImport", "enter a number."))
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(
                value):
            self.problem(number, header, fill(translate(
                "WorkbookImport", "“%1” is not a number."), shown(value)))
            return default
        return float(value)

    def integer(self, number: int, row: Sequence[Any], header: str) -> int | None:
        value = self.number(number, row, header)
        if value is None:
            return None
        if not value.is_integer():
            self.problem(number, header, fill(translate(
                "WorkbookImport", "%1 is not a whole number."), shown(value)))
            return None
        return int(value)

    def date(self, number: int, row: Sequence[Any], header: str, required: bool = False,
             keep_text: bool = False) -> str:
        """An ISO date (``YYYY-MM-DD``) from a date cell or ISO text; ``""`` when empty.
        ``keep_text``: other text is returned as it is (reference dates such as "2024")."""
        value = self.raw(row, header)
        if value is None:
            if required:
                self.problem(number, header, translate("WorkbookImport", "enter a date."))
            return ""
        if isinstance(value, (_dt.datetime, _dt.date)):
            return value.isoformat()[:10]
        if isinstance(value, str):
            try:
                return _dt.date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                if keep_text:
                    return value
        self.problem(number, header, fill(translate(
            "WorkbookImport", "“%1” is not a date."), shown(value)))
        return ""

    def code(self, number: int, row: Sequence[Any], header: str, allowed: Iterable[str],
             required: bool = True, default: str = "") -> str:
        value = self.text(number, row, header, required)
        if not value:
            return default
        codes = list(allowed)
        if value not in codes:
            self.problem(number, header, fill(translate(
                "WorkbookImport", "“%1” is not one of the codes %2."), shown(value),
                ", ".join(codes)))
            return default
        return value

    def yes_no(self, number: int, row: Sequence[Any], header: str) -> bool | None:
        """``yes``/``no`` (or TRUE/FALSE); ``None`` when empty."""
        value = self.raw(row, header)
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("yes", "no"):
            return text == "yes"
        self.problem(number, header, fill(translate(
            "WorkbookImport", "“%1” is neither yes nor no."), shown(value)))
        return None
