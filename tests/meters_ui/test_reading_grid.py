"""The reading grid: a model over the database that never loads every row, flags shown,
edits written through with history, bad input refused by row and column."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from auditdesk import model
from auditdesk.store import Store
from auditdesk.store.readings_io import open_reader
from auditdesk.ui.meters.add_reading import AddReadingDialog
from auditdesk.ui.meters.reading_grid import ReadingGrid
from auditdesk.ui.meters.reading_model import (
    CONSUMPTION,
    FLAGS,
    MAX_PAGES,
    NOTE,
    PAGE,
    SOURCE,
    TS,
    VALUE,
    ReadingTableModel,
)


def _bulk(store: Store, meter: model.Meter, count: int) -> list[str]:
    """``count`` register readings 15 minutes apart, straight into SQLite (fast)."""
    start = dt.datetime(2015, 1, 1)
    rows = [
        (meter.id, (start + dt.timedelta(minutes=15 * i)).isoformat(), float(i), "logger", "")
        for i in range(count)
    ]
    with store.transaction():
        store.conn.executemany("INSERT INTO reading VALUES (?, ?, ?, ?, ?)", rows)
    return [r[1] for r in rows]


@pytest.fixture
def reader(store: Store):  # type: ignore[no-untyped-def]
    conn = open_reader(store)
    yield conn
    conn.close()


@pytest.fixture
def grid(
    qtbot,
    store: Store,
    reader: sqlite3.Connection,
    plant: dict,
    messages,  # type: ignore[no-untyped-def]
    no_running_tasks,
):
    widget = ReadingGrid(store, reader)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.is_analysing(), timeout=10_000)


def test_the_model_passes_the_model_tester(qtmodeltester, store: Store, reader, plant) -> None:  # type: ignore[no-untyped-def]
    _bulk(store, plant["main"], 3 * PAGE + 17)
    table = ReadingTableModel(store, reader)
    table.set_meter(plant["main"])
    qtmodeltester.check(table)
    assert table.rowCount() == 3 * PAGE + 17
    assert table.data(table.index(3 * PAGE + 16, TS)) == "2015-01-09 04:00"  # 784 x 15 min


def test_a_large_meter_is_paged_never_loaded(store: Store, reader, plant) -> None:  # type: ignore[no-untyped-def]
    stamps = _bulk(store, plant["main"], 200_000)
    table = ReadingTableModel(store, reader)
    table.set_meter(plant["main"])
    assert table.rowCount() == 200_000 and table.cached_rows == 0
    last = table.rowCount() - 1
    assert table.reading(last)[0] == stamps[-1]  # jump to the end: read from that end
    assert table.reading(0)[0] == stamps[0]
    middle = 123_457
    assert table.reading(middle)[0] == stamps[middle]
    for row in range(middle, middle + 40 * PAGE, 7):  # scroll down: pages read by key
        assert table.reading(row)[0] == stamps[row]
    assert table.cached_rows <= MAX_PAGES * PAGE
    for row in range(middle, middle - 10 * PAGE, -5):  # and back up
        assert table.reading(row)[0] == stamps[row]
    assert table.pages_read < 60


def test_flags_are_coloured_and_explained(grid: ReadingGrid, store: Store, plant) -> None:  # type: ignore[no-untyped-def]
    main = plant["main"]
    store.readings.add_many(
        [
            model.Reading(meter_id=main.id, ts="2024-01-01T08:00:00", value=9_000.0),
            model.Reading(meter_id=main.id, ts="2024-02-01T08:00:00", value=9_990.0),
            model.Reading(meter_id=main.id, ts="2024-03-01T08:00:00", value=20.0),  # rollover
            model.Reading(meter_id=main.id, ts="2024-04-01T08:00:00", value=15_000.0),  # > rollover
            model.Reading(meter_id=main.id, ts="2024-05-01T08:00:00", value=12_000.0),  # drop
        ]
    )
    grid.set_meter(main)
    table = grid.model
    assert table.data(table.index(2, CONSUMPTION)) == "300"  # (10,000 - 9,990 + 20) x 10
    assert table.data(table.index(2, FLAGS)) == "Rollover"
    assert "rollover" in table.data(table.index(2, VALUE), Qt.ItemDataRole.ToolTipRole)
    assert table.data(table.index(4, FLAGS)) == "Negative"
    negative = table.data(table.index(4, TS), Qt.ItemDataRole.BackgroundRole)
    assert negative is not None and negative.color().name() == "#f9d6d5"
    assert "not counted" in table.data(table.index(4, NOTE), Qt.ItemDataRole.ToolTipRole)
    assert (
        table.data(table.index(0, FLAGS)) == ""
        and table.data(table.index(0, TS), Qt.ItemDataRole.BackgroundRole) is None
    )
    assert grid.months_view is not None and grid.months_view.model().rowCount() == 5
    assert "5 readings" in grid.status.text()


def test_edits_write_through_and_bad_input_changes_nothing(
    grid: ReadingGrid, store: Store, plant, qtbot
) -> None:  # type: ignore[no-untyped-def]
    main = plant["main"]
    store.readings.add_many(
        [model.Reading(meter_id=main.id, ts=f"2024-0{m}-01", value=m * 100.0) for m in range(1, 5)]
    )
    grid.set_meter(main)
    table = grid.model
    assert table.setData(table.index(1, VALUE), "1,234.5")
    assert store.readings.list(main.id)[1].value == 1234.5
    assert table.data(table.index(1, VALUE)) == "1,234.5"
    update = store.history.list(entity="reading", entity_id=f"{main.id}@2024-02-01")[0]
    assert (update.op, update.field, update.old, update.new) == (
        "update",
        "value",
        "200.0",
        "1234.5",
    )
    assert table.setData(table.index(2, SOURCE), "bill") and table.setData(
        table.index(2, NOTE), "  đọc lại  "
    )
    third = store.readings.list(main.id)[2]
    assert (third.source, third.note) == ("bill", "đọc lại")

    assert not table.setData(table.index(3, VALUE), "abc")
    assert grid.problem.isVisibleTo(grid)
    assert grid.problem.text().startswith("Row 4, Reading (kWh): “abc” is not a number")
    assert not table.setData(table.index(3, VALUE), "-5")
    assert "cannot be negative" in grid.problem.text()
    assert not table.setData(table.index(0, TS), "2024-02-01")
    assert "already a reading at 2024-02-01" in grid.problem.text()
    assert not table.setData(table.index(0, TS), "31/02/2024")
    assert "Row 1, Date and time:" in grid.problem.text()
    assert [r.value for r in store.readings.list(main.id)] == [100.0, 1234.5, 300.0, 400.0]

    assert table.setData(table.index(0, TS), "2023-12-31 18:30")  # a new time: moved
    stamps = [r.ts for r in store.readings.list(main.id)]
    assert stamps[0] == "2023-12-31T18:30:00" and "2024-01-01" not in stamps
    ops = {h.op for h in store.history.list(entity="reading")}
    assert {"create", "delete", "update"} <= ops
    qtbot.waitUntil(lambda: table.data(table.index(0, TS)) == "2023-12-31 18:30")


def test_typing_in_the_grid(grid: ReadingGrid, store: Store, plant, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Through the view's own editors: a new time moves the row, a source from the list."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    main = plant["main"]
    store.readings.add_many(
        [model.Reading(meter_id=main.id, ts=f"2024-0{m}-01", value=m * 10.0) for m in range(1, 4)]
    )
    grid.set_meter(main)

    def edit(row: int, column: int) -> object:
        index = grid.model.index(row, column)
        grid.view.setCurrentIndex(index)
        grid.view.edit(index)
        QApplication.processEvents()
        return QApplication.focusWidget()

    editor = edit(0, TS)
    assert isinstance(editor, QLineEdit) and editor.text() == "2024-01-01"
    editor.selectAll()
    QTest.keyClicks(editor, "2024-02-15 07:30")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.model.data(grid.model.index(1, TS)) == "2024-02-15 07:30")
    editor = edit(2, SOURCE)
    assert isinstance(editor, QComboBox) and editor.currentData() == "manual"
    editor.setCurrentIndex(editor.findData("estimated"))
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: store.readings.list(main.id)[2].source == "estimated")
    assert grid.model.data(grid.model.index(2, SOURCE)) == "Estimated"


def test_add_and_delete_readings(
    grid: ReadingGrid,
    store: Store,
    plant,
    messages,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    main = plant["main"]
    store.readings.add_many(
        [model.Reading(meter_id=main.id, ts=f"2024-0{m}-01", value=m * 10.0) for m in range(1, 4)]
    )
    grid.set_meter(main)
    seen: list[AddReadingDialog] = []

    def fill(dialog: AddReadingDialog, text: str) -> int:
        seen.append(dialog)
        dialog.date.setDate(QDate(2024, 2, 15))
        dialog.with_time.setChecked(True)
        dialog.value.setText(text)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AddReadingDialog, "exec", lambda d: fill(d, "12x"))
    grid.add_button.click()
    assert "is not a number" in seen[-1].errors["value"].text()
    assert store.readings.count(main.id) == 3
    monkeypatch.setattr(AddReadingDialog, "exec", lambda d: fill(d, "15"))
    grid.add_button.click()
    assert store.readings.count(main.id) == 4 and grid.model.rowCount() == 4
    assert grid.selected_rows() == [2]  # the new reading is selected where it belongs
    monkeypatch.setattr(AddReadingDialog, "exec", lambda d: fill(d, "16"))
    grid.add_button.click()
    assert "already has a reading" in seen[-1].errors["date"].text()

    def two_in_a_row(dialog: AddReadingDialog) -> int:
        assert dialog.date.date() == QDate(2024, 4, 1)  # a month after the last reading
        dialog.value.setText("40")
        dialog.next_button.click()
        assert dialog.date.date() == QDate(2024, 5, 1) and dialog.value.text() == ""
        dialog.value.setText("50")
        dialog.next_button.click()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(AddReadingDialog, "exec", two_in_a_row)
    grid.add_button.click()
    assert [r.ts for r in store.readings.list(main.id)][-2:] == ["2024-04-01", "2024-05-01"]
    assert grid.model.rowCount() == 6 and grid.selected_rows() == [5]
    for ts in ("2024-04-01", "2024-05-01"):
        store.readings.delete(main.id, ts)
    grid.reload()

    grid.view.selectRow(0)
    grid.view.selectionModel().select(
        grid.model.index(3, 0),
        grid.view.selectionModel().SelectionFlag.Select
        | grid.view.selectionModel().SelectionFlag.Rows,
    )
    messages.answer = False
    grid.delete_button.click()
    assert store.readings.count(main.id) == 4 and "Delete 2 readings" in messages.asked[-1]
    messages.answer = True
    grid.delete_button.click()
    assert [r.ts for r in store.readings.list(main.id)] == ["2024-02-01", "2024-02-15T08:00:00"]
    assert grid.model.rowCount() == 2


def test_a_big_meter_is_checked_in_the_background(
    grid: ReadingGrid,
    store: Store,  # type: ignore[no-untyped-def]
    plant,
    qtbot,
) -> None:
    _bulk(store, plant["main"], 30_000)
    grid.set_meter(plant["main"])
    assert grid.is_analysing() and grid.model.data(grid.model.index(5, CONSUMPTION)) == ""
    assert "checking" in grid.status.text()
    qtbot.waitUntil(lambda: not grid.is_analysing(), timeout=20_000)
    assert grid.model.data(grid.model.index(5, CONSUMPTION)) == "10"  # 1 x multiplier 10
    assert grid.model.cached_rows < 30_000
