"""Opportunities and the calc engine: recompute and store an estimate; the
register's rows and the audit's totals (no Qt).

An opportunity keeps its estimator inputs as JSON, one entry per input name:

- ``{"value": 100.0, "unit": "psi"}`` — a number in the unit the user chose;
- a plain number — already in the estimator's declared unit;
- a text — a choice code (``"coal"``) or a number with its unit (``"7 bar"``).

``recompute_opportunity`` runs ``auditdesk.calc.engine.run_estimate`` with
those inputs, the audit's reference-data set, the enterprise's tariff voltage,
the audit's grid-factor year and the opportunity's costs, then, in one
transaction through the managers (so every change lands in the history),
replaces the per-carrier savings, ``extra_savings_vnd`` and the ``estimate``
JSON. Bad input raises the engine's ``InputError`` naming the input, before
anything is written.

``register_rows`` and ``audit_totals`` read what is stored (savings and costs)
and derive payback, NPV, IRR, SIR and the marginal abatement cost with
``auditdesk.calc.financial``.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditdesk.calc import financial
from auditdesk.calc.engine import EstimateReport, InputError, run_estimate
from auditdesk.i18n import translate
from auditdesk.model.carriers import CARRIERS

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.calc.reference import ReferenceData
    from auditdesk.model import Opportunity
    from auditdesk.store.database import Store

# Fields of an opportunity that change its estimate (the rest only describe it).
ESTIMATE_FIELDS = (
    "estimator_id", "inputs", "investment_equipment", "investment_installation",
    "investment_engineering", "investment_other", "om_cost_change", "lifetime_yr",
    "discount_rate",
)


# --- inputs as stored -------------------------------------------------------------------


def parse_stored_inputs(text: str) -> dict[str, Any]:
    """The opportunity's ``inputs`` JSON as a dict; ``InputError`` when it is not one."""
    if not text or not text.strip():
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        raise InputError(
            translate("Estimates", "The stored inputs of this opportunity are damaged; "
                                   "choose the estimator again and re-enter them."),
            "inputs",
        )
    return data


def engine_inputs(stored: Mapping[str, Any]) -> dict[str, str | float]:
    """Raw inputs for ``run_estimate``: numbers in the declared unit, or text with a unit."""
    raw: dict[str, str | float] = {}
    for name, item in stored.items():
        if isinstance(item, dict):
            value, unit = item.get("value"), str(item.get("unit") or "").strip()
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                raw[name] = f"{float(value):.15g} {unit}" if unit else float(value)
            elif value is None:
                raw[name] = ""
            else:
                raw[name] = f"{value} {unit}".strip()
        elif isinstance(item, bool) or item is None:
            raw[name] = "" if item is None else str(item)
        elif isinstance(item, (int, float)):
            raw[name] = float(item)
        else:
            raw[name] = str(item)
    return raw


def encode_inputs(values: Mapping[str, tuple[float, str] | float | str]) -> str:
    """JSON for ``Opportunity.inputs``: (value, unit) pairs become ``{"value", "unit"}``."""
    data: dict[str, Any] = {}
    for name, item in values.items():
        if isinstance(item, tuple):
            data[name] = {"value": float(item[0]), "unit": item[1]}
        else:
            data[name] = item
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


# --- one estimate -----------------------------------------------------------------------


@dataclass(frozen=True)
class EstimateSettings:
    """What an audit fixes for every estimate: reference set, tariff voltage, grid year."""

    reference: ReferenceData
    voltage: str
    grid_year: int | None


def settings_for_audit(store: Store, audit_id: str) -> EstimateSettings:
    """The audit's pinned reference set, its enterprise's voltage level and its grid year."""
    audit = store.audits.get(audit_id)
    enterprise = store.enterprises.get(audit.enterprise_id)
    return EstimateSettings(
        reference=store.reference_sets.for_audit(audit_id),
        voltage=enterprise.voltage_level,
        grid_year=audit.grid_year,
    )


def estimate_opportunity(opportunity: Opportunity, settings: EstimateSettings) -> EstimateReport:
    """Run the engine on an opportunity as given (stored or edited); writes nothing."""
    return run_estimate(
        opportunity.estimator_id,
        engine_inputs(parse_stored_inputs(opportunity.inputs)),
        settings.reference,
        grid_year=settings.grid_year,
        voltage=settings.voltage,
        investment_vnd=opportunity.investment,
        om_cost_change=opportunity.om_cost_change,
        lifetime_yr=opportunity.lifetime_yr,
        discount_rate=opportunity.discount_rate,
    )


def _plain(value: Any) -> Any:
    """JSON-safe copy: non-finite floats become ``None``, tuples lists."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def report_json(report: EstimateReport) -> str:
    """The report as stored in ``Opportunity.estimate``: inputs with units, intermediate
    values, per-carrier rows, totals, financials, formula, source, assumptions and the
    reference set's name and date."""
    data = _plain(report.to_dict())
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _replace_savings(store: Store, opportunity_id: str, report: EstimateReport) -> None:
    """Make the stored savings equal the report's carriers: update rows that stay
    (history per changed field), create new carriers, delete the ones gone."""
    from auditdesk.model import OpportunitySaving

    existing: dict[str, Any] = {}
    for saving in store.savings.list("opportunity_id = ?", (opportunity_id,)):
        if saving.carrier in existing:  # a duplicate carrier row: keep one
            store.savings.delete(saving.id)
        else:
            existing[saving.carrier] = saving
    for row in report.carriers:
        kept = existing.pop(row.carrier, None)
        if kept is None:
            store.savings.create(OpportunitySaving(
                opportunity_id=opportunity_id, carrier=row.carrier, amount=row.amount,
                cost_vnd=row.cost_vnd, co2e_t=row.co2e_t, biogenic_co2_t=row.biogenic_co2_t))
        else:
            store.savings.update(kept.id, amount=row.amount, cost_vnd=row.cost_vnd,
                                 co2e_t=row.co2e_t, biogenic_co2_t=row.biogenic_co2_t)
    for gone in existing.values():
        store.savings.delete(gone.id)


def write_estimate(store: Store, opportunity_id: str, report: EstimateReport,
                   changes: Mapping[str, Any] | None = None) -> Opportunity:
    """Store ``changes`` to the opportunity with ``report`` (computed from the
    opportunity with those changes), in one transaction with history."""
    with store.transaction():
        _replace_savings(store, opportunity_id, report)
        return store.opportunities.update(
            opportunity_id, **dict(changes or {}),
            extra_savings_vnd=report.extra_cost_savings_vnd, estimate=report_json(report))


def recompute_opportunity(store: Store, opportunity_id: str,
                          changes: Mapping[str, Any] | None = None) -> EstimateReport:
    """Apply ``changes`` (optional), run the engine and store the result.

    Raises ``InputError`` (engine) or ``ValidationError`` (store) before writing
    anything when an input or a field is wrong.
    """
    from auditdesk.store.errors import ValidationError

    current = store.opportunities.get(opportunity_id)
    candidate = dataclasses.replace(current, **dict(changes or {}))
    errors = candidate.validate()
    if errors:
        raise ValidationError("opportunity", errors)
    report = estimate_opportunity(candidate, settings_for_audit(store, current.audit_id))
    write_estimate(store, opportunity_id, report, changes)
    return report


# --- the register -------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterRow:
    """One opportunity as the register shows it; money in VND, amounts per year.

    Financial indicators are ``None`` where undefined (no net saving → no payback;
    no sign change → no IRR; no CO2e → no MAC; a lifetime or rate out of range).
    """

    id: str
    code: str
    title: str
    description: str
    area: str
    technique: str
    estimator_id: str
    status: str
    priority: str
    owner: str
    symbiosis: bool
    partner: str
    savings: dict[str, float]  # carrier -> canonical unit per year
    cost_savings_vnd: float  # carriers valued + extra savings
    cost_savings_usd: float | None
    investment_vnd: float
    om_cost_change_vnd: float
    net_savings_vnd: float
    lifetime_yr: float
    discount_rate: float
    payback_yr: float | None
    npv_vnd: float | None
    irr: float | None
    sir: float | None
    co2e_t: float
    mac_vnd_per_t: float | None
    mac_usd_per_t: float | None


def _row(opp: Opportunity, savings: list[Any], vnd_per_usd: float | None) -> RegisterRow:
    amounts: dict[str, float] = {}
    for saving in savings:
        amounts[saving.carrier] = amounts.get(saving.carrier, 0.0) + saving.amount
    cost = sum(s.cost_vnd for s in savings) + opp.extra_savings_vnd
    co2e = sum(s.co2e_t for s in savings)
    try:
        money: financial.FinancialSummary | None = financial.evaluate(
            opp.investment, cost, om_cost_change_vnd=opp.om_cost_change,
            lifetime_yr=opp.lifetime_yr, discount_rate=opp.discount_rate,
            electricity_kwh=amounts.get("electricity", 0.0),
            water_m3=amounts.get("water", 0.0), co2e_t=co2e, vnd_per_usd=vnd_per_usd)
    except ValueError:  # lifetime or rate outside the engine's range
        money = None
    return RegisterRow(
        id=opp.id, code=opp.code, title=opp.title, description=opp.description,
        area=opp.area, technique=opp.technique, estimator_id=opp.estimator_id,
        status=opp.status, priority=opp.priority, owner=opp.owner,
        symbiosis=opp.symbiosis, partner=opp.partner, savings=amounts,
        cost_savings_vnd=cost,
        cost_savings_usd=cost / vnd_per_usd if vnd_per_usd else None,
        investment_vnd=opp.investment, om_cost_change_vnd=opp.om_cost_change,
        net_savings_vnd=cost - opp.om_cost_change, lifetime_yr=opp.lifetime_yr,
        discount_rate=opp.discount_rate,
        payback_yr=money.simple_payback_yr if money else None,
        npv_vnd=money.npv_vnd if money else None,
        irr=money.irr if money else None,
        sir=money.sir if money else None,
        co2e_t=co2e,
        mac_vnd_per_t=money.mac_vnd_per_tco2e if money else None,
        mac_usd_per_t=money.mac_usd_per_tco2e if money else None,
    )


def vnd_per_usd(store: Store, audit_id: str) -> float | None:
    """The exchange rate of the audit's reference set (``fx.usd``), if it has one."""
    return store.reference_sets.for_audit(audit_id).get("fx.usd")


def register_rows(store: Store, audit_id: str,
                  opportunity_ids: Iterable[str] | None = None) -> list[RegisterRow]:
    """The audit's opportunities (or only ``opportunity_ids``), ordered by code and title."""
    wanted = None if opportunity_ids is None else set(opportunity_ids)
    rate = vnd_per_usd(store, audit_id)
    savings: dict[str, list[Any]] = {}
    for saving in store.savings.list(
            "opportunity_id IN (SELECT id FROM opportunity WHERE audit_id = ?)", (audit_id,)):
        savings.setdefault(saving.opportunity_id, []).append(saving)
    return [_row(opp, savings.get(opp.id, []), rate)
            for opp in store.opportunities.for_audit(audit_id)
            if wanted is None or opp.id in wanted]


# --- totals ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    """Sums over a set of opportunities.

    ``weighted_payback_yr`` = Σ investment / Σ net annual savings: the payback of the
    set taken as one project (the savings-weighted mean of the paybacks); ``None``
    when the net savings are not positive.
    """

    count: int = 0
    savings: dict[str, float] = field(default_factory=dict)
    cost_savings_vnd: float = 0.0
    cost_savings_usd: float | None = None
    investment_vnd: float = 0.0
    net_savings_vnd: float = 0.0
    co2e_t: float = 0.0
    weighted_payback_yr: float | None = None


@dataclass(frozen=True)
class AuditTotals:
    """Totals of an audit: rejected opportunities excluded; the industrial-symbiosis
    part also apart (it is included in ``total``)."""

    total: Totals
    symbiosis: Totals
    by_technique: dict[str, Totals]
    rejected: int


def sum_rows(rows: Iterable[RegisterRow], vnd_per_usd: float | None) -> Totals:
    """Add up ``rows`` as given (no filtering)."""
    chosen = list(rows)
    amounts: dict[str, float] = {}
    for row in chosen:
        for carrier, amount in row.savings.items():
            amounts[carrier] = amounts.get(carrier, 0.0) + amount
    order = list(CARRIERS)
    amounts = dict(sorted(amounts.items(),
                          key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))
    cost = sum(r.cost_savings_vnd for r in chosen)
    investment = sum(r.investment_vnd for r in chosen)
    net = sum(r.net_savings_vnd for r in chosen)
    return Totals(
        count=len(chosen), savings=amounts, cost_savings_vnd=cost,
        cost_savings_usd=cost / vnd_per_usd if vnd_per_usd else None,
        investment_vnd=investment, net_savings_vnd=net,
        co2e_t=sum(r.co2e_t for r in chosen),
        weighted_payback_yr=financial.simple_payback(investment, net),
    )


def totals_of(rows: Iterable[RegisterRow], vnd_per_usd: float | None) -> AuditTotals:
    """Audit totals from register rows (rejected ones are left out)."""
    rows = list(rows)
    kept = [r for r in rows if r.status != "rejected"]
    techniques: dict[str, list[RegisterRow]] = {}
    for row in kept:
        techniques.setdefault(row.technique, []).append(row)
    return AuditTotals(
        total=sum_rows(kept, vnd_per_usd),
        symbiosis=sum_rows([r for r in kept if r.symbiosis], vnd_per_usd),
        by_technique={code: sum_rows(group, vnd_per_usd) for code, group in techniques.items()},
        rejected=len(rows) - len(kept),
    )


def audit_totals(store: Store, audit_id: str) -> AuditTotals:
    """Per carrier, VND, USD, investment, tCO2e and weighted payback of the audit."""
    return totals_of(register_rows(store, audit_id), vnd_per_usd(store, audit_id))


# --- codes -----------------------------------------------------------------------------------

_CODE = re.compile(r"^(?P<prefix>.*?)(?P<number>\d+)$")


def next_code(codes: Iterable[str]) -> str:
    """A free code following the audit's habit: ``HL-04`` → ``HL-05``; ``01`` when none."""
    taken = {c for c in codes if c}
    best: tuple[int, str, int] | None = None  # (count of the prefix, prefix, width)
    counts: dict[str, int] = {}
    highest: dict[str, int] = {}
    widths: dict[str, int] = {}
    for code in taken:
        match = _CODE.match(code)
        if match:
            prefix = match.group("prefix")
            counts[prefix] = counts.get(prefix, 0) + 1
            highest[prefix] = max(highest.get(prefix, 0), int(match.group("number")))
            widths[prefix] = max(widths.get(prefix, 0), len(match.group("number")))
    for prefix, count in sorted(counts.items()):
        if best is None or count > best[0]:
            best = (count, prefix, widths[prefix])
    prefix, width = (best[1], best[2]) if best else ("", 2)
    number = highest.get(prefix, 0) + 1
    while f"{prefix}{number:0{width}d}" in taken:
        number += 1
    return f"{prefix}{number:0{width}d}"
