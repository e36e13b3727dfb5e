"""The audit workbook holds its contract (WORKBOOK.md): sheet names and order, both
header lines, number formats, formulas, frozen and filtered headers, validation lists,
column widths, the format version and the bilingual legend on Cover."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import HEADER_ROWS, fields, rows, table

from auditdesk import __version__
from auditdesk.exchange.workbook import contract as c

TABLES = {
    c.COVER: c.FIELD_COLUMNS, c.ENTERPRISE: c.FIELD_COLUMNS, c.BASELINE: c.BASELINE_COLUMNS,
    c.MONTHLY: c.MONTHLY_COLUMNS, c.CHECKLIST: c.CHECKLIST_COLUMNS,
    c.OPPORTUNITIES: c.OPPORTUNITY_COLUMNS, c.SUMMARY: c.SUMMARY_COLUMNS,
    c.REFERENCE: c.REFERENCE_COLUMNS,
}


@pytest.fixture
def book(exported: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(exported)


def test_sheets_are_the_contracts_in_its_order(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == ["Cover", "Enterprise", "Baseline", "Monthly", "Checklist",
                               "Opportunities", "Summary", "Reference"]


def test_the_header_lines_are_the_public_strings(exported: Path) -> None:
    for sheet, columns in TABLES.items():
        header = HEADER_ROWS.get(sheet, c.HEADER_ROW)
        all_rows = rows(exported, sheet)
        assert list(all_rows[header][:len(columns)]) == [col.en for col in columns], sheet
        assert list(all_rows[header - 1][:len(columns)]) == [col.vi for col in columns], sheet
    # a few of the strings the office's own roll-ups key on, spelled out
    headers = rows(exported, c.OPPORTUNITIES)[c.HEADER_ROW]
    for text in ("Electricity savings (kWh/yr)", "Water savings (m³/yr)",
                 "Cost savings (VND/yr)", "Cost savings (USD/yr)", "Investment (VND)",
                 "Simple payback (yr)", "NPV (VND)", "IRR", "CO2e reduction (t/yr)", "Status",
                 "RECP technique", "Reviewer comments", "Symbiosis partner", "Id"):
        assert text in headers


def test_every_table_has_a_frozen_filtered_header(book: openpyxl.Workbook) -> None:
    for sheet, columns in TABLES.items():
        ws = book[sheet]
        header = HEADER_ROWS.get(sheet, c.HEADER_ROW) + 1  # 1-based
        assert ws.freeze_panes == f"A{header + 1}", sheet
        ref = ws.auto_filter.ref
        assert ref and ref.startswith(f"A{header}:"), (sheet, ref)
        last = openpyxl.utils.get_column_letter(len(columns))
        assert ref.split(":")[1].startswith(last), (sheet, ref)


def width(ws: object, index: int) -> float:
    """The width of column ``index`` (1-based); xlsxwriter writes equal neighbours as one range."""
    for dimension in ws.column_dimensions.values():  # type: ignore[attr-defined]
        if dimension.min and dimension.min <= index <= dimension.max:
            return float(dimension.width)
    return 0.0


def test_columns_are_sized_to_their_content(book: openpyxl.Workbook) -> None:
    for sheet, columns in TABLES.items():
        ws = book[sheet]
        for index, column in enumerate(columns, start=1):
            assert width(ws, index) >= column.width * 0.99, (sheet, column.en)
    checklist = book[c.CHECKLIST]
    longest = max(len(str(r[4].value or "")) for r in checklist.iter_rows(min_row=3))
    assert width(checklist, 5) >= min(longest, 60)


def _column(ws: object, header: str, header_row: int = c.HEADER_ROW + 1) -> str:
    for cell in ws[header_row]:  # type: ignore[index]
        if cell.value == header:
            return str(cell.column_letter)
    raise AssertionError(header)


def test_numbers_are_numeric_cells_with_formats_and_dates_are_dates(
        book: openpyxl.Workbook) -> None:
    import datetime as dt

    ws = book[c.OPPORTUNITIES]
    expected = {"Cost savings (VND/yr)": "#,##0", "Cost savings (USD/yr)": "#,##0.00",
                "Electricity savings (kWh/yr)": "#,##0", "Discount rate": "0.0%", "IRR": "0.0%",
                "Simple payback (yr)": "0.00", "CO2e reduction (t/yr)": "#,##0.00"}
    for header, fmt in expected.items():
        letter = _column(ws, header)
        filled = [cell for cell in ws[letter][2:] if cell.value not in (None, "")]
        assert filled and all(cell.number_format == fmt for cell in filled), header
    assert isinstance(ws[f"{_column(ws, 'Investment: equipment (VND)')}3"].value, float)
    cover = fields_cells(book[c.COVER])
    assert isinstance(cover["Start date"].value, dt.datetime)
    assert cover["Start date"].number_format == "yyyy-mm-dd"
    monthly = book[c.MONTHLY]
    assert isinstance(monthly["A3"].value, dt.datetime) and monthly["A3"].number_format == \
        "yyyy-mm"
    reference = book[c.REFERENCE]
    assert isinstance(reference[f"{_column(reference, 'Value')}3"].value, float)


def fields_cells(ws: object) -> dict[str, object]:
    found = {}
    for row in ws.iter_rows(min_row=c.TITLED_HEADER_ROW + 2):  # type: ignore[attr-defined]
        if row[0].value:
            found[row[0].value] = row[2]
    return found


def test_derived_cells_are_live_formulas(book: openpyxl.Workbook) -> None:
    ws = book[c.OPPORTUNITIES]
    for header, start in (("Cost savings (USD/yr)", "=IF(N("), ("Investment (VND)", "=SUM("),
                          ("Net savings (VND/yr)", "="), ("Simple payback (yr)", "=IF(AND("),
                          ("NPV (VND)", "=IF(AND("), ("IRR", "=IF(AND(")):
        value = ws[f"{_column(ws, header)}3"].value
        assert isinstance(value, str) and value.startswith(start), (header, value)
    assert "RATE(" in ws[f"{_column(ws, 'IRR')}3"].value
    assert ws[f"{_column(ws, 'Exchange rate (VND/USD)')}3"].value.startswith("=Reference!$G$")
    summary = book[c.SUMMARY]
    formulas = [cell.value for row in summary.iter_rows(min_row=7, min_col=6, max_col=8)
                for cell in row if cell.value is not None]
    assert formulas and all(str(v).startswith("=") for v in formulas)
    assert any("SUMIFS(Opportunities!" in str(v) for v in formulas)
    assert str(summary["A2"].value).startswith("=FIXED(")
    baseline = book[c.BASELINE]
    assert str(baseline["G3"].value).startswith("=IF(ISNUMBER(F3),E3*F3")


def test_code_columns_have_validation_lists(book: openpyxl.Workbook) -> None:
    def lists(ws: object) -> dict[str, list[str]]:
        found = {}
        for dv in ws.data_validations.dataValidation:  # type: ignore[attr-defined]
            for ref in str(dv.sqref).split():
                found[ref.split(":")[0].rstrip("0123456789")] = dv.formula1.strip('"').split(",")
        return found

    ws = book[c.OPPORTUNITIES]
    found = lists(ws)
    assert found[_column(ws, "RECP technique")] == list(c.TECHNIQUES)
    assert found[_column(ws, "Status")] == list(c.OPPORTUNITY_STATUSES)
    assert found[_column(ws, "Priority")] == ["high", "medium", "low"]
    assert found[_column(ws, "Industrial symbiosis")] == ["yes", "no"]
    cover = [dv.formula1 for dv in book[c.COVER].data_validations.dataValidation]
    assert '"walkthrough,detailed,followup"' in cover
    assert any("signed_off" in f for f in cover)
    enterprise = [dv.formula1 for dv in book[c.ENTERPRISE].data_validations.dataValidation]
    assert any("seafood" in f for f in enterprise) and any("22to110kv" in f for f in enterprise)
    assert lists(book[c.CHECKLIST])["M"] == ["yes", "no"]


def test_cover_names_versions_reference_data_and_has_a_bilingual_legend(
        exported: Path, demo_store: object, audit_id: str) -> None:
    cover = fields(exported, c.COVER)
    assert cover["Workbook format version"] == c.FORMAT_VERSION == "1.0"
    assert cover["AuditDesk version"] == __version__
    assert cover["Reference-data set"] == "Viet Nam default 2025"
    assert cover["Audit id"] == audit_id
    audit = demo_store.audits.get(audit_id)  # type: ignore[attr-defined]
    enterprise = demo_store.enterprises.get(audit.enterprise_id)  # type: ignore[attr-defined]
    assert cover["Enterprise"] == enterprise.name and cover["Audit"] == audit.title
    text = [str(v) for row in rows(exported, c.COVER) for v in row if v]
    for english, vietnamese in c.LEGEND:
        assert english in text and vietnamese in text
    assert "GH — Good housekeeping" in text and "Quản lý nội vi tốt" in text


def test_the_file_name_follows_the_contract(demo_store: object, audit_id: str) -> None:
    from auditdesk.exchange.workbook.audit_data import default_file_name

    audit = demo_store.audits.get(audit_id)  # type: ignore[attr-defined]
    name = demo_store.enterprises.get(audit.enterprise_id).name  # type: ignore[attr-defined]
    assert default_file_name(demo_store, audit_id) == \
        f"{name}_{audit.start_date}.xlsx"  # type: ignore[arg-type]
    demo_store.enterprises.update(audit.enterprise_id,  # type: ignore[attr-defined]
                                  name='Công ty "A/B": C*D?')
    assert default_file_name(demo_store, audit_id) == \
        f"Công ty A B C D_{audit.start_date}.xlsx"  # type: ignore[arg-type]


def test_every_opportunity_and_checklist_item_is_a_row(exported: Path, demo_store: object,
                                                       audit_id: str) -> None:
    store = demo_store
    opportunities = table(exported, c.OPPORTUNITIES)
    assert [r["Id"] for r in opportunities] == [
        o.id for o in store.opportunities.for_audit(audit_id)]  # type: ignore[attr-defined]
    checklist = table(exported, c.CHECKLIST)
    assert len(checklist) > 200 and len({r["Item"] for r in checklist}) == len(checklist)
    answered = store.responses.count("audit_id = ?", (audit_id,))  # type: ignore[attr-defined]
    assert sum(1 for r in checklist if r["Answer id"]) == answered
