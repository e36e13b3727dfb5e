"""Small shared widgets: page headers, KPI cards, read-only tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore  # QtCore.Qt read when used: see ui/lazy_qt.py
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.ui.lazy_qt import USER_ROLE

SORT_ROLE = USER_ROLE + 10  # Qt.ItemDataRole.UserRole + 10


class PageHeader(QWidget):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        self.title = QLabel(title, self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(subtitle, self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.subtitle.setVisible(bool(subtitle))


class KpiCard(QFrame):
    """A number with its unit and a caption."""

    def __init__(self, caption: str, value: str, unit: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        number = QLabel(f"{value} <span style='font-size:10pt;color:#5f6b76'>{unit}</span>", self)
        number.setObjectName("kpiValue")
        number.setTextFormat(QtCore.Qt.TextFormat.RichText)
        label = QLabel(caption, self)
        label.setObjectName("kpiCaption")
        label.setWordWrap(True)
        layout.addWidget(number)
        layout.addWidget(label)


def make_table(parent: QWidget, headers: Sequence[str], rows: Sequence[Sequence[object]],
               numeric: Sequence[int] = (), stretch: int | None = None) -> QTableView:
    """A sortable read-only table view over a QStandardItemModel.

    ``rows`` hold (display text, sort value) pairs or plain values. ``stretch``:
    the column that takes the width left (long texts elided, shown whole in
    their tooltip) so that every column stays in view; else the last one.
    """
    model = QStandardItemModel(len(rows), len(headers), parent)
    model.setHorizontalHeaderLabels(list(headers))
    model.setSortRole(SORT_ROLE)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            text, key = cell if isinstance(cell, tuple) else (cell, cell)
            item = QStandardItem("" if text is None else str(text))
            item.setEditable(False)
            if len(item.text()) > 30:
                item.setToolTip(item.text())
            item.setData(key if key is not None else "", SORT_ROLE)
            if c in numeric:
                item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight
                                      | QtCore.Qt.AlignmentFlag.AlignVCenter)
            model.setItem(r, c, item)
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.sortByColumn(0, QtCore.Qt.SortOrder.AscendingOrder)
    return view
