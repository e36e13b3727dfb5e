"""The "Opportunities" tab of an audit: the register (filters, sortable table,
totals) beside the editor of the chosen opportunity; add, duplicate, delete."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import fill
from auditdesk.model import vocab
from auditdesk.review.signoff import is_locked
from auditdesk.store import Store, StoreError
from auditdesk.store.estimates import (
    next_code,
    recompute_opportunity,
    register_rows,
    totals_of,
    vnd_per_usd,
)
from auditdesk.ui import messages, undo
from auditdesk.ui.register.editor import OpportunityEditor
from auditdesk.ui.register.input_form import compact
from auditdesk.ui.register.labels import area_label
from auditdesk.ui.register.register_model import ID_ROLE, RegisterFilter, RegisterModel
from auditdesk.ui.register.totals_panel import TotalsPanel

TITLE_WIDTH = 190
EDITOR_SHARE = 0.37  # of the tab's width, when first shown


class RegisterTab(QWidget):
    """The opportunity register of one audit."""

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerTab")
        self.store, self.audit_id = store, audit_id
        self._usd_rate = vnd_per_usd(store, audit_id)
        self._audit_areas = {a.code: a.name
                             for a in store.areas.list("audit_id = ?", (audit_id,))}
        self._reverting = False
        self._sized = False
        self.model = RegisterModel(self._audit_areas, self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._fit_columns()
        if self.proxy.rowCount():
            self.view.selectRow(0)

    # --- construction ------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Search code, title, owner, partner…"))
        self.search.setClearButtonEnabled(True)
        self.technique = QComboBox(self)
        self.technique.setObjectName("filterTechnique")
        self.technique.addItem(self.tr("All techniques"), "")
        for code in vocab.TECHNIQUES:
            self.technique.addItem(f"{code} — {vocab.label(vocab.TECHNIQUES, code)}", code)
        self.status = QComboBox(self)
        self.status.setObjectName("filterStatus")
        self.status.addItem(self.tr("All statuses"), "")
        for code in vocab.OPPORTUNITY_STATUSES:
            self.status.addItem(vocab.label(vocab.OPPORTUNITY_STATUSES, code), code)
        self.area = QComboBox(self)
        self.area.setObjectName("filterArea")
        for combo in (self.technique, self.status, self.area):
            compact(combo, 10)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addOpportunity")
        self.add_button.setToolTip(self.tr("Add an opportunity to this audit"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.setObjectName("duplicateOpportunity")
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteOpportunity")
        bar.addWidget(self.search, 2)
        bar.addWidget(self.technique, 1)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.area, 1)
        bar.addStretch(0)
        bar.addWidget(self.add_button)
        bar.addWidget(self.duplicate_button)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView(left)
        self.view.setObjectName("registerTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # long Vietnamese titles on two lines
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionsMovable(True)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        column.addWidget(self.view, 1)
        self.totals = TotalsPanel(left)
        column.addWidget(self.totals)
        self.editor = OpportunityEditor(self.store, self.audit_id, self.splitter)
        self.editor.setMinimumWidth(340)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        delete = QAction(self.tr("Delete opportunity"), self.view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.on_delete_button_clicked)
        self.view.addAction(delete)

        self.search.textChanged.connect(self.on_search_text_changed)
        self.technique.currentIndexChanged.connect(self.on_filter_changed)
        self.status.currentIndexChanged.connect(self.on_filter_changed)
        self.area.currentIndexChanged.connect(self.on_filter_changed)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.duplicate_button.clicked.connect(self.on_duplicate_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_current_row_changed)
        self.editor.saved.connect(self.on_editor_saved)
        self.proxy.rowsInserted.connect(self.on_proxy_rows_changed)
        self.proxy.rowsRemoved.connect(self.on_proxy_rows_changed)
        self.proxy.modelReset.connect(self.on_proxy_rows_changed)
        self.proxy.layoutChanged.connect(self.on_proxy_rows_changed)
        self._update_actions()

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        title = self.model.column_of("title")
        self.view.setColumnWidth(title, min(self.view.columnWidth(title), TITLE_WIDTH))
        self.view.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # the table would take it all: give the editor its share once
            self._sized = True
            width = max(self.width(), 800)
            self.splitter.setSizes([int(width * (1 - EDITOR_SHARE)), int(width * EDITOR_SHARE)])
        elif self._data_stamp() != self._loaded_stamp:
            self.reload()  # changed elsewhere meanwhile, e.g. a finding turned into one
        self._update_actions()  # signed off or unlocked in the Review tab meanwhile
        super().showEvent(event)

    def _data_stamp(self) -> tuple[object, ...]:
        """Changes whenever an opportunity of this audit is added, edited or deleted."""
        return tuple(self.store.conn.execute(
            "SELECT count(*), max(updated_at) FROM opportunity WHERE audit_id = ?",
            (self.audit_id,)).fetchone())

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every row again (keeps the filters)."""
        self._loaded_stamp = self._data_stamp()
        self.model.load(register_rows(self.store, self.audit_id))
        self._fill_area_filter()
        self._update_totals()

    def _fill_area_filter(self) -> None:
        current = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("All areas"), "")
        codes = sorted({row.area for row in self.model.rows() if row.area},
                       key=lambda c: area_label(c, self._audit_areas))
        for code in codes:
            self.area.addItem(area_label(code, self._audit_areas), code)
        self.area.setCurrentIndex(max(self.area.findData(current), 0))
        self.area.blockSignals(False)

    def _update_totals(self) -> None:
        shown = [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                 for r in range(self.proxy.rowCount())]
        filtered = self.proxy.rowCount() != self.model.rowCount()
        self.totals.usd_rate = self._usd_rate  # display units hook: USD totals when chosen
        self.totals.show_totals(totals_of(shown, self._usd_rate), filtered)

    def _update_actions(self) -> None:
        locked = is_locked(self.store, self.audit_id)
        writable = not self.store.read_only and not locked
        has_current = self.current_id() is not None
        self.add_button.setEnabled(writable)
        self.duplicate_button.setEnabled(writable and has_current)
        self.delete_button.setEnabled(writable and has_current)
        why = self.tr("The audit is signed off: its opportunities are locked. Unlock it in the "
                      "Review tab, giving a reason, to change them.") if locked else ""
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            button.setToolTip(why)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, opportunity_id: str) -> bool:
        position = self.model.position_of(opportunity_id)
        if position < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():  # hidden by a filter: clear the filters to show it
            self.search.clear()
            for combo in (self.technique, self.status, self.area):
                combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def _create(self, opportunity: object) -> None:
        try:
            created = self.store.opportunities.create(opportunity)  # type: ignore[arg-type]
            recompute_opportunity(self.store, created.id)
        except (StoreError, ValueError, KeyError) as exc:
            messages.warn(self, str(exc))
            return
        undo.record_opportunity_created(self, created)  # undo hook
        self.model.upsert(register_rows(self.store, self.audit_id, [created.id]))
        self._fill_area_filter()
        self.select(created.id)
        self.view.resizeRowToContents(self.view.currentIndex().row())
        self.editor.focus_title()

    # --- slots ---------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def on_view_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting:
            return
        new_id = current.data(ID_ROLE) if current.isValid() else None
        old_id = self.editor.opportunity_id
        if new_id == old_id:
            return
        if old_id is not None and not self.editor.flush():
            title = self.editor.title.text()
            if not messages.confirm(self, self.tr(
                    "“%1” has a value that cannot be saved (marked in red). Leave it and lose "
                    "that change?").replace("%1", title)):
                self._reverting = True
                try:
                    self.select(old_id)
                finally:
                    self._reverting = False
                return
        self.editor.load(new_id)
        self._update_actions()

    @Slot(str)
    def on_editor_saved(self, opportunity_id: str) -> None:
        # A new carrier resets the model and a changed status may leave the filter: keep
        # the edited opportunity chosen without reloading the editor under the auditor.
        self._reverting = True
        try:
            self.model.upsert(register_rows(self.store, self.audit_id, [opportunity_id]))
            if self.current_id() != opportunity_id:
                self.select(opportunity_id)
        finally:
            self._reverting = False
        index = self.proxy.mapFromSource(
            self.model.index(self.model.position_of(opportunity_id), 0))
        if index.isValid():  # a longer or shorter title
            self.view.resizeRowToContents(index.row())
        self._fill_area_filter()
        self._update_totals()

    @Slot()
    def on_proxy_rows_changed(self) -> None:
        self._update_totals()

    @Slot(str)
    def on_search_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_totals()

    @Slot()
    def on_filter_changed(self) -> None:
        self.proxy.set_technique(self.technique.currentData())
        self.proxy.set_status(self.status.currentData())
        self.proxy.set_area(self.area.currentData())
        self._update_totals()

    @Slot()
    def on_add_button_clicked(self) -> None:
        from auditdesk.model import Opportunity

        self.editor.flush()
        codes = [row.code for row in self.model.rows()]
        self._create(Opportunity(audit_id=self.audit_id, code=next_code(codes),
                                 title=self.tr("New opportunity"), status="identified",
                                 technique=self.technique.currentData() or "GH",
                                 area=self.area.currentData() or ""))

    @Slot()
    def on_duplicate_button_clicked(self) -> None:
        from auditdesk.model import new_id

        current = self.current_id()
        if current is None or not self.editor.flush():
            return
        source = self.store.opportunities.get(current)
        codes = [row.code for row in self.model.rows()]
        self._create(dataclasses.replace(
            source, id=new_id(), code=next_code(codes), created_at="", updated_at="",
            title=self.tr("%1 (copy)").replace("%1", source.title), estimate=""))

    @Slot()
    def on_delete_button_clicked(self) -> None:
        current = self.current_id()
        if current is None or self.store.read_only:
            return
        row = self.model.row_at(self.model.position_of(current))
        if not messages.confirm(self, fill(self.tr(
                "Delete the opportunity “%1 %2” with its savings? The change history keeps a "
                "copy."), row.code, row.title)):
            return
        position = self.view.currentIndex().row()
        self.editor.load(None)
        removed = undo.opportunity_snapshot(self, current)  # undo hook
        try:
            self.store.opportunities.delete(current)
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        undo.record_opportunity_deleted(self, removed)  # undo hook
        self.model.remove(current)
        self._fill_area_filter()
        if self.proxy.rowCount():
            self.view.selectRow(min(position, self.proxy.rowCount() - 1))
        self._update_actions()
