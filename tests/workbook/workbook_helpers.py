"""Helpers of the workbook tests: read sheets as tables, compare workbooks, recalculate
a copy with LibreOffice."""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from auditdesk.exchange.workbook import contract as c

HEADER_ROWS = {c.COVER: c.TITLED_HEADER_ROW, c.SUMMARY: c.TITLED_HEADER_ROW}


def rows(path: Path, sheet: str, data_only: bool = True) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    try:
        return [tuple(r) for r in book[sheet].iter_rows(values_only=True)]
    finally:
        book.close()


def table(path: Path, sheet: str, data_only: bool = True) -> list[dict[str, Any]]:
    """The data rows of a table sheet as dicts keyed by the English header."""
    all_rows = rows(path, sheet, data_only)
    header_row = HEADER_ROWS.get(sheet, c.HEADER_ROW)
    headers = all_rows[header_row]
    result = []
    for row in all_rows[header_row + 1:]:
        if not any(v not in (None, "") for v in row):
            break
        result.append({h: v for h, v in zip(headers, row, strict=False) if h})
    return result


def fields(path: Path, sheet: str) -> dict[str, Any]:
    """Field → value of the Cover or Enterprise sheet."""
    return {r["Field"]: r["Value"] for r in table(path, sheet)}


def differences(a: Path, b: Path, data_only: bool = True) -> list[tuple[str, int, int, Any, Any]]:
    """Every cell that differs between two workbooks: (sheet, row, column, a, b)."""
    book_a = openpyxl.load_workbook(a, read_only=True, data_only=data_only)
    book_b = openpyxl.load_workbook(b, read_only=True, data_only=data_only)
    found: list[tuple[str, int, int, Any, Any]] = []
    assert book_a.sheetnames == book_b.sheetnames
    for name in book_a.sheetnames:
        rows_a = list(book_a[name].iter_rows(values_only=True))
        rows_b = list(book_b[name].iter_rows(values_only=True))
        for i in range(max(len(rows_a), len(rows_b))):
            ra = rows_a[i] if i < len(rows_a) else ()
            rb = rows_b[i] if i < len(rows_b) else ()
            for j in range(max(len(ra), len(rb))):
                va = ra[j] if j < len(ra) else None
                vb = rb[j] if j < len(rb) else None
                if va != vb:
                    found.append((name, i + 1, j + 1, va, vb))
    book_a.close()
    book_b.close()
    return found


def strip_cached_values(source: Path, target: Path) -> int:
    """A copy of ``source`` whose formula cells have no cached value; returns how many."""
    count = 0
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text, n = re.subn(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1<v></v>", data.decode())
                count += n
                data = text.encode()
            zout.writestr(item, data)
    return count


def recalculate(source: Path, folder: Path) -> Path:
    """``source`` with its cached values removed, recalculated and saved by LibreOffice."""
    folder.mkdir(parents=True, exist_ok=True)
    stripped = folder / "stripped.xlsx"
    assert strip_cached_values(source, stripped) > 0
    profile = folder / "profile" / "user"
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/'
        '2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.'
        'org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/'
        'Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>'
        "</oor:items>\n", encoding="utf-8")
    out = folder / "out"
    env = dict(os.environ, HOME=str(folder))
    subprocess.run([soffice(), f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", str(out),
                    str(stripped)], check=True, capture_output=True, timeout=300, env=env)
    result = out / "stripped.xlsx"
    assert result.exists(), "LibreOffice wrote nothing"
    return result


def soffice() -> str:
    return shutil.which("soffice") or shutil.which("libreoffice") or ""


def same(a: Any, b: Any, rel: float = 1e-9) -> bool:
    """Equal, both empty, or numbers within ``rel`` (and 1e-9 absolute)."""
    if a == b or (a in (None, "") and b in (None, "")):
        return True
    numbers = (int, float)
    return (isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool)
            and math.isclose(a, b, rel_tol=rel, abs_tol=1e-9))
