"""Financial indicators of one opportunity (REFERENCE.md §6, "Finance").

Conventions: money in VND; the investment is spent at year 0; the same annual
net saving S (cost savings minus the change in O&M cost) arrives at the end of
each of n whole years; the discount rate i is a fraction (0.10 = 10 %).

- simple payback = I / S
- capital recovery factor CRF = i(1+i)^n / ((1+i)^n − 1)   (1/n when i = 0)
- NPV = −I + Σ_{t=1..n} S/(1+i)^t
- IRR: the rate where NPV = 0 (numpy-financial); ``None`` without a sign change
- SIR (savings-to-investment ratio) = Σ S/(1+i)^t / I
- cost of saved energy (or water) = (I × CRF + ΔO&M) / annual quantity saved
- marginal abatement cost = (I × CRF + ΔO&M − annual cost savings) / annual tCO2e
  avoided (negative when the measure is profitable)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from auditdesk.i18n import fill as _fill
from auditdesk.i18n import format_value, translate

DEFAULT_LIFETIME_YR = 10
DEFAULT_DISCOUNT_RATE = 0.10
MAX_LIFETIME_YR = 50



def whole_years(lifetime_yr: float) -> int:
    """Lifetime as whole years (nearest), 1–50; ``ValueError`` names the range."""
    if not math.isfinite(lifetime_yr) or not 1 <= round(lifetime_yr) <= MAX_LIFETIME_YR:
        raise ValueError(
            _fill(
                translate("Financial", "Lifetime %1 yr is outside the allowed range 1–%2 yr."),
                format_value(lifetime_yr),
                MAX_LIFETIME_YR,
            )
        )
    return round(lifetime_yr)


def check_rate(rate: float) -> float:
    """The discount rate if it is a fraction in (−0.5, 1), else ``ValueError``."""
    if not math.isfinite(rate) or not -0.5 < rate < 1:
        raise ValueError(
            _fill(
                translate(
                    "Financial",
                    "Discount rate %1 is outside the allowed range: a fraction between −0.5 and "
                    "1 (0.10 = 10 %).",
                ),
                format_value(rate),
            )
        )
    return rate


def simple_payback(investment_vnd: float, annual_net_savings_vnd: float) -> float | None:
    """Years to recover the investment, I / S; ``None`` when S ≤ 0 (never pays back)."""
    if annual_net_savings_vnd <= 0:
        return None
    return max(investment_vnd, 0.0) / annual_net_savings_vnd


def annuity_factor(rate: float, years: int) -> float:
    """Present value of 1 VND a year for ``years`` years: Σ 1/(1+i)^t = (1 − (1+i)^−n)/i."""
    if rate == 0:
        return float(years)
    return (1.0 - (1.0 + rate) ** -years) / rate


def capital_recovery_factor(
    rate: float = DEFAULT_DISCOUNT_RATE, years: int = DEFAULT_LIFETIME_YR
) -> float:
    """CRF = i(1+i)^n / ((1+i)^n − 1), the inverse of the annuity factor.

    REFERENCE.md §7 check: i = 10 %, n = 10 → 0.162745.
    """
    return 1.0 / annuity_factor(rate, years)


def net_present_value(
    investment_vnd: float,
    annual_net_savings_vnd: float,
    rate: float = DEFAULT_DISCOUNT_RATE,
    years: int = DEFAULT_LIFETIME_YR,
) -> float:
    """NPV in VND = −I + S × (1 − (1+i)^−n)/i."""
    return -investment_vnd + annual_net_savings_vnd * annuity_factor(rate, years)


def internal_rate_of_return(
    investment_vnd: float, annual_net_savings_vnd: float, years: int = DEFAULT_LIFETIME_YR
) -> float | None:
    """IRR as a fraction, from the cash flows [−I, S, …, S] (numpy-financial ``irr``).

    ``None`` when the cash flows do not change sign (no investment, or no net
    saving): there is no rate at which the NPV is zero.
    """
    if not (investment_vnd > 0 and annual_net_savings_vnd > 0):
        return None
    import numpy_financial as npf  # type: ignore[import-untyped]

    flows = [-investment_vnd] + [annual_net_savings_vnd] * years
    result = float(npf.irr(flows))
    return None if math.isnan(result) else result


def savings_to_investment_ratio(
    investment_vnd: float,
    annual_net_savings_vnd: float,
    rate: float = DEFAULT_DISCOUNT_RATE,
    years: int = DEFAULT_LIFETIME_YR,
) -> float | None:
    """SIR = present value of the savings / investment; ``None`` without investment."""
    if investment_vnd <= 0:
        return None
    return annual_net_savings_vnd * annuity_factor(rate, years) / investment_vnd


def cost_of_saved_resource(
    investment_vnd: float,
    annual_quantity_saved: float,
    rate: float = DEFAULT_DISCOUNT_RATE,
    years: int = DEFAULT_LIFETIME_YR,
    om_cost_change_vnd: float = 0.0,
) -> float | None:
    """Levelised cost per unit saved: (I × CRF + ΔO&M) / annual quantity saved.

    VND/kWh when the quantity is kWh/yr, VND/GJ for GJ/yr, VND/m3 for water.
    REFERENCE.md §7 check: I = 500 M VND, 10 %, 10 yr, 200,000 kWh/yr → 406.86 VND/kWh.
    ``None`` when nothing is saved (quantity ≤ 0).
    """
    if annual_quantity_saved <= 0:
        return None
    annual_cost = investment_vnd * capital_recovery_factor(rate, years) + om_cost_change_vnd
    return annual_cost / annual_quantity_saved


def marginal_abatement_cost(
    investment_vnd: float,
    annual_cost_savings_vnd: float,
    annual_tco2e_avoided: float,
    rate: float = DEFAULT_DISCOUNT_RATE,
    years: int = DEFAULT_LIFETIME_YR,
    om_cost_change_vnd: float = 0.0,
) -> float | None:
    """VND per tCO2e = (I × CRF + ΔO&M − annual cost savings) / tCO2e avoided per year.

    Negative when the measure pays for itself; ``None`` when it avoids no CO2e.
    """
    if annual_tco2e_avoided <= 0:
        return None
    annual_cost = investment_vnd * capital_recovery_factor(rate, years) + om_cost_change_vnd
    return (annual_cost - annual_cost_savings_vnd) / annual_tco2e_avoided


@dataclass(frozen=True)
class FinancialSummary:
    """Every indicator of one opportunity; ``None`` where it is undefined."""

    investment_vnd: float
    annual_cost_savings_vnd: float
    om_cost_change_vnd: float
    annual_net_savings_vnd: float
    lifetime_yr: int
    discount_rate: float
    crf: float
    simple_payback_yr: float | None
    npv_vnd: float
    irr: float | None
    sir: float | None
    cse_vnd_per_kwh: float | None
    cse_vnd_per_gj: float | None
    cse_vnd_per_m3: float | None
    mac_vnd_per_tco2e: float | None
    mac_usd_per_tco2e: float | None


def evaluate(
    investment_vnd: float,
    annual_cost_savings_vnd: float,
    *,
    om_cost_change_vnd: float = 0.0,
    lifetime_yr: float = DEFAULT_LIFETIME_YR,
    discount_rate: float = DEFAULT_DISCOUNT_RATE,
    electricity_kwh: float = 0.0,
    energy_gj: float = 0.0,
    water_m3: float = 0.0,
    co2e_t: float = 0.0,
    vnd_per_usd: float | None = None,
) -> FinancialSummary:
    """All indicators at once; ``om_cost_change_vnd`` > 0 is an extra yearly cost."""
    years = whole_years(lifetime_yr)
    rate = check_rate(discount_rate)
    net = annual_cost_savings_vnd - om_cost_change_vnd
    mac = marginal_abatement_cost(
        investment_vnd, annual_cost_savings_vnd, co2e_t, rate, years, om_cost_change_vnd
    )
    return FinancialSummary(
        investment_vnd=investment_vnd,
        annual_cost_savings_vnd=annual_cost_savings_vnd,
        om_cost_change_vnd=om_cost_change_vnd,
        annual_net_savings_vnd=net,
        lifetime_yr=years,
        discount_rate=rate,
        crf=capital_recovery_factor(rate, years),
        simple_payback_yr=simple_payback(investment_vnd, net),
        npv_vnd=net_present_value(investment_vnd, net, rate, years),
        irr=internal_rate_of_return(investment_vnd, net, years),
        sir=savings_to_investment_ratio(investment_vnd, net, rate, years),
        cse_vnd_per_kwh=cost_of_saved_resource(
            investment_vnd, electricity_kwh, rate, years, om_cost_change_vnd
        ),
        cse_vnd_per_gj=cost_of_saved_resource(
            investment_vnd, energy_gj, rate, years, om_cost_change_vnd
        ),
        cse_vnd_per_m3=cost_of_saved_resource(
            investment_vnd, water_m3, rate, years, om_cost_change_vnd
        ),
        mac_vnd_per_tco2e=mac,
        mac_usd_per_tco2e=None if mac is None or not vnd_per_usd else mac / vnd_per_usd,
    )
