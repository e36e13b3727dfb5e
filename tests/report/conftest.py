"""The demo audit's report in both languages, written once per session (the tests read
it back); the database is the session's demo file, opened read-only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from report_helpers import audit_id, pdf_text

REPORT_DAY = dt.date(2025, 3, 20)


@pytest.fixture(scope="session")
def demo_reports(demo_template: Path, tmp_path_factory: pytest.TempPathFactory
                 ) -> dict[str, tuple[Path, str]]:
    """Language → (PDF path, its text) for the seafood audit of the demo."""
    from auditdesk.exchange.report import write_report
    from auditdesk.store import open_store

    folder = tmp_path_factory.mktemp("reports")
    store = open_store(demo_template, read_only=True)
    try:
        identifier = audit_id(store)
        reports = {}
        for lang in ("vi", "en"):
            path = folder / f"report-{lang}.pdf"
            write_report(store, identifier, path, lang, made_on=REPORT_DAY)
            reports[lang] = (path, pdf_text(path))
        return reports
    finally:
        store.close()
