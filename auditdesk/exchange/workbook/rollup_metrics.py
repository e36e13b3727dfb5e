"""The roll-up's figures per group — audit, park, technique, status — summed the way the
sheets sum them (no Qt).

``MetricArrays`` holds every opportunity's figures as arrays; ``group`` adds them per
group with ``numpy.bincount``, which adds one value after the other in row order, as
the spreadsheet's SUMIFS does, so the cached values are what a recalculation shows.
Rejected opportunities are left out; industrial-symbiosis ones are counted apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.workbook import contract as c

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from auditdesk.exchange.workbook.rollup_data import Portfolio


@dataclass
class Metrics:
    """Per group (audit, park, technique, status): the cached values of METRIC_COLUMNS."""

    values: dict[str, np.ndarray]  # metric key -> one value per group

    def row(self, group: int) -> dict[str, Any]:
        return {key: array[group] for key, array in self.values.items()}


class MetricArrays:
    """The opportunities' figures as arrays, to sum them per group in sheet order."""

    def __init__(self, portfolio: Portfolio) -> None:
        import numpy as np

        lines = portfolio.lines
        n = len(lines)

        def array(get: Callable[[Any], float | None]) -> np.ndarray:
            return np.fromiter(((get(ln) or 0.0) for ln in lines), float, n)

        self.n = n
        self.rejected = np.fromiter((ln.status == "rejected" for ln in lines), bool, n)
        self.symbiosis = np.fromiter((ln.symbiosis for ln in lines), bool, n)
        self.recp = ~self.rejected & ~self.symbiosis
        self.is_kept = ~self.rejected & self.symbiosis
        def saving(code: str) -> Callable[[Any], float | None]:
            return lambda line: line.savings.get(code)

        self.values = {f"saving_{code}": array(saving(code)) for code in c.CARRIERS}
        self.values.update(cost_vnd=array(lambda ln: ln.cost_vnd),
                           cost_usd=array(lambda ln: ln.cost_usd),
                           investment=array(lambda ln: ln.investment),
                           net=array(lambda ln: ln.net), co2e=array(lambda ln: ln.co2e))
        self.technique = [ln.technique for ln in lines]
        self.status = [ln.status for ln in lines]

    def group(self, index: Sequence[int], groups: int, mask: np.ndarray | None = None
              ) -> Metrics:
        """Sums per group (``index[i]`` is line i's group), rejected ones left out unless
        ``mask`` chooses the lines itself (ByStatus)."""
        import numpy as np

        idx = np.asarray(index, dtype=np.int64) if self.n else np.zeros(0, np.int64)
        recp = self.recp if mask is None else mask & ~self.symbiosis
        sym = self.is_kept if mask is None else mask & self.symbiosis

        def total(weights: np.ndarray | None, chosen: np.ndarray) -> np.ndarray:
            w = None if weights is None else weights[chosen]
            return np.bincount(idx[chosen], weights=w, minlength=groups).astype(float)

        out = {"recp_count": total(None, recp)}
        for key, values in self.values.items():
            out[key] = total(values, recp)
        with np.errstate(divide="ignore", invalid="ignore"):
            out["payback"] = np.where(out["net"] > 0, np.maximum(out["investment"], 0.0)
                                      / out["net"], np.nan)
        out["is_count"] = total(None, sym)
        out["is_cost_vnd"] = total(self.values["cost_vnd"], sym)
        out["is_co2e"] = total(self.values["co2e"], sym)
        out["rejected"] = total(None, self.rejected if mask is None else mask & self.rejected)
        return Metrics(out)


def ordered_sum(values: np.ndarray, chosen: np.ndarray) -> float:
    """Σ values[chosen] added one after the other, in sheet order (as the rows are)."""
    import numpy as np

    picked = values[chosen]
    return float(np.bincount(np.zeros(picked.size, np.int64), weights=picked,
                             minlength=1)[0]) if picked.size else 0.0


@dataclass(frozen=True)
class GroupFigure:
    """One bar of the dashboard: a park, a technique or a status."""

    key: str
    label: str
    recp: int
    symbiosis: int
    cost_vnd: float
    co2e: float


@dataclass(frozen=True)
class PortfolioFigures:
    """The portfolio's headline and its figures by park, technique and status — the same
    numbers as the roll-up's Summary (RECP column) and its By… sheets."""

    audits: int
    enterprises: int
    recp: int
    symbiosis: int
    kwh: float
    water_m3: float
    cost_vnd: float
    cost_usd: float
    investment: float
    co2e: float
    by_park: list[GroupFigure]
    by_technique: list[GroupFigure]
    by_status: list[GroupFigure]


def _bars(keys: Sequence[tuple[str, str]], metrics: Metrics) -> list[GroupFigure]:
    values = metrics.values
    return [GroupFigure(key, label, int(values["recp_count"][i]), int(values["is_count"][i]),
                        float(values["cost_vnd"][i]), float(values["co2e"][i]))
            for i, (key, label) in enumerate(keys)]


def portfolio_figures(portfolio: Portfolio) -> PortfolioFigures:
    """Totals and the figures by park, technique and status of ``portfolio``."""
    import numpy as np

    arrays = MetricArrays(portfolio)
    total = arrays.group([0] * arrays.n, 1).values
    parks = portfolio.parks
    park_index = {park_id: i for i, (park_id, _, _) in enumerate(parks)}
    by_park = arrays.group([park_index[portfolio.audits[a].park_id]
                            for a in portfolio.line_audit], len(parks))
    techniques = list(c.TECHNIQUES)
    by_technique = arrays.group([techniques.index(t) if t in techniques else len(techniques)
                                 for t in arrays.technique], len(techniques) + 1)
    statuses = list(c.OPPORTUNITY_STATUSES)
    by_status = arrays.group([statuses.index(s) if s in statuses else len(statuses)
                              for s in arrays.status], len(statuses) + 1,
                             mask=np.ones(arrays.n, bool))
    return PortfolioFigures(
        audits=len(portfolio.audits), enterprises=portfolio.enterprises,
        recp=int(total["recp_count"][0]), symbiosis=int(total["is_count"][0]),
        kwh=float(total["saving_electricity"][0]),
        water_m3=float(total[f"saving_{c.HEADLINE_WATER}"][0]),
        cost_vnd=float(total["cost_vnd"][0]), cost_usd=float(total["cost_usd"][0]),
        investment=float(total["investment"][0]), co2e=float(total["co2e"][0]),
        by_park=_bars([(park_id, name) for park_id, name, _ in parks], by_park),
        by_technique=_bars([(code, code) for code in techniques], by_technique),
        by_status=_bars([(code, code) for code in statuses], by_status))
