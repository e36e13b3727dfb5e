"""The current item: question, help, the answer editor, note, finding, photos."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from auditdesk.checklist.template import TemplateItem
from auditdesk.store import Store
from auditdesk.store.checklists import AuditChecklist
from auditdesk.ui.checklist.answer_widgets import (
    SAVE_DELAY_MS,
    AnswerWidget,
    ChoiceAnswer,
    NumberAnswer,
    PhotoAnswer,
    TextAnswer,
    YesNoAnswer,
)
from auditdesk.ui.checklist.photos import PhotoStrip


class ItemEditor(QWidget):
    """Edits one item; every change leaves through a signal and is saved by the view."""

    answer_committed = Signal(str, str, str, int)  # code, text, unit, step
    step_requested = Signal(int)
    note_edited = Signal(str, str)  # code, note
    finding_toggled = Signal(str, bool)
    opportunity_requested = Signal(str)

    def __init__(self, store: Store, checklist: AuditChecklist, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemEditor")
        self.checklist, self.lang = checklist, lang
        self.read_only = store.read_only
        self.item: TemplateItem | None = None
        self.setAcceptDrops(not self.read_only)

        self.where = QLabel(self)
        self.where.setObjectName("itemWhere")
        self.where.setStyleSheet("color: #5f6b76;")
        self.finding = QPushButton(self.tr("⚑ Finding"), self)
        self.finding.setObjectName("findingButton")
        self.finding.setCheckable(True)
        self.finding.setMinimumHeight(36)
        self.finding.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.finding.setToolTip(self.tr("Flag this answer as a finding (F, or Ctrl+Shift+F)"))
        self.finding.clicked.connect(self.on_finding_clicked)
        self.opportunity = QPushButton(self.tr("Turn into opportunity"), self)
        self.opportunity.setObjectName("opportunityButton")
        self.opportunity.setMinimumHeight(36)
        self.opportunity.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.opportunity.setToolTip(self.tr("Create an opportunity from this finding, with the "
                                            "area, title, RECP technique and estimator filled "
                                            "in (Ctrl+Shift+O)"))
        self.opportunity.clicked.connect(self.on_opportunity_clicked)
        header = QHBoxLayout()
        header.addWidget(self.where, 1)
        header.addWidget(self.finding)
        header.addWidget(self.opportunity)

        self.question = QLabel(self)
        self.question.setObjectName("itemQuestion")
        self.question.setWordWrap(True)
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.question.setFont(font)
        self.help = QLabel(self)
        self.help.setObjectName("itemHelp")
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #5f6b76;")
        self.linked = QLabel(self)
        self.linked.setObjectName("itemOpportunity")
        self.linked.setStyleSheet("color: #2e7d32;")

        self.stack = QStackedWidget(self)
        self.editors: dict[str, AnswerWidget] = {
            "yes_no_na": YesNoAnswer(self.stack), "choice": ChoiceAnswer(self.stack),
            "number": NumberAnswer(self.stack), "text": TextAnswer(self.stack),
            "photo": PhotoAnswer(self.stack)}
        for editor in self.editors.values():
            self.stack.addWidget(editor)
            editor.committed.connect(self.answer_committed)
            editor.step_requested.connect(self.step_requested)
            editor.finding_toggle_requested.connect(self.toggle_finding)
            editor.error_changed.connect(self.show_error)
        self.error = QLabel(self)
        self.error.setObjectName("answerError")
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.suggestion = QLabel(self.tr("This answer usually means a finding: press F to "
                                         "flag it."), self)
        self.suggestion.setObjectName("findingSuggestion")
        self.suggestion.setStyleSheet("color: #c25400;")
        self.suggestion.hide()

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("itemNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note.setReadOnly(self.read_only)
        self.note.setPlaceholderText(self.tr("What you saw, measured or were told"))
        self.note_code = ""
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(SAVE_DELAY_MS)
        self.note_timer.timeout.connect(self.flush_note)
        self.note.textChanged.connect(self.on_note_text_changed)
        self.note.installEventFilter(self)
        note_label = QLabel(self.tr("&Note"), self)
        note_label.setBuddy(self.note)

        self.photos = PhotoStrip(store, checklist.audit_id, self)
        keys = QLabel(self.tr("Keys: Y / N / A answer · 1–9 choose · Enter or Tab: next · "
                              "Shift+Tab: back · F: finding"), self)
        keys.setObjectName("keyHint")
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #5f6b76;")
        note_column = QVBoxLayout()
        note_column.addWidget(note_label)
        note_column.addWidget(self.note)
        note_column.addStretch(1)
        extras = QHBoxLayout()
        extras.addLayout(note_column, 2)
        extras.addWidget(self.photos, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(header)
        layout.addWidget(self.question)
        layout.addWidget(self.help)
        layout.addWidget(self.linked)
        layout.addWidget(self.stack)
        layout.addWidget(self.error)
        layout.addWidget(self.suggestion)
        layout.addLayout(extras)
        layout.addStretch(1)
        layout.addWidget(keys)

    @property
    def answer_widget(self) -> AnswerWidget:
        widget = self.stack.currentWidget()
        assert isinstance(widget, AnswerWidget)
        return widget

    def set_item(self, item: TemplateItem) -> None:
        """Show ``item`` (saving what was typed for the previous one first)."""
        if self.item is not None:
            self.answer_widget.flush()
            self.flush_note()
        self.item = item
        editor = self.editors[item.answer_type]
        self.stack.setCurrentWidget(editor)
        editor.set_item(item, self.checklist, self.lang, self.read_only)
        self.stack.setFixedHeight(editor.sizeHint().height())
        self.question.setText(item.text(self.lang))
        self.help.setText(item.help(self.lang))
        self.help.setVisible(bool(item.help(self.lang)))
        self.note.blockSignals(True)
        self.note.setPlainText(self.checklist.note(item.code))
        self.note.blockSignals(False)
        self.note_code = item.code
        self.show_error("")
        self.suggestion.hide()
        self.photos.set_item(item.code)
        self.refresh()

    def refresh(self) -> None:
        """Update finding, opportunity and header after a change."""
        item = self.item
        if item is None:
            return
        area = self.checklist.template.area(item.area)
        parts = [item.code, area.name(self.lang) if area else item.area]
        if item.required:
            parts.append(self.tr("required"))
        self.where.setText(" · ".join(parts))
        self.finding.setChecked(self.checklist.is_finding(item.code))
        self.finding.setEnabled(not self.read_only)
        linked = self.checklist.opportunities.get(item.code)
        self.opportunity.setEnabled(not self.read_only and linked is None)
        self.linked.setText(self.tr("Opportunity: %1").replace(
            "%1", f"{linked.code} {linked.title}".strip()) if linked else "")
        self.linked.setVisible(linked is not None)

    def focus_answer(self) -> None:
        self.answer_widget.focus_answer()

    @Slot(str)
    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def show_suggestion(self, suggested: bool) -> None:
        self.suggestion.setVisible(suggested and self.item is not None
                                   and not self.checklist.is_finding(self.item.code))

    # --- finding, opportunity, note --------------------------------------------------------

    @Slot()
    def toggle_finding(self) -> None:
        if self.item is not None and not self.read_only:
            self.finding_toggled.emit(self.item.code, not self.checklist.is_finding(self.item.code))

    @Slot(bool)
    def on_finding_clicked(self, checked: bool) -> None:
        if self.item is not None:
            self.finding_toggled.emit(self.item.code, checked)

    @Slot()
    def on_opportunity_clicked(self) -> None:
        if self.item is not None:
            self.opportunity_requested.emit(self.item.code)

    @Slot()
    def on_note_text_changed(self) -> None:
        if not self.read_only:
            self.note_timer.start()

    @Slot()
    def flush_note(self) -> None:
        """Save the note now if it changed (also before another item is shown)."""
        self.note_timer.stop()
        if self.read_only or not self.note_code:
            return
        text = self.note.toPlainText()
        if text.strip() != self.checklist.note(self.note_code):
            self.note_edited.emit(self.note_code, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.flush_note()
        return super().eventFilter(watched, event)

    # --- drag and drop of photos ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.read_only and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.photos.add_files(paths)
