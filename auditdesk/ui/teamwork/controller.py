"""Teamwork in the main window: the File-menu actions (export a package, merge
packages, backups), the integrity check and backup after a database opens, a
backup every few minutes while it changes, and the offer to restore the newest
good backup when a database is damaged.

All of it runs through ``ui.tasks.Task`` off the GUI thread; the first check
starts ``OPEN_CHECK_DELAY_MS`` after the database is shown, so it never delays
the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from auditdesk import settings
from auditdesk.ui import messages
from auditdesk.ui.tasks import Task
from auditdesk.ui.teamwork.jobs import Jobs

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.package import MergeSummary, Package, PackResult
    from auditdesk.store import Store
    from auditdesk.store.backup import BackupInfo
    from auditdesk.ui.main_window import MainWindow

OPEN_CHECK_DELAY_MS = 1500
BACKUP_MINUTES = 20  # default of Settings.backup_minutes: a backup this often while it changes
PACKAGE_FILTER = "AuditDesk package (*.auditdesk)"


class TeamworkController(QObject):
    """Owned by the main window; knows its ``store`` only through the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = Jobs()
        self.store: Store | None = None
        self._changes_at_backup = -1
        self._queue: list[str] = []
        self._merged: list[MergeSummary] = []
        self.open_timer = QTimer(self)
        self.open_timer.setSingleShot(True)
        self.open_timer.setInterval(OPEN_CHECK_DELAY_MS)
        self.open_timer.timeout.connect(self.on_open_timer_timeout)
        self.interval_timer = QTimer(self)
        self.interval_timer.setInterval(settings.load().backup_minutes * 60_000)  # Settings
        self.interval_timer.timeout.connect(self.on_interval_timer_timeout)
        self.act_export: QAction | None = None
        self.act_merge: QAction | None = None
        self.act_backups: QAction | None = None

    # --- the window's hooks ----------------------------------------------------------

    def add_file_actions(self, menu: QMenu) -> None:
        """Add “Export audit package…”, “Merge packages…” and “Backups…” to ``menu``."""
        self.act_export = QAction(self.tr("E&xport audit package…"), self.window)
        self.act_export.setObjectName("actExportPackage")
        self.act_export.triggered.connect(self.on_export_triggered)
        self.act_merge = QAction(self.tr("&Merge packages…"), self.window)
        self.act_merge.setObjectName("actMergePackages")
        self.act_merge.triggered.connect(self.on_merge_triggered)
        self.act_backups = QAction(self.tr("&Backups…"), self.window)
        self.act_backups.setObjectName("actBackups")
        self.act_backups.triggered.connect(self.on_backups_triggered)
        menu.addActions([self.act_export, self.act_merge, self.act_backups])

    def update_state(self) -> None:
        store = self.window.store
        writable = store is not None and not store.read_only
        for action, enabled in ((self.act_export, store is not None), (self.act_merge, writable),
                                (self.act_backups, writable)):
            if action is not None:
                action.setEnabled(enabled)

    def on_store_opened(self, store: Store) -> None:
        """Check and back up a writable database once the window is up. (Work still
        running for a database shown before finishes on its own; its callbacks see
        that the window shows another one.)"""
        self.open_timer.stop()
        self.interval_timer.stop()
        self.store = store
        if not store.read_only:
            self.open_timer.start()
            self.interval_timer.start()

    def on_store_closing(self) -> None:
        """Stop the timers and let running backups finish (they read the file)."""
        self.open_timer.stop()
        self.interval_timer.stop()
        self.store = None
        self.jobs.wait()

    # --- backups and the integrity check ---------------------------------------------

    @Slot()
    def on_open_timer_timeout(self) -> None:
        store = self.store
        if store is None:
            return
        from auditdesk.store import backup as backups

        path, keep = store.path, settings.load().backup_count

        def work(report: Any) -> tuple[str, Any, Any]:
            problems = backups.check_integrity(path)
            if problems:
                return "damaged", problems, backups.newest_good_backup(path)
            return "ok", backups.make_backup(path, reason="open", keep=keep), None

        self._changes_at_backup = store.conn.total_changes
        self.jobs.start(Task(self.window, work).on_success(
            lambda result: self._on_open_checked(store, result)).on_failure(
            self._on_backup_failed))

    def _on_open_checked(self, store: Store, result: tuple[str, Any, Any]) -> None:
        kind, detail, good = result
        if store is not self.window.store:
            return
        if kind == "damaged":
            QTimer.singleShot(0, lambda: self.offer_restore(store.path, "; ".join(detail[:3]),
                                                            good))
        else:
            self.window.statusBar().showMessage(self.tr("Backed up."), 4000)

    @Slot()
    def on_interval_timer_timeout(self) -> None:
        store = self.store
        if store is None or store.conn.total_changes == self._changes_at_backup:
            return
        from auditdesk.store import backup as backups

        self._changes_at_backup = store.conn.total_changes
        path, keep = store.path, settings.load().backup_count
        self.jobs.start(Task(self.window, lambda report: backups.make_backup(
            path, reason="interval", keep=keep)).on_success(
            lambda info: self.window.statusBar().showMessage(self.tr("Backed up."), 4000))
            .on_failure(self._on_backup_failed))

    def _on_backup_failed(self, exc: BaseException, trace: str) -> None:
        from auditdesk.store import StoreError

        if isinstance(exc, (StoreError, OSError)):
            self.window.statusBar().showMessage(
                self.tr("The automatic backup failed: %1").replace("%1", str(exc)), 15000)
        else:
            _report(exc, trace)

    def handle_open_failure(self, path: str | Path, error: Exception) -> bool:
        """A database that cannot be opened because it is damaged: offer the newest
        good backup. True when this took over (there are backups to look at)."""
        from auditdesk.store import NotADatabaseError
        from auditdesk.store import backup as backups

        path = Path(path)
        if not isinstance(error, NotADatabaseError) or not backups.list_backups(path):
            return False
        self.jobs.start(Task(self.window, lambda report: backups.newest_good_backup(path))
                        .with_progress(self.tr("Looking for a good backup…"))
                        .on_success(lambda good: QTimer.singleShot(
                            0, lambda: self.offer_restore(path, str(error), good)))
                        .on_failure(_report))
        return True

    def offer_restore(self, path: Path, problem: str, good: BackupInfo | None) -> None:
        if good is None:
            messages.warn(self.window, self.tr(
                "%1 is damaged (%2), and no good backup of it was found. Stop working in it, "
                "keep a copy of the file and ask for help.").replace("%1", path.name)
                .replace("%2", problem))
            return
        from auditdesk.store import backup as backups

        question = self.tr(
            "%1 is damaged: %2\n\nRestore the newest good backup, made %3? Changes made after "
            "it are not in it. The damaged file is kept in %4.").replace(
            "%1", path.name).replace("%2", problem).replace(
            "%3", made_text(good)).replace(
            "%4", str(backups.backup_folder(path) / "replaced"))
        if messages.confirm(self.window, question):
            self.restore(path, good)

    def restore(self, db_path: Path, info: BackupInfo) -> None:
        """Close the database if it is open, replace it by the backup, open it again."""
        from auditdesk.store import backup as backups

        window = self.window
        if window.store is not None and window.store.path.resolve() == db_path.resolve():
            window.on_close_database()
        user = settings.load().effective_user()
        self.jobs.start(Task(window, lambda report: backups.restore_backup(
            info.path, db_path, user=user, report=report)).with_progress(
            self.tr("Restoring the backup…")).on_success(
            lambda kept: self._on_restored(db_path, info, kept)).on_failure(
            lambda exc, trace: self._on_restore_failed(db_path, exc, trace)))

    def _on_restored(self, db_path: Path, info: BackupInfo, kept: Path | None) -> None:
        if self.window.open_path(db_path):
            messages.info(self.window, self.tr(
                "Restored %1 from the backup made %2. The file it replaced is kept as %3.")
                .replace("%1", db_path.name)
                .replace("%2", made_text(info))
                .replace("%3", str(kept) if kept else "—"))

    def _on_restore_failed(self, db_path: Path, exc: BaseException, trace: str) -> None:
        from auditdesk.store import StoreError

        if not isinstance(exc, (StoreError, OSError)):
            _report(exc, trace)
            return
        messages.warn(self.window, str(exc))
        if db_path.exists():
            self.window.open_path(db_path)

    @Slot()
    def on_backups_triggered(self) -> None:
        store = self.window.store
        if store is None:
            return
        from auditdesk.ui.teamwork.backup_dialog import BackupDialog

        chosen = BackupDialog.ask(self.window, store.path, settings.load().backup_count)
        if chosen is not None:
            self.restore(store.path, chosen)

    # --- export --------------------------------------------------------------------

    @Slot()
    def on_export_triggered(self) -> None:
        store = self.window.store
        if store is None:
            return
        from auditdesk.exchange.package import export_audits
        from auditdesk.ui.teamwork.export_dialog import ExportDialog

        kind, entity_id = self.window.navigator.current()
        chosen = ExportDialog.ask(self.window, store, entity_id if kind == "audit" else "")
        if chosen is None:
            return
        audit_ids, path = chosen
        self.jobs.start(Task(self.window, lambda report: export_audits(
            store, audit_ids, path, report)).with_progress(
            self.tr("Writing the audit package…")).on_success(self._on_exported).on_failure(
            self._on_failed))

    def _on_exported(self, result: PackResult) -> None:
        from auditdesk.i18n import format_number

        messages.info(self.window, self.tr(
            "Wrote %1: %2 audit(s), %3 records, %4 kB. Send this file to the colleague or "
            "office who merges it.").replace("%1", str(result.path))
            .replace("%2", str(len(result.audits)))
            .replace("%3", format_number(sum(result.rows.values())))
            .replace("%4", format_number(result.size / 1024)))

    def _on_failed(self, exc: BaseException, trace: str) -> None:
        from auditdesk.store import StoreError

        if isinstance(exc, (StoreError, OSError)):
            messages.warn(self.window, str(exc))
        else:
            _report(exc, trace)

    # --- merge -------------------------------------------------------------------------

    @Slot()
    def on_merge_triggered(self) -> None:
        if self.window.store is None:
            return
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Merge packages"), "",
                                                self.tr("AuditDesk package") + " (*.auditdesk)")
        if paths:
            self.merge_paths(paths)

    def merge_paths(self, paths: list[str]) -> None:
        """Merge packages one after the other, each after its merge view."""
        self._queue = [str(p) for p in paths]
        self._merged = []
        self._merge_next()

    def _merge_next(self) -> None:
        store = self.window.store
        if not self._queue or store is None:
            self._finish_merging()
            return
        path = self._queue.pop(0)
        from auditdesk.exchange.package import merge_package, open_package

        def plan(report: Any) -> tuple[Package, MergeSummary]:
            package = open_package(path, report=report)
            try:
                return package, merge_package(store, package, on_conflict="ask", report=report)
            except BaseException:
                package.close()
                raise

        self.jobs.start(Task(self.window, plan).with_progress(
            self.tr("Reading %1…").replace("%1", Path(path).name)).on_success(
            lambda planned: QTimer.singleShot(0, lambda: self._review(store, *planned)))
            .on_failure(self._on_merge_failed))

    def _review(self, store: Store, package: Package, plan: MergeSummary) -> None:
        from auditdesk.exchange.package import merge_package
        from auditdesk.ui.teamwork.merge_view import MergeDialog

        if store is not self.window.store:
            package.close()
            return
        choices = MergeDialog.ask(self.window, plan, package, store.path.name)
        if choices is None:
            package.close()
            self._queue.clear()
            self.window.statusBar().showMessage(
                self.tr("Merge of %1 cancelled: nothing was changed.").replace(
                    "%1", package.name), 8000)
            return

        def apply(report: Any) -> MergeSummary:
            try:
                return merge_package(store, package, choices=choices, on_conflict="fail",
                                     report=report)
            finally:
                package.close()

        self.jobs.start(Task(self.window, apply).with_progress(
            self.tr("Merging %1…").replace("%1", package.name)).on_success(
            self._on_merged).on_failure(self._on_merge_failed))

    def _on_merged(self, summary: MergeSummary) -> None:
        self._merged.append(summary)
        self.window.reload()
        QTimer.singleShot(0, self._merge_next)

    def _on_merge_failed(self, exc: BaseException, trace: str) -> None:
        self._queue.clear()
        self._on_failed(exc, trace)
        self._finish_merging()

    def _finish_merging(self) -> None:
        if not self._merged:
            return
        from auditdesk.exchange.package_labels import count_parts

        lines = [f"{s.source}: {count_parts(s.added, s.updated, s.skipped, s.conflicting)}"
                 for s in self._merged]
        self._merged = []
        messages.info(self.window, self.tr("Merged:") + "\n" + "\n".join(lines))


def made_text(info: "BackupInfo") -> str:
    """When a backup was made, in local time and the language's date format."""
    from auditdesk.i18n import format_date

    local = info.made_at.astimezone()
    return f"{format_date(local.date())} {local:%H:%M:%S}"


def _report(exc: BaseException, trace: str) -> None:
    from auditdesk.ui import app

    app.report_exception(type(exc), exc, exc.__traceback__, trace)
