"""Undo and redo in the readings grid: edited values and sources, moved times, readings
added with the dialog and deleted from the grid; Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from undo_helpers import open_tab, redo, undo

from auditdesk.ui.main_window import MainWindow
from auditdesk.ui.meters import formatting as fmt
from auditdesk.ui.meters.add_reading import AddReadingDialog
from auditdesk.ui.meters.reading_model import SOURCE, TS, VALUE


def _grid(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    tab = open_tab(window, "meters")
    grid = tab.grid
    qtbot.waitUntil(lambda: not grid.is_analysing(), timeout=20_000)
    assert grid.model.meter is not None and grid.model.rowCount() > 3
    return tab, grid


def _edit(grid, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    index = grid.model.index(row, column)
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_an_edited_reading_with_the_keyboard_shortcuts(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _tab, grid = _grid(window, qtbot)
    store = window.store
    assert store is not None
    meter = grid.model.meter
    ts, value, _source, _note = grid.model.reading(1)
    _edit(grid, 1, VALUE, "987654")
    assert store.conn.execute("SELECT value FROM reading WHERE meter_id = ? AND ts = ?",
                              (meter.id, ts)).fetchone()[0] == 987654
    assert window.undo.undo_action.text() == f"Undo Edit reading {fmt.format_ts(ts)}"

    window.activateWindow()
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.readings.list(meter.id)[1].value == value
    assert grid.model.reading(1)[1] == value
    assert grid.selected_rows() == [1]
    qtbot.keyClick(grid.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.readings.list(meter.id)[1].value == 987654 and grid.model.reading(1)[1] == 987654
    undo(window)
    assert grid.model.reading(1)[1] == value
    qtbot.keyClick(grid.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert grid.model.reading(1)[1] == 987654
    qtbot.waitUntil(lambda: not grid.is_analysing(), timeout=20_000)


def test_source_and_moved_time(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _tab, grid = _grid(window, qtbot)
    store = window.store
    assert store is not None
    meter = grid.model.meter
    source = grid.model.reading(2)[2]
    assert grid.model.setData(grid.model.index(2, SOURCE), "estimated")
    undo(window)
    assert store.readings.list(meter.id)[2].source == source
    redo(window)
    assert store.readings.list(meter.id)[2].source == "estimated"

    last_ts = grid.model.reading(grid.model.rowCount() - 1)[0]
    first_ts = grid.model.reading(0)[0]
    _edit(grid, 0, TS, "2039-06-30")
    qtbot.waitUntil(lambda: grid.model.reading(grid.model.rowCount() - 1)[0] == "2039-06-30")
    assert window.undo.undo_action.text() == f"Undo Move reading {fmt.format_ts(first_ts)} to 2039-06-30"
    undo(window)
    stamps = [r.ts for r in store.readings.list(meter.id)]
    assert stamps[0] == first_ts and stamps[-1] == last_ts and "2039-06-30" not in stamps
    assert grid.model.reading(0)[0] == first_ts
    redo(window)
    assert store.readings.list(meter.id)[-1].ts == "2039-06-30"
    assert grid.model.reading(grid.model.rowCount() - 1)[0] == "2039-06-30"
    qtbot.waitUntil(lambda: not grid.is_analysing(), timeout=20_000)


def test_added_and_deleted_readings(window: MainWindow, qtbot, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    _tab, grid = _grid(window, qtbot)
    store = window.store
    assert store is not None
    meter = grid.model.meter
    count = store.readings.count(meter.id)

    def two_in_a_row(dialog: AddReadingDialog) -> int:
        dialog.date.setDate(QDate(2040, 1, 31))
        dialog.value.setText("40")
        dialog.next_button.click()
        dialog.value.setText("50")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AddReadingDialog, "exec", two_in_a_row)
    grid.add_button.click()
    assert store.readings.count(meter.id) == count + 2
    assert window.undo.undo_action.text() == "Undo Add 2 readings"
    undo(window)
    assert store.readings.count(meter.id) == count and grid.model.rowCount() == count
    redo(window)
    assert store.readings.count(meter.id) == count + 2 and grid.model.rowCount() == count + 2
    assert [r.value for r in store.readings.list(meter.id)[-2:]] == [40.0, 50.0]

    wanted = grid.model.reading(3)
    grid.view.selectRow(3)
    messages.answer = True
    grid.delete_button.click()
    assert store.readings.count(meter.id) == count + 1
    assert window.undo.undo_action.text() == f"Undo Delete reading {fmt.format_ts(wanted[0])}"
    undo(window)
    restored = store.readings.list(meter.id)[3]
    assert (restored.ts, restored.value) == (wanted[0], wanted[1])
    assert grid.model.rowCount() == count + 2
    redo(window)
    assert store.readings.count(meter.id) == count + 1
    qtbot.waitUntil(lambda: not grid.is_analysing(), timeout=20_000)


def test_undo_of_a_reading_deleted_since_says_so(window: MainWindow, qtbot, messages) -> None:  # type: ignore[no-untyped-def]
    _tab, grid = _grid(window, qtbot)
    store = window.store
    assert store is not None
    meter = grid.model.meter
    ts = grid.model.reading(4)[0]
    assert grid.model.setData(grid.model.index(4, VALUE), "4242")
    store.readings.delete(meter.id, ts)  # someone else, e.g. a merged package
    undo(window)
    assert len(messages.shown) == 1 and "cannot be undone" in messages.shown[0][1]
    assert "No reading with id" in messages.shown[0][1]
    assert window.undo.stack.count() == 0
    qtbot.waitUntil(lambda: not grid.is_analysing(), timeout=20_000)
