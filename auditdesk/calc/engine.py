"""Run one estimator end to end: inputs → physics → money, energy, CO2e, financials.

``run_estimate`` is the single entry point the GUI, the CLI and the exports
share. It parses the caller's raw inputs (numbers in the declared unit, or text
with its own unit such as ``"100 psi"``), fills defaults and checks ranges
(``InputError`` names the input, the value and the allowed range), calls the
estimator's ``compute``, then for every carrier saved: prices it
(``price.<carrier>``; electricity at ``price.electricity``, the blended price
of the set), converts it to GJ and TOE, computes its CO2e, and finally the
financial indicators of ``auditdesk.calc.financial``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

from auditdesk.calc import estimator as estimator_registry
from auditdesk.calc import financial, ghg, reference, tariff
from auditdesk.calc.estimator import Estimator, InputSpec, PhysicalResult
from auditdesk.calc.reference import ReferenceData
from auditdesk.calc.reference_texts import display_text
from auditdesk.i18n import current_language, format_value, translate, unit_text
from auditdesk.i18n import fill as _fill
from auditdesk.model.carriers import CARRIERS


def _number(value: float) -> str:
    """A limit or value for a message, with the language's marks (1.234,5 in Vietnamese)."""
    return format_value(value)


class InputError(ValueError):
    """Bad input: the message names the input, the value and what is allowed."""

    def __init__(self, message: str, input_name: str | None = None) -> None:
        super().__init__(message)
        self.input_name = input_name


@dataclass(frozen=True)
class InputValue:
    """One input as used: value in the declared unit, and what the caller typed."""

    name: str
    label_en: str
    label_vi: str
    value: float | str
    unit: str
    given: str  # the caller's raw text, or "" when the default was used
    is_default: bool


@dataclass(frozen=True)
class ValueRow:
    """An intermediate value or result declared by the estimator."""

    name: str
    label_en: str
    label_vi: str
    value: float
    unit: str


@dataclass(frozen=True)
class CarrierRow:
    """Annual saving of one carrier with its energy, money and emissions."""

    carrier: str
    amount: float  # canonical unit per year
    unit: str
    energy_gj: float
    toe: float
    price_vnd_per_unit: float | None
    cost_vnd: float
    co2e_t: float
    biogenic_co2_t: float


@dataclass
class EstimateReport:
    """Everything a reviewer needs to check one estimate."""

    estimator_id: str
    title_en: str
    title_vi: str
    techniques: tuple[str, ...]
    area: str
    inputs: list[InputValue]
    values: list[ValueRow]
    carriers: list[CarrierRow]
    extra_cost_savings_vnd: float
    total_energy_gj: float
    total_toe: float
    total_cost_savings_vnd: float
    total_co2e_t: float
    total_biogenic_co2_t: float
    financial: financial.FinancialSummary
    formula: str
    source: str
    assumptions: list[str]
    example_source: str
    reference_set: str
    reference_date: str
    grid_year: int
    voltage: str
    notes: list[str] = field(default_factory=list)

    def value(self, name: str) -> float:
        """An intermediate value by its output name."""
        for row in self.values:
            if row.name == name:
                return row.value
        raise KeyError(name)

    def saving(self, carrier: str) -> CarrierRow | None:
        """The row of ``carrier``, or ``None`` when it is not saved."""
        return next((row for row in self.carriers if row.carrier == carrier), None)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON (numbers, text, lists, dicts)."""
        return asdict(self)


def label(item: InputSpec | Any) -> str:
    """The label of an input/output spec in the current language."""
    return str(item.label_vi if current_language() == "vi" else item.label_en)


def _range_text(spec: InputSpec) -> str:
    unit = f" {unit_text(spec.unit)}" if spec.unit else ""
    if spec.minimum is not None and spec.maximum is not None:
        return f"{_number(spec.minimum)}–{_number(spec.maximum)}{unit}"
    if spec.minimum is not None:
        return f"≥ {_number(spec.minimum)}{unit}"
    return f"≤ {_number(spec.maximum or 0.0)}{unit}"


def _parse_one(est: Estimator, spec: InputSpec, raw: float | str) -> float | str:
    name = f"'{label(spec)}' ({spec.name})"
    if spec.choices:
        text = str(raw).strip()
        if text not in spec.choices:
            raise InputError(
                _fill(
                    translate("Engine", "Input %1 = '%2' is not one of the choices: %3."),
                    name,
                    raw,
                    ", ".join(spec.choices),
                ),
                spec.name,
            )
        return text
    from auditdesk.calc import units

    try:
        value = units.to_declared_unit(raw, spec.unit, pressure=spec.pressure)
    except units.UnitError as exc:
        raise InputError(
            _fill(translate("Engine", "Input %1 of %2: %3"), name, est.id, exc), spec.name
        ) from None
    below = spec.minimum is not None and value < spec.minimum
    above = spec.maximum is not None and value > spec.maximum
    if below or above:
        shown = f"{_number(value)} {unit_text(spec.unit)}".strip()
        typed = raw.strip() if isinstance(raw, str) else ""
        plain = f"{value:.10g}"
        if typed and typed not in (shown, plain, f"{plain} {spec.unit}".strip()):
            shown = f"{typed} (= {shown})"
        raise InputError(
            _fill(
                translate("Engine", "Input %1 = %2 is outside the allowed range %3."),
                name,
                shown,
                _range_text(spec),
            ),
            spec.name,
        )
    return value


def parse_inputs(
    est: Estimator, raw_inputs: dict[str, str | float]
) -> tuple[dict[str, float | str], list[InputValue]]:
    """Declared-unit values for ``compute`` and the record of each input."""
    known = {spec.name for spec in est.inputs}
    unknown = sorted(set(raw_inputs) - known)
    if unknown:
        raise InputError(
            _fill(
                translate("Engine", "Estimator %1 has no input '%2'. Its inputs are: %3."),
                est.id,
                unknown[0],
                ", ".join(spec.name for spec in est.inputs),
            ),
            unknown[0],
        )
    values: dict[str, float | str] = {}
    record: list[InputValue] = []
    for spec in est.inputs:
        raw = raw_inputs.get(spec.name)
        is_default = raw is None or (isinstance(raw, str) and not raw.strip())
        if is_default:
            if spec.default is None:
                raise InputError(
                    _fill(
                        translate("Engine", "Input '%1' (%2) is required%3."),
                        label(spec),
                        spec.name,
                        f" [{_range_text(spec)}]"
                        if not spec.choices
                        and (spec.minimum is not None or spec.maximum is not None)
                        else "",
                    ),
                    spec.name,
                )
            raw = spec.default
        assert raw is not None
        value = _parse_one(est, spec, raw)
        values[spec.name] = value
        record.append(
            InputValue(
                spec.name,
                spec.label_en,
                spec.label_vi,
                value,
                spec.unit,
                "" if is_default else str(raw),
                is_default,
            )
        )
    return values, record


def _check_options(
    ref: ReferenceData,
    grid_year: int | None,
    voltage: str,
    investment_vnd: float,
    om_cost_change: float,
    lifetime_yr: float,
    discount_rate: float,
) -> int:
    try:
        tariff.check_voltage(voltage)
    except ValueError as exc:
        raise InputError(str(exc), "voltage") from None
    years = reference.grid_years(ref)
    chosen = int(ref.value("emission.grid.default_year")) if grid_year is None else grid_year
    if chosen not in years:
        raise InputError(
            _fill(
                translate(
                    "Engine", "Grid emission factor year %1 is not in the set; choose one of: %2."
                ),
                chosen,
                ", ".join(str(y) for y in years),
            ),
            "grid_year",
        )
    if not math.isfinite(investment_vnd) or investment_vnd < 0:
        raise InputError(
            _fill(translate("Engine", "Investment %1 VND must be 0 or more."),
                  _number(investment_vnd)),
            "investment_vnd",
        )
    if not math.isfinite(om_cost_change):
        raise InputError(
            translate("Engine", "The change in O&M cost must be a number."), "om_cost_change"
        )
    for name, check, value in (
        ("lifetime_yr", financial.whole_years, lifetime_yr),
        ("discount_rate", financial.check_rate, discount_rate),
    ):
        try:
            check(value)
        except ValueError as exc:
            raise InputError(str(exc), name) from None
    return chosen


def _check_result(est: Estimator, result: PhysicalResult) -> None:
    missing = [spec.name for spec in est.outputs if spec.name not in result.values]
    unknown = [code for code in result.savings if code not in CARRIERS]
    if missing or unknown:  # the estimator's bug, not the user's
        raise RuntimeError(
            f"estimator {est.id}: missing outputs {missing}, unknown carriers {unknown}"
        )


def _carrier_row(
    ref: ReferenceData, carrier: str, amount: float, grid_year: int, notes: list[str]
) -> CarrierRow:
    price_key = f"price.{carrier}"
    unit_price = ref.get(price_key)
    if unit_price is None and amount:
        notes.append(
            _fill(
                translate(
                    "Engine", "The set has no price for %1 ('%2'): its saving is not valued."
                ),
                CARRIERS[carrier].label,
                price_key,
            )
        )
    if carrier == "steam" and amount:
        notes.append(
            translate(
                "Engine",
                "Purchased steam: its CO2e belongs to the supplier and is not counted here.",
            )
        )
    emissions = ghg.carrier_emissions(ref, carrier, amount, grid_year)
    return CarrierRow(
        carrier=carrier,
        amount=amount,
        unit=CARRIERS[carrier].unit,
        energy_gj=reference.energy_gj(ref, carrier, amount),
        toe=reference.toe(ref, carrier, amount),
        price_vnd_per_unit=unit_price,
        cost_vnd=amount * (unit_price or 0.0),
        co2e_t=emissions.co2e_t,
        biogenic_co2_t=emissions.biogenic_co2_t,
    )


def run_estimate(
    estimator_id: str,
    raw_inputs: dict[str, str | float],
    ref: ReferenceData,
    *,
    grid_year: int | None = None,
    voltage: str = "6to22kv",
    investment_vnd: float = 0.0,
    om_cost_change: float = 0.0,
    lifetime_yr: float = financial.DEFAULT_LIFETIME_YR,
    discount_rate: float = financial.DEFAULT_DISCOUNT_RATE,
) -> EstimateReport:
    """Estimate one opportunity and return the full report.

    ``om_cost_change`` is VND/yr (positive = extra cost). The grid emission
    factor year defaults to the set's ``emission.grid.default_year``; the
    voltage level selects the tariff passed to estimators that need it.
    Raises ``InputError`` for bad input (``input_name`` says which).
    """
    try:
        est = estimator_registry.get(estimator_id)
    except KeyError:
        known = ", ".join(e.id for e in estimator_registry.all_estimators())
        raise InputError(
            _fill(translate("Engine", "Unknown estimator '%1'. Known: %2."), estimator_id, known),
            "estimator",
        ) from None
    year = _check_options(
        ref, grid_year, voltage, investment_vnd, om_cost_change, lifetime_yr, discount_rate
    )
    values, record = parse_inputs(est, raw_inputs)
    try:
        result = est.compute(values, reference.context_for(ref, voltage))
    except ValueError as exc:  # inputs valid one by one but not together
        raise InputError(_fill(translate("Engine", "Estimator %1: %2"), est.id, exc)) from None
    _check_result(est, result)
    notes = [translate("Estimator", note) for note in result.notes]
    grid_note = ref.factor(f"emission.grid.{year}").note
    if "estimate" in grid_note.lower():
        notes.append(
            _fill(
                translate("Engine", "Grid emission factor %1 is an estimate: %2"),
                year,
                display_text(grid_note),
            )
        )
    rows = [_carrier_row(ref, c, float(a), year, notes) for c, a in result.savings.items()]
    cost = sum(row.cost_vnd for row in rows) + result.extra_cost_savings_vnd
    co2e = sum(row.co2e_t for row in rows)
    electricity = sum(row.amount for row in rows if row.carrier == "electricity")
    water = sum(row.amount for row in rows if row.carrier == "water")
    total_gj = sum(row.energy_gj for row in rows)
    money = financial.evaluate(
        investment_vnd,
        cost,
        om_cost_change_vnd=om_cost_change,
        lifetime_yr=lifetime_yr,
        discount_rate=discount_rate,
        electricity_kwh=electricity,
        energy_gj=total_gj,
        water_m3=water,
        co2e_t=co2e,
        vnd_per_usd=ref.get("fx.usd"),
    )
    return EstimateReport(
        estimator_id=est.id,
        title_en=est.title_en,
        title_vi=est.title_vi,
        techniques=tuple(est.techniques),
        area=est.area,
        inputs=record,
        values=[
            ValueRow(s.name, s.label_en, s.label_vi, float(result.values[s.name]), s.unit)
            for s in est.outputs
        ],
        carriers=rows,
        extra_cost_savings_vnd=result.extra_cost_savings_vnd,
        total_energy_gj=total_gj,
        total_toe=sum(row.toe for row in rows),
        total_cost_savings_vnd=cost,
        total_co2e_t=co2e,
        total_biogenic_co2_t=sum(row.biogenic_co2_t for row in rows),
        financial=money,
        formula=translate("Estimator", est.formula),
        source=translate("Estimator", est.source),
        assumptions=[translate("Estimator", text) for text in est.assumptions],
        example_source=translate("Estimator", est.example_source),
        reference_set=ref.name,
        reference_date=ref.effective_date,
        grid_year=year,
        voltage=voltage,
        notes=notes,
    )
