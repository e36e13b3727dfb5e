"""Proposed / accepted / implemented / verified totals, and ``auditdesk summary``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from review_helpers import Plant, build_plant

from auditdesk import model
from auditdesk.cli import main
from auditdesk.review import followup, summary
from auditdesk.review.roles import OFFICE
from auditdesk.store import Store


def _opportunity(store: Store, audit_id: str, code: str, status: str, technique: str,
                 kwh: float, vnd: float, investment: float, **fields: object) -> str:
    opp = store.opportunities.create(model.Opportunity(
        audit_id=audit_id, code=code, title=code, status=status, technique=technique,
        investment_equipment=investment, **fields))  # type: ignore[arg-type]
    store.savings.create(model.OpportunitySaving(opportunity_id=opp.id, carrier="electricity",
                                                 amount=kwh, cost_vnd=vnd, co2e_t=kwh / 1000))
    return opp.id


def _fill(plant: Plant) -> None:
    store, audit = plant.store, plant.audit_id
    store.opportunities.update(plant.opportunity_id, investment_equipment=100.0,
                               actual_investment=80.0)
    _opportunity(store, audit, "T-02", "identified", "GH", 10.0, 20.0, 1.0)
    _opportunity(store, audit, "T-03", "proposed", "GH", 100.0, 200.0, 10.0)
    _opportunity(store, audit, "T-04", "rejected", "TC", 1000.0, 2000.0, 100.0,
                 rejection_reason="payback")
    _opportunity(store, audit, "T-05", "scheduled", "EM", 10_000.0, 20_000.0, 1000.0)
    result = followup.measure_savings(store, plant.opportunity_id)
    followup.record_verification(store, plant.opportunity_id, result, OFFICE)


def test_stages_by_hand(plant: Plant) -> None:
    _fill(plant)
    got = summary.summarise(plant.store, [plant.audit_id])
    assert got.by_status == {"verified": 1, "identified": 1, "proposed": 1, "rejected": 1,
                             "scheduled": 1}
    assert got.by_technique == {"GH": 3, "TC": 1, "EM": 1}
    proposed, accepted = got.stages["proposed"], got.stages["accepted"]
    implemented, verified = got.stages["implemented"], got.stages["verified"]
    # T-01 (1,000 kWh estimated) + T-03 + T-04 (rejected, but proposed) + T-05
    assert proposed.count == 4 and proposed.kwh == pytest.approx(12_100.0)
    assert proposed.cost_vnd == pytest.approx(2_000_000 + 200 + 2000 + 20_000)
    assert proposed.investment_vnd == pytest.approx(100 + 10 + 100 + 1000)
    assert accepted.count == 2 and accepted.kwh == pytest.approx(11_000.0)
    assert implemented.count == 1 and implemented.kwh == pytest.approx(1000.0)
    assert implemented.investment_vnd == pytest.approx(80.0)  # the actual investment
    # verified: the measured 226 kWh over two months, per year
    assert verified.count == 1 and verified.kwh == pytest.approx(1356.0)
    assert verified.cost_vnd == pytest.approx(1356.0 * 2000.0)
    assert verified.co2e_t == pytest.approx(1356.0 * 0.0006592)
    from auditdesk.store.estimates import vnd_per_usd

    rate = vnd_per_usd(plant.store, plant.audit_id)  # the built-in set's
    assert rate and proposed.cost_usd == pytest.approx(proposed.cost_vnd / rate)


def test_usd_uses_each_audits_rate(demo_store: Store) -> None:
    ids = summary.all_audits(demo_store)
    got = summary.summarise(demo_store, ids)
    from auditdesk.store.estimates import vnd_per_usd

    rate = vnd_per_usd(demo_store, ids[0])
    assert rate and got.stages["proposed"].cost_usd == pytest.approx(
        got.stages["proposed"].cost_vnd / rate)
    assert sum(got.by_status.values()) == demo_store.opportunities.count()
    deep_c = demo_store.parks.list("name LIKE 'KCN Deep C%'")[0]
    assert len(summary.audits_of_park(demo_store, deep_c.id)) == 2


def test_the_command_prints_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    db = tmp_path / "plant.sqlite"
    with Store(db, user="tester") as store:
        plant = build_plant(store)
        _fill(plant)
        park_name = store.parks.list()[0].name
    assert main(["summary", "--db", str(db), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "1 audit(s), 5 opportunities" in text
    assert "Rejected: 1" in text and "GH Good housekeeping: 3" in text
    verified_line = next(line for line in text.splitlines() if line.startswith("Verified"))
    assert verified_line.split()[1:3] == ["1", "1,356"]
    assert main(["summary", "--db", str(db), "--audit", "Kiểm toán thử", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scope"] == "Kiểm toán thử" and data["audits"] == 1
    assert data["stages"]["accepted"]["kwh_per_yr"] == pytest.approx(11_000.0)
    assert data["stages"]["verified"]["carriers"] == {"electricity": pytest.approx(1356.0)}
    assert main(["summary", "--db", str(db), "--park", park_name, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["by_status"]["scheduled"] == 1


def test_the_command_refuses_what_it_cannot_find(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--db", str(tmp_path / "none.sqlite")]) == 2
    db = tmp_path / "plant.sqlite"
    with Store(db, user="tester") as store:
        build_plant(store)
    assert main(["summary", "--db", str(db), "--audit", "nope", "--lang", "en"]) == 2
    assert "No audit with the id or title “nope”" in capsys.readouterr().err
    assert main(["summary", "--db", str(db), "--park", "nope", "--lang", "en"]) == 2
    with pytest.raises(SystemExit):
        main(["summary", "--db", str(db), "--park", "a", "--audit", "b"])
