"""One small read-only table model for the review views: rows are objects kept in
order with a key each (an id plus a row cache, as the style guide asks), columns
say how to show and sort them. A ``QSortFilterProxyModel`` on ``SORT_ROLE``
sorts numbers as numbers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 20
KEY_ROLE = Qt.ItemDataRole.UserRole + 21


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # default: the text
    numeric: bool = False
    tooltip: Callable[[R], str | None] | None = None
    colour: Callable[[R], str | None] | None = None  # text colour of the cell ("#2e7d5b")


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R`` by key; ``style`` may give a row a foreground colour."""

    def __init__(self, columns: list[Column[R]], key: Callable[[R], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._key = key
        self._keys: list[str] = []
        self._rows: dict[str, R] = {}
        self.foreground: Callable[[R], Any] | None = None

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        items = list(rows)
        self._keys = [self._key(r) for r in items]
        self._rows = {self._key(r): r for r in items}
        self.endResetModel()

    def update_row(self, row: R) -> None:
        key = self._key(row)
        if key not in self._rows:
            return
        self._rows[key] = row
        position = self._keys.index(key)
        self.dataChanged.emit(self.index(position, 0),
                              self.index(position, len(self._columns) - 1))

    def rows(self) -> list[R]:
        return [self._rows[k] for k in self._keys]

    def row_at(self, position: int) -> R:
        return self._rows[self._keys[position]]

    def position_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._rows else -1

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[self._keys[index.row()]]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        if role == KEY_ROLE:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = column.colour(row) if column.colour is not None else None
            if colour:
                return QBrush(QColor(colour))
            return self.foreground(row) if self.foreground is not None else None
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE``; blanks (None) last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is not None
        if isinstance(a, str) or isinstance(b, str):
            return str(a).casefold() < str(b).casefold()
        return bool(a < b)
