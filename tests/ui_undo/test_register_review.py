"""Undo and redo of the opportunity register (typing in the editor, add, duplicate,
delete) and of the review (status moves, RECP sort, comments)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from undo_helpers import open_tab, redo, undo, wait_idle

from auditdesk import settings
from auditdesk.ui.main_window import MainWindow


def _register(window: MainWindow, qtbot, code: str = "HL-05"):  # type: ignore[no-untyped-def]
    tab = open_tab(window, "opportunities")
    wait_idle(qtbot)
    store = window.store
    assert store is not None
    opp = store.opportunities.list("code = ?", (code,))[0]
    assert tab.select(opp.id)
    wait_idle(qtbot)
    return tab, opp


def _type(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.setFocus()
    editor.end(False)
    qtbot.keyClicks(editor, text)


def test_typing_a_title_in_bursts_is_one_step(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, opp = _register(window, qtbot)
    store = window.store
    editor = tab.editor
    _type(qtbot, editor.title, " A")
    qtbot.waitUntil(lambda: store.opportunities.get(opp.id).title == opp.title + " A",
                    timeout=10_000)
    wait_idle(qtbot)
    _type(qtbot, editor.title, "B")
    qtbot.waitUntil(lambda: store.opportunities.get(opp.id).title == opp.title + " AB",
                    timeout=10_000)
    wait_idle(qtbot)
    assert window.undo.stack.count() == 1
    assert window.undo.undo_action.text() == "Undo Edit opportunity HL-05"
    tab.view.setFocus()
    undo(window)
    wait_idle(qtbot)
    assert store.opportunities.get(opp.id).title == opp.title
    assert editor.title.text() == opp.title
    row = tab.model.row_at(tab.model.position_of(opp.id))
    assert row.title == opp.title
    redo(window)
    wait_idle(qtbot)
    assert store.opportunities.get(opp.id).title == opp.title + " AB"
    assert editor.title.text() == opp.title + " AB"


def test_an_input_edit_is_undone_with_its_estimate(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, opp = _register(window, qtbot)
    store = window.store
    editor = tab.editor
    savings = {s.carrier: s.amount for s in store.savings.list("opportunity_id = ?", (opp.id,))}
    field = editor.inputs.editor("hole_diameter")
    old = json.loads(opp.inputs)["hole_diameter"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "6")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: json.loads(store.opportunities.get(opp.id).inputs)[
        "hole_diameter"]["value"] == 6.0, timeout=10_000)
    wait_idle(qtbot)
    changed = {s.carrier: s.amount for s in store.savings.list("opportunity_id = ?", (opp.id,))}
    assert changed != savings
    tab.view.setFocus()
    undo(window)
    wait_idle(qtbot)
    assert json.loads(store.opportunities.get(opp.id).inputs)["hole_diameter"] == old
    restored = {s.carrier: s.amount for s in store.savings.list("opportunity_id = ?", (opp.id,))}
    assert restored == pytest.approx(savings)
    assert editor.inputs.editor("hole_diameter").text() == "2"
    redo(window)
    wait_idle(qtbot)
    assert json.loads(store.opportunities.get(opp.id).inputs)["hole_diameter"]["value"] == 6.0
    assert {s.carrier: s.amount for s in store.savings.list(
        "opportunity_id = ?", (opp.id,))} == pytest.approx(changed)


def test_add_duplicate_and_delete(window: MainWindow, qtbot, messages) -> None:  # type: ignore[no-untyped-def]
    tab, opp = _register(window, qtbot)
    store = window.store
    count = tab.model.rowCount()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    added = tab.current_id()
    assert tab.model.rowCount() == count + 1
    code = store.opportunities.get(added).code
    assert window.undo.undo_action.text() == f"Undo Add opportunity {code}"
    tab.view.setFocus()
    undo(window)
    wait_idle(qtbot)
    assert store.opportunities.find(added) is None and tab.model.rowCount() == count
    assert tab.editor.opportunity_id != added
    redo(window)
    wait_idle(qtbot)
    assert store.opportunities.find(added) is not None and tab.current_id() == added
    assert tab.editor.opportunity_id == added

    assert tab.select(opp.id)
    wait_idle(qtbot)
    qtbot.mouseClick(tab.duplicate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    copy = tab.current_id()
    assert copy != opp.id and tab.model.rowCount() == count + 2
    undo(window)
    wait_idle(qtbot)
    assert store.opportunities.find(copy) is None

    savings = store.savings.count("opportunity_id = ?", (opp.id,))
    comments = store.comments.count("opportunity_id = ?", (opp.id,))
    assert tab.select(opp.id)
    wait_idle(qtbot)
    messages.answer = True
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert store.opportunities.find(opp.id) is None
    assert window.undo.undo_action.text() == "Undo Delete opportunity HL-05"
    undo(window)
    wait_idle(qtbot)
    back = store.opportunities.get(opp.id)
    assert (back.title, back.inputs, back.estimate) == (opp.title, opp.inputs, opp.estimate)
    assert store.savings.count("opportunity_id = ?", (opp.id,)) == savings
    assert store.comments.count("opportunity_id = ?", (opp.id,)) == comments
    assert tab.current_id() == opp.id and tab.editor.opportunity_id == opp.id
    redo(window)
    wait_idle(qtbot)
    assert store.opportunities.find(opp.id) is None and tab.model.position_of(opp.id) < 0


def _review(window: MainWindow, qtbot, code: str):  # type: ignore[no-untyped-def]
    settings.save(settings.Settings(language="en", user_name="Bùi Đức Long", role="reviewer"))
    tab = open_tab(window, "review")
    wait_idle(qtbot)
    store = window.store
    assert store is not None
    opp = store.opportunities.list("code = ?", (code,))[0]
    assert tab.select(opp.id)
    wait_idle(qtbot)
    return tab, opp


def test_a_status_move_is_undone_and_redone(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, opp = _review(window, qtbot, "HL-01")
    store = window.store
    assert opp.status == "proposed"
    qtbot.mouseClick(tab.pane.buttons["accept"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert store.opportunities.get(opp.id).status == "accepted"
    assert window.undo.undo_action.text() == "Undo Status of HL-01: Accepted"
    undo(window)
    wait_idle(qtbot)
    assert store.opportunities.get(opp.id).status == "proposed"
    assert tab.model.rows()[tab.model.position_of(opp.id)].row.status == "proposed"
    assert tab.pane.buttons["accept"].isVisible()
    redo(window)
    wait_idle(qtbot)
    assert store.opportunities.get(opp.id).status == "accepted"
    assert tab.model.rows()[tab.model.position_of(opp.id)].row.status == "accepted"


def test_comments_are_undone_and_redone(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, opp = _review(window, qtbot, "HL-01")
    store = window.store
    count = store.comments.count("opportunity_id = ?", (opp.id,))
    tab.pane.comments.box.setPlainText("Đồng ý")
    qtbot.mouseClick(tab.pane.comments.send, Qt.MouseButton.LeftButton)
    assert store.comments.count("opportunity_id = ?", (opp.id,)) == count + 1
    assert window.undo.undo_action.text() == "Undo Comment on HL-01"
    tab.audit_thread.box.setPlainText("Đã xem xong")
    qtbot.mouseClick(tab.audit_thread.send, Qt.MouseButton.LeftButton)
    assert "Đã xem xong" in tab.audit_thread.view.toPlainText()
    undo(window)
    wait_idle(qtbot)
    assert "Đã xem xong" not in tab.audit_thread.view.toPlainText()
    undo(window)
    wait_idle(qtbot)
    assert store.comments.count("opportunity_id = ?", (opp.id,)) == count
    assert "Đồng ý" not in tab.pane.comments.view.toPlainText()
    redo(window)
    wait_idle(qtbot)
    assert store.comments.count("opportunity_id = ?", (opp.id,)) == count + 1
    assert "Đồng ý" in tab.pane.comments.view.toPlainText()


def test_a_follow_up_move_is_undone_and_redone(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.save(settings.Settings(language="en", user_name="Bùi Đức Long", role="reviewer"))
    tab = open_tab(window, "followup")
    wait_idle(qtbot)
    store = window.store
    assert store is not None
    opp = store.opportunities.list("code = ?", ("HL-07",))[0]
    assert opp.status == "accepted"
    assert tab.select(opp.id)
    qtbot.mouseClick(tab.form.buttons["start"], Qt.MouseButton.LeftButton)
    assert store.opportunities.get(opp.id).status == "in_progress"
    assert window.undo.undo_action.text() == "Undo Status of HL-07: In progress"
    undo(window)
    assert store.opportunities.get(opp.id).status == "accepted"
    assert tab.current_id() == opp.id
    assert tab.model.row_at(tab.model.position_of(opp.id)).status == "accepted"
    redo(window)
    assert store.opportunities.get(opp.id).status == "in_progress"
    assert tab.model.row_at(tab.model.position_of(opp.id)).status == "in_progress"
    wait_idle(qtbot)
