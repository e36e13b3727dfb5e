"""Writing a checked workbook into the store, in one transaction (no Qt).

Records are matched by their ids (park, enterprise, audit, meters,
opportunities) or natural keys (checklist answers by item, the reference set by
name, date and identical factors). Only what the workbook holds is written;
every write goes through the managers, so each change is in the history.

What a workbook cannot carry is rebuilt so the next export shows the same cells:

- a meter the database lacks becomes a per-period meter with one reading per
  month of the workbook (a start reading of 0 before the first month; a month
  without data gets a negative marker reading, which the consumption rules
  leave out, so the month stays empty);
- the month's production of the main product becomes one record per month,
  where the enterprise has none for that month;
- an opportunity whose savings, cost savings or CO2e differ from the stored
  ones (or a new one) gets its savings per carrier as in the sheet; the
  sheet's cost savings go to ``extra_savings_vnd`` and its CO2e to the first
  carrier, because the workbook holds their totals, not their split; the
  estimator's report is cleared, as it no longer explains the figures.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
from collections import Counter
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.workbook import contract as c
from auditdesk.exchange.workbook.audit_data import addon_codes
from auditdesk.exchange.workbook.import_checks import ImportPlan, addon_list, joined_comments
from auditdesk.exchange.workbook.reader import MonthlyRow, OpportunityRow, WorkbookContent
from auditdesk.i18n import fill, translate

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Reading
    from auditdesk.store.database import Store
    from auditdesk.store.managers import EntityManager

IMPORT_ROLE = "office"  # the role of comments added through a workbook (the project office)
NO_DATA = -1.0  # reading value that marks a month without data (excluded as negative)


def audit_fields(cover: dict[str, Any]) -> dict[str, Any]:
    """The audit's fields as the Cover holds them."""
    return {
        "title": cover.get("title", ""), "audit_type": cover.get("audit_type", ""),
        "start_date": cover.get("start_date", ""), "end_date": cover.get("end_date", ""),
        "auditors": cover.get("auditors", ""), "reviewer": cover.get("reviewer", ""),
        "status": cover.get("status", ""), "baseline_start": cover.get("baseline_start", ""),
        "baseline_end": cover.get("baseline_end", ""), "grid_year": cover.get("grid_year"),
        "template_code": cover.get("template_code", ""),
        "template_version": cover.get("template_version", ""),
        "template_addons": addon_list(cover.get("template_addons", "")),
        "notes": cover.get("notes", ""),
    }


def enterprise_fields(values: dict[str, Any]) -> dict[str, Any]:
    """The enterprise's fields as the Enterprise sheet holds them."""
    keys = ("name", "sector", "products", "capacity", "employees", "shifts", "operating_hours",
            "voltage_level", "address", "contact_name", "contact_phone", "contact_email",
            "notes")
    return {key: values.get(key, "" if key not in ("employees", "shifts", "operating_hours")
                            else None) for key in keys}


def close(a: Any, b: Any) -> bool:
    """Equal, or numbers equal to 12 significant digits: a spreadsheet program that saves
    the workbook may write a number with fewer digits than AuditDesk did."""
    if a == b:
        return True
    numbers = (int, float)
    return (isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool)
            and not isinstance(b, bool) and math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9))


def settled(values: dict[str, Any], current: Any) -> dict[str, Any]:
    """``values`` with every number that only differs from ``current``'s in its last digits
    replaced by the stored one (so a re-saved workbook changes nothing)."""
    return {key: getattr(current, key) if close(value, getattr(current, key, None)) else value
            for key, value in values.items()}


def _month_start(month: str) -> _dt.date:
    return _dt.date(int(month[:4]), int(month[5:7]), 1)


def _next_month(day: _dt.date) -> _dt.date:
    return _dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


class Applier:
    """Applies one checked workbook; ``counts`` says what was created and updated."""

    def __init__(self, store: Store, content: WorkbookContent, plan: ImportPlan) -> None:
        self.store = store
        self.content = content
        self.plan = plan
        self.cover = content.cover
        self.created: Counter[str] = Counter()
        self.updated: Counter[str] = Counter()

    def upsert(self, manager: EntityManager[Any], entity_id: str, values: dict[str, Any],
               make: Any) -> Any:
        """Create the record with ``values``, or update the fields that differ."""
        current = manager.find(entity_id)
        if current is None:
            self.created[manager.table] += 1
            return manager.create(make(id=entity_id, **values))
        updated = manager.update(entity_id, **settled(values, current))
        if updated.updated_at != current.updated_at:
            self.updated[manager.table] += 1
        return updated

    def run(self) -> None:
        from auditdesk.model import entities as model

        cover, ent = self.cover, self.content.enterprise
        self.upsert(self.store.parks, cover["park_id"], {
            "name": ent.get("park_name", ""), "province": ent.get("park_province", ""),
            "management_board": ent.get("park_board", "")}, model.Park)
        self.upsert(self.store.enterprises, cover["enterprise_id"],
                    {"park_id": cover["park_id"], **enterprise_fields(ent)}, model.Enterprise)
        reference = self.plan.reference_set or self.create_reference()
        if self.plan.template_to_install is not None:
            from auditdesk.store.checklists import install_template

            install_template(self.store, self.plan.template_to_install)
            self.created["checklist_template"] += 1
        fields = audit_fields(cover)
        existing = self.store.audits.find(cover["audit_id"])
        if existing is not None and addon_codes(existing) == cover.get("template_addons", ""):
            fields.pop("template_addons")
        self.upsert(self.store.audits, cover["audit_id"], {
            "enterprise_id": cover["enterprise_id"], "reference_set_id": reference.id, **fields},
            model.Audit)
        self.meters()
        self.production()
        for row in self.content.opportunities:
            self.opportunity(row)
        self.checklist()

    # --- reference data --------------------------------------------------------------------------

    def create_reference(self) -> Any:
        from auditdesk.model import entities as model

        cover = self.cover
        created = self.store.reference_sets.create(model.ReferenceSet(
            name=cover["reference_set"], effective_date=cover.get("reference_date", ""),
            description=fill(translate("WorkbookImport", "Imported from the workbook %1."),
                             self.content.path.name)))
        for row in self.content.reference:
            self.store.factors.create(model.Factor(
                set_id=created.id, key=row.key, category=row.category, label_en=row.label_en,
                label_vi=row.label_vi, value=row.value or 0.0, unit=row.unit, source=row.source,
                effective_date=row.effective_date, note=row.note))
        self.created["reference_set"] += 1
        return created

    # --- meters, readings, production ----------------------------------------------------------

    def meters(self) -> None:
        from auditdesk.model import entities as model

        pending = dict(self.plan.new_meters)
        while pending:  # parents first
            ready = [mid for mid, rows in pending.items() if rows[0].parent_id not in pending]
            for meter_id in ready or list(pending):
                rows = pending.pop(meter_id)
                first = rows[0]
                self.store.meters.create(model.Meter(
                    id=meter_id, enterprise_id=self.cover["enterprise_id"], name=first.meter,
                    carrier=first.carrier, unit=first.unit, kind="period",
                    parent_id=first.parent_id or None, notes=fill(translate(
                        "WorkbookImport", "Monthly totals imported from the workbook %1."),
                        self.content.path.name)))
                readings = self.readings(meter_id, rows)
                if readings:
                    self.store.readings.add_many(readings, label=self.content.path.name)
                self.created["meter"] += 1

    def readings(self, meter_id: str, rows: list[MonthlyRow]) -> list[Reading]:
        """Per-period readings that give back exactly the months of ``rows`` (module doc)."""
        from auditdesk.model.entities import Reading

        values = {row.month: row.consumption for row in rows}
        if all(value is None for value in values.values()):
            return []  # a meter without data in the period: no readings at all
        month = _month_start(min(values))
        last = _month_start(max(values))
        note = translate("WorkbookImport", "no data for this month in the workbook")
        readings = [Reading(meter_id=meter_id, ts=f"{month.isoformat()}T00:00:00", value=0.0,
                            source="estimated")]
        while month <= last:
            value = values.get(month.isoformat()[:7])
            end = _next_month(month)
            readings.append(Reading(
                meter_id=meter_id, ts=f"{end.isoformat()}T00:00:00",
                value=NO_DATA if value is None else value, source="estimated",
                note=note if value is None else ""))
            month = end
        return readings

    def production(self) -> None:
        from auditdesk.model import entities as model

        enterprise_id = self.cover["enterprise_id"]
        months: dict[str, MonthlyRow] = {}
        for row in self.content.monthly:
            if row.production is not None and row.product:
                months.setdefault(row.month, row)
        skipped = 0
        for month, row in sorted(months.items()):
            first = _month_start(month)
            last = _next_month(first) - _dt.timedelta(days=1)
            overlapping = self.store.production.count(
                "enterprise_id = ? AND product = ? AND period_start <= ? AND period_end >= ?",
                (enterprise_id, row.product, last.isoformat(), first.isoformat()))
            if overlapping:
                skipped += 1
                continue
            self.store.production.create(model.ProductionRecord(
                enterprise_id=enterprise_id, period_start=first.isoformat(),
                period_end=last.isoformat(), product=row.product,
                quantity=row.production or 0.0, unit=row.production_unit))
            self.created["production"] += 1
        if skipped:
            self.plan.notes.append(fill(translate(
                "WorkbookImport", "%1 month(s) of production were already in this database "
                                  "and were kept."), skipped))

    # --- opportunities ----------------------------------------------------------------------------

    def opportunity(self, row: OpportunityRow) -> None:
        from auditdesk.model import entities as model

        store = self.store
        opportunity_id = row.id or model.new_id()
        existing = store.opportunities.find(opportunity_id)
        if existing is None:
            store.opportunities.create(model.Opportunity(
                id=opportunity_id, audit_id=self.cover["audit_id"], **row.values,
                extra_savings_vnd=row.cost_vnd))
            self.created["opportunity"] += 1
            self.replace_savings(opportunity_id, row)
        else:
            before = existing.updated_at
            changed = self.savings_differ(opportunity_id, row)
            extra = {"extra_savings_vnd": row.cost_vnd, "estimate": ""} if changed else {}
            updated = store.opportunities.update(
                opportunity_id, **settled(row.values, existing), **extra)
            if changed:
                self.replace_savings(opportunity_id, row)
            if changed or updated.updated_at != before:
                self.updated["opportunity"] += 1
        before_text = joined_comments(store, opportunity_id)
        added = row.comments[len(before_text):].strip()
        if added:
            store.comments.create(model.Comment(
                audit_id=self.cover["audit_id"], opportunity_id=opportunity_id,
                author=store.user, role=IMPORT_ROLE, body=added))
            self.created["comment"] += 1

    def savings_differ(self, opportunity_id: str, row: OpportunityRow) -> bool:
        """True when the stored savings do not give the sheet's amounts, cost and CO2e
        (computed as the register computes them)."""
        stored = self.store.savings.list("opportunity_id = ?", (opportunity_id,))
        amounts: dict[str, float] = {}
        for saving in stored:
            amounts[saving.carrier] = amounts.get(saving.carrier, 0.0) + saving.amount
        opportunity = self.store.opportunities.get(opportunity_id)
        cost = sum(s.cost_vnd for s in stored) + opportunity.extra_savings_vnd
        co2e = sum(s.co2e_t for s in stored)
        if set(amounts) != set(row.savings):
            return True
        pairs = [(amounts[k], row.savings[k]) for k in amounts]
        pairs += [(cost, row.cost_vnd), (co2e, row.co2e)]
        return not all(close(a, b) for a, b in pairs)

    def replace_savings(self, opportunity_id: str, row: OpportunityRow) -> None:
        from auditdesk.model.entities import OpportunitySaving

        savings = [OpportunitySaving(carrier=code, amount=row.savings[code])
                   for code in c.CARRIERS if code in row.savings]
        if savings:
            savings[0] = dataclasses.replace(savings[0], co2e_t=row.co2e)
        self.store.opportunities.set_savings(opportunity_id, savings)

    # --- checklist answers ----------------------------------------------------------------------

    def checklist(self) -> None:
        from auditdesk.model.entities import ChecklistResponse

        template = self.plan.template
        if template is None or not self.content.checklist:
            return
        store, audit_id = self.store, self.cover["audit_id"]
        row_id = store.templates.list("code = ? AND version = ?",
                                      (template.code, template.version))[0].id
        existing = {r.item_code: r for r in store.responses.list("audit_id = ?", (audit_id,))}
        for row in self.content.checklist:
            number = template.item(row.item).answer_type == "number"
            values = {"answer": "" if number else row.answer,
                      "value": row.value if number else None, "unit": row.unit,
                      "note": row.note, "finding": bool(row.finding)}
            empty = not (values["answer"] or values["value"] is not None or values["note"]
                         or values["finding"])
            current = existing.get(row.item)
            if current is None:
                if empty and not row.response_id:
                    continue
                taken = row.response_id and store.responses.find(row.response_id) is not None
                fields: dict[str, Any] = dict(values)
                if row.response_id and not taken:
                    fields["id"] = row.response_id
                store.responses.create(ChecklistResponse(
                    audit_id=audit_id, template_id=row_id, item_code=row.item,
                    answered_by=store.user, **fields))
                self.created["checklist_response"] += 1
            elif empty and not row.response_id:
                store.responses.delete(current.id)
                self.updated["checklist_response"] += 1
            else:
                updated = store.responses.update(current.id, **settled(values, current))
                if updated.updated_at != current.updated_at:
                    self.updated["checklist_response"] += 1
