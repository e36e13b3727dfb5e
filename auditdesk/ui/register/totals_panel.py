"""Totals under the register: savings per carrier, money in VND and USD, CO2e,
investment and weighted payback, with the industrial-symbiosis part and the
count per RECP technique. Rejected opportunities are not counted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from auditdesk.i18n import fill
from auditdesk.model import vocab
from auditdesk.model.carriers import CARRIERS
from auditdesk.store.estimates import AuditTotals
from auditdesk.ui.register import formatting
from auditdesk.ui.register.input_units import display_unit
from auditdesk.ui.pages import units  # display units hook

CELLS_PER_ROW = 4
_LARGER = {"kWh": ("MWh", 1000.0), "kg": ("t", 1000.0)}


def scaled(carrier: str, amount: float) -> tuple[str, str]:
    """(amount, unit per year) in a unit that keeps the number short: 1.234 MWh, not kWh."""
    unit = CARRIERS[carrier].unit if carrier in CARRIERS else ""
    if units.is_energy_unit(unit):  # display units hook: kWh, MWh or GJ as in Settings
        shown = units.current().energy
        return formatting.quantity(units.convert_energy(amount, unit, shown)), \
            display_unit(f"{shown}/yr")
    if unit in _LARGER and abs(amount) >= 10_000:
        unit, factor = _LARGER[unit]
        amount /= factor
    return formatting.quantity(amount), display_unit(f"{unit}/yr")


class TotalsPanel(QFrame):
    """The sums of the opportunities the register shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerTotals")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.heading = QLabel(self)
        self.heading.setObjectName("totalsHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self._cards_host = QWidget(self)
        self._grid = QGridLayout(self._cards_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        layout.addWidget(self._cards_host)
        self.by_technique = QLabel(self)
        self.by_technique.setObjectName("totalsByTechnique")
        self.by_technique.setWordWrap(True)
        layout.addWidget(self.by_technique)
        self.cells: dict[str, QLabel] = {}
        self.usd_rate: float | None = None  # display units hook: VND per USD of the audit

    def show_totals(self, totals: AuditTotals, filtered: bool) -> None:
        total = totals.total
        heading = self.tr("<b>Totals</b> of %1 opportunities").replace("%1", str(total.count))
        if totals.rejected:
            heading += self.tr(" (%1 rejected, not counted)").replace("%1", str(totals.rejected))
        if filtered:
            heading += self.tr(" — only those the filter shows")
        self.heading.setText(heading)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cells.clear()
        cards: list[tuple[str, str, str, str]] = []  # key, caption, value, unit
        for carrier, amount in total.savings.items():
            value, unit = scaled(carrier, amount)
            name = CARRIERS[carrier].label if carrier in CARRIERS else carrier
            cards.append((f"carrier:{carrier}", name, value, unit))
        usd = formatting.quantity(total.cost_savings_usd)
        cards += [
            ("cost", self.tr("Cost savings (%1 USD/yr)").replace("%1", usd),
             formatting.millions(total.cost_savings_vnd), self.tr("million ₫/yr")),
            ("investment", self.tr("Investment"), formatting.millions(total.investment_vnd),
             self.tr("million ₫")),
            ("payback", self.tr("Weighted payback"), formatting.years(total.weighted_payback_yr),
             self.tr("yr")),
            ("co2e", self.tr("Emissions avoided"), formatting.quantity(total.co2e_t),
             self.tr("tCO2e/yr")),
        ]
        if totals.symbiosis.count:
            symbiosis = totals.symbiosis
            cards.append(("symbiosis", self.tr("of which industrial symbiosis (%1)").replace(
                "%1", str(symbiosis.count)), formatting.millions(symbiosis.cost_savings_vnd),
                self.tr("million ₫/yr")))
        cards = units.register_money_cards(cards, totals, self.usd_rate)  # display units hook
        for position, (key, caption, value, unit) in enumerate(cards):
            cell = QLabel(self._cards_host)
            cell.setObjectName(f"total_{key}")
            cell.setTextFormat(Qt.TextFormat.RichText)
            cell.setWordWrap(True)
            cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            cell.setText(f"<span style='font-size:12pt;font-weight:600;color:#12324a'>"
                         f"{escape(value)}</span> <span style='color:#5f6b76'>{escape(unit)}</span>"
                         f"<br><span style='color:#5f6b76'>{escape(caption)}</span>")
            self.cells[key] = cell
            self._grid.addWidget(cell, position // CELLS_PER_ROW, position % CELLS_PER_ROW)
        for column in range(CELLS_PER_ROW):
            self._grid.setColumnStretch(column, 1)
        parts = []
        for code in vocab.TECHNIQUES:
            group = totals.by_technique.get(code)
            if group and group.count:
                parts.append(fill(self.tr("%1: %2 (%3 million ₫/yr)"), code, group.count,
                                  formatting.millions(group.cost_savings_vnd, 0)))
        self.by_technique.setText(self.tr("By RECP technique: %1").replace("%1", " · ".join(parts))
                                  if parts else "")
