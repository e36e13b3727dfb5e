"""The "Production" tab: the enterprise's production records (add, edit, delete, import)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.ui import messages, undo
from auditdesk.ui.meters import formatting as fmt

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import ProductionRecord
    from auditdesk.store import Store

START, END, PRODUCT, QUANTITY, UNIT = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ProductionTableModel(QAbstractTableModel):
    """Production records of one enterprise, by period."""

    def __init__(self, store: Store, enterprise_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store, self.enterprise_id = store, enterprise_id
        self._records: list[ProductionRecord] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._records = self.store.production.list(
            "enterprise_id = ?", (self.enterprise_id,), order_by="period_start, product"
        )
        self.endResetModel()

    def record(self, row: int) -> ProductionRecord:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else UNIT + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("First day"),
            self.tr("Last day"),
            self.tr("Product"),
            self.tr("Quantity"),
            self.tr("Unit"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._records[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                fmt.format_ts(record.period_start),
                fmt.format_ts(record.period_end),
                record.product,
                fmt.plain(record.quantity),
                fmt.unit_label(record.unit),
            ][column]
        if role == SORT_ROLE:
            return [
                record.period_start,
                record.period_end,
                record.product,
                record.quantity,
                record.unit,
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProductionTab(QWidget):
    """Production records typed in or imported; the baseline uses them per month."""

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productionTab")
        self.store = store
        self.enterprise_id = str(
            store.conn.execute(
                "SELECT enterprise_id FROM audit WHERE id = ?", (audit_id,)
            ).fetchone()[0]
        )
        self.model = ProductionTableModel(store, self.enterprise_id, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("productionList")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(START, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self.on_edit_button_clicked)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.delete_button = QPushButton(self.tr("Delete selected…"), self)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("<b>" + self.tr("Production records") + "</b>", self))
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            button.setEnabled(not store.read_only)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

    def selected(self) -> list[ProductionRecord]:
        rows = self.view.selectionModel().selectedRows()
        return [self.model.record(self.proxy.mapToSource(index).row()) for index in rows]

    def _edit(self, record: ProductionRecord, title: str) -> None:
        from auditdesk.ui.forms.entity_forms import EntityDialog
        from auditdesk.ui.meters.meter_forms import production_fields, save_production

        if (
            EntityDialog.ask(self, title, production_fields(), record, save_production(self.store))
            is not None
        ):
            self.model.refresh()

    @Slot()
    def on_add_button_clicked(self) -> None:
        from auditdesk.model.entities import ProductionRecord

        last = self.model.record(self.model.rowCount() - 1) if self.model.rowCount() else None
        record = ProductionRecord(
            enterprise_id=self.enterprise_id,
            product=last.product if last else "",
            unit=last.unit if last else "t",
        )
        self._edit(record, self.tr("New production record"))

    @Slot()
    def on_edit_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen and not self.store.read_only:
            self._edit(chosen[0], self.tr("Production record"))

    @Slot()
    def on_delete_button_clicked(self) -> None:
        from auditdesk.store import StoreError

        chosen = self.selected()
        if not chosen:
            messages.info(self, self.tr("Select the records to delete first."))
            return
        if not messages.confirm(
            self, self.tr("Delete %1 production records?").replace("%1", fmt.number(len(chosen)))
        ):
            return
        try:
            with self.store.transaction():
                for record in chosen:
                    self.store.production.delete(record.id)
            undo.record_deleted(self, chosen)  # undo hook
        except StoreError as exc:
            messages.warn(self, str(exc))
        self.model.refresh()

    @Slot()
    def on_import_button_clicked(self) -> None:
        from auditdesk.ui.meters.production_import import ProductionImportDialog

        outcome = ProductionImportDialog.ask(self, self.store, self.enterprise_id)
        if outcome is not None and outcome.committed:
            self.model.refresh()
