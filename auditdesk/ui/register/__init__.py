"""The opportunity register: the "Opportunities" audit tab (table, totals, editor)
and the "Charts" tab (MAC curve, savings versus payback).

Light to import: the widgets, the calc engine and matplotlib load when a tab is
first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from auditdesk.store import Store
from auditdesk.ui.pages.audit_page import register_tab


def _register_tab(store: Store, audit_id: str, parent: QWidget) -> QWidget:
    from auditdesk.ui.register.register_tab import RegisterTab

    return RegisterTab(store, audit_id, parent)


def _charts_tab(store: Store, audit_id: str, parent: QWidget) -> QWidget:
    from auditdesk.ui.register.charts import ChartsTab

    return ChartsTab(store, audit_id, parent)


register_tab("opportunities",
             lambda: QCoreApplication.translate("RegisterFeature", "Opportunities"),
             _register_tab)
register_tab("mac", lambda: QCoreApplication.translate("RegisterFeature", "Charts"), _charts_tab)
