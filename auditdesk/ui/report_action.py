"""*File → Audit report (PDF)…*: write the selected audit's report for the enterprise.

The action asks the language and the file (``ask_options``, which tests
replace), then runs ``auditdesk.exchange.report.write_report`` in a
``ui.tasks.Task`` with progress and Cancel. The work opens its own read-only
connection to the database, so the window's connection is never shared with
the worker; a cancel or an error leaves no file behind (the report is written
atomically). Light to import: the dialogs and the report code load when used.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from auditdesk.ui import messages
from auditdesk.ui.tasks import Task

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.report import ReportResult
    from auditdesk.store import Store
    from auditdesk.ui.main_window import MainWindow

PDF_FILTER = "PDF (*.pdf)"


def default_path(store: Store, audit_id: str, lang: str) -> Path:
    """``~/<enterprise>-<audit start>-<lang>.pdf`` with the name made safe for a file."""
    rows = store.query("SELECT e.name, a.start_date FROM audit a JOIN enterprise e "
                       "ON e.id = a.enterprise_id WHERE a.id = ?", (audit_id,))
    name = f"{rows[0][0]} {rows[0][1] or ''}" if rows else store.path.stem
    safe = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-") or "audit"
    return Path.home() / f"{safe}-{lang}.pdf"


def ask_options(parent: QWidget, store: Store, audit_id: str, lang: str
                ) -> tuple[str, Path] | None:
    """Ask the report's language, then where to save it; None when cancelled."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    names = ["Tiếng Việt", "English"]  # each language by its own name
    codes = ["vi", "en"]
    chosen, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("ReportAction", "Audit report (PDF)"),
        QCoreApplication.translate("ReportAction", "Language of the report:"), names,
        codes.index(lang) if lang in codes else 0, False)
    if not ok:
        return None
    lang = codes[names.index(chosen)]
    title = QCoreApplication.translate("ReportAction", "Save the audit report")
    path, _ = QFileDialog.getSaveFileName(parent, title,
                                          str(default_path(store, audit_id, lang)), PDF_FILTER)
    if not path:
        return None
    return lang, Path(path if path.lower().endswith(".pdf") else path + ".pdf")


class ReportAction(QObject):
    """Owned by the main window: the menu action and the background work behind it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action: QAction | None = None
        self.task: Task | None = None

    def add_file_action(self, menu: QMenu) -> None:
        """Add “Audit report (PDF)…” to ``menu``."""
        self.action = QAction(self.tr("Audit &report (PDF)…"), self.window)
        self.action.setObjectName("actAuditReport")
        self.action.triggered.connect(self.on_action_triggered)
        menu.addAction(self.action)

    def update_state(self) -> None:
        """Enabled when an audit is selected and no report is being written."""
        if self.action is not None:
            kind, _ = self.window.navigator.current()
            self.action.setEnabled(self.window.store is not None and kind == "audit"
                                   and self.task is None)

    @Slot()
    def on_action_triggered(self) -> None:
        store = self.window.store
        kind, audit_id = self.window.navigator.current()
        if store is None or kind != "audit":
            return
        from auditdesk.i18n import current_language

        chosen = ask_options(self.window, store, audit_id, current_language())
        if chosen is not None:
            self.start(store.path, audit_id, *chosen)

    def start(self, db_path: Path, audit_id: str, lang: str, path: Path) -> Task:
        """Write the report of ``audit_id`` in ``lang`` to ``path`` in the background."""
        from auditdesk import settings

        user = settings.load().effective_user()

        def work(report: Any) -> ReportResult:
            from auditdesk.exchange.report import write_report
            from auditdesk.store import open_store

            store = open_store(db_path, user=user, read_only=True)
            try:  # the steps' names are in the report's language: keep the dialog's own label
                return write_report(store, audit_id, path, lang,
                                    lambda done, total, _text: report(done, total, ""))
            finally:
                store.close()

        self.task = (Task(self.window, work)
                     .with_progress(self.tr("Writing the audit report…"))
                     .on_success(self._on_written).on_failure(self._on_failed)
                     .on_cancel(self._on_cancelled))
        self.task.finished.connect(self._on_finished)
        self.update_state()
        return self.task.start()

    def _on_written(self, result: ReportResult) -> None:
        from auditdesk.i18n import format_number

        messages.info(self.window, self.tr("Wrote the audit report %1: %2 pages, %3 kB.")
                      .replace("%1", str(result.path)).replace("%2", str(result.pages))
                      .replace("%3", format_number(result.size / 1024)))

    def _on_failed(self, exc: BaseException, trace: str) -> None:
        from auditdesk.exchange.report import ReportError
        from auditdesk.store import StoreError

        if isinstance(exc, (ReportError, StoreError, OSError)):
            messages.warn(self.window, str(exc))
            return
        from auditdesk.ui import app

        app.report_exception(type(exc), exc, exc.__traceback__, trace)

    def _on_cancelled(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("The audit report was cancelled; no file was written."), 8000)

    def _on_finished(self) -> None:
        self.task = None
        self.update_state()
