"""The readings of one meter: the grid (add, edit, delete, import) and its months and years.

Consumption and flags are computed off the GUI thread (``readings_io.analyse_meter``
through a ``Task``) after the meter is chosen and after each change, so a
million readings never block typing; until then those two columns stay empty.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditdesk.model.vocab import READING_SOURCES
from auditdesk.ui import messages, undo
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.meters import formatting as fmt
from auditdesk.ui.meters.reading_model import SOURCE, ReadingTableModel
from auditdesk.ui.widgets import make_table

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.calc.consumption import PeriodTotal
    from auditdesk.model.entities import Meter
    from auditdesk.store import Store
    from auditdesk.store.readings_io import MeterAnalysis

ANALYSE_DELAY_MS = 250
INLINE_READINGS = 20_000  # up to this many, consumption and flags are computed at once


def _flag_names() -> list[str]:
    """The short name of every interval flag, in the UI language."""
    from auditdesk.calc.consumption import IntervalFlag, flag_names

    return [name for flag in IntervalFlag if flag for name in flag_names(int(flag))]


class SourceDelegate(QStyledItemDelegate):
    """Edits the source column with a list (manual, bill, logger, estimated)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QComboBox(parent)
        for code in READING_SOURCES:
            editor.addItem(vocab_label(READING_SOURCES, code), code)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        target = index.model()
        assert target is not None
        target.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ReadingGrid(QWidget):
    """Grid of one meter's readings plus a tab of its months and years."""

    analysed = Signal()  # consumption and flags (and months) are shown for the current rows
    changed = Signal()  # readings were added, edited, deleted or imported

    def __init__(
        self, store: Store, conn: sqlite3.Connection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.meters: list[Meter] = []
        self.model = ReadingTableModel(store, conn, self)
        self.model.problem.connect(self.on_model_problem)
        self.model.edited.connect(self.on_model_edited)
        self._generation = 0
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ANALYSE_DELAY_MS)
        self._timer.timeout.connect(self.on_timer_timeout)

        self.view = QTableView(self)
        self.view.setObjectName("readingGrid")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(SOURCE, SourceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._size_columns()

        self.add_button = QPushButton(self.tr("Add reading…"), self)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.delete_button = QPushButton(self.tr("Delete selected…"), self)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.import_button = QPushButton(self.tr("Import readings…"), self)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.status = QLabel(self)
        self.status.setObjectName("readingStatus")
        self.problem = QLabel(self)
        self.problem.setObjectName("readingProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)

        readings = QWidget(self)
        readings_layout = QVBoxLayout(readings)
        readings_layout.setContentsMargins(0, 0, 0, 0)
        readings_layout.addLayout(buttons)
        readings_layout.addWidget(self.view, 1)
        readings_layout.addWidget(self.problem)
        self.periods = QSplitter(Qt.Orientation.Horizontal, self)
        self.months_view: QTableView | None = None
        self.years_view: QTableView | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(readings, self.tr("Readings"))
        self.tabs.addTab(self.periods, self.tr("Months and years"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.set_meter(None)

    def _size_columns(self) -> None:
        """Widths from the header texts and typical values, never from a million rows."""
        metrics = self.view.fontMetrics()
        names = [vocab_label(READING_SOURCES, code) for code in READING_SOURCES]
        samples = (
            "31/12/2024 23:59:59",
            "1.234.567.890,5",
            "1.234.567,89",
            max(_flag_names(), key=metrics.horizontalAdvance),
            max(names, key=metrics.horizontalAdvance),
        )
        for column, sample in enumerate(samples):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header))
            self.view.setColumnWidth(column, width + 24)

    # --- the meter ----------------------------------------------------------------------------

    def set_meter(self, meter: Meter | None, meters: list[Meter] | None = None) -> None:
        """Show ``meter``'s readings (``meters``: the enterprise's, for multi-meter imports)."""
        self.meters = meters or ([meter] if meter else [])
        self.model.set_meter(meter)
        self._size_columns()
        self.problem.hide()
        writable = meter is not None and not self.store.read_only
        for button in (self.add_button, self.delete_button, self.import_button):
            button.setEnabled(writable)
        self._show_periods([], [])
        self._analyse_later()

    def reload(self) -> None:
        """Read the rows again (after changes made elsewhere, e.g. an import)."""
        self.model.refresh()
        self._analyse_later()

    def _analyse_later(self) -> None:
        self._generation += 1
        meter = self.model.meter
        if meter is not None and self.model.rowCount() <= INLINE_READINGS and not self._running:
            from auditdesk.store.readings_io import analyse_meter

            self._analysed(self._generation, analyse_meter(self.model.conn, meter))
            return
        if meter is not None:
            self._timer.start()
        self._update_status()

    def _update_status(self) -> None:
        count = fmt.number(self.model.rowCount())
        text = self.tr("%1 readings").replace("%1", count)
        if self.model.meter is not None and self.is_analysing():
            text += " · " + self.tr("checking…")
        self.status.setText(text if self.model.meter is not None else "")

    def is_analysing(self) -> bool:
        return self._timer.isActive() or self._running

    @Slot()
    def on_timer_timeout(self) -> None:
        if self._running:  # one at a time: try again when the running one is done
            return
        meter, generation = self.model.meter, self._generation
        if meter is None:
            return
        from auditdesk.store.readings_io import analyse_meter, open_reader
        from auditdesk.ui.tasks import Task

        store = self.store

        def work(report: object) -> MeterAnalysis:
            conn = open_reader(store)
            try:
                return analyse_meter(conn, meter)
            finally:
                conn.close()

        self._running = True
        Task(self, work).on_success(lambda result: self._task_done(generation, result)).on_failure(
            lambda exc, trace: self._analysis_failed(exc)
        ).start()

    def _analysed(self, generation: int, result: MeterAnalysis) -> None:
        if generation != self._generation:
            self._timer.start()
            return
        self.model.set_intervals(result.intervals)
        self._show_periods(result.months, result.years)
        self._update_status()
        self.analysed.emit()

    def _task_done(self, generation: int, result: MeterAnalysis) -> None:
        self._running = False
        self._analysed(generation, result)

    def _analysis_failed(self, exc: BaseException) -> None:
        self._running = False
        self._update_status()
        messages.warn(
            self, self.tr("The readings could not be checked: %1").replace("%1", str(exc))
        )

    def _show_periods(self, months: list[PeriodTotal], years: list[PeriodTotal]) -> None:
        for view in (self.months_view, self.years_view):
            if view is not None:
                view.setParent(None)
                view.deleteLater()
        unit = fmt.unit_label(self.model.meter.unit) if self.model.meter else ""
        self.months_view = self._period_table(self.tr("Month"), months, unit)
        self.years_view = self._period_table(self.tr("Year"), years, unit)
        self.months_view.setObjectName("meterMonths")
        self.years_view.setObjectName("meterYears")
        self.periods.addWidget(self.months_view)
        self.periods.addWidget(self.years_view)

    def _period_table(self, title: str, totals: list[PeriodTotal], unit: str) -> QTableView:
        from auditdesk.calc.consumption import flag_names

        statuses = {
            "complete": self.tr("complete"),
            "partial": self.tr("partial"),
            "missing": self.tr("no readings"),
        }
        rows = [
            [
                (t.period, t.period),
                (fmt.sensible(t.consumption), t.consumption or 0.0),
                (f"{fmt.number(t.covered_days, 1)} / {fmt.number(t.days)}", t.covered_days),
                statuses[t.status],
                ", ".join(flag_names(t.flags)),
            ]
            for t in totals
        ]
        headers = [
            title,
            self.tr("Consumption (%1)").replace("%1", unit),
            self.tr("Days covered"),
            self.tr("Status"),
            self.tr("Flags"),
        ]
        return make_table(self.periods, headers, rows, numeric=(1, 2))

    # --- actions ------------------------------------------------------------------------------

    @Slot(str)
    def on_model_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    @Slot()
    def on_model_edited(self) -> None:
        self.problem.hide()
        self._analyse_later()
        self.changed.emit()

    @Slot()
    def on_add_button_clicked(self) -> None:
        from auditdesk.ui.meters.add_reading import AddReadingDialog

        meter = self.model.meter
        if meter is None:
            return
        rows = self.model.rowCount()
        last = (
            QDate.fromString(self.model.reading(rows - 1)[0][:10], "yyyy-MM-dd") if rows else None
        )
        added = AddReadingDialog.ask(self, self.store, meter, last.addMonths(1) if last else None)
        if not added:
            return
        undo.record_readings(self, added, added=True)  # undo hook
        self.reload()
        row = self.model.row_of(added[-1].ts)
        self.view.scrollTo(self.model.index(row, 0))
        self.view.selectRow(row)
        self.changed.emit()

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    @Slot()
    def on_delete_button_clicked(self) -> None:
        meter = self.model.meter
        rows = self.selected_rows()
        if meter is None or not rows:
            messages.info(self, self.tr("Select the readings to delete first."))
            return
        question = (
            self.tr("Delete %1 readings of %2? The change history keeps them.")
            .replace("%1", fmt.number(len(rows)))
            .replace("%2", meter.name)
        )
        if not messages.confirm(self, question):
            return
        from auditdesk.store import StoreError

        stamps = self.model.keys(rows)
        removed = undo.reading_rows(self.model, rows)  # undo hook
        try:
            with self.store.transaction():
                for ts in stamps:
                    self.store.readings.delete(meter.id, ts)
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        undo.record_readings(self, removed, added=False)  # undo hook
        self.reload()
        self.changed.emit()

    @Slot()
    def on_import_button_clicked(self) -> None:
        from auditdesk.ui.meters.reading_import import ReadingImportDialog

        meter = self.model.meter
        if meter is None:
            return
        outcome = ReadingImportDialog.ask(self, self.store, meter, self.meters)
        if outcome is not None and outcome.committed:
            self.reload()
            self.changed.emit()
