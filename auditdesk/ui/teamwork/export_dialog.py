"""Choose the audits to export and where to write the package."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import format_iso_date
from auditdesk.store import Store

PACKAGE_FILTER = "AuditDesk package (*.auditdesk)"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store, selected: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export audit package"))
        self.resize(760, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The package holds each audit with its park, enterprise, meters and readings, "
            "production, checklist answers, photos, opportunities, reference data and change "
            "history. Another AuditDesk merges it without duplicates."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Audit"), self.tr("Enterprise"),
                                              self.tr("Start date")])
        rows = store.query(
            "SELECT a.id, a.title, e.name, a.start_date FROM audit a JOIN enterprise e "
            "ON e.id = a.enterprise_id ORDER BY e.name COLLATE NOCASE, a.start_date DESC")
        for audit_id, title, enterprise, start in rows:
            item = QStandardItem(title or "")
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(audit_id, ID_ROLE)
            item.setCheckState(Qt.CheckState.Checked if audit_id == selected
                               else Qt.CheckState.Unchecked)
            others = [QStandardItem(enterprise or ""), QStandardItem(format_iso_date(start))]
            for other in others:
                other.setEditable(False)
            self.model.appendRow([item, *others])
        self.model.itemChanged.connect(self.on_model_item_changed)
        self.view = QTreeView(self)
        self.view.setObjectName("exportAudits")
        self.view.setRootIsDecorated(False)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Package file"), self))
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.path.setText(str(self._default_path(store, selected)))
        self.path.textChanged.connect(self.on_path_text_changed)
        row.addWidget(self.path, 1)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.on_browse_clicked)
        row.addWidget(browse)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_state()

    def _default_path(self, store: Store, audit_id: str) -> Path:
        rows = store.query("SELECT e.name, a.start_date FROM audit a JOIN enterprise e "
                           "ON e.id = a.enterprise_id WHERE a.id = ?", (audit_id,))
        name = f"{rows[0][0]} {rows[0][1] or ''}" if rows else store.path.stem
        safe = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-") or "audit"
        return Path.home() / f"{safe}.auditdesk"

    def audit_ids(self) -> list[str]:
        return [self.model.item(r).data(ID_ROLE) for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked]

    def _update_state(self) -> None:
        self.export_button.setEnabled(bool(self.audit_ids()) and bool(self.path.text().strip()))

    @Slot(QStandardItem)
    def on_model_item_changed(self, item: QStandardItem) -> None:
        self._update_state()

    @Slot(str)
    def on_path_text_changed(self, text: str) -> None:
        self._update_state()

    @Slot()
    def on_browse_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit package"),
                                              self.path.text(),
                                              self.tr("AuditDesk package") + " (*.auditdesk)")
        if path:
            self.path.setText(path if path.endswith(".auditdesk") else path + ".auditdesk")

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, selected: str = ""
            ) -> tuple[list[str], Path] | None:
        """The chosen audit ids and package path, or None when cancelled."""
        dialog = cls(parent, store, selected)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.audit_ids(), Path(dialog.path.text().strip())
        finally:
            dialog.deleteLater()
