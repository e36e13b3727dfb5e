"""The reading grid's model: one meter's readings, straight from the database.

Never all rows in memory: the row count is cached and rows are read in pages
of ``PAGE`` rows in ``ts`` order, kept in a small LRU cache (``MAX_PAGES``). A
page next to a cached one is read by key (``ts > last`` / ``ts < first``),
which costs the same anywhere in a million rows; a jump far away reads with
``OFFSET`` from whichever end of the meter is nearer. Reads go through the
model's own read-only connection (``readings_io.open_reader``), so they never
share the writer's connection.

Consumption and flags of each row come from the core
(``readings_io.grid_intervals``, computed off the GUI thread by the grid and
handed in with :meth:`set_intervals`); a flagged row is coloured and its
tooltip explains every flag. Edits write through ``store.readings`` (history).
"""

from __future__ import annotations

import math
import sqlite3
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from auditdesk.model.vocab import READING_SOURCES
from auditdesk.ui import undo
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.meters import formatting as fmt

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Meter
    from auditdesk.store import Store
    from auditdesk.store.readings_io import GridIntervals

PAGE = 256
MAX_PAGES = 64  # at most 16,384 rows cached
TS, VALUE, CONSUMPTION, FLAGS, SOURCE, NOTE = range(6)
Row = tuple[str, float, str, str]  # ts, value, source, note
Index = QModelIndex | QPersistentModelIndex

# Flag bits (auditdesk.calc.consumption.IntervalFlag) by how much they matter.
_EXCLUDED = 2 | 16 | 64  # negative, no start, same time: not counted
_WARNING = 4 | 32  # spike, gap
_COLOURS = {"excluded": QColor("#f9d6d5"), "warning": QColor("#fdeccb"), "info": QColor("#e3eefb")}


def flag_colour(flags: int) -> QColor | None:
    """Background of a row with ``flags``: red for not counted, amber to check, blue for info."""
    if flags & _EXCLUDED:
        return _COLOURS["excluded"]
    if flags & _WARNING:
        return _COLOURS["warning"]
    return _COLOURS["info"] if flags else None


class ReadingTableModel(QAbstractTableModel):
    """Readings of one meter (rows in ``ts`` order), paged from the database."""

    problem = Signal(str)  # an edit was refused: the message names row, column and why
    edited = Signal()  # a reading changed (consumption and flags must be recomputed)

    def __init__(self, store: Store, conn: sqlite3.Connection, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.conn = conn
        self.meter: Meter | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._intervals: GridIntervals | None = None
        self.pages_read = 0  # for tests and the benchmark: how often the database was asked

    # --- the meter ----------------------------------------------------------------------------

    def set_meter(self, meter: Meter | None) -> None:
        self.beginResetModel()
        self.meter = meter
        self._reload()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the count again and forget cached rows (after an import or a row change)."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        self._pages.clear()
        self._intervals = None
        self._count = (
            0
            if self.meter is None
            else int(
                self.conn.execute(
                    "SELECT count(*) FROM reading WHERE meter_id = ?", (self.meter.id,)
                ).fetchone()[0]
            )
        )

    def set_intervals(self, intervals: GridIntervals | None) -> None:
        """Consumption and flags per row (ignored when they no longer match the rows)."""
        if intervals is not None and len(intervals) != self._count:
            intervals = None
        self._intervals = intervals
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, NOTE))

    @property
    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    # --- paging -------------------------------------------------------------------------------

    def reading(self, row: int) -> Row:
        """(ts, value, source, note) of ``row``, reading its page when needed."""
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row - number * PAGE]

    def _read_page(self, number: int) -> list[Row]:
        assert self.meter is not None
        self.pages_read += 1
        meter_id = self.meter.id
        columns = "SELECT ts, value, source, note FROM reading WHERE meter_id = ?"
        size = min(PAGE, self._count - number * PAGE)
        before, after = self._pages.get(number - 1), self._pages.get(number + 1)
        if before is not None and len(before) == PAGE:
            rows = self.conn.execute(
                f"{columns} AND ts > ? ORDER BY ts LIMIT ?", (meter_id, before[-1][0], size)
            ).fetchall()
        elif after is not None:
            rows = self.conn.execute(
                f"{columns} AND ts < ? ORDER BY ts DESC LIMIT ?", (meter_id, after[0][0], size)
            ).fetchall()[::-1]
        else:
            first = number * PAGE
            from_end = self._count - first - size
            if first <= from_end:
                rows = self.conn.execute(
                    f"{columns} ORDER BY ts LIMIT ? OFFSET ?", (meter_id, size, first)
                ).fetchall()
            else:
                rows = self.conn.execute(
                    f"{columns} ORDER BY ts DESC LIMIT ? OFFSET ?", (meter_id, size, from_end)
                ).fetchall()[::-1]
        result = [(r[0], float(r[1]), r[2] or "", r[3] or "") for r in rows]
        while len(result) < size:  # the table changed under us: keep the row count honest
            result.append(("", math.nan, "", ""))
        return result

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else NOTE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        unit = fmt.unit_label(self.meter.unit) if self.meter else ""
        return [
            self.tr("Date and time"),
            self.tr("Reading (%1)").replace("%1", unit),
            self.tr("Consumption (%1)").replace("%1", unit),
            self.tr("Flags"),
            self.tr("Source"),
            self.tr("Note"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() in (TS, VALUE, SOURCE, NOTE) and not self.store.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def row_flags(self, row: int) -> int:
        return 0 if self._intervals is None else int(self._intervals.flags[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.meter is None:
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, CONSUMPTION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = flag_colour(self.row_flags(row))
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and self.row_flags(row):
            from auditdesk.calc.consumption import flag_messages

            return "\n".join(flag_messages(self.row_flags(row)))
        return None

    def _text(self, row: int, column: int, editing: bool) -> str:
        ts, value, source, note = self.reading(row)
        if column == TS:
            return fmt.format_ts(ts) if ts else ""
        if column == VALUE:
            if math.isnan(value):
                return ""
            return fmt.plain(value)
        if column == CONSUMPTION:
            if self._intervals is None or math.isnan(self._intervals.consumption[row]):
                return ""
            return fmt.sensible(float(self._intervals.consumption[row]))
        if column == FLAGS:
            if not self.row_flags(row):
                return ""
            from auditdesk.calc.consumption import flag_names

            return ", ".join(flag_names(self.row_flags(row)))
        if column == SOURCE:
            return source if editing else vocab_label(READING_SOURCES, source)
        return note

    # --- editing ------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.meter is None:
            return False
        from auditdesk.store import StoreError

        row, column = index.row(), index.column()
        ts = self.reading(row)[0]
        before = self.reading(row)  # undo hook
        try:
            if column == TS:
                return self._move(row, ts, str(value))
            changes = self._changes(column, value)
            self.store.readings.update(self.meter.id, ts, **changes)
            undo.record_reading_edit(self, ts, before, changes)  # undo hook
        except ValueError as exc:
            self._refuse(row, column, str(exc))
            return False
        except StoreError as exc:
            self._refuse(row, column, str(exc))
            return False
        page = self._pages.get(row // PAGE)
        if page is not None:
            old = page[row % PAGE]
            page[row % PAGE] = (
                old[0],
                changes.get("value", old[1]),
                changes.get("source", old[2]),
                changes.get("note", old[3]),
            )
        self.dataChanged.emit(self.index(row, 0), self.index(row, NOTE))
        if "value" in changes:
            self.edited.emit()
        return True

    def _changes(self, column: int, value: Any) -> dict[str, Any]:
        if column == VALUE:
            number = value if isinstance(value, float) else fmt.parse_number(str(value))
            if number < 0:
                raise ValueError(self.tr("A reading cannot be negative."))
            return {"value": number}
        if column == SOURCE:
            if value not in READING_SOURCES:
                raise ValueError(self.tr("Unknown source."))
            return {"source": value}
        if column == NOTE:
            return {"note": str(value).strip()}
        raise ValueError(self.tr("This column cannot be edited."))

    def _move(self, row: int, ts: str, text: str) -> bool:
        """A new time for a reading: delete and add in one transaction (history of both)."""
        from auditdesk.model.entities import Reading

        assert self.meter is not None
        new_ts = fmt.parse_ts(text)
        if new_ts == ts:
            return True
        if self.conn.execute(
            "SELECT 1 FROM reading WHERE meter_id = ? AND ts = ?", (self.meter.id, new_ts)
        ).fetchone():
            raise ValueError(
                self.tr("There is already a reading at %1.").replace("%1", fmt.format_ts(new_ts))
            )
        _, value, source, note = self.reading(row)
        with self.store.transaction():
            self.store.readings.delete(self.meter.id, ts)
            self.store.readings.add(
                Reading(meter_id=self.meter.id, ts=new_ts, value=value, source=source, note=note)
            )
        undo.record_reading_move(self, ts, new_ts)  # undo hook
        # The rows move: reset once the view has closed its editor (a reset inside
        # setData pulls the editor from under the view that is committing it).
        QTimer.singleShot(0, self._after_move)
        return True

    def _after_move(self) -> None:
        self.refresh()
        self.edited.emit()

    def _refuse(self, row: int, column: int, reason: str) -> None:
        header = self.headerData(column, Qt.Orientation.Horizontal)
        self.problem.emit(
            self.tr("Row %1, %2: %3 Nothing was changed.")
            .replace("%1", fmt.number(row + 1))
            .replace("%2", str(header))
            .replace("%3", reason)
        )

    def row_of(self, ts: str) -> int:
        """The row a reading at ``ts`` has (or would have) in this meter's order."""
        if self.meter is None:
            return 0
        return int(
            self.conn.execute(
                "SELECT count(*) FROM reading WHERE meter_id = ? AND ts < ?", (self.meter.id, ts)
            ).fetchone()[0]
        )

    def keys(self, rows: list[int]) -> list[str]:
        """The ``ts`` of each of ``rows``."""
        return [self.reading(row)[0] for row in rows]
