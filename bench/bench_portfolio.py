"""Portfolio financials for 100,000 opportunities: AuditDesk vs a plain NumPy floor.

Both compute payback, NPV, SIR, cost of saved energy, marginal abatement cost and
IRR (60-step bisection on the annuity equation) for the same random portfolio in
the same run; the ratio shows what the library's checks and broadcasting cost.
Run: ``.venv/bin/python bench/bench_portfolio.py [N]``.
"""

from __future__ import annotations

import sys
import time

import numpy as np


def make_portfolio(n: int, seed: int = 7) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "investment": rng.uniform(0, 5e9, n),
        "savings": rng.uniform(-1e8, 2e9, n),
        "om": rng.uniform(0, 5e7, n),
        "years": rng.integers(3, 26, n).astype(float),
        "rate": rng.uniform(0.03, 0.15, n),
        "kwh": rng.uniform(0, 5e6, n),
        "gj": rng.uniform(0, 2e4, n),
        "co2": rng.uniform(0, 3e3, n),
    }


def plain_floor(p: dict[str, np.ndarray]) -> tuple[np.ndarray, ...]:
    """The same arithmetic with nothing around it."""
    inv, net, n, i = p["investment"], p["savings"] - p["om"], p["years"], p["rate"]
    annuity = (1 - (1 + i) ** -n) / i
    capital = inv / annuity + p["om"]
    with np.errstate(divide="ignore", invalid="ignore"):
        payback = np.where(net > 0, inv / net, np.nan)
        npv = -inv + net * annuity
        sir = np.where(inv > 0, net * annuity / inv, np.nan)
        cse = np.where(p["kwh"] > 0, capital / p["kwh"], np.nan)
        cse_gj = np.where(p["gj"] > 0, capital / p["gj"], np.nan)
        mac = np.where(p["co2"] > 0, (capital - p["savings"]) / p["co2"], np.nan)
        ok = (inv > 0) & (net > 0)
        low = np.full(inv.shape, -0.99)
        high = np.where(ok, net / inv, 0.0)
        for _ in range(60):
            mid = 0.5 * (low + high)
            positive = net * (1 - (1 + mid) ** -n) / mid - inv > 0
            low = np.where(positive, mid, low)
            high = np.where(positive, high, mid)
        irr = np.where(ok, 0.5 * (low + high), np.nan)
    return payback, npv, sir, cse, cse_gj, mac, irr


def best_of(fn, repeats: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    from auditdesk.calc.portfolio import evaluate_portfolio

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    p = make_portfolio(n)

    def ours() -> object:
        return evaluate_portfolio(
            p["investment"],
            p["savings"],
            om_cost_change_vnd=p["om"],
            lifetime_yr=p["years"],
            discount_rate=p["rate"],
            electricity_kwh=p["kwh"],
            energy_gj=p["gj"],
            co2e_t=p["co2"],
        )

    ours()  # warm up (imports)
    floor_s = best_of(lambda: plain_floor(p))
    ours_s = best_of(ours)
    result = ours()
    floor = plain_floor(p)
    assert np.allclose(result.npv_vnd, floor[1]) and np.allclose(
        result.irr, floor[6], equal_nan=True, atol=1e-9
    )
    print(f"opportunities: {n:,}")
    print(f"plain NumPy floor: {floor_s:.3f} s")
    print(f"auditdesk.calc.portfolio: {ours_s:.3f} s")
    print(f"ratio (AuditDesk / floor): {ours_s / floor_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
