"""The checklist of one audit: areas down the side with their completion, the items
(filtered, searchable) and the current item's editor below them.

Keyboard: the answer editor holds the focus; Y/N/A answer, Enter or Tab moves to
the next listed item, Shift+Tab back. In the item list the same answer keys
work, Enter goes to the editor. Every answer is saved as it is given.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.checklist.logic import ItemFilter
from auditdesk.store import Store, StoreError
from auditdesk.store.checklists import AuditChecklist
from auditdesk.ui import messages, undo
from auditdesk.ui.checklist.area_delegate import AreaDelegate
from auditdesk.ui.checklist.item_editor import ItemEditor
from auditdesk.ui.checklist.models import AreaListModel, ItemFilterProxy, ItemTableModel

ROW_HEIGHT = 40
_ANSWER_KEYS = {Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_K,
                Qt.Key.Key_F, Qt.Key.Key_Delete, Qt.Key.Key_Backspace,
                *(Qt.Key(Qt.Key.Key_1 + n) for n in range(9))}


class ChecklistView(QWidget):
    def __init__(self, store: Store, checklist: AuditChecklist, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistView")
        self.store, self.checklist, self.lang = store, checklist, lang
        self.current_code = ""
        self._updating = 0
        self.item_model = ItemTableModel(checklist, lang, self)
        self.proxy = ItemFilterProxy(checklist, self)
        self.proxy.setSourceModel(self.item_model)
        self.area_model = AreaListModel(checklist, lang, self)
        self._build()
        self._build_actions()
        first = next((i.code for i in checklist.filter(ItemFilter(unanswered=True))), "") or \
            self.proxy.code_at(0)
        if first:
            self.select(first)
        self._update_progress()

    # --- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.filters: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, text in (("unanswered", self.tr("Unanswered")), ("required", self.tr("Required")),
                           ("findings", self.tr("Findings")),
                           ("with_photos", self.tr("With photos"))):
            button = QPushButton(text, self)
            button.setObjectName(f"filter_{name}")
            button.setCheckable(True)
            button.setMinimumHeight(34)
            button.toggled.connect(self.on_filter_toggled)
            self.filters[name] = button
            bar.addWidget(button)
        self.search = QLineEdit(self)
        self.search.setObjectName("checklistSearch")
        self.search.setMinimumHeight(34)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search questions in Vietnamese or English "
                                               "(Ctrl+F)"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(200)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self.on_search_text_changed)
        bar.addWidget(self.search, 1)
        self.template_button = QPushButton(self.tr("Template"), self)
        self.template_button.setObjectName("templateMenu")
        self.template_button.setMinimumHeight(34)
        self.template_button.setToolTip(f"{self.checklist.template.name(self.lang)} — "
                                        f"{self.checklist.template.version}")
        menu = QMenu(self.template_button)
        menu.addAction(self.tr("Export this checklist's template…"), self.on_export_triggered)
        import_action = menu.addAction(self.tr("Import a template into this database…"),
                                       self.on_import_triggered)
        import_action.setEnabled(not self.store.read_only)
        self.template_button.setMenu(menu)
        bar.addWidget(self.template_button)
        self.progress = QLabel(self)
        self.progress.setObjectName("checklistProgress")
        self.progress.setStyleSheet("color: #5f6b76;")

        self.areas = QListView(self)
        self.areas.setObjectName("checklistAreas")
        self.areas.setModel(self.area_model)
        self.areas.setItemDelegate(AreaDelegate(self.areas))
        self.areas.setUniformItemSizes(True)
        self.areas.setMinimumWidth(220)
        self.areas.setCurrentIndex(self.area_model.index(0))
        self.areas.selectionModel().currentChanged.connect(self.on_areas_current_changed)

        self.table = QTableView(self)
        self.table.setObjectName("checklistItems")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ItemTableModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ItemTableModel.STATUS, 30), (ItemTableModel.CODE, 72),
                              (ItemTableModel.ANSWER, 170), (ItemTableModel.MARKS, 64)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.table.clicked.connect(self.on_table_clicked)
        self.table.installEventFilter(self)

        self.editor = ItemEditor(self.store, self.checklist, self.lang, self)
        self.editor.answer_committed.connect(self.on_editor_answer_committed)
        self.editor.step_requested.connect(self.go)
        self.editor.note_edited.connect(self.on_editor_note_edited)
        self.editor.finding_toggled.connect(self.on_editor_finding_toggled)
        self.editor.opportunity_requested.connect(self.on_editor_opportunity_requested)
        self.editor.photos.photos_changed.connect(self.on_photos_changed)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.table)
        right.addWidget(scroll)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([400, 380])
        right.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.areas)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 800])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(split, 1)

    def _build_actions(self) -> None:
        for key, slot, name in (
                (QKeySequence.StandardKey.Find, self.on_find_triggered, "actFindItem"),
                ("Ctrl+Shift+F", self.editor.toggle_finding, "actToggleFinding"),
                ("Ctrl+Shift+O", self.on_opportunity_shortcut, "actOpportunity"),
                ("Ctrl+Shift+P", self.editor.photos.on_add_button_clicked, "actAddPhotos")):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- the current item ------------------------------------------------------------------

    def select(self, code: str, focus: bool = True) -> None:
        """Make ``code`` the current item: list, editor and (with ``focus``) keyboard focus."""
        self.current_code = code
        with self._quiet():
            self.proxy.set_pinned(code)
        row = self.proxy.row_of(code)
        if row >= 0:
            index = self.proxy.index(row, ItemTableModel.QUESTION)
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(index)
            self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()
            self.table.scrollTo(index)
        self.editor.set_item(self.checklist.item(code))
        if focus:
            self.editor.focus_answer()

    @Slot(int)
    def go(self, step: int) -> None:
        """Go to the next (``step`` 1) or previous (-1) listed item; at the end of an area,
        on to the next area."""
        row = self.proxy.row_of(self.current_code)
        target = row + step
        if 0 <= target < self.proxy.rowCount():
            self.select(self.proxy.code_at(target))
            return
        area_row = self.areas.currentIndex().row()
        if step > 0 and 0 < area_row < self.area_model.rowCount() - 1:
            self.areas.setCurrentIndex(self.area_model.index(area_row + 1))
            if self.proxy.rowCount():
                self.select(self.proxy.code_at(0))
            return
        self.editor.focus_answer()

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """Rows come and go in here: the list's current-row signals are not the user's."""
        self._updating += 1
        try:
            yield
        finally:
            self._updating -= 1

    @Slot(QModelIndex, QModelIndex)
    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._updating:
            return
        code = self.proxy.code_at(current.row()) if current.isValid() else ""
        if code and code != self.current_code:
            self.select(code, focus=False)

    @Slot(QModelIndex)
    def on_table_clicked(self, _index: QModelIndex) -> None:
        self.editor.focus_answer()

    def event(self, event: QEvent) -> bool:
        """Delete inside the checklist clears an answer or a photo, never reaches the
        window's "Delete selected…" (which would offer to delete the whole audit)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Answer keys typed in the item list act on the current item."""
        if watched is self.table and isinstance(event, QKeyEvent) and self.current_code:
            key = event.key()
            typed = event.text()
            item = self.checklist.item(self.current_code)
            if event.type() == QEvent.Type.ShortcutOverride and key in _ANSWER_KEYS and \
                    not event.modifiers() & Qt.KeyboardModifier.ControlModifier:  # Ctrl+Y: redo
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.editor.focus_answer()
                    return True
                if key in _ANSWER_KEYS and item.answer_type in ("yes_no_na", "choice", "photo"):
                    self.editor.answer_widget.handle_key(event)
                    return True
                if typed and (typed.isdigit() or typed in "-+.,") and \
                        item.answer_type == "number" and not self.store.read_only:
                    self.editor.focus_answer()
                    edit = getattr(self.editor.answer_widget, "edit", None)
                    if isinstance(edit, QLineEdit):
                        edit.insert(typed)
                        edit.textEdited.emit(edit.text())
                    return True
        return super().eventFilter(watched, event)

    # --- saving ---------------------------------------------------------------------------

    @Slot(str, str, str, int)
    def on_editor_answer_committed(self, code: str, text: str, unit: str, step: int) -> None:
        before = undo.answer_state(self.checklist, code)  # undo hook
        try:
            outcome = self.checklist.answer(code, text, self.lang, unit or None)
        except StoreError as error:
            messages.warn(self, str(error))
            return
        if not outcome.saved:
            if code == self.current_code:
                self.editor.show_error(outcome.error)
                self.editor.focus_answer()
            return
        undo.record_answer(self, code, before)  # undo hook
        self._changed([code, *outcome.shown, *outcome.hidden])
        if code == self.current_code:
            self.editor.show_error("")
            self.editor.show_suggestion(outcome.finding_suggested)
        if step:
            self.go(step)

    @Slot(str, str)
    def on_editor_note_edited(self, code: str, note: str) -> None:
        self._write(lambda: self.checklist.set_note(code, note), code)

    @Slot(str, bool)
    def on_editor_finding_toggled(self, code: str, flagged: bool) -> None:
        self._write(lambda: self.checklist.set_finding(code, flagged), code)
        self.editor.show_suggestion(False)

    @Slot(str)
    def on_editor_opportunity_requested(self, code: str) -> None:
        self._write(lambda: self.checklist.create_opportunity(code, self.lang), code)

    @Slot()
    def on_opportunity_shortcut(self) -> None:
        if self.current_code and not self.store.read_only and \
                self.current_code not in self.checklist.opportunities:
            self.on_editor_opportunity_requested(self.current_code)

    @Slot(str)
    def on_photos_changed(self, code: str) -> None:
        self.checklist.photos_changed()
        self._changed([code])

    def _write(self, change: object, code: str) -> None:
        before = undo.answer_state(self.checklist, code)  # undo hook
        try:
            change()  # type: ignore[operator]
        except StoreError as error:
            messages.warn(self, str(error))
        undo.record_answer(self, code, before)  # undo hook
        self._changed([code])

    def _changed(self, codes: list[str]) -> None:
        self.item_model.refresh(codes)
        self.area_model.refresh()
        with self._quiet():
            self.proxy.refilter()
        self.editor.refresh()
        self._update_progress()

    def _update_progress(self) -> None:
        total = self.area_model.report.total
        text = self.tr("%1 of %2 items answered · required %3 of %4 · %5 listed").replace(
            "%1", str(total.answered)).replace("%2", str(total.total)).replace(
            "%3", str(total.required_answered)).replace("%4", str(total.required)).replace(
            "%5", str(self.proxy.rowCount()))
        self.progress.setText(text)

    # --- filters -------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def on_areas_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.apply_filter()

    @Slot(bool)
    def on_filter_toggled(self, _checked: bool) -> None:
        self.apply_filter()

    @Slot(str)
    def on_search_text_changed(self, text: str) -> None:
        if text.strip() and self.areas.currentIndex().row() > 0:
            self.areas.setCurrentIndex(self.area_model.index(0))  # search every area
        self.search_timer.start()

    @Slot()
    def apply_filter(self) -> None:
        self.search_timer.stop()
        with self._quiet():
            self.proxy.set_filter(ItemFilter(
                unanswered=self.filters["unanswered"].isChecked(),
                required=self.filters["required"].isChecked(),
                findings=self.filters["findings"].isChecked(),
                with_photos=self.filters["with_photos"].isChecked(),
                area=self.area_model.code_at(self.areas.currentIndex().row()),
                query=self.search.text().strip()))
        if not self.proxy.keeps(self.current_code):  # the current item is not listed now
            with self._quiet():
                self.proxy.set_pinned("")
            if self.proxy.rowCount():
                self.select(self.proxy.code_at(0), focus=False)
        self._update_progress()

    @Slot()
    def on_find_triggered(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- template files -------------------------------------------------------------------

    @Slot()
    def on_export_triggered(self) -> None:
        from auditdesk.ui.checklist.template_files import export_template

        export_template(self, self.checklist.template)

    @Slot()
    def on_import_triggered(self) -> None:
        from auditdesk.ui.checklist.template_files import import_template

        import_template(self, self.store)
