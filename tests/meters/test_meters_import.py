"""Importing readings and production: every kind of bad row, encodings, Excel, streaming."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from auditdesk.exchange.production_import import (
    ProductionMapping,
    parse_production,
    preview_production,
)
from auditdesk.exchange.readings_import import (
    ColumnMapping,
    FileOptions,
    ImportCancelled,
    ImportFailed,
    ProblemKind,
    guess_columns,
    inspect_file,
    parse,
    preview,
)
from auditdesk.model.entities import Meter

MAIN = Meter(name="Công tơ tổng", kind="register", unit="kWh")
PUMP = Meter(name="Bơm nước", kind="period", unit="kWh")


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: a base letter it has precomposed, then combining tone marks."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        base, *marks = unicodedata.normalize("NFD", char)
        for keep in range(len(marks), -1, -1):
            head = unicodedata.normalize("NFC", base + "".join(marks[:keep]))
            try:
                out += (head + "".join(marks[keep:])).encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise ValueError(char)
    return out


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "r.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def _all(path: Path, mapping: ColumnMapping, **kwargs):  # type: ignore[no-untyped-def]
    readings, problems = [], []
    for chunk in parse(path, mapping, **kwargs):
        readings += chunk.items
        problems += chunk.problems
    return readings, problems


VN_FILE = (
    "Báo cáo chỉ số công tơ\n"
    "Ngày;Giờ;Chỉ số (kWh)\n"
    "30/01/2024;08:00;12.345,6\n"
    "31/01/2024;08:00;12.400,25\n"
    "01/02/2024;08:30;12.455\n"
)
VN_MAPPING = ColumnMapping(
    date_column="Ngày", time_column="Giờ", value_column="Chỉ số (kWh)", meters=(MAIN,)
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_vietnamese_file_decimal_comma_and_dd_mm_yyyy(tmp_path: Path, encoding: str) -> None:
    path = _write(tmp_path, VN_FILE, encoding)
    layout = inspect_file(path)
    assert layout.info.encoding == encoding and layout.info.delimiter == ";"
    assert layout.header_row == 2 and layout.columns == ["Ngày", "Giờ", "Chỉ số (kWh)"]
    assert guess_columns(layout.columns) == {"date": "Ngày", "time": "Giờ", "value": "Chỉ số (kWh)"}
    readings, problems = _all(path, VN_MAPPING)
    assert problems == []
    assert [(r.ts, r.value) for r in readings] == [
        ("2024-01-30T08:00:00", 12_345.6),
        ("2024-01-31T08:00:00", 12_400.25),
        ("2024-02-01T08:30:00", 12_455.0),
    ]
    assert {r.meter_id for r in readings} == {MAIN.id} and readings[0].source == "logger"


def test_every_kind_of_bad_row_with_its_row_number(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        (
            "Date,Value\n"  # row 1 (header)
            "2024-01-01,100.5\n"  # row 2 ok
            "2024-01-02,abc\n"  # row 3 text in a number
            "2024-13-45,101\n"  # row 4 unknown date
            "yesterday,102\n"  # row 5 unknown date
            "2024-01-02,\n"  # row 6 empty value
            "\n"  # row 7 blank: ignored
            "2024-01-03,-5\n"  # row 8 negative register
            "2024-01-04,103.25\n"  # row 9 ok
            "2024-01-04,104\n"  # row 10 duplicate of row 9
            '2024-01-05,"1,5"\n'  # row 11 decimal comma in a point file: text in a number
            "2024-01-06,1,5\n"  # row 12 the same unquoted: one cell too many
        ),
    )
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    readings, problems = _all(path, mapping)
    assert [r.value for r in readings] == [100.5, 103.25]
    found = [(p.row, p.column, p.kind) for p in problems]
    assert found == [
        (3, "Value", ProblemKind.TEXT_IN_NUMBER),
        (4, "Date", ProblemKind.BAD_DATE),
        (5, "Date", ProblemKind.BAD_DATE),
        (6, "Value", ProblemKind.EMPTY_VALUE),
        (8, "Value", ProblemKind.NEGATIVE),
        (10, "Date", ProblemKind.DUPLICATE),
        (11, "Value", ProblemKind.TEXT_IN_NUMBER),
        (12, None, ProblemKind.EXTRA_CELLS),
    ]
    assert problems[0].value == "abc" and all(p.message and p.row_skipped for p in problems)


def test_negative_is_refused_for_period_meters_too(tmp_path: Path) -> None:
    path = _write(tmp_path, "Date;Value\n31/01/2024;-3,5\n")
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(PUMP,))
    readings, problems = _all(path, mapping)
    assert readings == [] and problems[0].kind == ProblemKind.NEGATIVE
    assert "period" in problems[0].message


def test_empty_file_header_only_and_no_header(tmp_path: Path) -> None:
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    for text, kind in [
        ("", ProblemKind.EMPTY_FILE),
        ("\n\n  \n", ProblemKind.EMPTY_FILE),
        ("Date,Value\n", ProblemKind.EMPTY_FILE),
        ("2024-01-01,5\n2024-01-02,6\n", ProblemKind.NO_HEADER),
    ]:
        path = _write(tmp_path, text)
        with pytest.raises(ImportFailed) as failure:
            _all(path, mapping)
        assert failure.value.problem.kind == kind and failure.value.problem.fatal
        shown = preview(path, mapping)
        assert shown.items == [] and [p.kind for p in shown.problems] == [kind]


def test_unknown_column_names_the_columns_there_are(tmp_path: Path) -> None:
    path = _write(tmp_path, "Date,kWh\n2024-01-01,5\n")
    mapping = ColumnMapping(date_column="date", value_column="Value", meters=(MAIN,))
    [problem] = preview(path, mapping).problems
    assert problem.kind == ProblemKind.UNKNOWN_COLUMN and problem.row == 1
    assert "Date, kWh" in problem.message  # and "date" matched "Date": case is ignored


def test_wrong_encoding_is_reported_with_the_row(tmp_path: Path) -> None:
    path = _write(tmp_path, "Ngay;Gia tri\n30/01/2024;1\n31/01/2024;2\n01/02/2024;3\n")
    raw = path.read_bytes().replace(b"31/01/2024;2", b"31/01/2024;2 \xe0\xec")  # cp1258 bytes
    path.write_bytes(raw)
    mapping = ColumnMapping(
        encoding="utf-8", date_column="Ngay", value_column="Gia tri", meters=(MAIN,)
    )
    readings, problems = _all(path, mapping)
    assert [r.value for r in readings] == [1, 3]
    assert [(p.row, p.kind) for p in problems] == [(3, ProblemKind.WRONG_ENCODING)]
    assert "encoding" in problems[0].message and "utf-8" in problems[0].message
    # Left to itself the sniffer does not pick UTF-8 for these bytes.
    assert inspect_file(path).info.encoding in ("cp1258", "latin-1")


def test_ambiguous_dates_are_read_day_first_and_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "Date,Value\n01/02/2024,1\n03/04/2024,2\n")
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    result = preview(path, mapping)
    assert [r.ts for r in result.items] == ["2024-02-01", "2024-04-03"]
    [warning] = result.problems
    assert warning.kind == ProblemKind.AMBIGUOUS_DATE and not warning.row_skipped
    assert "01/02/2024" in warning.message
    explicit = ColumnMapping(
        date_column="Date", value_column="Value", meters=(MAIN,), date_format="%m/%d/%Y"
    )
    confirmed = preview(path, explicit)
    assert [r.ts for r in confirmed.items] == [
        "2024-01-02",
        "2024-03-04",
    ] and not confirmed.problems


def test_month_first_file_is_recognised_from_its_dates(tmp_path: Path) -> None:
    path = _write(tmp_path, "Date,Value\n01/12/2024 23:45,1\n01/13/2024 00:00,2\n")
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    result = preview(path, mapping)
    assert result.date_order == "month_first" and not result.problems
    assert [r.ts for r in result.items] == ["2024-01-12T23:45:00", "2024-01-13T00:00:00"]


def test_ambiguous_decimal_mark_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, 'Date,Value\n2024-01-01,"1,234"\n')
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    result = preview(path, mapping)
    assert result.items[0].value == 1234 and result.decimal_comma is False
    assert [p.kind for p in result.problems] == [ProblemKind.AMBIGUOUS_NUMBER]


def test_meter_column_unit_conversion_and_unknown_meter(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "CÔNG TƠ TỔNG")  # other case, other normal form
    path = _write(
        tmp_path,
        (
            "Meter\tTime\tMWh\n"
            f"{decomposed}\t2024-01-01 00:00\t1.5\n"
            f"{PUMP.id}\t2024-01-01 00:00\t0.25\n"
            "Chiller\t2024-01-01 00:00\t9\n"
        ),
    )
    mapping = ColumnMapping(
        date_column="Time",
        value_column="MWh",
        meter_column="Meter",
        meters=(MAIN, PUMP),
        file_unit="MWh",
        source="bill",
    )
    readings, problems = _all(path, mapping)
    assert [(r.meter_id, r.value, r.source) for r in readings] == [
        (MAIN.id, 1500, "bill"),
        (PUMP.id, 250, "bill"),
    ]
    assert [(p.row, p.kind, p.value) for p in problems] == [
        (4, ProblemKind.UNKNOWN_METER, "Chiller")
    ]
    wrong_unit = ColumnMapping(
        date_column="Time", value_column="MWh", meter_column="Meter", meters=(MAIN,), file_unit="m3"
    )
    with pytest.raises(ImportFailed) as failure:
        _all(path, wrong_unit)
    assert failure.value.problem.kind == ProblemKind.BAD_UNIT


def test_excel_file_with_title_rows_date_cells_and_text_numbers(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    sheet["A1"] = "Nhà máy A — chỉ số điện"
    sheet.append([])
    sheet.append(["Thời gian", "Chỉ số"])  # row 3
    sheet.append([dt.datetime(2024, 1, 31), 1000])
    sheet["A4"].number_format = "dd/mm/yyyy"  # a date cell: the end of that day
    sheet.append([dt.datetime(2024, 2, 1, 0, 15), "1.010,5"])
    sheet["A5"].number_format = "dd/mm/yyyy hh:mm"
    sheet.append(["32/01/2024", 1020])  # row 6: text that is not a date
    sheet.append([45_323.5, 1030])  # row 7: an Excel serial number (2024-02-01 12:00)
    path = tmp_path / "readings.xlsx"
    book.save(path)
    layout = inspect_file(path)
    assert layout.info.format == "xlsx" and layout.info.sheets == ("Số liệu",)
    assert layout.header_row == 3 and layout.columns == ["Thời gian", "Chỉ số"]
    mapping = ColumnMapping(
        date_column="Thời gian", value_column="Chỉ số", meters=(MAIN,), decimal_comma=True
    )
    readings, problems = _all(path, mapping)
    assert [(r.ts, r.value) for r in readings] == [
        ("2024-01-31", 1000),
        ("2024-02-01T00:15:00", 1010.5),
        ("2024-02-01T12:00:00", 1030),
    ]
    assert [(p.row, p.kind) for p in problems] == [(6, ProblemKind.BAD_DATE)]


def test_old_excel_is_refused_with_advice(tmp_path: Path) -> None:
    path = _write(tmp_path, "not really", name="old.xls")
    [problem] = preview(
        path, ColumnMapping(date_column="a", value_column="b", meters=(MAIN,))
    ).problems
    assert problem.kind == ProblemKind.UNREADABLE and ".xlsx" in problem.message


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "Date,Value\n" + "2024-01-01,1\n" * 200)
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    with pytest.raises(ImportFailed) as failure:
        _all(path, mapping, max_bytes=1_000)
    assert failure.value.problem.kind == ProblemKind.TOO_LARGE
    assert "limit" in failure.value.problem.message


def test_cancel_stops_the_import(tmp_path: Path) -> None:
    lines = "".join(f"2024-01-01T00:{m // 60:02d}:{m % 60:02d},{m}\n" for m in range(3_000))
    path = _write(tmp_path, "Date,Value\n" + lines)
    mapping = ColumnMapping(date_column="Date", value_column="Value", meters=(MAIN,))
    calls = iter([False, False, True])
    with pytest.raises(ImportCancelled):
        _all(path, mapping, cancel=lambda: next(calls))


@pytest.mark.slow
def test_large_file_is_streamed_in_chunks_with_bounded_memory(tmp_path: Path) -> None:
    """100,000 logger rows (4.6 MB): memory is a few chunks plus 8 bytes per reading for
    the duplicate check, never the file (tracemalloc slows this test ~8x)."""
    path = tmp_path / "logger.csv"
    start = dt.datetime(2020, 1, 1)
    rows = 100_000
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Thời điểm;Công tơ;Điện năng (kWh)\n")
        for i in range(rows):
            moment = start + dt.timedelta(minutes=15 * i)
            number = f"{i * 12.5:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
            handle.write(f"{moment:%d/%m/%Y %H:%M};Công tơ tổng;{number}\n")
    size = path.stat().st_size
    mapping = ColumnMapping(
        date_column="Thời điểm",
        value_column="Điện năng (kWh)",
        meter_column="Công tơ",
        meters=(MAIN,),
    )
    progress: list[tuple[int, int]] = []
    chunks = count = 0
    last = None
    tracemalloc.start()
    try:
        for chunk in parse(path, mapping, chunk_rows=1_000, progress=lambda *p: progress.append(p)):
            chunks += 1
            count += len(chunk.items)
            assert not chunk.problems
            last = chunk.items[-1] if chunk.items else last
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == rows and chunks == 101
    assert last is not None and last.value == pytest.approx((rows - 1) * 12.5)
    assert last.ts == "2022-11-07T15:45:00"  # 99,999 x 15 min = 1,041 days 15:45
    assert peak < size / 3, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
    done = [d for d, _ in progress]
    assert progress[-1] == (size, size) and done == sorted(done) and len(done) == chunks


def test_production_by_month_with_units_and_bad_rows(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        (
            "Tháng;Sản phẩm;Sản lượng;ĐVT\n"  # row 1
            "01/2024;Cá tra phi lê;1.250,5;t\n"  # row 2
            "T2/2024;Cá tra phi lê;980000;kg\n"  # row 3
            "2024-03;Cá tra phi lê;-5;t\n"  # row 4 negative
            "01/2024;Cá tra phi lê;1,0;t\n"  # row 5 duplicate product and month
            "13/2024;Cá tra phi lê;1;t\n"  # row 6 not a month
            "2024-04;Cá tra phi lê;1;thùng\n"  # row 7 unit that does not convert
        ),
    )
    mapping = ProductionMapping(
        month_column="Tháng",
        product_column="Sản phẩm",
        quantity_column="Sản lượng",
        unit_column="ĐVT",
        unit="t",
        enterprise_id="e1",
    )
    records, problems = [], []
    for chunk in parse_production(path, mapping):
        records += chunk.items
        problems += chunk.problems
    assert [(r.period_start, r.period_end, r.quantity, r.unit) for r in records] == [
        ("2024-01-01", "2024-01-31", 1250.5, "t"),
        ("2024-02-01", "2024-02-29", 980, "t"),
    ]
    assert records[0].enterprise_id == "e1" and records[0].product == "Cá tra phi lê"
    assert [(p.row, p.kind) for p in problems] == [
        (4, ProblemKind.NEGATIVE),
        (5, ProblemKind.DUPLICATE),
        (6, ProblemKind.BAD_DATE),
        (7, ProblemKind.UNKNOWN_UNIT),
    ]


def test_production_with_start_and_end_dates(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "Từ ngày,Đến ngày,Tấn\n16/01/2024,14/02/2024,300\n20/02/2024,10/02/2024,5\n"
    )
    mapping = ProductionMapping(
        start_column="Từ ngày", end_column="Đến ngày", quantity_column="Tấn", product="Ice"
    )
    result = preview_production(path, mapping)
    assert [(r.period_start, r.period_end, r.product) for r in result.items] == [
        ("2024-01-16", "2024-02-14", "Ice")
    ]
    assert [(p.row, p.column, p.kind) for p in result.problems] == [
        (3, "Đến ngày", ProblemKind.BAD_DATE)
    ]


def test_header_row_can_be_chosen(tmp_path: Path) -> None:
    path = _write(tmp_path, "a,b\nDate,Value\n2024-01-01,1\n")
    layout = inspect_file(path, FileOptions(header_row=2))
    assert layout.columns == ["Date", "Value"] and layout.sample == [(3, ["2024-01-01", "1"])]
