"""The baseline of one audit, gathered from the store (no Qt): what the baseline
view, the ``auditdesk baseline`` command and the workbook show.

Two steps, so a window can do the heavy one on a worker thread:

1. :func:`baseline_inputs` (caller's thread, small): the audit, its
   enterprise's meters, production records and the reference data it pinned.
2. :func:`compute_audit_baseline` (any thread, given a connection): each
   top-level meter's readings in the period, **plus the two readings before and
   after it**, so the intervals crossing the period's edges are prorated into
   it (``auditdesk.calc.consumption``); then the per-carrier baseline, the
   production per month, specific consumption and the regression of consumption
   on production, per carrier and for all energy in GJ.

Reading the period by ``ts`` text needs care: a date-only reading
(``2024-02-29``) means the *end* of that day, yet sorts before
``2024-02-29T08:00``. The window is therefore widened by one day on each side
(an extra reading near an edge changes nothing: proration clips it), and the
neighbours are taken two at a time.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditdesk.i18n import fill, translate

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.calc.baseline import Baseline, BaselinePeriod
    from auditdesk.calc.consumption import PeriodTotal
    from auditdesk.calc.production_model import Regression, SpecificConsumption
    from auditdesk.calc.reference import ReferenceData
    from auditdesk.model.entities import Audit, Enterprise, Meter, ProductionRecord, Reading
    from auditdesk.store.database import Store

ENERGY = "energy"  # the key of the all-energy (GJ) row in ``AuditBaseline.models``
_NEIGHBOURS = 2


@dataclass(frozen=True)
class BaselineInputs:
    """Everything but the readings: small, read on the caller's thread."""

    audit: Audit
    enterprise: Enterprise
    meters: list[Meter]
    production: list[ProductionRecord]
    factors: ReferenceData
    default_period: BaselinePeriod


@dataclass(frozen=True)
class CarrierModel:
    """Consumption of one carrier (or ``ENERGY``: all energy in GJ) against production.

    ``unit`` is the consumption unit (kWh, m3, GJ ...); ``specific`` its value per
    production unit by month; ``regression`` is None when it cannot be fitted,
    and ``note`` then says why (translated).
    """

    key: str
    unit: str
    months: list[PeriodTotal]
    specific: SpecificConsumption | None
    regression: Regression | None
    note: str = ""


@dataclass(frozen=True)
class AuditBaseline:
    """The baseline of one audit: the calc ``Baseline`` plus production and models."""

    inputs: BaselineInputs
    period: BaselinePeriod
    baseline: Baseline
    products: list[str]
    product: str | None
    production_unit: str
    production: dict[str, float]  # month -> quantity in production_unit
    models: list[CarrierModel]
    readings_used: int
    notes: list[str] = field(default_factory=list)

    @property
    def audit(self) -> Audit:
        return self.inputs.audit

    def model(self, key: str) -> CarrierModel | None:
        return next((m for m in self.models if m.key == key), None)


def baseline_inputs(store: Store, audit_id: str) -> BaselineInputs:
    """The audit, its enterprise's meters and production, and its reference data."""
    from auditdesk.calc.baseline import BaselinePeriod

    audit = store.audits.get(audit_id)
    enterprise = store.enterprises.get(audit.enterprise_id)
    return BaselineInputs(
        audit=audit,
        enterprise=enterprise,
        meters=store.meters.for_enterprise(enterprise.id),
        production=store.production.list(
            "enterprise_id = ?", (enterprise.id,), order_by="period_start, product"
        ),
        factors=store.reference_sets.for_audit(audit_id),
        default_period=BaselinePeriod.for_audit(
            audit.start_date, audit.baseline_start, audit.baseline_end
        ),
    )


def _shift(day: _dt.date, days: int) -> str:
    return (day + _dt.timedelta(days=days)).isoformat()


def period_bounds(period: BaselinePeriod) -> tuple[_dt.date, _dt.date]:
    """First day of the period and first day after it."""
    first = _dt.date.fromisoformat(period.first_month + "-01")
    year, month = int(period.last_month[:4]), int(period.last_month[5:7])
    return first, _dt.date(year + month // 12, month % 12 + 1, 1)


def period_readings(
    conn: sqlite3.Connection, meter_id: str, period: BaselinePeriod
) -> list[Reading]:
    """The meter's readings inside ``period`` and its neighbours on both sides (module doc)."""
    from auditdesk.model.entities import Reading

    first, after = period_bounds(period)
    low, high = _shift(first, -1), _shift(after, 1)
    columns = "SELECT ts, value, source, note FROM reading WHERE meter_id = ?"
    rows = conn.execute(
        f"{columns} AND ts < ? ORDER BY ts DESC LIMIT {_NEIGHBOURS}", (meter_id, low)
    ).fetchall()[::-1]
    rows += conn.execute(
        f"{columns} AND ts >= ? AND ts < ? ORDER BY ts", (meter_id, low, high)
    ).fetchall()
    rows += conn.execute(
        f"{columns} AND ts >= ? ORDER BY ts LIMIT {_NEIGHBOURS}", (meter_id, high)
    ).fetchall()
    return [Reading(meter_id=meter_id, ts=r[0], value=r[1], source=r[2], note=r[3]) for r in rows]


def _products(records: Sequence[ProductionRecord], period: BaselinePeriod) -> list[str]:
    """Products made in the period, the largest total first (units aside)."""
    first, after = period_bounds(period)
    totals: dict[str, float] = {}
    for record in records:
        if record.period_start < after.isoformat() and record.period_end >= first.isoformat():
            totals[record.product] = totals.get(record.product, 0.0) + record.quantity
    return sorted(totals, key=lambda name: (-totals[name], name))


def _production_unit(records: Sequence[ProductionRecord], product: str) -> str:
    units: dict[str, int] = {}
    for record in records:
        if record.product == product:
            units[record.unit] = units.get(record.unit, 0) + 1
    return max(units, key=lambda u: units[u]) if units else ""


def _model(
    key: str,
    unit: str,
    months: list[PeriodTotal],
    production: dict[str, float],
    production_unit: str,
) -> CarrierModel:
    from auditdesk.calc.production_model import regress_on_production, specific_consumption

    if not production:
        return CarrierModel(key, unit, months, None, None)
    specific = specific_consumption(months, production, unit, production_unit)
    try:
        regression: Regression | None = regress_on_production(months, production)
        note = ""
    except ValueError as exc:
        regression, note = None, str(exc)
    return CarrierModel(key, unit, months, specific, regression, note)


def compute_audit_baseline(
    inputs: BaselineInputs,
    conn: sqlite3.Connection,
    period: BaselinePeriod | None = None,
    product: str | None = None,
) -> AuditBaseline:
    """The baseline of ``inputs.audit`` over ``period`` (default: the audit's), reading
    through ``conn``; specific consumption per unit of ``product`` (default: the
    product made most in the period)."""
    from auditdesk.calc.baseline import baseline_from_readings
    from auditdesk.calc.production_model import monthly_production

    period = period or inputs.default_period
    top = [m for m in inputs.meters if not m.parent_id]
    readings = {m.id: period_readings(conn, m.id, period) for m in top}
    baseline = baseline_from_readings(
        inputs.meters, readings, period, inputs.factors, inputs.audit.grid_year
    )
    notes = list(baseline.notes)
    products = _products(inputs.production, period)
    if product not in products:
        product = products[0] if products else None
    unit = _production_unit(inputs.production, product) if product else ""
    production: dict[str, float] = {}
    if product is None:
        notes.append(
            translate(
                "MetersBaseline",
                "No production figures in the baseline period: "
                "no specific consumption or regression.",
            )
        )
    else:
        try:
            made = monthly_production(inputs.production, unit, product)
            production = {m: made[m] for m in period.months if m in made}
        except ValueError as exc:
            notes.append(fill(translate("MetersBaseline", "Production of %1: %2"), product, exc))
    models = [_model(c.carrier, c.unit, c.months, production, unit) for c in baseline.carriers]
    if any(c.factors.gj is not None for c in baseline.carriers):
        models.append(_model(ENERGY, "GJ", baseline.monthly_gj(), production, unit))
    return AuditBaseline(
        inputs=inputs,
        period=period,
        baseline=baseline,
        products=products,
        product=product,
        production_unit=unit,
        production=production,
        models=models,
        readings_used=sum(len(r) for r in readings.values()),
        notes=notes,
    )


def audit_baseline(
    store: Store,
    audit_id: str,
    period: BaselinePeriod | None = None,
    product: str | None = None,
) -> AuditBaseline:
    """Both steps on the store's own connection (the command line, tests)."""
    return compute_audit_baseline(baseline_inputs(store, audit_id), store.conn, period, product)


def save_period(store: Store, audit_id: str, period: BaselinePeriod) -> Audit:
    """Store ``period`` as the audit's baseline dates (first and last day), with history."""
    first, after = period_bounds(period)
    audit: Audit = store.audits.update(
        audit_id, baseline_start=first.isoformat(), baseline_end=_shift(after, -1)
    )
    return audit


def baseline_json(result: AuditBaseline) -> dict[str, Any]:
    """The baseline as plain JSON types (``auditdesk baseline --json``, exports)."""
    b = result.baseline

    def months(items: Sequence[PeriodTotal]) -> list[dict[str, Any]]:
        return [
            {"month": m.period, "consumption": m.consumption, "status": m.status} for m in items
        ]

    def regression(reg: Regression | None) -> dict[str, Any] | None:
        if reg is None:
            return None
        return {
            "fixed_per_month": reg.fixed,
            "variable_per_unit": reg.variable,
            "r_squared": reg.r_squared,
            "months": reg.n,
        }

    return {
        "audit": {
            "id": result.audit.id,
            "title": result.audit.title,
            "enterprise": result.inputs.enterprise.name,
        },
        "period": {"from": result.period.first_month, "to": result.period.last_month},
        "reference_set": result.inputs.factors.name,
        "carriers": [
            {
                "carrier": c.carrier,
                "unit": c.unit,
                "amount": c.amount,
                "gj": c.gj,
                "toe": c.toe,
                "co2e_t": c.co2e_t,
                "biogenic_co2_t": c.biogenic_co2_t,
                "cost_vnd": c.cost_vnd,
                "cost_usd": c.cost_usd,
                "share_gj": c.share_gj,
                "share_cost": c.share_cost,
                "complete": c.complete,
                "months": months(c.months),
            }
            for c in b.carriers
        ],
        "totals": {
            "gj": b.total_gj,
            "toe": b.total_toe,
            "co2e_t": b.total_co2e_t,
            "biogenic_co2_t": b.total_biogenic_co2_t,
            "cost_vnd": b.total_cost_vnd,
            "cost_usd": b.total_cost_usd,
        },
        "key_energy_user": b.key_energy_user,
        "production": {
            "product": result.product,
            "unit": result.production_unit,
            "months": result.production,
        },
        "models": [
            {
                "key": m.key,
                "unit": m.unit,
                "specific_unit": m.specific.unit if m.specific else None,
                "specific_overall": m.specific.overall if m.specific else None,
                "regression": regression(m.regression),
                "note": m.note,
            }
            for m in result.models
        ],
        "notes": result.notes,
    }
