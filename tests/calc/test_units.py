"""Unit parsing and conversion: gauge/absolute pressures, temperature offsets, US units."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditdesk.calc import units
from auditdesk.calc.units import UnitError


def test_gauge_and_absolute_pressures() -> None:
    # 100 psig = 114.696 psia = 790.80 kPa absolute (standard atmosphere 101.325 kPa)
    assert units.convert(100, "psig", "psia") == pytest.approx(114.6959, abs=1e-4)
    assert units.convert(100, "psig", "kPa", pressure="absolute") == pytest.approx(
        790.8007, abs=1e-3
    )
    assert units.convert(7, "barg", "bara") == pytest.approx(8.01325)
    assert units.convert(0, "barg", "psig") == pytest.approx(0.0, abs=1e-9)
    assert units.convert(1, "kgf/cm2g", "barg") == pytest.approx(0.980665)
    assert units.convert(8.01325, "bar(a)", "bar", pressure="gauge") == pytest.approx(7.0)
    assert units.convert(7, "bar gauge", "bar abs") == pytest.approx(8.01325)
    # a unit that does not say takes the spec's kind: a plain conversion between gauges
    assert units.convert(100, "psi", "bar", pressure="gauge") == pytest.approx(6.894757, abs=1e-6)


def test_temperatures_keep_their_offsets() -> None:
    assert units.convert(70, "degF", "degC") == pytest.approx(21.1111, abs=1e-4)
    assert units.convert(212, "°F", "degC") == pytest.approx(100.0)
    assert units.convert(25, "℃", "K") == pytest.approx(298.15)
    # a temperature *difference*: 400 °F net stack = 222.2 K, no offset
    assert units.convert(400, "degF", "delta_degC") == pytest.approx(222.222, abs=1e-3)
    assert units.convert(18, "delta_degF", "delta_degC") == pytest.approx(10.0)
    with pytest.raises(UnitError):
        units.convert(5, "delta_degC", "degC")


def test_us_units() -> None:
    assert units.convert(1, "cfm", "m3/min") == pytest.approx(0.3048**3, rel=1e-12)
    assert units.convert(0.2, "kW/cfm", "kW/(m3/min)") == pytest.approx(7.0629, abs=1e-4)
    assert units.convert(25, "hp", "kW") == pytest.approx(18.6425, abs=1e-4)
    assert units.convert(1, "in", "mm") == pytest.approx(25.4)
    assert units.convert(1, "MMBtu", "GJ") == pytest.approx(1.055056)
    assert units.convert(1, "m³/h", "L/s") == pytest.approx(1 / 3.6)


def test_parse_quantity() -> None:
    q = units.parse_quantity("7 bar")
    assert q.magnitude == 7 and str(q.units) == "bar"
    assert units.parse_quantity("7 barg").to("bar").magnitude == pytest.approx(8.01325)
    assert units.parse_quantity("1/16 in").to("mm").magnitude == pytest.approx(1.5875)
    assert units.parse_quantity("2.5e3 kWh").to("MWh").magnitude == pytest.approx(2.5)
    assert units.split_value_unit("42") == (42.0, "")


@pytest.mark.parametrize("text", ["abc", "1,000 h", "", "7 / 0 bar"])
def test_unparsable_numbers_are_named(text: str) -> None:
    with pytest.raises(UnitError) as info:
        units.split_value_unit(text)
    assert repr(text)[1:-1] in str(info.value)


def test_unknown_unit_and_wrong_dimension() -> None:
    with pytest.raises(UnitError, match="Unknown unit 'furlongs_per_psi'"):
        units.convert(1, "furlongs_per_psi", "m")
    with pytest.raises(UnitError, match="kg to kW"):
        units.convert(1, "kg", "kW")
    with pytest.raises(UnitError):
        units.check_unit("cubits2")
    units.check_unit("psig")


def test_to_declared_unit() -> None:
    assert units.to_declared_unit(5, "bar") == 5.0
    assert units.to_declared_unit("5", "bar") == 5.0
    assert units.to_declared_unit("100 psi", "bar", pressure="gauge") == pytest.approx(
        6.8948, abs=1e-4
    )
    assert units.to_declared_unit("8.01325 bara", "bar", pressure="gauge") == pytest.approx(7.0)
    with pytest.raises(UnitError):
        units.to_declared_unit(float("nan"), "bar")
    with pytest.raises(UnitError):
        units.to_declared_unit(True, "bar")


def test_registry_caches_its_definitions_under_auditdesk_home(auditdesk_home: Path) -> None:
    assert units.cache_folder() == auditdesk_home / "cache" / "pint"


@settings(max_examples=60, deadline=None)
@given(
    value=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    pair=st.sampled_from(
        [
            ("psig", "bara"),
            ("barg", "kPa"),
            ("degF", "degC"),
            ("cfm", "m3/h"),
            ("hp", "kW"),
            ("in", "mm"),
            ("kgf/cm2g", "psia"),
            ("MMBtu", "kWh"),
        ]
    ),
)
def test_round_trips(value: float, pair: tuple[str, str]) -> None:
    there = units.convert(value, pair[0], pair[1], pressure="absolute")
    back = units.convert(there, pair[1], pair[0], pressure="absolute")
    assert back == pytest.approx(value, rel=1e-9, abs=1e-6)
