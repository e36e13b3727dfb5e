"""A spreadsheet program that recalculates shows AuditDesk's figures.

Each exported workbook is copied with every cached formula value removed, opened by
LibreOffice headless with "recalculate on load: always", saved, and read back: every
formula cell must hold the value AuditDesk cached, within a relative 1e-9 (LibreOffice
sums with compensated addition and solves RATE iteratively; AuditDesk adds in order
and takes IRR from numpy-financial). ``make test`` installs LibreOffice
(scripts/ensure-qt-libs.sh), so this runs in CI; it is skipped only where no
``soffice`` exists at all, and says so.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import recalculate, same, soffice

from auditdesk.exchange.workbook import Selection, export_rollup
from auditdesk.store import Store

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not soffice(), reason="LibreOffice (soffice) is not installed here; "
                       "`make test` installs it (scripts/ensure-qt-libs.sh test)"),
]


def _compare(original: Path, recalculated: Path) -> int:
    formulas = openpyxl.load_workbook(original, data_only=False)
    cached = openpyxl.load_workbook(original, data_only=True)
    computed = openpyxl.load_workbook(recalculated, data_only=True)
    checked, wrong = 0, []
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.value.startswith("=")):
                    continue
                checked += 1
                ours = cached[ws.title][cell.coordinate].value
                theirs = computed[ws.title][cell.coordinate].value
                if not same(ours, theirs):
                    wrong.append((ws.title, cell.coordinate, ours, theirs, cell.value[:80]))
    assert not wrong, wrong[:10]
    return checked


def test_libreoffice_recalculates_the_audit_workbook_to_our_figures(exported: Path,
                                                                   tmp_path: Path) -> None:
    recalculated = recalculate(exported, tmp_path / "lo")
    assert _compare(exported, recalculated) > 200
    values = openpyxl.load_workbook(recalculated, data_only=True)["Summary"]
    assert str(values["A2"].value).endswith("counted apart.")  # really recalculated


def test_libreoffice_recalculates_the_rollup_to_our_figures(demo_store: Store,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "rollup.xlsx"
    export_rollup(demo_store, Selection(), path, force=True)
    recalculated = recalculate(path, tmp_path / "lo")
    assert _compare(path, recalculated) > 500
