"""The review's small dialogs, each with ``ask`` returning plain values (None = cancelled):
the reason of a rejection, the sign-off, the reason of an unlock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from auditdesk.review.lifecycle import REJECTION_REASONS, reason_label
from auditdesk.review.roles import role_label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6b76;")
    return label


class RejectDialog(QDialog):
    """Why the enterprise rejects an opportunity: a reason from the list and words."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Reject opportunity"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("rejectReason")
        for code in REJECTION_REASONS:
            self.reason.addItem(reason_label(code), code)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("rejectNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(self.tr("In your own words (required for “Other”)"))
        self.buttons = _buttons(self)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Details"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{title}</b>", self))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(self.on_reason_current_index_changed)
        self.note.textChanged.connect(self.on_reason_current_index_changed)
        self.on_reason_current_index_changed()

    @Slot()
    def on_reason_current_index_changed(self) -> None:
        ok = self.reason.currentData() != "other" or bool(self.note.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str]:
        return str(self.reason.currentData()), self.note.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> tuple[str, str] | None:
        """(reason code, details), or None when cancelled."""
        dialog = cls(title, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SignOffDialog(QDialog):
    """Who signs the audit off, in which role, on which day; warns about what waits."""

    def __init__(self, name: str, role: str, waiting: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signOffDialog")
        self.setWindowTitle(self.tr("Sign off the audit"))
        self.role = role
        self.name = QLineEdit(name, self)
        self.name.setObjectName("signOffName")
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("signOffDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.buttons = _buttons(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), QLabel(role_label(role), self))
        form.addRow(self.tr("Date"), self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr(
            "Signing off locks the audited figures: estimates, savings, checklist answers, "
            "photos, and the readings and production of the baseline period. Decisions, "
            "follow-up and comments stay open. Unlocking later needs a reason and is recorded."),
            self))
        if waiting:
            warning = _note(self.tr("Opportunities still waiting for a decision: %1.")
                            .replace("%1", str(waiting)), self)
            warning.setObjectName("signOffWaiting")
            warning.setStyleSheet("color: #b3261e;")
            layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self.on_name_text_changed)
        self.on_name_text_changed(name)

    @Slot(str)
    def on_name_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def values(self) -> tuple[str, str, dt.date]:
        day = self.day.date()
        return self.name.text().strip(), self.role, dt.date(day.year(), day.month(), day.day())

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, role: str, waiting: int
            ) -> tuple[str, str, dt.date] | None:
        """(name, role, date), or None when cancelled."""
        dialog = cls(name, role, waiting, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class UnlockDialog(QDialog):
    """Why a signed-off audit is unlocked (kept in the history)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock the audit"))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("unlockReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr(
            "Unlocking lets the audited figures change again. Say why: the reason, your name "
            "and the time are kept in the history."), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self.on_reason_text_changed)
        self.on_reason_text_changed()

    @Slot()
    def on_reason_text_changed(self) -> None:
        ok = bool(self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The reason, or None when cancelled."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.toPlainText().strip()
