"""The demo database: credible, complete for the screens, deterministic."""

from __future__ import annotations

from pathlib import Path

from auditdesk.demo import write_demo
from auditdesk.model import vocab
from auditdesk.store import Store


def test_demo_has_the_promised_shape(demo_store: Store) -> None:
    parks = {p.name for p in demo_store.parks.list()}
    assert any("Deep C" in n for n in parks) and any("Hiệp Phước" in n for n in parks)
    enterprises = demo_store.enterprises.list()
    assert len(enterprises) == 3
    assert {e.sector for e in enterprises} == {"seafood", "textile", "metal_finishing"}
    assert demo_store.audits.count() == 3
    opportunities = demo_store.opportunities.list()
    assert len(opportunities) >= 10
    assert {o.technique for o in opportunities} == set(vocab.TECHNIQUES)
    assert any(o.symbiosis and o.partner for o in opportunities)
    assert all(o.investment >= 0 for o in opportunities)


def test_demo_opportunities_are_estimated_with_costs_and_co2e(demo_store: Store) -> None:
    """Most opportunities use a real estimator; every one went through the engine,
    so its savings carry VND and tCO2e and its report is stored."""
    import json

    opportunities = demo_store.opportunities.list()
    estimated = [o for o in opportunities if o.estimator_id != "custom"]
    assert len(estimated) > len(opportunities) / 2
    assert len({o.estimator_id for o in estimated}) >= 9
    for opp in opportunities:
        report = json.loads(opp.estimate)
        assert report["estimator_id"] == opp.estimator_id
        assert report["reference_set"] == "Viet Nam default 2025"
        savings = demo_store.savings.list("opportunity_id = ?", (opp.id,))
        cost = sum(s.cost_vnd for s in savings) + opp.extra_savings_vnd
        assert cost > 0, opp.code
        assert report["total_cost_savings_vnd"] == cost
        for saving in savings:
            if saving.carrier in ("electricity", "coal", "diesel", "lpg"):
                assert saving.co2e_t != 0 and saving.cost_vnd != 0, (opp.code, saving.carrier)
    by_code = {o.code: o for o in opportunities}
    assert by_code["BX-04"].extra_savings_vnd == 620_000_000  # by-products: typed saving


def test_each_meter_has_36_months_of_readings(demo_store: Store) -> None:
    for meter in demo_store.meters.list():
        readings = demo_store.readings.list(meter.id)
        first, last = readings[0].ts[:7], readings[-1].ts[:7]
        months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
        assert months >= 35, (meter.name, first, last)
        assert {"electricity", "water"} <= {m.carrier for m in demo_store.meters.list(
            "enterprise_id = ?", (meter.enterprise_id,))}


def test_demo_electricity_is_of_a_credible_size(demo_store: Store) -> None:
    """Main electricity meters: register deltas × multiplier give 1–15 GWh/yr, the range
    of mid-size Vietnamese plants in these sectors."""
    for meter in demo_store.meters.list("carrier = 'electricity' AND parent_id IS NULL"):
        readings = demo_store.readings.list(meter.id)
        last12 = readings[-13:]
        kwh = (last12[-1].value - last12[0].value) * meter.multiplier
        assert 1e6 < kwh < 15e6, (meter.name, kwh)


def test_demo_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    write_demo(a)
    write_demo(b)
    query = "SELECT m.name, r.ts, r.value FROM reading r JOIN meter m ON m.id = r.meter_id " \
            "ORDER BY m.name, r.ts"
    with Store(a, user="t") as sa, Store(b, user="t") as sb:
        assert [tuple(r) for r in sa.query(query)] == [tuple(r) for r in sb.query(query)]
        assert len(sa.query(query)) > 1000
        savings = "SELECT o.code, s.carrier, s.amount, s.cost_vnd, s.co2e_t FROM " \
                  "opportunity_saving s JOIN opportunity o ON o.id = s.opportunity_id " \
                  "ORDER BY o.code, s.carrier"
        assert [tuple(r) for r in sa.query(savings)] == [tuple(r) for r in sb.query(savings)]
        assert len(sa.query(savings)) >= 20


def test_demo_refuses_to_overwrite(tmp_path: Path) -> None:
    import pytest

    path = tmp_path / "x.sqlite"
    path.write_text("keep me")
    with pytest.raises(FileExistsError):
        write_demo(path)
    assert path.read_text() == "keep me"
