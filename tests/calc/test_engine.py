"""The engine with a tiny estimator defined here: parsing, ranges, pricing, CO2e, money."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest

from auditdesk.calc import engine
from auditdesk.calc.engine import InputError, run_estimate
from auditdesk.calc.estimator import (
    REGISTRY,
    EstimateContext,
    Estimator,
    InputSpec,
    OutputSpec,
    PhysicalResult,
    register,
)
from auditdesk.calc.reference import ReferenceContext, ReferenceData, load_builtin


class TinyEstimator(Estimator):
    """Saves power × hours of electricity and a choice of fuel, for testing the engine."""

    id = "test_tiny"
    title_en = "Tiny"
    title_vi = "Nhỏ"
    techniques = ("GH",)
    area = "compressed_air"
    inputs = (
        InputSpec("power", "Power", "Công suất", "kW", None, 0, 1000),
        InputSpec("hours", "Hours", "Số giờ", "h/yr", 1000.0, 0, 8784),
        InputSpec("pressure", "Pressure", "Áp suất", "bar", 7.0, 0, 20, pressure="gauge"),
        InputSpec(
            "fuel", "Fuel", "Nhiên liệu", "", "diesel", choices=("diesel", "biomass", "steam")
        ),
        InputSpec("fuel_saved", "Fuel saved", "Nhiên liệu tiết kiệm", "", 0.0, -1e6, 1e6),
    )
    outputs = (
        OutputSpec("energy", "Energy", "Năng lượng", "kWh/yr"),
        OutputSpec("pressure_seen", "Pressure seen", "Áp suất nhận", "bar"),
    )
    formula = "E = P × t"
    source = "test"
    seen_context: ClassVar[list[EstimateContext | None]] = []

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        self.seen_context.append(context)
        energy = float(values["power"]) * float(values["hours"])
        savings = {"electricity": energy}
        if values["fuel_saved"]:
            savings[str(values["fuel"])] = float(values["fuel_saved"])
        return PhysicalResult(
            savings=savings,
            values={"energy": energy, "pressure_seen": float(values["pressure"])},
            notes=["A note for the reviewer."],
        )


@pytest.fixture(autouse=True)
def tiny() -> Iterator[None]:
    register(TinyEstimator)
    TinyEstimator.seen_context.clear()
    yield
    REGISTRY.pop("test_tiny", None)


@pytest.fixture
def ref() -> ReferenceData:
    return load_builtin()


def test_parses_units_fills_defaults_and_prices(ref: ReferenceData) -> None:
    report = run_estimate(
        "test_tiny", {"power": "20 hp", "pressure": "100 psig"}, ref, investment_vnd=10_000_000
    )
    kwh = 20 * 0.745699872 * 1000
    assert report.value("energy") == pytest.approx(kwh)
    assert report.value("pressure_seen") == pytest.approx(6.894757, abs=1e-6)
    row = report.saving("electricity")
    assert row is not None and row.unit == "kWh"
    assert row.cost_vnd == pytest.approx(kwh * ref.value("price.electricity"))
    assert row.co2e_t == pytest.approx(kwh / 1000 * 0.6592)
    assert row.toe == pytest.approx(kwh * 0.0001543)
    assert row.energy_gj == pytest.approx(kwh * 0.0036)
    hours = next(i for i in report.inputs if i.name == "hours")
    assert hours.is_default and hours.value == 1000.0
    power = next(i for i in report.inputs if i.name == "power")
    assert power.given == "20 hp" and not power.is_default
    assert report.financial.simple_payback_yr == pytest.approx(10_000_000 / row.cost_vnd)
    assert report.financial.cse_vnd_per_kwh == pytest.approx(
        10_000_000 * 0.16274539 / kwh, rel=1e-6
    )
    assert report.notes == ["A note for the reviewer."]
    assert report.grid_year == 2023 and report.reference_set == ref.name


def test_context_carries_tariff_at_the_voltage_and_the_set(ref: ReferenceData) -> None:
    run_estimate("test_tiny", {"power": 1}, ref, voltage="lt6kv")
    context = TinyEstimator.seen_context[-1]
    assert isinstance(context, ReferenceContext) and context.ref is ref
    assert (context.tariff_normal, context.tariff_offpeak, context.tariff_peak) == (
        1987,
        1300,
        3640,
    )


def test_fuel_rows_biogenic_and_steam(ref: ReferenceData) -> None:
    report = run_estimate("test_tiny", {"power": 0, "fuel": "biomass", "fuel_saved": 1000}, ref)
    row = report.saving("biomass")
    assert row is not None and row.biogenic_co2_t == pytest.approx(1.16)
    assert report.total_co2e_t == pytest.approx(row.co2e_t) and row.co2e_t < 0.05
    assert report.total_biogenic_co2_t == pytest.approx(1.16)
    steam = run_estimate("test_tiny", {"power": 0, "fuel": "steam", "fuel_saved": 1000}, ref)
    assert steam.saving("steam").cost_vnd == pytest.approx(1000 * ref.value("price.steam"))  # type: ignore[union-attr]
    assert any("supplier" in note for note in steam.notes)


def test_zero_hours_and_negative_savings(ref: ReferenceData) -> None:
    zero = run_estimate("test_tiny", {"power": 50, "hours": 0}, ref, investment_vnd=1e6)
    assert zero.total_cost_savings_vnd == 0
    assert zero.financial.simple_payback_yr is None and zero.financial.irr is None
    assert zero.financial.cse_vnd_per_kwh is None and zero.financial.mac_vnd_per_tco2e is None
    more = run_estimate("test_tiny", {"power": 0, "fuel_saved": -100}, ref, investment_vnd=1e6)
    assert more.total_cost_savings_vnd < 0 and more.total_co2e_t < 0
    assert more.financial.npv_vnd < -1e6


def test_zero_investment_and_om_cost(ref: ReferenceData) -> None:
    report = run_estimate("test_tiny", {"power": 10}, ref, om_cost_change=1_000_000)
    money = report.financial
    assert money.simple_payback_yr == 0.0 and money.irr is None and money.sir is None
    assert money.annual_net_savings_vnd == pytest.approx(report.total_cost_savings_vnd - 1_000_000)


@pytest.mark.parametrize(
    ("inputs", "options", "needle", "name"),
    [
        ({}, {}, "'Power' (power) is required [0–1,000 kW]", "power"),
        ({"power": "2000 kW"}, {}, "2,000 kW is outside the allowed range 0–1,000 kW", "power"),
        ({"power": "2 MW"}, {}, "2 MW (= 2,000 kW) is outside the allowed range 0–1,000 kW", "power"),
        ({"power": "5 kg"}, {}, "Cannot convert kg to kW", "power"),
        (
            {"power": 1, "hours": -1},
            {},
            "-1 h/yr is outside the allowed range 0–8,784 h/yr",
            "hours",
        ),
        ({"power": 1, "fuel": "uranium"}, {}, "'uranium' is not one of the choices", "fuel"),
        ({"power": 1, "colour": "red"}, {}, "has no input 'colour'", "colour"),
        ({"power": 1}, {"voltage": "500kv"}, "'500kv'", "voltage"),
        ({"power": 1}, {"grid_year": 1999}, "1999", "grid_year"),
        ({"power": 1}, {"investment_vnd": -5}, "-5", "investment_vnd"),
        ({"power": 1}, {"lifetime_yr": 80}, "1–50", "lifetime_yr"),
        ({"power": 1}, {"discount_rate": 10}, "Discount rate", "discount_rate"),
    ],
)
def test_bad_input_names_the_input_and_range(
    ref: ReferenceData,
    inputs: dict[str, str | float],
    options: dict[str, float],
    needle: str,
    name: str,
) -> None:
    with pytest.raises(InputError) as info:
        run_estimate("test_tiny", inputs, ref, **options)  # type: ignore[arg-type]
    assert needle in str(info.value)
    assert info.value.input_name == name


def test_unknown_estimator(ref: ReferenceData) -> None:
    with pytest.raises(InputError, match="Unknown estimator 'nope'.*test_tiny"):
        run_estimate("nope", {}, ref)


def test_grid_estimate_year_is_flagged(ref: ReferenceData) -> None:
    report = run_estimate("test_tiny", {"power": 1}, ref, grid_year=2024)
    assert report.saving("electricity").co2e_t == pytest.approx(1.0 * 0.6811)  # type: ignore[union-attr]
    assert any("2024" in note and "estimate" in note for note in report.notes)


def test_report_serialises_and_labels_follow_the_language(ref: ReferenceData) -> None:
    import json

    from auditdesk import i18n

    report = run_estimate("test_tiny", {"power": 1}, ref)
    assert json.loads(json.dumps(report.to_dict()))["financial"]["lifetime_yr"] == 10
    i18n.set_language("vi")
    assert engine.label(report.values[0]) == "Năng lượng"
    i18n.set_language("en")
    assert engine.label(report.values[0]) == "Energy"
