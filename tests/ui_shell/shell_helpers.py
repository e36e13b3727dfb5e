"""Helpers of the shell tests."""

from __future__ import annotations


def kpi_texts(widget) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Caption -> value and unit of the KPI cards under ``widget``."""
    from PySide6.QtWidgets import QLabel

    from auditdesk.ui.widgets import KpiCard

    found = {}
    for card in widget.findChildren(KpiCard):
        caption = card.findChild(QLabel, "kpiCaption").text()
        found[caption] = card.findChild(QLabel, "kpiValue").text()
    return found
