"""Measurement and verification (M&V): the arithmetic of measured savings (no store;
``auditdesk.review.followup`` applies it to an opportunity's meters).

**Avoided consumption** (IPMVP Core Concepts, EVO 10000-1:2016: avoided energy
use, Option C; ASHRAE Guideline 14-2014, the regression approach): the baseline
model — the regression of the verifying meters' monthly consumption on
production over the audit's baseline period, ``E = a + b·P``
(``auditdesk.calc.production_model``) — predicts what each month of the
reporting period would have used at that month's production; per month
``savings = predicted − actual``, summed over the m reporting months:
``S = Σ (a + b·P_j − E_j)``.

**Uncertainty** (ASHRAE Guideline 14-2014, Annex B, the uncertainty of savings
from a least-squares baseline; Reddy & Claridge, "Uncertainty of 'measured' energy
savings from statistical baseline models", HVAC&R Research 6(1), 2000):
with s the standard error of the regression, n baseline months, mean
production P̄ and Sxx = Σ (P_i − P̄)² over the baseline,

    SE(S) = s · √( m + m²/n + (Σ_j (P_j − P̄))² / Sxx )

— m for the scatter of the m measured months, m²/n + (…)²/Sxx for the error of
the fitted line summed over the reporting months (the predictions share the
coefficients, so their errors add linearly, not in quadrature). It assumes
independent monthly residuals (no autocorrelation correction). The 90 %
interval is ± t · SE(S) with Student's t at n − 2 degrees of freedom, as IPMVP
reports it; Guideline 14 asks that the fractional uncertainty t · SE(S) / S
stay under 50 % at 68 % confidence.

**Specific consumption before and after** (ISO 50006 energy performance
indicator): SEC = Σ consumption / Σ production over the complete baseline and
reporting months; ``(SEC_before − SEC_after) × production_after`` is shown
beside the regression result. It ignores the fixed part of the load, so it
over- or under-states savings when production changes — the reason the
regression is the measured result.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditdesk.i18n import translate

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.calc.production_model import Regression

# Student's t for a two-sided 90 % interval (t at 0.95) by degrees of freedom;
# between rows the smaller number of degrees (the larger t) is used.
_T90 = {1: 6.314, 2: 2.920, 3: 2.353, 4: 2.132, 5: 2.015, 6: 1.943, 7: 1.895, 8: 1.860,
        9: 1.833, 10: 1.812, 11: 1.796, 12: 1.782, 13: 1.771, 14: 1.761, 15: 1.753,
        16: 1.746, 17: 1.740, 18: 1.734, 19: 1.729, 20: 1.725, 21: 1.721, 22: 1.717,
        23: 1.714, 24: 1.711, 25: 1.708, 26: 1.706, 27: 1.703, 28: 1.701, 29: 1.699,
        30: 1.697, 40: 1.684, 60: 1.671, 120: 1.658}
_Z90 = 1.645


def t90(dof: int) -> float:
    """Student's t for a two-sided 90 % interval at ``dof`` degrees of freedom."""
    if dof < 1:
        raise ValueError("no degrees of freedom")
    usable = [d for d in _T90 if d <= dof]
    return _T90[max(usable)] if dof <= 120 else _Z90


class MVError(ValueError):
    """Savings that cannot be measured (translated message saying what is missing)."""


# --- the arithmetic --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportingMonth:
    """One month after implementation: production, the baseline model's prediction
    at that production, and the measured consumption (the consumption unit)."""

    month: str
    production: float
    predicted: float
    actual: float

    @property
    def savings(self) -> float:
        return self.predicted - self.actual


@dataclass(frozen=True)
class AvoidedConsumption:
    """Savings over the reporting months with their uncertainty (module docstring)."""

    months: list[ReportingMonth]
    regression: Regression
    standard_error: float
    t90: float

    @property
    def predicted(self) -> float:
        return sum(m.predicted for m in self.months)

    @property
    def actual(self) -> float:
        return sum(m.actual for m in self.months)

    @property
    def savings(self) -> float:
        return sum(m.savings for m in self.months)

    @property
    def interval90(self) -> float:
        """Half-width of the 90 % confidence interval of ``savings``."""
        return self.t90 * self.standard_error

    @property
    def fractional_uncertainty(self) -> float | None:
        """``interval90 / |savings|`` (None when nothing was saved)."""
        return self.interval90 / abs(self.savings) if self.savings else None

    def per_year(self, value: float) -> float:
        """``value`` over the reporting months scaled to twelve months."""
        return value * 12.0 / len(self.months)


def savings_standard_error(regression: Regression, production: Sequence[float]) -> float:
    """SE of the summed savings over reporting months with ``production`` (docstring)."""
    m = len(production)
    spread = sum(p - regression.mean_x for p in production)
    return regression.standard_error * math.sqrt(
        m + m * m / regression.n + spread * spread / regression.sxx)


def avoided_consumption(regression: Regression,
                        reporting: Sequence[tuple[str, float, float]]) -> AvoidedConsumption:
    """Savings of the reporting months given as (month, production, actual consumption)."""
    if not reporting:
        raise MVError(translate("MV", "No month after the implementation has both consumption "
                                      "and production: nothing to measure yet."))
    months = [ReportingMonth(month, production, regression.predict(production).value, actual)
              for month, production, actual in reporting]
    return AvoidedConsumption(
        months=months, regression=regression,
        standard_error=savings_standard_error(regression, [m.production for m in months]),
        t90=t90(regression.n - 2))


@dataclass(frozen=True)
class SpecificComparison:
    """Specific consumption before and after, e.g. kWh/t (module docstring)."""

    unit: str
    before: float | None
    after: float | None
    production_after: float

    @property
    def savings(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return (self.before - self.after) * self.production_after


def compare_specific(before: Sequence[tuple[float, float]], after: Sequence[tuple[float, float]],
                     unit: str) -> SpecificComparison:
    """SEC from (consumption, production) pairs of complete months before and after."""

    def sec(pairs: Sequence[tuple[float, float]]) -> float | None:
        made = sum(p for _, p in pairs)
        return sum(c for c, _ in pairs) / made if made > 0 else None

    return SpecificComparison(unit, sec(before), sec(after), sum(p for _, p in after))
