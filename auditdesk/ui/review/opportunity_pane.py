"""The right side of the review: one opportunity as the energy manager decides on it —
its status, one button per decision the role may take, the estimate with its
formula, inputs and source, and the comment thread."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from auditdesk.model import vocab
from auditdesk.review.lifecycle import MOVES, RECP_SORTS, reason_label, sort_label
from auditdesk.review.roles import role_label, roles_text
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.review.comment_thread import CommentThread

# The decisions made in the review (the follow-up tab has the others).
REVIEW_ACTIONS = ("accept", "schedule", "reject", "propose", "withdraw", "reconsider")


class OpportunityPane(QWidget):
    """Shows one opportunity; asks for moves and comments through signals."""

    action_requested = Signal(str)  # the target status
    history_requested = Signal()
    sort_chosen = Signal(str)  # the auditor's RECP sort ("" = not sorted)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewOpportunity")
        self.heading = QLabel(self)
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.state = QLabel(self)
        self.state.setObjectName("reviewState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        labels = {"accept": self.tr("Accept"), "schedule": self.tr("Schedule"),
                  "reject": self.tr("Reject…"), "propose": self.tr("Propose"),
                  "withdraw": self.tr("Withdraw"), "reconsider": self.tr("Propose again")}
        for action in REVIEW_ACTIONS:
            button = QPushButton(labels[action], self)
            button.setObjectName(f"action_{action}")
            button.clicked.connect(self.on_action_clicked)
            bar.addWidget(button)
            self.buttons[action] = button
        self.hint = QLabel(self)
        self.hint.setObjectName("reviewHint")
        self.hint.setStyleSheet("color: #5f6b76;")
        self.hint.setWordWrap(True)
        bar.addWidget(self.hint, 1)
        self.sort = QComboBox(self)
        self.sort.setObjectName("recpSort")
        self.sort.setToolTip(self.tr("The auditor's RECP sort of this option"))
        self.sort.addItem(self.tr("RECP sort: —"), "")
        for code in RECP_SORTS:
            self.sort.addItem(self.tr("RECP sort: %1").replace("%1", sort_label(code)), code)
        self.sort.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sort.setMinimumContentsLength(14)  # the pane must not push the table aside
        self.sort.activated.connect(self.on_sort_activated)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setObjectName("opportunityHistory")
        self.history_button.clicked.connect(self.history_requested)
        bar.addWidget(self.history_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setObjectName("reviewEstimateSummary")
        from auditdesk.ui.register.report_view import ReportView

        self.report = ReportView(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget(scroll)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.summary)
        column.addWidget(self.report)
        column.addStretch(1)
        scroll.setWidget(holder)
        self.comments = CommentThread(self.tr("Comments on this opportunity"), self)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(scroll)
        self.split.addWidget(self.comments)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state, 1)
        state_row.addWidget(self.sort)
        layout.addLayout(state_row)
        layout.addLayout(bar)
        layout.addWidget(self.split, 1)
        self._targets: dict[str, str] = {}

    def show_opportunity(self, opp: Any | None, role: str, writable: bool,
                         figures: bool = False) -> None:
        """Heading, state and the buttons of ``role``'s decisions (none when not writable);
        ``figures``: the auditor may change the RECP sort (not signed off)."""
        self.setEnabled(opp is not None)
        if opp is None:
            self.heading.setText("")
            self.state.setText("")
            for button in self.buttons.values():
                button.hide()
            self.hint.setText("")
            return
        self.heading.setText(f"<span style='font-size:13pt'><b>{escape(opp.code)}</b> "
                             f"{escape(opp.title)}</span>")
        parts = [self.tr("Status: <b>%1</b>").replace(
            "%1", escape(vocab_label(vocab.OPPORTUNITY_STATUSES, opp.status)))]
        if opp.status == "rejected" and opp.rejection_reason:
            reason = reason_label(opp.rejection_reason)
            if opp.rejection_note:
                reason += " — " + opp.rejection_note
            parts.append(self.tr("Reason: %1").replace("%1", escape(reason)))
        parts.append(self.tr("Technique: %1").replace(
            "%1", escape(f"{opp.technique} — {vocab_label(vocab.TECHNIQUES, opp.technique)}")))
        self.state.setText(" &nbsp;·&nbsp; ".join(parts))
        self.sort.setCurrentIndex(max(self.sort.findData(opp.recp_sort), 0))
        self.sort.setEnabled(writable and figures)
        self._targets = {}
        others: set[str] = set()
        for (frm, to), move in MOVES.items():
            if frm != opp.status or move.action not in REVIEW_ACTIONS:
                continue
            if role in move.roles and writable:
                self._targets[move.action] = to
            else:
                others |= move.roles
        for action, button in self.buttons.items():
            button.setVisible(action in self._targets)
        if self._targets or not others:
            self.hint.setText("")
        else:
            self.hint.setText(self.tr("Decided by the %1 (your role: %2).")
                              .replace("%1", roles_text(others)).replace("%2", role_label(role)))

    @Slot(int)
    def on_sort_activated(self, index: int) -> None:
        self.sort_chosen.emit(str(self.sort.itemData(index) or ""))

    def target_of(self, action: str) -> str | None:
        return self._targets.get(action)

    @Slot()
    def on_action_clicked(self) -> None:
        sender = self.sender()
        for action, button in self.buttons.items():
            if button is sender and action in self._targets:
                self.action_requested.emit(self._targets[action])
