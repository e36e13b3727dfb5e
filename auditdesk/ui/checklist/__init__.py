"""The walk-through checklist of an audit (adds the "Checklist" tab).

Importing this package only registers the tab; the widgets, models and the
checklist core are imported when the tab is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from auditdesk.ui.pages.audit_page import register_tab

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

    from auditdesk.store import Store


def _title() -> str:
    return QCoreApplication.translate("ChecklistPage", "Checklist")


def _build(store: Store, audit_id: str, parent: QWidget) -> QWidget:
    from auditdesk.ui.checklist.page import ChecklistPage

    return ChecklistPage(store, audit_id, parent)


register_tab("checklist", _title, _build)
