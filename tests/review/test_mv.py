"""Measured savings against a hand-computed case where production changes.

Baseline (January–April 2024): production 100, 200, 300, 400 t; consumption
1210, 1390, 1610, 1790 kWh. By hand: mean P 250, Sxx = 150² + 50² + 50² + 150²
= 50,000, Sxy = 98,000 → b = 1.96 kWh/t, a = 1500 − 1.96 × 250 = 1010 kWh;
residuals 4, −12, 12, −4 → SSE 320, s = √(320/2) = 12.649 kWh.

Reporting (implemented 15 June → from July): production 500 and 600 t (far
more than in the baseline); measured 1900 and 2050 kWh. Predicted 1010 + 980
= 1990 and 1010 + 1176 = 2186 → savings 90 + 136 = 226 kWh.
SE = s·√(m + m²/n + (ΣP_j − m·P̄)²/Sxx) = 12.649·√(2 + 1 + 600²/50,000)
= 12.649·√10.2 = 40.398 kWh; t(0.95, 2 dof) = 2.920 → ± 117.96 kWh.
Specific consumption: 6000/1000 = 6.0 kWh/t before, 3950/1100 = 3.5909 after:
(6.0 − 3.5909) × 1100 = 2650 kWh — the fixed load makes it overstate.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from review_helpers import Plant

from auditdesk import model
from auditdesk.calc.production_model import fit_regression
from auditdesk.review import followup, mv
from auditdesk.review.lifecycle import MoveRefused
from auditdesk.review.roles import OFFICE, REVIEWER


def test_measured_savings_equal_the_hand_computation(plant: Plant) -> None:
    result = followup.measure_savings(plant.store, plant.opportunity_id)
    reg = result.result.regression
    assert (reg.fixed, reg.variable, reg.n) == (pytest.approx(1010.0), pytest.approx(1.96), 4)
    assert reg.standard_error == pytest.approx(math.sqrt(160.0))
    assert [(m.month, m.production, m.predicted, m.actual) for m in result.result.months] == [
        ("2024-07", 500.0, pytest.approx(1990.0), 1900.0),
        ("2024-08", 600.0, pytest.approx(2186.0), 2050.0)]
    assert result.result.savings == pytest.approx(226.0)
    assert result.result.standard_error == pytest.approx(12.649110640673518 * math.sqrt(10.2))
    assert result.result.standard_error == pytest.approx(40.398, abs=5e-4)
    assert result.result.interval90 == pytest.approx(2.920 * 40.39802, abs=1e-3)
    assert result.specific.before == pytest.approx(6.0)
    assert result.specific.after == pytest.approx(3950 / 1100)
    assert result.specific.savings == pytest.approx(2650.0)
    assert (result.carrier, result.unit, result.product) == ("electricity", "kWh", "Vải")
    assert (result.reporting.first_month, result.reporting.last_month) == ("2024-07", "2024-08")
    assert result.savings_per_year == pytest.approx(226.0 * 6)
    assert any("2 months" in note for note in result.notes)


def test_the_uncertainty_formula_is_the_variance_of_the_summed_prediction() -> None:
    """Against the matrix form: Var = s²·(m + 1ᵀ X₀ (XᵀX)⁻¹ X₀ᵀ 1) for random data."""
    rng = np.random.default_rng(7)
    x = rng.uniform(50, 150, 12)
    y = 300 + 4 * x + rng.normal(0, 20, 12)
    reg = fit_regression(list(x), list(y))
    reporting = [170.0, 90.0, 130.0, 160.0, 140.0]
    design = np.column_stack([np.ones(12), x])
    summed = np.array([len(reporting), sum(reporting)])
    variance = reg.standard_error ** 2 * (len(reporting) + summed @ np.linalg.inv(
        design.T @ design) @ summed)
    assert mv.savings_standard_error(reg, reporting) == pytest.approx(math.sqrt(variance))


def test_t_table() -> None:
    assert mv.t90(10) == 1.812 and mv.t90(35) == 1.697 and mv.t90(500) == 1.645
    with pytest.raises(ValueError):
        mv.t90(0)


def test_a_given_last_month_and_a_month_without_production(plant: Plant) -> None:
    short = followup.measure_savings(plant.store, plant.opportunity_id, last_month="2024-07")
    assert short.result.savings == pytest.approx(90.0)
    july = plant.store.production.list("period_start = '2024-07-01'")[0]
    plant.store.production.delete(july.id)
    gap = followup.measure_savings(plant.store, plant.opportunity_id)
    assert [m.month for m in gap.result.months] == ["2024-08"]
    assert gap.result.savings == pytest.approx(136.0)
    assert "Left out for missing readings or production: 2024-07." in gap.notes


def test_what_is_missing_is_said(plant: Plant) -> None:
    store = plant.store
    store.opportunities.update(plant.opportunity_id, verification_meters="")
    with pytest.raises(mv.MVError, match="meter"):
        followup.measure_savings(store, plant.opportunity_id)
    water = store.meters.create(model.Meter(enterprise_id=plant.enterprise_id, name="Nước",
                                            carrier="water", unit="m3", kind="period"))
    both = followup.encode_meter_ids([plant.meter_id, water.id])
    store.opportunities.update(plant.opportunity_id, verification_meters=both)
    with pytest.raises(mv.MVError, match="different carriers"):
        followup.measure_savings(store, plant.opportunity_id)
    store.opportunities.update(plant.opportunity_id,
                               verification_meters=followup.encode_meter_ids([plant.meter_id]),
                               implementation_date="2024-03-20")
    with pytest.raises(mv.MVError, match="inside the baseline"):
        followup.measure_savings(store, plant.opportunity_id)
    store.opportunities.update(plant.opportunity_id, implementation_date="2024-08-10")
    with pytest.raises(mv.MVError, match="nothing to measure yet"):
        followup.measure_savings(store, plant.opportunity_id)
    store.opportunities.update(plant.opportunity_id, implementation_date="2024-06-15")
    store.meters.update(plant.meter_id, unit="m3")  # an electricity meter in m³
    with pytest.raises(mv.MVError, match="Cannot convert m3 to kWh"):
        followup.measure_savings(store, plant.opportunity_id)


def test_recording_the_verification_moves_it_to_verified(plant: Plant) -> None:
    store = plant.store
    result = followup.measure_savings(store, plant.opportunity_id)
    with pytest.raises(MoveRefused, match="Only the Auditor or Project office"):
        followup.record_verification(store, plant.opportunity_id, result, REVIEWER)
    verified = followup.record_verification(store, plant.opportunity_id, result, OFFICE)
    assert verified.status == "verified"
    data = followup.recorded(verified)
    assert data is not None
    assert data["amount_per_yr"] == pytest.approx(1356.0)
    assert data["cost_vnd_per_yr"] == pytest.approx(1356.0 * 2000.0)  # the estimate's price
    assert data["co2e_t_per_yr"] == pytest.approx(1356.0 * 0.0006592)
    assert data["ipmvp_option"] == "C" and data["months"] == 2
    assert json.loads(verified.verified_savings)["from"] == "2024-07"


def test_reporting_starts_with_the_first_whole_month() -> None:
    assert followup.reporting_start("2024-06-15") == "2024-07"
    assert followup.reporting_start("2024-06-01") == "2024-06"
    assert followup.reporting_start("2024-12-31") == "2025-01"


def test_follow_up_data_is_recorded_by_the_right_roles(plant: Plant) -> None:
    from auditdesk.review.roles import AUDITOR, RoleError

    store = plant.store
    followup.record_implementation(store, plant.opportunity_id, REVIEWER,
                             implementation_date="2024-06-20", actual_investment=95_000_000.0)
    opp = store.opportunities.get(plant.opportunity_id)
    assert (opp.implementation_date, opp.actual_investment) == ("2024-06-20", 95_000_000.0)
    with pytest.raises(RoleError):
        followup.record_implementation(store, plant.opportunity_id, OFFICE, actual_investment=1.0)
    followup.plan_verification(store, plant.opportunity_id, AUDITOR, ipmvp_option="B", meters=[])
    opp = store.opportunities.get(plant.opportunity_id)
    assert (opp.ipmvp_option, followup.meter_ids(opp)) == ("B", [])
    with pytest.raises(RoleError):
        followup.plan_verification(store, plant.opportunity_id, REVIEWER, ipmvp_option="A")
