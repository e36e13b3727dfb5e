"""A portfolio of audits for the roll-up workbook and the dashboard (no Qt).

``load_portfolio(store, selection)`` reads the selected audits (by park, year of
the start date and audit status) and all their opportunities in a few queries —
the columns the roll-up shows, never the estimate reports — so 1,000 audits and
50,000 opportunities load in seconds. Per opportunity: savings, cost savings and
CO2e are summed from the stored savings as ``store.estimates.register_rows``
sums them; payback and NPV are the register's formulas applied to arrays
(``calc.financial``, the same operations); IRR comes from the vectorised solver
of ``calc.portfolio`` (it agrees with the register's to about 1e-10).

``rollup_checks.check_portfolio`` lists what makes a roll-up inconsistent;
``anonymise`` replaces enterprise names by aliases.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.workbook.opportunity_sheet import OpportunityLine

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Factor, ReferenceSet
    from auditdesk.store.database import Store

Report = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Selection:
    """Which audits: ids of parks, years of the start date, audit statuses (empty: all)."""

    parks: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.parks:
            clauses.append(f"p.id IN ({', '.join('?' for _ in self.parks)})")
            params += list(self.parks)
        if self.years:
            clauses.append(f"CAST(substr(a.start_date, 1, 4) AS INTEGER) IN "
                           f"({', '.join('?' for _ in self.years)})")
            params += [int(y) for y in self.years]
        if self.statuses:
            clauses.append(f"a.status IN ({', '.join('?' for _ in self.statuses)})")
            params += list(self.statuses)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass
class AuditInfo:
    """One audit of the portfolio, with its enterprise and park."""

    id: str
    title: str
    audit_type: str
    start_date: str
    end_date: str
    status: str
    reference_set_id: str
    enterprise_id: str
    enterprise: str
    sector: str
    park_id: str
    park: str
    province: str
    vnd_per_usd: float | None = None

    @property
    def year(self) -> int | None:
        return int(self.start_date[:4]) if self.start_date[:4].isdigit() else None


@dataclass
class Portfolio:
    """The selected audits and their opportunities (``lines[i]`` belongs to
    ``audits[line_audit[i]]``), in roll-up order: park, enterprise, audit date, code."""

    selection: Selection
    audits: list[AuditInfo]
    lines: list[OpportunityLine]
    line_audit: list[int]
    reference_sets: dict[str, tuple[ReferenceSet, list[Factor]]]
    unknown_carriers: list[tuple[int, str]] = field(default_factory=list)  # (line, carrier)
    anonymised: bool = False

    @property
    def enterprises(self) -> int:
        return len({a.enterprise_id for a in self.audits})

    @property
    def parks(self) -> list[tuple[str, str, str]]:
        """(id, name, province) of the parks with a selected audit, in order."""
        seen: dict[str, tuple[str, str, str]] = {}
        for audit in self.audits:
            seen.setdefault(audit.park_id, (audit.park_id, audit.park, audit.province))
        return list(seen.values())


_AUDITS = (
    "SELECT a.id, a.title, a.audit_type, a.start_date, a.end_date, a.status, "
    "a.reference_set_id, e.id, e.name, e.sector, p.id, p.name, p.province "
    "FROM audit a JOIN enterprise e ON e.id = a.enterprise_id JOIN park p ON p.id = e.park_id")
_ORDER = " ORDER BY p.name COLLATE NOCASE, p.id, e.name COLLATE NOCASE, e.id, a.start_date, a.id"
_OPPORTUNITIES = (
    "SELECT o.id, o.audit_id, o.code, o.title, o.description, o.area, o.technique, "
    "o.estimator_id, o.status, o.priority, o.owner, o.symbiosis, o.partner, "
    "o.checklist_item_code, o.investment_equipment, o.investment_installation, "
    "o.investment_engineering, o.investment_other, o.om_cost_change, o.lifetime_yr, "
    "o.discount_rate, o.extra_savings_vnd FROM opportunity o JOIN audit a ON a.id = o.audit_id "
    "JOIN enterprise e ON e.id = a.enterprise_id JOIN park p ON p.id = e.park_id")


def parks_and_years(store: Store) -> tuple[list[tuple[str, str]], list[int]]:
    """(park id, name) of every park and the years audits started in, for choosers."""
    parks = [(r[0], r[1]) for r in store.query(
        "SELECT id, name FROM park ORDER BY name COLLATE NOCASE")]
    years = [int(r[0]) for r in store.query(
        "SELECT DISTINCT substr(start_date, 1, 4) FROM audit WHERE start_date != '' ORDER BY 1")
        if str(r[0]).isdigit()]
    return parks, years


def _reference_sets(store: Store, ids: set[str]) -> dict[str, tuple[Any, list[Any]]]:
    sets = {}
    builtin = None
    for set_id in sorted(ids):
        if not set_id:
            builtin = builtin or store.reference_sets.ensure_builtin()
            ref = builtin
        else:
            ref = store.reference_sets.get(set_id)
        sets[set_id] = (ref, store.factors.list("set_id = ?", (ref.id,), order_by="key"))
    return sets


def load_portfolio(store: Store, selection: Selection, report: Report | None = None
                   ) -> Portfolio:
    """The audits of ``selection`` with their opportunities and figures."""
    from auditdesk.exchange.workbook.audit_data import template_areas

    progress = report or (lambda done, total, text: None)
    where, params = selection.where()
    audits = [AuditInfo(*(str(r[i] or "") for i in range(13)))  # type: ignore[arg-type]
              for r in store.query(_AUDITS + where + _ORDER, tuple(params))]
    sets = _reference_sets(store, {a.reference_set_id or "" for a in audits})
    for audit in audits:
        factors = sets[audit.reference_set_id or ""][1]
        audit.vnd_per_usd = next((f.value for f in factors if f.key == "fx.usd"), None)
    index = {a.id: i for i, a in enumerate(audits)}
    progress(1, 4, "")
    savings = _savings(store, where, params)
    comments = _comments(store, where, params)
    progress(2, 4, "")
    rows = store.query(_OPPORTUNITIES + where, tuple(params))
    rows.sort(key=lambda r: (index[r[1]], r[2] or "", r[3] or ""))
    areas = template_areas()
    portfolio = Portfolio(selection, audits, [], [], sets)
    _lines(portfolio, rows, index, savings, comments, areas)
    progress(3, 4, "")
    _financials(portfolio)
    progress(4, 4, "")
    return portfolio


def _savings(store: Store, where: str, params: list[Any]
             ) -> dict[str, tuple[dict[str, float], float, float]]:
    """Opportunity id → (amount per carrier, Σ cost VND, Σ tCO2e), summed in stored order."""
    result: dict[str, tuple[dict[str, float], float, float]] = {}
    sql = ("SELECT s.opportunity_id, s.carrier, s.amount, s.cost_vnd, s.co2e_t "
           "FROM opportunity_saving s JOIN opportunity o ON o.id = s.opportunity_id "
           "JOIN audit a ON a.id = o.audit_id JOIN enterprise e ON e.id = a.enterprise_id "
           "JOIN park p ON p.id = e.park_id" + where + " ORDER BY s.rowid")
    for opportunity_id, carrier, amount, cost, co2e in store.conn.execute(sql, params):
        amounts, total_cost, total_co2e = result.get(opportunity_id, ({}, 0, 0))
        amounts[carrier] = amounts.get(carrier, 0.0) + amount
        result[opportunity_id] = (amounts, total_cost + cost, total_co2e + co2e)
    return result


def _comments(store: Store, where: str, params: list[Any]) -> dict[str, str]:
    texts: dict[str, list[str]] = {}
    sql = ("SELECT c.opportunity_id, c.body FROM comment c JOIN audit a ON a.id = c.audit_id "
           "JOIN enterprise e ON e.id = a.enterprise_id JOIN park p ON p.id = e.park_id"
           + where + (" AND " if where else " WHERE ") +
           "c.opportunity_id IS NOT NULL ORDER BY c.created_at, c.rowid")
    for opportunity_id, body in store.conn.execute(sql, params):
        texts.setdefault(opportunity_id, []).append(body)
    return {key: "\n".join(bodies) for key, bodies in texts.items()}


def _lines(portfolio: Portfolio, rows: Sequence[Any], index: dict[str, int],
           savings: dict[str, tuple[dict[str, float], float, float]], comments: dict[str, str],
           areas: dict[str, tuple[str, str]]) -> None:
    from auditdesk.exchange.workbook.contract import CARRIERS

    empty: tuple[dict[str, float], float, float] = ({}, 0, 0)
    for r in rows:
        (oid, audit_id, code, title, description, area, technique, estimator, status,
         priority, owner, symbiosis, partner, item, eq, inst, eng, other, om, life, rate,
         extra) = r
        audit_index = index[audit_id]
        amounts, cost, co2e = savings.get(oid, empty)
        cost = cost + extra
        for carrier in amounts:
            if carrier not in CARRIERS:
                portfolio.unknown_carriers.append((len(portfolio.lines), carrier))
        names = areas.get(area or "")
        fx = portfolio.audits[audit_index].vnd_per_usd
        investment = eq + inst + eng + other
        portfolio.lines.append(OpportunityLine(
            code=code or "", title=title or "", description=description or "", area=area or "",
            area_name="" if names is None else (
                names[0] if names[0] == names[1] else f"{names[0]} / {names[1]}"),
            technique=technique or "", estimator=estimator or "", savings=amounts,
            cost_vnd=cost, vnd_per_usd=fx, cost_usd=cost / fx if fx else None,
            inv_equipment=eq, inv_installation=inst, inv_engineering=eng, inv_other=other,
            investment=investment, om_change=om, net=cost - om, payback=None, lifetime=life,
            discount_rate=rate, npv=None, irr=None, co2e=co2e, status=status or "",
            priority=priority or "", owner=owner or "", symbiosis=bool(symbiosis),
            partner=partner or "", comments=comments.get(oid, ""), checklist_item=item or "",
            id=oid))
        portfolio.line_audit.append(audit_index)


def _financials(portfolio: Portfolio) -> None:
    """Payback, NPV (the register's operations on arrays) and IRR for every line."""
    import numpy as np

    from auditdesk.calc.portfolio import irr_uniform

    lines = portfolio.lines
    if not lines:
        return
    investment = np.fromiter((ln.investment for ln in lines), float, len(lines))
    net = np.fromiter((ln.net for ln in lines), float, len(lines))
    life = np.fromiter((ln.lifetime for ln in lines), float, len(lines))
    rate = np.fromiter((ln.discount_rate for ln in lines), float, len(lines))
    years = np.rint(life)  # half to even, as round() in financial.whole_years
    valid = np.isfinite(life) & (years >= 1) & (years <= 50) & (rate > -0.5) & (rate < 1)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        annuity = np.where(rate == 0, years, (1.0 - (1.0 + rate) ** -years) / rate)
        npv = -investment + net * annuity
        payback = np.maximum(investment, 0.0) / net
    irr = irr_uniform(investment, net, np.where(valid, years, 1.0))
    for i, line in enumerate(lines):
        if valid[i]:
            line.npv = float(npv[i])
            if net[i] > 0:
                line.payback = float(payback[i])
            if np.isfinite(irr[i]):
                line.irr = float(irr[i])


def anonymise(portfolio: Portfolio) -> None:
    """Replace enterprise names by ``Enterprise 001``… (``Doanh nghiệp 001`` in Vietnamese;
    also inside titles, descriptions and partners); clear owners and comments, which name
    people."""
    from auditdesk.i18n import fill, translate

    alias = translate("Rollup", "Enterprise %1")
    aliases: dict[str, str] = {}
    names: dict[str, str] = {}
    for audit in portfolio.audits:
        if audit.enterprise_id not in aliases:
            aliases[audit.enterprise_id] = fill(alias, f"{len(aliases) + 1:03d}")
            names[audit.enterprise] = aliases[audit.enterprise_id]

    def scrub(text: str) -> str:
        for name, alias in sorted(names.items(), key=lambda kv: -len(kv[0])):
            if name and name in text:
                text = text.replace(name, alias)
        return text

    for audit in portfolio.audits:
        audit.enterprise = aliases[audit.enterprise_id]
        audit.title = scrub(audit.title)
    for line in portfolio.lines:
        line.title, line.description = scrub(line.title), scrub(line.description)
        line.partner = scrub(line.partner)
        line.owner, line.comments = "", ""
    portfolio.anonymised = True
