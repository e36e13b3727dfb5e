"""The report's charts, drawn with matplotlib's Agg canvas into PNG bytes (no Qt, no pyplot).

* ``monthly``: energy per month by carrier as stacked bars in GJ; water-like
  carriers as lines in m³ on the right-hand axis;
* ``shares``: each carrier's share of energy (GJ) and of cost (VND), two pies;
* ``specific``: consumption per production unit, month by month, with the
  period's value;
* ``regression``: monthly consumption against production with the fitted line;
* ``opportunities``: annual cost savings and investment of each opportunity,
  in the priority order of the summary.

Texts are translated (context "Report") and numbers follow the report's
language. The Baseline tab draws similar charts in ``ui/meters/charts.py``,
but through Qt's translator and locale, so the two cannot share code yet.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.report import text as t
from auditdesk.i18n import fill, format_number, translate

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from auditdesk.store.baseline import AuditBaseline, CarrierModel
    from auditdesk.store.estimates import RegisterRow

CM = 1 / 2.54  # inches per centimetre
DPI = 200
FONT = 7.5
COLOURS = {
    "electricity": "#f0a202", "natural_gas": "#17becf", "lpg": "#e377c2",
    "diesel": "#8c564b", "fuel_oil": "#5b3a29", "coal": "#4d4d4d", "biomass": "#2ca02c",
    "steam": "#9467bd", "water": "#2b8cbe", "wastewater": "#a6761d",
    "compressed_air": "#bcbd22", "other": "#999999",
}
SAVINGS_COLOUR = "#2e7d5b"
INVESTMENT_COLOUR = "#1b4f72"


def _figure(width_cm: float, height_cm: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width_cm * CM, height_cm * CM), layout="constrained")


def _png(figure: Figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue()


def _numbers(axis: Any, lang: str) -> None:
    """Tick labels with the language's marks and the decimals the tick step needs."""
    from matplotlib.ticker import FuncFormatter

    def formatter(value: float, _position: int | None) -> str:
        locs = [v for v in axis.get_majorticklocs() if math.isfinite(v)]
        steps = [abs(b - a) for a, b in pairwise(locs) if b != a]
        step = min(steps) if steps else 1.0
        decimals = max(0, -math.floor(math.log10(step))) if 0 < step < 1 else 0
        return format_number(value, decimals, lang)

    axis.set_major_formatter(FuncFormatter(formatter))


def _style(axes: Axes, title: str) -> None:
    axes.set_title(title, fontsize=FONT + 1.5, loc="left", fontweight="bold")
    axes.tick_params(labelsize=FONT)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)


def _month_ticks(months: Sequence[str]) -> list[str]:
    """Short month names; the year under the first month and under each January."""
    step = -(-len(months) // 12)
    labels = []
    for index, month in enumerate(months):
        if index % step:
            labels.append("")
            continue
        name = t.month_short(month)
        labels.append(f"{name}\n{month[:4]}" if index == 0 or month.endswith("-01") else name)
    return labels


def series_label(key: str) -> str:
    """The name of a baseline series: a carrier, or all energy in GJ."""
    from auditdesk.store.baseline import ENERGY

    return translate("Report", "All energy") if key == ENERGY else t.carrier_label(key)


def monthly(result: AuditBaseline, lang: str) -> bytes:
    """Consumption per month by carrier (energy stacked in GJ, water-like on the right)."""
    figure = _figure(17, 7.2)
    axes = figure.add_subplot()
    _style(axes, translate("Report", "Monthly consumption by carrier"))
    months = result.period.months
    x = list(range(len(months)))
    bottom = [0.0] * len(months)
    handles: list[Any] = []
    labels: list[str] = []
    for carrier in result.baseline.carriers:
        if carrier.factors.gj is None:
            continue
        heights = [(m.consumption or 0.0) * carrier.factors.gj for m in carrier.months]
        bars = axes.bar(x, heights, bottom=bottom, width=0.72,
                        color=COLOURS.get(carrier.carrier, "#999999"))
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        handles.append(bars)
        labels.append(f"{t.carrier_label(carrier.carrier)} (GJ)")
    others = [c for c in result.baseline.carriers if c.factors.gj is None]
    if others:
        twin = axes.twinx()
        twin.tick_params(labelsize=FONT)
        for carrier in others:
            values = [math.nan if m.consumption is None else m.consumption
                      for m in carrier.months]
            (line,) = twin.plot(x, values, marker="o", markersize=2.5, linewidth=1.2,
                                color=COLOURS.get(carrier.carrier, "#999999"))
            handles.append(line)
            labels.append(f"{t.carrier_label(carrier.carrier)} ({t.unit_text(carrier.unit)})")
        twin.set_ylabel(", ".join(sorted({t.unit_text(c.unit) for c in others})), fontsize=FONT)
        twin.spines["top"].set_visible(False)
        twin.set_ylim(bottom=0)
        _numbers(twin.yaxis, lang)
    axes.set_ylabel("GJ", fontsize=FONT)
    axes.set_xticks(x, _month_ticks(months))
    _numbers(axes.yaxis, lang)
    if handles:
        axes.legend(handles, labels, fontsize=FONT, ncols=min(4, len(labels)),
                    loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False)
    return _png(figure)


def shares(result: AuditBaseline, lang: str) -> bytes:
    """Two pies: each carrier's share of energy (GJ) and of cost (VND)."""
    figure = _figure(17, 6.4)
    pies = (("share_gj", translate("Report", "Share of energy (GJ)")),
            ("share_cost", translate("Report", "Share of cost (VND)")))
    for position, (name, title) in enumerate(pies, start=1):
        axes = figure.add_subplot(1, 2, position)
        parts = [(c.carrier, getattr(c, name)) for c in result.baseline.carriers
                 if getattr(c, name)]
        axes.set_title(title, fontsize=FONT + 1.5, fontweight="bold")
        if not parts:
            axes.set_axis_off()
            axes.text(0.5, 0.5, translate("Report", "No data"), ha="center", va="center",
                      fontsize=FONT, color="#5f6b76")
            continue
        wedges, _texts = axes.pie(
            [share for _, share in parts], colors=[COLOURS.get(c, "#999999") for c, _ in parts],
            startangle=90, counterclock=False, wedgeprops={"edgecolor": "white", "linewidth": 1})
        for wedge, (_, share) in zip(wedges, parts, strict=True):
            if share < 0.04:
                continue
            angle = math.radians((wedge.theta1 + wedge.theta2) / 2)
            axes.text(0.68 * math.cos(angle), 0.68 * math.sin(angle), t.percent(share, lang),
                      ha="center", va="center", fontsize=FONT, color="white", fontweight="bold")
        axes.legend(wedges, [t.carrier_label(c) for c, _ in parts], fontsize=FONT,
                    loc="center left", bbox_to_anchor=(0.95, 0.5), frameon=False)
        axes.set_aspect("equal")
    return _png(figure)


def main_model(result: AuditBaseline) -> CarrierModel | None:
    """The series the KPI charts show: all energy in GJ, else the first with a value."""
    from auditdesk.store.baseline import ENERGY

    chosen = result.model(ENERGY)
    if chosen is not None and chosen.specific is not None:
        return chosen
    return next((m for m in result.models if m.specific is not None), None)


def specific(result: AuditBaseline, model: CarrierModel, lang: str) -> bytes:
    """Consumption per production unit by month, with the period's value dashed."""
    assert model.specific is not None
    figure = _figure(8.4, 6.4)
    axes = figure.add_subplot()
    _style(axes, translate("Report", "Specific consumption by month"))
    months = [m.month for m in model.specific.months]
    values = [math.nan if m.value is None else m.value for m in model.specific.months]
    x = list(range(len(months)))
    axes.plot(x, values, marker="o", markersize=2.5, linewidth=1.3,
              color=COLOURS.get(model.key, "#3a6ea5"))
    if model.specific.overall is not None:
        axes.axhline(model.specific.overall, color="#5f6b76", linestyle="--", linewidth=0.9,
                     label=fill(translate("Report", "period: %1"),
                                t.quantity(model.specific.overall, lang)))
        axes.legend(fontsize=FONT, loc="lower right", frameon=False)
    axes.set_xticks(x, _month_ticks(months))
    axes.tick_params(axis="x", labelsize=FONT - 1.5)
    axes.set_ylabel(f"{series_label(model.key)} ({t.unit_text(model.specific.unit)})",
                    fontsize=FONT)
    axes.set_ylim(bottom=0)
    _numbers(axes.yaxis, lang)
    return _png(figure)


def regression(result: AuditBaseline, model: CarrierModel, lang: str) -> bytes:
    """Monthly consumption against production, with the fitted line from zero."""
    figure = _figure(8.4, 6.4)
    axes = figure.add_subplot()
    _style(axes, translate("Report", "Consumption against production"))
    points = [(result.production[m.period], m.consumption) for m in model.months
              if m.status == "complete" and m.consumption is not None
              and m.period in result.production]
    colour = COLOURS.get(model.key, "#3a6ea5")
    axes.scatter([p for p, _ in points], [c for _, c in points], s=10, color=colour, zorder=3)
    fit = model.regression
    if fit is not None and points:
        top = max(p for p, _ in points) * 1.05
        axes.plot([0, top], [fit.fixed, fit.fixed + fit.variable * top], color="#b3261e",
                  linewidth=1.1)
        axes.text(0.03, 0.97, f"R² = {format_number(fit.r_squared, 3, lang)}",
                  transform=axes.transAxes, va="top", fontsize=FONT)
    axes.set_xlim(left=0)
    axes.set_ylim(bottom=0)
    axes.set_xlabel(fill(translate("Report", "Production per month (%1)"),
                         t.unit_text(result.production_unit)), fontsize=FONT)
    axes.set_ylabel(f"{series_label(model.key)} ({t.unit_text(model.unit)})", fontsize=FONT)
    _numbers(axes.yaxis, lang)
    _numbers(axes.xaxis, lang)
    return _png(figure)


def opportunities(rows: Sequence[RegisterRow], lang: str) -> bytes:
    """Annual cost savings and investment (million VND) per opportunity, first on top."""
    chosen = list(rows)
    height = max(5.0, 2.4 + 0.55 * len(chosen))
    figure = _figure(17, height)
    axes = figure.add_subplot()
    _style(axes, translate("Report", "Annual cost savings and investment per opportunity"))
    axes.grid(axis="x", color="#e0e0e0", linewidth=0.6)
    axes.grid(axis="y", visible=False)
    y = list(range(len(chosen)))
    savings = [r.cost_savings_vnd / 1e6 for r in chosen]
    investment = [r.investment_vnd / 1e6 for r in chosen]
    axes.barh([v - 0.19 for v in y], savings, height=0.36, color=SAVINGS_COLOUR,
              label=translate("Report", "Cost savings (million ₫/yr)"))
    axes.barh([v + 0.19 for v in y], investment, height=0.36, color=INVESTMENT_COLOUR,
              label=translate("Report", "Investment (million ₫)"))
    axes.set_yticks(y, [r.code or "?" for r in chosen])
    axes.invert_yaxis()
    axes.set_xlabel(translate("Report", "million ₫"), fontsize=FONT)
    axes.set_xlim(left=0)
    _numbers(axes.xaxis, lang)
    axes.legend(fontsize=FONT, ncols=2, loc="upper center", bbox_to_anchor=(0.5, -0.2),
                frameon=False)
    return _png(figure)
