"""Importing each kind of damaged workbook: every cell that cannot be read is reported by
sheet, row and column, and nothing at all is imported."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from auditdesk.exchange.workbook import (
    WorkbookImportError,
    export_audit_workbook,
    import_workbook,
)
from auditdesk.exchange.workbook import contract as c
from auditdesk.store import Store

Edit = Callable[[openpyxl.Workbook], None]


def _state(store: Store) -> tuple[int, ...]:
    tables = ("park", "enterprise", "audit", "opportunity", "opportunity_saving", "meter",
              "reading", "production", "checklist_response", "comment", "reference_set",
              "factor", "history")
    return tuple(int(store.query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables)


def _column(ws: Any, header: str, row: int = c.HEADER_ROW + 1) -> int:
    return next(cell.column for cell in ws[row] if cell.value == header)


def _field_row(ws: Any, label: str) -> int:
    return next(r[0].row for r in ws.iter_rows() if r[0].value == label)


@pytest.fixture
def workbook(demo_store: Store, audit_id: str, tmp_path: Path) -> Path:
    path = tmp_path / "audit.xlsx"
    export_audit_workbook(demo_store, audit_id, path)
    return path


def _damage(path: Path, edit: Edit) -> Path:
    book = openpyxl.load_workbook(path)
    edit(book)
    out = path.with_name("damaged.xlsx")
    book.save(out)
    return out


def _refused(store: Store, path: Path) -> list[str]:
    before = _state(store)
    with pytest.raises(WorkbookImportError) as caught:
        import_workbook(store, path)
    assert _state(store) == before, "something was imported"
    return [str(p) for p in caught.value.problems] or [str(caught.value)]


def test_text_in_number_cells_is_reported_cell_by_cell(workbook: Path, empty_store: Store
                                                       ) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        ws = book[c.OPPORTUNITIES]
        ws.cell(3, _column(ws, "Cost savings (VND/yr)")).value = "nhiều tiền"
        ws.cell(4, _column(ws, "Lifetime (yr)")).value = "mười"
        ws.cell(5, _column(ws, "Electricity savings (kWh/yr)")).value = "1.234,5 kWh"

    problems = _refused(empty_store, _damage(workbook, edit))
    cost = openpyxl.utils.get_column_letter(_column(
        openpyxl.load_workbook(workbook)[c.OPPORTUNITIES], "Cost savings (VND/yr)"))
    assert any(p.startswith(f"Opportunities!{cost}3 (row 3, column {cost} “Cost savings "
                            "(VND/yr)”): “nhiều tiền” is not a number.") for p in problems)
    assert any("Opportunities!" in p and "(row 4," in p and "“mười” is not a number" in p
               for p in problems)
    assert any("(row 5," in p and "Electricity savings (kWh/yr)" in p for p in problems)
    assert len(problems) == 3


def test_unknown_codes_and_bad_dates(workbook: Path, empty_store: Store) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        ws = book[c.OPPORTUNITIES]
        ws.cell(3, _column(ws, "RECP technique")).value = "XX"
        ws.cell(3, _column(ws, "Status")).value = "done"
        ws.cell(3, _column(ws, "Industrial symbiosis")).value = "maybe"
        cover = book[c.COVER]
        cover.cell(_field_row(cover, "Start date"), 3).value = "ngày mai"
        cover.cell(_field_row(cover, "Audit type"), 3).value = "quick"

    problems = _refused(empty_store, _damage(workbook, edit))
    text = "\n".join(problems)
    assert "“XX” is not one of the codes GH, IM, PC, EM, TC, OR, BP, PM." in text
    assert "“done” is not one of the codes identified, proposed" in text
    assert "“maybe” is neither yes nor no." in text
    assert "Cover!C" in text and "“ngày mai” is not a date." in text
    assert "“quick” is not one of the codes walkthrough, detailed, followup." in text


def test_a_missing_sheet_and_a_renamed_column(workbook: Path, empty_store: Store) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        del book[c.REFERENCE]
        ws = book[c.OPPORTUNITIES]
        ws.cell(c.HEADER_ROW + 1, _column(ws, "Status")).value = "Trạng thái"

    problems = _refused(empty_store, _damage(workbook, edit))
    assert "Reference: this sheet is missing from the workbook." in problems
    assert any(p.startswith("Opportunities!2:2 (row 2): the column “Status” is missing.")
               for p in problems)


def test_a_newer_format_is_refused_with_what_to_do(workbook: Path, empty_store: Store) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        cover = book[c.COVER]
        cover.cell(_field_row(cover, "Workbook format version"), 3).value = "2.0"

    problems = _refused(empty_store, _damage(workbook, edit))
    assert problems == [("damaged.xlsx has workbook format 2.0, written by a newer AuditDesk; "
                         "this one reads format 1.0. Update AuditDesk to import it.")]


def test_a_later_minor_version_with_an_extra_column_is_read(workbook: Path,
                                                            empty_store: Store) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        cover = book[c.COVER]
        cover.cell(_field_row(cover, "Workbook format version"), 3).value = "1.7"
        ws = book[c.OPPORTUNITIES]
        column = ws.max_column + 1
        ws.cell(c.HEADER_ROW + 1, column).value = "Something added in 1.7"
        ws.cell(3, column).value = "ignored"

    result = import_workbook(empty_store, _damage(workbook, edit))
    assert result.committed and result.created["opportunity"] >= 5


@pytest.mark.parametrize("content", [b"", b"not a spreadsheet at all", b"PK\x03\x04broken"])
def test_files_that_are_no_workbook(tmp_path: Path, empty_store: Store, content: bytes) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    problems = _refused(empty_store, path)
    assert len(problems) == 1 and "bad.xlsx" in problems[0]
    assert "not an Excel workbook" in problems[0] or "damaged" in problems[0]


def test_a_truncated_file(workbook: Path, empty_store: Store) -> None:
    data = workbook.read_bytes()
    cut = workbook.with_name("cut.xlsx")
    cut.write_bytes(data[: len(data) // 2])
    problems = _refused(empty_store, cut)
    assert "cut.xlsx" in problems[0]


def test_a_workbook_from_elsewhere(tmp_path: Path, empty_store: Store) -> None:
    path = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Budget 2025"
    book.save(path)
    assert _refused(empty_store, path) == [
        "other.xlsx is not an AuditDesk audit workbook: it has no sheet “Cover”."]
    assert zipfile.is_zipfile(path)


def test_inconsistent_rows(workbook: Path, empty_store: Store) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        ws = book[c.OPPORTUNITIES]
        id_column = _column(ws, "Id")
        ws.cell(4, id_column).value = ws.cell(3, id_column).value  # the same id twice
        ws.cell(5, _column(ws, "Estimator")).value = "perpetual_motion"
        ws.cell(5, _column(ws, "Lifetime (yr)")).value = 80
        monthly = book[c.MONTHLY]
        monthly.cell(4, 1).value = monthly.cell(3, 1).value  # a month twice for one meter
        monthly.cell(5, _column(monthly, "Consumption (unit/month)")).value = -5
        checklist = book[c.CHECKLIST]
        checklist.cell(3, _column(checklist, "Item")).value = "NO-SUCH-ITEM"
        reference = book[c.REFERENCE]
        reference.cell(4, _column(reference, "Key")).value = reference.cell(3, 3).value

    text = "\n".join(_refused(empty_store, _damage(workbook, edit)))
    assert "Opportunities!4:4 (row 4): this opportunity (id" in text and "already on row 3" in text
    assert "there is no estimator perpetual_motion." in text
    assert "Lifetime must be between 0 and 50 years." in text
    assert "Monthly!A4 (row 4, column A “Month”)" in text
    assert "a monthly consumption cannot be negative." in text
    assert "the template has no item NO-SUCH-ITEM." in text
    assert "Reference!C4 (row 4, column C “Key”)" in text


def test_conflicts_with_the_database(workbook: Path, demo_store: Store, audit_id: str) -> None:
    from auditdesk import model

    other = demo_store.enterprises.list("id != (SELECT enterprise_id FROM audit WHERE id = ?)",
                                        (audit_id,))[0]
    demo_store.audits.update(audit_id, enterprise_id=other.id)
    factor = demo_store.factors.list("key = 'fx.usd'")[0]
    copy = demo_store.reference_sets.create(model.ReferenceSet(
        name="Viet Nam default 2025", effective_date="2025-05-10"))
    for f in demo_store.factors.list("set_id = ?", (factor.set_id,)):
        demo_store.factors.create(model.Factor(
            set_id=copy.id, key=f.key, value=f.value * (1.1 if f.key == "fx.usd" else 1),
            unit=f.unit))
    demo_store.audits.update(audit_id, reference_set_id=copy.id)
    demo_store.factors.delete(demo_store.factors.list(
        "set_id = ? AND key = 'fx.usd'", (factor.set_id,))[0].id)
    text = "\n".join(_refused(demo_store, workbook))
    assert "in this database the audit belongs to another enterprise" in text
    assert "has another value for fx.usd; reference data are never changed by an import." in text


def test_a_locked_audit_is_not_changed(workbook: Path, demo_store: Store, audit_id: str) -> None:
    if "locked" not in {row[1] for row in demo_store.query("PRAGMA table_info(audit)")}:
        pytest.skip("this database has no sign-off lock (review schema not present)")
    demo_store.audits.update(audit_id, locked=True, signed_off_by="Nguyễn Văn Hùng",
                             signed_off_on="2025-04-01")
    text = "\n".join(_refused(demo_store, workbook))
    assert "this audit is signed off and locked in this database" in text
