"""Measured savings as the follow-up shows them: the result with its 90 % interval,
the specific consumption before and after, and the months of the reporting
period (production, predicted, actual, savings)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import format_number
from auditdesk.model.carriers import CARRIERS, display_unit
from auditdesk.review.followup import Verification
from auditdesk.review.mv import ReportingMonth
from auditdesk.ui.register import formatting
from auditdesk.ui.review.table_model import Column, RowsModel


def make_months_model(unit: str, production_unit: str,
                      parent: QWidget | None = None) -> RowsModel[ReportingMonth]:
    u, p = display_unit(unit), display_unit(production_unit)
    columns: list[Column[ReportingMonth]] = [
        Column(QCoreApplication.translate("MVView", "Month"), lambda m: m.month),
        Column(QCoreApplication.translate("MVView", "Production (%1)").replace("%1", p),
               lambda m: formatting.quantity(m.production), lambda m: m.production, True),
        Column(QCoreApplication.translate("MVView", "Predicted (%1)").replace("%1", u),
               lambda m: formatting.quantity(m.predicted), lambda m: m.predicted, True),
        Column(QCoreApplication.translate("MVView", "Actual (%1)").replace("%1", u),
               lambda m: formatting.quantity(m.actual), lambda m: m.actual, True),
        Column(QCoreApplication.translate("MVView", "Savings (%1)").replace("%1", u),
               lambda m: formatting.quantity(m.savings), lambda m: m.savings, True),
    ]
    return RowsModel(columns, lambda m: m.month, parent)


class MVView(QWidget):
    """One ``Verification`` (or a message saying what is missing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mvView")
        self.text = QLabel(self)
        self.text.setObjectName("mvResult")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableView(self)
        self.table.setObjectName("mvMonths")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        self.verification: Verification | None = None

    def show_message(self, text: str) -> None:
        self.verification = None
        self.text.setText(escape(text))
        self.table.hide()

    def show_verification(self, v: Verification) -> None:
        self.verification = v
        r = v.result
        unit = display_unit(v.unit)
        carrier = CARRIERS[v.carrier].label if v.carrier in CARRIERS else v.carrier
        share = r.fractional_uncertainty
        lines = [
            self.tr("<b>%1 saved: %2 ± %3 %4</b> over %5 months (90 % confidence), "
                    "about %6 %4/yr.").replace("%1", escape(carrier))
            .replace("%2", formatting.quantity(r.savings))
            .replace("%3", formatting.quantity(r.interval90)).replace("%4", unit)
            .replace("%5", str(len(r.months)))
            .replace("%6", formatting.quantity(v.savings_per_year)),
            self.tr("Predicted by the baseline model %1 %2, measured %3 %2; standard error "
                    "%4 %2, fractional uncertainty %5 %.")
            .replace("%1", formatting.quantity(r.predicted)).replace("%2", unit)
            .replace("%3", formatting.quantity(r.actual))
            .replace("%4", formatting.quantity(r.standard_error))
            .replace("%5", format_number(share * 100, 0) if share is not None else "–"),
            self.tr("Baseline model (%1 to %2): %3 %4/month + %5 %4 per %6, R² %7, %8 months.")
            .replace("%1", v.baseline.first_month).replace("%2", v.baseline.last_month)
            .replace("%3", formatting.quantity(r.regression.fixed)).replace("%4", unit)
            .replace("%5", formatting.quantity(r.regression.variable))
            .replace("%6", escape(display_unit(v.production_unit)))
            .replace("%7", format_number(r.regression.r_squared, 3))
            .replace("%8", str(r.regression.n)),
        ]
        s = v.specific
        lines.append(self.tr("Specific consumption before %1, after %2 %3: by that measure "
                             "%4 %5 saved (it ignores the fixed part of the load).")
                     .replace("%1", formatting.quantity(s.before))
                     .replace("%2", formatting.quantity(s.after))
                     .replace("%3", escape(display_unit(s.unit)))
                     .replace("%4", formatting.quantity(s.savings)).replace("%5", unit))
        if v.price_vnd is not None:
            lines.append(self.tr("Worth about %1 million ₫/yr.").replace(
                "%1", formatting.millions(v.savings_per_year * v.price_vnd)))
        lines.append("<span style='color:#5f6b76'>" + escape(self.tr(
            "Meters: %1. Savings = predicted − actual per month, summed; SE = s·√(m + m²/n + "
            "(ΣPⱼ − m·P̄)²/Sxx) (ASHRAE Guideline 14, Annex B; IPMVP option C).")
            .replace("%1", ", ".join(v.meters))) + "</span>")
        lines += [f"<span style='color:#b3261e'>{escape(n)}</span>" for n in v.notes]
        self.text.setText("<br>".join(lines))
        model = make_months_model(v.unit, v.production_unit, self.table)
        model.set_rows(r.months)
        self.table.setModel(model)
        self.table.show()
