"""Proposed versus accepted, implemented and verified savings of the enterprise's
audits: a table (one row per audit and the enterprise's total) and a chart
(one stacked bar per stage, a segment per audit), for the measure chosen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import format_number
from auditdesk.review.summary import STAGE_LABELS, STAGES, StageTotals, Summary, summarise
from auditdesk.store import Store
from auditdesk.ui.register import formatting
from auditdesk.ui.review.table_model import Column, RowsModel

COLOURS = ("#1b6ca8", "#2e7d5b", "#e08a1e", "#7b4fa0", "#17a2b8", "#c0612b")


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    value: Callable[[StageTotals], float]
    text: Callable[[float], str]


def measures() -> list[Measure]:
    def millions(value: float) -> str:
        return formatting.millions(value * 1e6)

    return [
        Measure("vnd", QCoreApplication.translate("SavingsPanel", "Cost savings (million ₫/yr)"),
                lambda t: t.cost_vnd / 1e6, millions),
        Measure("kwh", QCoreApplication.translate("SavingsPanel", "Electricity (MWh/yr)"),
                lambda t: t.kwh / 1000, formatting.quantity),
        Measure("water", QCoreApplication.translate("SavingsPanel", "Water (m³/yr)"),
                lambda t: t.water_m3, formatting.quantity),
        Measure("co2e", QCoreApplication.translate("SavingsPanel", "Emissions avoided (tCO2e/yr)"),
                lambda t: t.co2e_t, formatting.quantity),
        Measure("investment", QCoreApplication.translate("SavingsPanel",
                                                         "Investment (million ₫)"),
                lambda t: t.investment_vnd / 1e6, millions),
    ]


@dataclass(frozen=True)
class SummaryRow:
    key: str
    name: str
    summary: Summary


def stage_label(stage: str) -> str:
    return QCoreApplication.translate("Summary", STAGE_LABELS[stage])


class SavingsPanel(QWidget):
    """Table and chart of the stages for every audit of one enterprise."""

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savingsPanel")
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.store, self.audit_id = store, audit_id
        self.measures = measures()
        self.measure = QComboBox(self)
        self.measure.setObjectName("savingsMeasure")
        for m in self.measures:
            self.measure.addItem(m.label, m.key)
        self.table = QTableView(self)
        self.table.setObjectName("savingsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.figure = Figure(figsize=(4.0, 2.6), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        note = QLabel(self.tr("Proposed, accepted and implemented: estimates. Verified: "
                              "measured with meters, per year."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b76;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Savings of the enterprise's audits</b>"), self), 1)
        bar.addWidget(self.measure)
        split = QSplitter(self)
        self.split = split
        left = QWidget(split)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(note)
        split.addWidget(left)
        split.addWidget(self.canvas)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.rows: list[SummaryRow] = []
        self.measure.currentIndexChanged.connect(self.on_measure_current_index_changed)
        self.reload()

    def reload(self) -> None:
        from auditdesk.review.summary import audits_of_enterprise

        enterprise_id = self.store.audits.get(self.audit_id).enterprise_id
        ids = audits_of_enterprise(self.store, enterprise_id)
        titles = {a.id: a.title for a in self.store.audits.for_enterprise(enterprise_id)}
        self.rows = [SummaryRow(i, titles[i], summarise(self.store, [i])) for i in ids]
        if len(ids) > 1:
            self.rows.append(SummaryRow("", self.tr("Enterprise total"),
                                        summarise(self.store, ids)))
        self._show()

    def current(self) -> Measure:
        return self.measures[max(self.measure.currentIndex(), 0)]

    def _show(self) -> None:
        measure = self.current()
        columns: list[Column[SummaryRow]] = [Column(self.tr("Audit"), lambda r: r.name)]
        for stage in STAGES:
            columns.append(self._stage_column(stage, measure))
        model: RowsModel[SummaryRow] = RowsModel(columns, lambda r: r.key or "total", self.table)
        model.set_rows(self.rows)
        old = self.table.model()
        self.table.setModel(model)
        if old is not None:
            old.deleteLater()
        self._draw(measure)

    def _stage_column(self, stage: str, measure: Measure) -> Column[SummaryRow]:
        def value(row: SummaryRow) -> float:
            return measure.value(row.summary.stages[stage])

        def count(row: SummaryRow) -> str:
            return self.tr("%1 opportunities").replace("%1", str(row.summary.stages[stage].count))

        return Column(stage_label(stage), lambda r: measure.text(value(r)), value, True, count)

    def _draw(self, measure: Measure) -> None:
        from matplotlib.ticker import FuncFormatter

        self.figure.clear()
        axes = self.figure.add_subplot()
        stages = list(STAGES)
        audits = [r for r in self.rows if r.key]
        bottom = [0.0] * len(stages)
        for i, row in enumerate(audits):
            heights = [measure.value(row.summary.stages[s]) for s in stages]
            axes.bar([stage_label(s) for s in stages], heights, bottom=bottom,
                     color=COLOURS[i % len(COLOURS)], label=row.name[:40])
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        axes.set_ylabel(measure.label, fontsize=8)
        axes.tick_params(labelsize=8)
        axes.yaxis.set_major_formatter(FuncFormatter(
            lambda value, _position: format_number(value, 0 if abs(value) >= 10 else 1)))
        if len(audits) > 1:
            axes.legend(fontsize=7, loc="upper right")
        axes.spines[["top", "right"]].set_visible(False)
        self.canvas.draw_idle()

    @Slot()
    def on_measure_current_index_changed(self) -> None:
        self._show()
