"""Units of number items: one pint registry, created on first use (pint is slow to import).

Template units are pint spellings (``kW``, ``bar``, ``m³/h``, ``h/yr``, ``°C``,
``%``, ``dimensionless``, ``count``, and prices per unit such as ``VND/m³``:
this registry adds ``VND`` as a currency). pint misreads some trade names
(``RT`` is a ronnatesla, ``cfm`` a centifermi, ``Nm³`` a "number metre"), so
templates write ``refrigeration_ton`` and ``ft³/min``.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def unit_registry() -> Any:
    """The registry used for template units (imports pint on the first call)."""
    import pint

    registry: Any = pint.UnitRegistry()
    registry.define("VND = [currency]")
    return registry


def dimensionality(unit: str) -> object | None:
    """What ``unit`` measures (comparable between units), ``None`` if pint cannot read it."""
    try:
        found: object = unit_registry().Quantity(1, unit).dimensionality
        return found
    except Exception:  # noqa: BLE001 - pint raises TokenError, AssertionError, ZeroDivisionError...
        return None


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit`` (offset units such as °C included).

    Raises ``ValueError`` when either unit is unknown or they measure different things.
    """
    if from_unit == to_unit:
        return value
    registry = unit_registry()
    try:
        return float(registry.Quantity(value, from_unit).to(to_unit).magnitude)
    except Exception as error:  # pint raises many unrelated types for bad text
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}: {error}") from error
