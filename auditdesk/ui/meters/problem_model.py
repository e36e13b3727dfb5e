"""The problems an import found, one per line: file row, column, the text, and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from auditdesk.ui.meters import formatting as fmt

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.import_engine import Problem

ROW, COLUMN, VALUE, MESSAGE = range(4)
Index = QModelIndex | QPersistentModelIndex
_FATAL, _WARNING = QColor("#f9d6d5"), QColor("#fdeccb")


class ProblemTableModel(QAbstractTableModel):
    """Read-only list of import problems (row 0 means the whole file)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MESSAGE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Row"), self.tr("Column"), self.tr("Text in the file"), self.tr("Problem")][
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ROW:
                return fmt.number(problem.row) if problem.row else self.tr("file")
            if column == COLUMN:
                return problem.column or ""
            if column == VALUE:
                return problem.value
            return problem.message
        if role == Qt.ItemDataRole.BackgroundRole:
            if problem.fatal:
                return QBrush(_FATAL)
            if not problem.row_skipped:
                return QBrush(_WARNING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
