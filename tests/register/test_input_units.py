"""Every unit the input form offers converts to the estimator's declared unit."""

from __future__ import annotations

import math

import pytest

from auditdesk.calc import estimator, units
from auditdesk.ui.register.input_units import UNIT_CHOICES, display_unit, unit_choices

NUMERIC_INPUTS = [(est.id, spec) for est in estimator.all_estimators() for spec in est.inputs
                  if not spec.choices]


@pytest.mark.parametrize(("estimator_id", "spec"), NUMERIC_INPUTS,
                         ids=[f"{e}.{s.name}" for e, s in NUMERIC_INPUTS])
def test_offered_units_convert_to_the_declared_unit(estimator_id: str, spec) -> None:  # type: ignore[no-untyped-def]
    offered = unit_choices(spec.unit)
    assert offered[0] == spec.unit
    for unit in offered:
        value = units.convert(1.0, unit, spec.unit, pressure=spec.pressure)
        assert math.isfinite(value) and value != 0


@pytest.mark.parametrize(("value", "unit", "declared", "expected"), [
    (100.0, "psi", "bar", 6.894757),
    (1 / 16, "inch", "mm", 1.5875),
    (212.0, "degF", "degC", 100.0),
    (18.0, "delta_degF", "delta_degC", 10.0),
    (25.0, "hp", "kW", 18.6425),
    (1.0, "MMBtu/yr", "GJ/yr", 1.055056),
    (1.0, "kW/cfm", "kW/(m3/min)", 35.31467),
])
def test_conversions_auditors_check_by_heart(value: float, unit: str, declared: str,
                                             expected: float) -> None:
    assert unit in UNIT_CHOICES[declared]
    assert units.convert(value, unit, declared, pressure="gauge") == pytest.approx(
        expected, rel=1e-5)


def test_units_are_written_as_people_write_them() -> None:
    from auditdesk import i18n

    assert display_unit("m**3/h") == "m³/h"
    assert display_unit("delta_degC") == "°C"
    assert display_unit("kW/(m3/min)") == "kW/(m³/min)"
    assert display_unit("kW/refrigeration_ton") == "kW/RT"
    assert display_unit("kWh/yr") == "kWh/yr"
    i18n.set_language("vi")
    try:
        assert display_unit("kWh/yr") == "kWh/năm"
        assert display_unit("m**3/day") == "m³/ngày"
        assert display_unit("day/yr") == "ngày/năm"
    finally:
        i18n.set_language("en")
