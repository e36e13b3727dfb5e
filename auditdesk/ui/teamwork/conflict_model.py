"""Table models of the merge view: the conflicts to decide and the counts per kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from auditdesk.exchange.package import FieldConflict, MergeSummary
from auditdesk.exchange.package_labels import field_label, table_label, time_text, value_text

Index = QModelIndex | QPersistentModelIndex

CHOSEN = QColor("#dcefd9")  # the value that will be kept
UNDECIDED = QColor("#fff1c2")  # a conflict no one has decided yet
VALUE_LIMIT = 120


class ConflictModel(QAbstractTableModel):
    """One row per conflicting field; tick “here” or “package” to choose the value.

    The two value columns are checkable and exclusive: ticking one unticks the
    other. ``FieldConflict.choice`` of each row holds the decision.
    """

    decisions_changed = Signal()  # a choice was made or changed

    RECORD, FIELD, OURS, OURS_BY, THEIRS, THEIRS_BY = range(6)

    def __init__(self, conflicts: list[FieldConflict], parent: Any = None) -> None:
        super().__init__(parent)
        self.conflicts = conflicts

    # --- shape ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Record"), self.tr("Field"), self.tr("Ours (here)"),
                self.tr("Changed here"), self.tr("Theirs (package)"),
                self.tr("Changed in the package"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.OURS, self.THEIRS):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    # --- data -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        conflict = self.conflicts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(conflict, column, VALUE_LIMIT, short=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(conflict, column, 0, short=False)
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.OURS, self.THEIRS):
            wanted = "ours" if column == self.OURS else "theirs"
            return (Qt.CheckState.Checked if conflict.choice == wanted
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.RECORD and conflict.choice is None:
                return QBrush(UNDECIDED)
            if (column == self.OURS and conflict.choice == "ours") or (
                    column == self.THEIRS and conflict.choice == "theirs"):
                return QBrush(CHOSEN)
        return None

    def _text(self, conflict: FieldConflict, column: int, limit: int, short: bool) -> str:
        deleted = not conflict.field
        if column == self.RECORD:
            return f"{table_label(conflict.table)}: {conflict.label}"
        if column == self.FIELD:
            return field_label(conflict.field)
        if column == self.OURS:
            return (self.tr("(deleted here)") if deleted
                    else value_text(conflict.ours, limit).replace("\n", " ⏎ "))
        if column == self.THEIRS:
            return (self.tr("(restore it)") if deleted
                    else value_text(conflict.theirs, limit).replace("\n", " ⏎ "))
        who, when = ((conflict.ours_by, conflict.ours_at) if column == self.OURS_BY
                     else (conflict.theirs_by, conflict.theirs_at))
        return f"{who or '?'}, {time_text(when, short=short)}"

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() not in (self.OURS, self.THEIRS)):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
            value, Qt.CheckState) else value == Qt.CheckState.Checked
        side = "ours" if index.column() == self.OURS else "theirs"
        other = "theirs" if side == "ours" else "ours"
        self.set_choice(index.row(), side if checked else other)
        return True

    # --- decisions -------------------------------------------------------------------------

    def set_choice(self, row: int, choice: str | None) -> None:
        self.conflicts[row].choice = choice
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.decisions_changed.emit()

    def choose_all(self, choice: str) -> None:
        for conflict in self.conflicts:
            conflict.choice = choice
        if self.conflicts:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.conflicts) - 1, self.columnCount() - 1))
        self.decisions_changed.emit()

    def undecided(self) -> int:
        return sum(c.choice is None for c in self.conflicts)

    def choices(self) -> dict[tuple[str, str, str], str]:
        return {c.ident: c.choice for c in self.conflicts if c.choice}


class CountsModel(QAbstractTableModel):
    """What the merge will do, per kind of record."""

    def __init__(self, summary: MergeSummary, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = [(table, counts) for table, counts in summary.tables.items()
                     if counts.added or counts.updated or counts.merged or counts.skipped
                     or counts.conflicts]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind of record"), self.tr("New"), self.tr("Updated"),
                self.tr("Already here"), self.tr("Conflicts"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        table, counts = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            from auditdesk.i18n import format_number

            if index.column() == 0:
                return table_label(table)
            value = (counts.added, counts.updated + counts.merged, counts.skipped,
                     counts.conflicts)[index.column() - 1]
            return format_number(value) if value else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
