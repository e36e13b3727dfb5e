"""Numbers, dates, times and months as they appear in the cells of imported files.

Decimal mark: ``1.234,5`` (Vietnamese) or ``1,234.5`` (English). With a known
mark, the other one is accepted only as a thousands separator in groups of
three (``1.234.567,8``); anything else is "text in a number". Detection over a
sample: a value with both marks, one mark followed by other than 3 digits, or
one mark repeated, is evidence, and the mark with more evidence wins; ``1,234``
alone is ambiguous (reported, and read by the file's delimiter: ``;`` files
from a Vietnamese Excel use decimal commas).

Dates: ISO ``2024-01-31[ 08:15[:00]]``, ``2024/01/31``, and ``31/01/2024``-style
with ``/``, ``.`` or ``-`` and 2- or 4-digit years. Day and month order is
decided for the whole file from a sample (a first number above 12 proves
day/month, a second one above 12 proves month/day); when the sample cannot
tell, day/month (the Vietnamese default) is used and the caller reports it.
Excel date cells are used as they are; a plain number in a date column is an
Excel serial date. Years must lie in 1970-2100 (catches typing slips).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

from auditdesk.exchange.import_messages import say
from auditdesk.exchange.table_source import Cell

YEAR_RANGE = (1970, 2100)
_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")
_PLAIN = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
_GROUPED = {
    ".": re.compile(r"^[-+]?\d{1,3}(\.\d{3})+(,\d*)?$"),
    ",": re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$"),
}
_TIME = r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?)?"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$")
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})" + _TIME + "$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})" + _TIME + "$")
_CLOCK = re.compile(r"^(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?$")
_MONTH_YEAR = re.compile(r"^(?:th[aá]ng|t|month)?\s*(\d{1,2})\s*[/.-]\s*(\d{4})$", re.IGNORECASE)
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[/.-]\s*(\d{1,2})$")
_TIME_DIRECTIVES = re.compile(r"%[HIMSpXcTR]")

DAY_FIRST, MONTH_FIRST = "day_first", "month_first"


class CellError(ValueError):
    """A cell that cannot be read; ``kind`` is an importer problem kind."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# --- numbers -----------------------------------------------------------------------


def parse_number(cell: Cell, decimal_comma: bool) -> float:
    """The number in ``cell``; raises CellError ("empty_value" / "text_in_number")."""
    if isinstance(cell, bool | _dt.date | _dt.time):
        raise CellError("text_in_number", say("not_a_number"))
    if isinstance(cell, int | float):
        return float(cell)
    if is_blank(cell):
        raise CellError("empty_value", say("empty_value"))
    text = str(cell).translate(_SPACES)
    decimal, thousands = (",", ".") if decimal_comma else (".", ",")
    if _GROUPED[thousands].match(text):
        text = text.replace(thousands, "")
    text = text.replace(decimal, ".") if thousands not in text else "?"
    if not _PLAIN.match(text):
        raise CellError("text_in_number", say("not_a_number_mark", decimal))
    return float(text)


def decimal_evidence(cell: Cell) -> str | None:
    """``"comma"``, ``"point"``, ``"ambiguous"`` (``1,234``) or None (no evidence)."""
    if not isinstance(cell, str):
        return None
    text = cell.translate(_SPACES).lstrip("+-")
    commas, points = text.count(","), text.count(".")
    if commas and points:
        return "comma" if text.rfind(",") > text.rfind(".") else "point"
    if commas + points == 0:
        return None
    mark = "," if commas else "."
    if commas + points > 1:
        return "point" if mark == "," else "comma"  # repeated: a thousands separator
    whole, _, fraction = text.partition(mark)
    if len(fraction) == 3 and whole.isdigit() and 1 <= len(whole) <= 3 and whole[0] != "0":
        return "ambiguous"  # 1,234 may be 1.234 or 1234
    return "comma" if mark == "," else "point"


def detect_decimal_comma(cells: Iterable[Cell], delimiter: str | None) -> tuple[bool, str | None]:
    """(decimal comma?, an example to warn about or None) for the values in ``cells``.

    The mark most values give evidence for wins (the other values then fail as
    "text in a number", row by row). With no evidence or a tie, a ``;``-separated
    file is taken to use decimal commas (what Excel writes in a Vietnamese
    locale), any other a decimal point, and an ambiguous example is returned.
    """
    votes = {"comma": 0, "point": 0}
    ambiguous = None
    for cell in cells:
        kind = decimal_evidence(cell)
        if kind in votes:
            votes[kind] += 1
        elif kind == "ambiguous" and ambiguous is None:
            ambiguous = str(cell)
    if votes["comma"] != votes["point"]:
        return votes["comma"] > votes["point"], None
    return delimiter == ";", ambiguous


# --- dates and times ----------------------------------------------------------------


def _clock(hour: str | None, minute: str | None, second: str | None, half: str | None) -> _dt.time:
    h = int(hour or 0)
    if half:
        if not 1 <= h <= 12:
            raise ValueError("hour")
        h = h % 12 + (12 if half.lower() == "pm" else 0)
    return _dt.time(h, int(minute or 0), int(second or 0))


def date_order_evidence(cell: Cell) -> str | None:
    """DAY_FIRST / MONTH_FIRST when a d/m/y text proves the order, else None."""
    match = _DMY.match(cell.strip()) if isinstance(cell, str) else None
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 >= second:
        return DAY_FIRST
    if second > 12 >= first:
        return MONTH_FIRST
    return None


def detect_date_order(cells: Iterable[Cell]) -> tuple[str, str | None]:
    """(order, an ambiguous example or None) over the sample ``cells``."""
    found: set[str] = set()
    example = None
    for cell in cells:
        evidence = date_order_evidence(cell)
        if evidence:
            found.add(evidence)
        elif example is None and isinstance(cell, str) and _DMY.match(cell.strip()):
            example = cell.strip()
    if found == {MONTH_FIRST}:
        return MONTH_FIRST, None
    if found == {DAY_FIRST}:
        return DAY_FIRST, None
    return DAY_FIRST, example  # none or both: the Vietnamese default, reported


class DateReader:
    """Reads a date cell into (datetime, has_time); see :func:`read_time` for time cells."""

    def __init__(self, date_format: str = "auto", order: str = DAY_FIRST) -> None:
        self.date_format = date_format
        self.order = order

    def read(self, cell: Cell) -> tuple[_dt.datetime, bool]:
        """Raises CellError ("empty_value" / "bad_date") when the cell is not a date."""
        if is_blank(cell):
            raise CellError("empty_value", say("empty_date"))
        moment, has_time = self._read_date(cell)
        if not YEAR_RANGE[0] <= moment.year <= YEAR_RANGE[1]:
            raise CellError("bad_date", say("year_range", moment.year))
        return moment, has_time

    def _read_date(self, cell: Cell) -> tuple[_dt.datetime, bool]:
        if isinstance(cell, _dt.datetime):
            return cell.replace(tzinfo=None, microsecond=0), True
        if isinstance(cell, _dt.date):
            return _dt.datetime(cell.year, cell.month, cell.day), False
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            if not 1 <= cell < 2_958_466:
                raise CellError("bad_date", say("not_a_date"))
            moment = _EXCEL_EPOCH + _dt.timedelta(days=float(cell))
            moment = (moment + _dt.timedelta(microseconds=500_000)).replace(microsecond=0)
            return moment, float(cell) != int(cell)
        text = " ".join(str(cell).split())
        if self.date_format != "auto":
            try:
                moment = _dt.datetime.strptime(text, self.date_format)
            except ValueError:
                raise CellError("bad_date", say("not_in_format", self.date_format)) from None
            return moment, bool(_TIME_DIRECTIVES.search(self.date_format))
        return self._read_auto(text)

    def _read_auto(self, text: str) -> tuple[_dt.datetime, bool]:
        match = _ISO.match(text) or _YMD.match(text)
        if match:
            year, month, day = match.group(1), match.group(2), match.group(3)
        elif match := _DMY.match(text):
            day, month, year = match.group(1), match.group(2), match.group(3)
            if self.order == MONTH_FIRST:
                day, month = month, day
            if len(year) == 2:
                year = "20" + year
        else:
            raise CellError("bad_date", say("not_a_date"))
        try:
            clock = _clock(*match.group(4, 5, 6, 7))
            moment = _dt.datetime.combine(_dt.date(int(year), int(month), int(day)), clock)
        except ValueError:
            order = "dd/mm/yyyy" if self.order == DAY_FIRST else "mm/dd/yyyy"
            raise CellError("bad_date", say("invalid_date", order)) from None
        return moment, match.group(4) is not None


def read_time(cell: Cell) -> _dt.time:
    """A time of day from a time cell: ``08:15``, ``8h15``, ``8:15:30 PM``, Excel time."""
    if isinstance(cell, _dt.datetime):
        return cell.time().replace(microsecond=0)
    if isinstance(cell, _dt.time):
        return cell.replace(microsecond=0, tzinfo=None)
    if isinstance(cell, int | float) and not isinstance(cell, bool) and 0 <= cell < 1:
        seconds = round(float(cell) * 86_400)
        return _dt.time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60)
    match = _CLOCK.match(str(cell).strip())
    try:
        if match:
            return _clock(*match.groups())
    except ValueError:
        pass
    raise CellError("bad_date", say("not_a_time"))


def parse_month(cell: Cell, reader: DateReader) -> tuple[_dt.date, _dt.date]:
    """First and last day of the month in ``cell`` (``2024-01``, ``01/2024``, ``T1/2024``...)."""
    if isinstance(cell, str):
        text = cell.strip()
        if match := _MONTH_YEAR.match(text):
            month, year = int(match.group(1)), int(match.group(2))
        elif match := _YEAR_MONTH.match(text):
            year, month = int(match.group(1)), int(match.group(2))
        else:
            moment, _ = reader.read(cell)
            year, month = moment.year, moment.month
    else:
        moment, _ = reader.read(cell)
        year, month = moment.year, moment.month
    if not 1 <= month <= 12 or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise CellError("bad_date", say("not_a_month"))
    following = _dt.date(year + month // 12, month % 12 + 1, 1)
    return _dt.date(year, month, 1), following - _dt.timedelta(days=1)
