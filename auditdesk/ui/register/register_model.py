"""The register table: a model over opportunity ids with a row cache, and the
proxy that sorts (numbers as numbers, blanks last) and filters it (text without
diacritics, technique, status, area)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from auditdesk.model import vocab
from auditdesk.model.carriers import CARRIERS
from auditdesk.store.estimates import RegisterRow
from auditdesk.ui.register import formatting
from auditdesk.ui.register.input_units import display_unit
from auditdesk.ui.register.labels import area_label, estimator_title

SORT_ROLE = Qt.ItemDataRole.UserRole + 10  # raw value (float, str or None)
ID_ROLE = Qt.ItemDataRole.UserRole + 11  # the opportunity id of the row

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: a table has no children


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    numeric: bool
    value: Callable[[RegisterRow], Any]  # the raw value, for sorting
    text: Callable[[RegisterRow], str]  # what the cell shows


def fold(text: str) -> str:
    """Lower case without diacritics, so "bao on" finds "Bảo ôn"."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _saving_value(carrier: str) -> Callable[[RegisterRow], Any]:
    return lambda row: row.savings.get(carrier)


def _saving_text(carrier: str) -> Callable[[RegisterRow], str]:
    return lambda row: formatting.quantity(row.savings[carrier]) if carrier in row.savings else ""


class RegisterModel(QAbstractTableModel):
    """Rows are opportunity ids; each id's ``RegisterRow`` is cached."""

    def __init__(self, audit_areas: dict[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, RegisterRow] = {}
        self._areas = audit_areas or {}
        self._columns: list[Column] = self._make_columns(())

    # --- columns -----------------------------------------------------------------------

    def _make_columns(self, carriers: Iterable[str]) -> list[Column]:
        def estimator_name(row: RegisterRow) -> str:
            from auditdesk.calc import estimator

            found = estimator.REGISTRY.get(row.estimator_id)
            return estimator_title(found) if found else row.estimator_id

        columns = [
            Column("code", self.tr("Code"), False, lambda r: r.code, lambda r: r.code),
            Column("title", self.tr("Title"), False, lambda r: r.title,
                   lambda r: ("⇄ " if r.symbiosis else "") + r.title),
            Column("cost", self.tr("Savings\n(million ₫/yr)"), True,
                   lambda r: r.cost_savings_vnd, lambda r: formatting.millions(r.cost_savings_vnd)),
            Column("investment", self.tr("Investment\n(million ₫)"), True,
                   lambda r: r.investment_vnd, lambda r: formatting.millions(r.investment_vnd)),
            Column("payback", self.tr("Payback\n(yr)"), True, lambda r: r.payback_yr,
                   lambda r: formatting.years(r.payback_yr)),
            Column("co2e", self.tr("Emissions avoided\n(tCO2e/yr)"), True, lambda r: r.co2e_t,
                   lambda r: formatting.quantity(r.co2e_t)),
            Column("npv", self.tr("NPV\n(million ₫)"), True, lambda r: r.npv_vnd,
                   lambda r: formatting.millions(r.npv_vnd)),
            Column("irr", self.tr("IRR\n(%)"), True, lambda r: r.irr,
                   lambda r: formatting.percent(r.irr)),
            Column("status", self.tr("Status"), False,
                   lambda r: list(vocab.OPPORTUNITY_STATUSES).index(r.status)
                   if r.status in vocab.OPPORTUNITY_STATUSES else 99,
                   lambda r: vocab.label(vocab.OPPORTUNITY_STATUSES, r.status)),
            Column("technique", self.tr("RECP\ntechnique"), False, lambda r: r.technique,
                   lambda r: r.technique),
        ]
        for carrier in carriers:
            info = CARRIERS.get(carrier)
            unit = display_unit(f"{info.unit}/yr") if info else ""
            name = info.label if info else carrier
            columns.append(Column(f"carrier:{carrier}", f"{name}\n({unit})", True,
                                  _saving_value(carrier), _saving_text(carrier)))
        columns += [
            Column("usd", self.tr("Savings\n(USD/yr)"), True, lambda r: r.cost_savings_usd,
                   lambda r: formatting.quantity(r.cost_savings_usd)),
            Column("mac", self.tr("Abatement cost\n(USD/tCO2e)"), True,
                   lambda r: r.mac_usd_per_t, lambda r: formatting.quantity(r.mac_usd_per_t)),
            Column("area", self.tr("Area"), False, lambda r: area_label(r.area, self._areas),
                   lambda r: area_label(r.area, self._areas)),
            Column("estimator", self.tr("Estimator"), False, estimator_name, estimator_name),
            Column("partner", self.tr("Symbiosis partner"), False, lambda r: r.partner,
                   lambda r: r.partner if r.symbiosis else ""),
        ]
        return columns

    def _carriers(self) -> list[str]:
        present = {c for row in self._rows.values() for c in row.savings}
        order = list(CARRIERS)
        return sorted(present, key=lambda c: order.index(c) if c in order else len(order))

    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def column_of(self, key: str) -> int:
        return self.column_keys().index(key)

    # --- contents ----------------------------------------------------------------------

    def load(self, rows: Iterable[RegisterRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        rows = list(rows)
        self._ids = [r.id for r in rows]
        self._rows = {r.id: r for r in rows}
        self._columns = self._make_columns(self._carriers())
        self.endResetModel()

    def upsert(self, rows: Iterable[RegisterRow]) -> None:
        """Refresh the given rows (appending new ids); columns follow the carriers."""
        rows = list(rows)
        carriers_before = self._carriers()
        merged = dict(self._rows)
        merged.update({r.id: r for r in rows})
        if sorted({c for r in merged.values() for c in r.savings}) != sorted(carriers_before):
            ids = self._ids + [r.id for r in rows if r.id not in self._rows]
            self.load(merged[i] for i in ids)
            return
        for row in rows:
            if row.id in self._rows:
                self._rows[row.id] = row
                index = self._ids.index(row.id)
                self.dataChanged.emit(self.index(index, 0),
                                      self.index(index, self.columnCount() - 1))
            else:
                position = len(self._ids)
                self.beginInsertRows(QModelIndex(), position, position)
                self._ids.append(row.id)
                self._rows[row.id] = row
                self.endInsertRows()

    def remove(self, opportunity_id: str) -> None:
        if opportunity_id not in self._rows:
            return
        position = self._ids.index(opportunity_id)
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._ids[position]
        del self._rows[opportunity_id]
        self.endRemoveRows()
        if set(self._carriers()) != {c.key[8:] for c in self._columns
                                     if c.key.startswith("carrier:")}:
            self.load([self._rows[i] for i in self._ids])

    def rows(self) -> list[RegisterRow]:
        return [self._rows[i] for i in self._ids]

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[self._ids[row]]

    def position_of(self, opportunity_id: str) -> int:
        return self._ids.index(opportunity_id) if opportunity_id in self._rows else -1

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[section].header.replace("\n", " ")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[self._ids[index.row()]]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.value(row)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "rejected":
            return QBrush(QColor("#8a8f94"))
        return None

    def _tooltip(self, row: RegisterRow, column: Column) -> str | None:
        if column.key == "title":
            parts = [row.title, row.description]
            if row.symbiosis:
                parts.append(self.tr("Industrial symbiosis with %1").replace("%1", row.partner))
            return "\n".join(p for p in parts if p)
        if column.key == "technique":
            return vocab.label(vocab.TECHNIQUES, row.technique)
        return None


class RegisterFilter(QSortFilterProxyModel):
    """Sorts by raw values (blanks last) and keeps rows matching every filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._technique: str | None = None
        self._status: str | None = None
        self._area: str | None = None

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = fold(text.strip())
        self.endFilterChange()

    def set_technique(self, code: str | None) -> None:
        self.beginFilterChange()
        self._technique = code or None
        self.endFilterChange()

    def set_status(self, code: str | None) -> None:
        self.beginFilterChange()
        self._status = code or None
        self.endFilterChange()

    def set_area(self, code: str | None) -> None:
        self.beginFilterChange()
        self._area = code or None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RegisterModel)
        row = model.row_at(source_row)
        if self._technique and row.technique != self._technique:
            return False
        if self._status and row.status != self._status:
            return False
        if self._area and row.area != self._area:
            return False
        if self._text:
            area = model.data(model.index(source_row, model.column_of("area")))
            haystack = " ".join((row.code, row.title, row.description, row.owner, row.partner,
                                 str(area or "")))
            return self._text in fold(haystack)
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:  # blanks after every value, whatever the order
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (a is not None) if ascending else (a is None and b is not None)
        if isinstance(a, str) or isinstance(b, str):
            return fold(str(a)) < fold(str(b))
        return bool(a < b)
