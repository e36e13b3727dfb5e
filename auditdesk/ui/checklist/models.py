"""Models of the checklist view: items (a table over item codes), the filter proxy,
and the areas with their completion.

Both source models read the ``AuditChecklist`` in memory and keep a small
cache of what they show; the view calls ``refresh`` after each saved answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from auditdesk.checklist.answers import format_plain
from auditdesk.checklist.logic import CompletionReport, ItemFilter
from auditdesk.store.checklists import AuditChecklist
from auditdesk.ui.checklist.units import unit_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # a table or list has no children under its rows
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 2  # (answered, required answered, required, total)

GREEN, RED, GREY, ORANGE = "#2e7d32", "#b3261e", "#5f6b76", "#c25400"


class ItemTableModel(QAbstractTableModel):
    """Every item of the checklist, in template order: status, code, question, answer, marks."""

    STATUS, CODE, QUESTION, ANSWER, MARKS = range(5)

    def __init__(self, checklist: AuditChecklist, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self.lang = lang
        self.codes = [item.code for item in checklist.template.items]
        self._rows = {code: row for row, code in enumerate(self.codes)}
        self._labels: dict[str, str] = {}  # answer labels, filled as rows are shown

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def row_of(self, code: str) -> int:
        return self._rows.get(code, -1)

    def code_at(self, row: int) -> str:
        return self.codes[row]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ["", self.tr("Code"), self.tr("Question"), self.tr("Answer"), ""][section] \
            if 0 <= section < 5 else None

    def _label(self, code: str) -> str:
        if code not in self._labels:
            if self.checklist.item(code).answer_type == "number":
                value = self.checklist.stored_answer(code)
                unit = unit_label(self.checklist.unit(code), self.lang)
                self._labels[code] = "" if value is None else \
                    f"{format_plain(float(value), self.lang)} {unit}".strip()
            else:
                self._labels[code] = self.checklist.label(code, self.lang)
        return self._labels[code]

    def _answered(self, code: str) -> bool:
        return bool(self._label(code)) or (
            self.checklist.item(code).answer_type == "photo"
            and self.checklist.photo_counts.get(code, 0) > 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.codes):
            return None
        code = self.codes[index.row()]
        column = index.column()
        if role == CODE_ROLE:
            return code
        item = self.checklist.item(code)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return "✓" if self._answered(code) else ("●" if item.required else "")
            if column == self.CODE:
                return code
            if column == self.QUESTION:
                return item.text(self.lang) + (" *" if item.required else "")
            if column == self.ANSWER:
                return self._label(code)
            if column == self.MARKS:
                return self._marks(code)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS:
                return self.tr("Answered") if self._answered(code) else (
                    self.tr("Required, not answered yet") if item.required else "")
            if column == self.MARKS:
                return self._marks_tooltip(code)
            if column in (self.QUESTION, self.ANSWER):
                return item.text(self.lang)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS:
                return QBrush(QColor(GREEN if self._answered(code) else RED))
            if column == self.MARKS:
                return QBrush(QColor(ORANGE))
            if column == self.CODE:
                return QBrush(QColor(GREY))
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (self.STATUS, self.MARKS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _marks(self, code: str) -> str:
        marks = []
        if self.checklist.is_finding(code):
            marks.append("⚑")
        if self.checklist.note(code):
            marks.append("✎")
        photos = self.checklist.photo_counts.get(code, 0)
        if photos:
            marks.append(f"▣{photos}")
        return " ".join(marks)

    def _marks_tooltip(self, code: str) -> str:
        parts = []
        if self.checklist.is_finding(code):
            parts.append(self.tr("Finding"))
        if self.checklist.note(code):
            parts.append(self.tr("Has a note"))
        photos = self.checklist.photo_counts.get(code, 0)
        if photos:
            parts.append(self.tr("Photos: %1").replace("%1", str(photos)))
        return ", ".join(parts)

    def refresh(self, codes: Iterable[str]) -> None:
        """Re-read the rows of ``codes`` (after an answer, note, finding or photo changed)."""
        for code in codes:
            self._labels.pop(code, None)
            row = self._rows.get(code)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 4))


def _begin_filter_change(proxy: QSortFilterProxyModel) -> None:
    begin = getattr(proxy, "beginFilterChange", None)  # Qt 6.9+
    if begin is not None:
        begin()


def _end_filter_change(proxy: QSortFilterProxyModel) -> None:
    if hasattr(proxy, "endFilterChange"):
        proxy.endFilterChange()
    else:  # pragma: no cover - Qt < 6.9
        proxy.invalidateFilter()


class ItemFilterProxy(QSortFilterProxyModel):
    """The items the view lists: shown by their conditions and kept by ``item_filter``.

    The *pinned* item (the one being answered) stays listed even when its new
    answer no longer matches the filter (answering an item under "Unanswered"
    must not pull it from under the cursor); it leaves when another is pinned.
    """

    def __init__(self, checklist: AuditChecklist, parent: Any = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self.item_filter = ItemFilter()
        self.pinned = ""
        self._kept: set[str] = set()
        self._recompute()

    def _recompute(self) -> None:
        self._kept = {item.code for item in self.checklist.filter(self.item_filter)}

    def set_filter(self, item_filter: ItemFilter) -> None:
        self.item_filter = item_filter
        self.refilter()

    def set_pinned(self, code: str) -> None:
        if code != self.pinned:
            self.pinned = code
            self.refilter()

    def refilter(self) -> None:
        """Apply new answers, photos or filter settings."""
        _begin_filter_change(self)
        self._recompute()
        _end_filter_change(self)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ItemTableModel) or source_parent.isValid():
            return False
        code = model.code_at(source_row)
        return code in self._kept or (code == self.pinned and self.checklist.is_shown(code))

    def keeps(self, code: str) -> bool:
        """Whether the filter itself (not the pin) lists ``code``."""
        return code in self._kept

    def code_at(self, row: int) -> str:
        return str(self.index(row, 0).data(CODE_ROLE) or "")

    def row_of(self, code: str) -> int:
        model = self.sourceModel()
        if not isinstance(model, ItemTableModel):
            return -1
        source_row = model.row_of(code)
        if source_row < 0:
            return -1
        return self.mapFromSource(model.index(source_row, 0)).row()


class AreaListModel(QAbstractListModel):
    """"All areas" then each area of the template, with answered / required / total."""

    def __init__(self, checklist: AuditChecklist, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self.lang = lang
        self.codes = [""] + [area.code for area in checklist.template.areas_in_order()]
        self.report: CompletionReport = checklist.completion()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.codes)

    def code_at(self, row: int) -> str:
        return self.codes[row] if 0 <= row < len(self.codes) else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.codes):
            return None
        code = self.codes[index.row()]
        counts = self.report.by_area.get(code) if code else self.report.total
        if role == Qt.ItemDataRole.DisplayRole:
            if not code:
                return self.tr("All areas")
            area = self.checklist.template.area(code)
            return area.name(self.lang) if area else code
        if role == CODE_ROLE:
            return code
        if role == COUNTS_ROLE and counts is not None:
            return (counts.answered, counts.required_answered, counts.required, counts.total)
        if role == Qt.ItemDataRole.ToolTipRole and counts is not None:
            return str(self.data(index)) + "\n" + self.tr("%1 of %2 shown items answered; %3 of %4 required items").replace(
                "%1", str(counts.answered)).replace("%2", str(counts.total)).replace(
                "%3", str(counts.required_answered)).replace("%4", str(counts.required))
        return None

    def refresh(self) -> None:
        """Recount after answers or photos changed."""
        self.report = self.checklist.completion()
        if self.codes:
            self.dataChanged.emit(self.index(0), self.index(len(self.codes) - 1))
