"""An estimate as a reviewer reads it: savings per carrier with money and CO2e,
the financial indicators, the intermediate values with units, the inputs used,
and the formula, source, assumptions, notes and reference data."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from auditdesk.calc.engine import EstimateReport
from auditdesk.calc.reference_texts import display_text
from auditdesk.i18n import current_language, fill, format_iso_date, format_number
from auditdesk.model.carriers import CARRIERS
from auditdesk.ui.register import formatting
from auditdesk.ui.register.input_units import display_unit
from auditdesk.ui.register.labels import choice_label

_TABLE = "<table cellspacing='0' cellpadding='3' width='100%'>"
_NUM = "align='right'"


def _label(item: object) -> str:
    return str(getattr(item, "label_vi" if current_language() == "vi" else "label_en"))


class ReportView(QLabel):
    """The full report of the current estimate (rich text that sizes to its content)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("estimateReport")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # take the pane's width (tables do not wrap): never push a horizontal scroll bar
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.report: EstimateReport | None = None

    def show_report(self, report: EstimateReport | None, usd_rate: float | None) -> None:
        self.report = report
        if report is None:
            self.setText("")
            return
        self.setText("".join((self._savings(report, usd_rate), self._money(report),
                              self._values(report), self._inputs(report), self._method(report))))

    def summary(self, report: EstimateReport, usd_rate: float | None) -> str:
        """One line of the results that matter while typing."""
        money = report.financial
        parts = [
            self.tr("<b>%1</b> million ₫/yr").replace(
                "%1", formatting.millions(report.total_cost_savings_vnd)),
        ]
        if usd_rate:
            parts.append(self.tr("%1 USD/yr").replace(
                "%1", format_number(report.total_cost_savings_vnd / usd_rate)))
        parts += [
            self.tr("payback <b>%1</b> yr").replace("%1", formatting.years(money.simple_payback_yr)),
            self.tr("NPV %1 million ₫").replace("%1", formatting.millions(money.npv_vnd)),
            self.tr("IRR %1 %").replace("%1", formatting.percent(money.irr)),
            self.tr("<b>%1</b> tCO2e/yr").replace("%1", formatting.quantity(report.total_co2e_t)),
        ]
        return " · ".join(parts)

    # --- sections ----------------------------------------------------------------------------

    def _savings(self, report: EstimateReport, usd_rate: float | None) -> str:
        title, resource = self.tr("Savings per year"), self.tr("Resource")
        amount, million, tonnes = self.tr("Amount"), self.tr("million ₫"), self.tr("tCO2e")
        head = (f"<h4>{escape(title)}</h4>{_TABLE}<tr>"
                f"<th align='left'>{escape(resource)}</th>"
                f"<th {_NUM}>{escape(amount)}</th><th></th>"
                f"<th {_NUM}>{escape(million)}</th><th {_NUM}>{escape(tonnes)}</th></tr>")
        rows = []
        for row in report.carriers:
            info = CARRIERS.get(row.carrier)
            rows.append(
                f"<tr><td>{escape(info.label if info else row.carrier)}</td>"
                f"<td {_NUM}>{formatting.quantity(row.amount)}</td>"
                f"<td>{escape(display_unit(row.unit + '/yr'))}</td>"
                f"<td {_NUM}>{formatting.millions(row.cost_vnd)}</td>"
                f"<td {_NUM}>{formatting.quantity(row.co2e_t)}</td></tr>")
        if report.extra_cost_savings_vnd:
            other = self.tr("Other cost savings")
            rows.append(f"<tr><td>{escape(other)}</td><td></td><td></td>"
                        f"<td {_NUM}>{formatting.millions(report.extra_cost_savings_vnd)}</td>"
                        "<td></td></tr>")
        if not rows:
            nothing = self.tr("Nothing saved yet.")
            rows.append(f"<tr><td colspan='5'>{escape(nothing)}</td></tr>")
        usd = ""
        if usd_rate:
            usd = self.tr(" (%1 USD)").replace(
                "%1", format_number(report.total_cost_savings_vnd / usd_rate))
        total_text = self.tr("Total")
        total = (f"<tr><td><b>{escape(total_text)}</b></td><td></td><td></td>"
                 f"<td {_NUM}><b>{formatting.millions(report.total_cost_savings_vnd)}</b></td>"
                 f"<td {_NUM}><b>{formatting.quantity(report.total_co2e_t)}</b></td></tr>")
        energy = fill(self.tr("Cost savings %1 ₫/yr%2."),
                      format_number(report.total_cost_savings_vnd), usd)
        if report.total_energy_gj:
            energy = fill(self.tr("Energy %1 GJ/yr = %2 TOE/yr."),
                          formatting.quantity(report.total_energy_gj),
                          formatting.quantity(report.total_toe)) + " " + energy
        biogenic = ""
        if report.total_biogenic_co2_t:
            biogenic = " " + self.tr("Biogenic CO2 (memo, not in the total): %1 t/yr.").replace(
                "%1", formatting.quantity(report.total_biogenic_co2_t))
        return head + "".join(rows) + total + "</table><p>" + escape(energy + biogenic) + "</p>"

    def _money(self, report: EstimateReport) -> str:
        money = report.financial
        lines = [
            (self.tr("Investment"), formatting.millions(money.investment_vnd), self.tr("million ₫")),
            (self.tr("Change in O&M cost"), formatting.millions(money.om_cost_change_vnd),
             self.tr("million ₫/yr")),
            (self.tr("Net annual savings"), formatting.millions(money.annual_net_savings_vnd),
             self.tr("million ₫/yr")),
            (self.tr("Simple payback"), formatting.years(money.simple_payback_yr), self.tr("yr")),
            (fill(self.tr("NPV (%1 %, %2 yr)"), formatting.percent(money.discount_rate),
                  money.lifetime_yr), formatting.millions(money.npv_vnd), self.tr("million ₫")),
            (self.tr("IRR"), formatting.percent(money.irr), "%"),
            (self.tr("Savings-to-investment ratio"), formatting.quantity(money.sir), ""),
            (self.tr("Capital recovery factor"), format_number(money.crf, 4), ""),
            (self.tr("Cost of saved electricity"), formatting.quantity(money.cse_vnd_per_kwh),
             self.tr("₫/kWh")),
            (self.tr("Cost of saved energy"), formatting.quantity(money.cse_vnd_per_gj),
             self.tr("₫/GJ")),
            (self.tr("Cost of saved water"), formatting.quantity(money.cse_vnd_per_m3),
             self.tr("₫/m³")),
            (self.tr("Marginal abatement cost"), formatting.quantity(money.mac_vnd_per_tco2e),
             self.tr("₫/tCO2e")),
            ("", formatting.quantity(money.mac_usd_per_tco2e), self.tr("USD/tCO2e")),
        ]
        body = "".join(f"<tr><td>{escape(name)}</td><td {_NUM}>{value}</td>"
                       f"<td>{escape(unit)}</td></tr>" for name, value, unit in lines)
        title = self.tr("Financial indicators")
        return f"<h4>{escape(title)}</h4>{_TABLE}{body}</table>"

    def _values(self, report: EstimateReport) -> str:
        if not report.values:
            return ""
        body = "".join(f"<tr><td>{escape(_label(v))}</td><td {_NUM}>{formatting.quantity(v.value)}"
                       f"</td><td>{escape(display_unit(v.unit))}</td></tr>" for v in report.values)
        title = self.tr("Intermediate values")
        return f"<h4>{escape(title)}</h4>{_TABLE}{body}</table>"

    def _inputs(self, report: EstimateReport) -> str:
        rows = []
        default = self.tr("default")
        for item in report.inputs:
            if isinstance(item.value, str):
                shown, unit = choice_label(item.value), ""
            else:
                shown, unit = formatting.quantity(item.value), display_unit(item.unit)
            mark = f" <i>({escape(default)})</i>" if item.is_default else ""
            rows.append(f"<tr><td>{escape(_label(item))}{mark}</td><td {_NUM}>{escape(shown)}</td>"
                        f"<td>{escape(unit)}</td></tr>")
        if not rows:
            return ""
        title = self.tr("Inputs used")
        return f"<h4>{escape(title)}</h4>{_TABLE}{''.join(rows)}</table>"

    def _method(self, report: EstimateReport) -> str:
        method, formula, source = self.tr("Method"), self.tr("Formula"), self.tr("Source")
        assumptions, notes = self.tr("Assumptions"), self.tr("Notes")
        example = self.tr("Worked example")
        parts = [f"<h4>{escape(method)}</h4>",
                 f"<p><b>{escape(formula)}:</b> {escape(report.formula)}</p>",
                 f"<p><b>{escape(source)}:</b> {escape(report.source)}</p>"]
        if report.assumptions:
            items = "".join(f"<li>{escape(a)}</li>" for a in report.assumptions)
            parts.append(f"<p><b>{escape(assumptions)}:</b></p><ul>{items}</ul>")
        if report.notes:
            items = "".join(f"<li>{escape(n)}</li>" for n in report.notes)
            parts.append(f"<p style='color:#8a5300'><b>{escape(notes)}:</b></p>"
                         f"<ul style='color:#8a5300'>{items}</ul>")
        if report.example_source:
            parts.append(f"<p><b>{escape(example)}:</b> "
                         f"{escape(report.example_source)}</p>")
        reference = fill(self.tr("Reference data: %1 (%2); grid emission factor of %3."),
                         display_text(report.reference_set),
                         format_iso_date(report.reference_date),
                         report.grid_year)
        parts.append(f"<p>{escape(reference)}</p>")
        return "".join(parts)
