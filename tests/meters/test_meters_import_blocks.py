"""The fast import path (whole blocks of CSV rows at once) reads exactly what the row-by-row
path reads and reports every problem the same way; broken CSV near the top is an
ImportFailed wherever it is met."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditdesk.exchange import cell_values as cv
from auditdesk.exchange import import_engine, readings_import
from auditdesk.exchange.readings_import import (
    ColumnMapping,
    ImportFailed,
    ProblemKind,
    inspect_file,
    parse,
    preview,
)
from auditdesk.model.entities import Meter

MAIN = Meter(name="Công tơ tổng", kind="register", unit="kWh")
PUMP = Meter(name="Bơm nước", kind="period", unit="kWh")


def _write(folder: Path, text: str, name: str = "r.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _read(path: Path, mapping: ColumnMapping, **kwargs):  # type: ignore[no-untyped-def]
    readings, problems = [], []
    for chunk in parse(path, mapping, **kwargs):
        readings += [(r.meter_id, r.ts, r.value, r.source, r.note) for r in chunk.items]
        problems += [(p.row, p.column, p.value, p.kind, p.message) for p in chunk.problems]
    return readings, problems


def _both_ways(path: Path, mapping: ColumnMapping, **kwargs):  # type: ignore[no-untyped-def]
    """(readings, problems) with the block path, then with every row converted alone;
    the number of rows the block path left to the row converter."""
    original_block = readings_import._ReadingRows.convert_block
    original_row = readings_import._ReadingRows.convert
    alone = 0

    def counting(self, row, cells):  # type: ignore[no-untyped-def]
        nonlocal alone
        alone += 1
        return original_row(self, row, cells)

    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(readings_import._ReadingRows, "convert", counting)
        fast = _read(path, mapping, **kwargs)
        rows_alone = alone
        mp.setattr(readings_import._ReadingRows, "convert_block", lambda self, rows: None)
        slow = _read(path, mapping, **kwargs)
    finally:
        mp.undo()
    assert readings_import._ReadingRows.convert_block is original_block
    return fast, slow, rows_alone


# --- broken CSV near the top -------------------------------------------------------------

SWALLOW = '2024-02-01,"12\n' + "2024-02-02,13\n" * 12_000  # an unclosed quote: > field limit


def _good_rows(count: int) -> str:
    start = dt.datetime(2024, 1, 1)
    return "".join(
        f"{start + dt.timedelta(minutes=15 * i):%Y-%m-%d %H:%M},{i}\n" for i in range(count)
    )


def test_broken_row_among_the_first_rows_fails_inspect_preview_and_parse(tmp_path: Path) -> None:
    """Met while the header is looked for (row 6), inspect_file, preview and parse each say
    ImportFailed (not a TableError) with the row that cannot be read."""
    path = _write(tmp_path, "Date,Value\n" + _good_rows(4) + SWALLOW)
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    with pytest.raises(ImportFailed) as failure:
        inspect_file(path)
    problem = failure.value.problem
    assert problem.kind == ProblemKind.UNREADABLE and problem.fatal
    assert "Row 6 cannot be read" in problem.message
    [shown] = preview(path, mapping).problems
    assert shown.kind == ProblemKind.UNREADABLE and "Row 6" in shown.message
    with pytest.raises(ImportFailed) as failure:
        _read(path, mapping)
    assert failure.value.problem.kind == ProblemKind.UNREADABLE


def test_broken_row_met_while_sampling_fails_preview_and_parse(tmp_path: Path) -> None:
    """Past the header and the inspection sample, but within the 2,000 rows sampled for the
    decimal mark and date order (row 502): inspection still works, the rest fails cleanly."""
    path = _write(tmp_path, "Date,Value\n" + _good_rows(500) + SWALLOW)
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    layout = inspect_file(path)
    assert layout.columns == ["Date", "Value"] and len(layout.sample) == 20
    [shown] = preview(path, mapping).problems
    assert shown.kind == ProblemKind.UNREADABLE and "Row 502 cannot be read" in shown.message
    with pytest.raises(ImportFailed) as failure:
        _read(path, mapping)
    assert failure.value.problem.kind == ProblemKind.UNREADABLE
    assert "Row 502" in failure.value.problem.message


# --- the block path against the row path -------------------------------------------------------


def test_a_clean_logger_file_goes_through_the_block_path(tmp_path: Path) -> None:
    path = _write(tmp_path, "Date,Value\n" + _good_rows(3_000))
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    fast, slow, alone = _both_ways(path, mapping)
    assert fast == slow and len(fast[0]) == 3_000 and fast[1] == []
    assert alone == 0
    assert fast[0][0] == (MAIN.id, "2024-01-01T00:00:00", 0.0, "logger", "")
    assert fast[0][-1][1] == "2024-02-01T05:45:00"  # 2,999 x 15 min


def test_scattered_problems_keep_their_row_and_column(tmp_path: Path) -> None:
    """Every kind of bad row, far apart in a 3,000-row file: each is reported at its row and
    column, and only the blocks holding one are read row by row."""
    lines = [f"{line},ok" for line in _good_rows(3_000).splitlines()]

    def row(number: int, value: str, note: str = "ok") -> str:
        """File row ``number`` as it was, with another value and note (its time kept, so
        that nothing else is wrong with it)."""
        return f"{lines[number - 2].split(',')[0]},{value},{note}"

    bad = {
        100: row(100, "abc"),  # text in a number
        700: "2024-13-45 00:00,5,ok",  # not a date
        1200: row(1200, "-7"),  # negative register
        1800: lines[1796],  # the same time as file row 1798: a duplicate
        2300: row(2300, "1", "5,x"),  # one cell too many
        2900: row(2900, "5", "h\ufffdng"),  # wrong encoding (as the decoder leaves it)
    }
    for number, text in bad.items():
        lines[number - 2] = text  # file row = index + 2 (header, 1-based)
    path = _write(tmp_path, "Date,Value,Note\n" + "\n".join(lines) + "\n")
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    fast, slow, alone = _both_ways(path, mapping)
    assert fast == slow
    readings, problems = fast
    assert [(row, column, kind) for row, column, _, kind, _ in problems] == [
        (100, "Value", ProblemKind.TEXT_IN_NUMBER),
        (700, "Date", ProblemKind.BAD_DATE),
        (1200, "Value", ProblemKind.NEGATIVE),
        (1800, "Date", ProblemKind.DUPLICATE),
        (2300, None, ProblemKind.EXTRA_CELLS),
        (2900, None, ProblemKind.WRONG_ENCODING),
    ]
    assert len(readings) == 3_000 - 6
    # a few dozen rows around each bad row go row by row (the broken ones are not converted)
    assert 6 * import_engine.SPLIT_ROWS / 2 <= alone + 2 <= 6 * import_engine.SPLIT_ROWS


@pytest.mark.parametrize(
    ("text", "mapping"),
    [
        (  # Vietnamese: day/month/year, decimal comma with thousands, a time column
            "Ngày;Giờ;Chỉ số\n"
            + "".join(
                f"{d % 28 + 1:02d}/{d // 28 + 1:02d}/2024;{h:02d}:30;{d * 1000 + h:,}.5\n".replace(
                    ",", "_"
                )
                .replace(".", ",")
                .replace("_", ".")
                for d in range(300)
                for h in (8, 20)
            ),
            ColumnMapping(
                date_column="Ngày", time_column="Giờ", value_column="Chỉ số", meters=(MAIN,)
            ),
        ),
        (  # newest first, dates only, mm/dd/yyyy proven by the 13th, MWh into kWh
            "Date,Value\n"
            + "".join(
                f"{(dt.date(2024, 12, 31) - dt.timedelta(days=i)):%m/%d/%Y},{1000 - i}.25\n"
                for i in range(700)
            ),
            ColumnMapping(
                date_column="Date", value_column="Value", meters=(MAIN,), file_unit="MWh"
            ),
        ),
        (  # two meters interleaved by a meter column, written three ways, ISO with seconds
            "Meter,Time,kWh\n"
            + "".join(
                f"{('CÔNG TƠ TỔNG', 'Bơm nước', PUMP.id)[i % 3]},"
                f"2024-03-01T{i // 60:02d}:{i % 60:02d}:00,{i}\n"
                for i in range(600)
            ),
            ColumnMapping(
                date_column="Time", value_column="kWh", meter_column="Meter", meters=(MAIN, PUMP)
            ),
        ),
        (  # an explicit format, two-digit fields
            "Date,Value\n"
            + "".join(f"{1 + i % 28:02d}.{1 + i // 28:02d}.2023 07:15,{i}\n" for i in range(300)),
            ColumnMapping(
                date_column="Date",
                value_column="Value",
                meters=(MAIN,),
                date_format="%d.%m.%Y %H:%M",
            ),
        ),
    ],
    ids=["vietnamese", "newest-first", "two-meters", "explicit-format"],
)
def test_block_path_reads_what_the_row_path_reads(
    tmp_path: Path, text: str, mapping: ColumnMapping
) -> None:
    path = _write(tmp_path, text)
    fast, slow, alone = _both_ways(path, mapping)
    assert fast == slow and fast[0] and not fast[1]
    assert alone < len(fast[0]) // 2  # the block path did most of the work


def test_vietnamese_values_and_times_are_right(tmp_path: Path) -> None:
    text = "Ngày;Giờ;Chỉ số\n" + "".join(
        f"{d:02d}/01/2024;{h:02d}:15;1.2{d:02d}.{h:03d},5\n"
        for d in range(1, 31)
        for h in range(24)
    )
    path = _write(tmp_path, text)
    mapping = ColumnMapping(
        date_column="Ngày", time_column="Giờ", value_column="Chỉ số", meters=(MAIN,)
    )
    fast, slow, alone = _both_ways(path, mapping)
    assert fast == slow and alone == 0
    readings, problems = fast
    assert problems == [] and len(readings) == 720
    assert readings[0][1:3] == ("2024-01-01T00:15:00", 1_201_000.5)
    assert readings[-1][1:3] == ("2024-01-30T23:15:00", 1_230_023.5)


def test_a_date_alone_is_the_end_of_its_day_across_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A block of dates, then a block of times starting at midnight after the last date: the
    same instant, so a duplicate, as one by one."""
    monkeypatch.setattr(import_engine, "BLOCK_ROWS", 4)
    days = "".join(f"2024-01-0{d},{d}\n" for d in range(1, 5))
    times = "".join(f"2024-01-05 {h:02d}:00,{10 + h}\n" for h in range(4))
    path = _write(tmp_path, "Date,Value\n" + days + times)
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    fast, slow, alone = _both_ways(path, mapping)
    assert fast == slow and alone == 4  # the second block, row by row
    readings, problems = fast
    assert [(row, kind) for row, _, _, kind, _ in problems] == [(6, ProblemKind.DUPLICATE)]
    assert [ts for _, ts, *_ in readings] == [
        "2024-01-01",
        "2024-01-02",
        "2024-01-03",
        "2024-01-04",
        "2024-01-05T01:00:00",
        "2024-01-05T02:00:00",
        "2024-01-05T03:00:00",
    ]


ROW_DATES = st.sampled_from(
    [
        "2024-01-01 00:00",
        "2024-01-01 00:05",
        "2024-01-01 00:10",
        "2024-01-01",
        "2024-01-02",
        "2024-01-01T00:15:00",
        "2024-02-30 00:00",
        "2024-01-01 24:00",
        "1969-12-31",
        "03/01/2024",
        "13/01/2024 08:00",
        "01/13/2024 08:00",
        "3/1/2024",
        " 2024-01-03",
        "",
        "x",
    ]
)
ROW_VALUES = st.sampled_from(
    ["1", "2.5", "-3", "1,234.5", "1.234,5", "1,5", "12,345", "", "abc", "1e3", "+7.", ".5", " 4"]
)
ROW_METERS = st.sampled_from(["Công tơ tổng", "CÔNG TƠ TỔNG", "Bơm nước", PUMP.id, "nobody"])
ROW_TAILS = st.sampled_from(["", "", "", ",", ",extra", ",\ufffd", ",,", ",,x"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(ROW_METERS, ROW_DATES, ROW_VALUES, ROW_TAILS), min_size=1, max_size=40),
    sorted_rows=st.booleans(),
    decimal_comma=st.sampled_from([None, True, False]),
)
def test_any_mixture_of_rows_is_read_the_same_both_ways(
    rows: list[tuple[str, str, str, str]], sorted_rows: bool, decimal_comma: bool | None
) -> None:
    """Blocks of 8 rows, halved when refused, any mixture of good and bad cells and of
    meters: the block path gives the very readings and problems (rows, columns, messages)
    of the row path."""
    if sorted_rows:
        rows = sorted(rows, key=lambda row: row[1])
    text = "Meter;Date;Value;Note\nCông tơ tổng;2023-12-31;1\n" + "".join(
        f'{meter};{date};"{value}"{tail.replace(",", ";")}\n' for meter, date, value, tail in rows
    )
    mapping = ColumnMapping(
        date_column="Date",
        value_column="Value",
        meter_column="Meter",
        meters=(MAIN, PUMP),
        decimal_comma=decimal_comma,
        delimiter=";",
    )
    mp = pytest.MonkeyPatch()
    mp.setattr(import_engine, "BLOCK_ROWS", 8)
    mp.setattr(import_engine, "SPLIT_ROWS", 1)  # refused blocks halved down to single rows
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = _write(Path(folder), text)
            fast, slow, _ = _both_ways(path, mapping, chunk_rows=64)
    finally:
        mp.undo()
    assert fast == slow


# --- the column readers against the cell readers ------------------------------------------------


@st.composite
def number_columns(draw: st.DrawFn) -> tuple[list[str], bool]:
    """A column of numbers as files write them (signs, thousands, either decimal mark),
    now and then with a stray character or mark."""
    decimal_comma = draw(st.booleans())
    mark, group = (",", ".") if decimal_comma else (".", ",")

    def one() -> str:
        whole = draw(st.integers(0, 10**8))
        text = f"{whole:,}".replace(",", group) if draw(st.booleans()) else str(whole)
        if draw(st.booleans()):
            text += mark + draw(st.sampled_from(["", "5", "25", "125", "0625"]))
        text = draw(st.sampled_from(["", "", "-", "+"])) + text
        if draw(st.integers(0, 9)) == 0:  # a slip
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(list(".,+- e\u0663\n_"))) + text[at:]
        return text

    return [one() for _ in range(draw(st.integers(1, 6)))], decimal_comma


@settings(max_examples=400, deadline=None)
@given(column=number_columns())
def test_parse_numbers_agrees_with_parse_number(column: tuple[list[str], bool]) -> None:
    texts, decimal_comma = column
    numbers = cv.parse_numbers(texts, decimal_comma)
    if numbers is None:
        return  # the caller reads them one by one
    assert numbers == [cv.parse_number(text, decimal_comma) for text in texts]


def test_parse_numbers_reads_the_plain_forms_and_refuses_the_rest() -> None:
    assert cv.parse_numbers(["1", "-2.5", "+3.", "1,234,567.5", "12"], False) == [
        1,
        -2.5,
        3,
        1_234_567.5,
        12,
    ]
    assert cv.parse_numbers(["1,5", "1.234.567,25", "-0"], True) == [1.5, 1_234_567.25, 0]
    for odd in (["1", ""], ["1", "1,5"], ["1 000"], ["1e3"], ["nan"], ["1\n2"], ["1,2345"]):
        assert cv.parse_numbers(odd, False) is None, odd


# (reader, a form with {Y} {y} {m} {d} {H} {M} {S} fields and {a} {b} separators, separators)
DATE_FORMS = [
    ("auto", "{Y}-{m}-{d}", ""),
    ("auto", "{Y}-{m}-{d}{a}{H}:{M}", " T"),
    ("auto", "{Y}-{m}-{d}{a}{H}:{M}:{S}", " T"),
    ("auto", "{Y}{a}{m}{b}{d}", "/.-"),
    ("auto", "{d}{a}{m}{b}{Y} {H}:{M}", "/.-"),
    ("auto", "{d}{a}{m}{b}{y}", "/.-"),
    ("auto-mdy", "{m}{a}{d}{b}{Y}T{H}:{M}:{S}", "/.-"),
    ("%d/%m/%Y", "{d}{a}{m}{b}{Y}", "/."),
    ("%Y-%m-%d %H:%M", "{Y}-{m}-{d} {H}:{M}", ""),
    ("%d.%m.%Y %H:%M:%S", "{d}.{m}.{Y}{a}{H}:{M}:{S}", " T"),
]


def _reader(name: str) -> cv.DateReader:
    return cv.DateReader("auto", cv.MONTH_FIRST) if name == "auto-mdy" else cv.DateReader(name)


@st.composite
def date_columns(draw: st.DrawFn, time_column: bool = False) -> tuple[str, list[str]]:
    """A column of dates in one form (the reader's name, the texts); now and then an
    impossible field, a year out of range, a one-digit field or a stray space."""
    name, form, separators = draw(st.sampled_from(DATE_FORMS[:1] if time_column else DATE_FORMS))

    def field(low: int, high: int, edges: list[int]) -> int:
        if draw(st.integers(0, 14)) == 0:
            return draw(st.sampled_from(edges))
        return draw(st.integers(low, high))

    def one() -> str:
        text = form.format(
            Y=f"{field(1970, 2100, [1969, 2101, 1900]):04d}",
            y=f"{field(0, 99, [0]):02d}",
            m=f"{field(1, 12, [0, 13]):02d}",
            d=f"{field(1, 31, [0, 32, 29, 30]):02d}",
            H=f"{field(0, 23, [24, 99]):02d}",
            M=f"{field(0, 59, [60]):02d}",
            S=f"{field(0, 59, [60, 61]):02d}",
            a=draw(st.sampled_from(separators or " ")),
            b=draw(st.sampled_from(separators or " ")),
        )
        if draw(st.integers(0, 19)) == 0:  # a slip
            text = draw(st.sampled_from([f" {text}", text.replace("0", "", 1), text + "\n"]))
        return text

    return name, [one() for _ in range(draw(st.integers(1, 5)))]


def _cells(reader: cv.DateReader, texts: list[str]) -> list[tuple[dt.datetime, bool]] | None:
    try:
        return [reader.read(text) for text in texts]
    except cv.CellError:
        return None


@settings(max_examples=400, deadline=None)
@given(column=date_columns())
def test_read_column_agrees_with_read(column: tuple[str, list[str]]) -> None:
    name, texts = column
    reader = _reader(name)
    read = reader.read_column(texts)
    if read is None:
        return
    stamps, seconds, has_time = read
    cells = _cells(reader, texts)
    assert cells is not None, texts  # the column reader took a cell the cell reader refuses
    assert [moment.isoformat(timespec="seconds") for moment, _ in cells] == [
        stamp if has_time else f"{stamp}T00:00:00" for stamp in stamps
    ]
    assert {flag for _, flag in cells} == {has_time}
    epoch = dt.datetime(1970, 1, 1)
    assert seconds.tolist() == [int((moment - epoch).total_seconds()) for moment, _ in cells]


@st.composite
def clock_columns(draw: st.DrawFn) -> list[str]:
    """Five times of day in one form, now and then one that is not a time of day."""
    form = draw(st.sampled_from(["{H:02d}:{M:02d}", "{H:02d}:{M:02d}:{S:02d}"]))
    odd = st.sampled_from(["24:00", "07:60", "8:00", "08:00 PM", "", "08:00:60"])
    return [
        draw(odd)
        if draw(st.integers(0, 9)) == 0
        else form.format(
            H=draw(st.integers(0, 23)), M=draw(st.integers(0, 59)), S=draw(st.integers(0, 59))
        )
        for _ in range(5)
    ]


@settings(max_examples=200, deadline=None)
@given(column=date_columns(time_column=True), clocks=clock_columns())
def test_read_column_with_a_time_column_agrees_with_read_time(
    column: tuple[str, list[str]], clocks: list[str]
) -> None:
    name, days = column
    reader = _reader(name)
    clocks = clocks[: len(days)]
    read = reader.read_column(days, clocks)
    if read is None:
        return
    stamps, _, has_time = read
    cells = _cells(reader, days)
    assert cells is not None and has_time
    expected = [
        dt.datetime.combine(moment.date(), cv.read_time(clock)).isoformat(timespec="seconds")
        for (moment, _), clock in zip(cells, clocks, strict=True)
    ]
    assert stamps == expected


def test_read_column_reads_the_usual_forms() -> None:
    reader = cv.DateReader()
    for texts, first in [
        (["2024-01-31", "2024-02-29"], "2024-01-31"),
        (["2024-01-31 08:15", "2024-01-31T08:20"], "2024-01-31T08:15:00"),
        (["2024-01-31 08:15:30", "2024-01-31 08:20:00"], "2024-01-31T08:15:30"),
        (["2024/01/31", "2024.02.01"], "2024-01-31"),
        (["31/01/2024 08:15", "01-02-2024 09:00"], "2024-01-31T08:15:00"),
        (["31.01.24", "01.02.24"], "2024-01-31"),
    ]:
        column = reader.read_column(texts)
        assert column is not None, texts
        assert column[0][0] == first
    assert reader.read_column(["1970-01-01 00:00", "2100-12-31 23:59:59"]) is None  # two forms
    assert reader.read_column(["2100-12-31 23:59:59"]) is not None
    for odd in (
        ["2024-01-31", "31/01/2024"],
        ["2024-02-30"],
        ["1969-12-31 23:59:59"],
        ["2101-01-01 00:00:00"],
        ["2024-01-31\n"],
    ):
        assert reader.read_column(odd) is None, odd


# --- the duplicate check, in runs and one by one --------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    instants=st.lists(st.integers(0, 40), min_size=0, max_size=30),
    cuts=st.lists(st.integers(1, 6), min_size=1, max_size=10),
)
def test_seen_instants_in_runs_agree_with_one_by_one(instants: list[int], cuts: list[int]) -> None:
    runs = readings_import._SeenInstants()
    alone = readings_import._SeenInstants()
    start = 0
    for size in cuts * 10:
        part = instants[start : start + size]
        if not part:
            break
        start += size
        sign = runs.run_sign(np.array(part, dtype=np.int64))
        if sign:
            runs.extend(np.array(part, dtype=np.int64), sign)
            assert all(alone.add(i) for i in part)  # accepted as a run: all new one by one
        else:
            assert [runs.add(i) for i in part] == [alone.add(i) for i in part]
        assert (runs.keys.tolist(), runs.sign) == (alone.keys.tolist(), alone.sign)
