"""The navigator tree: park → enterprise → audit, with ids in the items."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from auditdesk.model import vocab
from auditdesk.store.queries import NavPark
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.lazy_qt import ACTIONS_CONTEXT_MENU, USER_ROLE

KIND_ROLE = USER_ROLE + 1  # not Qt.ItemDataRole: the first window leaves Qt unbuilt (lazy_qt)
ID_ROLE = USER_ROLE + 2


class NavigatorModel(QStandardItemModel):
    """A small tree (hundreds of rows at most), rebuilt from one query."""

    def load(self, parks: list[NavPark]) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Parks, enterprises and audits")])
        root = self.invisibleRootItem()
        for park in parks:
            park_item = self._item("park", park.id, park.name, park.province)
            for ent in park.enterprises:
                ent_item = self._item("enterprise", ent.id, ent.name,
                                      vocab_label(vocab.SECTORS, ent.sector))
                for audit in ent.audits:
                    label = audit.title
                    year = audit.start_date[:4]
                    if year and year not in audit.title:
                        label = f"{audit.title} ({year})"
                    ent_item.appendRow(self._item(
                        "audit", audit.id, label, vocab_label(vocab.AUDIT_STATUSES, audit.status)))
                park_item.appendRow(ent_item)
            root.appendRow(park_item)

    @staticmethod
    def _item(kind: str, entity_id: str, text: str, tooltip: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(kind, KIND_ROLE)
        item.setData(entity_id, ID_ROLE)
        item.setToolTip(tooltip)
        return item

    def items(self) -> Iterator[QStandardItem]:
        """Every item, parents before their children, in the order shown."""
        def walk(parent: QStandardItem) -> Iterator[QStandardItem]:
            for row in range(parent.rowCount()):
                child = parent.child(row)
                yield child
                yield from walk(child)

        return walk(self.invisibleRootItem())

    def find(self, kind: str, entity_id: str) -> QModelIndex:
        for item in self.items():
            if item.data(ID_ROLE) == entity_id and item.data(KIND_ROLE) == kind:
                return item.index()
        return QModelIndex()


class Navigator(QTreeView):
    """Emits ``selected(kind, id)`` when the user picks a node (kind '' for none)."""

    selected = Signal(str, str)  # kind ("park" | "enterprise" | "audit" | ""), id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.nav_model = NavigatorModel(self)
        self.setModel(self.nav_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setHeaderHidden(True)
        self.setProperty("contextMenuPolicy", ACTIONS_CONTEXT_MENU)  # not Qt.*: see lazy_qt
        self.selectionModel().currentChanged.connect(self.on_selection_current_changed)

    def load(self, parks: list[NavPark], select: tuple[str, str] | None = None) -> None:
        self.selectionModel().blockSignals(True)
        self.nav_model.load(parks)
        self.selectionModel().blockSignals(False)
        self.expandAll()
        if select:
            self.select(*select)
        else:
            self.selected.emit("", "")

    def select(self, kind: str, entity_id: str, notify: bool = True) -> bool:
        """Make the node current; ``notify=False`` selects without emitting ``selected``."""
        index = self.nav_model.find(kind, entity_id)
        if not index.isValid():
            return False
        if not notify:
            self.selectionModel().blockSignals(True)
            self.setCurrentIndex(index)
            self.selectionModel().blockSignals(False)
        elif index == self.currentIndex():
            self.selected.emit(kind, entity_id)  # re-show: the view will not signal
        else:
            self.setCurrentIndex(index)  # signals through currentChanged
        self.scrollTo(index)
        return True

    def current(self) -> tuple[str, str]:
        index = self.currentIndex()
        if not index.isValid():
            return "", ""
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def first(self, kind: str) -> tuple[str, str] | None:
        for item in self.nav_model.items():
            if item.data(KIND_ROLE) == kind:
                return kind, item.data(ID_ROLE)
        return None

    @Slot(QModelIndex, QModelIndex)
    def on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selected.emit(current.data(KIND_ROLE), current.data(ID_ROLE))
        else:
            self.selected.emit("", "")
