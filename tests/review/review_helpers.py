"""Helpers of the review tests: the demo's textile audit (in review), and a small
plant whose hand-computed savings the M&V tests check."""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from auditdesk import model
from auditdesk.store import Store

TEXTILE_AUDIT = "Kiểm toán năng lượng và RECP 2025"


def textile_audit_id(store: Store) -> str:
    return store.audits.list("title = ?", (TEXTILE_AUDIT,))[0].id


def opportunity(store: Store, code: str) -> model.Opportunity:
    return store.opportunities.list("code = ?", (code,))[0]


@dataclass
class Plant:
    """One enterprise, one audit (baseline January–April 2024), one electricity meter
    read per month, monthly production; an opportunity implemented on 15 June 2024."""

    store: Store
    enterprise_id: str
    audit_id: str
    meter_id: str
    opportunity_id: str


# Month-end readings of a per-period meter (kWh used in the month) and production (t).
# Baseline: E = 1010 + 1.96·P exactly up to residuals 4, −12, 12, −4; production doubles after.
CONSUMPTION = {"2023-12": 1000.0, "2024-01": 1210.0, "2024-02": 1390.0, "2024-03": 1610.0,
               "2024-04": 1790.0, "2024-05": 1500.0, "2024-06": 1600.0, "2024-07": 1900.0,
               "2024-08": 2050.0}
PRODUCTION = {"2024-01": 100.0, "2024-02": 200.0, "2024-03": 300.0, "2024-04": 400.0,
              "2024-05": 250.0, "2024-06": 300.0, "2024-07": 500.0, "2024-08": 600.0}


def month_end(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{month}-{calendar.monthrange(year, number)[1]:02d}"


def build_plant(store: Store) -> Plant:
    park = store.parks.create(model.Park(name="KCN thử"))
    ent = store.enterprises.create(model.Enterprise(name="Nhà máy thử", park_id=park.id))
    audit = store.audits.create(model.Audit(
        enterprise_id=ent.id, title="Kiểm toán thử", start_date="2024-05-10",
        baseline_start="2024-01-01", baseline_end="2024-04-30"))
    meter = store.meters.create(model.Meter(enterprise_id=ent.id, name="Điện tổng",
                                            carrier="electricity", unit="kWh", kind="period"))
    store.readings.add_many([model.Reading(meter_id=meter.id, ts=month_end(m), value=v)
                             for m, v in CONSUMPTION.items()])
    for month, quantity in PRODUCTION.items():
        store.production.create(model.ProductionRecord(
            enterprise_id=ent.id, period_start=f"{month}-01", period_end=month_end(month),
            product="Vải", quantity=quantity, unit="t"))
    opp = store.opportunities.create(model.Opportunity(
        audit_id=audit.id, code="T-01", title="Biến tần quạt", status="implemented",
        implementation_date="2024-06-15", ipmvp_option="C",
        verification_meters=f'["{meter.id}"]'))
    store.savings.create(model.OpportunitySaving(
        opportunity_id=opp.id, carrier="electricity", amount=1000.0, cost_vnd=2_000_000.0,
        co2e_t=0.6592))
    return Plant(store, ent.id, audit.id, meter.id, opp.id)
