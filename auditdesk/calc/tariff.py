"""EVN manufacturing electricity tariff: bills by time-of-use period, with VAT.

Prices come from the reference-data set (``tariff.<voltage>.<period>``, VND/kWh
before VAT, Decision 1279/QĐ-BCT effective 10/05/2025) and the VAT rate from
``vat.electricity``. Worked check (REFERENCE.md §2): at ≥ 110 kV, 100 kWh
normal + 50 kWh off-peak + 10 kWh peak = 271,060 VND before VAT and
292,744.8 VND with 8 % VAT.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from auditdesk.calc.reference import ReferenceData
from auditdesk.i18n import QT_TRANSLATE_NOOP, format_value, translate
from auditdesk.i18n import fill as _fill

VOLTAGES: dict[str, str] = {
    "ge110kv": QT_TRANSLATE_NOOP("Tariff", "110 kV and above"),
    "22to110kv": QT_TRANSLATE_NOOP("Tariff", "22 kV to below 110 kV"),
    "6to22kv": QT_TRANSLATE_NOOP("Tariff", "6 kV to below 22 kV"),
    "lt6kv": QT_TRANSLATE_NOOP("Tariff", "Below 6 kV"),
}
PERIODS: dict[str, str] = {
    "normal": QT_TRANSLATE_NOOP("Tariff", "Normal hours"),
    "offpeak": QT_TRANSLATE_NOOP("Tariff", "Off-peak hours"),
    "peak": QT_TRANSLATE_NOOP("Tariff", "Peak hours"),
}

# Hours per week in each period for the two published schedules (REFERENCE.md §2).
# Legacy: peak Mon–Sat 09:30–11:30 and 17:00–20:00; off-peak daily 22:00–04:00.
# Decision 963/QĐ-BCT (22/04/2026): peak Mon–Sat 17:30–22:30; off-peak daily 00:00–06:00.
SCHEDULE_HOURS_PER_WEEK: dict[str, dict[str, float]] = {
    "legacy": {"peak": 6 * 5.0, "offpeak": 7 * 6.0, "normal": 168 - 30.0 - 42.0},
    "qd963_2026": {"peak": 6 * 5.0, "offpeak": 7 * 6.0, "normal": 168 - 30.0 - 42.0},
}



def check_voltage(voltage: str) -> str:
    """``voltage`` if it is a known level, else ``ValueError`` listing the levels."""
    if voltage not in VOLTAGES:
        raise ValueError(
            _fill(
                translate("Tariff", "Unknown voltage level '%1'; choose one of: %2."),
                voltage,
                ", ".join(VOLTAGES),
            )
        )
    return voltage


def prices(ref: ReferenceData, voltage: str) -> dict[str, float]:
    """VND/kWh before VAT for each period at ``voltage``."""
    check_voltage(voltage)
    return {period: ref.value(f"tariff.{voltage}.{period}") for period in PERIODS}


@dataclass(frozen=True)
class BillLine:
    period: str
    kwh: float
    price_vnd_per_kwh: float
    amount_vnd: float


@dataclass(frozen=True)
class ElectricityBill:
    """A bill: one line per period, the sum before VAT, the VAT and the total."""

    voltage: str
    lines: tuple[BillLine, ...]
    subtotal_vnd: float
    vat_rate: float
    vat_vnd: float
    total_vnd: float


def electricity_bill(
    ref: ReferenceData, voltage: str, kwh_by_period: Mapping[str, float]
) -> ElectricityBill:
    """Bill in VND for kWh per period (``normal``, ``offpeak``, ``peak``) at ``voltage``.

    Missing periods count as 0 kWh; an unknown period or a negative or
    non-finite kWh raises ``ValueError`` naming it.
    """
    table = prices(ref, voltage)
    for period, kwh in kwh_by_period.items():
        if period not in PERIODS:
            raise ValueError(
                _fill(
                    translate("Tariff", "Unknown time-of-use period '%1'; choose one of: %2."),
                    period,
                    ", ".join(PERIODS),
                )
            )
        if not math.isfinite(kwh) or kwh < 0:
            raise ValueError(
                _fill(
                    translate("Tariff", "Energy in period '%1' must be 0 kWh or more, got %2."),
                    period,
                    format_value(kwh),
                )
            )
    lines = tuple(
        BillLine(period, kwh, table[period], kwh * table[period])
        for period in PERIODS
        for kwh in [float(kwh_by_period.get(period, 0.0))]
    )
    subtotal = sum(line.amount_vnd for line in lines)
    vat_rate = ref.value("vat.electricity")
    vat = subtotal * vat_rate
    return ElectricityBill(voltage, lines, subtotal, vat_rate, vat, subtotal + vat)


def flat_load_shares(schedule: str = "legacy") -> dict[str, float]:
    """Share of a constant 24 h × 7 d load falling in each period of ``schedule``."""
    hours = SCHEDULE_HOURS_PER_WEEK[schedule]
    week = sum(hours.values())
    return {period: hours[period] / week for period in PERIODS}


def blended_price(
    ref: ReferenceData, voltage: str, shares: Mapping[str, float] | None = None
) -> float:
    """Average VND/kWh before VAT for a load split over the periods by ``shares``.

    Default shares: a flat load under the legacy schedule (57.1 % normal,
    25.0 % off-peak, 17.9 % peak) — the basis of ``price.electricity``.
    """
    weights = dict(shares) if shares is not None else flat_load_shares()
    total = sum(weights.values())
    if total <= 0:
        raise ValueError(translate("Tariff", "The period shares must add up to more than 0."))
    table = prices(ref, voltage)
    return sum(table[p] * weights.get(p, 0.0) for p in PERIODS) / total
