"""The "Review" tab of an audit, for the enterprise's energy manager: the sign-off
bar, the opportunities with their status, the chosen one with its estimate,
decisions and comments, and the comments on the whole audit.

What can be done follows the role chosen in the settings (read again each time
the tab is shown) and the lock; the store refuses the rest anyway.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import format_iso_date
from auditdesk.review import comments, lifecycle, signoff
from auditdesk.review.roles import (
    COMMENT,
    EDIT_FIGURES,
    SIGN_OFF,
    UNLOCK,
    current_role,
    role_label,
)
from auditdesk.store import Store, StoreError
from auditdesk.store.estimates import estimate_opportunity, settings_for_audit, vnd_per_usd
from auditdesk.ui import messages, undo
from auditdesk.ui.review.comment_thread import CommentThread
from auditdesk.ui.review.dialogs import RejectDialog, SignOffDialog, UnlockDialog
from auditdesk.ui.review.opportunity_pane import OpportunityPane
from auditdesk.ui.review.review_model import make_review_model, review_rows
from auditdesk.ui.review.table_model import KEY_ROLE, SortProxy


class ReviewTab(QWidget):
    """Review of one audit (see the module docstring)."""

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewTab")
        self.store, self.audit_id = store, audit_id
        self.role = current_role()
        self._usd_rate = vnd_per_usd(store, audit_id)
        self._settings: Any = None
        self._generation = 0
        self.model = make_review_model(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.lock_label = QLabel(self)
        self.lock_label.setObjectName("lockState")
        self.lock_label.setWordWrap(True)
        self.lock_label.setTextFormat(Qt.TextFormat.RichText)
        self.sign_off_button = QPushButton(self.tr("Sign off…"), self)
        self.sign_off_button.setObjectName("signOff")
        self.unlock_button = QPushButton(self.tr("Unlock…"), self)
        self.unlock_button.setObjectName("unlockAudit")
        bar.addWidget(self.lock_label, 1)
        bar.addWidget(self.sign_off_button)
        bar.addWidget(self.unlock_button)

        self.view = QTableView(self)
        self.view.setObjectName("reviewTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title
        self.audit_thread = CommentThread(self.tr("Comments on the whole audit"), self)
        self.audit_thread.setObjectName("auditComments")
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.view)
        left.addWidget(self.audit_thread)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        self.pane = OpportunityPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._left = left
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.view.selectionModel().currentRowChanged.connect(self.on_view_current_row_changed)
        self.pane.action_requested.connect(self.on_pane_action_requested)
        self.pane.history_requested.connect(self.on_pane_history_requested)
        self.pane.sort_chosen.connect(self.on_pane_sort_chosen)
        self.pane.comments.submitted.connect(self.on_opportunity_comment_submitted)
        self.audit_thread.submitted.connect(self.on_audit_comment_submitted)
        self.sign_off_button.clicked.connect(self.on_sign_off_clicked)
        self.unlock_button.clicked.connect(self.on_unlock_clicked)

    # --- data ----------------------------------------------------------------------------

    def _stamp(self) -> tuple[Any, ...]:
        return tuple(self.store.query(
            "SELECT (SELECT count(*) || max(updated_at) FROM opportunity WHERE audit_id = :a), "
            "(SELECT count(*) FROM comment WHERE audit_id = :a), "
            "(SELECT updated_at FROM audit WHERE id = :a)", {"a": self.audit_id})[0])

    def reload(self) -> None:
        """Read everything again, keeping the chosen opportunity."""
        chosen = self.current_id()
        self._loaded = self._stamp()
        self.model.set_rows(review_rows(self.store, self.audit_id))
        self.view.resizeRowsToContents()
        self._show_lock()
        self.audit_thread.show_comments(comments.thread(self.store, self.audit_id))
        self.audit_thread.set_writable(self._writable() and self.role in COMMENT)
        if chosen and self.select(chosen):
            self._show_current()

    def _writable(self) -> bool:
        return not self.store.read_only

    def _show_lock(self) -> None:
        state = signoff.lock_state(self.store, self.audit_id)
        if state.locked:
            text = self.tr("🔒 Signed off by <b>%1</b> (%2) on %3 — the audited figures are "
                           "locked.").replace("%1", escape(state.signed_off_by)).replace(
                "%2", escape(role_label(state.signed_off_role))).replace(
                "%3", format_iso_date(state.signed_off_on))
        else:
            text = self.tr("Not signed off: the audited figures can still change.")
            if state.unlock_reason:
                text += " " + self.tr("Last unlocked because: %1").replace(
                    "%1", escape(state.unlock_reason))
        text += " &nbsp; <span style='color:#5f6b76'>" + self.tr("Your role: %1").replace(
            "%1", escape(role_label(self.role))) + "</span>"
        self.lock_label.setText(text)
        writable = self._writable()
        self.sign_off_button.setVisible(not state.locked)
        self.sign_off_button.setEnabled(writable and self.role in SIGN_OFF)
        self.unlock_button.setVisible(state.locked)
        self.unlock_button.setEnabled(writable and self.role in UNLOCK)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def select(self, opportunity_id: str) -> bool:
        position = self.model.position_of(opportunity_id)
        if position < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _show_current(self) -> None:
        opportunity_id = self.current_id()
        opp = self.store.opportunities.find(opportunity_id) if opportunity_id else None
        figures = self.role in EDIT_FIGURES and not signoff.is_locked(self.store, self.audit_id)
        self.pane.show_opportunity(opp, self.role, self._writable(), figures)
        self.pane.comments.set_writable(opp is not None and self._writable()
                                      and self.role in COMMENT)
        self.pane.comments.show_comments(
            comments.thread(self.store, self.audit_id, opp.id) if opp else [])
        self._estimate(opp)

    def _estimate(self, opp: Any) -> None:
        """The estimate with its formula and inputs, computed on a worker thread."""
        from auditdesk.ui.tasks import Task

        self._generation += 1
        generation = self._generation
        self.pane.report.show_report(None, None)
        self.pane.summary.setText("")
        if opp is None:
            return
        if self._settings is None:
            self._settings = settings_for_audit(self.store, self.audit_id)
        settings = self._settings
        (Task(None, lambda report: estimate_opportunity(opp, settings))
         .on_success(lambda report: self._on_estimated(generation, report))
         .on_failure(lambda exc, trace: self._on_estimate_failed(generation, exc))
         .start())

    def _on_estimated(self, generation: int, report: Any) -> None:
        from shiboken6 import isValid

        if not isValid(self) or generation != self._generation:
            return
        self.pane.summary.setText(self.pane.report.summary(report, self._usd_rate))
        self.pane.report.show_report(report, self._usd_rate)

    def _on_estimate_failed(self, generation: int, exc: BaseException) -> None:
        from shiboken6 import isValid

        if isValid(self) and generation == self._generation:
            self.pane.summary.setText(self.tr("No estimate: %1").replace("%1", escape(str(exc))))

    def _refresh_row(self, opportunity_id: str) -> None:
        for row in review_rows(self.store, self.audit_id, [opportunity_id]):
            self.model.update_row(row)
        self._loaded = self._stamp()

    # --- events and slots ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # first show: table and decision side by side, estimate on top
            self._sized = True
            width, height = max(self.width(), 900), max(self.height(), 500)
            self.splitter.setSizes([int(width * 0.57), int(width * 0.43)])
            self._left.setSizes([int(height * 0.72), int(height * 0.28)])
            self.pane.split.setSizes([int(height * 0.55), int(height * 0.45)])
        role = current_role()
        if role != self.role or self._stamp() != self._loaded:
            self.role = role
            self.reload()
        super().showEvent(event)

    @Slot(QModelIndex, QModelIndex)
    def on_view_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show_current()

    @Slot(str)
    def on_pane_action_requested(self, target: str) -> None:
        opportunity_id = self.current_id()
        if opportunity_id is None:
            return
        opp = self.store.opportunities.get(opportunity_id)
        changes: dict[str, str] = {}
        if target == "rejected":
            answer = RejectDialog.ask(self, f"{opp.code} {opp.title}")
            if answer is None:
                return
            changes = {"rejection_reason": answer[0], "rejection_note": answer[1]}
        try:
            lifecycle.move(self.store, opportunity_id, target, current_role(), **changes)
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        undo.record_review_change(self, opp)  # undo hook
        self._refresh_row(opportunity_id)
        self._show_current()

    @Slot(str)
    def on_pane_sort_chosen(self, sort: str) -> None:
        opportunity_id = self.current_id()
        if opportunity_id is None:
            return
        before = self.store.opportunities.get(opportunity_id)  # undo hook
        try:
            lifecycle.set_recp_sort(self.store, opportunity_id, sort, current_role())
        except StoreError as exc:
            messages.warn(self, str(exc))
        undo.record_review_change(self, before)  # undo hook
        self._show_current()

    @Slot()
    def on_pane_history_requested(self) -> None:
        from auditdesk.ui.review.history_view import HistoryDialog

        opportunity_id = self.current_id()
        if opportunity_id is not None:
            HistoryDialog.show_for(self, self.store, self.audit_id, opportunity_id)

    @Slot(str)
    def on_opportunity_comment_submitted(self, text: str) -> None:
        opportunity_id = self.current_id()
        if opportunity_id is None:
            return
        try:
            comment = comments.add_comment(self.store, self.audit_id, text, current_role(),
                                           opportunity_id)
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        undo.record_comment(self, comment)  # undo hook
        self.pane.comments.clear_box()
        self.pane.comments.show_comments(comments.thread(self.store, self.audit_id,
                                                       opportunity_id))
        self._refresh_row(opportunity_id)

    @Slot(str)
    def on_audit_comment_submitted(self, text: str) -> None:
        try:
            comment = comments.add_comment(self.store, self.audit_id, text, current_role())
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        undo.record_comment(self, comment)  # undo hook
        self.audit_thread.clear_box()
        self.audit_thread.show_comments(comments.thread(self.store, self.audit_id))
        self._loaded = self._stamp()

    @Slot()
    def on_sign_off_clicked(self) -> None:
        from auditdesk import settings

        waiting = len(signoff.undecided(self.store, self.audit_id))
        reviewer = self.store.audits.get(self.audit_id).reviewer
        name = settings.load().user_name or reviewer or self.store.user
        answer = SignOffDialog.ask(self, name, current_role(), waiting)
        if answer is None:
            return
        try:
            signoff.sign_off(self.store, self.audit_id, name=answer[0], role=answer[1],
                             on=answer[2])
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        self.reload()

    @Slot()
    def on_unlock_clicked(self) -> None:
        reason = UnlockDialog.ask(self)
        if reason is None:
            return
        try:
            signoff.unlock(self.store, self.audit_id, reason=reason, role=current_role())
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        self.reload()
