"""The project-office workbook (WORKBOOK.md): export an audit, import it back, roll up
a portfolio. No Qt; xlsxwriter writes (it caches formula results), openpyxl reads.

    export_audit_workbook(store, audit_id, "out.xlsx", report)          -> ExportResult
    import_workbook(store, "in.xlsx", dry_run=False, report=report)      -> ImportResult
    export_rollup(store, Selection(parks, years, statuses), "rollup.xlsx",
                  anonymise=False, force=False, report=report)           -> RollupResult

The layout is declared in ``contract`` (sheets, headers, formats, format version).

``report(done, total, text)`` is the progress callback of ``ui.tasks.Task``; it
may raise to cancel, and nothing is left behind then. Files are written beside
their final name and renamed into place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from auditdesk.exchange.workbook.cell_reader import CellProblem
from auditdesk.exchange.workbook.cells import ExportError
from auditdesk.exchange.workbook.contract import FORMAT_VERSION
from auditdesk.exchange.workbook.rollup_checks import Issue
from auditdesk.exchange.workbook.rollup_data import Selection

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.store.database import Store

__all__ = ["FORMAT_VERSION", "CellProblem", "ExportError", "ExportResult", "ImportResult",
           "Issue", "RollupRefused", "RollupResult", "Selection", "WorkbookImportError",
           "export_audit_workbook", "export_rollup", "import_workbook"]

Report = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportResult:
    """What ``export_audit_workbook`` wrote."""

    path: Path
    opportunities: int
    checklist_items: int
    meters: int
    size: int


def export_audit_workbook(store: Store, audit_id: str, out: str | Path,
                          report: Report | None = None) -> ExportResult:
    """Write the workbook of one audit to ``out``, atomically (temporary file, rename).

    Raises ``NotFoundError`` for an unknown audit, ``ExportError`` when the audit
    holds something a workbook cannot (the message says what to change) and
    ``OSError`` when the file cannot be written; ``out`` is then left as it was.
    """
    from auditdesk.exchange.workbook.audit_data import load_audit
    from auditdesk.exchange.workbook.audit_writer import write_audit_workbook
    from auditdesk.exchange.workbook.cells import atomic_output

    path = Path(out)
    if report is not None:
        report(0, 0, "")
    data = load_audit(store, audit_id)
    with atomic_output(path) as temporary:
        write_audit_workbook(data, temporary, report)
    return ExportResult(path, len(data.rows), len(data.checklist), len(data.meters),
                        path.stat().st_size)


# --- import ----------------------------------------------------------------------------------


class WorkbookImportError(Exception):
    """Nothing was imported. ``problems`` lists every cell to fix (``CellProblem``), or the
    message says why the file cannot be read at all."""

    def __init__(self, message: str, problems: list[CellProblem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class ImportResult:
    """What an import did (``committed`` False for a dry run)."""

    path: Path
    audit_id: str
    audit_title: str
    enterprise: str
    created: dict[str, int]
    updated: dict[str, int]
    notes: list[str]
    committed: bool


class _DryRun(Exception):
    """Raised inside the transaction to undo a dry run."""


def import_workbook(store: Store, path: str | Path, *, dry_run: bool = False,
                    report: Report | None = None) -> ImportResult:
    """Import an audit workbook (any format version AuditDesk wrote) into ``store``:
    a new audit, or the existing one with the same ids, all or nothing.

    Raises ``WorkbookImportError`` with every unreadable or inconsistent cell
    before anything is written; a store error during the write (a locked audit,
    a read-only database) rolls everything back and propagates.
    """
    from auditdesk.exchange.workbook.import_apply import Applier
    from auditdesk.exchange.workbook.import_checks import check_content
    from auditdesk.exchange.workbook.reader import WorkbookUnreadable, read_workbook
    from auditdesk.i18n import fill, translate

    progress = report or (lambda done, total, text: None)
    path = Path(path)
    progress(0, 3, translate("WorkbookImport", "Reading the workbook…"))
    try:
        content = read_workbook(path)
    except WorkbookUnreadable as exc:
        raise WorkbookImportError(str(exc)) from exc
    problems = list(content.problems)
    if not problems:
        progress(1, 3, translate("WorkbookImport", "Checking it against the database…"))
        plan = check_content(store, content)
        problems = plan.problems
    if problems:
        raise WorkbookImportError(fill(translate(
            "WorkbookImport", "Nothing was imported from %1: %2 cell(s) to fix."),
            path.name, len(problems)), problems)
    progress(2, 3, translate("WorkbookImport", "Importing…"))
    store.ensure_writable()
    applier = Applier(store, content, plan)
    try:
        with store.transaction():
            applier.run()
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    progress(3, 3, "")
    return ImportResult(path, content.cover["audit_id"], content.cover["title"],
                        content.enterprise.get("name", ""), dict(applier.created),
                        dict(applier.updated), plan.notes, not dry_run)


# --- roll-up ---------------------------------------------------------------------------------


class RollupRefused(Exception):
    """The consistency checks found issues and ``force`` was not given; nothing written."""

    def __init__(self, message: str, issues: list[Issue]) -> None:
        super().__init__(message)
        self.issues = issues


@dataclass(frozen=True)
class RollupResult:
    """What ``export_rollup`` wrote, and the issues accepted with ``force``."""

    path: Path
    audits: int
    enterprises: int
    opportunities: int
    issues: list[Issue]
    size: int


def export_rollup(store: Store, selection: Selection, out: str | Path, *,
                  anonymise: bool = False, force: bool = False,
                  report: Report | None = None) -> RollupResult:
    """Write the roll-up workbook of the audits of ``selection`` to ``out``, atomically.

    The consistency checks run first: when they find issues, ``RollupRefused``
    lists them and nothing is written, unless ``force`` (the issues are then
    listed under the Summary table). ``anonymise`` replaces enterprise names by
    aliases and leaves out owners and comments.
    """
    from auditdesk.exchange.workbook.cells import atomic_output
    from auditdesk.exchange.workbook.rollup_checks import check_portfolio
    from auditdesk.exchange.workbook.rollup_data import anonymise as make_anonymous
    from auditdesk.exchange.workbook.rollup_data import load_portfolio
    from auditdesk.exchange.workbook.rollup_writer import write_rollup_workbook
    from auditdesk.i18n import fill, translate

    path = Path(out)
    portfolio = load_portfolio(store, selection)
    if not portfolio.audits:
        raise ExportError(translate("Rollup", "No audit matches the selection: nothing to "
                                              "roll up."))
    issues = check_portfolio(portfolio)
    if issues and not force:
        raise RollupRefused(fill(translate(
            "Rollup", "The roll-up was not written: %1 consistency issue(s) to fix first."),
            len(issues)), issues)
    if anonymise:
        make_anonymous(portfolio)
    notes = [f"⚠ {issue}" for issue in check_portfolio(portfolio)] if issues else []
    with atomic_output(path) as temporary:
        write_rollup_workbook(portfolio, temporary, notes, report)
    return RollupResult(path, len(portfolio.audits), portfolio.enterprises,
                        len(portfolio.lines), issues, path.stat().st_size)
