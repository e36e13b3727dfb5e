"""GHG (REFERENCE.md §1, §4) and the EVN tariff (§2)."""

from __future__ import annotations

import pytest

from auditdesk.calc import ghg, tariff
from auditdesk.calc.reference import ReferenceData, load_builtin


@pytest.fixture
def ref() -> ReferenceData:
    return load_builtin()


def test_one_tonne_of_diesel_emits_3186_kg_co2(ref: ReferenceData) -> None:
    """1 t DO → 43.0 GJ → 3,186.3 kg CO2 (IPCC 2006). Diesel's canonical unit is L."""
    litres = 1000 / ref.value("fuel.diesel.density")
    result = ghg.fuel_emissions(ref, "diesel", litres)
    assert result.fossil_co2_t * 1000 == pytest.approx(3186.3, abs=0.05)
    # CH4 3 and N2O 0.6 kg/TJ at AR5 GWPs 28 and 265 add 0.043 × (84 + 159) kg
    assert result.co2e_t * 1000 == pytest.approx(3186.3 + 0.043 * (3 * 28 + 0.6 * 265), abs=0.05)
    assert result.biogenic_co2_t == 0.0


def test_one_tonne_of_bituminous_coal_emits_2440_kg_co2(ref: ReferenceData) -> None:
    result = ghg.fuel_emissions(ref, "coal", 1000)
    assert result.fossil_co2_t * 1000 == pytest.approx(2440.7, abs=0.05)


def test_biomass_co2_is_biogenic_and_kept_out_of_the_total(ref: ReferenceData) -> None:
    result = ghg.fuel_emissions(ref, "rice_husk", 1000)  # 11.6 GJ
    assert result.biogenic_co2_t == pytest.approx(0.0116 * 100.0)
    non_co2 = 0.0116 * (30 * 28 + 4 * 265) / 1000
    assert result.co2e_t == pytest.approx(non_co2)
    assert result.fossil_co2_t == 0.0


def test_electricity_uses_the_chosen_year(ref: ReferenceData) -> None:
    assert ghg.electricity_co2e_t(ref, 1000) == pytest.approx(0.6592)
    assert ghg.electricity_co2e_t(ref, 1000, 2019) == pytest.approx(0.8458)
    assert ghg.carrier_emissions(ref, "water", 1e6).co2e_t == 0.0
    assert ghg.carrier_emissions(ref, "steam", 1e6).co2e_t == 0.0


def test_tariff_worked_check(ref: ReferenceData) -> None:
    """≥ 110 kV, 100 kWh normal + 50 off-peak + 10 peak = 271,060 VND; 292,744.8 with 8 % VAT."""
    bill = tariff.electricity_bill(ref, "ge110kv", {"normal": 100, "offpeak": 50, "peak": 10})
    assert bill.subtotal_vnd == pytest.approx(271_060)
    assert bill.vat_vnd == pytest.approx(21_684.8)
    assert bill.total_vnd == pytest.approx(292_744.8)
    assert [line.period for line in bill.lines] == ["normal", "offpeak", "peak"]


def test_bill_input_errors_are_named(ref: ReferenceData) -> None:
    data = ref
    with pytest.raises(ValueError, match="'night'"):
        tariff.electricity_bill(data, "ge110kv", {"night": 1})
    with pytest.raises(ValueError, match="'peak'.*-5"):
        tariff.electricity_bill(data, "ge110kv", {"peak": -5})
    with pytest.raises(ValueError, match="'220kv'.*ge110kv"):
        tariff.electricity_bill(data, "220kv", {})
    assert tariff.electricity_bill(data, "lt6kv", {}).total_vnd == 0


def test_flat_load_shares_and_blended_price(ref: ReferenceData) -> None:
    shares = tariff.flat_load_shares()
    assert sum(shares.values()) == pytest.approx(1.0)
    assert shares["peak"] == pytest.approx(30 / 168)
    assert tariff.blended_price(ref, "6to22kv") == pytest.approx(
        (96 * 1899 + 42 * 1234 + 30 * 3508) / 168
    )
    assert tariff.blended_price(ref, "lt6kv", {"peak": 1}) == 3640
    with pytest.raises(ValueError):
        tariff.blended_price(ref, "lt6kv", {"peak": 0})
