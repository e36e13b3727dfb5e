"""The checklist tab driven as an auditor would: keys only, filters, search, findings,
opportunities, read-only, and the models checked by qtmodeltester."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from checklist_ui_helpers import AuditFixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from auditdesk.store import Store
from auditdesk.ui.checklist.page import ChecklistPage
from auditdesk.ui.checklist.view import ChecklistView
from auditdesk.ui.tasks import running_tasks


def open_page(qtbot, store: Store, audit_id: str) -> ChecklistPage:  # type: ignore[no-untyped-def]
    page = ChecklistPage(store, audit_id)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    return page


@pytest.fixture
def view(qtbot, audit: AuditFixture, messages, no_running_tasks) -> Iterator[ChecklistView]:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, audit.store, audit.audit_id)
    assert isinstance(page.view, ChecklistView)
    yield page.view
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier  # type: ignore[no-untyped-def]
          ) -> None:
    qtbot.keyClick(focused(), key, modifier)


def listed(view: ChecklistView) -> list[str]:
    return [view.proxy.code_at(row) for row in range(view.proxy.rowCount())]


def stored(store: Store) -> dict[str, object]:
    return {r.item_code: (r.value if r.value is not None else r.answer)
            for r in store.responses.list()}


def test_answer_a_checklist_with_the_keyboard_only(view: ChecklistView, qtbot,  # type: ignore[no-untyped-def]
                                                   audit: AuditFixture) -> None:
    store = audit.store
    assert view.current_code == "A-1" and view.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_Y)
    assert stored(store) == {"A-1": "yes"}
    assert listed(view) == ["A-1", "A-2", "A-4", "A-5", "W-1", "W-2"]  # followers appeared
    press(qtbot, Qt.Key.Key_Return)
    assert view.current_code == "A-2"
    qtbot.keyClicks(focused(), "lots")  # a number typed as text
    error = view.editor.error
    assert error.isVisible() and "not a number" in error.text()
    press(qtbot, Qt.Key.Key_Return)
    assert view.current_code == "A-2" and "A-2" not in stored(store)  # stays, saves nothing
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "30")
    assert not error.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    assert stored(store)["A-2"] == 30.0
    assert view.current_code == "A-3"  # 30 kW > 7.5: the VSD question appeared
    press(qtbot, Qt.Key.Key_N)
    assert view.editor.suggestion.isVisible()  # "no" is this item's finding hint
    press(qtbot, Qt.Key.Key_F)
    assert store.responses.list("item_code = 'A-3'")[0].finding
    assert not view.editor.suggestion.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert view.current_code == "A-4"
    press(qtbot, Qt.Key.Key_Y)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)  # the second choice of A-5
    assert stored(store)["A-5"] == "piston"
    press(qtbot, Qt.Key.Key_Return)
    assert view.current_code == "W-1"
    qtbot.keyClicks(focused(), "KCN supply")
    press(qtbot, Qt.Key.Key_Tab)
    assert view.current_code == "W-2" and stored(store)["W-1"] == "KCN supply"
    press(qtbot, Qt.Key.Key_Backtab)
    assert view.current_code == "W-1"
    assert stored(store) == {"A-1": "yes", "A-2": 30.0, "A-3": "no", "A-4": "yes",
                             "A-5": "piston", "W-1": "KCN supply"}
    assert view.area_model.report.total.complete
    assert {h.user for h in store.history.list(entity="checklist_response")} == {"tester"}


def test_a_unit_typed_after_the_number_and_the_delete_key(view: ChecklistView, qtbot,  # type: ignore[no-untyped-def]
                                                          audit: AuditFixture) -> None:
    press(qtbot, Qt.Key.Key_Y)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "20 hp")
    press(qtbot, Qt.Key.Key_Return)
    response = audit.store.responses.list("item_code = 'A-2'")[0]
    assert (response.value, response.unit) == (20.0, "hp")
    assert view.item_model.index(view.item_model.row_of("A-2"), 3).data() == "20 hp"
    view.select("A-1")
    press(qtbot, Qt.Key.Key_Delete)  # clears the answer, does not reach "delete the audit"
    assert "A-1" not in stored(audit.store)
    assert audit.store.audits.find(audit.audit_id) is not None


def test_typed_numbers_are_saved_after_a_pause(view: ChecklistView, qtbot,  # type: ignore[no-untyped-def]
                                               audit: AuditFixture) -> None:
    press(qtbot, Qt.Key.Key_Y)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "12.5")
    qtbot.waitUntil(lambda: stored(audit.store).get("A-2") == 12.5, timeout=3000)
    assert view.current_code == "A-2"


def test_models_pass_the_model_tester(view: ChecklistView, qtmodeltester, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.item_model)
    qtmodeltester.check(view.proxy)
    qtmodeltester.check(view.area_model)
    qtmodeltester.check(view.editor.photos.model)
    press(qtbot, Qt.Key.Key_Y)
    qtmodeltester.check(view.proxy)


def test_filters_keep_the_current_item_until_moving_on(view: ChecklistView, qtbot,  # type: ignore[no-untyped-def]
                                                       audit: AuditFixture) -> None:
    view.checklist.answer("W-1", "park", "en")
    view.filters["unanswered"].click()
    assert listed(view) == ["A-1", "W-2"]
    view.select("A-1")
    press(qtbot, Qt.Key.Key_Y)
    assert listed(view) == ["A-1", "A-2", "A-4", "A-5", "W-2"]  # answered but still listed
    press(qtbot, Qt.Key.Key_Return)
    assert view.current_code == "A-2" and listed(view)[0] == "A-2"
    view.filters["unanswered"].click()
    view.filters["required"].click()
    assert listed(view) == ["A-1", "A-2", "W-1"]
    view.filters["required"].click()
    view.checklist.set_finding("A-4", True)
    view.filters["findings"].click()
    assert listed(view) == ["A-4"] and view.current_code == "A-4"
    view.filters["findings"].click()
    view.filters["with_photos"].click()
    assert listed(view) == []
    assert "0 listed" in view.progress.text()


def test_search_finds_items_in_both_languages(view: ChecklistView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.search.setText("may nen")  # Vietnamese without accents
    view.apply_filter()
    assert listed(view) == ["A-1"]
    view.checklist.answer("A-1", "yes", "en")
    view.search.setText("compressor")
    view.apply_filter()
    assert listed(view) == ["A-1", "A-2", "A-5"]
    view.areas.setCurrentIndex(view.area_model.index(2))  # the water area
    assert listed(view) == []
    view.search.clear()
    view.apply_filter()
    assert listed(view) == ["W-1", "W-2"]


def test_areas_show_their_completion(view: ChecklistView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.ui.checklist.models import COUNTS_ROLE

    def counts(row: int) -> tuple[int, int, int, int]:
        return view.area_model.index(row).data(COUNTS_ROLE)

    assert view.area_model.index(1).data() == "Compressed air"
    assert counts(0) == (0, 0, 2, 3) and counts(1) == (0, 0, 1, 1)
    press(qtbot, Qt.Key.Key_Y)
    assert counts(1) == (1, 1, 2, 4)  # A-2 (required) appeared
    view.areas.setCurrentIndex(view.area_model.index(1))
    assert listed(view) == ["A-1", "A-2", "A-4", "A-5"]
    view.select("A-5")
    press(qtbot, Qt.Key.Key_Return)  # end of the area: on to the next one
    assert view.areas.currentIndex().row() == 2 and view.current_code == "W-1"


def test_finding_turns_into_an_opportunity_with_one_click(view: ChecklistView, qtbot,  # type: ignore[no-untyped-def]
                                                          audit: AuditFixture) -> None:
    press(qtbot, Qt.Key.Key_Y)
    view.select("A-4")
    press(qtbot, Qt.Key.Key_Y)
    assert view.editor.opportunity.isEnabled()
    qtbot.mouseClick(view.editor.opportunity, Qt.MouseButton.LeftButton)
    opportunities = audit.store.opportunities.list()
    assert [(o.title, o.technique, o.estimator_id, o.area, o.checklist_item_code)
            for o in opportunities] == [("Repair the air leaks", "GH", "compressed_air_leaks",
                                        "air", "A-4")]
    assert not view.editor.opportunity.isEnabled()
    assert "Repair the air leaks" in view.editor.linked.text()
    assert view.editor.finding.isChecked()
    assert "⚑" in view.item_model.index(view.item_model.row_of("A-4"), 4).data()


def test_notes_are_saved_as_typed(view: ChecklistView, qtbot, audit: AuditFixture) -> None:  # type: ignore[no-untyped-def]
    view.editor.note.setFocus()
    qtbot.keyClicks(view.editor.note, "Two compressors, one idle")
    qtbot.waitUntil(lambda: view.checklist.note("A-1") == "Two compressors, one idle",
                    timeout=3000)
    view.editor.note.insertPlainText(" — máy số 2 tắt")
    view.select("W-1")  # leaving the item saves what was typed
    assert audit.store.responses.list("item_code = 'A-1'")[0].note == \
        "Two compressors, one idle — máy số 2 tắt"


def test_a_read_only_store_shows_answers_but_edits_nothing(qtbot, audit: AuditFixture,  # type: ignore[no-untyped-def]
                                                           messages) -> None:
    audit.checklist().answer("A-1", "yes", "en")
    with Store(audit.path, user="second", read_only=True) as second:
        page = open_page(qtbot, second, audit.audit_id)
        view = page.view
        assert isinstance(view, ChecklistView)
        assert view.item_model.index(0, 3).data() == "Yes"
        view.select("A-1")
        press(qtbot, Qt.Key.Key_N)
        assert not view.editor.finding.isEnabled() and not view.editor.opportunity.isEnabled()
        assert view.editor.note.isReadOnly()
        assert not view.editor.photos.add_button.isEnabled()
        view.select("A-2")
        assert view.editor.answer_widget.edit.isReadOnly()  # type: ignore[attr-defined]
        page.close()
    assert audit.checklist().answers == {"A-1": "yes"}
    assert messages.shown == []


def test_the_checklist_tab_on_the_demo_audit(qtbot, demo_db, messages, no_running_tasks) -> None:  # type: ignore[no-untyped-def]
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.main_window import MainWindow

    settings.save(settings.Settings(language="en"))
    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_db)
    assert window.show_view("checklist")
    page = window.page.tab_widget("checklist")
    assert isinstance(page, ChecklistPage) and isinstance(page.view, ChecklistView)
    view = page.view
    total = view.area_model.report.total
    assert 0.3 < total.answered / total.total < 0.75
    assert view.area_model.rowCount() == 1 + len(view.checklist.template.areas)
    assert view.checklist.flagged and sum(view.checklist.photo_counts.values()) >= 2
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)
    window.close()


def test_answer_keys_work_in_the_item_list_too(view: ChecklistView, qtbot,  # type: ignore[no-untyped-def]
                                               audit: AuditFixture) -> None:
    view.table.setFocus()
    press(qtbot, Qt.Key.Key_Y)
    assert stored(audit.store) == {"A-1": "yes"}
    press(qtbot, Qt.Key.Key_Down)  # the list's own keys still move
    assert view.current_code == "A-2" and focused() is view.table
    press(qtbot, Qt.Key.Key_4)  # a digit starts the number in the editor
    assert view.editor.isAncestorOf(focused())
    qtbot.keyClicks(focused(), "2")
    press(qtbot, Qt.Key.Key_Return)
    assert stored(audit.store)["A-2"] == 42.0 and view.current_code == "A-3"


def test_page_shortcuts(view: ChecklistView, qtbot, audit: AuditFixture) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is view.search
    qtbot.keyClicks(view.search, "water")
    qtbot.waitUntil(lambda: listed(view) == ["W-1", "W-2"], timeout=2000)
    view.select("W-1")
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert view.checklist.is_finding("W-1") and view.editor.finding.isChecked()
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert [o.checklist_item_code for o in audit.store.opportunities.list()] == ["W-1"]


def test_delete_in_the_checklist_never_offers_to_delete_the_audit(qtbot, demo_db, messages,  # type: ignore[no-untyped-def]
                                                                  no_running_tasks) -> None:
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.main_window import MainWindow

    settings.save(settings.Settings(language="en"))
    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.show_view("checklist")
    view = window.page.tab_widget("checklist").view
    for widget in (view.areas, view.table, view.filters["findings"]):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert messages.asked == []
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)
    window.close()
