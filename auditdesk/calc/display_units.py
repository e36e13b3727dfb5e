"""The units totals are shown in, as the user chose them in the settings.

Quantities are stored in one canonical unit (energy in kWh, money in VND,
PRODUCT.md); this module converts a stored total into the unit the user
reads. Pure functions, no Qt: the pages, the register and the dashboard call
them, and so can the CLI.

Energy: ``kWh``, ``MWh`` or ``GJ`` (1 MWh = 1000 kWh, 1 kWh = 0.0036 GJ).
Money: ``VND`` or ``USD``, USD through the exchange rate (VND per USD) of the
audit's reference-data set; without a usable rate money stays in VND.
"""

from __future__ import annotations

ENERGY_UNITS = ("kWh", "MWh", "GJ")
CURRENCIES = ("VND", "USD")
DEFAULT_ENERGY_UNIT = "MWh"
DEFAULT_CURRENCY = "VND"

KWH_TO_GJ = 0.0036  # 1 kWh = 3.6 MJ, as auditdesk.calc.reference
_KWH_PER_UNIT = {"kWh": 1.0, "MWh": 1000.0, "GJ": 1.0 / KWH_TO_GJ}


class UnitError(ValueError):
    """An energy unit or currency this module does not know."""


def is_energy_unit(unit: str) -> bool:
    """True for the energy units a total can be shown in (kWh, MWh, GJ)."""
    return unit in _KWH_PER_UNIT


def convert_energy(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit`` (kWh, MWh or GJ)."""
    try:
        return value * _KWH_PER_UNIT[from_unit] / _KWH_PER_UNIT[to_unit]
    except KeyError as exc:
        raise UnitError(f"unknown energy unit {exc.args[0]!r}") from None


def energy_from_kwh(kwh: float, unit: str) -> float:
    """A stored energy (kWh) in the display ``unit``."""
    return convert_energy(kwh, "kWh", unit)


def usable_rate(vnd_per_usd: float | None) -> bool:
    """An exchange rate money can be converted with (positive and finite)."""
    return vnd_per_usd is not None and 0 < vnd_per_usd < float("inf")


def effective_currency(currency: str, vnd_per_usd: float | None) -> str:
    """The currency money is shown in: ``currency``, or VND when USD has no rate."""
    if currency not in CURRENCIES:
        raise UnitError(f"unknown currency {currency!r}")
    if currency == "USD" and not usable_rate(vnd_per_usd):
        return "VND"
    return currency


def money_from_vnd(vnd: float, currency: str, vnd_per_usd: float | None) -> tuple[float, str]:
    """(amount, currency used) of a stored VND amount shown in ``currency``.

    USD divides by ``vnd_per_usd`` (the reference set's ``fx.usd``); without a
    usable rate the amount stays in VND and the currency says so.
    """
    used = effective_currency(currency, vnd_per_usd)
    if used == "USD":
        assert vnd_per_usd is not None
        return vnd / vnd_per_usd, "USD"
    return vnd, "VND"


class DisplayUnits:
    """The energy unit and currency totals are shown in (a plain class: it is
    read on the start path, where dataclasses cost start-up time)."""

    __slots__ = ("currency", "energy")

    def __init__(self, energy: str = DEFAULT_ENERGY_UNIT,
                 currency: str = DEFAULT_CURRENCY) -> None:
        if energy not in ENERGY_UNITS:
            raise UnitError(f"unknown energy unit {energy!r}")
        if currency not in CURRENCIES:
            raise UnitError(f"unknown currency {currency!r}")
        self.energy = energy
        self.currency = currency

    def energy_from_kwh(self, kwh: float) -> float:
        return energy_from_kwh(kwh, self.energy)

    def money_from_vnd(self, vnd: float, vnd_per_usd: float | None) -> tuple[float, str]:
        return money_from_vnd(vnd, self.currency, vnd_per_usd)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, DisplayUnits)
                and (self.energy, self.currency) == (other.energy, other.currency))

    def __repr__(self) -> str:
        return f"DisplayUnits({self.energy!r}, {self.currency!r})"
