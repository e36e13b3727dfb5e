"""Numbers of the register as people read them, in the UI language's format."""

from __future__ import annotations

import math

from auditdesk.i18n import format_number


def quantity(value: float | None) -> str:
    """A measured or computed quantity with as many decimals as its size deserves:
    1.234.567 · 123,4 · 12,35 · 0,123."""
    if value is None or not math.isfinite(value):
        return "–"
    size = abs(value)
    if size >= 1000 or size == 0:
        decimals = 0
    elif size >= 100:
        decimals = 1
    elif size >= 1:
        decimals = 2
    else:
        decimals = min(6, 2 - math.floor(math.log10(size)))
    return format_number(value, decimals)


def millions(vnd: float | None, decimals: int = 1) -> str:
    """VND as millions (the unit goes in the header): 1.592.300.000 → 1.592,3."""
    return "–" if vnd is None else format_number(vnd / 1e6, decimals)


def years(value: float | None) -> str:
    """A payback in years: two decimals under a year, one above."""
    if value is None:
        return "–"
    return format_number(value, 2 if value < 1 else 1)


def percent(fraction: float | None) -> str:
    """A fraction as a whole percentage (IRR, discount rate): 0.7569 → 76."""
    return "–" if fraction is None else format_number(fraction * 100, 0)
