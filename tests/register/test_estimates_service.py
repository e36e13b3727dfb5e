"""The store service between opportunities and the calc engine: recompute, register, totals.

Numbers are checked by hand against the built-in reference set (Viet Nam default 2025):
electricity 2,020 VND/kWh (blended 6–22 kV), water 15,000 VND/m³, grid factor 2023
0.6592 tCO2/MWh, 26,000 VND/USD; finance per REFERENCE.md §7 (CRF 10 %/10 yr 0.162745).
"""

from __future__ import annotations

import json

import pytest

from auditdesk import model
from auditdesk.calc.engine import InputError
from auditdesk.store import Store, ValidationError
from auditdesk.store.estimates import (
    audit_totals,
    encode_inputs,
    engine_inputs,
    next_code,
    recompute_opportunity,
    register_rows,
)


@pytest.fixture
def audit(store: Store) -> model.Audit:
    park = store.parks.create(model.Park(name="KCN Thử"))
    enterprise = store.enterprises.create(model.Enterprise(
        park_id=park.id, name="Công ty Thử", voltage_level="6to22kv"))
    ref = store.reference_sets.ensure_builtin()
    return store.audits.create(model.Audit(
        enterprise_id=enterprise.id, title="Audit", start_date="2025-03-01",
        reference_set_id=ref.id))


def _opportunity(store: Store, audit: model.Audit, **fields: object) -> model.Opportunity:
    values: dict[str, object] = {"audit_id": audit.id, "code": "T-01", "title": "Test"}
    values.update(fields)
    return store.opportunities.create(model.Opportunity(**values))  # type: ignore[arg-type]


def _history_count(store: Store) -> int:
    return int(store.query("SELECT count(*) FROM history")[0][0])


def test_recompute_stores_savings_costs_co2e_and_the_report(store: Store, audit) -> None:  # type: ignore[no-untyped-def]
    opp = _opportunity(store, audit, estimator_id="custom",
                       inputs=encode_inputs({"electricity": (200_000.0, "kWh/yr")}),
                       investment_equipment=400_000_000, investment_installation=100_000_000)
    report = recompute_opportunity(store, opp.id)

    assert report.total_cost_savings_vnd == pytest.approx(404_000_000)
    [saving] = store.savings.list("opportunity_id = ?", (opp.id,))
    assert saving.carrier == "electricity"
    assert saving.amount == pytest.approx(200_000)
    assert saving.cost_vnd == pytest.approx(404_000_000)  # 200,000 kWh × 2,020 VND/kWh
    assert saving.co2e_t == pytest.approx(131.84)  # 200 MWh × 0.6592 t/MWh
    stored = store.opportunities.get(opp.id)
    estimate = json.loads(stored.estimate)
    assert estimate["estimator_id"] == "custom"
    assert estimate["reference_set"] == "Viet Nam default 2025"
    assert estimate["reference_date"] == "2025-05-10"
    assert estimate["inputs"][0]["name"] == "electricity"
    assert estimate["inputs"][0]["unit"] == "kWh/yr"
    assert estimate["carriers"][0]["co2e_t"] == pytest.approx(131.84)
    money = estimate["financial"]
    assert money["investment_vnd"] == pytest.approx(500_000_000)
    assert money["simple_payback_yr"] == pytest.approx(500 / 404)
    assert money["crf"] == pytest.approx(0.162745, abs=1e-6)
    assert money["mac_vnd_per_tco2e"] == pytest.approx(
        (500_000_000 * 0.1627454 - 404_000_000) / 131.84, rel=1e-5)
    assert estimate["formula"] and estimate["source"] and estimate["assumptions"]


def test_inputs_in_other_units_are_converted(store: Store, audit) -> None:  # type: ignore[no-untyped-def]
    """REFERENCE.md §7: a 2 mm hole at 3 bar, C_d 0.6 leaks ≈ 1,456.5 m³/yr; typed in psi."""
    psi = 3.0 * 14.503773773
    opp = _opportunity(store, audit, estimator_id="water_leak", inputs=encode_inputs({
        "hole_diameter": (2.0, "mm"), "pressure": (psi, "psi"), "discharge_coefficient": 0.6,
        "leak_count": 1.0, "hours": 8760.0, "wastewater_share": 0.0}))
    recompute_opportunity(store, opp.id)
    [saving] = store.savings.list("opportunity_id = ?", (opp.id,))
    assert saving.carrier == "water"
    assert saving.amount == pytest.approx(1456.5, abs=2.0)
    assert saving.cost_vnd == pytest.approx(saving.amount * 15_000)
    assert saving.co2e_t == 0.0


def test_engine_inputs_accept_every_stored_form() -> None:
    raw = engine_inputs({"a": {"value": 100.0, "unit": "psi"}, "b": 7, "c": "coal",
                         "d": {"value": 5.0, "unit": ""}, "e": "7 bar"})
    assert raw == {"a": "100 psi", "b": 7.0, "c": "coal", "d": 5.0, "e": "7 bar"}


def test_recompute_writes_history_and_updates_in_place(store: Store, audit) -> None:  # type: ignore[no-untyped-def]
    opp = _opportunity(store, audit, estimator_id="custom",
                       inputs=encode_inputs({"electricity": 1000.0}))
    recompute_opportunity(store, opp.id)
    created = store.history.list(entity="opportunity_saving")
    assert [h.op for h in created] == ["create"]
    fields = {h.field for h in store.history.list(entity="opportunity", entity_id=opp.id)
              if h.op == "update"}
    assert {"estimate"} <= fields

    saving_id = store.savings.list("opportunity_id = ?", (opp.id,))[0].id
    before = _history_count(store)
    recompute_opportunity(store, opp.id)  # same inputs: nothing changes, nothing recorded
    assert _history_count(store) == before

    recompute_opportunity(store, opp.id, {"inputs": encode_inputs(
        {"electricity": 2000.0, "water": 10.0}), "owner": "Mai"})
    updates = store.history.list(entity="opportunity_saving", entity_id=saving_id)
    amount = next(h for h in updates if h.field == "amount")
    assert (amount.old, amount.new) == ("1000.0", "2000.0")
    assert store.savings.get(saving_id).amount == 2000.0  # same row, updated
    carriers = {s.carrier for s in store.savings.list("opportunity_id = ?", (opp.id,))}
    assert carriers == {"electricity", "water"}
    owner = store.history.list(entity="opportunity", entity_id=opp.id)
    assert any(h.field == "owner" and h.new == "Mai" and h.user == "tester" for h in owner)

    recompute_opportunity(store, opp.id, {"inputs": encode_inputs({"water": 10.0})})
    assert [s.carrier for s in store.savings.list("opportunity_id = ?", (opp.id,))] == ["water"]
    assert store.history.list(entity="opportunity_saving", entity_id=saving_id)[0].op == "delete"


@pytest.mark.parametrize(("changes", "input_name"), [
    ({"inputs": encode_inputs({"hole_diameter": (2.0, "mm"), "pressure": (900.0, "psi")})},
     "pressure"),
    ({"inputs": encode_inputs({"hole_diameter": (2.0, "kg")})}, "hole_diameter"),
    ({"inputs": encode_inputs({"nonsense": 1.0})}, "nonsense"),
    ({"discount_rate": 0.99, "lifetime_yr": 60.0}, None),
])
def test_bad_input_raises_and_writes_nothing(store: Store, audit, changes, input_name) -> None:  # type: ignore[no-untyped-def]
    opp = _opportunity(store, audit, estimator_id="water_leak",
                       inputs=encode_inputs({"hole_diameter": (2.0, "mm")}))
    recompute_opportunity(store, opp.id)
    stored = store.opportunities.get(opp.id)
    savings = store.savings.list("opportunity_id = ?", (opp.id,))
    before = _history_count(store)
    with pytest.raises((InputError, ValidationError)) as caught:
        recompute_opportunity(store, opp.id, changes)
    if input_name is not None:
        assert isinstance(caught.value, InputError)
        assert caught.value.input_name == input_name
        assert input_name in str(caught.value)
    assert _history_count(store) == before
    assert store.opportunities.get(opp.id) == stored
    assert store.savings.list("opportunity_id = ?", (opp.id,)) == savings


def test_unknown_estimator_is_an_input_error(store: Store, audit) -> None:  # type: ignore[no-untyped-def]
    opp = _opportunity(store, audit, estimator_id="perpetual_motion")
    with pytest.raises(InputError) as caught:
        recompute_opportunity(store, opp.id)
    assert caught.value.input_name == "estimator"
    assert store.savings.count() == 0


def test_register_rows_and_totals_by_hand(store: Store, audit) -> None:  # type: ignore[no-untyped-def]
    a = _opportunity(store, audit, code="T-01", estimator_id="custom", technique="GH",
                     inputs=encode_inputs({"electricity": 200_000.0}),
                     investment_equipment=500_000_000)
    b = _opportunity(store, audit, code="T-02", estimator_id="custom", technique="OR",
                     inputs=encode_inputs({"water": 1_000.0}), investment_equipment=30_000_000,
                     om_cost_change=5_000_000, symbiosis=True, partner="KCN")
    c = _opportunity(store, audit, code="T-03", estimator_id="custom", technique="GH",
                     status="rejected", inputs=encode_inputs({"electricity": 1_000_000.0}))
    d = _opportunity(store, audit, code="T-04", estimator_id="custom", technique="BP",
                     inputs=encode_inputs({"other_cost_saving": 50_000_000.0}))
    for opp in (a, b, c, d):
        recompute_opportunity(store, opp.id)

    rows = {r.code: r for r in register_rows(store, audit.id)}
    assert list(rows) == ["T-01", "T-02", "T-03", "T-04"]
    first = rows["T-01"]
    assert first.cost_savings_vnd == pytest.approx(404_000_000)
    assert first.cost_savings_usd == pytest.approx(404_000_000 / 26_000)
    assert first.payback_yr == pytest.approx(500 / 404)
    assert first.npv_vnd == pytest.approx(-500e6 + 404e6 * 6.144567, rel=1e-6)
    assert first.irr == pytest.approx(0.8, abs=0.01)  # NPV(80 %) ≈ 0 for I/S = 1.2376
    assert first.sir == pytest.approx(404e6 * 6.144567 / 500e6, rel=1e-6)
    assert first.co2e_t == pytest.approx(131.84)
    assert first.mac_usd_per_t == pytest.approx(first.mac_vnd_per_t / 26_000)
    second = rows["T-02"]
    assert second.cost_savings_vnd == pytest.approx(15_000_000)
    assert second.net_savings_vnd == pytest.approx(10_000_000)  # minus 5 M VND/yr O&M
    assert second.payback_yr == pytest.approx(3.0)
    assert second.mac_vnd_per_t is None  # water avoids no CO2e here
    fourth = rows["T-04"]
    assert fourth.cost_savings_vnd == pytest.approx(50_000_000)  # extra savings only
    assert fourth.irr is None and fourth.payback_yr == 0.0  # no investment: no IRR

    totals = audit_totals(store, audit.id)
    assert totals.rejected == 1
    assert totals.total.count == 3
    assert totals.total.savings == pytest.approx({"electricity": 200_000, "water": 1_000})
    assert totals.total.cost_savings_vnd == pytest.approx(404e6 + 15e6 + 50e6)
    assert totals.total.cost_savings_usd == pytest.approx((404e6 + 15e6 + 50e6) / 26_000)
    assert totals.total.investment_vnd == pytest.approx(530_000_000)
    assert totals.total.co2e_t == pytest.approx(131.84)
    assert totals.total.weighted_payback_yr == pytest.approx(530e6 / (404e6 + 10e6 + 50e6))
    assert totals.symbiosis.count == 1
    assert totals.symbiosis.cost_savings_vnd == pytest.approx(15_000_000)
    assert set(totals.by_technique) == {"GH", "OR", "BP"}
    assert totals.by_technique["GH"].count == 1  # the rejected GH one is left out


def test_register_survives_an_opportunity_with_an_impossible_lifetime(store: Store, audit) -> None:  # type: ignore[no-untyped-def]
    opp = _opportunity(store, audit, lifetime_yr=0.2)  # valid for the store, not for finance
    [row] = register_rows(store, audit.id)
    assert row.id == opp.id and row.payback_yr is None and row.npv_vnd is None


@pytest.mark.parametrize(("codes", "expected"), [
    ([], "01"),
    (["HL-01", "HL-04", "HL-02"], "HL-05"),
    (["BX-9", "X"], "BX-10"),
    (["A-01", "A-02", "B-07"], "A-03"),
])
def test_next_code_follows_the_audits_habit(codes: list[str], expected: str) -> None:
    assert next_code(codes) == expected


def test_engine_inputs_keep_the_number_exact_enough() -> None:
    raw = engine_inputs({"x": {"value": 0.1 + 0.2, "unit": "bar"}, "y": {"value": 1e-7, "unit": "m"}})
    assert float(raw["x"].split()[0]) == pytest.approx(0.3, rel=1e-14)
    assert raw["y"] == "1e-07 m"
