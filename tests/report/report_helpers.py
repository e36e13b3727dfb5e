"""Reading back the PDFs the report tests write (poppler-utils: pdftotext, pdffonts)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SEAFOOD = "Đánh giá RECP chi tiết 2025"  # the demo audit with findings, photos and symbiosis


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: install poppler-utils (make test does)")
    return found


def pdf_text(path: Path) -> str:
    """The PDF's text in reading order, every run of white space (no-break too) as one space."""
    out = subprocess.run([_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return " ".join(out.split())


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) of every font the PDF uses."""
    out = subprocess.run([_tool("pdffonts"), str(path)], check=True, capture_output=True,
                         text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        tokens = line.split()
        if len(tokens) >= 6:
            rows.append((tokens[0], tokens[-5]))
    return rows


def pdf_pages(path: Path) -> int:
    out = subprocess.run([_tool("pdfinfo"), str(path)], check=True, capture_output=True,
                         text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def audit_id(store: object, title: str = SEAFOOD) -> str:
    audits = store.audits.list("title = ?", (title,))  # type: ignore[attr-defined]
    assert len(audits) == 1
    return str(audits[0].id)


def empty_audit(path: Path) -> str:
    """A database with one park, enterprise and audit and nothing else; the audit's id."""
    from auditdesk.model import Audit, Enterprise, Park
    from auditdesk.store import Store

    store = Store(path, user="tester")
    try:
        park = store.parks.create(Park(name="KCN Thử nghiệm"))
        enterprise = store.enterprises.create(Enterprise(park_id=park.id, name="Công ty Thử"))
        audit = store.audits.create(Audit(enterprise_id=enterprise.id, title="Kiểm toán thử",
                                          start_date="2025-03-01"))
        return str(audit.id)
    finally:
        store.close()
