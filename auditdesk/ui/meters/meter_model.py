"""The list of an enterprise's meters (ids plus a row cache, read again on ``refresh``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from auditdesk.model.vocab import METER_KINDS
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.meters import formatting as fmt

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Meter
    from auditdesk.store import Store

NAME, CARRIER, UNIT, KIND, MULTIPLIER, ROLLOVER, LOCATION, PARENT, READINGS, LAST = range(10)
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class MeterRow:
    meter: Meter
    readings: int
    last: str  # ts of the last reading, "" when none


class MeterTableModel(QAbstractTableModel):
    """Meters of one enterprise with their reading counts; sub-meters name their parent."""

    def __init__(self, store: Store, enterprise_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.enterprise_id = enterprise_id
        self._rows: list[MeterRow] = []
        self._names: dict[str, str] = {}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        meters = self.store.meters.for_enterprise(self.enterprise_id)
        stats = {
            r[0]: (int(r[1]), r[2] or "")
            for r in self.store.conn.execute(
                "SELECT r.meter_id, count(*), max(r.ts) FROM reading r JOIN meter m "
                "ON m.id = r.meter_id WHERE m.enterprise_id = ? GROUP BY r.meter_id",
                (self.enterprise_id,),
            )
        }
        self._rows = [MeterRow(m, *stats.get(m.id, (0, ""))) for m in meters]
        self._names = {m.id: m.name for m in meters}
        self.endResetModel()

    def meter(self, row: int) -> Meter:
        return self._rows[row].meter

    def row_of(self, meter_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.meter.id == meter_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else LAST + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("Meter"),
            self.tr("Carrier"),
            self.tr("Unit"),
            self.tr("Kind"),
            self.tr("Multiplier"),
            self.tr("Rollover"),
            self.tr("Location"),
            self.tr("Parent meter"),
            self.tr("Readings"),
            self.tr("Last reading"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        meter = row.meter
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            numbers = {
                MULTIPLIER: meter.multiplier,
                ROLLOVER: meter.rollover or 0.0,
                READINGS: row.readings,
            }
            return numbers.get(column, self._text(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MULTIPLIER, ROLLOVER, READINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and meter.notes:
            return meter.notes
        return None

    def _text(self, row: MeterRow, column: int) -> str:
        meter = row.meter
        values = {
            NAME: meter.name,
            CARRIER: fmt.carrier_label(meter.carrier),
            UNIT: fmt.unit_label(meter.unit),
            KIND: vocab_label(METER_KINDS, meter.kind),
            MULTIPLIER: fmt.plain(meter.multiplier),
            ROLLOVER: fmt.plain(meter.rollover) if meter.rollover else "",
            LOCATION: meter.location,
            PARENT: self._names.get(meter.parent_id or "", ""),
            READINGS: fmt.number(row.readings),
            LAST: fmt.format_ts(row.last) if row.last else "",
        }
        return values[column]
