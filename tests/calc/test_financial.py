"""Financial indicators: REFERENCE.md §7 Vietnam checks, edge cases, properties,
and the vectorised portfolio path against the scalar one."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditdesk.calc import financial, portfolio

I_VND = 500_000_000.0
SAVED_KWH = 200_000.0
SAVINGS_VND = SAVED_KWH * 1899  # 379.8 M VND/yr at the 6–22 kV normal price


def test_vietnam_checks() -> None:
    """REFERENCE.md §7: CRF 0.162745, CSE 406.86 VND/kWh, payback 1.3165 yr,
    NPV 1,833.7 M VND, IRR 75.69 % (I = 500 M VND, 10 %, 10 yr)."""
    assert financial.capital_recovery_factor(0.10, 10) == pytest.approx(0.162745, abs=5e-7)
    assert financial.cost_of_saved_resource(I_VND, SAVED_KWH) == pytest.approx(406.86, abs=0.005)
    assert financial.simple_payback(I_VND, SAVINGS_VND) == pytest.approx(1.3165, abs=5e-5)
    assert financial.net_present_value(I_VND, SAVINGS_VND) / 1e6 == pytest.approx(1833.7, abs=0.05)
    assert financial.internal_rate_of_return(I_VND, SAVINGS_VND, 10) == pytest.approx(
        0.7569, abs=5e-5
    )


def test_summary_combines_everything() -> None:
    summary = financial.evaluate(
        I_VND,
        SAVINGS_VND,
        electricity_kwh=SAVED_KWH,
        energy_gj=720,
        co2e_t=131.84,
        vnd_per_usd=26_000,
    )
    assert summary.sir == pytest.approx((1833.7e6 + I_VND) / I_VND, rel=1e-4)
    assert summary.cse_vnd_per_gj == pytest.approx(406.86 * SAVED_KWH / 720, rel=1e-5)
    assert summary.cse_vnd_per_m3 is None
    mac = (I_VND * 0.1627454 - SAVINGS_VND) / 131.84
    assert summary.mac_vnd_per_tco2e == pytest.approx(mac, rel=1e-6)
    assert summary.mac_vnd_per_tco2e < 0  # profitable
    assert summary.mac_usd_per_tco2e == pytest.approx(summary.mac_vnd_per_tco2e / 26_000, rel=1e-12)


def test_edge_cases() -> None:
    # zero investment: instant payback, no IRR (no sign change), no SIR
    assert financial.simple_payback(0, 1000) == 0.0
    assert financial.internal_rate_of_return(0, 1000) is None
    assert financial.savings_to_investment_ratio(0, 1000) is None
    # negative or zero savings never pay back and have no IRR
    assert financial.simple_payback(1000, -5) is None
    assert financial.simple_payback(1000, 0) is None
    assert financial.internal_rate_of_return(1000, -5) is None
    assert financial.net_present_value(1000, -5, 0.1, 10) < -1000
    # nothing saved: no cost of saved energy, no abatement cost
    assert financial.cost_of_saved_resource(1000, 0) is None
    assert financial.marginal_abatement_cost(1000, 10, 0) is None
    # a zero discount rate is the plain sum
    assert financial.capital_recovery_factor(0.0, 8) == pytest.approx(1 / 8)
    assert financial.net_present_value(100, 30, 0.0, 5) == pytest.approx(50)
    # savings too small to recover the investment: a negative IRR, still a number
    assert financial.internal_rate_of_return(1000, 80, 10) == pytest.approx(-0.0386, abs=1e-3)


@pytest.mark.parametrize("lifetime", [0, 0.4, 51, float("nan")])
def test_lifetime_out_of_range_is_named(lifetime: float) -> None:
    with pytest.raises(ValueError, match="Lifetime .* 1–50 yr"):
        financial.evaluate(1, 1, lifetime_yr=lifetime)


@pytest.mark.parametrize("rate", [-0.5, 1.0, 7])
def test_discount_rate_out_of_range_is_named(rate: float) -> None:
    with pytest.raises(ValueError, match="Discount rate"):
        financial.evaluate(1, 1, discount_rate=rate)


@settings(max_examples=80, deadline=None)
@given(
    investment=st.floats(min_value=1e3, max_value=1e11),
    payback=st.floats(min_value=0.05, max_value=40),
    years=st.integers(min_value=1, max_value=50),
)
def test_npv_at_the_irr_is_zero(investment: float, payback: float, years: int) -> None:
    savings = investment / payback
    rate = financial.internal_rate_of_return(investment, savings, years)
    if rate is None:  # numpy-financial found no root (e.g. IRR below −99 %)
        assert savings * years < investment
        return
    npv = financial.net_present_value(investment, savings, rate, years)
    assert abs(npv) <= 1e-6 * investment


@settings(max_examples=60, deadline=None)
@given(
    investment=st.floats(min_value=0, max_value=1e10),
    extra=st.floats(min_value=0, max_value=1e10),
    savings=st.floats(min_value=1, max_value=1e10),
)
def test_payback_is_monotone_in_investment(investment: float, extra: float, savings: float) -> None:
    low = financial.simple_payback(investment, savings)
    high = financial.simple_payback(investment + extra, savings)
    assert low is not None and high is not None and high >= low


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def test_portfolio_equals_the_scalar_path_on_random_data() -> None:
    rng = np.random.default_rng(20250510)
    n = 400
    investment = rng.uniform(0, 2e9, n)
    investment[:20] = 0.0  # zero investment
    savings = rng.uniform(-1e8, 8e8, n)
    om = rng.uniform(-1e7, 5e7, n)
    years = rng.integers(1, 31, n).astype(float)
    rate = rng.uniform(0.0, 0.2, n)
    kwh = rng.uniform(-1e4, 1e6, n)
    gj = rng.uniform(-10, 5e3, n)
    co2 = rng.uniform(-5, 500, n)
    result = portfolio.evaluate_portfolio(
        investment,
        savings,
        om_cost_change_vnd=om,
        lifetime_yr=years,
        discount_rate=rate,
        electricity_kwh=kwh,
        energy_gj=gj,
        co2e_t=co2,
    )
    for i in range(n):
        one = financial.evaluate(
            investment[i],
            savings[i],
            om_cost_change_vnd=om[i],
            lifetime_yr=years[i],
            discount_rate=rate[i],
            electricity_kwh=kwh[i],
            energy_gj=gj[i],
            co2e_t=co2[i],
        )
        pairs = [
            (result.simple_payback_yr[i], one.simple_payback_yr),
            (result.npv_vnd[i], one.npv_vnd),
            (result.sir[i], one.sir),
            (result.cse_vnd_per_kwh[i], one.cse_vnd_per_kwh),
            (result.cse_vnd_per_gj[i], one.cse_vnd_per_gj),
            (result.mac_vnd_per_tco2e[i], one.mac_vnd_per_tco2e),
        ]
        for vector, scalar in pairs:
            np.testing.assert_allclose(vector, _nan(scalar), rtol=1e-9, atol=1e-3)
        np.testing.assert_allclose(result.irr[i], _nan(one.irr), rtol=1e-7, atol=1e-9)


def test_portfolio_irr_handles_very_negative_returns() -> None:
    irr = portfolio.irr_uniform([1e6, 1e6, 0.0], [1.0, 2e5, 5.0], [3, 10, 5])
    assert irr[1] == pytest.approx(financial.internal_rate_of_return(1e6, 2e5, 10), abs=1e-9)
    assert math.isnan(irr[2])
    # S·n ≪ I: the root sits near −99 % (bisection bracket missed), numpy-financial fallback
    assert irr[0] == pytest.approx(financial.internal_rate_of_return(1e6, 1.0, 3), abs=1e-9)
    assert irr[0] < -0.98


def test_portfolio_co2e_matches_ghg(ref) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.calc import ghg

    kwh = np.array([1000.0, 0.0, 2e6])
    husk = np.array([0.0, 5000.0, 1.0])
    total, biogenic = portfolio.portfolio_co2e(ref, {"electricity": kwh, "biomass": husk}, 2021)
    for i in range(3):
        e = ghg.carrier_emissions(ref, "electricity", kwh[i], 2021)
        b = ghg.carrier_emissions(ref, "biomass", husk[i])
        assert total[i] == pytest.approx(e.co2e_t + b.co2e_t)
        assert biogenic[i] == pytest.approx(b.biogenic_co2_t)


@pytest.fixture
def ref():  # type: ignore[no-untyped-def]
    from auditdesk.calc.reference import load_builtin

    return load_builtin()
