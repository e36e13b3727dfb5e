"""Checking a read workbook against itself and the database before anything is written.

``check_content`` returns every problem it finds (as ``CellProblem``s pointing at
the cell to fix) and the decisions the import then follows: which reference-data
set and checklist template the audit uses, which meters are new. Nothing here
writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from auditdesk.exchange.workbook import contract as c
from auditdesk.exchange.workbook.cell_reader import CellProblem, shown
from auditdesk.exchange.workbook.reader import MonthlyRow, WorkbookContent
from auditdesk.i18n import fill, translate

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.checklist.template import Template
    from auditdesk.model.entities import ReferenceSet
    from auditdesk.store.database import Store

_OPPORTUNITY_HEADERS = {  # Opportunity field -> the column a validation message points at
    "title": "Title", "technique": "RECP technique", "status": "Status",
    "investment_equipment": "Investment: equipment (VND)",
    "investment_installation": "Investment: installation (VND)",
    "investment_engineering": "Investment: engineering (VND)",
    "investment_other": "Investment: other (VND)", "lifetime_yr": "Lifetime (yr)",
    "discount_rate": "Discount rate", "partner": "Symbiosis partner",
}


@dataclass
class ImportPlan:
    """What the checks decided: the reference set to use (``None``: create it), the
    checklist template (``None``: none, or install ``template_to_install``), the
    meters the database lacks, and notes for the user."""

    reference_set: ReferenceSet | None = None
    template: Template | None = None
    template_to_install: Template | None = None
    new_meters: dict[str, list[MonthlyRow]] = field(default_factory=dict)
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Checker:
    def __init__(self, store: Store, content: WorkbookContent) -> None:
        self.store = store
        self.content = content
        self.plan = ImportPlan()

    def problem(self, sheet: str, row: int, column: str, header: str, message: str) -> None:
        self.plan.problems.append(CellProblem(sheet, row, column, header, message))

    def cover_problem(self, key: str, message: str, sheet: str = c.COVER) -> None:
        rows = self.content.cover_rows if sheet == c.COVER else self.content.enterprise_rows
        self.problem(sheet, rows.get(key, 0), "C", "Value", message)

    # --- audit, enterprise, park ---------------------------------------------------------------

    def check_owners(self) -> None:
        cover, store = self.content.cover, self.store
        enterprise = store.enterprises.find(cover["enterprise_id"])
        if enterprise is not None and enterprise.park_id != cover["park_id"]:
            self.cover_problem("enterprise_id", fill(translate(
                "WorkbookImport", "in this database the enterprise belongs to another park "
                                  "(%1), not to the park of the workbook."), enterprise.park_id))
        audit = store.audits.find(cover["audit_id"])
        if audit is None:
            return
        if audit.enterprise_id != cover["enterprise_id"]:
            self.cover_problem("audit_id", fill(translate(
                "WorkbookImport", "in this database the audit belongs to another enterprise "
                                  "(%1)."), audit.enterprise_id))
        if getattr(audit, "locked", False):
            self.cover_problem("audit_id", translate(
                "WorkbookImport", "this audit is signed off and locked in this database; "
                                  "unlock it before importing changes."))
        if audit.template_code and cover["template_code"] and (
                audit.template_code, audit.template_version) != (
                cover["template_code"], cover["template_version"]):
            self.cover_problem("template_code", fill(translate(
                "WorkbookImport", "the audit uses checklist %1 version %2 in this database."),
                audit.template_code, audit.template_version))

    # --- reference data ---------------------------------------------------------------------------

    def check_reference(self) -> None:
        cover, rows = self.content.cover, self.content.reference
        name, date = cover.get("reference_set", ""), cover.get("reference_date", "")
        keys: dict[str, int] = {}
        for row in rows:
            if (row.set, row.set_date) != (name, date):
                self.problem(c.REFERENCE, row.row, "A", "Reference-data set", fill(translate(
                    "WorkbookImport", "every factor must belong to the set named on Cover "
                                      "(%1, %2)."), name, date))
            if row.key in keys:
                self.problem(c.REFERENCE, row.row, "C", "Key", fill(translate(
                    "WorkbookImport", "the key %1 is already on row %2."), row.key, keys[row.key]))
            keys[row.key] = row.row
        if not name:
            self.cover_problem("reference_set", translate("WorkbookImport",
                                                          "this cell is empty."))
            return
        wanted = {r.key: (r.value, r.unit) for r in rows}
        candidates = self.store.reference_sets.list("name = ? AND effective_date = ?",
                                                    (name, date))
        differing: list[str] = []
        for candidate in candidates:
            stored = {f.key: (f.value, f.unit) for f in self.store.factors.list(
                "set_id = ?", (candidate.id,))}
            differing = sorted(k for k in set(stored) | set(wanted)
                               if not _same_factor(stored.get(k), wanted.get(k)))
            if not differing:
                self.plan.reference_set = candidate
                return
        if candidates:
            for key in differing[:20]:
                self.problem(c.REFERENCE, keys.get(key, 0), "G" if key in keys else "", "Value",
                             fill(translate(
                                 "WorkbookImport", "the set “%1” of this database has another "
                                                   "value for %2; reference data are never "
                                                   "changed by an import."), name, key))

    # --- checklist --------------------------------------------------------------------------------

    def check_template(self) -> None:
        from auditdesk.store.checklists import (
            shipped_templates,
            template_from_body,
        )

        cover = self.content.cover
        code, version = cover.get("template_code", ""), cover.get("template_version", "")
        if not code:
            if self.content.checklist:
                self.cover_problem("template_code", translate(
                    "WorkbookImport", "the Checklist sheet has answers but no template is "
                                      "named."))
            return
        stored = self.store.templates.list("code = ? AND version = ?", (code, version))
        if stored:
            self.plan.template = template_from_body(stored[0].body)
            return
        from auditdesk.checklist.template import TemplateError, merge_templates

        shipped = {(t.code, t.version): t for t in shipped_templates()}
        parts = list(zip(code.split("+"), version.split("+"), strict=False))
        found = [shipped.get(part) for part in parts]
        if len(parts) != len(version.split("+")) or None in found:
            self.cover_problem("template_code", fill(translate(
                "WorkbookImport", "the checklist template %1 version %2 is neither in this "
                                  "database nor shipped with AuditDesk; import the template "
                                  "first."), code, version))
            return
        try:
            merged = merge_templates(found[0], found[1:])  # type: ignore[arg-type]
        except TemplateError as exc:
            self.cover_problem("template_code", str(exc))
            return
        self.plan.template = self.plan.template_to_install = merged

    def check_checklist(self) -> None:
        template = self.plan.template
        if template is None:
            return
        from auditdesk.calc import units

        seen: dict[str, int] = {}
        items = template.items_by_code
        for row in self.content.checklist:
            item = items.get(row.item)
            if item is None:
                self.problem(c.CHECKLIST, row.row, "D", "Item", fill(translate(
                    "WorkbookImport", "the template has no item %1."), shown(row.item)))
                continue
            if row.item in seen:
                self.problem(c.CHECKLIST, row.row, "D", "Item", fill(translate(
                    "WorkbookImport", "the item %1 is already on row %2."), row.item,
                    seen[row.item]))
            seen[row.item] = row.row
            if item.answer_type == "yes_no_na":
                allowed: list[str] | None = list(c.ANSWERS)
            elif item.answer_type == "choice":
                allowed = [choice.code for choice in item.choices]
            else:
                allowed = None
            if allowed is not None and row.answer and row.answer not in allowed:
                self.problem(c.CHECKLIST, row.row, "H", "Answer", fill(translate(
                    "WorkbookImport", "“%1” is not one of the answers %2."), shown(row.answer),
                    ", ".join(allowed)))
            if item.answer_type == "number" and row.value is not None:
                try:
                    units.convert(row.value, row.unit or item.unit, item.unit)
                except (ValueError, KeyError, TypeError) as exc:
                    self.problem(c.CHECKLIST, row.row, "K", "Unit", str(exc))
            elif item.answer_type != "number" and row.value is not None:
                self.problem(c.CHECKLIST, row.row, "J", "Value", translate(
                    "WorkbookImport", "only number items take a value; write the answer in "
                                      "“Answer”."))

    # --- meters and readings ---------------------------------------------------------------------

    def check_monthly(self) -> None:
        enterprise_id = self.content.cover.get("enterprise_id", "")
        by_meter: dict[str, list[MonthlyRow]] = {}
        for row in self.content.monthly:
            by_meter.setdefault(row.meter_id, []).append(row)
        production: dict[str, tuple[float | None, str, str, int]] = {}
        for row in self.content.monthly:
            if row.production is None:
                continue
            known = production.setdefault(row.month, (row.production, row.product,
                                                      row.production_unit, row.row))
            if known[:3] != (row.production, row.product, row.production_unit):
                self.problem(c.MONTHLY, row.row, "G", "Production (production unit/month)",
                             fill(translate("WorkbookImport", "the production of %1 differs "
                                                              "from row %2."), row.month, known[3]))
        for meter_id, rows in by_meter.items():
            first = rows[0]
            months: dict[str, int] = {}
            for row in rows:
                if (row.meter, row.carrier, row.unit, row.parent_id) != (
                        first.meter, first.carrier, first.unit, first.parent_id):
                    self.problem(c.MONTHLY, row.row, "B", "Meter", fill(translate(
                        "WorkbookImport", "meter %1 is described differently on row %2."),
                        shown(meter_id), first.row))
                if row.month in months:
                    self.problem(c.MONTHLY, row.row, "A", "Month", fill(translate(
                        "WorkbookImport", "%1 of this meter is already on row %2."), row.month,
                        months[row.month]))
                months[row.month] = row.row
                if row.consumption is not None and row.consumption < 0:
                    self.problem(c.MONTHLY, row.row, "E", "Consumption (unit/month)", translate(
                        "WorkbookImport", "a monthly consumption cannot be negative."))
            meter = self.store.meters.find(meter_id)
            if meter is None:
                self.plan.new_meters[meter_id] = rows
            elif meter.enterprise_id != enterprise_id:
                self.problem(c.MONTHLY, first.row, "K", "Meter id", translate(
                    "WorkbookImport", "in this database this meter belongs to another "
                                      "enterprise."))
        known_ids = set(by_meter)
        for meter_id, rows in self.plan.new_meters.items():
            parent = rows[0].parent_id
            if parent and parent not in known_ids and self.store.meters.find(parent) is None:
                self.problem(c.MONTHLY, rows[0].row, "L", "Parent meter id", translate(
                    "WorkbookImport", "the parent meter is neither in the workbook nor in this "
                                      "database."))
        existing = [m for m in by_meter if m not in self.plan.new_meters]
        if existing:
            self.plan.notes.append(fill(translate(
                "WorkbookImport", "%1 meter(s) are already in this database: their monthly "
                                  "figures come from their readings and were not imported."),
                len(existing)))

    # --- opportunities -------------------------------------------------------------------------------

    def check_opportunities(self) -> None:
        from auditdesk.calc.estimator import all_estimators
        from auditdesk.model.entities import Opportunity

        audit_id = self.content.cover.get("audit_id", "")
        estimators = {e.id for e in all_estimators()}
        ids: dict[str, int] = {}
        for row in self.content.opportunities:
            if row.id:
                if row.id in ids:
                    self.problem(c.OPPORTUNITIES, row.row, "", "", fill(translate(
                        "WorkbookImport", "this opportunity (id %1) is already on row %2."),
                        shown(row.id), ids[row.id]))
                ids[row.id] = row.row
                stored = self.store.opportunities.find(row.id)
                if stored is not None and stored.audit_id != audit_id:
                    self.problem(c.OPPORTUNITIES, row.row, "", "", translate(
                        "WorkbookImport", "in this database this opportunity belongs to another "
                                          "audit."))
                if stored is not None and row.comments != joined_comments(self.store, row.id):
                    before = joined_comments(self.store, row.id)
                    if not row.comments.startswith(before):
                        self._opportunity_problem(row.row, "Reviewer comments", translate(
                            "WorkbookImport", "comments already made cannot be changed through "
                                              "a workbook; add new text after them."))
            if row.values["estimator_id"] not in estimators:
                self._opportunity_problem(row.row, "Estimator", fill(translate(
                    "WorkbookImport", "there is no estimator %1."),
                    shown(row.values["estimator_id"])))
            if row.co2e and not row.savings:
                self._opportunity_problem(row.row, "CO2e reduction (t/yr)", translate(
                    "WorkbookImport", "a CO2e reduction needs the resource saving that causes "
                                      "it."))
            candidate = Opportunity(audit_id=audit_id, **row.values)
            for name, message in candidate.validate().items():
                self._opportunity_problem(row.row, _OPPORTUNITY_HEADERS.get(name, "Title"),
                                          message)

    def _opportunity_problem(self, row: int, header: str, message: str) -> None:
        from auditdesk.exchange.workbook.cells import column_letter

        index = next((i for i, col in enumerate(c.OPPORTUNITY_COLUMNS) if col.en == header), None)
        letter = column_letter(index) if index is not None else ""
        self.problem(c.OPPORTUNITIES, row, letter, header, message)

    # --- all ------------------------------------------------------------------------------------------

    def check_entities(self) -> None:
        """The audit and enterprise as they would be stored pass the store's validation."""
        from auditdesk.exchange.workbook.import_apply import audit_fields, enterprise_fields
        from auditdesk.model.entities import Audit, Enterprise

        cover = self.content.cover
        audit = Audit(enterprise_id=cover.get("enterprise_id", ""), **audit_fields(cover))
        for name, message in audit.validate().items():
            self.cover_problem(name if name in self.content.cover_rows else "title", message)
        enterprise = Enterprise(park_id=cover.get("park_id", ""),
                                **enterprise_fields(self.content.enterprise))
        for name, message in enterprise.validate().items():
            self.cover_problem(name if name in self.content.enterprise_rows else "name",
                               message, c.ENTERPRISE)

    def run(self) -> ImportPlan:
        self.check_owners()
        self.check_entities()
        self.check_reference()
        self.check_template()
        self.check_checklist()
        self.check_monthly()
        self.check_opportunities()
        return self.plan


def _same_factor(a: tuple[float | None, str] | None, b: tuple[float | None, str] | None) -> bool:
    from auditdesk.exchange.workbook.import_apply import close

    return a is not None and b is not None and a[1] == b[1] and close(a[0], b[0])


def joined_comments(store: Store, opportunity_id: str) -> str:
    """An opportunity's comments as its workbook cell shows them (oldest first)."""
    rows = store.query("SELECT body FROM comment WHERE opportunity_id = ? ORDER BY created_at, "
                       "rowid", (opportunity_id,))
    return "\n".join(r[0] for r in rows)


def check_content(store: Store, content: WorkbookContent) -> ImportPlan:
    """Every problem of ``content`` against itself and ``store``, and the import's plan."""
    return Checker(store, content).run()


def addon_list(text: str) -> str:
    """The Cover's comma-separated add-on codes as the audit stores them (a JSON list)."""
    codes = [part.strip() for part in text.split(",") if part.strip()]
    return json.dumps(codes) if codes else ""
