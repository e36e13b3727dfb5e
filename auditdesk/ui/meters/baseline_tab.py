"""The "Baseline" tab: period, carriers table, key-energy-user flag, production models,
notes and the four charts, with "Save as PNG…".

The baseline is computed on the GUI thread when the period holds few readings
(``INLINE_READINGS``: a few milliseconds) and in a ``Task`` otherwise, through
a read-only connection of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.ui import messages
from auditdesk.ui.meters import formatting as fmt
from auditdesk.ui.meters.baseline_model import (
    BaselineTableModel,
    MonthlyTableModel,
    ProductionModelTable,
    series_label,
)

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.calc.baseline import BaselinePeriod
    from auditdesk.store import Store
    from auditdesk.store.baseline import AuditBaseline, BaselineInputs

INLINE_READINGS = 50_000
CHART_HEIGHT = 620


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return view


def _fit_height(view: QTableView) -> None:
    rows = view.model().rowCount()
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += rows * view.verticalHeader().defaultSectionSize() if rows else 24
    scroll = view.horizontalScrollBar()
    view.setFixedHeight(height + (scroll.sizeHint().height() if scroll.isVisible() else 0) + 2)


class BaselineTab(QWidget):
    """The audit's baseline and what it says about the enterprise's energy use."""

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from auditdesk.store.baseline import baseline_inputs

        self.setObjectName("baselineTab")
        self.store, self.audit_id = store, audit_id
        self.inputs: BaselineInputs = baseline_inputs(store, audit_id)
        self.result: AuditBaseline | None = None
        self._generation = 0
        self._running = 0
        self.canvas: Any = None

        self.first = self._month_edit()
        self.last = self._month_edit()
        self.default_button = QPushButton(self.tr("12 months before the audit"), self)
        self.default_button.clicked.connect(self.on_default_button_clicked)
        self.save_period_button = QPushButton(self.tr("Keep as the audit's baseline"), self)
        self.save_period_button.clicked.connect(self.on_save_period_button_clicked)
        self.product = QComboBox(self)
        self.product.setObjectName("baselineProduct")
        self.series = QComboBox(self)
        self.series.setObjectName("baselineSeries")
        self.png_button = QPushButton(self.tr("Save as PNG…"), self)
        self.png_menu = QMenu(self.png_button)
        self.png_button.setMenu(self.png_menu)
        self.png_menu.aboutToShow.connect(self.on_png_menu_about_to_show)
        self.status = QLabel(self)
        self.status.setObjectName("baselineStatus")
        self.status.setStyleSheet("color: #b3261e;")
        self.flag = QLabel(self)
        self.flag.setObjectName("keyEnergyUser")
        self.flag.setTextFormat(Qt.TextFormat.RichText)
        self.carriers = BaselineTableModel(self)
        self.carrier_view = _table(self, "baselineTable")
        self.carrier_view.setModel(self.carriers)
        self.monthly = MonthlyTableModel(self)
        self.monthly_view = _table(self, "monthlyTable")
        self.monthly_view.setModel(self.monthly)
        self.monthly_view.horizontalHeader().setStretchLastSection(False)
        self.models = ProductionModelTable(self)
        self.model_view = _table(self, "regressionTable")
        self.model_view.setModel(self.models)
        self.notes = QLabel(self)
        self.notes.setObjectName("baselineNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.chart_box = QVBoxLayout()
        self._build_layout()
        self._set_period(self.inputs.default_period)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self.on_period_changed)
        self.product.currentIndexChanged.connect(self.on_product_changed)
        self.series.currentIndexChanged.connect(self.on_series_changed)
        self.save_period_button.setEnabled(False)
        self.recompute()

    def _month_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("MM/yyyy")
        edit.setCalendarPopup(False)
        return edit

    def _build_layout(self) -> None:
        period = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Period from"), self),
            self.first,
            QLabel(self.tr("to"), self),
            self.last,
            self.default_button,
            self.save_period_button,
        ):
            period.addWidget(widget)
        period.addStretch(1)
        production = QHBoxLayout()
        production.addWidget(
            QLabel("<b>" + self.tr("Consumption against production") + "</b>", self)
        )
        production.addStretch(1)
        production.addWidget(QLabel(self.tr("Product"), self))
        production.addWidget(self.product)
        chart_controls = QHBoxLayout()
        chart_controls.addWidget(QLabel("<b>" + self.tr("Charts") + "</b>", self))
        chart_controls.addStretch(1)
        chart_controls.addWidget(QLabel(self.tr("Specific consumption and regression of"), self))
        chart_controls.addWidget(self.series)
        chart_controls.addWidget(self.png_button)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addLayout(period)
        layout.addWidget(self.status)
        layout.addWidget(self.flag)
        layout.addWidget(self.carrier_view)
        layout.addWidget(QLabel("<b>" + self.tr("Consumption by month") + "</b>", self))
        layout.addWidget(self.monthly_view)
        layout.addLayout(production)
        layout.addWidget(self.model_view)
        layout.addWidget(self.notes)
        layout.addLayout(chart_controls)
        layout.addLayout(self.chart_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.addWidget(scroll)
        self.body = body

    # --- the period ---------------------------------------------------------------------------

    def _set_period(self, period: BaselinePeriod) -> None:
        for edit, month in ((self.first, period.first_month), (self.last, period.last_month)):
            edit.blockSignals(True)
            edit.setDate(QDate(int(month[:4]), int(month[5:7]), 1))
            edit.blockSignals(False)

    def period(self) -> BaselinePeriod | None:
        """The period in the editors, or None (with a message) when it is back to front."""
        from auditdesk.calc.baseline import BaselinePeriod

        first, last = self.first.date().toString("yyyy-MM"), self.last.date().toString("yyyy-MM")
        if last < first:
            self.status.setText(
                self.tr("The first month is after the last month: the baseline is not computed.")
            )
            self.status.show()
            return None
        self.status.hide()
        return BaselinePeriod(first, last)

    def set_period(self, first: str, last: str) -> None:
        """Choose the period (``YYYY-MM``) as the user would, and recompute."""
        self.first.setDate(QDate(int(first[:4]), int(first[5:7]), 1))
        self.last.setDate(QDate(int(last[:4]), int(last[5:7]), 1))

    @Slot(QDate)
    def on_period_changed(self, date: QDate) -> None:
        period = self.period()
        self.save_period_button.setEnabled(
            period is not None and period != self.inputs.default_period and not self.store.read_only
        )
        if period is not None:
            self.recompute()

    @Slot()
    def on_default_button_clicked(self) -> None:
        from auditdesk.calc.baseline import BaselinePeriod

        self._set_period(BaselinePeriod.before(self.inputs.audit.start_date))
        self.on_period_changed(self.first.date())

    @Slot()
    def on_save_period_button_clicked(self) -> None:
        from auditdesk.store import StoreError
        from auditdesk.store.baseline import baseline_inputs, save_period

        period = self.period()
        if period is None:
            return
        try:
            save_period(self.store, self.audit_id, period)
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        self.inputs = baseline_inputs(self.store, self.audit_id)
        self.save_period_button.setEnabled(False)

    @Slot(int)
    def on_product_changed(self, index: int) -> None:
        if index >= 0:
            self.recompute()

    @Slot(int)
    def on_series_changed(self, index: int) -> None:
        if index >= 0 and self.result is not None:
            self._draw_charts()

    # --- computing ----------------------------------------------------------------------------

    def _readings_in(self, period: BaselinePeriod) -> int:
        from auditdesk.store.baseline import period_bounds

        first, after = period_bounds(period)
        ids = [m.id for m in self.inputs.meters if not m.parent_id]
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        return int(
            self.store.conn.execute(
                f"SELECT count(*) FROM reading WHERE meter_id IN ({marks}) AND ts >= ? AND ts < ?",
                (*ids, first.isoformat(), after.isoformat()),
            ).fetchone()[0]
        )

    def is_computing(self) -> bool:
        return self._running > 0

    def recompute(self) -> None:
        """Compute the baseline for the chosen period and product (see module doc)."""
        from auditdesk.store.baseline import compute_audit_baseline
        from auditdesk.store.readings_io import open_reader

        period = self.period()
        if period is None:
            return
        self._generation += 1
        generation, inputs = self._generation, self.inputs
        product = self.product.currentData() if self.product.count() else None
        if self._readings_in(period) <= INLINE_READINGS:
            self._show(generation, compute_audit_baseline(inputs, self.store.conn, period, product))
            return
        from auditdesk.ui.tasks import Task

        store = self.store

        def work(report: Any) -> AuditBaseline:
            conn = open_reader(store)
            try:
                return compute_audit_baseline(inputs, conn, period, product)
            finally:
                conn.close()

        self._running += 1
        self.flag.setText(self.tr("Computing the baseline…"))
        Task(self, work).with_progress(self.tr("Computing the baseline…")).on_success(
            lambda result: self._computed(generation, result)
        ).on_failure(self._failed).start()

    def _computed(self, generation: int, result: AuditBaseline) -> None:
        self._running -= 1
        self._show(generation, result)

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._running -= 1
        messages.warn(
            self, self.tr("The baseline could not be computed: %1").replace("%1", str(exc))
        )

    def _show(self, generation: int, result: AuditBaseline) -> None:
        if generation != self._generation:
            return
        self.result = result
        self._fill_choices(result)
        self.carriers.set_result(result)
        self.models.set_result(result)
        self.monthly.set_result(result)
        _fit_height(self.monthly_view)
        _fit_height(self.carrier_view)
        _fit_height(self.model_view)
        self._show_flag(result)
        notes = list(result.notes)
        for model in result.models:
            if model.specific is not None and model.note:
                notes.append(f"{series_label(model.key)}: {model.note}")
        self.notes.setText(
            "<b>" + self.tr("Notes") + "</b><br>" + "<br>".join(f"• {n}" for n in notes)
            if notes
            else ""
        )
        self.notes.setVisible(bool(notes))
        self._draw_charts()

    def _fill_choices(self, result: AuditBaseline) -> None:
        for combo, items in (
            (self.product, [(name, name) for name in result.products]),
            (self.series, [(m.key, series_label(m.key)) for m in reversed(result.models)]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, label in items:
                combo.addItem(label, code)
            wanted = result.product if combo is self.product else current
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            combo.blockSignals(False)
            combo.setEnabled(combo.count() > 1)

    def _show_flag(self, result: AuditBaseline) -> None:
        b = result.baseline
        toe = fmt.number(b.total_toe)
        if b.key_energy_user:
            text = self.tr(
                "<b>Key energy user</b>: %1 TOE per year, at least 1,000 TOE per year "
                "(Law 50/2010/QH12) — energy audits every 3 years."
            ).replace("%1", toe)
            colour = "#b3261e"
        else:
            text = self.tr(
                "Not a key energy user: %1 TOE per year, below 1,000 TOE per year."
            ).replace("%1", toe)
            colour = "#2e7d32"
        self.flag.setText(f"<span style='color:{colour}'>{text}</span>")

    # --- charts -------------------------------------------------------------------------------

    def _draw_charts(self) -> None:
        from auditdesk.ui.meters import charts

        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure(layout="constrained"))
            self.canvas.setObjectName("baselineCharts")
            self.canvas.setParent(self.body)
            self.canvas.setMinimumHeight(CHART_HEIGHT)
            self.chart_box.addWidget(self.canvas)
        assert self.result is not None
        charts.draw_all(self.canvas.figure, self.result, self.series.currentData())
        self.canvas.draw_idle()

    @Slot()
    def on_png_menu_about_to_show(self) -> None:
        from auditdesk.ui.meters import charts

        self.png_menu.clear()
        entries: list[tuple[str, str | None]] = [(self.tr("All four charts"), None)]
        entries += [(charts.chart_title(name), name) for name in charts.CHARTS]
        for label, name in entries:
            action = self.png_menu.addAction(label)
            action.triggered.connect(lambda checked=False, n=name: self.save_png(n))

    def save_png(self, name: str | None, path: str | None = None) -> str | None:
        """Save chart ``name`` (None: all four) as a PNG; asks where unless ``path`` is given."""
        from auditdesk.ui.meters import charts

        if self.result is None:
            return None
        if path is None:
            suggested = f"baseline-{name or 'charts'}.png"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PNG"), suggested, self.tr("PNG images (*.png)")
            )
            if not path:
                return None
            if not path.lower().endswith(".png"):
                path += ".png"
        try:
            charts.save_png(path, self.result, self.series.currentData(), name)
        except OSError as exc:
            messages.warn(
                self, self.tr("Could not save %1: %2").replace("%1", path).replace("%2", str(exc))
            )
            return None
        return path
