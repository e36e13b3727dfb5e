"""Roles, the lock and the lifecycle in the register's opportunity editor.

The editor (``auditdesk.ui.register.editor``) asks ``EditorRules`` when it shows an
opportunity: the audited figures are editable only for the auditor and only
while the audit is not signed off; the status list offers the moves the role
may make from the current status (the others are greyed, with the reason in
their tooltip); a status chosen anyway is refused with a message and put back.
Moves that need more than a status — a rejection's reason, an implementation
date, measured savings — are made in the Review and Follow-up tabs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from auditdesk.i18n import translate
from auditdesk.review.lifecycle import MOVES, MoveRefused, check_move
from auditdesk.review.roles import EDIT_FIGURES, current_role, role_label
from auditdesk.review.signoff import is_locked
from auditdesk.store import Store

# What the energy manager may still change in the editor: the decision and who follows it.
OPEN_FIELDS = ("status", "priority", "owner")
# Moves the editor leaves to the review's tabs, with where to make them.
ELSEWHERE = {"reject", "complete", "verify"}


def _elsewhere(action: str) -> str:
    if action == "reject":
        return translate("EditorRules", "Reject it in the Review tab, where the reason is given.")
    if action == "complete":
        return translate("EditorRules", "Record it as implemented in the Follow-up tab, with "
                                        "its date.")
    return translate("EditorRules", "Verify it in the Follow-up tab, with its measured savings.")


class EditorRules(QObject):
    """The rules for one editor (see the module docstring)."""

    def __init__(self, editor: Any, store: Store, audit_id: str) -> None:
        super().__init__(editor)
        self.editor, self.store, self.audit_id = editor, store, audit_id
        self.figures_editable = True
        self.status: QComboBox = editor.details.status
        self.status.currentIndexChanged.connect(self.on_status_current_index_changed)

    def apply(self, opportunity: Any) -> None:
        """Set what is editable for ``opportunity`` (None: nothing shown)."""
        if opportunity is None or self.store.read_only:
            self.figures_editable = not self.store.read_only
            return
        role = current_role()
        locked = is_locked(self.store, self.audit_id)
        self.figures_editable = role in EDIT_FIGURES and not locked
        if not self.figures_editable:
            self.editor.set_read_only(True)
            details = self.editor.details
            details.status.setEnabled(True)
            details.priority.setEnabled(True)
            details.owner.setReadOnly(False)
            if locked:
                text = translate("EditorRules", "Signed off: the audited figures are locked; "
                                                "status, priority and owner can still change.")
            else:
                text = translate("EditorRules", "Your role (%1) decides and follows up; the "
                                                "auditor edits the figures.").replace(
                    "%1", role_label(role))
            self.editor.state.setText(text)
        self._offer(opportunity.status, role)

    def _offer(self, current: str, role: str) -> None:
        """Grey out the statuses ``role`` cannot move to from ``current``."""
        model = self.status.model()
        if not isinstance(model, QStandardItemModel):
            return
        for row in range(model.rowCount()):
            item = model.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            why = None if code == current else self._refusal(current, code, role)
            item.setEnabled(why is None)
            item.setToolTip(why or "")

    @staticmethod
    def _refusal(current: str, target: str, role: str) -> str | None:
        """Why ``role`` cannot move from ``current`` to ``target`` here, or None."""
        move = MOVES.get((current, target))
        if move is not None and role in move.roles and move.action in ELSEWHERE:
            return _elsewhere(move.action)
        from auditdesk.model.entities import Opportunity

        try:
            check_move(Opportunity(status=current, title="-"), target, role)
        except MoveRefused as exc:
            return str(exc)
        return None

    def plain_changes(self, changes: dict[str, Any]) -> dict[str, Any]:
        """The part of ``changes`` that may be written when the figures may not."""
        return {k: v for k, v in changes.items() if k in OPEN_FIELDS}

    @Slot(int)
    def on_status_current_index_changed(self, index: int) -> None:
        key = self.editor.opportunity_id
        opportunity = self.store.opportunities.find(key) if key else None
        target = self.status.itemData(index)
        if opportunity is None or target is None or target == opportunity.status:
            return
        why = self._refusal(opportunity.status, str(target), current_role())
        if why is None:
            return
        from auditdesk.ui import messages

        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(self.status.findData(opportunity.status), 0))
        self.status.blockSignals(False)
        parent = self.editor if isinstance(self.editor, QWidget) else None
        messages.warn(parent, why)
