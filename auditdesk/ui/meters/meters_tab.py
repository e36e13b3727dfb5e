"""The "Meters and readings" tab: the enterprise's meters above, the chosen meter's
readings below (grid, months and years)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.ui import messages
from auditdesk.ui.meters import formatting as fmt
from auditdesk.ui.meters.meter_model import SORT_ROLE, MeterTableModel
from auditdesk.ui.meters.reading_grid import ReadingGrid

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Meter
    from auditdesk.store import Store


class MetersTab(QWidget):
    """Meters of the audit's enterprise (add, edit, delete) and the readings of one."""

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from auditdesk.store.readings_io import open_reader

        self.setObjectName("metersTab")
        self.store = store
        self.enterprise_id = str(
            store.conn.execute(
                "SELECT enterprise_id FROM audit WHERE id = ?", (audit_id,)
            ).fetchone()[0]
        )
        self.reader = open_reader(store)
        self.destroyed.connect(self.reader.close)
        self.model = MeterTableModel(store, self.enterprise_id, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("meterList")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self.on_view_selection_changed)
        self.view.doubleClicked.connect(self.on_edit_button_clicked)

        self.add_button = QPushButton(self.tr("Add meter…"), self)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.edit_button = QPushButton(self.tr("Edit meter…"), self)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.delete_button = QPushButton(self.tr("Delete meter…"), self)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        writable = not store.read_only
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(writable)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("<b>" + self.tr("Meters") + "</b>", self))
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.view)

        self.grid = ReadingGrid(store, self.reader, self)
        self.grid.changed.connect(self.on_grid_changed)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.grid)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self._reload(None)

    # --- selection ----------------------------------------------------------------------------

    def current_meter(self) -> Meter | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.meter(self.proxy.mapToSource(rows[0]).row())

    def select_meter(self, meter_id: str) -> bool:
        row = self.model.row_of(meter_id)
        if row < 0:
            return False
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _meters(self) -> list[Meter]:
        return [self.model.meter(row) for row in range(self.model.rowCount())]

    @Slot(QItemSelection, QItemSelection)
    def on_view_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        meter = self.current_meter()
        self.grid.set_meter(meter, self._meters())
        has = meter is not None and not self.store.read_only
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _reload(self, select: str | None) -> None:
        self.model.refresh()
        if select is None and self.model.rowCount():
            select = self.model.meter(self.proxy.mapToSource(self.proxy.index(0, 0)).row()).id
        if select is None or not self.select_meter(select):
            self.grid.set_meter(None)

    @Slot()
    def on_grid_changed(self) -> None:
        meter = self.current_meter()
        self.model.refresh()
        if meter is not None:
            self.view.selectionModel().blockSignals(True)
            self.select_meter(meter.id)
            self.view.selectionModel().blockSignals(False)

    # --- meters -------------------------------------------------------------------------------

    @Slot()
    def on_add_button_clicked(self) -> None:
        from auditdesk.model.entities import Meter
        from auditdesk.ui.forms.entity_forms import EntityDialog
        from auditdesk.ui.meters.meter_forms import meter_fields, save_meter

        meter = Meter(enterprise_id=self.enterprise_id)
        saved = EntityDialog.ask(
            self,
            self.tr("New meter"),
            meter_fields(self.store, meter),
            meter,
            save_meter(self.store),
        )
        if saved is not None:
            self._reload(saved.id)

    @Slot()
    def on_edit_button_clicked(self) -> None:
        from auditdesk.ui.forms.entity_forms import EntityDialog
        from auditdesk.ui.meters.meter_forms import meter_fields, save_meter

        meter = self.current_meter()
        if meter is None or self.store.read_only:
            return
        saved = EntityDialog.ask(
            self,
            self.tr("Meter %1").replace("%1", meter.name),
            meter_fields(self.store, meter),
            meter,
            save_meter(self.store),
        )
        if saved is not None:
            self._reload(saved.id)

    @Slot()
    def on_delete_button_clicked(self) -> None:
        from auditdesk.store import StoreError

        meter = self.current_meter()
        if meter is None:
            return
        count = self.store.readings.count(meter.id)
        question = (
            self.tr(
                "Delete the meter %1 and its %2 readings? Its sub-meters stay, without a parent."
            )
            .replace("%1", meter.name)
            .replace("%2", fmt.number(count))
        )
        if not messages.confirm(self, question):
            return
        try:
            self.store.meters.delete(meter.id)
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        self._reload(None)
