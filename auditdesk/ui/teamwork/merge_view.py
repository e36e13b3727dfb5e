"""The merge view: what a package will add and update, and each conflict field
by field (this database's value, the package's, who changed each and when),
for the user to decide before anything is written."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.exchange.package import FieldConflict, MergeSummary, Package
from auditdesk.exchange.package_labels import field_label, time_text, value_text
from auditdesk.ui.teamwork.conflict_model import ConflictModel, CountsModel


class MergeDialog(QDialog):
    """Review a planned merge; ``ask`` returns the choices, or None when cancelled."""

    def __init__(self, parent: QWidget | None, summary: MergeSummary, package: Package,
                 database: str) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge “%1”").replace("%1", package.name))
        self.resize(1100, 720)
        self.summary = summary
        self.conflicts = ConflictModel(summary.unresolved(), self)
        self.conflicts.decisions_changed.connect(self.on_conflicts_decisions_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self._header(summary, package, database))
        layout.addWidget(self._counts(summary))
        layout.addWidget(self._conflict_area(), 1)
        self.buttons = QDialogButtonBox(self)  # own texts: Qt ships no Vietnamese for its own
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.setObjectName("mergeButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setObjectName("mergeStatus")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.on_conflicts_decisions_changed()
        if self.conflicts.rowCount():
            self.table.selectRow(0)

    # --- construction ---------------------------------------------------------------

    def _header(self, summary: MergeSummary, package: Package, database: str) -> QLabel:
        audits = "; ".join(f"{a.get('title', '')} — {a.get('enterprise', '')}"
                           for a in package.audits)
        made = self.tr("Package made by %1 on %2 with AuditDesk %3").replace(
            "%1", str(package.manifest.get("created_by") or "?")).replace(
            "%2", time_text(str(package.manifest.get("created_at") or ""))).replace(
            "%3", str(package.manifest.get("app_version") or "?"))
        plan = self.tr("Merging into %1: %2.").replace("%1", database).replace(
            "%2", self._plan_text(summary))
        label = QLabel(f"<b>{_html(audits)}</b><br>{_html(made)}<br>{_html(plan)}", self)
        label.setObjectName("mergeHeader")
        label.setWordWrap(True)
        return label

    def _plan_text(self, summary: MergeSummary) -> str:
        from auditdesk.i18n import format_number

        parts = []
        for count, text in ((summary.added, self.tr("%1 new records")),
                            (summary.updated, self.tr("%1 updated")),
                            (summary.skipped, self.tr("%1 already here")),
                            (summary.conflicting, self.tr("%1 with conflicts to decide"))):
            if count:
                parts.append(text.replace("%1", format_number(count)))
        return ", ".join(parts) or self.tr("nothing to do")

    def _counts(self, summary: MergeSummary) -> QTableView:
        view = QTableView(self)
        view.setObjectName("mergeCounts")
        view.setModel(CountsModel(summary, view))
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        rows = min(view.model().rowCount(), 7)
        view.setFixedHeight(header.sizeHint().height() + rows *
                            view.verticalHeader().defaultSectionSize() + 4)
        return view

    def _conflict_area(self) -> QWidget:
        area = QWidget(self)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(area)
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)
        if self.conflicts.rowCount():
            intro.setText(self.tr(
                "These fields were changed both here and in the package since the two last met. "
                "For each, tick the value to keep; records marked yellow still need a choice. "
                "Fields changed on one side only are merged without asking; nothing is written "
                "until you press Merge."))
        else:
            intro.setText(self.tr("No conflicts: every change is on one side only and will be "
                                  "merged as it is."))
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.keep_all = QPushButton(self.tr("Keep all of this database's values"), area)
        self.keep_all.setObjectName("keepAllOurs")
        self.keep_all.clicked.connect(self.on_keep_all_clicked)
        self.take_all = QPushButton(self.tr("Take all of the package's values"), area)
        self.take_all.setObjectName("takeAllTheirs")
        self.take_all.clicked.connect(self.on_take_all_clicked)
        row.addWidget(self.keep_all)
        row.addWidget(self.take_all)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableView(area)
        self.table.setObjectName("conflictTable")
        self.table.setModel(self.conflicts)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((250, 130, 170, 200, 170, 200)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        layout.addWidget(self.table, 3)
        layout.addWidget(self._detail(area), 0)
        for widget in (self.keep_all, self.take_all, self.table, self.detail):
            widget.setVisible(bool(self.conflicts.rowCount()))
        return area

    def _detail(self, parent: QWidget) -> QWidget:
        self.detail = QWidget(parent)
        grid = QGridLayout(self.detail)
        grid.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.detail)
        self.detail_title.setObjectName("conflictDetailTitle")
        self.detail_title.setStyleSheet("font-weight: 600")
        self.detail_title.setWordWrap(True)
        self.ours_caption = QLabel(self.detail)
        self.theirs_caption = QLabel(self.detail)
        self.ours_text = QPlainTextEdit(self.detail)
        self.ours_text.setObjectName("oursText")
        self.theirs_text = QPlainTextEdit(self.detail)
        self.theirs_text.setObjectName("theirsText")
        for editor in (self.ours_text, self.theirs_text):
            editor.setReadOnly(True)
            editor.setMaximumHeight(editor.fontMetrics().height() * 5)
        grid.addWidget(self.detail_title, 0, 0, 1, 2)
        grid.addWidget(self.ours_caption, 1, 0)
        grid.addWidget(self.theirs_caption, 1, 1)
        grid.addWidget(self.ours_text, 2, 0)
        grid.addWidget(self.theirs_text, 2, 1)
        return self.detail

    # --- slots -------------------------------------------------------------------------

    @Slot()
    def on_conflicts_decisions_changed(self) -> None:
        left = self.conflicts.undecided()
        self.merge_button.setEnabled(left == 0)
        if left:
            self.status.setText(self.tr("%1 of %2 conflicting fields still to choose.")
                                .replace("%1", str(left))
                                .replace("%2", str(self.conflicts.rowCount())))
        elif self.conflicts.rowCount():
            self.status.setText(self.tr("Every conflict is decided. Merge writes it all in one "
                                        "step, or nothing if anything goes wrong."))
        else:
            self.status.setText(self.tr("Merge writes it all in one step, or nothing if "
                                        "anything goes wrong."))

    @Slot()
    def on_keep_all_clicked(self) -> None:
        self.conflicts.choose_all("ours")

    @Slot()
    def on_take_all_clicked(self) -> None:
        self.conflicts.choose_all("theirs")

    @Slot(QItemSelection, QItemSelection)
    def on_table_selection_changed(self, selected: QItemSelection,
                                   deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_detail(self.conflicts.conflicts[rows[0].row()])

    def show_detail(self, conflict: FieldConflict) -> None:
        """The full values of one conflict, with the value before both changes."""
        name = field_label(conflict.field)
        before = (value_text(conflict.base) if conflict.has_base
                  else self.tr("not known (the two copies share no earlier version)"))
        self.detail_title.setText(self.tr("%1 — %2. Before both changes: %3").replace(
            "%1", conflict.label).replace("%2", name).replace("%3", before))
        self.ours_caption.setText(self.tr("Here: changed by %1, %2").replace(
            "%1", conflict.ours_by or "?").replace("%2", time_text(conflict.ours_at)))
        self.theirs_caption.setText(self.tr("In the package: changed by %1, %2").replace(
            "%1", conflict.theirs_by or "?").replace("%2", time_text(conflict.theirs_at)))
        if conflict.field:
            self.ours_text.setPlainText(value_text(conflict.ours))
            self.theirs_text.setPlainText(value_text(conflict.theirs))
        else:
            self.ours_text.setPlainText(self.tr("Deleted in this database."))
            self.theirs_text.setPlainText(self.tr("Changed in the package after it was deleted "
                                                  "here; take it to restore the record."))

    # --- the API -------------------------------------------------------------------------

    @classmethod
    def ask(cls, parent: QWidget | None, summary: MergeSummary, package: Package,
            database: str) -> dict[tuple[str, str, str], str] | None:
        """Show the planned merge; the user's choice per conflict, or None (cancelled)."""
        dialog = cls(parent, summary, package, database)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.conflicts.choices()
        finally:
            dialog.deleteLater()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
