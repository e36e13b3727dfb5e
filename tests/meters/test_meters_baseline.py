"""Baseline: conversions (REFERENCE.md checks), sub-meters, specific consumption, regression."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from auditdesk.calc.baseline import (
    BaselinePeriod,
    baseline_from_readings,
    carrier_factors,
    compute_baseline,
)
from auditdesk.calc.consumption import PeriodTotal
from auditdesk.calc.production_model import (
    fit_regression,
    monthly_production,
    regress_on_production,
    specific_consumption,
)
from auditdesk.model.entities import Meter, ProductionRecord, Reading

FACTORS = {
    "toe.electricity": 0.0001543,  # MOIT 3505/BCT-KHCN
    "toe.diesel": 0.88 / 1000,  # per L
    "toe.gj": 41.868,
    "fuel.diesel.ncv": 43.0,  # MJ/kg, IPCC 2006
    "fuel.diesel.density": 0.84,  # kg/L
    "fuel.diesel.co2": 74_100.0,  # kg/TJ
    "fuel.diesel.ch4": 3.0,
    "fuel.diesel.n2o": 0.6,
    "fuel.diesel.biogenic": 0.0,
    "fuel.biomass.ncv": 11.6,
    "fuel.biomass.co2": 100_000.0,
    "fuel.biomass.ch4": 30.0,
    "fuel.biomass.n2o": 4.0,
    "fuel.biomass.biogenic": 1.0,
    "gwp.ch4": 28.0,
    "gwp.n2o": 265.0,
    "emission.grid.2023": 0.6592,
    "emission.grid.2022": 0.6766,
    "emission.grid.default_year": 2023.0,
    "price.electricity": 1_899.0,
    "price.diesel": 20_000.0,
    "price.water": 10_000.0,
    "fx.usd": 25_000.0,
}


class FakeFactors:
    """A dict-backed FactorLookup: unknown keys raise KeyError like the real one."""

    def __init__(self, values: dict[str, float]) -> None:
        self.values = values

    def value(self, key: str) -> float:
        return self.values[key]


PERIOD = BaselinePeriod("2024-01", "2024-12")


def _flat(total: float, missing: tuple[str, ...] = ()) -> list[PeriodTotal]:
    """Twelve complete months of 2024 sharing ``total`` equally; ``missing`` months have no data."""
    months = []
    for month in PERIOD.months:
        days = (
            dt.date(2024 + (month == "2024-12"), int(month[5:]) % 12 + 1, 1)
            - dt.date(2024, int(month[5:]), 1)
        ).days
        if month in missing:
            months.append(PeriodTotal(month, None, 0.0, days))
        else:
            months.append(PeriodTotal(month, total / 12, days, days))
    return months


def test_baseline_period_is_the_twelve_full_months_before_the_audit() -> None:
    assert BaselinePeriod.before("2025-03-15") == BaselinePeriod("2024-03", "2025-02")
    assert BaselinePeriod.before(dt.date(2025, 1, 1)) == BaselinePeriod("2024-01", "2024-12")
    assert len(BaselinePeriod.before("2025-03-15").months) == 12
    assert BaselinePeriod.from_dates("2023-07-01", "2024-06-30").months[-1] == "2024-06"


def test_ten_gwh_is_1543_toe_and_a_key_energy_user() -> None:
    meter = Meter(name="EVN main", carrier="electricity", unit="kWh")
    baseline = compute_baseline(
        [meter], {meter.id: _flat(10_000_000)}, PERIOD, FakeFactors(FACTORS)
    )
    electricity = baseline.carrier("electricity")
    assert electricity is not None and electricity.complete
    assert electricity.amount == pytest.approx(10_000_000)
    assert electricity.toe == pytest.approx(1_543)  # 10 GWh x 0.0001543
    assert electricity.gj == pytest.approx(36_000)  # x 0.0036
    assert electricity.co2e_t == pytest.approx(6_592)  # 10,000 MWh x 0.6592
    assert electricity.cost_vnd == pytest.approx(18_990_000_000)
    assert electricity.cost_usd == pytest.approx(759_600)
    assert baseline.key_energy_user and baseline.total_toe == pytest.approx(1_543)
    older = compute_baseline(
        [meter], {meter.id: _flat(10_000_000)}, PERIOD, FakeFactors(FACTORS), grid_year=2022
    )
    assert older.total_co2e_t == pytest.approx(6_766)
    small = compute_baseline([meter], {meter.id: _flat(6_480_000)}, PERIOD, FakeFactors(FACTORS))
    assert small.total_toe == pytest.approx(999.864) and not small.key_energy_user


def test_one_tonne_of_diesel_is_43_gj_and_3186_kg_co2() -> None:
    factors = carrier_factors("diesel", FakeFactors(FACTORS))
    litres = 1000 / 0.84  # 1 t of DO in the canonical unit (L)
    assert factors.gj is not None and factors.co2_t is not None and factors.co2e_t is not None
    assert litres * factors.gj == pytest.approx(43.0)
    assert litres * factors.co2_t * 1000 == pytest.approx(3_186.3)  # 0.043 TJ x 74,100 kg/TJ
    # CH4 0.043 x 3 x 28 = 3.612 kg, N2O 0.043 x 0.6 x 265 = 6.837 kg CO2e
    assert litres * factors.co2e_t * 1000 == pytest.approx(3_186.3 + 3.612 + 6.837)
    assert litres * (factors.toe or 0) == pytest.approx(1000 / 0.84 * 0.00088)


def test_biomass_co2_is_biogenic_and_toe_comes_from_its_energy() -> None:
    factors = carrier_factors("biomass", FakeFactors(FACTORS))
    tonne = 1000.0  # kg of rice husk
    assert tonne * (factors.gj or 0) == pytest.approx(11.6)
    assert tonne * (factors.toe or 0) == pytest.approx(11.6 / 41.868)
    assert tonne * factors.biogenic_co2_t == pytest.approx(1.16)  # 0.0116 TJ x 100 t/TJ
    # counted: CH4 0.0116 x 30 x 28 + N2O 0.0116 x 4 x 265 = 9.744 + 12.296 kg
    assert tonne * (factors.co2e_t or 0) * 1000 == pytest.approx(22.04)


def test_missing_factors_are_noted_not_invented() -> None:
    factors = carrier_factors("electricity", FakeFactors(FACTORS), 2019)
    assert factors.co2_t is None and factors.co2e_t is None and factors.notes
    water = carrier_factors("water", FakeFactors(FACTORS))
    assert water.gj is None and water.toe is None and water.price_vnd == 10_000


def test_sub_meters_are_not_double_counted_and_shares_add_up() -> None:
    main = Meter(name="Main", carrier="electricity", unit="MWh")
    compressor = Meter(name="Compressor", carrier="electricity", unit="kWh", parent_id=main.id)
    water = Meter(name="Water", carrier="water", unit="m3")
    diesel = Meter(name="Generator fuel", carrier="diesel", unit="L")
    monthly = {
        main.id: _flat(1_200),
        compressor.id: _flat(300_000),
        water.id: _flat(12_000),
        diesel.id: _flat(6_000),
    }
    baseline = compute_baseline(
        [main, compressor, water, diesel], monthly, PERIOD, FakeFactors(FACTORS)
    )
    electricity = baseline.carrier("electricity")
    assert electricity is not None
    assert electricity.amount == pytest.approx(1_200_000)  # MWh -> kWh, compressor left out
    assert electricity.meter_ids == (main.id,)
    diesel_gj = 6_000 * 0.84 * 43.0 / 1000
    assert baseline.total_gj == pytest.approx(1_200_000 * 0.0036 + diesel_gj)
    shares = [c.share_gj for c in baseline.carriers if c.share_gj is not None]
    assert sum(shares) == pytest.approx(1) and baseline.carrier("water").share_gj is None  # type: ignore[union-attr]
    assert sum(c.share_cost or 0 for c in baseline.carriers) == pytest.approx(1)
    assert baseline.total_cost_vnd == pytest.approx(
        1_200_000 * 1_899 + 12_000 * 10_000 + 6_000 * 20_000
    )
    assert baseline.total_cost_usd == pytest.approx(baseline.total_cost_vnd / 25_000)


def test_months_without_readings_are_reported_not_filled() -> None:
    meter = Meter(name="Main", carrier="electricity", unit="kWh")
    other = Meter(name="Second feeder", carrier="electricity", unit="kWh")
    monthly = {meter.id: _flat(12_000, missing=("2024-03", "2024-04")), other.id: _flat(1_200)}
    baseline = compute_baseline([meter, other], monthly, PERIOD, FakeFactors(FACTORS))
    electricity = baseline.carrier("electricity")
    assert electricity is not None and not electricity.complete
    assert electricity.amount == pytest.approx(10_000 + 1_200)
    march = next(m for m in electricity.months if m.period == "2024-03")
    assert march.status == "partial" and march.consumption == pytest.approx(100)
    assert any("2024-03, 2024-04" in note for note in baseline.notes)
    nothing = compute_baseline([meter], {}, PERIOD, FakeFactors(FACTORS))
    assert nothing.carriers[0].months[0].status == "missing" and nothing.total_toe == 0


def test_monthly_production_prorates_by_days() -> None:
    records = [
        # 16 Jan .. 14 Feb = 30 days: 16 in January, 14 in February
        ProductionRecord(
            period_start="2024-01-16",
            period_end="2024-02-14",
            product="Fish",
            quantity=300,
            unit="t",
        ),
        ProductionRecord(
            period_start="2024-03-01",
            period_end="2024-03-31",
            product="Fish",
            quantity=5_000,
            unit="kg",
        ),
        ProductionRecord(
            period_start="2024-03-01", period_end="2024-03-31", product="Ice", quantity=99, unit="t"
        ),
    ]
    months = monthly_production(records, "t", product="Fish")
    assert months == {"2024-01": pytest.approx(160), "2024-02": pytest.approx(140), "2024-03": 5}


def test_specific_consumption_uses_complete_months_only() -> None:
    months = [
        PeriodTotal("2024-01", 31_000, 31, 31),
        PeriodTotal("2024-02", 10_000, 10, 29),
        PeriodTotal("2024-03", 40_000, 31, 31),
    ]
    result = specific_consumption(
        months, {"2024-01": 100, "2024-02": 90, "2024-03": 160}, "kWh", "t"
    )
    assert result.unit == "kWh/t"
    assert [m.value for m in result.months] == [310, None, 250]
    assert result.overall == pytest.approx(71_000 / 260)


def test_regression_hand_checked_small_case() -> None:
    """x = 1, 2, 3; y = 2, 4, 5. Means 2 and 11/3; Sxx = 2, Sxy = 3 -> slope 1.5,
    intercept 11/3 - 3 = 2/3. Residuals -1/6, 1/3, -1/6: SSE = 1/6; SST = 14/3;
    R2 = 1 - (1/6)/(14/3) = 27/28; s = sqrt(SSE/1) = 0.40825.
    Prediction at x = 2: 11/3 with s x sqrt(1 + 1/3) = 0.47140."""
    model = fit_regression([1, 2, 3], [2, 4, 5])
    assert model.variable == pytest.approx(1.5) and model.fixed == pytest.approx(2 / 3)
    assert model.r_squared == pytest.approx(27 / 28) and model.n == 3
    assert model.standard_error == pytest.approx((1 / 6) ** 0.5)
    prediction = model.predict(2)
    assert prediction.value == pytest.approx(11 / 3)
    assert prediction.standard_error == pytest.approx((1 / 6) ** 0.5 * (4 / 3) ** 0.5)
    assert model.predict(2, new_observation=False).standard_error == pytest.approx(
        (1 / 6 / 3) ** 0.5
    )


def test_regression_of_twelve_months_matches_numpy() -> None:
    production = [100.0, 120, 90, 130, 110, 95, 140, 125, 105, 115, 135, 100]
    exact = [5_000 + 30 * x for x in production]
    model = fit_regression(production, exact)
    assert (model.fixed, model.variable, model.r_squared) == pytest.approx((5_000, 30, 1))
    assert model.standard_error == pytest.approx(0, abs=1e-6)
    perturbed = list(exact)
    perturbed[3] += 500  # one month off the line
    model = fit_regression(production, perturbed)
    slope, intercept = np.polyfit(production, perturbed, 1)
    assert model.variable == pytest.approx(slope) and model.fixed == pytest.approx(intercept)
    assert model.r_squared == pytest.approx(np.corrcoef(production, perturbed)[0, 1] ** 2)
    residuals = np.array(perturbed) - (intercept + slope * np.array(production))
    assert model.standard_error == pytest.approx(np.sqrt((residuals**2).sum() / 10))
    _, covariance = np.polyfit(production, perturbed, 1, cov="unscaled")
    assert model.se_variable == pytest.approx(np.sqrt(covariance[0, 0]) * model.standard_error)
    assert model.predict(120).value == pytest.approx(intercept + slope * 120)


def test_regress_on_production_pairs_complete_months_with_production() -> None:
    months = [PeriodTotal(f"2024-{m:02d}", 1_000 + 10 * m * 10, 30, 30) for m in range(1, 7)]
    months.append(PeriodTotal("2024-07", 5, 3, 31))  # partial: left out
    production = {f"2024-{m:02d}": 10.0 * m for m in range(1, 8)}
    model = regress_on_production(months, production)
    assert (
        model.n == 6 and model.variable == pytest.approx(10) and model.fixed == pytest.approx(1_000)
    )
    with pytest.raises(ValueError):
        fit_regression([5, 5, 5], [1, 2, 3])
    with pytest.raises(ValueError):
        fit_regression([1, 2], [1, 2])


def test_baseline_from_readings_prorates_the_edges_and_skips_sub_meters() -> None:
    """Readings on 16 Dec 2023 and 16 Jan 2025 frame 2024: 397 days, 36,600 kWh from
    the main meter at an even rate; 2024 holds 366 of those days -> 36,600 x 366/397."""
    main = Meter(name="Main", carrier="electricity", unit="kWh")
    sub_meter = Meter(name="Line 2", carrier="electricity", unit="kWh", parent_id=main.id)
    readings = {
        main.id: [
            Reading(meter_id=main.id, ts="2023-12-15", value=1_000),
            Reading(meter_id=main.id, ts="2025-01-15", value=37_600),
        ],
        sub_meter.id: [
            Reading(meter_id=sub_meter.id, ts="2023-12-15", value=0),
            Reading(meter_id=sub_meter.id, ts="2025-01-15", value=9_999),
        ],
    }
    baseline = baseline_from_readings([main, sub_meter], readings, PERIOD, FakeFactors(FACTORS))
    [electricity] = baseline.carriers
    assert electricity.amount == pytest.approx(36_600 * 366 / 397)
    assert electricity.complete and electricity.months[1].consumption == pytest.approx(
        36_600 * 29 / 397
    )
    production = dict.fromkeys(PERIOD.months, 100.0)
    gj_per_t = specific_consumption(baseline.monthly_gj(), production, "GJ", "t")
    assert gj_per_t.unit == "GJ/t"
    assert gj_per_t.overall == pytest.approx(36_600 * 366 / 397 * 0.0036 / 1_200)
    assert BaselinePeriod.for_audit("2025-01-10") == PERIOD
    assert BaselinePeriod.for_audit("2025-06-01", "2024-01-01", "2024-12-31") == PERIOD
