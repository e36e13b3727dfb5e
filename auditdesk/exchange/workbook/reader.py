"""Reading an audit workbook back (openpyxl, read-only, cached values; no Qt).

``read_workbook(path)`` returns a ``WorkbookContent``: the data cells of every
sheet the importer uses, typed, with one ``CellProblem`` per cell it could not
read. Columns are found by their English header, so a workbook of any format
version with a known MAJOR reads (columns added later are ignored). Derived and
formula cells are not read: AuditDesk computes them again.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditdesk.exchange.workbook import contract as c
from auditdesk.exchange.workbook.cell_reader import CellProblem, SheetCells, shown
from auditdesk.i18n import fill, translate
from auditdesk.model.carriers import CARRIERS as MODEL_CARRIERS


class WorkbookUnreadable(Exception):
    """The file is not a workbook AuditDesk can read at all (translated message)."""


@dataclass
class MonthlyRow:
    row: int
    month: str
    meter: str
    carrier: str
    unit: str
    consumption: float | None
    product: str
    production: float | None
    production_unit: str
    meter_id: str
    parent_id: str


@dataclass
class ChecklistRow:
    row: int
    item: str
    answer: str
    value: float | None
    unit: str
    note: str
    finding: bool | None
    response_id: str


@dataclass
class OpportunityRow:
    row: int
    values: dict[str, Any]  # Opportunity field -> value
    savings: dict[str, float]  # carrier -> amount per year (only the cells filled in)
    cost_vnd: float
    co2e: float
    comments: str
    id: str


@dataclass
class ReferenceRow:
    row: int
    set: str
    set_date: str
    key: str
    category: str
    label_en: str
    label_vi: str
    value: float | None
    unit: str
    source: str
    effective_date: str
    note: str


@dataclass
class WorkbookContent:
    """Everything an import needs, typed; ``problems`` lists every unreadable cell."""

    path: Path
    version: str = ""
    cover: dict[str, Any] = field(default_factory=dict)
    cover_rows: dict[str, int] = field(default_factory=dict)  # field key -> row number
    enterprise: dict[str, Any] = field(default_factory=dict)
    enterprise_rows: dict[str, int] = field(default_factory=dict)
    monthly: list[MonthlyRow] = field(default_factory=list)
    checklist: list[ChecklistRow] = field(default_factory=list)
    opportunities: list[OpportunityRow] = field(default_factory=list)
    reference: list[ReferenceRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)


def _load(path: Path) -> Any:
    import openpyxl

    if not path.is_file():
        raise WorkbookUnreadable(fill(translate("WorkbookImport", "There is no file %1."), path))
    if not zipfile.is_zipfile(path):
        raise WorkbookUnreadable(fill(translate(
            "WorkbookImport", "%1 is not an Excel workbook (.xlsx): it cannot be opened as "
                              "one."), path.name))
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise WorkbookUnreadable(fill(translate(
            "WorkbookImport", "%1 is damaged and cannot be read (%2). Export it again or ask "
                              "for a fresh copy."), path.name, exc)) from exc


def _rows(book: Any, name: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in book[name].iter_rows(values_only=True)]


def read_workbook(path: str | Path) -> WorkbookContent:
    """Read ``path``; raises ``WorkbookUnreadable`` for a file that is no AuditDesk workbook,
    lists every unreadable cell in ``problems`` otherwise."""
    content = WorkbookContent(Path(path))
    book = _load(content.path)
    try:
        missing = [name for name in c.AUDIT_SHEETS if name not in book.sheetnames]
        if c.COVER in missing:
            raise WorkbookUnreadable(fill(translate(
                "WorkbookImport", "%1 is not an AuditDesk audit workbook: it has no sheet "
                                  "“Cover”."), content.path.name))
        _read_cover(content, SheetCells(c.COVER, _rows(book, c.COVER), content.problems))
        for name in missing:
            content.problems.append(CellProblem(name, 0, "", "", translate(
                "WorkbookImport", "this sheet is missing from the workbook.")))
        readers = {c.ENTERPRISE: _read_enterprise, c.MONTHLY: _read_monthly,
                   c.CHECKLIST: _read_checklist, c.OPPORTUNITIES: _read_opportunities,
                   c.REFERENCE: _read_reference}
        for name, reader in readers.items():
            if name not in missing:
                reader(content, SheetCells(name, _rows(book, name), content.problems))
    finally:
        book.close()
    return content


# --- field sheets ---------------------------------------------------------------------------


def _fields(sheet: SheetCells, fields: tuple[c.Field, ...]) -> tuple[dict[str, Any],
                                                                      dict[str, int]]:
    values: dict[str, Any] = {}
    rows: dict[str, int] = {}
    if not sheet.find_header(["Field", "Value"]) or not sheet.require(["Field", "Value"]):
        return values, rows
    by_label = {f.en: f for f in fields}
    for number, row in sheet.data_rows():
        item = by_label.get(sheet.text(number, row, "Field"))
        if item is None or item.key in rows:
            continue  # the legend under the table, or a field repeated
        rows[item.key] = number
        if item.role != c.DATA:
            continue
        if item.kind == "date":
            values[item.key] = sheet.date(number, row, "Value")
        elif item.kind == "int":
            values[item.key] = sheet.integer(number, row, "Value")
        elif item.kind == "number":
            values[item.key] = sheet.number(number, row, "Value")
        elif item.codes:
            values[item.key] = sheet.code(number, row, "Value", item.codes)
        else:
            values[item.key] = sheet.text(number, row, "Value")
    for item in fields:
        if item.role == c.DATA and item.key not in rows:
            sheet.sheet_problem(fill(translate(
                "WorkbookImport", "the field “%1” is missing."), item.en))
    return values, rows


def _read_cover(content: WorkbookContent, sheet: SheetCells) -> None:
    if not sheet.find_header(["Field", "Value"]):
        raise WorkbookUnreadable(fill(translate(
            "WorkbookImport", "%1 is not an AuditDesk audit workbook: its Cover has no field "
                              "table."), content.path.name))
    values, rows = _fields(sheet, c.COVER_FIELDS)
    version = str(values.get("format_version") or "")
    major = version.split(".")[0]
    if not major.isdigit():
        raise WorkbookUnreadable(fill(translate(
            "WorkbookImport", "%1 is not an AuditDesk audit workbook: its Cover names no "
                              "workbook format version."), content.path.name))
    if int(major) not in c.SUPPORTED_MAJOR:
        raise WorkbookUnreadable(fill(translate(
            "WorkbookImport", "%1 has workbook format %2, written by a newer AuditDesk; this "
                              "one reads format %3. Update AuditDesk to import it."),
            content.path.name, version, c.FORMAT_VERSION))
    for key in ("title", "audit_id", "enterprise_id", "park_id", "start_date"):
        if key in rows and not values.get(key):
            sheet.problem(rows[key], "Value", translate("WorkbookImport", "this cell is empty."))
    content.version, content.cover, content.cover_rows = version, values, rows


def _read_enterprise(content: WorkbookContent, sheet: SheetCells) -> None:
    values, rows = _fields(sheet, c.ENTERPRISE_FIELDS)
    for key in ("name", "park_name"):
        if key in rows and not values.get(key):
            sheet.problem(rows[key], "Value", translate("WorkbookImport", "this cell is empty."))
    content.enterprise, content.enterprise_rows = values, rows


# --- table sheets ---------------------------------------------------------------------------


def _table(sheet: SheetCells, columns: tuple[c.Column, ...]) -> bool:
    data = [col.en for col in columns if col.role == c.DATA]
    return sheet.find_header(data) and sheet.require(data)


def _read_monthly(content: WorkbookContent, sheet: SheetCells) -> None:
    if not _table(sheet, c.MONTHLY_COLUMNS):
        return
    h = {col.key: col.en for col in c.MONTHLY_COLUMNS}
    for n, row in sheet.data_rows():
        month = sheet.date(n, row, h["month"], required=True)[:7]
        content.monthly.append(MonthlyRow(
            row=n, month=month, meter=sheet.text(n, row, h["meter"], required=True),
            carrier=sheet.code(n, row, h["carrier"], MODEL_CARRIERS),
            unit=sheet.text(n, row, h["unit"]),
            consumption=sheet.number(n, row, h["consumption"]),
            product=sheet.text(n, row, h["product"]),
            production=sheet.number(n, row, h["production"]),
            production_unit=sheet.text(n, row, h["production_unit"]),
            meter_id=sheet.text(n, row, h["meter_id"], required=True),
            parent_id=sheet.text(n, row, h["parent_id"])))


def _read_checklist(content: WorkbookContent, sheet: SheetCells) -> None:
    if not _table(sheet, c.CHECKLIST_COLUMNS):
        return
    h = {col.key: col.en for col in c.CHECKLIST_COLUMNS}
    for n, row in sheet.data_rows():
        content.checklist.append(ChecklistRow(
            row=n, item=sheet.text(n, row, h["item"], required=True),
            answer=sheet.text(n, row, h["answer"]), value=sheet.number(n, row, h["value"]),
            unit=sheet.text(n, row, h["unit"]), note=sheet.text(n, row, h["note"]),
            finding=sheet.yes_no(n, row, h["finding"]),
            response_id=sheet.text(n, row, h["response_id"])))


_MONEY = ("inv_equipment", "inv_installation", "inv_engineering", "inv_other", "om_change")
_FIELDS = {"inv_equipment": "investment_equipment", "inv_installation":
           "investment_installation", "inv_engineering": "investment_engineering",
           "inv_other": "investment_other", "om_change": "om_cost_change"}


def _read_opportunities(content: WorkbookContent, sheet: SheetCells) -> None:
    if not _table(sheet, c.OPPORTUNITY_COLUMNS):
        return
    h = {col.key: col.en for col in c.OPPORTUNITY_COLUMNS}
    for n, row in sheet.data_rows():
        if all(sheet.raw(row, h[col.key]) is None for col in c.OPPORTUNITY_COLUMNS
               if col.role == c.DATA):
            continue  # only formulas left on the row
        values: dict[str, Any] = {
            "code": sheet.text(n, row, h["code"]),
            "title": sheet.text(n, row, h["title"], required=True),
            "description": sheet.text(n, row, h["description"]),
            "area": sheet.text(n, row, h["area"]),
            "technique": sheet.code(n, row, h["technique"], c.TECHNIQUES),
            "estimator_id": sheet.text(n, row, h["estimator"]) or "custom",
            "lifetime_yr": sheet.number(n, row, h["lifetime"], required=True, default=10.0),
            "discount_rate": sheet.number(n, row, h["discount_rate"], required=True,
                                          default=0.1),
            "status": sheet.code(n, row, h["status"], c.OPPORTUNITY_STATUSES),
            "priority": sheet.code(n, row, h["priority"], c.PRIORITIES),
            "owner": sheet.text(n, row, h["owner"]),
            "symbiosis": bool(sheet.yes_no(n, row, h["symbiosis"])),
            "partner": sheet.text(n, row, h["partner"]),
            "checklist_item_code": sheet.text(n, row, h["checklist_item"]),
        }
        for key in _MONEY:
            values[_FIELDS[key]] = sheet.number(n, row, h[key], default=0.0)
        savings = {}
        for code in c.CARRIERS:
            amount = sheet.number(n, row, h[f"saving_{code}"])
            if amount is not None:
                savings[code] = amount
        content.opportunities.append(OpportunityRow(
            row=n, values=values, savings=savings,
            cost_vnd=sheet.number(n, row, h["cost_vnd"], default=0.0) or 0.0,
            co2e=sheet.number(n, row, h["co2e"], default=0.0) or 0.0,
            comments=sheet.text(n, row, h["comments"]), id=sheet.text(n, row, h["id"])))


def _read_reference(content: WorkbookContent, sheet: SheetCells) -> None:
    if not _table(sheet, c.REFERENCE_COLUMNS):
        return
    h = {col.key: col.en for col in c.REFERENCE_COLUMNS}
    for n, row in sheet.data_rows():
        value = sheet.number(n, row, h["value"], required=True)
        content.reference.append(ReferenceRow(
            row=n, set=sheet.text(n, row, h["set"]),
            set_date=sheet.date(n, row, h["set_date"], keep_text=True),
            key=sheet.text(n, row, h["key"], required=True),
            category=sheet.text(n, row, h["category"]),
            label_en=sheet.text(n, row, h["label_en"]),
            label_vi=sheet.text(n, row, h["label_vi"]), value=value,
            unit=sheet.text(n, row, h["unit"]), source=sheet.text(n, row, h["source"]),
            effective_date=sheet.date(n, row, h["effective_date"], keep_text=True),
            note=sheet.text(n, row, h["note"])))


__all__ = ["CellProblem", "WorkbookContent", "WorkbookUnreadable", "read_workbook", "shown"]
