"""Deliverables in the main window: the File-menu actions “Export workbook…”, “Import
workbook…” and “Portfolio roll-up…” (the dashboard window).

The work runs in ``ui.tasks.Task`` off the GUI thread with progress and cancel; the
file dialogs go through ``choose_save_path`` / ``choose_open_path``, which tests
replace. An import is first run dry, shown for confirmation, then made.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from auditdesk.ui import messages
from auditdesk.ui.tasks import Task

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.workbook import ExportResult, ImportResult
    from auditdesk.store import Store
    from auditdesk.ui.deliverables.dashboard import PortfolioDashboard
    from auditdesk.ui.main_window import MainWindow

WORKBOOK_FILTER = "Excel (*.xlsx)"


def choose_save_path(parent: QWidget, title: str, suggested: str) -> str:
    """A file to write, or ``""`` (tests replace this function)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, WORKBOOK_FILTER)
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path


def choose_open_path(parent: QWidget, title: str) -> str:
    """A workbook to read, or ``""`` (tests replace this function)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", WORKBOOK_FILTER)
    return path


def counts_text(counts: dict[str, int]) -> str:
    """``opportunity 3, comment 1`` (record kinds as the store names them)."""
    return ", ".join(f"{table} {n}" for table, n in sorted(counts.items())) or "0"


class DeliverablesController(QObject):
    """Owned by the main window; finds the open database through it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_export: QAction | None = None
        self.act_import: QAction | None = None
        self.act_rollup: QAction | None = None
        self.dashboard: PortfolioDashboard | None = None
        self.last_task: Task | None = None

    # --- the window's hook ------------------------------------------------------------------

    def add_file_actions(self, menu: QMenu) -> None:
        """Add the three actions to ``menu``; their state follows the selection."""
        self.act_export = QAction(self.tr("Export &workbook…"), self.window)
        self.act_export.setObjectName("actExportWorkbook")
        self.act_export.setToolTip(self.tr("The project-office workbook of the selected audit"))
        self.act_export.triggered.connect(self.on_export_triggered)
        self.act_import = QAction(self.tr("&Import workbook…"), self.window)
        self.act_import.setObjectName("actImportWorkbook")
        self.act_import.triggered.connect(self.on_import_triggered)
        self.act_rollup = QAction(self.tr("Portfolio &roll-up…"), self.window)
        self.act_rollup.setObjectName("actPortfolioRollup")
        self.act_rollup.triggered.connect(self.on_rollup_triggered)
        menu.addActions([self.act_export, self.act_import, self.act_rollup])
        menu.aboutToShow.connect(self.on_menu_about_to_show)

    @Slot()
    def on_menu_about_to_show(self) -> None:
        store = self.window.store
        kind, _ = self.window.navigator.current()
        for action, enabled in ((self.act_export, store is not None and kind == "audit"),
                                (self.act_import, store is not None and not store.read_only),
                                (self.act_rollup, store is not None)):
            if action is not None:
                action.setEnabled(enabled)

    def _start(self, task: Task) -> Task:
        self.last_task = task
        return task.start()

    def _failed(self, exc: BaseException, trace: str) -> None:
        from auditdesk.exchange.workbook import ExportError, WorkbookImportError
        from auditdesk.store import StoreError

        if isinstance(exc, WorkbookImportError):
            messages.warn(self.window, str(exc) + "\n\n" + self.tr(
                "Nothing was changed. The cells to fix are listed under “Show Details…”."),
                details="\n".join(str(p) for p in exc.problems))
        elif isinstance(exc, (ExportError, StoreError, OSError)):
            messages.warn(self.window, str(exc))
        else:
            from auditdesk.ui import app

            app.report_exception(type(exc), exc, exc.__traceback__, trace)

    # --- export -------------------------------------------------------------------------------

    @Slot()
    def on_export_triggered(self) -> None:
        store = self.window.store
        if store is None:
            return
        kind, audit_id = self.window.navigator.current()
        if kind != "audit":
            messages.info(self.window, self.tr("Choose the audit to export on the left first."))
            return
        from auditdesk.exchange.workbook.audit_data import default_file_name

        suggested = str(store.path.parent / default_file_name(store, audit_id))
        path = choose_save_path(self.window, self.tr("Export workbook"), suggested)
        if path:
            self.export(store, audit_id, Path(path))

    def export(self, store: Store, audit_id: str, path: Path) -> Task:
        """Write the workbook of ``audit_id`` to ``path`` in the background."""
        from auditdesk.exchange.workbook import export_audit_workbook

        return self._start(Task(self.window, lambda report: export_audit_workbook(
            store, audit_id, path, report)).with_progress(
            self.tr("Writing the workbook…")).on_success(self._on_exported).on_failure(
            self._failed).on_cancel(lambda: self.window.statusBar().showMessage(
                self.tr("Export cancelled: no file was written."), 8000)))

    def _on_exported(self, result: ExportResult) -> None:
        from auditdesk.i18n import format_number

        self.window.statusBar().showMessage(self.tr("Wrote %1 (%2 kB).").replace(
            "%1", str(result.path)).replace("%2", format_number(result.size / 1024)), 15000)

    # --- import -------------------------------------------------------------------------------

    @Slot()
    def on_import_triggered(self) -> None:
        store = self.window.store
        if store is None or store.read_only:
            return
        path = choose_open_path(self.window, self.tr("Import workbook"))
        if path:
            self.check_import(store, Path(path))

    def check_import(self, store: Store, path: Path) -> Task:
        """Dry-run the import, then ask before making it."""
        from auditdesk.exchange.workbook import import_workbook

        return self._start(Task(self.window, lambda report: import_workbook(
            store, path, dry_run=True, report=report)).with_progress(
            self.tr("Checking %1…").replace("%1", path.name)).on_success(
            lambda result: self._confirm_import(store, path, result)).on_failure(self._failed))

    def _confirm_import(self, store: Store, path: Path, result: ImportResult) -> None:
        if store is not self.window.store:
            return
        question = self.tr("Import “%1” of %2 from %3?\n\nIt will create: %4.\nIt will update: "
                           "%5.").replace("%1", result.audit_title).replace(
            "%2", result.enterprise).replace("%3", path.name).replace(
            "%4", counts_text(result.created)).replace("%5", counts_text(result.updated))
        if result.notes:
            question += "\n\n" + "\n".join(result.notes)
        if messages.confirm(self.window, question):
            self.run_import(store, path)

    def run_import(self, store: Store, path: Path) -> Task:
        from auditdesk.exchange.workbook import import_workbook

        return self._start(Task(self.window, lambda report: import_workbook(
            store, path, report=report)).with_progress(
            self.tr("Importing %1…").replace("%1", path.name)).on_success(
            self._on_imported).on_failure(self._failed))

    def _on_imported(self, result: ImportResult) -> None:
        self.window.reload(select=("audit", result.audit_id))
        self.window.statusBar().showMessage(self.tr("Imported %1: created %2; updated %3.")
                                            .replace("%1", result.audit_title)
                                            .replace("%2", counts_text(result.created))
                                            .replace("%3", counts_text(result.updated)), 15000)

    # --- roll-up --------------------------------------------------------------------------------

    @Slot()
    def on_rollup_triggered(self) -> None:
        store = self.window.store
        if store is None:
            return
        from auditdesk.ui.deliverables.dashboard import PortfolioDashboard

        if self.dashboard is not None and self.dashboard.store is store:
            self.dashboard.show()
            self.dashboard.raise_()
            self.dashboard.activateWindow()
            return
        if self.dashboard is not None:
            self.dashboard.close()
        self.dashboard = PortfolioDashboard(store, self.window)
        self.dashboard.show()
