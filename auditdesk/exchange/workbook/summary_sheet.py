"""The Summary sheet: the office's headline sentence and one row per KPI (no Qt).

Every KPI is a live formula over the Opportunities sheet (COUNTIFS / SUMIFS,
rejected opportunities left out) in three columns: RECP opportunities, the
industrial-symbiosis ones, and all of them; the USD totals and the weighted
payback are formulas over the KPI cells themselves. The cached values are
AuditDesk's (``store.estimates.sum_rows``). The two headline sentences, English
then Vietnamese, are formulas over the KPI cells too.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.workbook.cells import Formats, SheetWriter
from auditdesk.exchange.workbook.contract import (
    CARRIER_COLUMNS,
    CARRIERS,
    HEADLINE_WATER,
    OPPORTUNITIES,
    OPPORTUNITY_STATUSES,
    SUMMARY,
    SUMMARY_COLUMNS,
    TECHNIQUES,
    TITLED_HEADER_ROW,
)

if TYPE_CHECKING:  # pragma: no cover
    from xlsxwriter.workbook import Workbook

    from auditdesk.store.estimates import Totals

GROUPS = ("no", "yes", None)  # RECP, industrial symbiosis, all (the symbiosis column's value)


@dataclass(frozen=True)
class GroupFigures:
    """The cached values of one value column: totals, counts per technique and status."""

    totals: Totals
    techniques: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class OpportunityRanges:
    """Where the Opportunities table is: Excel rows ``first``..``last`` and column letters."""

    letters: dict[str, str]
    first: int
    last: int

    def range(self, key: str) -> str:
        letter = self.letters[key]
        return f"{OPPORTUNITIES}!${letter}${self.first}:${letter}${max(self.last, self.first)}"


@dataclass(frozen=True)
class ExtraCount:
    """A count that is not split by group (enterprises, audits, parks): value in "All"."""

    code: str
    en: str
    vi: str
    value: int
    formula: str = ""  # empty: written as data


def fixed(value: Any, decimals: int = 0) -> str:
    """What the spreadsheet's FIXED(N(value), decimals) shows in English: 1,234,568."""
    number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else 0
    quantum = decimal.Decimal(1).scaleb(-decimals)
    rounded = decimal.Decimal(repr(float(number))).quantize(quantum, decimal.ROUND_HALF_UP)
    return f"{rounded:,.{decimals}f}"


def _plural(count: Any, one: str, many: str) -> str:
    return one if count == 1 else many


class SummaryWriter:
    """Lays out and writes the Summary sheet (headline first: constant-memory order)."""

    def __init__(self, book: Workbook, formats: Formats, ranges: OpportunityRanges,
                 figures: Sequence[GroupFigures], extras: Sequence[ExtraCount],
                 usd_rate_cell: str | None) -> None:
        self.writer = SheetWriter(book, formats, SUMMARY, SUMMARY_COLUMNS, TITLED_HEADER_ROW)
        self.formats = formats
        self.ranges = ranges
        self.figures = figures
        self.extras = extras
        self.usd_rate_cell = usd_rate_cell
        self.rows: list[tuple[list[Any], dict[int, tuple[str, Any]]]] = []
        self.cells: dict[str, int] = {}  # KPI code -> Excel row number
        self._formats: dict[int, str] = {}  # Excel row number -> number format of its values

    # --- formulas ----------------------------------------------------------------------------

    def _criteria(self, group: str | None) -> str:
        status = f'{self.ranges.range("status")},"<>rejected"'
        if group is None:
            return status
        return f'{status},{self.ranges.range("symbiosis")},"{group}"'

    def _count(self, group: str | None, extra: str = "") -> str:
        return f'=COUNTIFS({self.ranges.range("id")},"<>",{extra}{self._criteria(group)})'

    def _sum(self, key: str, group: str | None) -> str:
        return f"=SUMIFS({self.ranges.range(key)},{self._criteria(group)})"

    # --- layout --------------------------------------------------------------------------------

    def _add(self, section: str, code: str, en: str, vi: str, unit: str, fmt: str,
             cells: Sequence[tuple[str, Any] | None]) -> None:
        """One KPI row; ``cells`` holds (formula, cached) for RECP, symbiosis, all."""
        number = TITLED_HEADER_ROW + 2 + len(self.rows)
        self.cells[code] = number
        formulas = {5 + i: cell for i, cell in enumerate(cells) if cell is not None and cell[0]}
        values = [section, code, en, vi, unit,  # an empty formula: the value as data
                  *(cell[1] if cell is not None and not cell[0] else None for cell in cells)]
        self.rows.append((values, formulas))
        self._formats[number] = fmt

    def layout(self) -> None:
        """Every KPI row with its formulas and cached values, before anything is written."""
        groups = list(zip(GROUPS, self.figures, strict=True))
        for extra in self.extras:
            self._add("portfolio", extra.code, extra.en, extra.vi, "", "int",
                      [None, None, (extra.formula, extra.value)])
        self._add("totals", "opportunities", "Opportunities (rejected ones left out)",
                  "Số giải pháp (không tính giải pháp bị từ chối)", "", "int",
                  [(self._count(g), f.totals.count) for g, f in groups])
        for column, code in zip(CARRIER_COLUMNS, CARRIERS, strict=True):
            unit = f"{CARRIERS[code][2]}/yr"
            self._add("totals", code, column.en, column.vi, unit, "qty",
                      [(self._sum(column.key, g), f.totals.savings.get(code, 0.0))
                       for g, f in groups])
        self._add("totals", "cost_vnd", "Cost savings (VND/yr)", "Tiết kiệm chi phí (VND/năm)",
                  "VND/yr", "vnd", [(self._sum("cost_vnd", g), f.totals.cost_savings_vnd)
                                    for g, f in groups])
        usd: list[tuple[str, Any] | None] = []
        vnd_row = self.cells["cost_vnd"]
        for i, (group, figures) in enumerate(groups):
            col = "FGH"[i]
            if self.usd_rate_cell:
                rate = self.usd_rate_cell
                usd.append((f'=IF(N({rate})>0,{col}{vnd_row}/{rate},"")',
                            figures.totals.cost_savings_usd))
            else:
                usd.append((self._sum("cost_usd", group), figures.totals.cost_savings_usd))
        self._add("totals", "cost_usd", "Cost savings (USD/yr)", "Tiết kiệm chi phí (USD/năm)",
                  "USD/yr", "usd", usd)
        self._add("totals", "investment", "Investment (VND)", "Tổng đầu tư (VND)", "VND", "vnd",
                  [(self._sum("investment", g), f.totals.investment_vnd) for g, f in groups])
        self._add("totals", "net", "Net savings (VND/yr)", "Tiết kiệm ròng (VND/năm)", "VND/yr",
                  "vnd", [(self._sum("net", g), f.totals.net_savings_vnd) for g, f in groups])
        self._add("totals", "co2e", "CO2e reduction (t/yr)", "Giảm phát thải CO2e (t/năm)",
                  "t/yr", "tco2", [(self._sum("co2e", g), f.totals.co2e_t) for g, f in groups])
        inv, net = self.cells["investment"], self.cells["net"]
        self._add("totals", "payback", "Weighted payback (yr)",
                  "Thời gian hoàn vốn bình quân (năm)", "yr", "yr",
                  [(f'=IF({c}{net}>0,MAX({c}{inv},0)/{c}{net},"")', f.totals.weighted_payback_yr)
                   for c, f in zip("FGH", self.figures, strict=True)])
        for code, (en, vi) in TECHNIQUES.items():
            technique = f'{self.ranges.range("technique")},"{code}",'
            self._add("technique", code, en, vi, "", "int",
                      [(self._count(g, technique), f.techniques.get(code, 0))
                       for g, f in groups])
        for code, (en, vi) in OPPORTUNITY_STATUSES.items():
            cells: list[tuple[str, Any] | None] = []
            for group, figures in groups:
                criteria = f'{self.ranges.range("status")},"{code}"'
                if group is not None:
                    criteria += f',{self.ranges.range("symbiosis")},"{group}"'
                cells.append((f'=COUNTIFS({self.ranges.range("id")},"<>",{criteria})',
                              figures.statuses.get(code, 0)))
            self._add("status", code, en, vi, "", "int", cells)

    # --- the headline --------------------------------------------------------------------------

    def headline(self) -> tuple[tuple[str, str], tuple[str, str]]:
        """(formula, cached text) of the English and the Vietnamese sentence."""
        c = self.cells
        recp, sym = self.figures[0].totals, self.figures[1].totals
        enterprises = next((e.value for e in self.extras if e.code == "enterprises"), 0)
        ref: Callable[[str, str], str] = lambda col, code: f"N({col}{c[code]})"
        n, m, e = ref("F", "opportunities"), ref("G", "opportunities"), ref("H", "enterprises")
        kwh, m3 = ref("F", "electricity"), ref("F", HEADLINE_WATER)
        usd, co2 = ref("F", "cost_usd"), ref("F", "co2e")
        values = (recp.count, sym.count, enterprises, recp.savings.get("electricity", 0.0),
                  recp.savings.get(HEADLINE_WATER, 0.0), recp.cost_savings_usd, recp.co2e_t)
        vn, vm, ve, vkwh, vm3, vusd, vco2 = values
        english_formula = (
            f'=FIXED({n},0)&IF({n}=1," RECP solution"," RECP solutions")&" proposed for "&'
            f'FIXED({e},0)&IF({e}=1," enterprise"," enterprises")&", saving "&FIXED({kwh},0)&'
            f'" kWh/yr, "&FIXED({m3},0)&" m³/yr, "&FIXED({usd},0)&" USD/yr and "&FIXED({co2},1)'
            f'&" tCO2e/yr; "&FIXED({m},0)&IF({m}=1," industrial-symbiosis solution",'
            f'" industrial-symbiosis solutions")&" counted apart."')
        symbiosis = _plural(vm, " industrial-symbiosis solution", " industrial-symbiosis solutions")
        english_text = (
            f"{fixed(vn)}{_plural(vn, ' RECP solution', ' RECP solutions')} proposed for "
            f"{fixed(ve)}{_plural(ve, ' enterprise', ' enterprises')}, saving {fixed(vkwh)} "
            f"kWh/yr, {fixed(vm3)} m³/yr, {fixed(vusd)} USD/yr and {fixed(vco2, 1)} tCO2e/yr; "
            f"{fixed(vm)}{symbiosis} counted apart.")
        vietnamese_formula = (
            f'=FIXED({n},0)&" giải pháp RECP được đề xuất cho "&FIXED({e},0)&" doanh nghiệp, '
            f'tiết kiệm "&FIXED({kwh},0)&" kWh/năm, "&FIXED({m3},0)&" m³/năm, "&FIXED({usd},0)&'
            f'" USD/năm và "&FIXED({co2},1)&" tCO2e/năm; "&FIXED({m},0)&" giải pháp cộng sinh '
            f'công nghiệp được tính riêng."')
        vietnamese_text = (
            f"{fixed(vn)} giải pháp RECP được đề xuất cho {fixed(ve)} doanh nghiệp, tiết kiệm "
            f"{fixed(vkwh)} kWh/năm, {fixed(vm3)} m³/năm, {fixed(vusd)} USD/năm và "
            f"{fixed(vco2, 1)} tCO2e/năm; {fixed(vm)} giải pháp cộng sinh công nghiệp được "
            f"tính riêng.")
        english, vietnamese = (english_formula, english_text), (vietnamese_formula,
                                                                vietnamese_text)
        return english, vietnamese

    # --- writing ---------------------------------------------------------------------------------

    def write(self, title: str, notes: Sequence[str] = ()) -> None:
        """Title, the two headline sentences, the KPI table (and ``notes`` under it)."""
        self.layout()
        sheet, formats = self.writer.sheet, self.formats
        self.writer.size_columns([values for values, _ in self.rows])
        wrap = formats.book.add_format({"text_wrap": True, "valign": "top", "font_size": 12,
                                        "bold": True, "bg_color": "#F2F4F6"})
        sheet.write_string(0, 0, title, formats.title)
        for row, (formula, cached) in zip((1, 2), self.headline(), strict=True):
            sheet.set_row(row, 36)
            sheet.merge_range(row, 0, row, len(SUMMARY_COLUMNS) - 1, "", wrap)
            sheet.write_formula(row, 0, formula, wrap, cached)
        self.writer.write_headers()
        for values, formulas in self.rows:
            number_format = self._formats[self.writer.row + 1]
            self.writer.write_row(values, formulas, [
                self.writer.cell_format(i) if i < 5 else
                formats.cell(number_format, formula=i in formulas) for i in range(len(values))])
        self.writer.finish()
        row = self.writer.row + 1
        for note in notes:
            sheet.write_string(row, 0, note, formats.wrap)
            row += 1
