"""The follow-up of an implemented opportunity, from the store: its implementation
(date, actual investment), its verification plan (IPMVP option, verifying
meters), its measured savings (``measure_savings``, the arithmetic and its
sources in ``auditdesk.review.mv``) and recording them as verified.

``measure_savings`` takes the audit's baseline period for the baseline model and
the whole months after the implementation date as the reporting period; the
verifying meters' monthly consumption comes from their readings exactly as the
baseline view computes it (``auditdesk.calc.consumption``, prorated by time).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditdesk.i18n import fill, translate
from auditdesk.review.mv import (
    AvoidedConsumption,
    MVError,
    SpecificComparison,
    avoided_consumption,
    compare_specific,
)

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.calc.baseline import BaselinePeriod
    from auditdesk.calc.consumption import PeriodTotal
    from auditdesk.model.entities import Meter, Opportunity
    from auditdesk.store.database import Store


@dataclass(frozen=True)
class Verification:
    """The measured savings of one opportunity (everything the follow-up view shows)."""

    opportunity_id: str
    carrier: str
    unit: str  # the carrier's canonical unit
    meters: list[str]  # names of the verifying meters
    product: str
    production_unit: str
    baseline: BaselinePeriod
    reporting: BaselinePeriod
    result: AvoidedConsumption
    specific: SpecificComparison
    price_vnd: float | None  # per unit saved, for the money value
    co2e_t: float | None  # per unit saved
    vnd_per_usd: float | None
    notes: list[str] = field(default_factory=list)

    @property
    def savings_per_year(self) -> float:
        return self.result.per_year(self.result.savings)

    @property
    def interval90_per_year(self) -> float:
        return self.result.per_year(self.result.interval90)

    def to_json(self, ipmvp_option: str) -> str:
        """What ``Opportunity.verified_savings`` keeps once the savings are recorded."""
        per_year = self.savings_per_year
        data: dict[str, Any] = {
            "method": "regression_on_production", "ipmvp_option": ipmvp_option,
            "carrier": self.carrier, "unit": self.unit,
            "from": self.reporting.first_month, "to": self.reporting.last_month,
            "months": len(self.result.months),
            "savings": self.result.savings, "standard_error": self.result.standard_error,
            "interval90": self.result.interval90,
            "amount_per_yr": per_year, "interval90_per_yr": self.interval90_per_year,
            "cost_vnd_per_yr": None if self.price_vnd is None else per_year * self.price_vnd,
            "co2e_t_per_yr": None if self.co2e_t is None else per_year * self.co2e_t,
            "sec_before": self.specific.before, "sec_after": self.specific.after,
            "sec_unit": self.specific.unit,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


def meter_ids(opportunity: Opportunity) -> list[str]:
    """The ids of the meters chosen to verify ``opportunity``."""
    try:
        data = json.loads(opportunity.verification_meters or "[]")
    except ValueError:
        return []
    return [str(v) for v in data] if isinstance(data, list) else []


def encode_meter_ids(ids: Sequence[str]) -> str:
    return json.dumps(list(dict.fromkeys(ids)))


def reporting_start(implementation_date: str) -> str:
    """The first whole month after the implementation (its own month if it was on the 1st)."""
    day = _dt.date.fromisoformat(implementation_date)
    if day.day == 1:
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year + day.month // 12:04d}-{day.month % 12 + 1:02d}"


def _main_product(records: Sequence[Any], months: set[str]) -> tuple[str, str]:
    """The product made most in ``months`` and its usual unit ("" when none)."""
    totals: dict[str, float] = {}
    units: dict[str, dict[str, int]] = {}
    for r in records:
        if r.period_start[:7] in months or r.period_end[:7] in months:
            totals[r.product] = totals.get(r.product, 0.0) + r.quantity
            units.setdefault(r.product, {})
            units[r.product][r.unit] = units[r.product].get(r.unit, 0) + 1
    if not totals:
        return "", ""
    product = sorted(totals, key=lambda p: (-totals[p], p))[0]
    return product, max(units[product], key=lambda u: units[product][u])


def _monthly_sum(store: Store, meters: list[Meter], unit: str, first: str,
                 last: str) -> list[PeriodTotal]:
    """The meters' consumption per month of first..last, in ``unit``; a month is
    complete only when it is complete on every meter."""
    from auditdesk.calc.baseline import BaselinePeriod
    from auditdesk.calc.consumption import PeriodTotal, monthly_consumption, unit_factor
    from auditdesk.store.baseline import period_readings

    period = BaselinePeriod(first, last)
    series = []
    for meter in meters:
        scale = unit_factor(meter.unit, unit) if unit else 1.0
        readings = period_readings(store.conn, meter.id, period)
        series.append([(m, scale) for m in monthly_consumption(meter, readings, first, last)])
    result = []
    for i, month in enumerate(period.months):
        parts = [s[i] for s in series]
        days = parts[0][0].days
        if all(p.status == "complete" and p.consumption is not None for p, _ in parts):
            total = sum((p.consumption or 0.0) * scale for p, scale in parts)
            result.append(PeriodTotal(month, total, days, days))
        else:
            result.append(PeriodTotal(month, None, 0.0, days))
    return result


def measure_savings(store: Store, opportunity_id: str, last_month: str | None = None
                    ) -> Verification:
    """The measured savings of an implemented opportunity with its verifying meters.

    Baseline: the audit's baseline period; reporting: from the first whole month
    after the implementation date to ``last_month`` (default: the last month with
    complete readings on every meter and production). Raises ``MVError`` when
    something needed is missing.
    """
    from auditdesk.calc.baseline import BaselinePeriod, carrier_factors
    from auditdesk.calc.production_model import monthly_production, regress_on_production
    from auditdesk.model.carriers import CARRIERS

    opp = store.opportunities.get(opportunity_id)
    audit = store.audits.get(opp.audit_id)
    if not opp.implementation_date:
        raise MVError(translate("MV", "Enter the implementation date first."))
    ids = meter_ids(opp)
    if not ids:
        raise MVError(translate("MV", "Choose the meter(s) that verify the savings."))
    meters = [m for m in store.meters.for_enterprise(audit.enterprise_id) if m.id in ids]
    if len(meters) != len(ids):
        raise MVError(translate("MV", "A verifying meter is not a meter of this enterprise."))
    carriers = {m.carrier for m in meters}
    if len(carriers) != 1:
        raise MVError(translate("MV", "The verifying meters measure different carriers; "
                                      "choose meters of one carrier."))
    carrier = carriers.pop()
    unit = CARRIERS[carrier].unit if carrier in CARRIERS else meters[0].unit
    baseline = BaselinePeriod.for_audit(audit.start_date, audit.baseline_start,
                                        audit.baseline_end)
    first_after = reporting_start(opp.implementation_date)
    if first_after <= baseline.last_month:
        raise MVError(translate("MV", "The implementation date is inside the baseline period: "
                                      "there is no before and after to compare."))
    records = store.production.list("enterprise_id = ?", (audit.enterprise_id,),
                                    order_by="period_start")
    product, production_unit = _main_product(records, set(baseline.months))
    if not product:
        raise MVError(translate("MV", "No production figures in the baseline period: the "
                                      "baseline model needs them."))
    try:
        production = monthly_production(records, production_unit, product)
        end = last_month or max([m for m in production if m >= first_after],
                                default=first_after)
        if end < first_after:
            raise MVError(fill(translate("MV", "The reporting period ends before it starts "
                                               "(%1)."), first_after))
        months = _monthly_sum(store, meters, unit, baseline.first_month, end)
    except MVError:
        raise
    except ValueError as exc:  # a unit that cannot be converted, in a record or a meter
        raise MVError(str(exc)) from exc
    before = [m for m in months if m.period <= baseline.last_month]
    after = [m for m in months if first_after <= m.period <= end]
    try:
        regression = regress_on_production(before, production)
    except ValueError as exc:
        raise MVError(fill(translate("MV", "The baseline model cannot be fitted: %1"),
                           exc)) from exc
    notes: list[str] = []

    def usable(month: PeriodTotal) -> bool:
        return (month.status == "complete" and month.consumption is not None
                and month.period in production)

    if last_month is None:  # months without data yet at the end are not "left out"
        while after and not usable(after[-1]):
            after.pop()
    skipped = [m.period for m in after if not usable(m)]
    if skipped:
        notes.append(fill(translate("MV", "Left out for missing readings or production: %1."),
                          ", ".join(skipped)))
    result = avoided_consumption(regression, [
        (m.period, production[m.period], float(m.consumption or 0.0))
        for m in after if usable(m)])
    if len(result.months) < 12:
        notes.append(fill(translate("MV", "Annual figures are scaled from %1 months; IPMVP "
                                          "recommends a full year of reporting data."),
                          len(result.months)))
    pairs_before = [(float(m.consumption or 0.0), production[m.period]) for m in before
                    if usable(m)]
    specific = compare_specific(pairs_before, [(m.actual, m.production) for m in result.months],
                                f"{unit}/{production_unit}")
    price, co2e = _unit_values(store, opp, carrier)
    reference = store.reference_sets.for_audit(audit.id)
    if price is None or co2e is None:
        factors = carrier_factors(carrier, reference, audit.grid_year)
        price = price if price is not None else factors.price_vnd
        co2e = co2e if co2e is not None else factors.co2e_t
    return Verification(
        opportunity_id=opp.id, carrier=carrier, unit=unit, meters=[m.name for m in meters],
        product=product, production_unit=production_unit, baseline=baseline,
        reporting=BaselinePeriod(result.months[0].month, result.months[-1].month),
        result=result, specific=specific, price_vnd=price, co2e_t=co2e,
        vnd_per_usd=reference.get("fx.usd"), notes=notes)


def _unit_values(store: Store, opp: Opportunity, carrier: str) -> tuple[float | None, float | None]:
    """VND and tCO2e per unit of ``carrier`` as the opportunity's own estimate valued it."""
    for saving in store.savings.list("opportunity_id = ? AND carrier = ?", (opp.id, carrier)):
        if saving.amount:
            return saving.cost_vnd / saving.amount, saving.co2e_t / saving.amount
    return None, None


def record_verification(store: Store, opportunity_id: str, verification: Verification,
                        role: str) -> Opportunity:
    """Record the measured savings and move the opportunity to *verified* (lifecycle
    rules apply: the role, the IPMVP option and the meters are checked)."""
    from auditdesk.review.lifecycle import move

    opp = store.opportunities.get(opportunity_id)
    return move(store, opportunity_id, "verified", role,
                verified_savings=verification.to_json(opp.ipmvp_option))


def recorded(opportunity: Opportunity) -> dict[str, Any] | None:
    """The measured savings recorded at verification, or None."""
    if not opportunity.verified_savings:
        return None
    try:
        data = json.loads(opportunity.verified_savings)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def plan_verification(store: Store, opportunity_id: str, role: str, *,
                      ipmvp_option: str | None = None, meters: Sequence[str] | None = None
                      ) -> Opportunity:
    """Store the IPMVP option and the verifying meters (auditor or project office)."""
    from auditdesk.review.roles import PLAN_VERIFICATION, require

    require(role, PLAN_VERIFICATION, translate("MV", "plan the verification"))
    changes: dict[str, Any] = {}
    if ipmvp_option is not None:
        changes["ipmvp_option"] = ipmvp_option
    if meters is not None:
        changes["verification_meters"] = encode_meter_ids(meters) if meters else ""
    updated: Opportunity = store.opportunities.update(opportunity_id, **changes)
    return updated


def record_implementation(store: Store, opportunity_id: str, role: str, *,
                          implementation_date: str | None = None,
                          actual_investment: float | None = None) -> Opportunity:
    """Store when it was implemented and what it cost (enterprise reviewer or auditor)."""
    from auditdesk.review.roles import RECORD_IMPLEMENTATION, require

    require(role, RECORD_IMPLEMENTATION, translate("MV", "record the implementation"))
    changes: dict[str, Any] = {"actual_investment": actual_investment}
    if implementation_date is not None:
        changes["implementation_date"] = implementation_date
    updated: Opportunity = store.opportunities.update(opportunity_id, **changes)
    return updated
