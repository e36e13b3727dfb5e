"""Consumption against production: specific consumption and the regression model.

* **Production per month**: each ProductionRecord is prorated over the days of
  its period (start and end dates inclusive), like readings are prorated over time.
* **Specific consumption** (suất tiêu hao, e.g. kWh/t, m3/t, GJ/t): consumption
  of a complete month / production of that month; partial months get none,
  since their consumption is not the whole month's.
* **Regression** (ordinary least squares, consumption = fixed + variable x
  production): the baseline model of ISO 50006 / IPMVP option C. ``predict``
  gives the expected consumption of a month with its standard error, for
  measurement and verification of savings later (ASHRAE Guideline 14).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from auditdesk.calc.consumption import PeriodTotal, unit_factor
from auditdesk.i18n import translate
from auditdesk.model.entities import ProductionRecord


def monthly_production(
    records: Iterable[ProductionRecord], unit: str, product: str | None = None
) -> dict[str, float]:
    """Production per month in ``unit``, each record prorated by days (its dates inclusive).

    Only records of ``product`` when given. Raises ValueError when a record's
    unit cannot be converted to ``unit``.
    """
    result: dict[str, float] = {}
    for record in records:
        if product is not None and record.product != product:
            continue
        quantity = record.quantity * unit_factor(record.unit, unit)
        start = _dt.date.fromisoformat(record.period_start)
        end = _dt.date.fromisoformat(record.period_end) + _dt.timedelta(days=1)
        total_days = (end - start).days
        day = start
        while day < end:
            following = _dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            stop = min(following, end)
            key = f"{day.year:04d}-{day.month:02d}"
            result[key] = result.get(key, 0.0) + quantity * (stop - day).days / total_days
            day = stop
    return result


@dataclass(frozen=True)
class SpecificMonth:
    month: str
    consumption: float | None
    production: float | None
    value: float | None  # consumption / production


@dataclass(frozen=True)
class SpecificConsumption:
    """Specific consumption (suất tiêu hao), e.g. ``unit`` = "kWh/t".

    ``value`` per month only for complete months with production > 0;
    ``overall`` = sum of those months' consumption / their production.
    """

    unit: str
    months: list[SpecificMonth]
    overall: float | None


def specific_consumption(
    months: Sequence[PeriodTotal],
    production: Mapping[str, float],
    consumption_unit: str,
    production_unit: str,
) -> SpecificConsumption:
    """Consumption per production unit by month (kWh/t, m3/t, GJ/t ...)."""
    rows: list[SpecificMonth] = []
    used_consumption = used_production = 0.0
    for month in months:
        made = production.get(month.period)
        value = None
        if month.status == "complete" and month.consumption is not None and made:
            value = month.consumption / made
            used_consumption += month.consumption
            used_production += made
        rows.append(SpecificMonth(month.period, month.consumption, made, value))
    overall = used_consumption / used_production if used_production else None
    return SpecificConsumption(f"{consumption_unit}/{production_unit}", rows, overall)


# --- regression of consumption on production ---------------------------------------------------


@dataclass(frozen=True)
class Prediction:
    value: float
    standard_error: float


@dataclass(frozen=True)
class Regression:
    """Least squares ``consumption = fixed + variable x production`` over ``n`` months.

    fixed [consumption unit/month], variable [consumption unit per production
    unit], r_squared (0-1), standard_error of the estimate sqrt(SSE/(n-2)),
    standard errors of both coefficients; ``mean_x`` and ``sxx`` (sum of
    squared deviations of production) serve the prediction error.
    """

    fixed: float
    variable: float
    r_squared: float
    n: int
    standard_error: float
    se_fixed: float
    se_variable: float
    mean_x: float
    sxx: float

    def predict(self, production: float, new_observation: bool = True) -> Prediction:
        """Consumption expected at ``production``, with its standard error.

        For one new month (``new_observation``, the M&V case of ASHRAE Guideline
        14): s x sqrt(1 + 1/n + (x - mean)^2 / Sxx); for the mean response the
        leading 1 is dropped.
        """
        leverage = 1 / self.n + (production - self.mean_x) ** 2 / self.sxx
        spread = self.standard_error * math.sqrt((1.0 if new_observation else 0.0) + leverage)
        return Prediction(self.fixed + self.variable * production, spread)


def fit_regression(production: Sequence[float], consumption: Sequence[float]) -> Regression:
    """Ordinary least squares of consumption on production (at least 3 points)."""
    n = len(production)
    if n != len(consumption):
        raise ValueError("production and consumption differ in length")
    if n < 3:
        raise ValueError(
            translate("Readings", "At least 3 months with consumption and production are needed.")
        )
    mean_x = sum(production) / n
    mean_y = sum(consumption) / n
    sxx = sum((x - mean_x) ** 2 for x in production)
    if sxx == 0:
        raise ValueError(
            translate("Readings", "Production is the same every month: no regression is possible.")
        )
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(production, consumption, strict=True))
    variable = sxy / sxx
    fixed = mean_y - variable * mean_x
    sse = sum((y - fixed - variable * x) ** 2 for x, y in zip(production, consumption, strict=True))
    sst = sum((y - mean_y) ** 2 for y in consumption)
    s = math.sqrt(sse / (n - 2))
    return Regression(
        fixed=fixed,
        variable=variable,
        r_squared=1 - sse / sst if sst else 0.0,
        n=n,
        standard_error=s,
        se_fixed=s * math.sqrt(1 / n + mean_x**2 / sxx),
        se_variable=s / math.sqrt(sxx),
        mean_x=mean_x,
        sxx=sxx,
    )


def regress_on_production(
    months: Sequence[PeriodTotal], production: Mapping[str, float]
) -> Regression:
    """Regression over the complete months that also have production figures."""
    pairs = [
        (production[m.period], m.consumption)
        for m in months
        if m.status == "complete" and m.consumption is not None and m.period in production
    ]
    return fit_regression([x for x, _ in pairs], [y for _, y in pairs])
