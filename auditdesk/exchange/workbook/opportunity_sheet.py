"""The Opportunities sheet, shared by the audit workbook and the roll-up (no Qt).

One row per opportunity. Resource savings, cost savings, the investment's four
parts, O&M change, lifetime, discount rate and CO2e are data; investment, USD,
net savings, simple payback, NPV and IRR are live formulas over the row's own
cells, each with AuditDesk's value cached:

- investment = equipment + installation + engineering + other
- USD = VND / exchange rate; net = cost savings − O&M change
- payback = max(I, 0) / net when net > 0 (``financial.simple_payback``)
- NPV = −I + net × (1 − (1 + i)^−n) / i, written −I − PV(i, n, net); n = the lifetime
  rounded half to even, as ``financial.whole_years`` rounds it
- IRR = RATE(n, net, −I), guessed at net / I (``financial.internal_rate_of_return``)

Payback, NPV and IRR are left empty, as in the register, when the lifetime
rounds outside 1–50 years or the rate lies outside (−0.5, 1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from auditdesk.exchange.workbook.cells import SheetWriter
from auditdesk.exchange.workbook.contract import CARRIERS, OPPORTUNITY_COLUMNS


@dataclass(slots=True)
class OpportunityLine:
    """The cells of one opportunity; ``None`` is an empty cell. Money in VND."""

    code: str
    title: str
    description: str
    area: str
    area_name: str
    technique: str
    estimator: str
    savings: dict[str, float]
    cost_vnd: float
    vnd_per_usd: float | None
    cost_usd: float | None
    inv_equipment: float
    inv_installation: float
    inv_engineering: float
    inv_other: float
    investment: float
    om_change: float
    net: float
    payback: float | None
    lifetime: float
    discount_rate: float
    npv: float | None
    irr: float | None
    co2e: float
    status: str
    priority: str
    owner: str
    symbiosis: bool
    partner: str
    comments: str
    checklist_item: str
    id: str


class OpportunityTable:
    """Writes opportunity rows (after ``prefix`` columns, before ``suffix`` ones).

    ``rate_cell``: an absolute reference (``Reference!$G$40``) that the exchange
    rate column points to, or ``None`` to write each row's rate as data.
    """

    def __init__(self, writer: SheetWriter, rate_cell: str | None) -> None:
        self.writer = writer
        self.rate_cell = rate_cell
        offset = writer.index[OPPORTUNITY_COLUMNS[0].key]
        self.offset = offset
        letter = writer.letter
        self.l_cost, self.l_rate, self.l_usd = letter("cost_vnd"), letter("vnd_per_usd"), letter(
            "cost_usd")
        self.l_eq, self.l_other = letter("inv_equipment"), letter("inv_other")
        self.l_inv, self.l_om, self.l_net = letter("investment"), letter("om_change"), letter("net")
        self.l_life, self.l_rate_i = letter("lifetime"), letter("discount_rate")
        self.c_rate, self.c_usd, self.c_inv = (writer.index["vnd_per_usd"],
                                               writer.index["cost_usd"],
                                               writer.index["investment"])
        self.c_net, self.c_payback = writer.index["net"], writer.index["payback"]
        self.c_npv, self.c_irr = writer.index["npv"], writer.index["irr"]

    def values(self, line: OpportunityLine) -> list[Any]:
        """The row's cell values in column order (formula cells hold their cached value)."""
        savings = line.savings
        return [
            line.code, line.title, line.description, line.area, line.area_name, line.technique,
            line.estimator, *(savings.get(code) for code in CARRIERS), line.cost_vnd,
            line.vnd_per_usd, line.cost_usd, line.inv_equipment, line.inv_installation,
            line.inv_engineering, line.inv_other, line.investment, line.om_change, line.net,
            line.payback, line.lifetime, line.discount_rate, line.npv, line.irr, line.co2e,
            line.status, line.priority, line.owner, line.symbiosis, line.partner, line.comments,
            line.checklist_item, line.id,
        ]

    def add(self, line: OpportunityLine, prefix: Sequence[Any] = (),
            suffix: Sequence[Any] = ()) -> int:
        """Write one opportunity; returns its 0-based row."""
        n = self.writer.row + 1  # the Excel row number
        cost, rate, net, inv = f"{self.l_cost}{n}", f"{self.l_rate}{n}", f"{self.l_net}{n}", \
            f"{self.l_inv}{n}"
        life = f"{self.l_life}{n}"  # whole years, rounded half to even as Python's round()
        years = f"IF(MOD({life},1)=0.5,2*ROUND({life}/2,0),ROUND({life},0))"
        i = f"{self.l_rate_i}{n}"
        # 1 <= round(lifetime) <= 50 exactly when 0.5 < lifetime <= 50.5 (half to even)
        valid = f"AND({life}>0.5,{life}<=50.5,{i}>-0.5,{i}<1)"
        rate_of_return = f"RATE({years},{net},-{inv},0,0,{net}/{inv})"
        formulas: dict[int, tuple[str, Any]] = {
            self.c_usd: (f'=IF(N({rate})>0,{cost}/{rate},"")', line.cost_usd),
            self.c_inv: (f"=SUM({self.l_eq}{n}:{self.l_other}{n})", line.investment),
            self.c_net: (f"={cost}-{self.l_om}{n}", line.net),
            self.c_payback: (f'=IF(AND({valid},{net}>0),MAX({inv},0)/{net},"")', line.payback),
            self.c_npv: (f'=IF({valid},-{inv}-PV({i},{years},{net}),"")', line.npv),
            self.c_irr: (f'=IF(AND({valid},{inv}>0,{net}>0),{rate_of_return},"")', line.irr),
        }
        if self.rate_cell is not None:
            formulas[self.c_rate] = (f"={self.rate_cell}", line.vnd_per_usd)
        return self.writer.write_row([*prefix, *self.values(line), *suffix], formulas)
