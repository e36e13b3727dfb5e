"""The backups of the open database: what each holds, back up now, restore one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import format_iso_date, format_number
from auditdesk.store import backup as backups
from auditdesk.ui import messages
from auditdesk.ui.tasks import Task
from auditdesk.ui.teamwork.controller import BACKUP_MINUTES, made_text
from auditdesk.ui.teamwork.jobs import Jobs

Index = QModelIndex | QPersistentModelIndex


class BackupModel(QAbstractTableModel):
    """The backups of one database, newest first."""

    def __init__(self, db_path: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.backups: list[backups.BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.backups = backups.list_backups(self.db_path)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Made"), self.tr("Why"), self.tr("Size"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.backups):
            return None
        info = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return made_text(info)
            if index.column() == 1:
                return self.reason_text(info.reason)
            return f"{format_number(info.size / 1024)} kB"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def reason_text(self, reason: str) -> str:
        return {"open": self.tr("on opening"), "interval": self.tr("while working"),
                "manual": self.tr("by hand"),
                "before-restore": self.tr("before a restore")}.get(reason, reason)


def _backup_minutes() -> int:
    """The backup interval of the settings (BACKUP_MINUTES when they are unreadable)."""
    from auditdesk import settings

    return settings.load().backup_minutes or BACKUP_MINUTES


class BackupDialog(QDialog):
    """Lists backups; ``ask`` returns the backup the user chose to restore."""

    def __init__(self, parent: QWidget | None, db_path: Path, keep: int) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups of %1").replace("%1", db_path.name))
        self.resize(900, 520)
        self.db_path = db_path
        self.keep = keep
        self.chosen: backups.BackupInfo | None = None
        self.model = BackupModel(db_path, self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "AuditDesk backs this database up when you open it and every %1 minutes while you "
            "work, and keeps the newest %2 (Settings). Backups are in %3.")
            .replace("%1", str(_backup_minutes())).replace("%2", str(keep))
            .replace("%3", str(backups.backup_folder(db_path))), self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        body = QHBoxLayout()
        self.view = QTableView(self)
        self.view.setObjectName("backupTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self.on_view_selection_changed)
        self.view.setMinimumWidth(440)
        body.addWidget(self.view, 1)
        self.contents = QLabel(self)
        self.contents.setObjectName("backupContents")
        self.contents.setWordWrap(True)
        self.contents.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.contents.setMinimumWidth(320)
        body.addWidget(self.contents, 1)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.backup_now = QPushButton(self.tr("Back up now"), self)
        self.backup_now.setObjectName("backupNow")
        self.backup_now.clicked.connect(self.on_backup_now_clicked)
        self.restore = QPushButton(self.tr("Restore this backup…"), self)
        self.restore.setObjectName("restoreBackup")
        self.restore.clicked.connect(self.on_restore_clicked)
        buttons.addButton(self.backup_now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._described: dict[Path, backups.BackupContents] = {}
        self.jobs = Jobs()
        self._select_first()

    def _select_first(self) -> None:
        self.restore.setEnabled(False)
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.contents.setText(self.tr("No backups yet."))

    def selected(self) -> backups.BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    @Slot(QItemSelection, QItemSelection)
    def on_view_selection_changed(self, selected: QItemSelection,
                                  deselected: QItemSelection) -> None:
        info = self.selected()
        self.restore.setEnabled(False)
        if info is None:
            return
        if info.path in self._described:
            self.show_contents(info, self._described[info.path])
            return
        self.contents.setText(self.tr("Reading the backup…"))
        self.jobs.start(Task(self, lambda report: backups.describe_backup(info.path)).on_success(
            lambda contents: self._on_described(info, contents)).on_failure(
            lambda exc, trace: self.contents.setText(str(exc))))

    def _on_described(self, info: backups.BackupInfo, contents: backups.BackupContents) -> None:
        self._described[info.path] = contents
        if self.selected() == info:
            self.show_contents(info, contents)

    def show_contents(self, info: backups.BackupInfo, contents: backups.BackupContents) -> None:
        """What the backup holds, so the user knows what a restore brings back."""
        from auditdesk.exchange.package_labels import table_label, time_text

        lines = [f"<b>{made_text(info)}</b>"]
        if contents.problems:
            lines.append("<span style='color:#a4262c'>" + self.tr(
                "This backup is damaged and cannot be restored: %1").replace(
                "%1", _html("; ".join(contents.problems[:3]))) + "</span>")
        else:
            lines.append(self.tr("Last change: %1 by %2").replace(
                "%1", time_text(contents.last_change_at)).replace(
                "%2", _html(contents.last_change_by or "?")))
            counts = ", ".join(f"{table_label(t)}: {format_number(n)}"
                               for t, n in contents.counts.items() if t != "history")
            lines.append(_html(counts))
            lines.append(self.tr("Audits:"))
            lines.extend(f"• {_html(title)} — {_html(enterprise)} ({format_iso_date(start)})"
                         for title, enterprise, start in contents.audits[:12])
            if len(contents.audits) > 12:
                lines.append(self.tr("… and %1 more").replace(
                    "%1", str(len(contents.audits) - 12)))
        self.contents.setText("<br>".join(lines))
        self.restore.setEnabled(not contents.problems)

    @Slot()
    def on_backup_now_clicked(self) -> None:
        self.backup_now.setEnabled(False)
        self.jobs.start(Task(self, lambda report: backups.make_backup(
            self.db_path, reason="manual", keep=self.keep, report=report)).with_progress(
            self.tr("Backing up…")).on_success(self._on_backed_up).on_failure(
            self._on_backup_failed))

    def _on_backed_up(self, info: backups.BackupInfo) -> None:
        self.backup_now.setEnabled(True)
        self.model.reload()
        self._select_first()

    def _on_backup_failed(self, exc: BaseException, trace: str) -> None:
        self.backup_now.setEnabled(True)
        messages.warn(self, str(exc))

    @Slot()
    def on_restore_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        question = self.tr(
            "Replace the open database by the backup made %1? Changes made since then are "
            "not in it. The current file is kept in the backup folder, so this can be undone.") \
            .replace("%1", made_text(info))
        if messages.confirm(self, question):
            self.chosen = info
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, db_path: Path, keep: int
            ) -> backups.BackupInfo | None:
        """Show the backups; the one to restore, or None."""
        dialog = cls(parent, db_path, keep)
        try:
            dialog.exec()
            return dialog.chosen
        finally:
            dialog.jobs.wait()
            dialog.deleteLater()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
