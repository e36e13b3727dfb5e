"""Writing the portfolio roll-up workbook (WORKBOOK.md, "One portfolio"; no Qt).

Sheets: Summary (the headline sentence and the KPIs), Portfolio (one row per
audit), ByPark, ByTechnique, ByStatus, Opportunities (every opportunity of every
audit) and Reference (the factors of every reference-data set used). Every
aggregate is a COUNTIFS/SUMIFS formula over the Opportunities sheet with
AuditDesk's value cached; rows are written in order in constant-memory mode.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.workbook import contract as c
from auditdesk.exchange.workbook.audit_writer import iso_date
from auditdesk.exchange.workbook.cells import Formats, SheetWriter, open_book
from auditdesk.exchange.workbook.opportunity_sheet import OpportunityTable
from auditdesk.exchange.workbook.rollup_data import Portfolio
from auditdesk.exchange.workbook.rollup_metrics import MetricArrays, Metrics, ordered_sum
from auditdesk.exchange.workbook.summary_sheet import (
    ExtraCount,
    GroupFigures,
    OpportunityRanges,
    SummaryWriter,
)

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    from xlsxwriter.workbook import Workbook

Report = Callable[[int, int, str], None]
TITLE = "AuditDesk — portfolio roll-up · Tổng hợp danh mục đánh giá RECP"
_SIZE_SAMPLE = 2_000  # rows looked at to size columns
_REPORT_EVERY = 2_000


def _cached(value: Any) -> Any:
    """A metric as cached: counts as integers, NaN (no payback) as empty."""
    import math

    if isinstance(value, float) and math.isnan(value):
        return None
    return float(value)


class RollupWriter:
    """Writes the roll-up of one ``Portfolio``; ``notes`` go under the Summary table."""

    def __init__(self, portfolio: Portfolio, book: Workbook, notes: Sequence[str],
                 report: Report | None = None) -> None:
        self.p = portfolio
        self.book = book
        self.formats = Formats(book)
        self.notes = notes
        self.report = report or (lambda done, total, text: None)
        self.arrays = MetricArrays(portfolio)
        first = c.HEADER_ROW + 2
        letters = {col.key: _letter(c.ROLLUP_OPPORTUNITY_COLUMNS, col.key)
                   for col in c.ROLLUP_OPPORTUNITY_COLUMNS}
        self.ranges = OpportunityRanges(letters, first, first + len(portfolio.lines) - 1)

    def write(self) -> None:
        steps = [self.summary, self.portfolio, self.by_park, self.by_technique, self.by_status,
                 self.opportunities, self.reference]
        total = len(self.p.lines) + len(steps)
        for done, step in enumerate(steps):
            self.report(done, total, "")
            step()

    # --- aggregate tables --------------------------------------------------------------------

    def _metric_formulas(self, writer: SheetWriter, n: int, criteria: str,
                         status: str = '"<>rejected"', rate_cell: str | None = None
                         ) -> dict[int, str]:
        """COUNTIFS/SUMIFS of every metric column present in ``writer`` for Excel row ``n``."""
        r = self.ranges.range
        kept = f'{r("status")},{status}'
        recp = f'{criteria},{kept},{r("symbiosis")},"no"'
        sym = f'{criteria},{kept},{r("symbiosis")},"yes"'
        formulas = {"recp_count": f'=COUNTIFS({recp})',
                    "is_count": f'=COUNTIFS({sym})',
                    "is_cost_vnd": f'=SUMIFS({r("cost_vnd")},{sym})',
                    "is_co2e": f'=SUMIFS({r("co2e")},{sym})',
                    "rejected": f'=COUNTIFS({criteria},{r("status")},"rejected")'}
        for key in [f"saving_{code}" for code in c.CARRIERS] + ["cost_vnd", "cost_usd",
                                                                 "investment", "net", "co2e"]:
            formulas[key] = f"=SUMIFS({r(key)},{recp})"
        if rate_cell is not None:
            cost = f"{writer.letter('cost_vnd')}{n}"
            formulas["cost_usd"] = f'=IF(N({rate_cell})>0,{cost}/{rate_cell},"")'
        inv, net = f"{writer.letter('investment')}{n}", f"{writer.letter('net')}{n}"
        formulas["payback"] = f'=IF({net}>0,MAX({inv},0)/{net},"")'
        return {writer.index[key]: formula for key, formula in formulas.items()
                if key in writer.index}

    def _aggregate(self, name: str, columns: tuple[c.Column, ...],
                   rows: Sequence[dict[str, Any]], metrics: Metrics,
                   criteria: Callable[[SheetWriter, int, int], tuple[str, str]],
                   extra: Callable[[SheetWriter, int, int], dict[int, tuple[str, Any]]] | None
                   = None, rate: bool = False) -> None:
        writer = SheetWriter(self.book, self.formats, name, columns)
        keys = [col.key for col in columns]
        writer.size_columns([[row.get(k) for k in keys] for row in rows[:_SIZE_SAMPLE]])
        writer.write_headers()
        for group, row in enumerate(rows):
            n = writer.row + 1
            condition, status = criteria(writer, group, n)
            rate_cell = f"{writer.letter('vnd_per_usd')}{n}" if rate else None
            formulas = self._metric_formulas(writer, n, condition, status, rate_cell)
            cached = metrics.row(group)
            if rate:
                fx = row.get("vnd_per_usd")
                cached["cost_usd"] = cached["cost_vnd"] / fx if fx else None
            merged = {i: (f, _cached(cached[keys[i]]) if cached[keys[i]] is not None else None)
                      for i, f in formulas.items()}
            if extra is not None:
                merged.update(extra(writer, group, n))
            writer.write_row([row.get(k) for k in keys], merged)
        writer.finish()

    def portfolio(self) -> None:
        p = self.p
        rows = [{
            "park": a.park, "province": a.province, "enterprise": a.enterprise,
            "sector": a.sector, "audit": a.title, "audit_type": a.audit_type,
            "start_date": iso_date(a.start_date), "end_date": iso_date(a.end_date),
            "status": a.status, "reference_set": p.reference_sets[a.reference_set_id or ""][0].name,
            "vnd_per_usd": a.vnd_per_usd, "audit_id": a.id,
            "enterprise_id": None if p.anonymised else a.enterprise_id, "park_id": a.park_id,
        } for a in p.audits]
        metrics = self.arrays.group(p.line_audit, len(p.audits))

        def criteria(writer: SheetWriter, group: int, n: int) -> tuple[str, str]:
            return f'{self.ranges.range("audit_id")},{writer.letter("audit_id")}{n}', \
                '"<>rejected"'

        self._aggregate(c.PORTFOLIO, c.PORTFOLIO_COLUMNS, rows, metrics, criteria, rate=True)

    def by_park(self) -> None:
        p = self.p
        parks = p.parks
        index = {park_id: i for i, (park_id, _, _) in enumerate(parks)}
        audits = [0] * len(parks)
        enterprises: list[set[str]] = [set() for _ in parks]
        for audit in p.audits:
            audits[index[audit.park_id]] += 1
            enterprises[index[audit.park_id]].add(audit.enterprise_id)
        rows = [{"park": name, "province": province, "enterprises": len(enterprises[i]),
                 "park_id": park_id} for i, (park_id, name, province) in enumerate(parks)]
        metrics = self.arrays.group([index[p.audits[a].park_id] for a in p.line_audit],
                                    len(parks))
        portfolio_ids = _range(c.PORTFOLIO, c.PORTFOLIO_COLUMNS, "park_id", len(p.audits))

        def criteria(writer: SheetWriter, group: int, n: int) -> tuple[str, str]:
            return f'{self.ranges.range("park_id")},{writer.letter("park_id")}{n}', \
                '"<>rejected"'

        def extra(writer: SheetWriter, group: int, n: int) -> dict[int, tuple[str, Any]]:
            return {writer.index["audits"]: (
                f'=COUNTIFS({portfolio_ids},{writer.letter("park_id")}{n})', audits[group])}

        self._aggregate(c.BY_PARK, c.BY_PARK_COLUMNS, rows, metrics, criteria, extra)

    def by_technique(self) -> None:
        codes = list(c.TECHNIQUES)
        index = {code: i for i, code in enumerate(codes)}
        rows = [{"technique": code, "name_en": en, "name_vi": vi}
                for code, (en, vi) in c.TECHNIQUES.items()]
        lines = [index.get(t, len(codes)) for t in self.arrays.technique]
        metrics = self.arrays.group(lines, len(codes) + 1)

        def criteria(writer: SheetWriter, group: int, n: int) -> tuple[str, str]:
            return f'{self.ranges.range("technique")},"{codes[group]}"', '"<>rejected"'

        self._aggregate(c.BY_TECHNIQUE, c.BY_TECHNIQUE_COLUMNS, rows, metrics, criteria)

    def by_status(self) -> None:
        import numpy as np

        codes = list(c.OPPORTUNITY_STATUSES)
        index = {code: i for i, code in enumerate(codes)}
        rows = [{"status": code, "name_en": en, "name_vi": vi}
                for code, (en, vi) in c.OPPORTUNITY_STATUSES.items()]
        lines = [index.get(s, len(codes)) for s in self.arrays.status]
        metrics = self.arrays.group(lines, len(codes) + 1, mask=np.ones(self.arrays.n, bool))

        def criteria(writer: SheetWriter, group: int, n: int) -> tuple[str, str]:
            return f'{self.ranges.range("id")},"<>"', f'"{codes[group]}"'

        self._aggregate(c.BY_STATUS, c.BY_STATUS_COLUMNS, rows, metrics, criteria)

    # --- Summary, Opportunities, Reference -------------------------------------------------------

    def summary(self) -> None:
        import numpy as np

        from auditdesk.store.estimates import Totals

        p, a = self.p, self.arrays
        figures = []
        for kept, members in ((a.recp, ~a.symbiosis), (a.is_kept, a.symbiosis),
                              (~a.rejected, np.ones(a.n, bool))):
            sums = {key: ordered_sum(values, kept) for key, values in a.values.items()}
            investment, net = sums["investment"], sums["net"]
            totals = Totals(
                count=int(kept.sum()),
                savings={code: sums[f"saving_{code}"] for code in c.CARRIERS},
                cost_savings_vnd=sums["cost_vnd"], cost_savings_usd=sums["cost_usd"],
                investment_vnd=investment, net_savings_vnd=net, co2e_t=sums["co2e"],
                weighted_payback_yr=max(investment, 0.0) / net if net > 0 else None)
            techniques = Counter(t for t, k in zip(a.technique, kept, strict=True) if k)
            statuses = Counter(s for s, m in zip(a.status, members, strict=True) if m)
            figures.append(GroupFigures(totals, dict(techniques), dict(statuses)))
        audits = _range(c.PORTFOLIO, c.PORTFOLIO_COLUMNS, "audit_id", len(p.audits))
        parks = _range(c.BY_PARK, c.BY_PARK_COLUMNS, "park_id", len(p.parks))
        extras = [ExtraCount("parks", "Industrial parks", "Số khu công nghiệp", len(p.parks),
                             f'=COUNTIF({parks},"<>")'),
                  ExtraCount("enterprises", "Enterprises", "Số doanh nghiệp", p.enterprises),
                  ExtraCount("audits", "Audits", "Số đợt đánh giá", len(p.audits),
                             f'=COUNTIF({audits},"<>")')]
        SummaryWriter(self.book, self.formats, self.ranges, figures, extras, None).write(
            TITLE, self.notes)

    def opportunities(self) -> None:
        p = self.p
        writer = SheetWriter(self.book, self.formats, c.OPPORTUNITIES,
                             c.ROLLUP_OPPORTUNITY_COLUMNS)
        table = OpportunityTable(writer, None)
        prefixes = [(a.park, a.enterprise, a.title, a.year) for a in p.audits]
        suffixes = [(a.id, a.park_id) for a in p.audits]
        sample = [[*prefixes[p.line_audit[i]], *table.values(line)]
                  for i, line in enumerate(p.lines[:_SIZE_SAMPLE])]
        writer.size_columns(sample)
        writer.write_headers()
        total = len(p.lines) + 7
        for i, line in enumerate(p.lines):
            if i % _REPORT_EVERY == 0:
                self.report(i + 5, total, "")
            audit = p.line_audit[i]
            table.add(line, prefixes[audit], suffixes[audit])
        writer.finish()

    def reference(self) -> None:
        writer = SheetWriter(self.book, self.formats, c.REFERENCE, c.REFERENCE_COLUMNS)
        rows = []
        for ref, factors in sorted(self.p.reference_sets.values(),
                                   key=lambda item: (item[0].name, item[0].effective_date)):
            rows += [[ref.name, iso_date(ref.effective_date), f.key, f.category, f.label_en,
                      f.label_vi, f.value, f.unit, f.source, iso_date(f.effective_date),
                      f.note or None] for f in factors]
        writer.size_columns(rows[:_SIZE_SAMPLE])
        writer.write_headers()
        for values in rows:
            writer.write_row(values)
        writer.finish()


def _letter(columns: tuple[c.Column, ...], key: str) -> str:
    from auditdesk.exchange.workbook.cells import column_letter

    return column_letter([col.key for col in columns].index(key))


def _range(sheet: str, columns: tuple[c.Column, ...], key: str, rows: int) -> str:
    letter = _letter(columns, key)
    first = c.HEADER_ROW + 2
    return f"{sheet}!${letter}${first}:${letter}${max(first, first + rows - 1)}"


def write_rollup_workbook(portfolio: Portfolio, path: Path, notes: Sequence[str] = (),
                          report: Report | None = None) -> None:
    """Write the roll-up of ``portfolio`` to ``path`` (not atomic: see ``export_rollup``)."""
    import contextlib

    book = open_book(path)
    try:
        RollupWriter(portfolio, book, notes, report).write()
    except BaseException:
        with contextlib.suppress(Exception):
            book.close()
        raise
    book.close()
