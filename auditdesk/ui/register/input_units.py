"""The units an estimator input may be typed in, and how units are written on screen.

Each declared unit (``InputSpec.unit``) offers the same-kind units auditors
meet on nameplates and data sheets (bar/psi/kPa, m³/min and cfm, kW and hp,
°C and °F …). The conversion itself is ``auditdesk.calc.units`` (pint), done
by the engine when it reads ``"100 psi"``. The declared unit is always first.
No Qt here: this module is plain data and text.
"""

from __future__ import annotations

import re

from auditdesk.i18n import translate

# declared unit -> the units the engine accepts for it, declared first
UNIT_CHOICES: dict[str, tuple[str, ...]] = {
    "bar": ("bar", "psi", "kPa", "MPa", "kgf/cm**2"),
    "mm": ("mm", "inch"),
    "m": ("m", "ft"),
    "m**2": ("m**2", "ft**2"),
    "m/s": ("m/s", "km/h"),
    "degC": ("degC", "degF"),
    "delta_degC": ("delta_degC", "delta_degF"),
    "%/delta_degC": ("%/delta_degC", "%/delta_degF"),
    "kW": ("kW", "hp"),
    "W": ("W", "kW"),
    "refrigeration_ton": ("refrigeration_ton", "kW"),
    "kg/h": ("kg/h", "t/h", "lb/h"),
    "t/h": ("t/h", "kg/h", "lb/h"),
    "m**3/h": ("m**3/h", "L/s", "gallon/minute"),
    "kW/(m3/min)": ("kW/(m3/min)", "kW/cfm"),
    "kJ/kg": ("kJ/kg", "kcal/kg", "Btu/lb"),
    "GJ/yr": ("GJ/yr", "MMBtu/yr", "MWh/yr"),
    "kWh/yr": ("kWh/yr", "MWh/yr"),
    "kg/yr": ("kg/yr", "t/yr"),
    "L/yr": ("L/yr", "m**3/yr"),
}

_PRETTY = (
    ("delta_degC", "°C"), ("delta_degF", "°F"), ("degC", "°C"), ("degF", "°F"),
    ("refrigeration_ton", "RT"), ("gallon/minute", "US gpm"), ("inch", "in"),
    ("**3", "³"), ("**2", "²"), ("m3", "m³"), ("m2", "m²"), ("*", "·"), ("VND", "₫"),
)


def unit_choices(declared: str) -> tuple[str, ...]:
    """The units an input declared in ``declared`` may be typed in (declared first)."""
    return UNIT_CHOICES.get(declared, (declared,))


def display_unit(unit: str) -> str:
    """A unit as people write it, in the UI language: ``m**3/yr`` → ``m³/năm``."""
    text = unit
    for raw, pretty in _PRETTY:
        text = text.replace(raw, pretty)
    year = translate("UnitNames", "yr")
    day = translate("UnitNames", "day")
    text = re.sub(r"\byr\b", year, text)
    return re.sub(r"\bday\b", day, text)
