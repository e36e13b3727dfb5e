"""Totals as text in the units the user chose (Settings: energy in kWh, MWh or GJ;
money in VND or USD). The arithmetic is ``auditdesk.calc.display_units``; this
module only reads the choice and writes numbers and unit labels for the UI.

Used by the audit overview, the register totals and the portfolio dashboard.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from auditdesk import settings
from auditdesk.calc.display_units import (  # noqa: F401 - re-exported for the register
    DisplayUnits,
    convert_energy,
    is_energy_unit,
    usable_rate,
)
from auditdesk.i18n import format_number

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.store.estimates import AuditTotals

Card = tuple[str, str, str, str]  # key, caption, value, unit (the register's totals)


def current() -> DisplayUnits:
    """The display units saved in the settings (read each time: a change applies at once)."""
    chosen = settings.load()
    return DisplayUnits(chosen.energy_unit, chosen.currency)


def number(value: float | None) -> str:
    """As many decimals as the size deserves: 1.234.567 · 123,4 · 12,35 · 0,123."""
    if value is None or not math.isfinite(value):
        return "–"
    size = abs(value)
    if size >= 1000 or size == 0:
        decimals = 0
    elif size >= 100:
        decimals = 1
    elif size >= 1:
        decimals = 2
    else:
        decimals = 3
    return format_number(value, decimals)


def per_year(unit: str) -> str:
    """``MWh`` → ``MWh/yr`` (``MWh/năm``)."""
    return QCoreApplication.translate("DisplayUnits", "%1/yr").replace("%1", unit)


def energy(kwh: float, units: DisplayUnits) -> tuple[str, str]:
    """(number, unit) of an energy stored in kWh."""
    return number(units.energy_from_kwh(kwh)), units.energy


def money(vnd: float, units: DisplayUnits, vnd_per_usd: float | None,
          millions: bool = True) -> tuple[str, str]:
    """(number, unit) of a VND amount: USD at ``vnd_per_usd`` when chosen and known,
    else VND (in millions when ``millions``)."""
    amount, currency = units.money_from_vnd(vnd, vnd_per_usd)
    if currency == "USD":
        return format_number(amount, 0), "USD"
    if millions:
        return format_number(amount / 1e6, 0 if abs(amount) >= 1e8 else 1), \
            QCoreApplication.translate("DisplayUnits", "million ₫")
    return format_number(amount, 0), "₫"


def vnd_per_usd(conn: object, audit_id: str) -> float | None:
    """The exchange rate (``fx.usd``) of the set the audit pinned, else of the newest
    built-in set; one query, without building the reference-data objects."""
    row = conn.execute(  # type: ignore[attr-defined]
        "SELECT value FROM factor WHERE key = 'fx.usd' AND set_id = coalesce("
        "(SELECT reference_set_id FROM audit WHERE id = ?), "
        "(SELECT id FROM reference_set WHERE builtin = 1 ORDER BY effective_date DESC LIMIT 1))",
        (audit_id,)).fetchone()
    return float(row[0]) if row and row[0] is not None else None


def register_money_cards(cards: list[Card], totals: AuditTotals,
                         vnd_per_usd: float | None) -> list[Card]:
    """The register's money cards in USD when the settings ask for it and the audit has
    an exchange rate (VND then in the caption); otherwise ``cards`` as they are."""
    if current().currency != "USD" or not usable_rate(vnd_per_usd):
        return cards
    assert vnd_per_usd is not None
    total, symbiosis = totals.total, totals.symbiosis
    usd_per_year = per_year("USD")

    def millions(vnd: float) -> str:
        return format_number(vnd / 1e6, 1)

    replaced = {
        "cost": (QCoreApplication.translate("DisplayUnits", "Cost savings (%1 million ₫/yr)")
                 .replace("%1", millions(total.cost_savings_vnd)),
                 number(total.cost_savings_vnd / vnd_per_usd), usd_per_year),
        "investment": (QCoreApplication.translate("DisplayUnits", "Investment (%1 million ₫)")
                       .replace("%1", millions(total.investment_vnd)),
                       number(total.investment_vnd / vnd_per_usd), "USD"),
        "symbiosis": (QCoreApplication.translate("DisplayUnits",
                                                 "of which industrial symbiosis (%1)")
                      .replace("%1", str(symbiosis.count)),
                      number(symbiosis.cost_savings_vnd / vnd_per_usd), usd_per_year),
    }
    return [(key, *replaced[key]) if key in replaced else (key, caption, value, unit)
            for key, caption, value, unit in cards]


def portfolio_energy(kwh: float) -> tuple[str, str]:
    """(number, unit per year) of the portfolio's electricity savings."""
    value, unit = energy(kwh, current())
    return value, per_year(unit)


def portfolio_money(cost_vnd: float, cost_usd: float) -> tuple[str, str]:
    """(number, unit per year) of the portfolio's cost savings: USD as the roll-up adds
    it up (each audit at its own exchange rate), or million ₫."""
    if current().currency == "USD":
        return format_number(cost_usd, 0), per_year("USD")
    return format_number(cost_vnd / 1e6, 0), per_year(
        QCoreApplication.translate("DisplayUnits", "million ₫"))
