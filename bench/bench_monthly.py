"""Monthly consumption of 1,000,000 readings against a floor, in the same run.

What is timed (median of ``--repeat`` runs, wall clock, ``time.perf_counter``):

* **ours**: ``consumption.meter_intervals`` (differences, multiplier, rollover,
  negative/long/spike flags with median and MAD) + ``consumption.monthly_totals``
  (every interval prorated across month boundaries, coverage, flags per month),
  starting from numpy arrays of instants and register values.
* **floor**: plain pandas, no proration, no checks: a DataFrame of the same
  per-interval consumption keyed by interval end, ``groupby`` calendar month, ``sum``.
* for information: parsing the 1 M ISO texts (``consumption.reading_instants``).

The data: one register meter read every 5 minutes for ~9.5 years, with a
rollover at 10,000,000 kWh and a few holes. Run: ``.venv/bin/python bench/bench_monthly.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import pandas as pd

from auditdesk.calc.consumption import meter_intervals, monthly_totals, reading_instants

ROLLOVER = 10_000_000.0


def make_readings(count: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """``count`` instants 5 min apart (with 200 random 1-day holes) and register values."""
    rng = np.random.default_rng(seed)
    steps = np.full(count, 300, dtype=np.int64)
    steps[rng.integers(1, count, 200)] += 86_400
    instants = np.datetime64("2015-01-01T00:00:00") + np.cumsum(steps).astype("timedelta64[s]")
    used = rng.gamma(4.0, 2.5, count)  # kWh per 5 minutes
    values = np.cumsum(used) % ROLLOVER  # the register rolls over
    return instants, values


def ours(instants: np.ndarray, values: np.ndarray) -> int:
    intervals = meter_intervals(instants, values, kind="register", rollover=ROLLOVER)
    return len(monthly_totals(intervals))


def floor(instants: np.ndarray, values: np.ndarray) -> int:
    consumption = np.diff(values)
    consumption[consumption < 0] += ROLLOVER
    frame = pd.DataFrame({"ts": instants[1:], "kwh": consumption})
    return len(frame.groupby(frame["ts"].dt.to_period("M"))["kwh"].sum())


def timed(function: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readings", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    instants, values = make_readings(args.readings)
    months_ours, months_floor = ours(instants, values), floor(instants, values)
    texts = [str(t) for t in instants]
    t_ours = timed(lambda: ours(instants, values), args.repeat)
    t_floor = timed(lambda: floor(instants, values), args.repeat)
    t_parse = timed(lambda: reading_instants(texts), args.repeat)
    print(f"readings {args.readings:,}; months: ours {months_ours}, floor {months_floor}")
    print(f"ours (intervals+months) {t_ours:10.3f} s")
    print(f"floor (pandas groupby)  {t_floor:10.3f} s")
    print(f"ratio ours / floor      {t_ours / t_floor:10.2f}")
    print(f"parse 1 M ISO texts     {t_parse:10.3f} s  (not in either figure)")


if __name__ == "__main__":
    main()
