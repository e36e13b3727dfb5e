"""The portfolio dashboard: a window of its own over the whole database.

It selects audits by park, year and status — across parks, which the park page
cannot — and shows the office's headline sentence, the KPIs and charts by park,
RECP technique and status, the consistency checks of the roll-up, and exports
the roll-up workbook. The numbers are the roll-up's (``rollup_metrics``), read
and computed in a ``Task`` off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import format_number
from auditdesk.model import vocab
from auditdesk.ui import messages
from auditdesk.ui.pages import units  # display units hook
from auditdesk.ui.tasks import Task
from auditdesk.ui.teamwork.jobs import Jobs
from auditdesk.ui.widgets import KpiCard, PageHeader

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.workbook import RollupResult, Selection
    from auditdesk.exchange.workbook.rollup_checks import Issue
    from auditdesk.exchange.workbook.rollup_metrics import PortfolioFigures
    from auditdesk.store import Store

ALL = ""  # the "all" entry of a filter


class PortfolioDashboard(QDialog):
    """KPIs, charts and checks of the audits the filters select; the roll-up export."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioDashboard")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Portfolio dashboard"))
        self.resize(1280, 860)
        from auditdesk.ui.app import STYLE

        self.setStyleSheet(STYLE)  # the page title and KPI cards look as in the main window
        self.store = store
        self.jobs = Jobs()
        self.figures: PortfolioFigures | None = None
        self.issues: list[Issue] = []
        self.refresh_task: Task | None = None
        self.export_task: Task | None = None
        self._build()
        self.refresh()

    # --- construction ----------------------------------------------------------------------

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.on_filter_changed)
        return combo

    def _build(self) -> None:
        from auditdesk.exchange.workbook.rollup_data import parks_and_years

        parks, years = parks_and_years(self.store)
        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(self.tr("Portfolio"), self.tr(
            "The audits the filters select, as the roll-up workbook adds them up: rejected "
            "opportunities left out, industrial symbiosis counted apart."), self))
        filters = QHBoxLayout()
        self.park = self._combo("filterPark", [(self.tr("All parks"), ALL),
                                               *((name, park_id) for park_id, name in parks)])
        self.year = self._combo("filterYear", [(self.tr("All years"), ALL),
                                               *((str(y), y) for y in years)])
        self.status = self._combo("filterStatus", [(self.tr("All statuses"), ALL), *(
            (vocab.label(vocab.AUDIT_STATUSES, code), code) for code in vocab.AUDIT_STATUSES)])
        for caption, combo in ((self.tr("Park"), self.park), (self.tr("Year"), self.year),
                               (self.tr("Audit status"), self.status)):
            filters.addWidget(QLabel(caption, self))
            filters.addWidget(combo)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.headline = QLabel(self)
        self.headline.setObjectName("dashboardHeadline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 12pt; color: #12324a; padding: 4px 0;")
        layout.addWidget(self.headline)
        self.cards = QWidget(self)
        self.cards_layout = QGridLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cards)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(12.0, 3.8), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        layout.addWidget(self.canvas, 1)
        self.checks_title = QLabel(self)
        self.checks_title.setObjectName("rollupChecks")
        layout.addWidget(self.checks_title)
        self.issue_list = QListWidget(self)
        self.issue_list.setObjectName("rollupIssues")
        self.issue_list.setWordWrap(True)
        self.issue_list.setMaximumHeight(140)
        layout.addWidget(self.issue_list)
        buttons = QHBoxLayout()
        self.anonymise = QCheckBox(self.tr("Replace enterprise names by Enterprise 001, 002 …"),
                                   self)
        self.anonymise.setObjectName("anonymise")
        buttons.addWidget(self.anonymise)
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export roll-up workbook…"), self)
        self.export_button.setObjectName("exportRollup")
        self.export_button.clicked.connect(self.on_export_button_clicked)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    # --- data -----------------------------------------------------------------------------------

    def selection(self) -> Selection:
        from auditdesk.exchange.workbook import Selection

        def chosen(combo: QComboBox) -> tuple[Any, ...]:
            data = combo.currentData()
            return () if data in (ALL, None) else (data,)

        return Selection(chosen(self.park), chosen(self.year), chosen(self.status))

    def refresh(self) -> Task:
        """Read and add up the selected audits in the background, then show them."""
        from auditdesk.exchange.workbook.rollup_checks import check_portfolio
        from auditdesk.exchange.workbook.rollup_data import load_portfolio
        from auditdesk.exchange.workbook.rollup_metrics import portfolio_figures

        store, selection = self.store, self.selection()
        self.export_button.setEnabled(False)

        def work(report: Any) -> tuple[PortfolioFigures, list[Issue]]:
            portfolio = load_portfolio(store, selection, report)
            return portfolio_figures(portfolio), check_portfolio(portfolio)

        task = Task(self, work).with_progress(self.tr("Adding up the portfolio…")) \
            .on_success(self._show).on_failure(self._failed)
        self.refresh_task = task
        self.jobs.start(task)
        return task

    @Slot(int)
    def on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _failed(self, exc: BaseException, trace: str) -> None:
        from auditdesk.exchange.workbook import ExportError
        from auditdesk.store import StoreError

        if isinstance(exc, (ExportError, StoreError, OSError)):
            messages.warn(self, str(exc))
        else:
            from auditdesk.ui import app

            app.report_exception(type(exc), exc, exc.__traceback__, trace)

    # --- showing ---------------------------------------------------------------------------------

    def headline_text(self, f: PortfolioFigures) -> str:
        return self.tr(
            "%1 RECP solutions proposed for %2 enterprises, saving %3 kWh/yr, %4 m³/yr, "
            "%5 USD/yr and %6 tCO2e/yr; %7 industrial-symbiosis solutions counted apart.") \
            .replace("%1", format_number(f.recp)).replace("%2", format_number(f.enterprises)) \
            .replace("%3", format_number(f.kwh)).replace("%4", format_number(f.water_m3)) \
            .replace("%5", format_number(f.cost_usd)).replace("%6", format_number(f.co2e, 1)) \
            .replace("%7", format_number(f.symbiosis))

    def _show(self, result: tuple[PortfolioFigures, list[Issue]]) -> None:
        from auditdesk.ui.deliverables.dashboard_charts import draw_dashboard

        figures, issues = result
        self.figures, self.issues = figures, issues
        self.headline.setText(self.headline_text(figures) if figures.audits else self.tr(
            "No audit matches these filters."))
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        cards = [
            (self.tr("RECP solutions"), format_number(figures.recp), ""),
            (self.tr("Enterprises"), format_number(figures.enterprises), ""),
            (self.tr("Electricity saved"), *units.portfolio_energy(figures.kwh)),  # display units
            (self.tr("Water saved"), format_number(figures.water_m3), self.tr("m³/yr")),
            (self.tr("Cost savings"), *units.portfolio_money(figures.cost_vnd, figures.cost_usd)),
            (self.tr("Emissions avoided"), format_number(figures.co2e, 1), self.tr("tCO2e/yr")),
            (self.tr("Investment"), format_number(figures.investment / 1e6), self.tr(
                "million ₫")),
            (self.tr("Industrial-symbiosis solutions"), format_number(figures.symbiosis), ""),
        ]
        for index, (caption, value, unit) in enumerate(cards):
            card = KpiCard(caption, value, unit, self.cards)
            self.cards_layout.addWidget(card, 0, index)
        labels = {
            "park_title": self.tr("Cost savings by park"),
            "park_x": self.tr("Million ₫/yr"),
            "park_bar": self.tr("%1 solutions, %2 tCO2e/yr"),
            "technique_title": self.tr("Solutions by RECP technique"),
            "technique_x": self.tr("RECP technique"),
            "status_title": self.tr("Opportunities by status"),
            "count": self.tr("Number of opportunities"),
            "recp": self.tr("RECP"),
            "symbiosis": self.tr("Industrial symbiosis"),
            "empty": self.tr("No audit matches these filters."),
        }
        draw_dashboard(self.figure, figures, labels,
                       lambda code: vocab.label(vocab.OPPORTUNITY_STATUSES, code))
        self.canvas.draw_idle()
        self.issue_list.clear()
        self.issue_list.addItems([str(issue) for issue in issues])
        self.issue_list.setVisible(bool(issues))
        self.checks_title.setText(self.tr("Consistency checks: %1 issue(s) to look at before "
                                          "the roll-up.").replace("%1", str(len(issues)))
                                  if issues else self.tr("Consistency checks: nothing to fix."))
        self.export_button.setEnabled(bool(figures.audits))

    # --- export ------------------------------------------------------------------------------------

    @Slot()
    def on_export_button_clicked(self) -> None:
        from auditdesk.ui.deliverables.controller import choose_save_path

        force = False
        if self.issues:
            if not messages.confirm(self, self.tr(
                    "The checks found %1 issue(s). Export the roll-up anyway? They are listed "
                    "under the Summary table of the workbook.").replace(
                    "%1", str(len(self.issues)))):
                return
            force = True
        suggested = str(self.store.path.parent / "portfolio-rollup.xlsx")
        path = choose_save_path(self, self.tr("Export roll-up workbook"), suggested)
        if path:
            self.export(Path(path), force)

    def export(self, path: Path, force: bool) -> Task:
        from auditdesk.exchange.workbook import export_rollup

        store, selection, anonymise = self.store, self.selection(), self.anonymise.isChecked()
        task = Task(self, lambda report: export_rollup(
            store, selection, path, anonymise=anonymise, force=force, report=report)) \
            .with_progress(self.tr("Writing the roll-up workbook…")).on_success(
            self._on_exported).on_failure(self._on_export_failed)
        self.export_task = task
        self.jobs.start(task)
        return task

    def _on_exported(self, result: RollupResult) -> None:
        messages.info(self, self.tr("Wrote %1: %2 audits of %3 enterprises, %4 opportunities.")
                      .replace("%1", str(result.path)).replace("%2", str(result.audits))
                      .replace("%3", str(result.enterprises))
                      .replace("%4", str(result.opportunities)))

    def _on_export_failed(self, exc: BaseException, trace: str) -> None:
        from auditdesk.exchange.workbook import RollupRefused

        if isinstance(exc, RollupRefused):
            messages.warn(self, str(exc), details="\n".join(str(i) for i in exc.issues))
        else:
            self._failed(exc, trace)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.wait()
        super().closeEvent(event)
