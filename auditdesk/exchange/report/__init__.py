"""The PDF audit report for the enterprise, in Vietnamese or English (no Qt).

    write_report(store, audit_id, "report.pdf", "vi", progress) -> ReportResult

It follows the structure of a Vietnamese energy-audit report (Circular
25/2020/TT-BCT): a summary with the consumption, the savings potential and a
priority list with investment; the enterprise and its operations; current
energy and water use with the energy balance, months, specific consumption and
charts; the opportunities with their technical basis, savings and financial
analysis; an annex with the walk-through findings, photos and reference data.

Modules: ``content`` reads the store (the same functions the screens use),
``charts`` draws with matplotlib's Agg canvas, ``styles`` holds fonts (DejaVu
Sans from matplotlib, embedded) and page layout, ``front``/``energy``/
``options``/``annex`` make the sections, ``writer`` lays them out with
reportlab and writes the file atomically. reportlab and matplotlib are
imported only when a report is made.
"""

from __future__ import annotations

from auditdesk.exchange.report.writer import ReportError, ReportResult, write_report

__all__ = ["ReportError", "ReportResult", "write_report"]
