"""The Checklist tab of an audit: the setup panel until a checklist exists, then the view."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from auditdesk.i18n import current_language
from auditdesk.store import Store, StoreError
from auditdesk.store.checklists import AuditChecklist


class ChecklistPage(QWidget):
    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPage")
        self.store, self.audit_id = store, audit_id
        self.lang = current_language()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.content: QWidget | None = None
        self.show_content()

    @property
    def view(self) -> QWidget | None:
        """The checklist view, once the checklist exists (for tests and the shortcut keys)."""
        from auditdesk.ui.checklist.view import ChecklistView

        return self.content if isinstance(self.content, ChecklistView) else None

    def show_content(self) -> None:
        """Show the view of the audit's checklist, or the setup panel when it has none."""
        if self.content is not None:
            self.layout_.removeWidget(self.content)
            self.content.deleteLater()
        try:
            checklist = AuditChecklist.load(self.store, self.audit_id)
        except StoreError as error:
            self.content = QLabel(str(error), self)
            self.content.setWordWrap(True)
        else:
            if checklist is None:
                from auditdesk.ui.checklist.setup_panel import SetupPanel

                panel = SetupPanel(self.store, self.audit_id, self.lang, self)
                panel.started.connect(self.on_setup_started)
                self.content = panel
            else:
                from auditdesk.ui.checklist.view import ChecklistView

                self.content = ChecklistView(self.store, checklist, self.lang, self)
        self.layout_.addWidget(self.content)

    @Slot()
    def on_setup_started(self) -> None:
        self.show_content()
