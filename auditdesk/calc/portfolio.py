"""Vectorised financials and CO2e for many opportunities at once (NumPy).

Arrays in, arrays out: the same formulas as ``auditdesk.calc.financial``
(REFERENCE.md §6) applied row by row, with NaN where the scalar path returns
``None`` (no payback, no IRR, nothing saved). A roll-up of 100,000
opportunities takes a fraction of a second; see ``bench/bench_portfolio.py``.

The IRR of uniform cash flows [−I, S, …, S] is the root of S·A(r, n) − I = 0,
A(r, n) = (1 − (1+r)^−n)/r. A(r, n) falls as r grows, so for I > 0 and S > 0
the root is unique and lies in (−1, S/I]: it is found by vectorised bisection.
Rows whose root lies below −99 % fall back to numpy-financial one by one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditdesk.calc.financial import DEFAULT_DISCOUNT_RATE, DEFAULT_LIFETIME_YR

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    from numpy.typing import ArrayLike, NDArray

    from auditdesk.calc.reference import ReferenceData

    FloatArray = NDArray[np.float64]

_IRR_LOWER = -0.99
_BISECTION_STEPS = 60


def annuity_factors(rate: ArrayLike, years: ArrayLike) -> FloatArray:
    """Σ_{t=1..n} (1+i)^−t per row, accurate near i = 0 (n there)."""
    import numpy as np

    rate = np.asarray(rate, dtype=float)
    years = np.asarray(years, dtype=float)
    log_growth = np.log1p(rate)
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = -np.expm1(-years * log_growth) / rate
    result: FloatArray = np.where(np.abs(rate) < 1e-12, years * np.ones_like(factor), factor)
    return result


def _annuity_fast(rate: FloatArray, years: FloatArray) -> FloatArray:
    """(1 − (1+r)^−n)/r for the bisection; n where |r| < 1e-9 (relative error < 1e-7)."""
    import numpy as np

    with np.errstate(divide="ignore", invalid="ignore"):
        factor = (1.0 - np.power(1.0 + rate, -years)) / rate
    return np.where(np.abs(rate) < 1e-9, years, factor)


def irr_uniform(
    investment: ArrayLike, annual_net_savings: ArrayLike, years: ArrayLike
) -> FloatArray:
    """IRR per row of the cash flows [−I, S × n]; NaN where there is no sign change."""
    import numpy as np

    investment = np.asarray(investment, dtype=float)
    savings = np.asarray(annual_net_savings, dtype=float)
    years_arr = np.broadcast_to(np.asarray(years, dtype=float), investment.shape)
    result = np.full(investment.shape, np.nan)
    valid = (investment > 0) & (savings > 0)
    if not valid.any():
        return result
    inv, sav, n = investment[valid], savings[valid], years_arr[valid]
    low = np.full(inv.shape, _IRR_LOWER)
    high = sav / inv
    in_bracket = sav * _annuity_fast(low, n) - inv > 0
    for _ in range(_BISECTION_STEPS):
        middle = 0.5 * (low + high)
        positive = sav * _annuity_fast(middle, n) - inv > 0
        low = np.where(positive, middle, low)
        high = np.where(positive, high, middle)
    roots = 0.5 * (low + high)
    if not in_bracket.all():
        import numpy_financial as npf  # type: ignore[import-untyped]

        for index in np.flatnonzero(~in_bracket):
            flows = [-inv[index]] + [sav[index]] * int(n[index])
            roots[index] = float(npf.irr(flows))
    result[valid] = roots
    return result


@dataclass(frozen=True)
class PortfolioFinancials:
    """Per-row indicators (NaN where undefined), all in VND, years or fractions."""

    annual_net_savings: FloatArray
    simple_payback_yr: FloatArray
    npv_vnd: FloatArray
    irr: FloatArray
    sir: FloatArray
    cse_vnd_per_kwh: FloatArray
    cse_vnd_per_gj: FloatArray
    mac_vnd_per_tco2e: FloatArray


def evaluate_portfolio(
    investment_vnd: ArrayLike,
    annual_cost_savings_vnd: ArrayLike,
    *,
    om_cost_change_vnd: ArrayLike = 0.0,
    lifetime_yr: ArrayLike = DEFAULT_LIFETIME_YR,
    discount_rate: ArrayLike = DEFAULT_DISCOUNT_RATE,
    electricity_kwh: ArrayLike = 0.0,
    energy_gj: ArrayLike = 0.0,
    co2e_t: ArrayLike = 0.0,
) -> PortfolioFinancials:
    """Payback, NPV, IRR, SIR, cost of saved energy and MAC for every row.

    Scalars broadcast. Lifetimes are rounded to whole years, as in the scalar path.
    """
    import numpy as np

    investment = np.asarray(investment_vnd, dtype=float)
    savings = np.asarray(annual_cost_savings_vnd, dtype=float)
    shape = np.broadcast_shapes(investment.shape, savings.shape)
    investment = np.broadcast_to(investment, shape)
    om = np.broadcast_to(np.asarray(om_cost_change_vnd, dtype=float), shape)
    years = np.broadcast_to(np.rint(np.asarray(lifetime_yr, dtype=float)), shape)
    rate = np.broadcast_to(np.asarray(discount_rate, dtype=float), shape)
    net = np.broadcast_to(savings, shape) - om
    annuity = annuity_factors(rate, years)
    annual_capital = investment / annuity + om  # I × CRF + ΔO&M
    with np.errstate(divide="ignore", invalid="ignore"):
        payback = np.where(net > 0, np.maximum(investment, 0.0) / net, np.nan)
        sir = np.where(investment > 0, net * annuity / investment, np.nan)
        kwh = np.broadcast_to(np.asarray(electricity_kwh, dtype=float), shape)
        gj = np.broadcast_to(np.asarray(energy_gj, dtype=float), shape)
        tco2e = np.broadcast_to(np.asarray(co2e_t, dtype=float), shape)
        cse_kwh = np.where(kwh > 0, annual_capital / kwh, np.nan)
        cse_gj = np.where(gj > 0, annual_capital / gj, np.nan)
        mac = np.where(tco2e > 0, (annual_capital - savings) / tco2e, np.nan)
    return PortfolioFinancials(
        annual_net_savings=net,
        simple_payback_yr=payback,
        npv_vnd=-investment + net * annuity,
        irr=irr_uniform(investment, net, years),
        sir=sir,
        cse_vnd_per_kwh=cse_kwh,
        cse_vnd_per_gj=cse_gj,
        mac_vnd_per_tco2e=mac,
    )


def portfolio_co2e(
    ref: ReferenceData,
    savings: Mapping[str, ArrayLike],
    grid_year: int | None = None,
) -> tuple[FloatArray, FloatArray]:
    """(tCO2e, biogenic tCO2) per row from per-carrier savings in canonical units.

    Uses the same per-unit factors as ``auditdesk.calc.ghg`` (grid EF of
    ``grid_year``; IPCC 2006 fuel factors with GWPs; biogenic CO2 apart).
    """
    import numpy as np

    from auditdesk.calc.ghg import factors_per_unit

    total: FloatArray | None = None
    biogenic: FloatArray | None = None
    for carrier, amounts in savings.items():
        values = np.asarray(amounts, dtype=float)
        per_unit = factors_per_unit(ref, carrier, grid_year)
        total = values * per_unit.co2e_t if total is None else total + values * per_unit.co2e_t
        part = values * per_unit.biogenic_co2_t
        biogenic = part if biogenic is None else biogenic + part
    if total is None or biogenic is None:
        return np.zeros(0), np.zeros(0)
    return total, biogenic
