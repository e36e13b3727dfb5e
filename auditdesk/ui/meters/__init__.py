"""Meters, readings and the baseline: three audit tabs.

* "meters" — the enterprise's meters (add, edit, delete, sub-meters) and the
  reading grid of the selected meter (model/view over the database), with
  import from CSV/Excel;
* "production" — production records, typed in or imported;
* "baseline" — the baseline per carrier, regression on production and charts.

Light to import (it only registers the tabs): the widgets, numpy and
matplotlib load when a tab is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from auditdesk.store import Store
from auditdesk.ui.pages.audit_page import register_tab


def _meters_tab(store: Store, audit_id: str, parent: QWidget) -> QWidget:
    from auditdesk.ui.meters.meters_tab import MetersTab

    return MetersTab(store, audit_id, parent)


def _production_tab(store: Store, audit_id: str, parent: QWidget) -> QWidget:
    from auditdesk.ui.meters.production_tab import ProductionTab

    return ProductionTab(store, audit_id, parent)


def _baseline_tab(store: Store, audit_id: str, parent: QWidget) -> QWidget:
    from auditdesk.ui.meters.baseline_tab import BaselineTab

    return BaselineTab(store, audit_id, parent)


register_tab(
    "meters",
    lambda: QCoreApplication.translate("MetersFeature", "Meters and readings"),
    _meters_tab,
)
register_tab(
    "production", lambda: QCoreApplication.translate("MetersFeature", "Production"), _production_tab
)
register_tab(
    "baseline", lambda: QCoreApplication.translate("MetersFeature", "Baseline"), _baseline_tab
)
