"""Drawing the portfolio dashboard's charts on a matplotlib ``Figure`` (no widgets here).

Three panels, the numbers of the roll-up workbook (rejected opportunities left out
except in the status panel; industrial symbiosis apart):

- by park: cost savings (million VND/yr) of RECP opportunities, one bar per park,
  labelled with the number of solutions and tCO2e/yr;
- by RECP technique: number of solutions, in the technique colours of the register's
  charts, industrial symbiosis stacked on top in grey;
- by status: number of opportunities in each status, RECP and symbiosis stacked.

Texts arrive translated in ``labels``; numbers follow the UI language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from auditdesk.exchange.workbook.rollup_metrics import PortfolioFigures
from auditdesk.i18n import format_number
from auditdesk.ui.register.chart_drawing import TECHNIQUE_COLOURS

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

RECP_COLOUR = "#1b6ca8"
SYMBIOSIS_COLOUR = "#9aa5ae"


def _numbers(axes: Axes, which: str, counts: bool = False) -> None:
    """Tick labels with the language's separators (1.234,5 in Vietnamese); whole numbers
    only on an axis of ``counts``."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis = axes.xaxis if which == "x" else axes.yaxis
    axis.set_major_formatter(FuncFormatter(
        lambda value, _pos: format_number(value, 0 if abs(value) >= 10 or value == int(value)
                                          else 1)))
    if counts:
        axis.set_major_locator(MaxNLocator(integer=True))


def _tidy(axes: Axes, title: str) -> None:
    axes.set_title(title, fontsize=10, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_axisbelow(True)


def draw_by_park(axes: Axes, figures: PortfolioFigures, labels: dict[str, str]) -> None:
    parks = figures.by_park[::-1]  # the first park on top
    names = [p.label for p in parks]
    values = [p.cost_vnd / 1e6 for p in parks]
    axes.barh(names, values, color=RECP_COLOUR, height=0.55)
    right = max(values + [1.0])
    for index, park in enumerate(parks):
        axes.text(values[index] + right * 0.02, index, labels["park_bar"].replace(
            "%1", str(park.recp)).replace("%2", format_number(park.co2e, 0)),
            va="center", fontsize=8, color="#33404a")
    axes.set_xlim(0, right * 1.45)
    axes.set_xlabel(labels["park_x"])
    axes.grid(axis="x", color="#e3e8ec", linewidth=0.6)
    _numbers(axes, "x")
    _tidy(axes, labels["park_title"])


def draw_by_technique(axes: Axes, figures: PortfolioFigures, labels: dict[str, str]) -> None:
    bars = figures.by_technique
    codes = [b.key for b in bars]
    recp = [b.recp for b in bars]
    axes.bar(codes, recp, color=[TECHNIQUE_COLOURS.get(c, RECP_COLOUR) for c in codes],
             label=labels["recp"])
    axes.bar(codes, [b.symbiosis for b in bars], bottom=recp, color=SYMBIOSIS_COLOUR,
             label=labels["symbiosis"])
    for index, bar in enumerate(bars):
        if bar.recp + bar.symbiosis:
            axes.text(index, bar.recp + bar.symbiosis, str(bar.recp + bar.symbiosis),
                      ha="center", va="bottom", fontsize=8)
    axes.set_ylabel(labels["count"])
    axes.set_ylim(0, max([b.recp + b.symbiosis for b in bars] + [1]) * 1.2)
    axes.grid(axis="y", color="#e3e8ec", linewidth=0.6)
    axes.legend(fontsize=7, frameon=False, loc="upper right")
    _numbers(axes, "y", counts=True)
    _tidy(axes, labels["technique_title"])
    axes.set_xlabel(labels["technique_x"])


def draw_by_status(axes: Axes, figures: PortfolioFigures, labels: dict[str, str],
                   name: Callable[[str], str]) -> None:
    bars = figures.by_status[::-1]
    names = [name(b.key) for b in bars]
    recp = [b.recp for b in bars]
    axes.barh(names, recp, color=RECP_COLOUR, height=0.6, label=labels["recp"])
    axes.barh(names, [b.symbiosis for b in bars], left=recp, color=SYMBIOSIS_COLOUR,
              height=0.6, label=labels["symbiosis"])
    for index, bar in enumerate(bars):
        total = bar.recp + bar.symbiosis
        if total:
            axes.text(total + 0.1, index, str(total), va="center", fontsize=8)
    axes.set_xlim(0, max([b.recp + b.symbiosis for b in bars] + [1]) * 1.2)
    axes.set_xlabel(labels["count"])
    axes.grid(axis="x", color="#e3e8ec", linewidth=0.6)
    _numbers(axes, "x", counts=True)
    _tidy(axes, labels["status_title"])


def draw_dashboard(figure: Figure, figures: PortfolioFigures, labels: dict[str, str],
                   status_name: Callable[[str], str]) -> None:
    """The three panels side by side (or a message when nothing is selected)."""
    figure.clear()
    if not figures.audits:
        axes = figure.add_subplot()
        axes.set_axis_off()
        axes.text(0.5, 0.5, labels["empty"], ha="center", va="center", color="#5f6b76")
        return
    park, technique, status = figure.subplots(1, 3, gridspec_kw={"width_ratios": [1.2, 1, 1]})
    draw_by_park(park, figures, labels)
    draw_by_technique(technique, figures, labels)
    draw_by_status(status, figures, labels, status_name)
