"""Compressed-air and steam estimators: published worked examples, edge cases, metadata.

Tolerances are stated per test. Published figures: REFERENCE.md §6–§7.
"""

from __future__ import annotations

import pytest

from auditdesk.calc import units
from auditdesk.calc.engine import run_estimate
from auditdesk.calc.estimator import get
from auditdesk.calc.estimators.compressed_air import PSI_PER_BAR, orifice_mass_flow
from auditdesk.calc.estimators.steam import MMBTU_PER_GJ, doe_combustion_efficiency
from auditdesk.calc.reference import ReferenceData, context_for, load_builtin
from auditdesk.model.carriers import CARRIERS
from auditdesk.model.vocab import TECHNIQUES

IDS = (
    "compressed_air_leaks",
    "compressed_air_pressure",
    "steam_leaks",
    "boiler_tuning",
    "condensate_return",
    "insulation",
    "feedwater_economizer",
)
HOURS = {i: "hours" for i in IDS if i != "boiler_tuning"}


@pytest.fixture
def ref() -> ReferenceData:
    return load_builtin()


def _compute(estimator_id: str, ref: ReferenceData, **changes: float | str):  # type: ignore[no-untyped-def]
    est = get(estimator_id)
    values = {**est.defaults(), **est.example, **changes}
    return est.compute(values, context_for(ref))


@pytest.mark.parametrize(
    ("diameter_in", "row"),
    [
        (1 / 16, (4.79, 5.36, 5.92, 6.49)),
        (1 / 8, (19.2, 21.4, 23.7, 26.0)),
        (1 / 4, (76.7, 85.7, 94.8, 104.0)),
    ],
)
def test_orifice_table(ref: ReferenceData, diameter_in: float, row: tuple[float, ...]) -> None:
    """Free air (cfm) at C = 1.0, 70 °F for 70/80/90/100 psig: within 1 %."""
    for psig, expected in zip((70, 80, 90, 100), row):
        result = _compute(
            "compressed_air_leaks",
            ref,
            hole_diameter=diameter_in * 25.4,
            pressure=psig / PSI_PER_BAR,
        )
        assert result.values["flow_per_leak_cfm"] == pytest.approx(expected, rel=0.01)
        assert result.values["choked"] == 1.0


def test_leak_energy_and_discharge_coefficient(ref: ReferenceData) -> None:
    full = _compute("compressed_air_leaks", ref)
    sharp = _compute("compressed_air_leaks", ref, discharge_coefficient=0.61, leak_count=3)
    assert sharp.values["flow_total"] == pytest.approx(full.values["flow_total"] * 0.61 * 3)
    flow_cfm = full.values["flow_per_leak_cfm"]
    kwh = flow_cfm * units.convert(1, "cfm", "m3/min") * 7.06 * 8760
    assert full.savings["electricity"] == pytest.approx(kwh, rel=1e-9)


def test_leak_below_critical_pressure_is_subsonic(ref: ReferenceData) -> None:
    result = _compute("compressed_air_leaks", ref, pressure=0.5)
    assert result.values["choked"] == 0.0 and result.notes
    mass, choked = orifice_mass_flow(0.003, 101_325.0, 300.0, 0.61)
    assert mass == 0.0 and not choked


def test_pressure_reduction_rule_and_physics(ref: ReferenceData) -> None:
    """DOE/CAC Sourcebook: ~1 % per 2 psi near 100 psig; 100 → 90 psig on 100 kW × 6,000 h."""
    rule = _compute("compressed_air_pressure", ref)
    assert rule.values["total_saving"] == pytest.approx(5.0)
    assert rule.savings["electricity"] == pytest.approx(30_000)
    two_stage = _compute("compressed_air_pressure", ref, method="isentropic", stages=2)
    # ideal two-stage compression agrees with the rule within 15 %
    assert two_stage.values["compression_saving"] == pytest.approx(5.0, rel=0.15)
    leaky = _compute("compressed_air_pressure", ref, unregulated_share=30.0)
    assert leaky.values["demand_saving"] == pytest.approx(30 * (1 - 104.696 / 114.696), rel=1e-3)


def test_napier_example(ref: ReferenceData) -> None:
    """Manczyk: 16.78 lb/h and $729.20/yr at $6.23/MMBtu, boiler 80 % (within 0.1 %)."""
    result = _compute("steam_leaks", ref)
    assert result.values["steam_loss_lb_h"] == pytest.approx(16.78, abs=0.01)
    dollars = result.values["fuel_energy_mmbtu"] * 6.23
    assert dollars == pytest.approx(729.20, rel=0.001)
    gas_m3 = result.values["fuel_energy"] / (0.75 * 48.0 / 1000)
    assert result.savings["natural_gas"] == pytest.approx(gas_m3)
    assert result.savings["water"] == pytest.approx(result.values["steam_loss_year"])


def test_napier_si_form_and_options(ref: ReferenceData) -> None:
    """SI form ṁ ≈ 0.002472 × P_abs[kPa] × d²[mm²] kg/h; closed return halves; bought steam."""
    result = _compute("steam_leaks", ref, steam_pressure=7.0, orifice_diameter=3.0)
    assert result.values["steam_loss"] == pytest.approx(0.002472 * 801.325 * 9, rel=1e-3)
    closed = _compute(
        "steam_leaks", ref, steam_pressure=7.0, orifice_diameter=3.0, discharge="closed_return"
    )
    assert closed.values["steam_loss"] == pytest.approx(result.values["steam_loss"] / 2)
    assert "water" not in closed.savings
    bought = _compute("steam_leaks", ref, fuel="steam", steam_pressure=7.0, orifice_diameter=3.0)
    assert bought.savings["steam"] == pytest.approx(result.values["steam_loss_year"] * 1000)
    assert "natural_gas" not in bought.savings


def test_boiler_tuning_example(ref: ReferenceData) -> None:
    """DOE Steam Tip #4: 78.2 % → 83.1 %, 29,482 MMBtu/yr, $235,856/yr ± $5."""
    result = _compute("boiler_tuning", ref)
    assert result.values["efficiency_before"] == pytest.approx(78.2)
    assert result.values["efficiency_after"] == pytest.approx(83.1)
    assert result.values["fuel_energy_mmbtu"] == pytest.approx(29_482, abs=1)
    assert result.values["fuel_energy_mmbtu"] * 8.00 == pytest.approx(235_856, abs=5)


def test_boiler_tuning_table_and_rule(ref: ReferenceData) -> None:
    assert doe_combustion_efficiency(28.1, 500 / 1.8) == pytest.approx(76.7)
    assert doe_combustion_efficiency(20.0, 350 / 1.8) == pytest.approx(
        (82.8 + 80.4) / 2 + ((82.1 + 79.5) / 2 - (82.8 + 80.4) / 2) * (5.0 / 13.1)
    )
    rule = _compute("boiler_tuning", ref, method="rule_of_thumb")
    # 35.4/15 + 55.6/22 = 4.88 points from 78.2 % → within 0.5 % of the table's 83.1 %
    assert rule.values["efficiency_after"] == pytest.approx(83.1, rel=0.005)
    extrapolated = _compute("boiler_tuning", ref, excess_air_before=120.0, fuel="coal")
    assert len(extrapolated.notes) == 2 and "coal" in extrapolated.savings


def test_condensate_return_example(ref: ReferenceData) -> None:
    """DOE Steam Tip #8: (1 − 0.12) × 10,000 lb/h × 8,000 h × (148 − 23) Btu/lb / 0.8 =
    11,000 MMBtu/yr; c_p = 4.19 kJ/(kg·K) instead of the steam table: within 0.5 %."""
    result = _compute("condensate_return", ref, treatment_cost=5000.0)
    assert result.values["fuel_energy_mmbtu"] == pytest.approx(11_000, rel=0.005)
    water = 0.88 * 10_000 * 0.45359237 * 8000 / 1000
    assert result.savings["water"] == pytest.approx(water)
    assert result.savings["wastewater"] == pytest.approx(water)
    assert result.extra_cost_savings_vnd == pytest.approx(water * 5000)
    kept = _compute("condensate_return", ref, drained_to_sewer="no")
    assert "wastewater" not in kept.savings


def test_insulation_reproduces_doe_steam_tip_2(ref: ReferenceData) -> None:
    """DOE Steam Tip #2: 1,120 ft 1 in + 175 ft 2 in at 150 psig, 250 ft 4 in at 15 psig →
    5,069 MMBtu/yr bare loss; ≈ $45,620/yr. Within 3.5 % per line and 3 % in total."""
    lines = [(1.315, 1120, 366, 285), (2.375, 175, 366, 480), (4.5, 250, 250, 415)]
    total_bare = total_fuel = 0.0
    for od_in, feet, temp_f, per_100ft in lines:
        result = _compute(
            "insulation",
            ref,
            outer_diameter=od_in * 25.4,
            length=feet * 0.3048,
            surface_temperature=(temp_f - 32) / 1.8,
        )
        assert result.values["bare_loss_mmbtu"] == pytest.approx(per_100ft * feet / 100, rel=0.035)
        total_bare += result.values["bare_loss_mmbtu"]
        total_fuel += result.values["fuel_energy_mmbtu"]
    assert total_bare == pytest.approx(5069, rel=0.03)
    assert total_fuel * 8.00 == pytest.approx(45_620, rel=0.03)


def test_insulation_thickness_method_and_flat_surfaces(ref: ReferenceData) -> None:
    bare = _compute("insulation", ref)
    thick = _compute("insulation", ref, method="thickness", insulation_thickness=50.0)
    # 50 mm of mineral wool on 1 in pipe at 186 °C removes more than 85 % of the loss
    assert thick.values["insulated_loss"] < 0.15 * bare.values["bare_loss"]
    thicker = _compute("insulation", ref, method="thickness", insulation_thickness=100.0)
    assert thicker.values["insulated_loss"] < thick.values["insulated_loss"]
    wall = _compute(
        "insulation",
        ref,
        surface="vertical",
        area=4.0,
        surface_temperature=150.0,
        ambient_temperature=30.0,
    )
    # natural convection + radiation (ε 0.7) from a 150 °C wall: about 8–14 W/(m²·K) × 120 K
    assert 900 < wall.values["bare_flux"] < 1700
    windy = _compute(
        "insulation",
        ref,
        surface="vertical",
        area=4.0,
        surface_temperature=150.0,
        ambient_temperature=30.0,
        wind_speed=5.0,
    )
    assert windy.values["bare_flux"] > wall.values["bare_flux"]
    top = _compute(
        "insulation",
        ref,
        surface="horizontal",
        area=4.0,
        surface_temperature=150.0,
        ambient_temperature=30.0,
        method="thickness",
    )
    assert 0 < top.values["insulated_loss"] < top.values["bare_loss"]


def test_economizer_one_percent_per_six_degrees(ref: ReferenceData) -> None:
    """Forbes Marshall: 6 °C feedwater rise at 5 barg saves about 1 % of fuel (± 0.1 point)."""
    result = _compute("feedwater_economizer", ref)
    assert result.values["fuel_saving"] == pytest.approx(1.0, abs=0.1)
    heat_kw = 1000 / 3600 * 4.19 * 6
    assert result.values["heat_recovered_kw"] == pytest.approx(heat_kw)
    gj = heat_kw * 6000 * 3600 / 1e6 / 0.8
    assert result.savings["fuel_oil"] == pytest.approx(gj * 1000 / 40.4)
    colder = _compute("feedwater_economizer", ref, feedwater_after=30.0)
    assert colder.savings["fuel_oil"] < 0 and colder.notes


@pytest.mark.parametrize("estimator_id", IDS)
def test_zero_hours_save_nothing(ref: ReferenceData, estimator_id: str) -> None:
    if estimator_id == "boiler_tuning":
        result = _compute(estimator_id, ref, excess_air_after=44.9, net_stack_after=400 / 1.8)
    else:
        result = _compute(estimator_id, ref, **{HOURS[estimator_id]: 0.0})
    assert all(abs(v) < 1e-9 for v in result.savings.values())


@pytest.mark.parametrize("estimator_id", IDS)
def test_metadata_and_example_through_the_engine(ref: ReferenceData, estimator_id: str) -> None:
    est = get(estimator_id)
    assert est.title_en and est.title_vi and est.formula and est.source and est.example_source
    assert est.assumptions and set(est.techniques) <= set(TECHNIQUES)
    for spec in est.inputs:
        assert spec.label_en and spec.label_vi
        if spec.choices:
            assert spec.default in spec.choices
        else:
            units.check_unit(spec.unit)
            if spec.default is not None:
                assert spec.minimum is None or spec.minimum <= spec.default
                assert spec.maximum is None or spec.default <= spec.maximum
        if spec.pressure:
            assert spec.pressure in ("gauge", "absolute")
    for spec in est.outputs:
        units.check_unit(spec.unit)
    report = run_estimate(estimator_id, dict(est.example), ref, investment_vnd=50_000_000)
    assert report.carriers and all(row.carrier in CARRIERS for row in report.carriers)
    assert report.total_cost_savings_vnd > 0 and report.total_co2e_t > 0


def test_mmbtu_constant() -> None:
    assert 1 / MMBTU_PER_GJ == pytest.approx(units.convert(1, "MMBtu", "GJ"))
