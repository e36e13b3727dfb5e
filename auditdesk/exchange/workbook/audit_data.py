"""Everything the workbook of one audit shows, read from the store (no Qt).

The figures are AuditDesk's own: opportunities through
``store.estimates.register_rows`` and ``sum_rows`` (the register's numbers), the
baseline through ``calc.baseline.compute_baseline`` and its factors.

Monthly consumption is taken per meter from the readings
(``calc.consumption.monthly_consumption``) and **kept to 0.001 of the meter's
unit**; the Baseline sheet is the baseline of those monthly figures. Rounding
there is what makes the workbook a closed format: a workbook imported into a
database without the readings gives the meters those monthly figures, and the
next export shows exactly the same cells (the cumulative sums that turn
readings into months move the last binary digit; 0.001 absorbs it). The
difference to the baseline view is at most 0.0005 of a unit per meter and month.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditdesk import __version__

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.calc.baseline import Baseline, BaselinePeriod
    from auditdesk.checklist.template import Template
    from auditdesk.model.entities import (
        Audit,
        ChecklistResponse,
        Enterprise,
        Factor,
        Meter,
        Opportunity,
        Park,
        ReferenceSet,
    )
    from auditdesk.store.database import Store
    from auditdesk.store.estimates import RegisterRow, Totals

MONTHLY_DECIMALS = 3


@dataclass(frozen=True)
class MeterMonths:
    """One meter's consumption per month of the period (meter unit x multiplier)."""

    meter: Meter
    parent_name: str
    months: list[tuple[str, float | None]]


@dataclass(frozen=True)
class ChecklistLine:
    """One item of the audit's checklist with its answer (if any) and photo count."""

    area: str
    area_vi: str
    area_en: str
    item: str
    text_vi: str
    text_en: str
    answer_type: str
    answer_label: str
    response: ChecklistResponse | None
    photos: int


@dataclass
class AuditData:
    """One audit as its workbook shows it."""

    audit: Audit
    enterprise: Enterprise
    park: Park
    reference: ReferenceSet
    factors: list[Factor]
    vnd_per_usd: float | None
    opportunities: dict[str, Opportunity]
    rows: list[RegisterRow]
    comments: dict[str, str]
    area_names: dict[str, tuple[str, str]]
    checklist: list[ChecklistLine]
    period: BaselinePeriod
    meters: list[MeterMonths]
    product: str
    production_unit: str
    production: dict[str, float]
    baseline: Baseline
    exported_at: _dt.datetime
    app_version: str = __version__

    @property
    def production_total(self) -> float:
        return sum(self.production.get(m, 0.0) for m in self.period.months)

    def totals(self, symbiosis: bool | None) -> Totals:
        """Sums of the non-rejected opportunities: RECP (False), symbiosis (True), all (None)."""
        from auditdesk.store.estimates import sum_rows

        kept = [r for r in self.rows if r.status != "rejected"
                and (symbiosis is None or r.symbiosis == symbiosis)]
        return sum_rows(kept, self.vnd_per_usd)


def round_monthly(value: float | None) -> float | None:
    """A monthly figure as the workbook keeps it (module doc)."""
    return None if value is None else round(value, MONTHLY_DECIMALS)


def template_areas(template: Template | None = None) -> dict[str, tuple[str, str]]:
    """Area code → (Vietnamese, English) name: the shipped templates', then ``template``'s."""
    from auditdesk.store.checklists import shipped_templates

    names: dict[str, tuple[str, str]] = {}
    for shipped in (*shipped_templates(), *((template,) if template else ())):
        for area in shipped.areas:
            names[area.code] = (area.name_vi, area.name_en)
    return names


def comment_texts(store: Store, audit_id: str) -> dict[str, str]:
    """Opportunity id → its review comments, oldest first, one per line."""
    texts: dict[str, list[str]] = {}
    for row in store.query(
            "SELECT opportunity_id, body FROM comment WHERE audit_id = ? AND opportunity_id IS "
            "NOT NULL ORDER BY created_at, rowid", (audit_id,)):
        texts.setdefault(row[0], []).append(row[1])
    return {key: "\n".join(bodies) for key, bodies in texts.items()}


def _checklist(store: Store, audit_id: str) -> tuple[list[ChecklistLine], Template | None]:
    from auditdesk.checklist.logic import answer_label
    from auditdesk.store.checklists import AuditChecklist

    checklist = AuditChecklist.load(store, audit_id)
    if checklist is None:
        return [], None
    template = checklist.template
    areas = {a.code: a for a in template.areas}
    lines = []
    for item in template.items:
        response = checklist.responses.get(item.code)
        label = ""
        if response is not None and item.answer_type in ("yes_no_na", "choice"):
            vi = answer_label(item, response.answer, "vi")
            en = answer_label(item, response.answer, "en")
            label = vi if vi == en else f"{vi} / {en}"
        area = areas.get(item.area)
        lines.append(ChecklistLine(
            area=item.area, area_vi=area.name_vi if area else "",
            area_en=area.name_en if area else "", item=item.code, text_vi=item.text_vi,
            text_en=item.text_en, answer_type=item.answer_type, answer_label=label,
            response=response, photos=checklist.photo_counts.get(item.code, 0)))
    return lines, template


def _meters(store: Store, meters: list[Meter], period: BaselinePeriod) -> list[MeterMonths]:
    from auditdesk.calc.consumption import monthly_consumption
    from auditdesk.store.baseline import period_readings

    names = {m.id: m.name for m in meters}
    result = []
    for meter in meters:
        readings = period_readings(store.conn, meter.id, period)
        totals = {t.period: t.consumption for t in monthly_consumption(
            meter, readings, period.first_month, period.last_month)}
        result.append(MeterMonths(
            meter, names.get(meter.parent_id or "", ""),
            [(month, round_monthly(totals.get(month))) for month in period.months]))
    return result


def _baseline(meters: list[MeterMonths], period: BaselinePeriod, store: Store,
              audit: Audit) -> Baseline:
    """The calc baseline of the monthly figures as the workbook keeps them."""
    from auditdesk.calc.baseline import compute_baseline
    from auditdesk.calc.consumption import PeriodTotal
    from auditdesk.model.carriers import CARRIERS

    order = list(CARRIERS)  # carriers in their customary order, electricity first
    meters = sorted(meters, key=lambda m: (
        order.index(m.meter.carrier) if m.meter.carrier in order else len(order)))
    monthly = {}
    for item in meters:
        monthly[item.meter.id] = [
            PeriodTotal(month, value, 0.0 if value is None else 1.0, 1.0)
            for month, value in item.months]
    return compute_baseline([m.meter for m in meters], monthly, period,
                            store.reference_sets.for_audit(audit.id), audit.grid_year)


def load_audit(store: Store, audit_id: str, now: _dt.datetime | None = None) -> AuditData:
    """Read and compute what the workbook of ``audit_id`` shows (``NotFoundError`` if absent)."""
    from auditdesk.store.baseline import baseline_inputs, compute_audit_baseline
    from auditdesk.store.estimates import register_rows, vnd_per_usd

    audit = store.audits.get(audit_id)
    enterprise = store.enterprises.get(audit.enterprise_id)
    park = store.parks.get(enterprise.park_id)
    set_id = audit.reference_set_id or store.reference_sets.ensure_builtin().id
    reference = store.reference_sets.get(set_id)
    factors = store.factors.list("set_id = ?", (set_id,), order_by="key")
    opportunities = {o.id: o for o in store.opportunities.for_audit(audit_id)}
    lines, template = _checklist(store, audit_id)
    inputs = baseline_inputs(store, audit_id)
    measured = compute_audit_baseline(inputs, store.conn)
    period = measured.period
    meters = _meters(store, inputs.meters, period)
    production = {month: value for month, value in (
        (m, round_monthly(measured.production.get(m))) for m in period.months)
        if value is not None}
    return AuditData(
        audit=audit, enterprise=enterprise, park=park, reference=reference, factors=factors,
        vnd_per_usd=vnd_per_usd(store, audit_id), opportunities=opportunities,
        rows=register_rows(store, audit_id), comments=comment_texts(store, audit_id),
        area_names=template_areas(template), checklist=lines, period=period, meters=meters,
        product=measured.product or "", production_unit=measured.production_unit,
        production=production, baseline=_baseline(meters, period, store, audit),
        exported_at=(now or _dt.datetime.now()).replace(microsecond=0))


def addon_codes(audit: Audit) -> str:
    """The audit's add-on template codes as the Cover shows them (comma-separated)."""
    try:
        codes = json.loads(audit.template_addons) if audit.template_addons else []
    except json.JSONDecodeError:
        return audit.template_addons
    return ", ".join(str(c) for c in codes) if isinstance(codes, list) else audit.template_addons


def default_file_name(data_or_store: AuditData | Store, audit_id: str = "") -> str:
    """``<enterprise>_<audit date>.xlsx`` (WORKBOOK.md), safe on every file system."""
    import re

    if isinstance(data_or_store, AuditData):
        name, date = data_or_store.enterprise.name, data_or_store.audit.start_date
    else:
        audit = data_or_store.audits.get(audit_id)
        name = data_or_store.enterprises.get(audit.enterprise_id).name
        date = audit.start_date
    safe = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).split()).strip(" .")
    safe = safe or "audit"
    return f"{safe[:80]}_{date or 'undated'}.xlsx"
