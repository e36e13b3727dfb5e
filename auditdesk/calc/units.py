"""Unit parsing and conversion for estimator inputs (pint underneath).

The pint registry is built on first use, never at import, and keeps its parsed
definitions in a cache folder (``UnitRegistry(cache_folder=...)``: ~0.02 s
instead of ~0.28 s on later starts, see MEASURED.md).

Extras beyond pint's defaults: ``cfm`` (ft³/min; pint would read it as
centi-fermi), ``m3``/``m2``-style exponents, ``MMBtu``, and pressures marked
gauge or absolute: ``psig``/``psia``, ``barg``/``bara``, ``kPag``, ``7 bar(g)``,
``7 bar gauge``. Gauge pressure = absolute − 101.325 kPa (standard atmosphere).
Temperatures keep their offsets: 70 °F is 21.1 °C, but a *difference* of
18 °F is 10 K (declare such inputs as ``delta_degC``).
"""

from __future__ import annotations

import math
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditdesk.i18n import translate
from auditdesk.i18n import fill as _fill

if TYPE_CHECKING:  # pragma: no cover
    import pint

STANDARD_ATMOSPHERE_KPA = 101.325
GAUGE = "gauge"
ABSOLUTE = "absolute"

_EXTRA_DEFINITIONS = (
    "cfm = foot ** 3 / minute",
    "MMBtu = 1e6 * Btu",
    "VND = [currency]",
)

_PRESSURE_BASES = ("psi", "bar", "mbar", "kPa", "MPa", "kgf/cm**2", "kg/cm**2", "at")
_KIND_WORDS = {"g": GAUGE, "gauge": GAUGE, "a": ABSOLUTE, "abs": ABSOLUTE, "absolute": ABSOLUTE}

_NUMBER = re.compile(
    r"^\s*(?P<num>[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)"
    r"(?:\s*/\s*(?P<den>\d+(?:\.\d*)?))?\s*(?P<unit>.*?)\s*$"
)
_REFRIGERATION_TON = re.compile(r"\b(?:RT|TR)\b")
_EXPONENT = re.compile(r"(?<=[A-Za-z])([23])(?=$|[\s/*·)])")


class UnitError(ValueError):
    """A unit is unknown or does not fit the quantity asked for."""



def cache_folder() -> Path:
    """Where pint caches its parsed definitions (under AUDITDESK_HOME in tests)."""
    override = os.environ.get("AUDITDESK_HOME")
    if override:
        return Path(override) / "cache" / "pint"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("AuditDesk", appauthor=False)) / "pint"


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry[Any]:
    """The shared pint registry, created on first use with a definitions cache."""
    import pint

    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(cache_folder=folder)
    except OSError:  # read-only or full disk: work without the cache
        ureg = pint.UnitRegistry()
    for definition in _EXTRA_DEFINITIONS:
        ureg.define(definition)
    return ureg


def normalize_unit(text: str) -> str:
    """Spellings users type mapped to pint's: ``m³``/``m3`` → ``m**3``, ``℃`` → ``degC``."""
    unit = text.strip()
    unit = unit.replace("³", "**3").replace("²", "**2").replace("·", "*").replace("º", "°")
    unit = unit.replace("℃", "degC").replace("℉", "degF").replace("^", "**")
    # Refrigeration tons: pint would read "RT" as ronnatesla; "TR" is the Vietnamese habit.
    unit = _REFRIGERATION_TON.sub("refrigeration_ton", unit)
    return _EXPONENT.sub(r"**\1", unit)


def split_pressure_kind(unit: str) -> tuple[str, str | None]:
    """Split ``"barg"``, ``"psia"``, ``"bar(g)"``, ``"kPa abs"`` into (base unit, kind).

    The kind is ``"gauge"``, ``"absolute"`` or ``None`` when the unit does not say.
    """
    text = normalize_unit(unit)
    marked = re.match(r"^(?P<base>.+?)\s*(?:\((?P<p>[a-z]+)\)|\s(?P<w>[a-z]+))$", text)
    if marked:
        word = (marked.group("p") or marked.group("w") or "").lower()
        if word in _KIND_WORDS:
            return marked.group("base").strip(), _KIND_WORDS[word]
    raw = unit.strip()
    if raw[-1:] in ("g", "a"):
        base = normalize_unit(raw[:-1])
        if base in _PRESSURE_BASES:
            return base, _KIND_WORDS[raw[-1]]
    return text, None


def split_value_unit(text: str) -> tuple[float, str]:
    """``"7.5 bar"`` → (7.5, "bar"); ``"1/16 in"`` → (0.0625, "in"); ``"42"`` → (42.0, "")."""
    match = _NUMBER.match(text)
    if not match or "," in text:
        raise UnitError(
            _fill(
                translate(
                    "Units",
                    "'%1' is not a number with an optional unit (write e.g. 7.5 bar, with a "
                    "decimal point and no thousands separator).",
                ),
                text,
            )
        )
    value = float(match.group("num"))
    if match.group("den"):
        denominator = float(match.group("den"))
        if denominator == 0:
            raise UnitError(_fill(translate("Units", "'%1' divides by zero."), text))
        value /= denominator
    return value, match.group("unit")


def _units(unit: str) -> pint.Unit:
    ureg = registry()
    import pint

    try:
        return ureg.Unit(normalize_unit(unit) or "dimensionless")
    except (
        pint.errors.UndefinedUnitError,
        pint.errors.DefinitionSyntaxError,
        AttributeError,
        TypeError,
        ValueError,
        SyntaxError,
        AssertionError,
    ):
        raise UnitError(_fill(translate("Units", "Unknown unit '%1'."), unit)) from None


def check_unit(unit: str) -> None:
    """Raise ``UnitError`` unless ``unit`` (pressure kind marks allowed) is known."""
    _units(split_pressure_kind(unit)[0])


def _is_pressure(unit: pint.Unit) -> bool:
    return unit.dimensionality == registry().Unit("Pa").dimensionality


def _delta_of(unit: pint.Unit) -> pint.Unit:
    """The difference unit of an offset temperature unit (degF → delta_degF)."""
    name = str(unit)
    if name.startswith("degree_") and not name.startswith("delta_"):
        return registry().Unit(f"delta_{name}")
    return unit


def _ratio_kind(unit: pint.Unit) -> tuple[tuple[str, int], ...]:
    """What a dimensionless unit is a ratio of: () for a pure number or %,
    ((time, 1), (time, -1)) for h/yr, ((power, 1), (power, -1)) for kW/RT.

    pint cancels such ratios to plain numbers, so without this check 50 % would
    convert to 4,383 h/yr, or a COP typed into a kW/RT field would pass.
    Units with a dimension return () and are left to pint.
    """
    ureg = registry()
    if unit.dimensionality:
        return ()
    parts = []
    for name, exponent in unit._units.items():  # noqa: SLF001 - pint's unit container
        dimensionality = ureg.Unit(name).dimensionality
        if dimensionality:
            parts.append((str(dimensionality), 1 if exponent > 0 else -1))
    return tuple(sorted(parts))


def _is_delta_temperature(unit: pint.Unit) -> bool:
    return str(unit).startswith("delta_degree_")


def convert(value: float, from_unit: str, to_unit: str, *, pressure: str | None = None) -> float:
    """Convert ``value`` from ``from_unit`` to ``to_unit``.

    Pressures: a unit may say gauge or absolute (``psig``, ``bara``, ``bar(g)``);
    one that does not say takes ``pressure`` (the input spec's kind). Gauge and
    absolute differ by the standard atmosphere, 101.325 kPa. Temperatures:
    absolute units convert with their offsets; converting an absolute unit to a
    ``delta_`` unit treats the value as a difference (scale only).
    Raises ``UnitError`` for unknown units or a different kind of quantity.
    """
    import pint

    from_base, from_kind = split_pressure_kind(from_unit)
    to_base, to_kind = split_pressure_kind(to_unit)
    source, target = _units(from_base), _units(to_base)
    ureg = registry()
    try:
        if _is_pressure(source) and _is_pressure(target):
            from_kind = from_kind or pressure
            to_kind = to_kind or pressure
            pascal = ureg.Quantity(value, source).to("Pa").magnitude
            atmosphere = STANDARD_ATMOSPHERE_KPA * 1000.0
            if from_kind and to_kind and from_kind != to_kind:
                pascal += atmosphere if from_kind == GAUGE else -atmosphere
            return float(ureg.Quantity(pascal, "Pa").to(target).magnitude)
        if _is_delta_temperature(target):
            source = _delta_of(source)
        if _ratio_kind(source) != _ratio_kind(target):
            raise pint.errors.DimensionalityError(source, target)
        return float(ureg.Quantity(value, source).to(target).magnitude)
    except pint.errors.DimensionalityError:
        raise UnitError(
            _fill(
                translate("Units", "Cannot convert %1 to %2: they measure different things."),
                from_unit or "1",
                to_unit or "1",
            )
        ) from None
    except pint.errors.OffsetUnitCalculusError:
        raise UnitError(
            _fill(
                translate(
                    "Units",
                    "Cannot convert %1 to %2: a temperature difference is not a temperature.",
                ),
                from_unit,
                to_unit,
            )
        ) from None


def parse_quantity(text: str) -> Any:
    """Parse ``"7 bar"``, ``"100 psig"``, ``"70 °F"`` into a pint Quantity.

    Gauge pressures come back as absolute (``"7 barg"`` → 8.01325 bar), since a
    pint quantity cannot remember the reference.
    """
    value, unit = split_value_unit(text)
    base, kind = split_pressure_kind(unit)
    units = _units(base)
    if kind == GAUGE:
        value = gauge_to_absolute(value, base)
    return registry().Quantity(value, units)


def to_declared_unit(raw: float | str, unit: str, *, pressure: str | None = None) -> float:
    """The value of ``raw`` in ``unit``: a bare number is already in ``unit``;
    text may carry its own unit (``"100 psi"``) which is converted.
    """
    if isinstance(raw, bool):
        raise UnitError(_fill(translate("Units", "'%1' is not a number."), raw))
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        value, given = split_value_unit(raw)
        if given:
            value = convert(value, given, unit, pressure=pressure)
    if not math.isfinite(value):
        raise UnitError(_fill(translate("Units", "'%1' is not a finite number."), raw))
    return value


def gauge_to_absolute(value: float, unit: str) -> float:
    """Absolute pressure in ``unit`` of a gauge reading in ``unit``."""
    return value + convert(STANDARD_ATMOSPHERE_KPA, "kPa", unit)


def absolute_to_gauge(value: float, unit: str) -> float:
    """Gauge reading in ``unit`` of an absolute pressure in ``unit``."""
    return value - convert(STANDARD_ATMOSPHERE_KPA, "kPa", unit)
