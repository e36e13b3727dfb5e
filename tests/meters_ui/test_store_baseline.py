"""The audit baseline from the store: edge readings prorated in, the date-only ordering
trap, production models, the period, and the demo audit against the calc core."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from auditdesk import model
from auditdesk.calc.baseline import BaselinePeriod, baseline_from_readings
from auditdesk.store import Store
from auditdesk.store.baseline import (
    ENERGY,
    audit_baseline,
    baseline_inputs,
    baseline_json,
    period_readings,
    save_period,
)

from .conftest import audit_id

YEAR = BaselinePeriod("2024-01", "2024-12")


def _mid_month_register(store: Store, meter: model.Meter, per_day: float) -> None:
    """A register read on the 15th at noon from Aug 2023 to May 2025, ``per_day`` raw units/day."""
    start = dt.datetime(2023, 8, 15, 12)
    readings, value = [], 0.0
    for i in range(22):
        month = dt.datetime(2023 + (7 + i) // 12, (7 + i) % 12 + 1, 15, 12)
        value = (month - start).total_seconds() / 86_400 * per_day
        readings.append(model.Reading(meter_id=meter.id, ts=month.isoformat(), value=value))
    store.readings.add_many(readings)


def test_readings_around_the_period_are_prorated_in(store: Store, plant: dict) -> None:
    main = plant["main"]
    _mid_month_register(store, main, per_day=10.0)  # x multiplier 10 = 100 kWh/day
    result = audit_baseline(store, audit_id(store), YEAR)
    electricity = result.baseline.carrier("electricity")
    assert electricity is not None and electricity.complete  # 1-14 Jan and 16-31 Dec covered
    assert electricity.amount == pytest.approx(366 * 100.0)  # 2024 is a leap year
    assert [m.consumption for m in electricity.months][:2] == pytest.approx([3_100.0, 2_900.0])
    assert electricity.meter_ids == (main.id,)  # the sub-meter is not counted
    loaded = period_readings(store.conn, main.id, YEAR)
    assert loaded[0].ts == "2023-11-15T12:00:00" and loaded[-1].ts == "2025-02-15T12:00:00"
    assert result.readings_used == len(loaded) == 16  # of 22: two neighbours on each side


def test_a_date_only_reading_on_the_edge_is_not_lost(store: Store, plant: dict) -> None:
    """'2023-12-31' means 1 Jan 00:00 but sorts before '2023-12-31T12:00'; both readings and
    the reading before them must be read for January to be complete and exact."""
    water = plant["water"]  # per-period meter: a value is the use since the previous reading
    store.readings.add_many(
        [
            model.Reading(meter_id=water.id, ts="2023-11-30", value=300.0),
            model.Reading(meter_id=water.id, ts="2023-12-31T12:00:00", value=310.0),
            model.Reading(meter_id=water.id, ts="2023-12-31", value=5.0),  # 12:00 -> 24:00
            model.Reading(meter_id=water.id, ts="2024-01-31", value=620.0),  # all of January
            model.Reading(meter_id=water.id, ts="2024-02-29", value=580.0),
        ]
    )
    january = BaselinePeriod("2024-01", "2024-01")
    result = audit_baseline(store, audit_id(store), january)
    carrier = result.baseline.carrier("water")
    assert carrier is not None and carrier.complete and carrier.amount == pytest.approx(620.0)
    every = store.readings.list(water.id)
    expected = baseline_from_readings([water], {water.id: every}, january, result.inputs.factors)
    assert expected.carrier("water").amount == pytest.approx(carrier.amount)  # type: ignore[union-attr]


def test_the_demo_baseline_matches_the_core_on_all_readings(demo_store: Store) -> None:
    for audit in demo_store.audits.list():
        result = audit_baseline(demo_store, audit.id)
        assert result.period == BaselinePeriod("2024-03", "2025-02")
        meters = result.inputs.meters
        every = {m.id: demo_store.readings.list(m.id) for m in meters}
        core = baseline_from_readings(meters, every, result.period, result.inputs.factors)
        assert result.baseline.total_toe == pytest.approx(core.total_toe)
        assert result.baseline.total_cost_vnd == pytest.approx(core.total_cost_vnd)
        assert all(c.complete for c in result.baseline.carriers)
        assert result.product and result.production_unit == "t"
        assert len(result.production) == 12
        energy = result.model(ENERGY)
        assert energy is not None and energy.regression is not None
        assert 0.5 < energy.regression.r_squared <= 1 and energy.regression.n == 12
        assert energy.specific is not None and energy.specific.unit == "GJ/t"
    textile = next(a for a in demo_store.audits.list() if "Kiểm toán" in a.title)
    assert audit_baseline(demo_store, textile.id).baseline.key_energy_user  # ~3,700 TOE


def test_regression_recovers_a_hand_made_base_load(store: Store, plant: dict) -> None:
    """Water per month = 400 m3 + 2.5 m3/t x production, exactly: fixed 400, variable 2.5, R2 1."""
    water, enterprise_id = plant["water"], plant["water"].enterprise_id
    made = [100, 140, 90, 160, 120, 180, 110, 150, 130, 170, 95, 125]
    readings = [model.Reading(meter_id=water.id, ts="2023-12-31", value=1.0)]
    for month, tonnes in enumerate(made, start=1):
        last = dt.date(2024 + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        readings.append(
            model.Reading(meter_id=water.id, ts=last.isoformat(), value=400 + 2.5 * tonnes)
        )
        store.production.create(
            model.ProductionRecord(
                enterprise_id=enterprise_id,
                period_start=f"2024-{month:02d}-01",
                period_end=last.isoformat(),
                product="Cá",
                quantity=tonnes * 1000.0,
                unit="kg",
            )
        )
    store.production.create(
        model.ProductionRecord(
            enterprise_id=enterprise_id,
            period_start="2024-01-01",
            period_end="2024-01-31",
            product="Đá",
            quantity=5,
            unit="t",
        )
    )
    store.readings.add_many(readings)
    result = audit_baseline(store, audit_id(store), YEAR)
    assert result.products == ["Cá", "Đá"] and result.product == "Cá"
    assert result.production_unit == "kg"
    water_model = result.model("water")
    assert water_model is not None and water_model.regression is not None
    assert water_model.regression.fixed == pytest.approx(400.0)
    assert water_model.regression.variable * 1000 == pytest.approx(2.5)  # per kg -> per t
    assert water_model.regression.r_squared == pytest.approx(1.0)
    total = sum(400 + 2.5 * t for t in made)
    assert water_model.specific is not None
    assert water_model.specific.overall == pytest.approx(total / (sum(made) * 1000))
    other = audit_baseline(store, audit_id(store), YEAR, product="Đá")
    assert other.product == "Đá" and other.model("water").regression is None  # type: ignore[union-attr]
    assert "3 months" in other.model("water").note  # type: ignore[union-attr]
    energy = result.model(ENERGY)  # the electricity meter has no readings: no energy model
    assert energy is not None and energy.regression is None and energy.note


def test_the_period_defaults_to_the_audit_and_can_be_kept(store: Store, plant: dict) -> None:
    aid = audit_id(store)
    assert baseline_inputs(store, aid).default_period == BaselinePeriod("2024-03", "2025-02")
    result = audit_baseline(store, aid)
    assert result.period == BaselinePeriod("2024-03", "2025-02")
    assert any("no readings" in note for note in result.notes)
    assert any("production" in note.lower() for note in result.notes)
    save_period(store, aid, YEAR)
    audit = store.audits.get(aid)
    assert (audit.baseline_start, audit.baseline_end) == ("2024-01-01", "2024-12-31")
    assert baseline_inputs(store, aid).default_period == YEAR
    changed = {h.field for h in store.history.list(entity="audit", entity_id=aid)}
    assert {"baseline_start", "baseline_end"} <= changed


def test_json_holds_every_figure_the_text_shows(demo_store: Store) -> None:
    audit = demo_store.audits.list()[0]
    data = json.loads(json.dumps(baseline_json(audit_baseline(demo_store, audit.id))))
    assert data["period"] == {"from": "2024-03", "to": "2025-02"}
    first = data["carriers"][0]
    assert {
        "carrier",
        "unit",
        "amount",
        "gj",
        "toe",
        "co2e_t",
        "cost_vnd",
        "cost_usd",
        "share_gj",
        "share_cost",
        "months",
    } <= set(first)
    assert len(first["months"]) == 12
    assert data["totals"]["toe"] == pytest.approx(sum(c["toe"] or 0 for c in data["carriers"]))
    assert isinstance(data["key_energy_user"], bool)
    assert data["models"][-1]["key"] == ENERGY and data["models"][-1]["regression"]["months"] == 12
