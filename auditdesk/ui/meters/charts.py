"""The four baseline charts, drawn with matplotlib (imported only when a chart is drawn).

* ``monthly``: consumption per month per carrier — energy carriers as stacked
  bars in GJ (comparable), water-like carriers as lines in their own unit on
  the right-hand axis (m³ do not add to GJ);
* ``shares``: each carrier's share of energy (GJ) and of cost (VND);
* ``specific``: consumption per production unit, month by month, of the chosen
  series (all energy in GJ/t by default), with the period's overall value;
* ``scatter``: consumption against production per complete month, with the
  regression line drawn from zero production so the fixed part (base load)
  shows where it meets the axis.

Every text goes through Qt's translator (context "BaselineCharts"); numbers and
month names follow the UI language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from auditdesk.ui.meters import formatting as fmt
from auditdesk.ui.meters.baseline_model import series_label

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from auditdesk.store.baseline import AuditBaseline, CarrierModel

CHARTS = ("monthly", "shares", "specific", "scatter")
COLOURS = {
    "electricity": "#f0a202",
    "natural_gas": "#17becf",
    "lpg": "#e377c2",
    "diesel": "#8c564b",
    "fuel_oil": "#5b3a29",
    "coal": "#4d4d4d",
    "biomass": "#2ca02c",
    "steam": "#9467bd",
    "water": "#2b8cbe",
    "wastewater": "#a6761d",
    "compressed_air": "#bcbd22",
    "other": "#999999",
}
FONT_SIZE = 8


def chart_title(name: str) -> str:
    return {
        "monthly": QCoreApplication.translate("BaselineCharts", "Monthly consumption by carrier"),
        "shares": QCoreApplication.translate(
            "BaselineCharts", "Share of energy and cost by carrier"
        ),
        "specific": QCoreApplication.translate("BaselineCharts", "Specific consumption by month"),
        "scatter": QCoreApplication.translate("BaselineCharts", "Consumption against production"),
    }[name]


def _month_labels(months: list[str]) -> list[str]:
    """Short month names in the UI language; the year under the first month and each
    January; with more than 12 months, only every n-th month is named."""
    locale = fmt.ui_locale()
    step = -(-len(months) // 12)
    short = [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
    if max(len(name) for name in short) > 4:  # e.g. Vietnamese "thg 10": use "10"
        short = [locale.monthName(m, QLocale.FormatType.NarrowFormat) for m in range(1, 13)]
    labels = []
    for i, month in enumerate(months):
        if i % step:
            labels.append("")
            continue
        name = short[int(month[5:7]) - 1]
        labels.append(f"{name}\n{month[:4]}" if i == 0 or month.endswith("-01") else name)
    return labels


def _number_axis(ax: Axes, which: str = "y") -> None:
    """Tick labels in the UI language, with the decimals the tick step needs."""
    import math
    from itertools import pairwise

    from matplotlib.ticker import Formatter

    class LocaleFormatter(Formatter):  # type: ignore[misc]
        decimals = 0

        def set_locs(self, locs: Any) -> None:
            super().set_locs(locs)
            steps = [abs(b - a) for a, b in pairwise(locs) if b != a]
            step = min(steps) if steps else 1.0
            self.decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0

        def __call__(self, value: float, pos: int | None = None) -> str:
            return fmt.number(value, self.decimals)

    (ax.yaxis if which == "y" else ax.xaxis).set_major_formatter(LocaleFormatter())


def _style(ax: Axes, title: str) -> None:
    ax.set_title(title, fontsize=FONT_SIZE + 1, loc="left", fontweight="bold")
    ax.tick_params(labelsize=FONT_SIZE - 1)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    ax.set_axisbelow(True)


def _no_data(ax: Axes, text: str) -> None:
    ax.text(
        0.5,
        0.5,
        text,
        ha="center",
        va="center",
        fontsize=FONT_SIZE + 1,
        color="#5f6b76",
        wrap=True,
        transform=ax.transAxes,
    )
    ax.set_xticks([])
    ax.set_yticks([])


def draw_monthly(ax: Axes, result: AuditBaseline) -> None:
    _style(ax, chart_title("monthly"))
    months = result.period.months
    x = list(range(len(months)))
    bottom = [0.0] * len(months)
    handles: list[Any] = []
    labels: list[str] = []
    for c in result.baseline.carriers:
        if c.factors.gj is None:
            continue
        heights = [(m.consumption or 0.0) * c.factors.gj for m in c.months]
        bars = ax.bar(
            x, heights, bottom=bottom, width=0.75, color=COLOURS.get(c.carrier, "#999999")
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        handles.append(bars)
        labels.append(f"{fmt.carrier_label(c.carrier)} (GJ)")
    others = [c for c in result.baseline.carriers if c.factors.gj is None]
    if others:
        twin = ax.twinx()
        twin.tick_params(labelsize=FONT_SIZE)
        for c in others:
            values = [m.consumption for m in c.months]
            (line,) = twin.plot(
                x,
                [float("nan") if v is None else v for v in values],
                marker="o",
                markersize=3,
                linewidth=1.4,
                color=COLOURS.get(c.carrier, "#999"),
            )
            handles.append(line)
            labels.append(f"{fmt.carrier_label(c.carrier)} ({fmt.unit_label(c.unit)})")
        units = sorted({fmt.unit_label(c.unit) for c in others})
        twin.set_ylabel(", ".join(units), fontsize=FONT_SIZE)
        twin.spines["top"].set_visible(False)
        _number_axis(twin)
        twin.set_ylim(bottom=0)
    ax.set_ylabel("GJ", fontsize=FONT_SIZE)
    ax.set_xticks(x, _month_labels(months))
    _number_axis(ax)
    if handles:
        ax.legend(
            handles,
            labels,
            fontsize=FONT_SIZE - 1,
            ncols=min(3, len(labels)),
            loc="upper center",
            bbox_to_anchor=(0.5, -0.18),
            frameon=False,
        )
    else:
        _no_data(ax, QCoreApplication.translate("BaselineCharts", "No readings in the period."))


def draw_shares(ax: Axes, result: AuditBaseline) -> None:
    _style(ax, chart_title("shares"))
    ax.grid(False)
    rows = [
        (QCoreApplication.translate("BaselineCharts", "Energy (GJ)"), "share_gj"),
        (QCoreApplication.translate("BaselineCharts", "Cost (VND)"), "share_cost"),
    ]
    seen: dict[str, Any] = {}
    for y, (_, field) in enumerate(rows):
        left = 0.0
        for c in result.baseline.carriers:
            share = getattr(c, field)
            if not share:
                continue
            bar = ax.barh(
                y,
                share * 100,
                left=left,
                height=0.55,
                color=COLOURS.get(c.carrier, "#999999"),
                edgecolor="white",
            )
            seen.setdefault(c.carrier, bar)
            if share >= 0.07:
                ax.text(
                    left + share * 50,
                    y,
                    fmt.percent(share).replace(" ", "\u202f"),
                    ha="center",
                    va="center",
                    fontsize=FONT_SIZE - 1,
                    color="white",
                    fontweight="bold",
                )
            left += share * 100
    ax.set_yticks(range(len(rows)), [label for label, _ in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("%", fontsize=FONT_SIZE)
    if seen:
        ax.legend(
            list(seen.values()),
            [fmt.carrier_label(code) for code in seen],
            fontsize=FONT_SIZE - 1,
            ncols=min(3, len(seen)),
            loc="upper center",
            bbox_to_anchor=(0.5, -0.22),
            frameon=False,
        )
    else:
        _no_data(ax, QCoreApplication.translate("BaselineCharts", "No energy or cost to share."))


def _specific_unit(model: CarrierModel) -> str:
    return fmt.unit_label(model.specific.unit) if model.specific else ""


def draw_specific(ax: Axes, result: AuditBaseline, model: CarrierModel | None) -> None:
    _style(ax, chart_title("specific"))
    if model is None or model.specific is None:
        _no_data(
            ax,
            QCoreApplication.translate(
                "BaselineCharts", "No production figures: no specific consumption."
            ),
        )
        return
    months = [m.month for m in model.specific.months]
    values = [float("nan") if m.value is None else m.value for m in model.specific.months]
    x = list(range(len(months)))
    colour = COLOURS.get(model.key, "#3a6ea5")
    ax.plot(
        x,
        values,
        marker="o",
        markersize=3.5,
        linewidth=1.5,
        color=colour,
        label=series_label(model.key),
    )
    if model.specific.overall is not None:
        ax.axhline(
            model.specific.overall,
            color="#5f6b76",
            linestyle="--",
            linewidth=1,
            label=QCoreApplication.translate("BaselineCharts", "period: %1").replace(
                "%1", fmt.sensible(model.specific.overall)
            ),
        )
    ax.legend(fontsize=FONT_SIZE - 1, loc="lower right", frameon=False)
    ax.set_xticks(x, _month_labels(months))
    ax.set_ylabel(f"{series_label(model.key)} ({_specific_unit(model)})", fontsize=FONT_SIZE)
    ax.set_ylim(bottom=0)
    _number_axis(ax)


def draw_scatter(ax: Axes, result: AuditBaseline, model: CarrierModel | None) -> None:
    _style(ax, chart_title("scatter"))
    if model is None or not result.production:
        _no_data(
            ax,
            QCoreApplication.translate("BaselineCharts", "No production figures: no regression."),
        )
        return
    points = [
        (result.production[m.period], m.consumption)
        for m in model.months
        if m.status == "complete" and m.consumption is not None and m.period in result.production
    ]
    colour = COLOURS.get(model.key, "#3a6ea5")
    ax.scatter(
        [p for p, _ in points],
        [c for _, c in points],
        s=18,
        color=colour,
        zorder=3,
        label=QCoreApplication.translate("BaselineCharts", "months"),
    )
    reg = model.regression
    if reg is not None and points:
        top = max(p for p, _ in points) * 1.05
        ax.plot(
            [0, top], [reg.fixed, reg.fixed + reg.variable * top], color="#b3261e", linewidth=1.3
        )
        text = (
            QCoreApplication.translate("BaselineCharts", "%1 = %2 + %3 × production\nR² = %4")
            .replace("%1", fmt.unit_label(model.unit))
            .replace("%2", fmt.number(reg.fixed))
            .replace("%3", fmt.sensible(reg.variable))
            .replace("%4", fmt.number(reg.r_squared, 3))
        )
        ax.text(
            0.03,
            0.97,
            text,
            transform=ax.transAxes,
            va="top",
            fontsize=FONT_SIZE - 1,
            bbox={"facecolor": "white", "edgecolor": "#d0d0d0", "boxstyle": "round"},
        )
    elif model.note:
        ax.text(
            0.03,
            0.97,
            model.note,
            transform=ax.transAxes,
            va="top",
            fontsize=FONT_SIZE - 1,
            wrap=True,
        )
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.set_xlabel(
        QCoreApplication.translate("BaselineCharts", "Production per month (%1)").replace(
            "%1", fmt.unit_label(result.production_unit)
        ),
        fontsize=FONT_SIZE,
    )
    ax.set_ylabel(f"{series_label(model.key)} ({fmt.unit_label(model.unit)})", fontsize=FONT_SIZE)
    _number_axis(ax)
    _number_axis(ax, "x")


def draw(name: str, ax: Axes, result: AuditBaseline, series: str | None) -> None:
    """Draw chart ``name`` of ``result`` into ``ax`` (``series``: the carrier or ``energy``)."""
    model = result.model(series) if series else None
    if name == "monthly":
        draw_monthly(ax, result)
    elif name == "shares":
        draw_shares(ax, result)
    elif name == "specific":
        draw_specific(ax, result, model)
    else:
        draw_scatter(ax, result, model)


def draw_all(figure: Figure, result: AuditBaseline, series: str | None) -> None:
    """The four charts in a 2 x 2 grid of ``figure`` (cleared first)."""
    figure.clear()
    for position, name in enumerate(CHARTS, start=1):
        draw(name, figure.add_subplot(2, 2, position), result, series)


def save_png(
    path: str, result: AuditBaseline, series: str | None, name: str | None = None, dpi: int = 150
) -> None:
    """Save one chart (``name``) or all four (None) as a PNG, drawn afresh at ``dpi``."""
    from matplotlib.figure import Figure

    size = (7.0, 4.2) if name else (12.0, 8.0)
    figure = Figure(figsize=size, layout="constrained")
    if name:
        draw(name, figure.add_subplot(1, 1, 1), result, series)
    else:
        draw_all(figure, result, series)
    figure.savefig(path, dpi=dpi, format="png")
