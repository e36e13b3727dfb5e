"""Proposed, accepted, implemented and verified savings of audits (no Qt).

The stages, each a set of statuses (an opportunity counts in every stage it
has reached):

- **proposed**: everything put to the enterprise — any status but *identified*
  (rejected ones too: they were proposed);
- **accepted**: accepted, scheduled, in progress, implemented, verified;
- **implemented**: implemented and verified;
- **verified**: verified.

Proposed, accepted and implemented savings are the estimates (per carrier,
VND, tCO2e), with the actual investment in place of the estimated one where
it was recorded for implemented measures. Verified savings are the measured
ones recorded at verification (one carrier per opportunity, per year). USD
uses each audit's own exchange rate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.store.database import Store
    from auditdesk.store.estimates import RegisterRow

STAGES: dict[str, frozenset[str]] = {
    "proposed": frozenset({"proposed", "accepted", "scheduled", "rejected", "in_progress",
                           "implemented", "verified"}),
    "accepted": frozenset({"accepted", "scheduled", "in_progress", "implemented", "verified"}),
    "implemented": frozenset({"implemented", "verified"}),
    "verified": frozenset({"verified"}),
}
STAGE_LABELS: dict[str, str] = {
    "proposed": QT_TRANSLATE_NOOP("Summary", "Proposed"),
    "accepted": QT_TRANSLATE_NOOP("Summary", "Accepted"),
    "implemented": QT_TRANSLATE_NOOP("Summary", "Implemented"),
    "verified": QT_TRANSLATE_NOOP("Summary", "Verified"),
}


@dataclass
class StageTotals:
    """Sums of one stage: per carrier (canonical unit per year), VND/yr, USD/yr,
    tCO2e/yr and investment (VND)."""

    count: int = 0
    savings: dict[str, float] = field(default_factory=dict)
    cost_vnd: float = 0.0
    cost_usd: float = 0.0
    co2e_t: float = 0.0
    investment_vnd: float = 0.0

    @property
    def kwh(self) -> float:
        return self.savings.get("electricity", 0.0)

    @property
    def water_m3(self) -> float:
        return self.savings.get("water", 0.0)

    def add(self, savings: dict[str, float], cost_vnd: float, co2e_t: float,
            investment_vnd: float, vnd_per_usd: float | None) -> None:
        self.count += 1
        for carrier, amount in savings.items():
            self.savings[carrier] = self.savings.get(carrier, 0.0) + amount
        self.cost_vnd += cost_vnd
        self.cost_usd += cost_vnd / vnd_per_usd if vnd_per_usd else 0.0
        self.co2e_t += co2e_t
        self.investment_vnd += investment_vnd

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "kwh_per_yr": self.kwh, "water_m3_per_yr": self.water_m3,
                "vnd_per_yr": self.cost_vnd, "usd_per_yr": self.cost_usd,
                "tco2e_per_yr": self.co2e_t, "investment_vnd": self.investment_vnd,
                "carriers": dict(self.savings)}


@dataclass
class Summary:
    """Counts by status and RECP technique, and the totals of each stage."""

    audits: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_technique: dict[str, int] = field(default_factory=dict)
    stages: dict[str, StageTotals] = field(
        default_factory=lambda: {name: StageTotals() for name in STAGES})

    def to_json(self) -> dict[str, Any]:
        return {"audits": self.audits, "by_status": dict(self.by_status),
                "by_technique": dict(self.by_technique),
                "stages": {name: totals.to_json() for name, totals in self.stages.items()}}


def audits_of_park(store: Store, park_id: str) -> list[str]:
    return [r[0] for r in store.query(
        "SELECT a.id FROM audit a JOIN enterprise e ON e.id = a.enterprise_id "
        "WHERE e.park_id = ? ORDER BY a.start_date, a.title", (park_id,))]


def audits_of_enterprise(store: Store, enterprise_id: str) -> list[str]:
    return [r[0] for r in store.query(
        "SELECT id FROM audit WHERE enterprise_id = ? ORDER BY start_date, title",
        (enterprise_id,))]


def all_audits(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT id FROM audit ORDER BY start_date, title")]


def _add_audit(store: Store, audit_id: str, summary: Summary) -> None:
    from auditdesk.review.followup import recorded
    from auditdesk.store.estimates import register_rows, vnd_per_usd

    rate = vnd_per_usd(store, audit_id)
    rows: dict[str, RegisterRow] = {r.id: r for r in register_rows(store, audit_id)}
    for opp in store.opportunities.for_audit(audit_id):
        row = rows[opp.id]
        summary.by_status[opp.status] = summary.by_status.get(opp.status, 0) + 1
        summary.by_technique[opp.technique] = summary.by_technique.get(opp.technique, 0) + 1
        investment = row.investment_vnd
        if opp.status in STAGES["implemented"] and opp.actual_investment is not None:
            investment = opp.actual_investment
        for name in ("proposed", "accepted", "implemented"):
            if opp.status in STAGES[name]:
                summary.stages[name].add(row.savings, row.cost_savings_vnd, row.co2e_t,
                                         investment if name == "implemented"
                                         else row.investment_vnd, rate)
        measured = recorded(opp) if opp.status == "verified" else None
        if measured is not None:
            carrier = str(measured.get("carrier") or "")
            summary.stages["verified"].add(
                {carrier: float(measured.get("amount_per_yr") or 0.0)},
                float(measured.get("cost_vnd_per_yr") or 0.0),
                float(measured.get("co2e_t_per_yr") or 0.0), investment, rate)
        elif opp.status == "verified":  # verified without a recorded measurement
            summary.stages["verified"].count += 1


def summarise(store: Store, audit_ids: list[str]) -> Summary:
    """The summary of ``audit_ids`` (see the module docstring)."""
    summary = Summary(audits=len(audit_ids))
    for audit_id in audit_ids:
        _add_audit(store, audit_id, summary)
    return summary
