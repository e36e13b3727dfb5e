"""The energy and water baseline of an audit: annual use per carrier and what it means.

Conversions per carrier (every one is linear, so it is computed once per
canonical unit, see :class:`CarrierFactors`, and multiplied):

* **GJ**: electricity 0.0036 GJ/kWh; fuels mass [kg] x NCV [MJ/kg] / 1000, the
  mass from the canonical unit through ``fuel.<carrier>.density`` (kg/L for
  diesel, kg/m3 for natural gas); purchased steam through
  ``steam.enthalpy_gj_per_t`` (IPCC 2006 Vol. 2 Ch. 1 Tables 1.2-1.4).
* **TOE**: ``toe.<carrier>`` per canonical unit (MOIT letter 3505/BCT-KHCN,
  2011); carriers without one (biomass, steam) via GJ / ``toe.gj`` (41.868).
* **tCO2e**: electricity kWh / 1000 x ``emission.grid.<year>`` tCO2/MWh (MONRE
  grid factor of the chosen year, default ``emission.grid.default_year``);
  fuels TJ x (CO2 + GWP_CH4 x CH4 + GWP_N2O x N2O) kg/TJ (IPCC 2006 Vol. 2
  Ch. 1-2); biogenic CO2 (``fuel.<carrier>.biogenic`` = 1) is reported apart
  and not added to totals, its CH4 and N2O are.
* **Cost**: amount x ``price.<carrier>`` VND per canonical unit; USD through ``fx.usd``.

Only top-level meters (no ``parent_id``) count in carrier totals: a sub-meter's
consumption is already inside its parent's. A key energy user (industry) uses
at least 1,000 TOE/yr (Law 50/2010/QH12 with Decree 21/2011/NĐ-CP; amended by
Law 77/2025/QH15 and Decree 30/2026/NĐ-CP from 2026, see REFERENCE.md §5).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from auditdesk.calc.consumption import PeriodTotal, monthly_consumption, unit_factor
from auditdesk.i18n import QT_TRANSLATE_NOOP, translate
from auditdesk.model.carriers import CARRIERS
from auditdesk.model.entities import Meter, Reading

KEY_ENERGY_USER_TOE = 1_000.0  # TOE/yr, Law 50/2010/QH12
GJ_PER_KWH = 0.0036


class FactorLookup(Protocol):
    """Reference data: ``value(key)`` returns the factor, raises LookupError when unknown."""

    def value(self, key: str) -> float: ...


_NOTES = {
    "no_price": QT_TRANSLATE_NOOP("Readings", "No price for %1: its cost is not counted."),
    "no_grid_factor": QT_TRANSLATE_NOOP("Readings", "No grid emission factor for %1."),
    "steam": QT_TRANSLATE_NOOP(
        "Readings", "Purchased steam has no emission factor: not counted in tCO2e."
    ),
    "orphan": QT_TRANSLATE_NOOP("Readings", "Meter %1 has a parent that is not in the list."),
    "left_out": QT_TRANSLATE_NOOP("Readings", "Meter %1 is left out: %2"),
    "no_readings": QT_TRANSLATE_NOOP(
        "Readings", "Meter %1 has no readings in the baseline period."
    ),
    "incomplete": QT_TRANSLATE_NOOP("Readings", "%1: months not fully covered by readings: %2."),
}


def _note(key: str, *args: object) -> str:
    """The note ``key`` translated, with ``args`` in its %1, %2 ... placeholders."""
    text = translate("Readings", _NOTES[key])
    for number in range(len(args), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text


def _optional(factors: FactorLookup, key: str) -> float | None:
    try:
        return factors.value(key)
    except LookupError:
        return None


# --- the baseline period ----------------------------------------------------------


@dataclass(frozen=True)
class BaselinePeriod:
    """Whole calendar months ``first_month``..``last_month`` (``"YYYY-MM"``, inclusive)."""

    first_month: str
    last_month: str

    @property
    def months(self) -> list[str]:
        year, month = int(self.first_month[:4]), int(self.first_month[5:7])
        result = []
        while f"{year:04d}-{month:02d}" <= self.last_month:
            result.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result

    @classmethod
    def before(cls, audit_start: _dt.date | str, months: int = 12) -> BaselinePeriod:
        """The ``months`` full calendar months before the month of ``audit_start``."""
        start = _dt.date.fromisoformat(audit_start) if isinstance(audit_start, str) else audit_start
        index = start.year * 12 + start.month - 1  # the audit's month, excluded
        first, last = index - months, index - 1
        return cls(
            f"{first // 12:04d}-{first % 12 + 1:02d}", f"{last // 12:04d}-{last % 12 + 1:02d}"
        )

    @classmethod
    def from_dates(cls, start: str, end: str) -> BaselinePeriod:
        """The months of two ISO dates (the audit's ``baseline_start``/``baseline_end``)."""
        return cls(start[:7], end[:7])

    @classmethod
    def for_audit(
        cls, start_date: str, baseline_start: str = "", baseline_end: str = ""
    ) -> BaselinePeriod:
        """The audit's own baseline dates when both are set, else the 12 months before it."""
        if baseline_start and baseline_end:
            return cls.from_dates(baseline_start, baseline_end)
        return cls.before(start_date)


# --- conversion factors per carrier ----------------------------------------------------


@dataclass(frozen=True)
class CarrierFactors:
    """Everything one canonical unit of ``carrier`` stands for; ``None`` = no factor.

    gj [GJ], toe [TOE], co2_t / ch4_co2e_t / n2o_co2e_t / biogenic_co2_t [t],
    price_vnd [VND], usd_rate [VND/USD]; notes explain missing factors (translated).
    """

    carrier: str
    unit: str
    gj: float | None
    toe: float | None
    co2_t: float | None
    ch4_co2e_t: float = 0.0
    n2o_co2e_t: float = 0.0
    biogenic_co2_t: float = 0.0
    price_vnd: float | None = None
    usd_rate: float | None = None
    notes: tuple[str, ...] = ()

    @property
    def co2e_t(self) -> float | None:
        """Counted emissions per unit: fossil CO2 + CH4 and N2O as CO2e."""
        if self.co2_t is None:
            return None
        return self.co2_t + self.ch4_co2e_t + self.n2o_co2e_t


def grid_year(factors: FactorLookup, year: int | None = None) -> int:
    """The grid-factor year to use: ``year`` or ``emission.grid.default_year``."""
    return year if year is not None else int(factors.value("emission.grid.default_year"))


def carrier_factors(carrier: str, factors: FactorLookup, year: int | None = None) -> CarrierFactors:
    """Conversion factors of one canonical unit of ``carrier`` (see module doc)."""
    known = CARRIERS.get(carrier)
    unit, name = (known.unit, known.label) if known else ("", carrier)
    price, usd_rate = _optional(factors, f"price.{carrier}"), _optional(factors, "fx.usd")
    notes = [] if price is not None else [_note("no_price", name)]
    if carrier == "electricity":
        chosen = grid_year(factors, year)
        ef = _optional(factors, f"emission.grid.{chosen}")  # tCO2/MWh
        if ef is None:
            notes.append(_note("no_grid_factor", chosen))
        co2 = None if ef is None else ef / 1000
        toe = _optional(factors, "toe.electricity")
        return CarrierFactors(
            carrier,
            unit,
            GJ_PER_KWH,
            toe,
            co2,
            price_vnd=price,
            usd_rate=usd_rate,
            notes=tuple(notes),
        )
    if carrier == "steam":
        enthalpy = _optional(factors, "steam.enthalpy_gj_per_t")
        gj = None if enthalpy is None else enthalpy / 1000
        toe = None if gj is None else gj / factors.value("toe.gj")
        notes.append(_note("steam"))
        return CarrierFactors(
            carrier, unit, gj, toe, None, price_vnd=price, usd_rate=usd_rate, notes=tuple(notes)
        )
    ncv = _optional(factors, f"fuel.{carrier}.ncv")  # MJ/kg
    if ncv is None:  # water, wastewater, compressed air, other: not fuels
        return CarrierFactors(
            carrier, unit, None, None, None, price_vnd=price, usd_rate=usd_rate, notes=tuple(notes)
        )
    kg_per_unit = factors.value(f"fuel.{carrier}.density") if unit in ("L", "m3") else 1.0
    gj = kg_per_unit * ncv / 1000
    tj = gj / 1000
    co2 = tj * factors.value(f"fuel.{carrier}.co2") / 1000  # kg/TJ -> t
    ch4 = tj * factors.value(f"fuel.{carrier}.ch4") * factors.value("gwp.ch4") / 1000
    n2o = tj * factors.value(f"fuel.{carrier}.n2o") * factors.value("gwp.n2o") / 1000
    biogenic = (_optional(factors, f"fuel.{carrier}.biogenic") or 0.0) >= 0.5
    toe = _optional(factors, f"toe.{carrier}")
    return CarrierFactors(
        carrier=carrier,
        unit=unit,
        gj=gj,
        toe=toe if toe is not None else gj / factors.value("toe.gj"),
        co2_t=0.0 if biogenic else co2,
        ch4_co2e_t=ch4,
        n2o_co2e_t=n2o,
        biogenic_co2_t=co2 if biogenic else 0.0,
        price_vnd=price,
        usd_rate=usd_rate,
        notes=tuple(notes),
    )


# --- the baseline ------------------------------------------------------------------------


@dataclass(frozen=True)
class CarrierBaseline:
    """Annual use of one carrier over the baseline period (top-level meters only).

    amount in the carrier's canonical ``unit``; gj [GJ]; toe [TOE]; co2e_t and
    biogenic_co2_t [t/yr]; cost_vnd [VND], cost_usd [USD]; shares are fractions
    (0-1) of the totals. ``months`` are the monthly sums in ``unit``.
    """

    carrier: str
    unit: str
    amount: float
    months: list[PeriodTotal]
    meter_ids: tuple[str, ...]
    factors: CarrierFactors
    share_gj: float | None = None
    share_cost: float | None = None

    def _times(self, per_unit: float | None) -> float | None:
        return None if per_unit is None else self.amount * per_unit

    @property
    def gj(self) -> float | None:
        return self._times(self.factors.gj)

    @property
    def toe(self) -> float | None:
        return self._times(self.factors.toe)

    @property
    def co2e_t(self) -> float | None:
        return self._times(self.factors.co2e_t)

    @property
    def biogenic_co2_t(self) -> float:
        return self.amount * self.factors.biogenic_co2_t

    @property
    def cost_vnd(self) -> float | None:
        return self._times(self.factors.price_vnd)

    @property
    def cost_usd(self) -> float | None:
        cost, rate = self.cost_vnd, self.factors.usd_rate
        return None if cost is None or not rate else cost / rate

    @property
    def complete(self) -> bool:
        """True when every month of the period is fully covered by readings."""
        return all(m.status == "complete" for m in self.months)


@dataclass(frozen=True)
class Baseline:
    """The baseline of one enterprise: carriers, totals and notes (translated)."""

    period: BaselinePeriod
    carriers: list[CarrierBaseline]
    notes: list[str] = field(default_factory=list)

    def _total(self, name: str) -> float:
        return sum(getattr(c, name) or 0.0 for c in self.carriers)

    @property
    def total_gj(self) -> float:
        return self._total("gj")

    @property
    def total_toe(self) -> float:
        return self._total("toe")

    @property
    def total_co2e_t(self) -> float:
        return self._total("co2e_t")

    @property
    def total_biogenic_co2_t(self) -> float:
        return self._total("biogenic_co2_t")

    @property
    def total_cost_vnd(self) -> float:
        return self._total("cost_vnd")

    @property
    def total_cost_usd(self) -> float:
        return self._total("cost_usd")

    @property
    def key_energy_user(self) -> bool:
        """At least 1,000 TOE/yr: a key energy user under Law 50/2010/QH12."""
        return self.total_toe >= KEY_ENERGY_USER_TOE

    def carrier(self, code: str) -> CarrierBaseline | None:
        return next((c for c in self.carriers if c.carrier == code), None)

    def monthly_gj(self) -> list[PeriodTotal]:
        """Energy use of all energy carriers per month, in GJ (for GJ per production unit)."""
        energy = [c for c in self.carriers if c.factors.gj is not None]
        return _sum_months(
            [[_scaled(m, c.factors.gj or 0.0) for m in c.months] for c in energy], self.period
        )


def compute_baseline(
    meters: Sequence[Meter],
    monthly_by_meter: Mapping[str, Sequence[PeriodTotal]],
    period: BaselinePeriod,
    factors: FactorLookup,
    grid_year: int | None = None,
) -> Baseline:
    """Baseline from each meter's monthly totals (see consumption.monthly_consumption).

    ``monthly_by_meter`` maps meter id -> its months (in meter.unit x
    multiplier); months outside ``period`` are ignored, months without data
    count as missing. Sub-meters are left out of the totals; ``grid_year``
    chooses the grid emission factor (default: the reference set's default year).
    """
    notes: list[str] = []
    known_ids = {m.id for m in meters}
    by_carrier: dict[str, list[Meter]] = {}
    for meter in meters:
        if not meter.parent_id:
            by_carrier.setdefault(meter.carrier, []).append(meter)
        elif meter.parent_id not in known_ids:
            notes.append(_note("orphan", meter.name))
    carriers = []
    for code, group in by_carrier.items():
        carrier = _carrier_baseline(code, group, monthly_by_meter, period, notes)
        carrier = replace(carrier, factors=carrier_factors(code, factors, grid_year))
        notes.extend(n for n in carrier.factors.notes if n not in notes)
        carriers.append(carrier)
    return Baseline(period, _with_shares(carriers), notes)


def baseline_from_readings(
    meters: Sequence[Meter],
    readings_by_meter: Mapping[str, Sequence[Reading]],
    period: BaselinePeriod,
    factors: FactorLookup,
    grid_year: int | None = None,
) -> Baseline:
    """Baseline straight from readings (meter id -> that meter's readings).

    Pass the last reading before the period and the first one after it too:
    the intervals that cross the period's edges are prorated into it.
    """
    monthly = {
        meter.id: monthly_consumption(
            meter, readings_by_meter.get(meter.id, ()), period.first_month, period.last_month
        )
        for meter in meters
        if not meter.parent_id
    }
    return compute_baseline(meters, monthly, period, factors, grid_year)


def _carrier_baseline(
    code: str,
    meters: list[Meter],
    monthly_by_meter: Mapping[str, Sequence[PeriodTotal]],
    period: BaselinePeriod,
    notes: list[str],
) -> CarrierBaseline:
    """Monthly sums of the top-level ``meters`` of one carrier, in its canonical unit."""
    known = CARRIERS.get(code)
    unit, label = (known.unit, known.label) if known else (meters[0].unit, code)
    wanted = set(period.months)
    series: list[list[PeriodTotal]] = []
    for meter in meters:
        try:
            scale = unit_factor(meter.unit, unit) if unit else 1.0
        except ValueError as exc:
            notes.append(_note("left_out", meter.name, exc))
            continue
        months = [m for m in monthly_by_meter.get(meter.id, []) if m.period in wanted]
        if not any(m.consumption is not None for m in months):
            notes.append(_note("no_readings", meter.name))
        series.append([_scaled(m, scale) for m in months])
    months_total = _sum_months(series, period)
    missing = [m.period for m in months_total if m.status != "complete"]
    if missing:
        notes.append(_note("incomplete", label, ", ".join(missing)))
    amount = sum(m.consumption or 0.0 for m in months_total)
    no_factors = CarrierFactors(code, unit, None, None, None)
    return CarrierBaseline(
        code, unit, amount, months_total, tuple(m.id for m in meters), no_factors
    )


def _with_shares(carriers: list[CarrierBaseline]) -> list[CarrierBaseline]:
    total_gj = sum(c.gj or 0.0 for c in carriers)
    total_cost = sum(c.cost_vnd or 0.0 for c in carriers)
    return [
        replace(
            c,
            share_gj=(c.gj / total_gj) if c.gj is not None and total_gj else None,
            share_cost=(c.cost_vnd / total_cost) if c.cost_vnd is not None and total_cost else None,
        )
        for c in carriers
    ]


def _scaled(month: PeriodTotal, scale: float) -> PeriodTotal:
    value = None if month.consumption is None else month.consumption * scale
    return PeriodTotal(month.period, value, month.covered_days, month.days, month.flags)


def _sum_months(
    series: Sequence[Sequence[PeriodTotal]], period: BaselinePeriod
) -> list[PeriodTotal]:
    """Sum meters month by month; coverage is the mean over meters (complete iff all are)."""
    result = []
    for month in period.months:
        items = [next((m for m in s if m.period == month), None) for s in series]
        known = [m.consumption for m in items if m is not None and m.consumption is not None]
        days = _days_in_month(month)
        covered = [m.covered_days if m is not None else 0.0 for m in items]
        flags = 0
        for m in items:
            flags |= m.flags if m is not None else 0
        result.append(
            PeriodTotal(
                month,
                sum(known) if known else None,
                sum(covered) / len(covered) if covered else 0.0,
                days,
                flags,
            )
        )
    return result


def _days_in_month(month: str) -> float:
    year, number = int(month[:4]), int(month[5:7])
    following = _dt.date(year + number // 12, number % 12 + 1, 1)
    return float((following - _dt.date(year, number, 1)).days)
