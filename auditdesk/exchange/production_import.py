"""Import production figures (period or month, product, quantity, unit) from CSV or Excel.

Same flow and rules as :mod:`auditdesk.exchange.readings_import` (inspect,
preview, parse in chunks, problems with file row numbers). A period is a month
(``2024-01``, ``01/2024``, ``T1/2024``, ``Tháng 1/2024`` or any date in it) or
a start and an end date (both inclusive). Quantities are converted to
``mapping.unit`` when a unit column is mapped (kg/t, L/m3, kWh/MWh ...).
Row problems: text in a number, unknown date or month, end before start,
negative quantity, the same product and period twice, a unit that is unknown
or does not convert to ``mapping.unit``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from auditdesk.calc.consumption import unit_factor
from auditdesk.exchange import cell_values as cv
from auditdesk.exchange.import_engine import (
    Engine,
    FileOptions,
    ImportChunk,
    ImportFailed,
    Preview,
    Problem,
    ProblemKind,
    failed,
    text_of,
)
from auditdesk.exchange.import_messages import say
from auditdesk.exchange.table_source import DEFAULT_MAX_BYTES, Cell
from auditdesk.model.entities import ProductionRecord


@dataclass(frozen=True)
class ProductionMapping(FileOptions):
    """Columns of production figures: ``month_column``, or ``start_column`` and
    ``end_column``; ``product_column`` or a fixed ``product``; ``unit_column``
    or quantities already in ``unit``."""

    quantity_column: str = ""
    month_column: str | None = None
    start_column: str | None = None
    end_column: str | None = None
    product_column: str | None = None
    product: str = ""
    unit_column: str | None = None
    unit: str = "t"
    enterprise_id: str = ""


class _ProductionRows:
    """Turns one data row into a ProductionRecord or problems."""

    def __init__(self, engine: Engine, mapping: ProductionMapping) -> None:
        self.engine, self.mapping = engine, mapping
        self.dates = engine.detect("quantity", ("month", "start", "end"))
        self.seen: set[tuple[str, str, str]] = set()

    def _period(self, row: int, cells: list[Cell]) -> tuple[_dt.date, _dt.date] | Problem:
        engine = self.engine
        role = "month" if "month" in engine.index else "start"
        try:
            if role == "month":
                return cv.parse_month(engine.cell(cells, "month"), self.dates)
            start = self.dates.read(engine.cell(cells, "start"))[0].date()
            role = "end"
            end = self.dates.read(engine.cell(cells, "end"))[0].date()
        except cv.CellError as exc:
            return engine.cell_problem(row, cells, role, exc)
        if end < start:
            return engine.problem(row, cells, "end", say("end_before_start"), ProblemKind.BAD_DATE)
        return start, end

    def _quantity(self, row: int, cells: list[Cell], found: list[Problem]) -> float | None:
        engine = self.engine
        try:
            quantity = cv.parse_number(engine.cell(cells, "quantity"), bool(engine.decimal_comma))
        except cv.CellError as exc:
            found.append(engine.cell_problem(row, cells, "quantity", exc))
            return None
        if "unit" not in engine.index:
            return quantity
        try:
            return quantity * unit_factor(text_of(engine.cell(cells, "unit")), self.mapping.unit)
        except ValueError as exc:
            found.append(engine.problem(row, cells, "unit", str(exc), ProblemKind.UNKNOWN_UNIT))
            return None

    def convert(self, row: int, cells: list[Cell]) -> tuple[ProductionRecord | None, list[Problem]]:
        engine, mapping, found = self.engine, self.mapping, []
        period = self._period(row, cells)
        if isinstance(period, Problem):
            found.append(period)
        quantity = self._quantity(row, cells, found)
        if found or quantity is None or isinstance(period, Problem):
            return None, found
        if quantity < 0:
            message = say("negative_production")
            return None, [engine.problem(row, cells, "quantity", message, ProblemKind.NEGATIVE)]
        product = mapping.product
        if "product" in engine.index:
            product = text_of(engine.cell(cells, "product")).strip()
        start, end = period[0].isoformat(), period[1].isoformat()
        key = (product.casefold(), start, end)
        if key in self.seen:
            message = say("duplicate_production")
            return None, [Problem(row, None, product, message, ProblemKind.DUPLICATE)]
        self.seen.add(key)
        record = ProductionRecord(
            enterprise_id=mapping.enterprise_id,
            period_start=start,
            period_end=end,
            product=product,
            quantity=quantity,
            unit=mapping.unit,
        )
        return record, []


def _start(
    path: str | Path, mapping: ProductionMapping, max_bytes: int
) -> tuple[Engine, _ProductionRows]:
    if not mapping.month_column and not (mapping.start_column and mapping.end_column):
        raise failed(ProblemKind.UNKNOWN_COLUMN, say("no_period_columns"))
    roles = {
        "quantity": mapping.quantity_column,
        "month": mapping.month_column,
        "start": mapping.start_column,
        "end": mapping.end_column,
        "product": mapping.product_column,
        "unit": mapping.unit_column,
    }
    engine = Engine(path, mapping, roles, max_bytes)
    try:
        return engine, _ProductionRows(engine, mapping)
    except BaseException:
        engine.table.close()
        raise


def parse_production(
    path: str | Path,
    mapping: ProductionMapping,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[ImportChunk[ProductionRecord]]:
    """Stream production records (quantities in ``mapping.unit``), as readings_import.parse."""
    engine, rows = _start(path, mapping, max_bytes)
    yield from engine.run(rows.convert, progress=progress, cancel=cancel)


def preview_production(
    path: str | Path, mapping: ProductionMapping, limit: int = 50
) -> Preview[ProductionRecord]:
    """The first ``limit`` production rows parsed, and every problem in them."""
    try:
        engine, rows = _start(path, mapping, DEFAULT_MAX_BYTES)
    except ImportFailed as exc:
        return Preview([], [exc.problem])
    return engine.preview(rows.convert, limit)
