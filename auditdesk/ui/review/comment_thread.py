"""A comment thread: the comments, oldest first, each with its author, role and
time in the UI's format, and a box to add one (Ctrl+Enter sends)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import format_date
from auditdesk.review.roles import role_label


def local_time(at: str) -> str:
    """An ISO UTC instant of the store (``…Z``) as local date and time in the UI format."""
    try:
        moment = dt.datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return at
    return f"{format_date(moment.date())} {moment:%H:%M}"


class CommentThread(QWidget):
    """Shows comments and offers a box for a new one."""

    submitted = Signal(str)  # the text of a new comment, stripped, never empty

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(f"<b>{escape(title)}</b>", self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("commentThread")
        self.view.setOpenLinks(False)
        self.box = QPlainTextEdit(self)
        self.box.setObjectName("commentBox")
        self.box.setTabChangesFocus(True)
        self.box.setFixedHeight(54)
        self.box.setPlaceholderText(self.tr("Write a comment… (Ctrl+Enter sends)"))
        self.send = QPushButton(self.tr("Add comment"), self)
        self.send.setObjectName("addComment")
        row = QHBoxLayout()
        row.addWidget(self.box, 1)
        row.addWidget(self.send, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.box)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.on_send_clicked)
        self.send.clicked.connect(self.on_send_clicked)
        self.box.textChanged.connect(self.on_box_text_changed)
        self.on_box_text_changed()

    def show_comments(self, comments: Sequence[Any]) -> None:
        if not comments:
            empty = self.tr("No comments yet.")
            self.view.setHtml(f"<p style='color:#5f6b76'>{escape(empty)}</p>")
            return
        parts = []
        for c in comments:
            head = (f"<b>{escape(c.author)}</b> <span style='color:#5f6b76'>· "
                    f"{escape(role_label(c.role))} · {escape(local_time(c.created_at))}</span>")
            body = escape(c.body).replace("\n", "<br>")
            parts.append(f"<p style='margin:0 0 8px 0'>{head}<br>{body}</p>")
        self.view.setHtml("".join(parts))
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().maximum())

    def set_writable(self, writable: bool) -> None:
        self.box.setReadOnly(not writable)
        self.box.setVisible(writable)
        self.send.setVisible(writable)

    def clear_box(self) -> None:
        self.box.clear()

    @Slot()
    def on_box_text_changed(self) -> None:
        self.send.setEnabled(bool(self.box.toPlainText().strip()))

    @Slot()
    def on_send_clicked(self) -> None:
        text = self.box.toPlainText().strip()
        if text:
            self.submitted.emit(text)
