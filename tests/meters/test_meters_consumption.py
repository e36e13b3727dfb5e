"""Readings -> intervals -> months: rollover, multiplier, proration, gaps, spikes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditdesk.calc.consumption import (
    IntervalFlag,
    compute_intervals,
    flag_messages,
    flag_names,
    meter_intervals,
    monthly_consumption,
    monthly_totals,
    reading_instants,
    unit_factor,
    yearly_totals,
)
from auditdesk.model.entities import Meter, Reading


def _readings(*pairs: tuple[str, float]) -> list[Reading]:
    return [Reading(meter_id="m", ts=ts, value=value) for ts, value in pairs]


def _months(totals: list) -> dict[str, float | None]:  # type: ignore[type-arg]
    return {t.period: t.consumption for t in totals}


def test_rollover_counts_across_the_register_limit() -> None:
    meter = Meter(name="Main", kind="register", rollover=100_000)
    [interval] = compute_intervals(meter, _readings(("2024-01-01", 99_990), ("2024-01-02", 15)))
    # 100,000 - 99,990 + 15 = 25
    assert interval.consumption == pytest.approx(25)
    assert interval.flags == IntervalFlag.ROLLOVER
    assert interval.usable


def test_drop_without_rollover_value_is_flagged_not_counted() -> None:
    meter = Meter(name="Main", kind="register", rollover=None)
    readings = _readings(("2024-01-01", 500), ("2024-01-02", 450), ("2024-01-03", 470))
    first, second = compute_intervals(meter, readings)
    assert first.consumption == -50 and first.flags & IntervalFlag.NEGATIVE
    assert not first.usable
    assert second.consumption == 20 and second.usable
    months = monthly_consumption(meter, readings)
    assert months[0].consumption == pytest.approx(20)  # the drop is not summed
    assert months[0].status == "partial"  # ... and its day is not covered


def test_drop_that_does_not_fit_the_rollover_is_negative() -> None:
    meter = Meter(name="Main", kind="register", rollover=1_000)
    [interval] = compute_intervals(meter, _readings(("2024-01-01", 5_000), ("2024-01-02", 10)))
    assert interval.flags & IntervalFlag.NEGATIVE and not interval.flags & IntervalFlag.ROLLOVER


def test_multiplier_scales_register_and_period_meters() -> None:
    register = Meter(name="CT 200/5", kind="register", multiplier=40)
    [interval] = compute_intervals(
        register, _readings(("2024-01-01", 1_000), ("2024-01-02", 1_012.5))
    )
    assert interval.consumption == pytest.approx(12.5 * 40)
    period = Meter(name="Bill", kind="period", multiplier=2)
    intervals = compute_intervals(period, _readings(("2024-01-31", 10), ("2024-02-29", 20)))
    assert [i.consumption for i in intervals] == [20, 40]


def test_proration_across_a_month_boundary_by_elapsed_time() -> None:
    """1,100 kWh from the reading of 25 Jan to the reading of 5 Feb (dates: end of day).

    The interval runs from 26 Jan 00:00 to 6 Feb 00:00 = 11 days.
    January holds 26..31 = 6 days -> 1,100 x 6/11 = 600 kWh;
    February holds 1..5 = 5 days -> 1,100 x 5/11 = 500 kWh.
    """
    meter = Meter(name="Main", kind="register")
    readings = _readings(("2024-01-25", 10_000), ("2024-02-05", 11_100))
    months = monthly_consumption(meter, readings)
    assert _months(months) == {"2024-01": pytest.approx(600), "2024-02": pytest.approx(500)}
    assert [m.covered_days for m in months] == [6, 5]
    # With explicit times at midnight the same readings span 25 Jan..4 Feb: 7 + 4 days.
    timed = _readings(("2024-01-25T00:00:00", 10_000), ("2024-02-05T00:00:00", 11_100))
    assert _months(monthly_consumption(meter, timed)) == {
        "2024-01": pytest.approx(700),
        "2024-02": pytest.approx(400),
    }


def test_month_end_readings_give_whole_months() -> None:
    meter = Meter(name="Main", kind="register")
    readings = _readings(("2023-12-31", 0), ("2024-01-31", 310), ("2024-02-29", 600))
    months = monthly_consumption(meter, readings)
    assert _months(months) == {"2024-01": 310, "2024-02": 290}
    assert all(m.status == "complete" for m in months)


def test_gap_months_are_missing_not_zero() -> None:
    meter = Meter(name="Main", kind="register")
    readings = _readings(("2023-12-31", 0), ("2024-01-31", 100), ("2024-02-01", 150))
    months = monthly_consumption(meter, readings, "2023-11", "2024-04")
    by_month = {m.period: m for m in months}
    assert by_month["2023-11"].consumption is None and by_month["2023-11"].status == "missing"
    assert by_month["2023-12"].status == "missing"
    assert by_month["2024-01"].consumption == 100 and by_month["2024-01"].status == "complete"
    assert by_month["2024-02"].consumption == 50 and by_month["2024-02"].status == "partial"
    assert by_month["2024-03"].consumption is None and by_month["2024-04"].consumption is None
    years = {y.period: y for y in yearly_totals(months)}
    assert years["2024"].consumption == 150 and years["2024"].status == "partial"
    assert years["2023"].consumption is None and years["2023"].status == "missing"


def test_long_interval_is_flagged_and_prorated_over_the_months_it_spans() -> None:
    meter = Meter(name="Main", kind="register")
    pairs = [(f"2024-01-{day:02d}", day * 10.0) for day in range(1, 11)]
    pairs.append(("2024-04-09", 100 + 90 * 10.0))  # 90 days later, 900 more
    months = monthly_consumption(meter, _readings(*pairs))
    by_month = {m.period: m for m in months}
    assert by_month["2024-02"].consumption == pytest.approx(900 * 29 / 90)
    assert by_month["2024-02"].flags & IntervalFlag.LONG  # an interior month carries the flag
    assert by_month["2024-03"].status == "complete"


def test_spike_is_flagged_against_the_meters_own_history() -> None:
    meter = Meter(name="Main", kind="register")
    rates = [100, 104, 98, 101, 97, 103, 99, 102, 100, 400, 101, 98]  # kWh/day
    value, pairs = 0.0, [("2024-01-01", 0.0)]
    for day, rate in enumerate(rates, start=2):
        value += rate
        pairs.append((f"2024-01-{day:02d}", value))
    intervals = compute_intervals(meter, _readings(*pairs))
    spikes = [i.consumption for i in intervals if i.flags & IntervalFlag.SPIKE]
    assert spikes == [400]
    # A low day (a shutdown) is not a spike, and the spike still counts in the month.
    assert monthly_consumption(meter, _readings(*pairs))[0].consumption == sum(rates)


def test_robust_z_uses_mean_deviation_when_mad_is_zero() -> None:
    meter = Meter(name="Main", kind="period")
    values = [50.0] * 9 + [80.0]  # MAD = 0: mean absolute deviation 3 x 1.2533 -> z = 7.98
    pairs = [(f"2024-02-{day:02d}", v) for day, v in enumerate(values, start=1)]
    flags = [i.flags for i in compute_intervals(meter, _readings(*pairs))]
    assert flags[-1] & IntervalFlag.SPIKE and not any(f & IntervalFlag.SPIKE for f in flags[:-1])


def test_period_meter_first_value_assumes_start_and_single_value_has_none() -> None:
    meter = Meter(name="Bill", kind="period")
    first, second = compute_intervals(meter, _readings(("2024-01-31", 310), ("2024-02-29", 290)))
    assert first.flags & IntervalFlag.ASSUMED_START and first.usable
    assert first.start == "2024-01-03T00:00:00"  # 1 Feb 00:00 minus the next interval (29 days)
    assert second.start == "2024-02-01T00:00:00" and second.end == "2024-03-01T00:00:00"
    [lone] = compute_intervals(meter, _readings(("2024-01-31", 310)))
    assert lone.flags & IntervalFlag.NO_START and not lone.usable
    negative = compute_intervals(meter, _readings(("2024-01-31", 310), ("2024-02-29", -5)))
    assert negative[1].flags & IntervalFlag.NEGATIVE and not negative[1].usable


def test_readings_in_any_order_and_same_instant() -> None:
    meter = Meter(name="Main", kind="register")
    readings = _readings(("2024-01-03", 30), ("2024-01-01", 10), ("2024-01-02", 20))
    intervals = compute_intervals(meter, readings)
    assert [i.reading_ts for i in intervals] == ["2024-01-02", "2024-01-03"]
    same = _readings(("2024-01-01", 10), ("2024-01-02T00:00:00", 12))  # both 2 Jan 00:00
    [interval] = compute_intervals(meter, same)
    assert interval.flags & IntervalFlag.SAME_TIME and not interval.usable


def test_flag_messages_are_text() -> None:
    messages = flag_messages(IntervalFlag.ROLLOVER | IntervalFlag.SPIKE)
    assert len(messages) == 2 and "rollover" in messages[0]
    assert flag_names(IntervalFlag.SPIKE | IntervalFlag.LONG) == ["Spike", "Gap"]


def test_vectorised_path_matches_a_plain_loop_on_random_readings() -> None:
    rng = np.random.default_rng(7)
    seconds = np.cumsum(rng.integers(600, 9 * 86_400, 400))
    instants = np.datetime64("2023-01-01T00:00:00") + seconds.astype("timedelta64[s]")
    values = np.cumsum(rng.uniform(0, 500, 400))
    arrays = meter_intervals(instants, values)
    totals = {t.period: t.consumption for t in monthly_totals(arrays)}
    expected: dict[str, float] = {}
    for start, end, amount in zip(instants[:-1], instants[1:], np.diff(values), strict=True):
        cursor = start
        while cursor < end:
            month = cursor.astype("datetime64[M]")
            stop = min(end, (month + 1).astype("datetime64[s]"))
            inside = int((stop - cursor).astype(np.int64))  # seconds
            share = float(amount) * inside / int((end - start).astype(np.int64))
            expected[str(month)] = expected.get(str(month), 0.0) + share
            cursor = stop
    assert set(totals) == set(expected)
    for month, value in expected.items():
        assert totals[month] == pytest.approx(value, rel=1e-9, abs=1e-6)


def test_reading_instants_rejects_bad_text() -> None:
    with pytest.raises(ValueError):
        reading_instants(["31/01/2024"])


def test_unit_factor() -> None:
    assert unit_factor("MWh", "kWh") == 1000
    assert unit_factor("L", "m³") == pytest.approx(0.001)
    assert unit_factor("t", "kg") == 1000
    assert unit_factor("kWh", "KWH") == 1
    with pytest.raises(ValueError):
        unit_factor("L", "kg")
    with pytest.raises(ValueError):
        unit_factor("furlong", "kg")


@pytest.mark.parametrize("size", [1, 2, 9, 10, 100_001])
def test_median_helper_matches_numpy_also_on_repeated_values(size: int) -> None:
    from auditdesk.calc.consumption import _median

    rng = np.random.default_rng(size)
    repeated = np.where(rng.random(size) < 0.01, 86_700, 300).astype(np.int64)
    spread = rng.gamma(4.0, 2.5, size)
    for values in (repeated, spread):
        assert _median(values) == pytest.approx(float(np.median(values)))


@given(
    steps=st.lists(st.integers(1, 120 * 86_400), min_size=1, max_size=60),
    used=st.lists(st.floats(0, 1e6), min_size=60, max_size=60),
    period=st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_proration_conserves_consumption_and_time(
    steps: list[int], used: list[float], period: bool
) -> None:
    """Whatever the spacing, the months add up to the intervals, and covered time to their span."""
    seconds = np.cumsum([0, *steps])
    instants = np.datetime64("2022-03-17T05:00:00") + seconds.astype("timedelta64[s]")
    amounts = np.array(used[: seconds.size])
    values = amounts if period else np.cumsum(amounts)
    arrays = meter_intervals(instants, values, kind="period" if period else "register")
    months = monthly_totals(arrays)
    usable = arrays.usable
    total = float(arrays.consumption[usable].sum())
    assert sum(m.consumption or 0.0 for m in months) == pytest.approx(total, rel=1e-9, abs=1e-6)
    span = (arrays.end - arrays.start).astype(np.int64)[usable].sum() / 86_400
    assert sum(m.covered_days for m in months) == pytest.approx(span)
    assert all(m.covered_days <= m.days for m in months)
