"""Drawing the register's charts on a matplotlib ``Figure`` (no widgets here).

- Marginal abatement cost curve: one bar per opportunity that avoids CO2e,
  sorted by cost per tonne, ascending; width = tCO2e/yr, height = million VND
  per tCO2e (USD on the right axis); profitable measures below zero.
- Savings versus payback: x = simple payback (yr), y = cost savings (million
  VND/yr), bubble area ∝ investment, colour = RECP technique.

Rejected opportunities are left out. Texts arrive translated in ``labels``;
numbers on the axes follow the UI language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from auditdesk.i18n import format_number
from auditdesk.model import vocab
from auditdesk.store.estimates import RegisterRow

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SAVING = "#2e7d5b"  # profitable abatement
COSTLY = "#c0612b"  # abatement that costs money
TECHNIQUE_COLOURS = dict(zip(vocab.TECHNIQUES, (
    "#1b6ca8", "#8c564b", "#2e7d5b", "#e08a1e", "#7b4fa0", "#17a2b8", "#c0612b", "#6c757d")))


def _axis_numbers(axes: Axes, which: str = "both") -> None:
    """Tick labels with the UI language's separators (1.234,5 in Vietnamese)."""
    from matplotlib.ticker import FuncFormatter

    def formatter(value: float, _position: int) -> str:
        decimals = 0 if abs(value) >= 10 or value == int(value) else 1
        return format_number(value, decimals)

    if which in ("both", "x"):
        axes.xaxis.set_major_formatter(FuncFormatter(formatter))
    if which in ("both", "y"):
        axes.yaxis.set_major_formatter(FuncFormatter(formatter))


def _message(figure: Figure, text: str) -> None:
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.text(0.5, 0.5, text, ha="center", va="center", wrap=True, color="#5f6b76")


def mac_rows(rows: Sequence[RegisterRow]) -> list[RegisterRow]:
    """The opportunities on the curve, cheapest abatement first."""
    kept = [r for r in rows if r.status != "rejected" and r.co2e_t > 0
            and r.mac_vnd_per_t is not None]
    return sorted(kept, key=lambda r: (r.mac_vnd_per_t or 0.0, r.code))


def draw_mac_curve(figure: Figure, rows: Sequence[RegisterRow], usd_rate: float | None,
                   labels: dict[str, str]) -> list[str]:
    """Draw the curve; returns the codes of the bars from left to right."""
    figure.clear()
    chosen = mac_rows(rows)
    if not chosen:
        _message(figure, labels["empty"])
        return []
    axes = figure.add_subplot()
    total = sum(r.co2e_t for r in chosen)
    left = 0.0
    heights = [(r.mac_vnd_per_t or 0.0) / 1e6 for r in chosen]
    span = (max(heights + [0.0]) - min(heights + [0.0])) or 1.0
    for row, height in zip(chosen, heights):
        width = row.co2e_t
        axes.bar(left, height, width=width, align="edge", color=SAVING if height < 0 else COSTLY,
                 edgecolor="white", linewidth=0.8)
        narrow = width < total * 0.06
        offset = span * 0.02 * (1 if height >= 0 else -1)
        axes.text(left + width / 2, height + offset, row.code or "?", ha="center",
                  va="bottom" if height >= 0 else "top", rotation=90 if narrow else 0,
                  fontsize=8)
        left += width
    axes.axhline(0, color="#333333", linewidth=0.8)
    axes.set_xlim(0, total)
    low, high = min(heights + [0.0]), max(heights + [0.0])
    axes.set_ylim(low - span * 0.18, high + span * 0.18)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.set_title(labels["title"], fontsize=11)
    axes.grid(axis="y", color="#e3e8ec", linewidth=0.6)
    axes.set_axisbelow(True)
    _axis_numbers(axes)
    if usd_rate:
        rate = usd_rate / 1e6  # million VND per USD

        def to_usd(value: float) -> float:
            return value / rate

        def to_vnd(value: float) -> float:
            return value * rate

        secondary = axes.secondary_yaxis(
            "right", functions=(to_usd, to_vnd))  # type: ignore[arg-type]
        secondary.set_ylabel(labels["y_usd"])
        _axis_numbers(secondary, "y")  # type: ignore[arg-type]
    return [r.code for r in chosen]


def payback_rows(rows: Sequence[RegisterRow]) -> list[RegisterRow]:
    """The opportunities that pay back (a positive net saving), rejected ones left out."""
    return [r for r in rows if r.status != "rejected" and r.payback_yr is not None]


def draw_savings_payback(figure: Figure, rows: Sequence[RegisterRow],
                         labels: dict[str, str]) -> list[str]:
    """Draw the bubble chart; returns the codes plotted."""
    figure.clear()
    chosen = payback_rows(rows)
    if not chosen:
        _message(figure, labels["empty"])
        return []
    axes = figure.add_subplot()
    largest = max((r.investment_vnd for r in chosen), default=0.0) or 1.0
    seen: set[str] = set()
    for row in chosen:
        size = 40 + 1400 * math.sqrt(max(row.investment_vnd, 0.0) / largest)
        technique = row.technique if row.technique in TECHNIQUE_COLOURS else "GH"
        name = f"{technique} — {vocab.label(vocab.TECHNIQUES, technique)}"
        axes.scatter(row.payback_yr or 0.0, row.cost_savings_vnd / 1e6, s=size, alpha=0.6,
                     color=TECHNIQUE_COLOURS[technique], edgecolors="white", linewidths=0.8,
                     label=None if technique in seen else name)
        seen.add(technique)
        axes.annotate(row.code, (row.payback_yr or 0.0, row.cost_savings_vnd / 1e6),
                      textcoords="offset points", xytext=(0.5 * math.sqrt(size) + 2, 0),
                      ha="left", va="center", fontsize=7)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.set_title(labels["title"], fontsize=11)
    axes.margins(0.15)
    right, top = axes.get_xlim()[1], axes.get_ylim()[1]
    axes.set_xlim(-0.04 * right, right)  # room for the bubbles of the quickest wins
    axes.set_ylim(0, top)
    axes.grid(color="#e3e8ec", linewidth=0.6)
    axes.set_axisbelow(True)
    _axis_numbers(axes)
    legend = axes.legend(loc="best", fontsize=7, title=labels["legend"], title_fontsize=7,
                         frameon=False)
    for handle in legend.legend_handles:  # one marker size for every technique
        handle.set_sizes([40])  # type: ignore[union-attr]
    return [r.code for r in chosen]
