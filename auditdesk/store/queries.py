"""Read-only queries that views need in one round trip (plain sqlite3, fast).

The navigator and the audit overview are what the first window shows, so they
must not wait for sqlite-utils, pandas or any calculation. Rows are NamedTuples
rather than dataclasses: building dataclasses at import costs the start path
several milliseconds.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple


class NavAudit(NamedTuple):
    id: str
    title: str
    start_date: str
    status: str


class NavEnterprise(NamedTuple):
    id: str
    name: str
    sector: str
    audits: list[NavAudit]


class NavPark(NamedTuple):
    id: str
    name: str
    province: str
    enterprises: list[NavEnterprise]


def navigator(conn: sqlite3.Connection) -> list[NavPark]:
    """Parks → enterprises → audits, sorted by name (audits newest first)."""
    parks = {
        r[0]: NavPark(r[0], r[1], r[2] or "", [])
        for r in conn.execute("SELECT id, name, province FROM park ORDER BY name COLLATE NOCASE")
    }
    enterprises: dict[str, NavEnterprise] = {}
    for r in conn.execute(
        "SELECT id, park_id, name, sector FROM enterprise ORDER BY name COLLATE NOCASE"
    ):
        ent = NavEnterprise(r[0], r[2], r[3] or "", [])
        enterprises[r[0]] = ent
        if r[1] in parks:
            parks[r[1]].enterprises.append(ent)
    for r in conn.execute(
        "SELECT id, enterprise_id, title, start_date, status FROM audit "
        "ORDER BY start_date DESC, title"
    ):
        if r[1] in enterprises:
            enterprises[r[1]].audits.append(NavAudit(r[0], r[2], r[3] or "", r[4] or ""))
    return list(parks.values())


class AuditOverview(NamedTuple):
    audit_id: str
    title: str
    audit_type: str
    status: str
    start_date: str
    end_date: str
    auditors: str
    reviewer: str
    enterprise_id: str
    enterprise: str
    sector: str
    park: str
    meters: int
    readings: int
    production_records: int
    areas: int
    responses: int
    findings: int
    opportunities: int
    by_status: dict[str, int]
    by_technique: dict[str, int]
    savings: dict[str, float]  # carrier -> amount/yr, canonical unit
    cost_savings_vnd: float
    investment_vnd: float
    co2e_t: float


def audit_overview(conn: sqlite3.Connection, audit_id: str) -> AuditOverview | None:
    head = conn.execute(
        """SELECT a.id, a.title, a.audit_type, a.status, a.start_date, a.end_date, a.auditors,
                  a.reviewer, e.id, e.name, e.sector, p.name
           FROM audit a JOIN enterprise e ON e.id = a.enterprise_id
                        JOIN park p ON p.id = e.park_id
           WHERE a.id = ?""",
        (audit_id,),
    ).fetchone()
    if head is None:
        return None
    enterprise_id = head[8]

    def scalar(sql: str, *params: object) -> float:
        return conn.execute(sql, params).fetchone()[0] or 0

    meters = int(scalar("SELECT count(*) FROM meter WHERE enterprise_id = ?", enterprise_id))
    readings = int(scalar(
        "SELECT count(*) FROM reading r JOIN meter m ON m.id = r.meter_id "
        "WHERE m.enterprise_id = ?", enterprise_id))
    by_status = dict(conn.execute(
        "SELECT status, count(*) FROM opportunity WHERE audit_id = ? GROUP BY status", (audit_id,)
    ).fetchall())
    by_technique = dict(conn.execute(
        "SELECT technique, count(*) FROM opportunity WHERE audit_id = ? GROUP BY technique",
        (audit_id,)).fetchall())
    savings = dict(conn.execute(
        "SELECT s.carrier, sum(s.amount) FROM opportunity_saving s "
        "JOIN opportunity o ON o.id = s.opportunity_id WHERE o.audit_id = ? "
        "AND o.status != 'rejected' GROUP BY s.carrier", (audit_id,)).fetchall())
    money = conn.execute(
        "SELECT coalesce(sum(s.cost_vnd), 0), coalesce(sum(s.co2e_t), 0) "
        "FROM opportunity_saving s JOIN opportunity o ON o.id = s.opportunity_id "
        "WHERE o.audit_id = ? AND o.status != 'rejected'", (audit_id,)).fetchone()
    investment = scalar(
        "SELECT sum(investment_equipment + investment_installation + investment_engineering "
        "+ investment_other) FROM opportunity WHERE audit_id = ? AND status != 'rejected'",
        audit_id)
    return AuditOverview(
        audit_id=head[0], title=head[1], audit_type=head[2] or "", status=head[3] or "",
        start_date=head[4] or "", end_date=head[5] or "", auditors=head[6] or "",
        reviewer=head[7] or "", enterprise_id=enterprise_id, enterprise=head[9],
        sector=head[10] or "", park=head[11], meters=meters, readings=readings,
        production_records=int(scalar(
            "SELECT count(*) FROM production WHERE enterprise_id = ?", enterprise_id)),
        areas=int(scalar("SELECT count(*) FROM area WHERE audit_id = ?", audit_id)),
        responses=int(scalar(
            "SELECT count(*) FROM checklist_response WHERE audit_id = ?", audit_id)),
        findings=int(scalar(
            "SELECT count(*) FROM checklist_response WHERE audit_id = ? AND finding = 1",
            audit_id)),
        opportunities=sum(by_status.values()), by_status=by_status, by_technique=by_technique,
        savings={k: float(v) for k, v in savings.items()},
        cost_savings_vnd=float(money[0]), investment_vnd=float(investment),
        co2e_t=float(money[1]),
    )


class OpportunityRow(NamedTuple):
    id: str
    code: str
    title: str
    technique: str
    status: str
    investment_vnd: float
    savings: dict[str, float]  # carrier -> amount/yr
    cost_savings_vnd: float


def opportunity_rows(conn: sqlite3.Connection, audit_id: str) -> list[OpportunityRow]:
    """The audit's opportunities with their per-carrier savings, in one pass."""
    rows: dict[str, OpportunityRow] = {}
    for r in conn.execute(
        "SELECT o.id, o.code, o.title, o.technique, o.status, o.investment_equipment + "
        "o.investment_installation + o.investment_engineering + o.investment_other, "
        "(SELECT coalesce(sum(s.cost_vnd), 0) FROM opportunity_saving s "
        " WHERE s.opportunity_id = o.id) "
        "FROM opportunity o WHERE o.audit_id = ? ORDER BY o.code, o.title", (audit_id,)
    ):
        rows[r[0]] = OpportunityRow(r[0], r[1] or "", r[2], r[3] or "", r[4] or "",
                                    float(r[5] or 0), {}, float(r[6] or 0))
    for r in conn.execute(
        "SELECT s.opportunity_id, s.carrier, s.amount FROM opportunity_saving s "
        "JOIN opportunity o ON o.id = s.opportunity_id WHERE o.audit_id = ?", (audit_id,)
    ):
        rows[r[0]].savings[r[1]] = float(r[2] or 0)
    return list(rows.values())
