"""Review and follow-up: the "Review" tab (decisions, comments, sign-off), the
"Follow-up" tab (implementation, measured savings, proposed versus verified)
and the "History" tab (who changed what, when).

Light to import: the widgets load when a tab is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from auditdesk.store import Store
from auditdesk.ui.pages.audit_page import register_tab


def _review_tab(store: Store, audit_id: str, parent: QWidget) -> QWidget:
    from auditdesk.ui.review.review_tab import ReviewTab

    return ReviewTab(store, audit_id, parent)


def _followup_tab(store: Store, audit_id: str, parent: QWidget) -> QWidget:
    from auditdesk.ui.review.followup_tab import FollowUpTab

    return FollowUpTab(store, audit_id, parent)


def _history_tab(store: Store, audit_id: str, parent: QWidget) -> QWidget:
    from auditdesk.ui.review.history_view import HistoryView

    return HistoryView(store, audit_id, parent=parent)


register_tab("review", lambda: QCoreApplication.translate("ReviewFeature", "Review"),
             _review_tab)
register_tab("followup", lambda: QCoreApplication.translate("ReviewFeature", "Follow-up"),
             _followup_tab)
register_tab("history", lambda: QCoreApplication.translate("ReviewFeature", "History"),
             _history_tab)
