"""The "Charts" tab of an audit: the marginal-abatement-cost curve and savings
versus payback, each with "Save as PNG…". matplotlib is imported when the tab
is first built; the charts are redrawn whenever the tab is shown, so they
follow the register."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from auditdesk.store import Store
from auditdesk.store.estimates import RegisterRow, register_rows, vnd_per_usd
from auditdesk.ui import messages


class ChartPanel(QWidget):
    """One chart: a matplotlib canvas, a note under it and a "Save as PNG…" button."""

    def __init__(self, name: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.setObjectName(f"chart_{name}")
        self.file_name = file_name
        self.figure = Figure(figsize=(5.0, 4.0), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b76;")
        self.save_button = QPushButton(self.tr("Save as PNG…"), self)
        self.save_button.setObjectName(f"save_{name}")
        self.save_button.clicked.connect(self.on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        self.codes: list[str] = []  # what the chart shows, in drawing order

    def draw(self, painter: Callable[[], list[str]], note: str) -> None:
        self.codes = painter()
        self.note.setText(note)
        self.canvas.draw_idle()

    def save_png(self, path: str | Path) -> None:
        self.figure.savefig(str(path), dpi=150)

    @Slot()
    def on_save_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"),
                                              self.file_name, self.tr("PNG image (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            self.save_png(path)
        except OSError as exc:
            messages.warn(self, self.tr("The chart could not be saved: %1").replace(
                "%1", str(exc)))


class ChartsTab(QWidget):
    """Both charts of an audit's opportunities, side by side."""

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsTab")
        self.store, self.audit_id = store, audit_id
        self._usd_rate = vnd_per_usd(store, audit_id)
        self.mac = ChartPanel("mac", self.tr("mac-curve.png"), self)
        self.payback = ChartPanel("payback", self.tr("savings-payback.png"), self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.mac)
        splitter.addWidget(self.payback)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self._drawn: list[RegisterRow] | None = None
        self.refresh()

    def refresh(self) -> None:
        """Redraw both charts when the opportunities changed since the last drawing."""
        from auditdesk.ui.register.chart_drawing import (
            draw_mac_curve,
            draw_savings_payback,
            mac_rows,
            payback_rows,
        )

        rows = register_rows(self.store, self.audit_id)
        if rows == self._drawn:
            return
        self._drawn = rows
        kept = [r for r in rows if r.status != "rejected"]
        mac_labels = {
            "title": self.tr("Marginal abatement cost curve"),
            "x": self.tr("Emissions avoided (tCO2e/yr, cumulative)"),
            "y": self.tr("Cost of abatement (million ₫/tCO2e)"),
            "y_usd": self.tr("USD/tCO2e"),
            "empty": self.tr("No opportunity of this audit avoids CO2e yet."),
        }
        left_out = len(kept) - len(mac_rows(rows))
        mac_note = self.tr("Bar width: tCO2e avoided per year; height: cost per tonne over the "
                           "lifetime (below zero: the measure saves money).")
        if left_out:
            mac_note += " " + self.tr("%1 opportunities that avoid no CO2e are not shown.").replace(
                "%1", str(left_out))
        self.mac.draw(lambda: draw_mac_curve(self.mac.figure, rows, self._usd_rate, mac_labels),
                      mac_note)
        payback_labels = {
            "title": self.tr("Savings versus payback"),
            "x": self.tr("Simple payback (yr)"),
            "y": self.tr("Cost savings (million ₫/yr)"),
            "legend": self.tr("RECP technique"),
            "empty": self.tr("No opportunity of this audit pays back yet."),
        }
        payback_note = self.tr("Bubble area: investment.")
        never = len(kept) - len(payback_rows(rows))
        if never:
            payback_note += " " + self.tr("%1 opportunities without a net saving are not "
                                          "shown.").replace("%1", str(never))
        self.payback.draw(lambda: draw_savings_payback(self.payback.figure, rows, payback_labels),
                          payback_note)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
