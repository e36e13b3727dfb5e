"""The change history of an audit or of one opportunity: who changed what, when,
old → new, filtered by person and by date. The "History" tab shows the audit's
(with a chooser for one opportunity); the review's "History…" button opens the
same view for one opportunity in a dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.model.entities import HistoryEntry
from auditdesk.review.history import (
    HistoryFilter,
    Subject,
    audit_history,
    opportunity_history,
    people,
    subjects,
    utc_bounds,
)
from auditdesk.store import Store
from auditdesk.ui.review.comment_thread import local_time
from auditdesk.ui.review.history_format import field_label, subject_label, value_text
from auditdesk.ui.review.table_model import Column, RowsModel, SortProxy

NO_DATE = QDate(2000, 1, 1)


def make_history_model(subject_of: dict[tuple[str, str], Subject],
                       parent: QWidget | None = None) -> RowsModel[HistoryEntry]:
    """Columns: when, who, what, change, old, new (newest first by default)."""
    def what(e: HistoryEntry) -> str:
        return subject_label(e.entity, subject_of.get((e.entity, e.entity_id)))

    columns: list[Column[HistoryEntry]] = [
        Column(QCoreApplication.translate("HistoryView", "When"), lambda e: local_time(e.at),
               lambda e: e.id),
        Column(QCoreApplication.translate("HistoryView", "Who"), lambda e: e.user),
        Column(QCoreApplication.translate("HistoryView", "What"), what),
        Column(QCoreApplication.translate("HistoryView", "Change"),
               lambda e: field_label(e.field, e.op)),
        Column(QCoreApplication.translate("HistoryView", "Old"),
               lambda e: value_text(e.field, e.old) if e.op != "create" else "",
               tooltip=lambda e: e.old),
        Column(QCoreApplication.translate("HistoryView", "New"),
               lambda e: value_text(e.field, e.new) if e.op != "delete" else "",
               tooltip=lambda e: e.new),
    ]
    return RowsModel(columns, lambda e: str(e.id), parent)


class HistoryView(QWidget):
    """History rows of an audit or one opportunity with person and date filters."""

    def __init__(self, store: Store, audit_id: str, opportunity_id: str | None = None,
                 choose_opportunity: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.store, self.audit_id = store, audit_id
        self._subjects: dict[tuple[str, str], Subject] = {}
        self.model = make_history_model(self._subjects, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.scope = QComboBox(self)
        self.scope.setObjectName("historyScope")
        self.scope.addItem(self.tr("The whole audit"), None)
        for opp in store.opportunities.for_audit(audit_id):
            self.scope.addItem(f"{opp.code} {opp.title}".strip(), opp.id)
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(18)  # long titles must not widen the page
        self.scope.setCurrentIndex(max(self.scope.findData(opportunity_id), 0))
        self.scope.setVisible(choose_opportunity)
        self.person = QComboBox(self)
        self.person.setObjectName("historyPerson")
        self.first = self._date_edit("historyFrom")
        self.last = self._date_edit("historyTo")
        self.count = QLabel(self)
        self.count.setObjectName("historyCount")
        self.view = QTableView(self)
        self.view.setObjectName("historyTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.scope, 2)
        bar.addWidget(QLabel(self.tr("Person"), self))
        bar.addWidget(self.person, 1)
        bar.addWidget(QLabel(self.tr("From"), self))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("To"), self))
        bar.addWidget(self.last)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._fill_people()
        self.reload()
        self.scope.currentIndexChanged.connect(self.on_scope_current_index_changed)
        self.person.currentIndexChanged.connect(self.on_filter_changed)
        self.first.dateChanged.connect(self.on_filter_changed)
        self.last.dateChanged.connect(self.on_filter_changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_DATE)
        return edit

    def _entries(self, how: HistoryFilter) -> list[HistoryEntry]:
        opportunity_id = self.scope.currentData()
        if opportunity_id:
            return opportunity_history(self.store, opportunity_id, how)
        return audit_history(self.store, self.audit_id, how)

    def _fill_people(self) -> None:
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for name in people(self._entries(HistoryFilter())):
            self.person.addItem(name, name)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.blockSignals(False)

    @staticmethod
    def _day(edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        if value == NO_DATE:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def set_filter(self, person: str | None = None, first: dt.date | None = None,
                   last: dt.date | None = None) -> None:
        """Choose the filters (as a user would with the controls)."""
        self.person.setCurrentIndex(max(self.person.findData(person), 0))
        self.first.setDate(QDate(first.year, first.month, first.day) if first else NO_DATE)
        self.last.setDate(QDate(last.year, last.month, last.day) if last else NO_DATE)

    def reload(self) -> None:
        since, until = utc_bounds(self._day(self.first), self._day(self.last))
        entries = self._entries(HistoryFilter(self.person.currentData(), since, until))
        self._subjects.clear()
        self._subjects.update(subjects(self.store, entries))
        self.model.set_rows(entries)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.resizeColumnsToContents()
        for column, widest in ((2, 220), (3, 190), (4, 200)):  # "new" takes the rest
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))
        self.count.setText(self.tr("%1 changes").replace("%1", str(len(entries))))

    def showEvent(self, event: QShowEvent) -> None:
        self._fill_people()
        self.reload()
        super().showEvent(event)

    @Slot()
    def on_scope_current_index_changed(self) -> None:
        self._fill_people()
        self.reload()

    @Slot()
    def on_filter_changed(self) -> None:
        self.reload()


class HistoryDialog(QDialog):
    """The history of one opportunity in a window of its own."""

    def __init__(self, store: Store, audit_id: str, opportunity_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        opp = store.opportunities.get(opportunity_id)
        self.setWindowTitle(self.tr("History of %1").replace("%1", f"{opp.code} {opp.title}"))
        self.history = HistoryView(store, audit_id, opportunity_id, choose_opportunity=False,
                                   parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)

    @classmethod
    def show_for(cls, parent: QWidget | None, store: Store, audit_id: str,
                 opportunity_id: str) -> None:
        cls(store, audit_id, opportunity_id, parent).exec()
