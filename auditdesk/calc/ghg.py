"""Greenhouse-gas emissions of electricity and fuels, in tonnes of CO2e.

Electricity: kWh × grid emission factor of the chosen year (MONRE/MAE combined
margin, tCO2/MWh = kgCO2/kWh). Fuels (IPCC 2006 Guidelines Vol. 2, Ch. 1
Tables 1.2/1.4 and Ch. 2 Table 2.3): energy [TJ] = mass × NCV; CO2 = TJ × EF_CO2;
CO2e = CO2 + CH4 × GWP_CH4 + N2O × GWP_N2O. Biomass and biogas CO2 is biogenic:
reported beside the total (a memo item), never added to it; their CH4 and N2O
count. Water, wastewater, compressed air and purchased steam have no factor in
the set, so they add nothing here (purchased steam belongs to its supplier).
"""

from __future__ import annotations

from dataclasses import dataclass

from auditdesk.calc.reference import ReferenceData, fuel_mass_kg, grid_factor


@dataclass(frozen=True)
class Emissions:
    """Emissions of one quantity, tonnes. ``co2e_t`` excludes ``biogenic_co2_t``."""

    co2e_t: float
    fossil_co2_t: float = 0.0
    ch4_t: float = 0.0
    n2o_t: float = 0.0
    biogenic_co2_t: float = 0.0


def electricity_co2e_t(ref: ReferenceData, kwh: float, year: int | None = None) -> float:
    """tCO2 of ``kwh`` at the grid factor of ``year`` (default year of the set)."""
    return kwh / 1000.0 * grid_factor(ref, year)


def is_fuel(ref: ReferenceData, fuel: str) -> bool:
    """True when the set has IPCC factors for ``fuel`` (``fuel.<fuel>.ncv``)."""
    return f"fuel.{fuel}.ncv" in ref


def fuel_emissions(ref: ReferenceData, fuel: str, amount: float) -> Emissions:
    """Emissions of burning ``amount`` of ``fuel`` in its canonical unit.

    ``fuel`` is a carrier code (natural_gas m3, lpg kg, diesel L, fuel_oil kg,
    coal kg, biomass kg) or an extra fuel of the set (``rice_husk``, ``wood``,
    ``coal_anthracite`` …, in kg).
    Check (REFERENCE.md §4): 1 t DO → 43.0 GJ → 3,186.3 kg CO2.
    """
    terajoule = fuel_mass_kg(ref, fuel, amount) * ref.value(f"fuel.{fuel}.ncv") / 1e6
    co2_t = terajoule * ref.value(f"fuel.{fuel}.co2") / 1000.0
    ch4_t = terajoule * ref.value(f"fuel.{fuel}.ch4") / 1000.0
    n2o_t = terajoule * ref.value(f"fuel.{fuel}.n2o") / 1000.0
    non_co2 = ch4_t * ref.value("gwp.ch4") + n2o_t * ref.value("gwp.n2o")
    biogenic = bool(ref.get(f"fuel.{fuel}.biogenic", 0.0))
    return Emissions(
        co2e_t=non_co2 + (0.0 if biogenic else co2_t),
        fossil_co2_t=0.0 if biogenic else co2_t,
        ch4_t=ch4_t,
        n2o_t=n2o_t,
        biogenic_co2_t=co2_t if biogenic else 0.0,
    )


def carrier_emissions(
    ref: ReferenceData, carrier: str, amount: float, grid_year: int | None = None
) -> Emissions:
    """Emissions of ``amount`` of any carrier in its canonical unit (0 for non-emitting)."""
    if carrier == "electricity":
        co2 = electricity_co2e_t(ref, amount, grid_year)
        return Emissions(co2e_t=co2, fossil_co2_t=co2)
    if is_fuel(ref, carrier):
        return fuel_emissions(ref, carrier, amount)
    return Emissions(co2e_t=0.0)


def factors_per_unit(ref: ReferenceData, carrier: str, grid_year: int | None = None) -> Emissions:
    """Emissions of one canonical unit of ``carrier`` (the portfolio path multiplies these)."""
    return carrier_emissions(ref, carrier, 1.0, grid_year)
