"""Undo and redo of checklist answers, notes and finding flags; typing is one step; an
undo refused by a signed-off audit shows the store's message and changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from undo_helpers import audit_id, open_tab, redo, undo

from auditdesk.ui.main_window import MainWindow


def _view(window: MainWindow):  # type: ignore[no-untyped-def]
    page = open_tab(window, "checklist")
    assert page.view is not None
    return page.view


def _item(view, answer_type: str, answered: bool) -> str:  # type: ignore[no-untyped-def]
    checklist = view.checklist
    for item in checklist.template.items:
        if item.answer_type == answer_type and checklist.is_shown(item.code) and \
                (item.code in checklist.responses) == answered and \
                not item.condition:
            return str(item.code)
    raise AssertionError(f"no {answer_type} item")


def _response(window: MainWindow, code: str, audit: str):  # type: ignore[no-untyped-def]
    assert window.store is not None
    found = window.store.responses.list("audit_id = ? AND item_code = ?", (audit, code))
    return found[0] if found else None


def test_a_yes_no_answer_is_undone_and_redone(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(window)
    audit = audit_id(window)
    code = _item(view, "yes_no_na", answered=True)
    before = _response(window, code, audit)
    new = "no" if before.answer != "no" else "yes"
    view.select(code)
    view.editor.answer_widget.buttons[new].click()
    assert _response(window, code, audit).answer == new
    assert window.undo.undo_action.text() == f"Undo Answer {code}"

    view.select(_item(view, "yes_no_na", answered=False))  # elsewhere: undo shows the item again
    undo(window)
    assert _response(window, code, audit).answer == before.answer
    assert view.current_code == code
    assert view.editor.answer_widget.current == before.answer
    redo(window)
    assert _response(window, code, audit).answer == new
    assert view.editor.answer_widget.current == new


def test_an_answer_given_for_the_first_time_is_removed_by_undo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(window)
    audit = audit_id(window)
    code = _item(view, "yes_no_na", answered=False)
    view.select(code)
    view.editor.answer_widget.buttons["yes"].click()
    assert _response(window, code, audit).answer == "yes"
    undo(window)
    assert _response(window, code, audit) is None
    assert view.editor.answer_widget.current == ""
    redo(window)
    assert _response(window, code, audit).answer == "yes"


def test_typing_a_number_is_one_step(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(window)
    audit = audit_id(window)
    code = _item(view, "number", answered=False)
    view.select(code)
    edit = view.editor.answer_widget.edit
    qtbot.keyClicks(edit, "12")
    qtbot.waitUntil(lambda: _response(window, code, audit) is not None, timeout=5000)
    qtbot.keyClicks(edit, "5")
    qtbot.waitUntil(lambda: _response(window, code, audit).value == 125, timeout=5000)
    assert window.undo.stack.count() == 1
    view.table.setFocus()
    undo(window)
    assert _response(window, code, audit) is None and edit.text() == ""
    redo(window)
    assert _response(window, code, audit).value == 125
    assert edit.text() == "125"


def test_note_and_finding(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(window)
    audit = audit_id(window)
    code = _item(view, "yes_no_na", answered=True)
    before = _response(window, code, audit)
    view.select(code)
    view.editor.note.setFocus()
    qtbot.keyClicks(view.editor.note, "Leaks")
    view.editor.flush_note()
    assert _response(window, code, audit).note == "Leaks"
    view.editor.toggle_finding()
    assert _response(window, code, audit).finding != before.finding
    assert window.undo.undo_action.text() == f"Undo Finding {code}"
    view.table.setFocus()
    undo(window)
    assert _response(window, code, audit).finding == before.finding
    assert window.undo.undo_action.text() == f"Undo Note on {code}"
    undo(window)
    assert _response(window, code, audit).note == before.note
    assert view.editor.note.toPlainText() == before.note
    redo(window)
    assert view.editor.note.toPlainText() == "Leaks"


def test_ctrl_y_in_the_item_list_redoes_and_answers_nothing(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(window)
    audit = audit_id(window)
    code = _item(view, "yes_no_na", answered=False)
    view.select(code)
    view.editor.answer_widget.buttons["no"].click()
    undo(window)
    window.activateWindow()
    view.table.setFocus()
    QApplication.processEvents()
    from PySide6.QtCore import Qt

    qtbot.keyClick(view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _response(window, code, audit).answer == "no"  # redone, not answered "yes"


def test_undo_refused_on_a_signed_off_audit(window: MainWindow, qtbot, messages) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.review import signoff

    view = _view(window)
    audit = audit_id(window)
    store = window.store
    assert store is not None
    code = _item(view, "yes_no_na", answered=True)
    before = _response(window, code, audit)
    new = "no" if before.answer != "no" else "yes"
    view.select(code)
    view.editor.answer_widget.buttons[new].click()
    signoff.sign_off(store, audit, name="Nguyễn Văn Bình", role="reviewer", on="2025-07-01")
    rows = store.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    undo(window)
    assert _response(window, code, audit).answer == new  # nothing changed
    assert store.conn.execute("SELECT count(*) FROM history").fetchone()[0] == rows
    assert len(messages.shown) == 1
    text = messages.shown[0][1]
    assert text.startswith(f"“Answer {code}” cannot be undone:") and "signed off" in text
    assert window.undo.stack.count() == 0 and not window.undo.undo_action.isEnabled()


def test_typing_after_a_pause_is_another_step(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.ui import undo as undo_module

    monkeypatch.setattr(undo_module, "BURST_SECONDS", -1.0)
    view = _view(window)
    audit = audit_id(window)
    code = _item(view, "number", answered=False)
    view.select(code)
    edit = view.editor.answer_widget.edit
    qtbot.keyClicks(edit, "12")
    qtbot.waitUntil(lambda: _response(window, code, audit) is not None, timeout=5000)
    qtbot.keyClicks(edit, "5")
    qtbot.waitUntil(lambda: _response(window, code, audit).value == 125, timeout=5000)
    assert window.undo.stack.count() == 2
    view.table.setFocus()
    undo(window)
    assert _response(window, code, audit).value == 12 and edit.text() == "12"


def test_redo_refused_on_a_signed_off_audit(window: MainWindow, qtbot, messages) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.review import signoff

    view = _view(window)
    audit = audit_id(window)
    store = window.store
    assert store is not None
    code = _item(view, "yes_no_na", answered=False)
    view.select(code)
    view.editor.answer_widget.buttons["yes"].click()
    view.table.setFocus()
    undo(window)
    signoff.sign_off(store, audit, name="Nguyễn Văn Bình", role="reviewer", on="2025-07-01")
    redo(window)
    assert _response(window, code, audit) is None
    assert messages.shown[-1][1].startswith(f"“Answer {code}” cannot be redone:")
    assert window.undo.stack.count() == 0 and not window.undo.redo_action.isEnabled()
