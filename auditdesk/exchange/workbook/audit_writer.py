"""Writing the workbook of one audit (WORKBOOK.md, "One audit → one workbook"; no Qt).

``write_audit_workbook(data, path)`` writes the eight sheets from an
``AuditData`` (see ``audit_data.load_audit``); ``export_audit_workbook`` in the
package does both, atomically.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.workbook import contract as c
from auditdesk.exchange.workbook.audit_data import AuditData, addon_codes
from auditdesk.exchange.workbook.cells import (
    ExportError,
    Formats,
    SheetWriter,
    check_text,
    open_book,
)
from auditdesk.exchange.workbook.opportunity_sheet import OpportunityLine, OpportunityTable
from auditdesk.exchange.workbook.summary_sheet import (
    ExtraCount,
    GroupFigures,
    OpportunityRanges,
    SummaryWriter,
)
from auditdesk.i18n import fill, translate
from auditdesk.model.carriers import display_unit

if TYPE_CHECKING:  # pragma: no cover
    from xlsxwriter.workbook import Workbook

Report = Callable[[int, int, str], None]
TITLE = "AuditDesk — RECP audit workbook · Sổ tính đánh giá RECP"


def iso_date(text: str) -> _dt.date | str | None:
    """A stored ISO date as a date cell; other text stays text; empty is blank."""
    if not text:
        return None
    try:
        return _dt.date.fromisoformat(text[:10]) if len(text) == 10 else text
    except ValueError:
        return text


def label(table: dict[str, tuple[str, str]], code: str) -> str:
    """``Vietnamese / English`` name of a code (the code itself when unknown)."""
    names = table.get(code)
    return f"{names[1]} / {names[0]}" if names else code


def _nonfinite_none(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else value


class AuditWorkbookWriter:
    """Lays out the cross-sheet references, then writes every sheet in turn."""

    def __init__(self, data: AuditData, book: Workbook, report: Report | None = None) -> None:
        self.data = data
        self.book = book
        self.formats = Formats(book)
        self.report = report or (lambda done, total, text: None)
        factors = data.factors
        keys = [f.key for f in factors]
        self.rate_cell = (f"{c.REFERENCE}!$G${c.HEADER_ROW + 2 + keys.index('fx.usd')}"
                          if "fx.usd" in keys else None)
        self.enterprise_rows = {f.key: c.HEADER_ROW + 2 + i
                                for i, f in enumerate(c.ENTERPRISE_FIELDS)}

    def write(self) -> None:
        """All sheets, in the contract's order."""
        steps: list[tuple[str, Callable[[], None]]] = [
            (c.COVER, self.cover), (c.ENTERPRISE, self.enterprise), (c.BASELINE, self.baseline),
            (c.MONTHLY, self.monthly), (c.CHECKLIST, self.checklist),
            (c.OPPORTUNITIES, self.opportunities), (c.SUMMARY, self.summary),
            (c.REFERENCE, self.reference)]
        for done, (name, step) in enumerate(steps):
            self.report(done, len(steps), name)
            step()
        self.report(len(steps), len(steps), "")

    # --- field / value sheets ---------------------------------------------------------------

    def _fields(self, writer: SheetWriter, fields: tuple[c.Field, ...],
                values: dict[str, Any], formulas: dict[str, str],
                meanings: dict[str, dict[str, tuple[str, str]]]) -> None:
        def meaning(field: c.Field) -> str | None:
            table = meanings.get(field.key)
            value = values.get(field.key)
            return label(table, str(value)) if table and value else None

        writer.size_columns([(f.en, f.vi, values.get(f.key), meaning(f)) for f in fields])
        writer.write_headers(repeat=False)
        for field in fields:
            fmt = {"date": "date", "datetime": "datetime", "int": "int",
                   "number": "qty1"}.get(field.kind, "text")
            is_formula = field.key in formulas
            cell = self.formats.cell(fmt, formula=is_formula, left=True)
            value = values.get(field.key)
            if isinstance(value, str):
                check_text(value, f"{writer.name}: {field.en}")
            row = writer.write_row(
                [field.en, field.vi, value, meaning(field)],
                {2: (formulas[field.key], value)} if is_formula else None,
                [writer.cell_format(0), writer.cell_format(1), cell, writer.cell_format(3)])
            if field.codes:
                writer.sheet.data_validation(row, 2, row, 2, {
                    "validate": "list", "source": list(field.codes)})
        writer.finish()

    def cover(self) -> None:
        data, audit = self.data, self.data.audit
        writer = SheetWriter(self.book, self.formats, c.COVER, c.FIELD_COLUMNS,
                             c.TITLED_HEADER_ROW)
        sheet = writer.sheet
        sheet.write_string(0, 0, TITLE, self.formats.title)
        sheet.write_string(1, 0, f"{data.enterprise.name} — {audit.title}", self.formats.subtitle)
        values: dict[str, Any] = {
            "enterprise": data.enterprise.name, "park": data.park.name,
            "province": data.park.province,
            "sector": label(c.SECTORS, data.enterprise.sector), "title": audit.title,
            "audit_type": audit.audit_type, "start_date": iso_date(audit.start_date),
            "end_date": iso_date(audit.end_date), "auditors": audit.auditors,
            "reviewer": audit.reviewer, "status": audit.status,
            "baseline_start": iso_date(audit.baseline_start),
            "baseline_end": iso_date(audit.baseline_end), "grid_year": audit.grid_year,
            "template_code": audit.template_code, "template_version": audit.template_version,
            "template_addons": addon_codes(audit), "notes": audit.notes,
            "reference_set": data.reference.name,
            "reference_date": iso_date(data.reference.effective_date),
            "app_version": data.app_version, "format_version": c.FORMAT_VERSION,
            "exported_at": data.exported_at, "audit_id": audit.id,
            "enterprise_id": data.enterprise.id, "park_id": data.park.id,
        }
        rows = self.enterprise_rows
        formulas = {"enterprise": f"={c.ENTERPRISE}!$C${rows['name']}",
                    "park": f"={c.ENTERPRISE}!$C${rows['park_name']}",
                    "province": f"={c.ENTERPRISE}!$C${rows['park_province']}"}
        self._fields(writer, c.COVER_FIELDS, values, formulas,
                     {"audit_type": c.AUDIT_TYPES, "status": c.AUDIT_STATUSES})
        self._legend(writer)
        sheet.set_portrait()
        sheet.fit_to_pages(1, 1)

    def _legend(self, writer: SheetWriter) -> None:
        sheet, formats = writer.sheet, self.formats
        row = writer.row + 1
        sheet.write_string(row, 0, "Legend", formats.bold)
        sheet.write_string(row, 1, "Chú giải", formats.bold)
        row += 1
        for english, vietnamese in c.LEGEND:
            lines = max(math.ceil(len(english) / 33), math.ceil(len(vietnamese) / 37))
            sheet.set_row(row, 14 * lines)
            sheet.write_string(row, 0, english, formats.wrap)
            sheet.write_string(row, 1, vietnamese, formats.wrap)
            row += 1
        for title_en, title_vi, table in (
                ("RECP techniques", "Kỹ thuật RECP", c.TECHNIQUES),
                ("Opportunity statuses", "Trạng thái giải pháp", c.OPPORTUNITY_STATUSES),
                ("Priorities", "Mức ưu tiên", c.PRIORITIES)):
            row += 1
            sheet.write_string(row, 0, title_en, formats.bold)
            sheet.write_string(row, 1, title_vi, formats.bold)
            row += 1
            for code, (english, vietnamese) in table.items():
                sheet.write_string(row, 0, f"{code} — {english}")
                sheet.write_string(row, 1, vietnamese)
                row += 1

    def enterprise(self) -> None:
        ent, park = self.data.enterprise, self.data.park
        writer = SheetWriter(self.book, self.formats, c.ENTERPRISE, c.FIELD_COLUMNS)
        values: dict[str, Any] = {
            "name": ent.name, "sector": ent.sector, "products": ent.products,
            "capacity": ent.capacity, "employees": ent.employees, "shifts": ent.shifts,
            "operating_hours": ent.operating_hours, "voltage_level": ent.voltage_level,
            "address": ent.address, "contact_name": ent.contact_name,
            "contact_phone": ent.contact_phone, "contact_email": ent.contact_email,
            "notes": ent.notes, "park_name": park.name, "park_province": park.province,
            "park_board": park.management_board,
        }
        self._fields(writer, c.ENTERPRISE_FIELDS, values, {},
                     {"sector": c.SECTORS, "voltage_level": c.VOLTAGE_LEVELS})

    # --- Baseline and Monthly -------------------------------------------------------------------

    def baseline(self) -> None:
        data = self.data
        b = data.baseline
        writer = SheetWriter(self.book, self.formats, c.BASELINE, c.BASELINE_COLUMNS)
        carriers = b.carriers
        first = c.HEADER_ROW + 2
        total = first + len(carriers)  # the Excel row of the totals
        production_row = total + 3
        prod = f"$E${production_row}"
        rate = self.rate_cell or '""'
        production = data.production_total
        samples = []
        for item in carriers:
            known = c.CARRIERS.get(item.carrier)
            samples.append([item.carrier, known[0] if known else item.carrier,
                            known[1] if known else item.carrier, display_unit(item.unit)])
        writer.size_columns(samples)
        writer.write_headers()
        for item, sample in zip(carriers, samples, strict=True):
            n = writer.row + 1
            f = item.factors
            specific = item.amount / production if production > 0 else None
            unit = (f"{display_unit(item.unit)}/{data.production_unit}"
                    if data.product else "")
            values = [*sample, item.amount, f.gj, None, f.toe, None, f.co2e_t, None,
                      f.biogenic_co2_t, None, f.price_vnd, None, None, None, None, None, unit]

            def times(factor: str) -> str:
                return f'=IF(ISNUMBER({factor}{n}),E{n}*{factor}{n},"")'  # noqa: B023

            writer.write_row(values, {
                6: (times("F"), item.gj), 8: (times("H"), item.toe),
                10: (times("J"), item.co2e_t), 12: (times("L"), item.biogenic_co2_t),
                14: (times("N"), item.cost_vnd),
                15: (f'=IF(AND(ISNUMBER(O{n}),N({rate})>0),O{n}/{rate},"")', item.cost_usd),
                16: (f'=IF(AND(ISNUMBER(G{n}),N(G${total})>0),G{n}/G${total},"")',
                     item.share_gj),
                17: (f'=IF(AND(ISNUMBER(O{n}),N(O${total})>0),O{n}/O${total},"")',
                     item.share_cost),
                18: (f'=IF(AND(ISNUMBER(E{n}),N({prod})>0),E{n}/{prod},"")', specific),
            })
        writer.finish()
        if not carriers:
            writer.sheet.write_string(writer.row + 1, 0, "No meter readings in the baseline "
                                      "period · Không có số đọc công tơ trong kỳ cơ sở")
            return
        self._baseline_totals(writer, first, total, production_row)

    def _baseline_totals(self, writer: SheetWriter, first: int, total: int,
                         production_row: int) -> None:
        data, b, formats = self.data, self.data.baseline, self.formats
        last = total - 1
        production = data.production_total
        values: list[Any] = ["Total · Tổng"] + [None] * (len(c.BASELINE_COLUMNS) - 1)
        cells: dict[int, tuple[str, float | None]] = {
            6: ("G", b.total_gj), 8: ("I", b.total_toe), 10: ("K", b.total_co2e_t),
                 12: ("M", b.total_biogenic_co2_t), 14: ("O", b.total_cost_vnd),
                 15: ("P", b.total_cost_usd)}
        formulas = {i: (f"=SUM({col}{first}:{col}{last})", cached)
                    for i, (col, cached) in cells.items()}
        specific = (f'=IF(AND(N(G{total})>0,N($E${production_row})>0),'
                    f'G{total}/$E${production_row},"")')
        formulas[18] = (specific,
                        b.total_gj / production if production > 0 and b.total_gj > 0 else None)
        values[19] = f"GJ/{data.production_unit}" if data.product else ""
        bold = [formats.bold_cell(col.fmt, i in formulas)
                for i, col in enumerate(c.BASELINE_COLUMNS)]
        writer.write_row(values, formulas, bold)
        sheet = writer.sheet
        block = [
            ("Product", "Sản phẩm", data.product or None, None),
            ("Production in the period", "Sản lượng trong kỳ",
             production if data.product else None, None),
            ("Production unit", "Đơn vị sản lượng", data.production_unit or None, None),
            ("Baseline period", "Kỳ cơ sở",
             f"{data.period.first_month} – {data.period.last_month}", None),
            ("Key energy user (≥ 1,000 TOE/yr)", "Cơ sở sử dụng năng lượng trọng điểm",
             None, (f'=IF(N(I{total})>=1000,"yes","no")', "yes" if b.key_energy_user else "no")),
        ]
        row = production_row - 2  # 0-based
        for english, vietnamese, value, formula in block:
            sheet.merge_range(row, 0, row, 1, english, formats.bold)
            sheet.merge_range(row, 2, row, 3, vietnamese, formats.wrap)
            if formula is not None:
                sheet.write_formula(row, 4, formula[0], formats.cell("text", True), formula[1])
            elif isinstance(value, float):
                sheet.write_number(row, 4, value, formats.cell("qty1"))
            elif value is not None:
                sheet.write_string(row, 4, check_text(str(value), "Baseline: product"))
            row += 1

    def monthly(self) -> None:
        data = self.data
        writer = SheetWriter(self.book, self.formats, c.MONTHLY, c.MONTHLY_COLUMNS)
        writer.size_columns([[None, m.meter.name, m.meter.carrier, m.meter.unit, None,
                              data.product, None, data.production_unit, None, m.parent_name]
                             for m in data.meters])
        writer.write_headers()
        for item in data.meters:
            meter = item.meter
            check_text(meter.name, "Monthly: meter")
            for month, value in item.months:
                n = writer.row + 1
                made = data.production.get(month)
                specific = value / made if value is not None and made else None
                writer.write_row([
                    _dt.date(int(month[:4]), int(month[5:7]), 1), meter.name, meter.carrier,
                    meter.unit, value, data.product if made is not None else None, made,
                    data.production_unit if made is not None else None, None,
                    item.parent_name or None, meter.id, meter.parent_id or None,
                ], {8: (f'=IF(AND(ISNUMBER(E{n}),N(G{n})>0),E{n}/G{n},"")', specific)})
        writer.finish()

    # --- Checklist, Opportunities, Summary, Reference ------------------------------------------

    def checklist(self) -> None:
        writer = SheetWriter(self.book, self.formats, c.CHECKLIST, c.CHECKLIST_COLUMNS)
        lines = self.data.checklist
        writer.size_columns([[ln.area, ln.area_vi, ln.area_en, ln.item, ln.text_vi, ln.text_en,
                              ln.answer_type, None, ln.answer_label,
                              None, None, ln.response.note if ln.response else None]
                             for ln in lines])
        writer.write_headers()
        for line in lines:
            r = line.response
            where = f"Checklist: {line.item}"
            writer.write_row([
                line.area, line.area_vi, line.area_en, line.item, line.text_vi, line.text_en,
                line.answer_type, check_text(r.answer, where) if r else None,
                line.answer_label or None, r.value if r else None, r.unit if r else None,
                check_text(r.note, where) if r else None,
                (r.finding if r else None), line.photos, r.id if r else None,
            ])
        writer.finish(validation_rows=0)

    def opportunity_lines(self) -> list[OpportunityLine]:
        data = self.data
        lines = []
        for row in data.rows:
            opp = data.opportunities[row.id]
            unknown = sorted(set(row.savings) - set(c.CARRIERS))
            if unknown:
                raise ExportError(fill(translate(
                    "Workbook", "Opportunity %1 saves %2, which the workbook has no column for. "
                                "Change the carrier of that saving, then export again."),
                    row.code or row.title, ", ".join(unknown)))
            names = data.area_names.get(row.area)
            area_name = "" if names is None else (
                names[0] if names[0] == names[1] else f"{names[0]} / {names[1]}")
            where = fill(translate("Workbook", "Opportunity %1"), row.code or row.title)
            for text in (row.title, row.description, row.owner, row.partner):
                check_text(text, where)
            lines.append(OpportunityLine(
                code=row.code, title=row.title, description=row.description, area=row.area,
                area_name=area_name, technique=row.technique, estimator=row.estimator_id,
                savings=row.savings, cost_vnd=row.cost_savings_vnd, vnd_per_usd=data.vnd_per_usd,
                cost_usd=row.cost_savings_usd, inv_equipment=opp.investment_equipment,
                inv_installation=opp.investment_installation,
                inv_engineering=opp.investment_engineering, inv_other=opp.investment_other,
                investment=row.investment_vnd, om_change=row.om_cost_change_vnd,
                net=row.net_savings_vnd, payback=_nonfinite_none(row.payback_yr),
                lifetime=row.lifetime_yr, discount_rate=row.discount_rate,
                npv=_nonfinite_none(row.npv_vnd), irr=_nonfinite_none(row.irr), co2e=row.co2e_t,
                status=row.status, priority=row.priority, owner=row.owner,
                symbiosis=row.symbiosis, partner=row.partner,
                comments=check_text(data.comments.get(row.id, ""), where),
                checklist_item=opp.checklist_item_code, id=row.id))
        return lines

    def opportunities(self) -> None:
        writer = SheetWriter(self.book, self.formats, c.OPPORTUNITIES, c.OPPORTUNITY_COLUMNS)
        table = OpportunityTable(writer, self.rate_cell)
        lines = self.opportunity_lines()
        writer.size_columns([table.values(line) for line in lines])
        writer.write_headers()
        for line in lines:
            table.add(line)
        writer.finish(validation_rows=100)
        self.opportunity_ranges = OpportunityRanges(
            {col.key: writer.letter(col.key) for col in c.OPPORTUNITY_COLUMNS},
            c.HEADER_ROW + 2, writer.row)

    def summary(self) -> None:
        data = self.data
        figures = []
        for symbiosis in (False, True, None):
            kept = [r for r in data.rows if symbiosis is None or r.symbiosis == symbiosis]
            techniques: dict[str, int] = {}
            statuses: dict[str, int] = {}
            for row in kept:
                statuses[row.status] = statuses.get(row.status, 0) + 1
                if row.status != "rejected":
                    techniques[row.technique] = techniques.get(row.technique, 0) + 1
            figures.append(GroupFigures(data.totals(symbiosis), techniques, statuses))
        SummaryWriter(self.book, self.formats, self.opportunity_ranges, figures,
                      [ExtraCount("enterprises", "Enterprises", "Số doanh nghiệp", 1)],
                      self.rate_cell).write(
            f"{data.enterprise.name} — {data.audit.title}")

    def reference(self) -> None:
        data = self.data
        writer = SheetWriter(self.book, self.formats, c.REFERENCE, c.REFERENCE_COLUMNS)
        rows = [[data.reference.name, iso_date(data.reference.effective_date), f.key,
                 f.category, f.label_en, f.label_vi, f.value, f.unit, f.source,
                 iso_date(f.effective_date), f.note or None] for f in data.factors]
        writer.size_columns(rows)
        writer.write_headers()
        for values in rows:
            writer.write_row(values)
        writer.finish()


def write_audit_workbook(data: AuditData, path: Path, report: Report | None = None) -> None:
    """Write the workbook of ``data`` to ``path`` (not atomic: see ``export_audit_workbook``)."""
    book = open_book(path)
    try:
        AuditWorkbookWriter(data, book, report).write()
    except BaseException:
        with contextlib.suppress(Exception):
            book.close()  # releases xlsxwriter's temporary files; the caller removes ``path``
        raise
    book.close()
