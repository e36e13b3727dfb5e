"""Undo and redo of the entity forms (park, enterprise, audit, meter, production), the
Edit menu and its shortcuts, and the stack emptied when another database is opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from undo_helpers import PLATING_AUDIT, drive_dialog, open_tab, redo, set_text, undo, wait_idle

from auditdesk import model
from auditdesk.ui.main_window import MainWindow


def _park(window: MainWindow) -> model.Park:
    assert window.store is not None
    return window.store.parks.list(order_by="name")[0]


def _nav_text(window: MainWindow, kind: str, entity_id: str) -> str:
    return str(window.navigator.nav_model.find(kind, entity_id).data())


def test_edit_menu_offers_undo_and_redo_with_the_standard_keys(window: MainWindow) -> None:
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    actions = edit_menu.actions()
    assert actions[0] is window.undo.undo_action and actions[1] is window.undo.redo_action
    assert window.undo.undo_action.text() == "Undo" and not window.undo.undo_action.isEnabled()
    assert window.undo.redo_action.text() == "Redo" and not window.undo.redo_action.isEnabled()
    undo_keys = window.undo.undo_action.shortcuts()
    redo_keys = window.undo.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Z") in undo_keys
    assert QKeySequence(QKeySequence.StandardKey.Redo) in redo_keys
    assert {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")} & set(redo_keys)


def test_a_park_edit_is_undone_and_redone(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    park = _park(window)
    assert window.navigator.select("park", park.id)
    drive_dialog(monkeypatch, qtbot, lambda d: set_text(d, "name", "KCN Renamed"))
    window.on_edit_selected()
    store = window.store
    assert store is not None
    assert store.parks.get(park.id).name == "KCN Renamed"
    assert window.undo.undo_action.text() == "Undo Edit park “KCN Renamed”"

    undo(window)
    assert store.parks.get(park.id).name == park.name
    assert _nav_text(window, "park", park.id) == park.name
    assert window.navigator.current() == ("park", park.id)
    assert window.undo.redo_action.text() == "Redo Edit park “KCN Renamed”"
    history = store.history.list(entity="park", entity_id=park.id, limit=1)[0]
    assert (history.field, history.old, history.new) == ("name", "KCN Renamed", park.name)

    redo(window)
    assert store.parks.get(park.id).name == "KCN Renamed"
    assert _nav_text(window, "park", park.id) == "KCN Renamed"
    assert not window.undo.redo_action.isEnabled()


def test_an_audit_edit_keeps_the_tab_shown(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    open_tab(window, "meters")
    audit_id = window.navigator.current()[1]
    drive_dialog(monkeypatch, qtbot, lambda d: set_text(d, "auditors", "Mai; Hùng"))
    window.on_edit_selected()
    store = window.store
    assert store is not None
    before = store.history.list(entity="audit", entity_id=audit_id, limit=1)[0].old
    assert window.page is not None and window.page.show_tab("meters")
    undo(window)
    assert store.audits.get(audit_id).auditors == before
    assert window.page is not None and window.page.tabs.currentWidget().objectName() == "metersTab"
    redo(window)
    assert store.audits.get(audit_id).auditors == "Mai; Hùng"
    wait_idle(qtbot)


def test_a_new_park_is_removed_by_undo_and_made_again_by_redo(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                               monkeypatch) -> None:
    drive_dialog(monkeypatch, qtbot, lambda d: set_text(d, "name", "KCN Mới"))
    window.on_new_park()
    store = window.store
    assert store is not None
    created = store.parks.list("name = ?", ("KCN Mới",))
    assert len(created) == 1 and window.navigator.current() == ("park", created[0].id)
    assert window.undo.undo_action.text() == "Undo New park “KCN Mới”"

    undo(window)
    assert store.parks.find(created[0].id) is None
    assert not window.navigator.nav_model.find("park", created[0].id).isValid()

    redo(window)
    again = store.parks.get(created[0].id)
    assert again.name == "KCN Mới" and again.created_at == created[0].created_at
    assert window.navigator.nav_model.find("park", created[0].id).isValid()


def test_undoing_a_record_that_holds_data_is_refused(window: MainWindow, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                     messages) -> None:
    drive_dialog(monkeypatch, qtbot, lambda d: set_text(d, "name", "KCN Có dữ liệu"))
    window.on_new_park()
    store = window.store
    assert store is not None
    park = store.parks.list("name = ?", ("KCN Có dữ liệu",))[0]
    store.enterprises.create(model.Enterprise(park_id=park.id, name="Added since"))
    undo(window)
    assert store.parks.find(park.id) is not None
    assert messages.shown and "cannot be undone" in messages.shown[-1][1]
    assert "holds data added since" in messages.shown[-1][1]
    assert window.undo.stack.count() == 0  # the refused step left the stack
    assert not window.undo.undo_action.isEnabled()


def test_a_meter_edit_in_the_meters_tab(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(window, "meters")
    meter = tab.current_meter()
    assert meter is not None
    drive_dialog(monkeypatch, qtbot, lambda d: set_text(d, "location", "Trạm biến áp"))
    tab.on_edit_button_clicked()
    store = window.store
    assert store is not None
    assert store.meters.get(meter.id).location == "Trạm biến áp"
    assert window.undo.undo_action.text() == f"Undo Edit meter “{meter.name}”"
    undo(window)
    assert store.meters.get(meter.id).location == meter.location
    assert tab.current_meter() is not None and tab.current_meter().location == meter.location
    redo(window)
    assert tab.current_meter().location == "Trạm biến áp"
    qtbot.waitUntil(lambda: not tab.grid.is_analysing(), timeout=20_000)


def test_production_records_added_and_deleted(window: MainWindow, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                              messages) -> None:
    tab = open_tab(window, "production")
    store = window.store
    assert store is not None
    count = tab.model.rowCount()

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QDate

        dialog.form.rows["period_start"].editor.setDate(QDate(2031, 1, 1))
        dialog.form.rows["period_end"].editor.setDate(QDate(2031, 1, 31))
        set_text(dialog, "quantity", "42")

    drive_dialog(monkeypatch, qtbot, fill)
    tab.on_add_button_clicked()
    assert tab.model.rowCount() == count + 1
    undo(window)
    assert tab.model.rowCount() == count
    redo(window)
    assert tab.model.rowCount() == count + 1

    tab.view.selectRow(0)
    chosen = tab.selected()
    messages.answer = True
    tab.on_delete_button_clicked()
    assert tab.model.rowCount() == count
    assert window.undo.undo_action.text().startswith("Undo Delete production record")
    undo(window)
    assert tab.model.rowCount() == count + 1
    assert store.production.get(chosen[0].id).quantity == chosen[0].quantity
    redo(window)
    assert store.production.find(chosen[0].id) is None


def test_the_stack_is_emptied_when_another_database_is_opened_or_closed(  # type: ignore[no-untyped-def]
        window: MainWindow, qtbot, monkeypatch, demo_template: Path, tmp_path: Path) -> None:
    import shutil

    drive_dialog(monkeypatch, qtbot, lambda d: set_text(d, "name", "KCN A"))
    window.on_new_park()
    assert window.undo.stack.count() == 1 and window.undo.undo_action.isEnabled()
    other = tmp_path / "other.auditdesk.sqlite"
    shutil.copy(demo_template, other)
    assert window.open_path(other)
    assert window.undo.stack.count() == 0 and not window.undo.undo_action.isEnabled()
    assert window.undo.undo_action.text() == "Undo"

    window.on_new_park()
    assert window.undo.stack.count() == 1
    window.on_close_database()
    assert window.undo.stack.count() == 0 and not window.undo.undo_action.isEnabled()


def test_an_edit_made_in_a_tab_without_a_main_window_is_not_recorded(qtbot, demo_store,  # type: ignore[no-untyped-def]
                                                                     monkeypatch, messages) -> None:
    from auditdesk.ui.meters.meters_tab import MetersTab

    audit = demo_store.audits.list("title = ?", (PLATING_AUDIT,))[0]
    tab = MetersTab(demo_store, audit.id)
    qtbot.addWidget(tab)
    meter = tab.current_meter()
    drive_dialog(monkeypatch, qtbot, lambda d: set_text(d, "location", "Ngoài trời"))
    tab.on_edit_button_clicked()
    assert demo_store.meters.get(meter.id).location == "Ngoài trời"
    qtbot.waitUntil(lambda: not tab.grid.is_analysing(), timeout=20_000)


def test_the_actions_speak_vietnamese_after_a_language_switch(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from auditdesk import settings
    from auditdesk.ui.app import install_language

    park = _park(window)
    assert window.navigator.select("park", park.id)
    drive_dialog(monkeypatch, qtbot, lambda d: set_text(d, "name", "KCN Đổi tên"))
    window.on_edit_selected()
    try:
        current = settings.load()
        current.language = "vi"
        settings.save(current)
        window.retranslate()
        assert window.undo.redo_action.text() == "Làm lại"
        assert window.undo.undo_action.text() == "Hoàn tác Edit park “KCN Đổi tên”"  # made in English
        edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Sửa")
        assert edit_menu.actions()[:2] == [window.undo.undo_action, window.undo.redo_action]
        undo(window)
        assert window.store is not None and window.store.parks.get(park.id).name == park.name
        assert window.undo.redo_action.text() == "Làm lại Edit park “KCN Đổi tên”"
        drive_dialog(monkeypatch, qtbot, lambda d: set_text(d, "province", "TP Hải Phòng"))
        window.on_edit_selected()
        assert window.undo.undo_action.text() == f"Hoàn tác Sửa KCN “{park.name}”"
    finally:
        install_language(QApplication.instance(), "en")
