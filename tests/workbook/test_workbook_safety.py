"""Text typed by users never becomes a formula; a workbook is written whole or not at all."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import fields, table

from auditdesk.exchange.workbook import (
    ExportError,
    export_audit_workbook,
    import_workbook,
)
from auditdesk.exchange.workbook import contract as c
from auditdesk.exchange.workbook.cell_reader import unescape
from auditdesk.store import Store

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=cmd|' /C calc'!A0", "=1+1\n_x000D_ literal", "  =not at start"]


def _plant(store: Store, audit_id: str) -> dict[str, str]:
    """Hostile text in every kind of field a user types; returns id -> text."""
    opportunities = store.opportunities.for_audit(audit_id)
    planted = {}
    for opportunity, text in zip(opportunities, HOSTILE, strict=False):
        store.opportunities.update(opportunity.id, title=text, owner=text, description=text)
        planted[opportunity.id] = text
    audit = store.audits.get(audit_id)
    store.audits.update(audit_id, auditors=HOSTILE[0], notes=HOSTILE[5])
    store.enterprises.update(audit.enterprise_id, products=HOSTILE[3], contact_phone="+84 225 39")
    response = store.responses.list("audit_id = ?", (audit_id,))[0]
    store.responses.update(response.id, note=HOSTILE[4])
    return planted


def test_typed_text_is_written_as_text_with_a_quote_prefix(demo_store: Store, audit_id: str,
                                                           tmp_path: Path) -> None:
    planted = _plant(demo_store, audit_id)
    path = tmp_path / "hostile.xlsx"
    export_audit_workbook(demo_store, audit_id, path)
    book = openpyxl.load_workbook(path)
    ws = book[c.OPPORTUNITIES]
    headers = [cell.value for cell in ws[c.HEADER_ROW + 1]]
    id_index, title, description = (headers.index(h) for h in ("Id", "Title", "Description"))
    seen = 0
    for row in ws.iter_rows(min_row=3):
        opportunity_id = row[id_index].value
        if opportunity_id not in planted:
            continue
        seen += 1
        for cell in (row[title], row[description]):
            # openpyxl leaves OOXML's _xHHHH_ escapes (a CR here) as they are in the file
            assert cell.data_type == "s" and unescape(cell.value) == planted[opportunity_id]
            if planted[opportunity_id].startswith(("=", "+", "-", "@", "\t", "\r")):
                assert cell.quotePrefix, cell.value
    assert seen == len(planted) >= 5
    # no formula element holds any of the hostile texts
    with zipfile.ZipFile(path) as archive:
        sheets = "".join(archive.read(n).decode() for n in archive.namelist()
                         if n.startswith("xl/worksheets/"))
    formulas = " ".join(re.findall(r"<f>([^<]*)</f>", sheets))
    assert "HYPERLINK" in sheets and "HYPERLINK" not in formulas  # an inline string only
    assert "cmd|" not in formulas and "SUM(A1:A9)" not in formulas
    cover = fields(path, c.COVER)
    assert cover["Auditors"] == HOSTILE[0] and unescape(cover["Audit notes"]) == HOSTILE[5]
    assert fields(path, c.ENTERPRISE)["Contact phone"] == "+84 225 39"
    assert any(r["Note"] == HOSTILE[4] for r in table(path, c.CHECKLIST))
    assert unescape("_x005F_x000D_ and _x000D_") == "_x000D_ and \r"


def test_hostile_text_comes_back_unchanged(demo_store: Store, audit_id: str, tmp_path: Path,
                                           empty_store: Store) -> None:
    planted = _plant(demo_store, audit_id)
    path = tmp_path / "hostile.xlsx"
    export_audit_workbook(demo_store, audit_id, path)
    import_workbook(empty_store, path)
    for opportunity_id, text in planted.items():
        stored = empty_store.opportunities.get(opportunity_id)
        assert stored.title == stored.owner == stored.description == text
    assert empty_store.audits.get(audit_id).notes == HOSTILE[5]


def test_a_failed_export_leaves_nothing_under_the_final_name(demo_store: Store, audit_id: str,
                                                             tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.xlsx"

    def fail_in_the_middle(done: int, total: int, text: str) -> None:
        if text == c.CHECKLIST:
            raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError):
        export_audit_workbook(demo_store, audit_id, target, fail_in_the_middle)
    assert list(folder.iterdir()) == []  # neither the file nor its temporary sibling


def test_a_failed_export_keeps_the_previous_file(demo_store: Store, audit_id: str,
                                                 tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.xlsx"
    export_audit_workbook(demo_store, audit_id, target)
    before = target.read_bytes()
    demo_store.audits.update(audit_id, notes="x" * 40_000)
    with pytest.raises(ExportError) as caught:
        export_audit_workbook(demo_store, audit_id, target)
    assert "Audit notes" in str(caught.value) and "32767" in str(caught.value)
    assert target.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["out.xlsx"]


def test_a_missing_folder_is_a_clear_error(demo_store: Store, audit_id: str,
                                           tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_audit_workbook(demo_store, audit_id, tmp_path / "nowhere" / "out.xlsx")


def test_the_write_goes_through_a_temporary_file_then_a_rename(
        demo_store: Store, audit_id: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    renames: list[tuple[str, str]] = []
    real = os.replace

    def spy(src: str, dst: str) -> None:
        renames.append((str(src), str(dst)))
        real(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    target = tmp_path / "out.xlsx"
    export_audit_workbook(demo_store, audit_id, target)
    assert len(renames) == 1 and renames[0][1] == str(target)
    assert Path(renames[0][0]).parent == tmp_path and renames[0][0].endswith(".part")
    assert not Path(renames[0][0]).exists()
