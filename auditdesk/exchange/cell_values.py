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

Speed: the cell readers try the plain forms first (``1234.5``, ``2024-01-31 08:15``)
and fall back to the general rules for anything else. :func:`parse_numbers` and
:meth:`DateReader.read_column` read a whole CSV column at once (one regular
expression over the joined column, ``float``, numpy's ISO parser) when every
cell is in one plain fixed form; they accept a subset of what the cell readers
accept, give the same values for it, and return None for anything else (one
odd cell is enough), so that the caller reads those rows one by one with every
check and message.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from auditdesk.exchange.import_messages import say
from auditdesk.exchange.table_source import Cell

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

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
# The plain forms read first (ASCII digits only: other digits take the general rules).
_PLAIN_POINT = re.compile(r"[-+]?[0-9]+(?:\.[0-9]*)?")
_PLAIN_COMMA = re.compile(r"[-+]?[0-9]+(?:,[0-9]*)?")
_ISO_PLAIN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?")

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
    if type(cell) is str and (_PLAIN_COMMA if decimal_comma else _PLAIN_POINT).fullmatch(cell):
        return float(cell.replace(",", ".") if decimal_comma else cell)  # the general rules agree
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


def _column(cell: str) -> re.Pattern[str]:
    """A pattern matching ``cell`` (a regular expression for one value) on every line.
    Possessive and atomic, so that matching keeps no backtracking state per line."""
    return re.compile(f"{cell}(?:\n{cell})*+")


# Digits, sign and the decimal mark only (what float() then reads exactly as the
# general rules do); or the same with thousands grouped in threes.
_OTHER_THAN_PLAIN = {False: re.compile(r"[^0-9.+\-\n]"), True: re.compile(r"[^0-9,+\-\n]")}
_GROUPED_COLUMN = {
    False: _column(r"[-+]?(?>[0-9]{1,3}(?:,[0-9]{3})++|[0-9]++)(?:\.[0-9]*+)?+"),
    True: _column(r"[-+]?(?>[0-9]{1,3}(?:\.[0-9]{3})++|[0-9]++)(?:,[0-9]*+)?+"),
}


def parse_numbers(texts: Sequence[str], decimal_comma: bool) -> list[float] | None:
    """The numbers of a column of CSV cells, as :func:`parse_number` reads them, when every
    cell is plain (``-1234.5``, ``1,234.5``; ``1.234,5`` with a decimal comma); else None."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a cell with a line break
        return None
    lines: Sequence[str] = texts
    if _OTHER_THAN_PLAIN[decimal_comma].search(joined) is None:
        if decimal_comma:  # float() takes exactly what parse_number takes from these characters
            lines = joined.replace(",", ".").split("\n")
    elif _GROUPED_COLUMN[decimal_comma].fullmatch(joined):
        joined = joined.replace("." if decimal_comma else ",", "")
        lines = (joined.replace(",", ".") if decimal_comma else joined).split("\n")
    else:
        return None
    try:
        return list(map(float, lines))
    except ValueError:  # "", "-", "1.2.3" ...
        return None


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


_FIELD_WIDTHS = {"Y": 4, "y": 2, "m": 2, "d": 2, "H": 2, "M": 2, "S": 2}
_YEAR_SECONDS = tuple(  # the first second of YEAR_RANGE and the first one after it
    int((_dt.datetime(year, 1, 1) - _dt.datetime(1970, 1, 1)).total_seconds())
    for year in (YEAR_RANGE[0], YEAR_RANGE[1] + 1)
)


class _Layout:
    """One fixed-width form of a date cell, as parts: ``"%Y"`` ``"%m"`` ``"%d"`` ``"%H"``
    ``"%M"`` ``"%S"`` (``"%y"``: 20yy) or a regular expression for one separator
    character. Knows its pattern for a cell and for a column, and rewrites a column
    that matched into ISO ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS`` texts."""

    def __init__(self, *parts: str, iso: bool = False) -> None:
        pattern, at, width = "", {}, 0
        for part in parts:
            if part.startswith("%"):
                at[part[1]] = width
                pattern += f"[0-9]{{{_FIELD_WIDTHS[part[1]]}}}"
                width += _FIELD_WIDTHS[part[1]]
            else:
                pattern += part
                width += 1
        self.cell, self.column = re.compile(pattern), _column(pattern)
        self.width, self.has_time, self.iso = width, "H" in at, iso
        spec: list[int | str] = (
            [at["Y"] + i for i in range(4)] if "Y" in at else ["2", "0", at["y"], at["y"] + 1]
        )
        spec += ["-", at["m"], at["m"] + 1, "-", at["d"], at["d"] + 1]
        if self.has_time:
            second = [at["S"], at["S"] + 1] if "S" in at else ["0", "0"]
            spec += ["T", at["H"], at["H"] + 1, ":", at["M"], at["M"] + 1, ":", *second]
        self.spec = spec

    def rewrite(self, texts: Sequence[str], joined: str) -> list[str]:
        """ISO texts of a column that matched ``self.column``."""
        if self.iso:  # YYYY-MM-DD, then [ T]HH:MM[:SS]: string operations suffice
            if not self.has_time:
                return list(texts)
            joined = joined.replace(" ", "T")
            if self.width == 16:
                joined = joined.replace("\n", ":00\n") + ":00"
            return joined.split("\n")
        import numpy as np

        codes = np.array(texts, dtype=f"<U{self.width}").view(np.uint32)
        codes = codes.reshape(len(texts), self.width)
        out = np.empty((len(texts), len(self.spec)), np.uint32)
        for column, source in enumerate(self.spec):
            out[:, column] = codes[:, source] if isinstance(source, int) else ord(source)
        return out.view(f"<U{len(self.spec)}").reshape(-1).tolist()


@cache
def _auto_layouts(order: str) -> tuple[_Layout, ...]:
    """The fixed-width forms :meth:`DateReader._read_auto` reads, most common first."""
    dm = ("%d", "%m") if order == DAY_FIRST else ("%m", "%d")
    dates = [
        (("%Y", "-", "%m", "-", "%d"), True),
        (("%Y", "[/.]", "%m", "[/.]", "%d"), False),
        ((dm[0], "[/.-]", dm[1], "[/.-]", "%Y"), False),
        ((dm[0], "[/.-]", dm[1], "[/.-]", "%y"), False),
    ]
    times = [("[ T]", "%H", ":", "%M", ":", "%S"), ("[ T]", "%H", ":", "%M"), ()]
    return tuple(_Layout(*date, *time, iso=iso) for date, iso in dates for time in times)


@cache
def _format_layout(date_format: str) -> _Layout | None:
    """The fixed-width form of a strptime pattern made of %Y %m %d [%H %M [%S]] and
    literal characters (each field two digits, the year four), else None."""
    parts = re.findall(r"%.|[^%]", date_format, re.DOTALL)
    fields = [p[1] for p in parts if p.startswith("%")]
    if "".join(parts) != date_format or any(
        a.startswith("%") and b.startswith("%") for a, b in pairwise(parts)
    ):
        return None  # a stray %, or fields without a separator: strptime splits them its way
    if len(set(fields)) != len(fields) or set(fields) - {"Y", "m", "d", "H", "M", "S"}:
        return None  # %% %b %y %I ... or a field twice: strptime reads it
    if not {"Y", "m", "d"} <= set(fields) or set(fields) & {"H", "M", "S"} not in (
        set(),
        {"H", "M"},
        {"H", "M", "S"},
    ):
        return None
    return _Layout(*(p if p.startswith("%") else re.escape(p) for p in parts))


_CLOCK_COLUMNS = (_column("[0-9]{2}:[0-9]{2}:[0-9]{2}"), _column("[0-9]{2}:[0-9]{2}"))


class DateReader:
    """Reads a date cell into (datetime, has_time); see :func:`read_time` for time cells."""

    def __init__(self, date_format: str = "auto", order: str = DAY_FIRST) -> None:
        self.date_format = date_format
        self.order = order

    def read_column(
        self, texts: Sequence[str], times: Sequence[str] | None = None
    ) -> tuple[list[str], npt.NDArray[np.int64], bool] | None:
        """A column of CSV date cells (and their ``times`` of day, when the file has a time
        column) in one fixed-width form, as (ISO texts, seconds since 1970-01-01, whether
        they have a time) with the values :meth:`read` and :func:`read_time` give; None
        when a cell is in another form, is not a valid date or is out of the year range."""
        if not texts:
            return None
        if self.date_format == "auto":
            layouts: Iterable[_Layout | None] = _auto_layouts(self.order)
        else:
            layouts = (_format_layout(self.date_format),)
        layout = next((f for f in layouts if f and f.cell.fullmatch(texts[0])), None)
        if layout is None or (times is not None and layout.has_time):
            return None  # (with a time column, a time in the date cell is dropped: rare)
        joined = "\n".join(texts)
        if not layout.column.fullmatch(joined) or joined.count("\n") != len(texts) - 1:
            return None
        iso = layout.rewrite(texts, joined)
        has_time = layout.has_time
        if times is not None:
            clocks = "\n".join(times)
            if clocks.count("\n") != len(texts) - 1:
                return None
            if _CLOCK_COLUMNS[0].fullmatch(clocks):
                iso = [f"{day}T{clock}" for day, clock in zip(iso, times, strict=True)]
            elif _CLOCK_COLUMNS[1].fullmatch(clocks):
                iso = [f"{day}T{clock}:00" for day, clock in zip(iso, times, strict=True)]
            else:
                return None
            has_time = True
        import numpy as np

        try:  # numpy checks month, day (leap years too), hour, minute and second
            seconds = np.array(iso, dtype="datetime64[s]").astype(np.int64)
        except ValueError:
            return None
        if seconds.min() < _YEAR_SECONDS[0] or seconds.max() >= _YEAR_SECONDS[1]:
            return None
        return iso, seconds, has_time

    def read(self, cell: Cell) -> tuple[_dt.datetime, bool]:
        """Raises CellError ("empty_value" / "bad_date") when the cell is not a date."""
        if type(cell) is str and self.date_format == "auto" and _ISO_PLAIN.fullmatch(cell):
            try:  # the plain ISO form: what _read_auto would make of it, faster
                moment = _dt.datetime.fromisoformat(cell)
            except ValueError:
                pass  # an impossible date: the general rules say why
            else:
                if YEAR_RANGE[0] <= moment.year <= YEAR_RANGE[1]:
                    return moment, len(cell) > 10
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
