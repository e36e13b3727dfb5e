"""The meters tab: the list (add, edit, delete; no parent cycles; units that fit the
carrier) and the import dialog driven as a user would."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

from auditdesk import model
from auditdesk.store import Store
from auditdesk.ui.forms.entity_forms import EntityDialog
from auditdesk.ui.meters.meter_forms import parent_choices, sub_meters
from auditdesk.ui.meters.meters_tab import MetersTab
from auditdesk.ui.meters.reading_import import ReadingImportDialog

from .conftest import BAD, GOOD, audit_id, write_csv


@pytest.fixture
def tab(qtbot, store: Store, plant: dict, messages, no_running_tasks):  # type: ignore[no-untyped-def]
    widget = MetersTab(store, audit_id(store))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.grid.is_analysing(), timeout=60_000)


def drive(
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
    steps: Callable[[EntityDialog], None],  # type: ignore[no-untyped-def]
) -> list[EntityDialog]:
    seen: list[EntityDialog] = []

    def fake_exec(dialog: EntityDialog) -> int:
        seen.append(dialog)
        steps(dialog)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EntityDialog, "exec", fake_exec)
    return seen


def _type(dialog: EntityDialog, field: str, text: str) -> None:
    editor = dialog.form.rows[field].editor
    assert isinstance(editor, QLineEdit)
    editor.setText(text)


def _choose(dialog: EntityDialog, field: str, code: str | None) -> None:
    editor = dialog.form.rows[field].editor
    assert isinstance(editor, QComboBox)
    index = editor.findData(code)
    assert index >= 0, (field, code)
    editor.setCurrentIndex(index)


def test_the_list_shows_the_meters(tab: MetersTab, qtmodeltester, plant) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    names = {tab.model.meter(r).name for r in range(tab.model.rowCount())}
    assert names == {"Công tơ tổng", "Máy nén khí", "Nước cấp"}
    sub = tab.model.row_of(plant["sub"].id)
    assert tab.model.data(tab.model.index(sub, 7)) == "Công tơ tổng"  # parent meter column
    assert tab.current_meter() is not None
    assert tab.grid.model.meter == tab.current_meter()


def test_parent_choices_never_make_a_cycle(store: Store, plant: dict) -> None:  # type: ignore[type-arg]
    grand = store.meters.create(
        model.Meter(
            enterprise_id=plant["main"].enterprise_id, name="Máy nén 2", parent_id=plant["sub"].id
        )
    )
    meters = store.meters.list()
    assert sub_meters(meters, plant["main"].id) == {plant["sub"].id, grand.id}
    choices = {code for code, _ in parent_choices(meters, plant["main"])}
    assert choices == {plant["water"].id}
    assert {code for code, _ in parent_choices(meters, grand)} == {
        plant["main"].id,
        plant["sub"].id,
        plant["water"].id,
    }


def test_add_edit_and_delete_a_meter(
    tab: MetersTab,
    store: Store,
    plant,
    monkeypatch,
    qtbot,  # type: ignore[no-untyped-def]
    messages,
) -> None:
    def bad_unit(dialog: EntityDialog) -> None:
        _type(dialog, "name", "Dầu DO máy phát")
        _choose(dialog, "carrier", "diesel")
        _choose(dialog, "unit", "kWh")
        _type(dialog, "multiplier", "1")

    seen = drive(monkeypatch, qtbot, bad_unit)
    tab.add_button.click()
    assert seen[0].form.rows["unit"].error.text() == (
        "kWh is not a unit of Diesel oil (DO) (use a unit that converts to L)."
    )
    assert store.meters.count() == 3

    def good(dialog: EntityDialog) -> None:
        bad_unit(dialog)
        _choose(dialog, "unit", "L")
        _type(dialog, "multiplier", "1")
        _type(dialog, "rollover", "99,999")
        _choose(dialog, "parent_id", plant["main"].id)

    drive(monkeypatch, qtbot, good)
    tab.add_button.click()
    added = store.meters.list("name = ?", ("Dầu DO máy phát",))[0]
    assert (added.carrier, added.unit, added.rollover, added.parent_id) == (
        "diesel",
        "L",
        99_999.0,
        plant["main"].id,
    )
    assert tab.current_meter() == added

    tab.select_meter(plant["main"].id)
    seen = drive(monkeypatch, qtbot, lambda d: _type(d, "location", "Trạm 22 kV"))
    tab.edit_button.click()
    parents = seen[-1].form.rows["parent_id"].editor
    assert isinstance(parents, QComboBox)
    offered = {parents.itemData(i) for i in range(parents.count())}
    assert offered == {None, plant["water"].id}  # not itself, not its sub-meters
    assert store.meters.get(plant["main"].id).location == "Trạm 22 kV"

    store.readings.add(model.Reading(meter_id=plant["main"].id, ts="2024-01-01", value=1.0))
    tab.model.refresh()
    tab.select_meter(plant["main"].id)
    messages.answer = False
    tab.delete_button.click()
    assert store.meters.find(plant["main"].id) is not None
    assert "its 1 readings" in messages.asked[-1]
    messages.answer = True
    tab.delete_button.click()
    assert store.meters.find(plant["main"].id) is None and store.readings.count() == 0
    assert store.meters.get(plant["sub"].id).parent_id is None
    assert tab.model.rowCount() == 3 and tab.current_meter() is not None


def _run_dialog(
    monkeypatch,
    qtbot,
    steps: Callable[[ReadingImportDialog], None],  # type: ignore[no-untyped-def]
) -> list[ReadingImportDialog]:
    seen: list[ReadingImportDialog] = []

    def fake_exec(dialog: ReadingImportDialog) -> int:
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(ReadingImportDialog, "exec", fake_exec)
    return seen


def test_import_dialog_previews_problems_then_imports_in_one_transaction(
    tab: MetersTab,
    store: Store,
    plant,
    monkeypatch,
    qtbot,
    messages,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    tab.select_meter(plant["main"].id)
    bad = write_csv(tmp_path, BAD, name="bad.csv")

    def all_or_nothing(dialog: ReadingImportDialog) -> None:
        assert dialog.load_file(bad)
        assert "CSV file, encoding UTF-8, separator “,”, header in row 1" in dialog.found.text()
        assert dialog.columns["date"].currentData() == "Date"
        assert dialog.columns["value"].currentData() == "Value"
        assert dialog.columns["time"].currentData() is None
        rows = [(p.row, p.column) for p in dialog.problem_list()]
        assert rows == [(3, "Value"), (4, "Date"), (6, "Date"), (7, "Value")]
        assert dialog.items_model.rowCount() == 2
        assert "2 read correctly, 4 with problems" in dialog.summary.text()
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)

    seen = _run_dialog(monkeypatch, qtbot, all_or_nothing)
    tab.grid.import_button.click()
    assert seen[0].outcome is not None and seen[0].outcome.refused
    assert "Nothing imported: 4 rows have problems" in messages.shown[-1][1]
    assert store.readings.count() == 0

    def valid_only(dialog: ReadingImportDialog) -> None:
        dialog.load_file(bad)
        dialog.valid_only.setChecked(True)
        dialog.check_button.click()
        qtbot.waitUntil(lambda: "Whole file checked" in dialog.summary.text(), timeout=60_000)
        assert "2 rows would be stored" in dialog.summary.text() and store.readings.count() == 0
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)

    seen = _run_dialog(monkeypatch, qtbot, valid_only)
    tab.grid.import_button.click()
    assert seen[0].outcome is not None and seen[0].outcome.committed
    assert "Imported 2 rows" in messages.shown[-1][1]
    assert store.readings.count(plant["main"].id) == 2 and tab.grid.model.rowCount() == 2
    assert tab.model.data(tab.model.index(tab.model.row_of(plant["main"].id), 8)) == "2"


def test_import_dialog_mapping_and_a_file_it_cannot_read(
    store: Store, plant, qtbot, messages, no_running_tasks, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    water = plant["water"]
    dialog = ReadingImportDialog(None, store, water, [water, plant["main"]])
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert not dialog.load_file(write_csv(tmp_path, "", name="empty.csv"))
    assert dialog.problem_list()[0].message == "The file is empty."
    path = write_csv(tmp_path, GOOD.replace("Chỉ số", "Số đo"), name="vn.csv")
    assert dialog.load_file(path)
    assert "Choose the column for: Value" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.choose_column("value", "Số đo")
    assert dialog.import_button.isEnabled() and dialog.items_model.rowCount() == 3
    dialog.unit.setCurrentIndex(dialog.unit.findData("L"))
    assert dialog.items_model.item(0, 1).text() == "1.0005"  # 1,000.5 L in m³
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("yyyy-mm-dd"))
    assert [p.row for p in dialog.problem_list()] == [2, 3, 4]
    qtmodeltester.check(dialog.problems)
    assert "Not a date in the format %Y-%m-%d" in dialog.problem_list()[0].message
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("dd/mm/yyyy"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    assert [r.value for r in store.readings.list(water.id)] == pytest.approx([1.0005, 1.1, 1.25025])
    assert store.readings.list(water.id)[0].source == "bill"


def test_a_file_broken_near_the_top_is_refused_calmly(
    store: Store, plant, qtbot, messages, no_running_tasks, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An unclosed quote in the first rows breaks the reader while it looks for the header
    (row 3) or samples the rows for the decimal mark and date order (row 52)."""
    dialog = ReadingImportDialog(None, store, plant["main"])
    qtbot.addWidget(dialog)
    good = "".join(f"2024-01-01T{m // 60:02d}:{m % 60:02d},{m}\n" for m in range(50))
    tail = '2024-02-01,"2\n' + "2024-02-03,3\n" * 12_000
    assert not dialog.load_file(write_csv(tmp_path, "Date,Value\n2024-01-01,1\n" + tail))
    [problem] = dialog.problem_list()
    assert problem.fatal and "Row 3 cannot be read" in problem.message
    assert not dialog.load_file(write_csv(tmp_path, "", name="empty.csv"))
    assert dialog.load_file(write_csv(tmp_path, "Date,Value\n" + good + tail, name="late.csv"))
    [problem] = dialog.problem_list()
    assert problem.fatal and "Row 52 cannot be read" in problem.message
    assert not dialog.import_button.isEnabled() and store.readings.count() == 0


def test_cancelling_an_import_stores_nothing(
    store: Store, plant, qtbot, messages, no_running_tasks, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"2024-01-01T{m // 60:02d}:{m % 60:02d},{m}\n" for m in range(1440))
    dialog = ReadingImportDialog(None, store, plant["main"])
    qtbot.addWidget(dialog)
    assert dialog.load_file(write_csv(tmp_path, "Date,Value\n" + rows))
    # The import waits until Cancel is pressed: on a busy machine it could otherwise be
    # done before the click (then it is imported, and the dialog rightly says so).
    pressed = threading.Event()
    real_import = dialog.run_import
    dialog.run_import = lambda *args: pressed.wait(30) and real_import(*args)
    dialog.import_button.click()
    dialog.task.cancel()  # what the progress dialog's Cancel button does
    pressed.set()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.summary.text(), timeout=60_000)
    assert dialog.outcome is None and store.readings.count() == 0
    assert dialog.import_button.isEnabled()
