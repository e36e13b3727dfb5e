"""The main window, driven as a user would: navigator, forms, delete, read-only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit

from auditdesk.store import Store
from auditdesk.ui.forms.entity_forms import EntityDialog
from auditdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db: Path, messages, no_running_tasks):  # type: ignore[no-untyped-def]
    from auditdesk import settings
    from auditdesk.ui.app import create_app

    settings.save(settings.Settings(language="en", user_name="Trần Thị Mai"))
    create_app()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(demo_db)
    yield win
    win.close()


def drive_dialog(monkeypatch: pytest.MonkeyPatch, qtbot, steps: Callable[[EntityDialog], None]
                 ) -> list[EntityDialog]:  # type: ignore[no-untyped-def]
    """Replace the modal exec() by ``steps`` (typing into the real widgets), then Save."""
    seen: list[EntityDialog] = []

    def fake_exec(dialog: EntityDialog) -> int:
        seen.append(dialog)
        steps(dialog)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EntityDialog, "exec", fake_exec)
    return seen


def type_into(qtbot, dialog: EntityDialog, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = dialog.form.rows[field].editor
    assert isinstance(editor, QLineEdit)
    editor.clear()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest cannot synthesise non-ASCII key events; type as an input method would
        editor.insert(text)


def choose(dialog: EntityDialog, field: str, code: str) -> None:
    editor = dialog.form.rows[field].editor
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(code))


def test_navigator_shows_the_demo_tree(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = window.navigator.nav_model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    enterprises = sum(model.item(r).rowCount() for r in range(model.rowCount()))
    assert enterprises == 3
    assert window.navigator.current()[0] == "audit"
    assert window.page is not None and window.page.objectName() == "auditPage"
    table = window.page.findChild(object, "overviewOpportunities")
    assert table.model().rowCount() >= 3


def test_create_park_and_enterprise_through_the_ui(window: MainWindow, qtbot, monkeypatch,
                                                   demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    drive_dialog(monkeypatch, qtbot, lambda d: (
        type_into(qtbot, d, "name", "KCN Hòa Khánh"),
        type_into(qtbot, d, "province", "Đà Nẵng")))
    window.act_new_park.trigger()
    assert window.navigator.current()[0] == "park"
    park_id = window.navigator.current()[1]

    def bad_then_good(d: EntityDialog) -> None:
        type_into(qtbot, d, "name", "Công ty CP Thép Đà Nẵng")
        choose(d, "sector", "metal")
        type_into(qtbot, d, "employees", "nhiều")  # text in a number field

    seen = drive_dialog(monkeypatch, qtbot, bad_then_good)
    window.act_new_enterprise.trigger()
    dialog = seen[0]
    assert dialog.result() == QDialog.DialogCode.Rejected  # not saved
    assert "not a number" in dialog.form.rows["employees"].error.text()
    assert dialog.form.rows["employees"].error.isVisibleTo(dialog)
    with Store(demo_db, user="probe", read_only=True) as probe:
        assert probe.enterprises.count("name = ?", ("Công ty CP Thép Đà Nẵng",)) == 0

    drive_dialog(monkeypatch, qtbot, lambda d: (
        type_into(qtbot, d, "name", "Công ty CP Thép Đà Nẵng"), choose(d, "sector", "metal"),
        type_into(qtbot, d, "employees", "350"),
        type_into(qtbot, d, "operating_hours", "6,000")))
    window.act_new_enterprise.trigger()
    kind, enterprise_id = window.navigator.current()
    assert kind == "enterprise"
    with Store(demo_db, user="probe", read_only=True) as probe:
        park = probe.parks.get(park_id)
        assert (park.name, park.province) == ("KCN Hòa Khánh", "Đà Nẵng")
        ent = probe.enterprises.get(enterprise_id)
        assert (ent.park_id, ent.sector, ent.employees, ent.operating_hours) == (
            park_id, "metal", 350, 6000.0)
        assert {h.op for h in probe.history.list(entity_id=enterprise_id)} == {"create"}


def test_required_field_message_beside_the_field(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen = drive_dialog(monkeypatch, qtbot, lambda d: None)
    window.act_new_park.trigger()
    assert seen[0].result() == QDialog.DialogCode.Rejected
    assert seen[0].form.rows["name"].error.text() == "This field is required."


def test_edit_and_delete_through_the_ui(window: MainWindow, qtbot, monkeypatch, messages,
                                        demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    kind, audit_id = window.navigator.current()
    assert kind == "audit"
    drive_dialog(monkeypatch, qtbot, lambda d: type_into(qtbot, d, "title", "Đánh giá lại"))
    window.act_edit.trigger()
    assert window.store.audits.get(audit_id).title == "Đánh giá lại"
    messages.answer = False
    window.act_delete.trigger()
    assert window.store.audits.find(audit_id) is not None
    messages.answer = True
    window.act_delete.trigger()
    assert "Đánh giá lại" in messages.asked[-1]
    assert window.store.audits.find(audit_id) is None


def test_second_window_is_read_only_and_says_so(window: MainWindow, qtbot, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    assert other.open_path(demo_db)
    try:
        assert other.store.read_only
        assert other.banner.isVisible() and "Read-only" in other.banner.text()
        assert not other.act_new_park.isEnabled() and not other.act_delete.isEnabled()
        assert "[read-only]" in other.windowTitle()
    finally:
        other.close()


def test_opening_a_bad_file_shows_a_message_and_keeps_the_current(window: MainWindow, messages,
                                                                  tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    current = window.store
    assert not window.open_path(bad)
    assert window.store is current
    assert "not an AuditDesk database" in messages.shown[-1][1]


def test_about_shows_version_and_path(window: MainWindow, messages, demo_db: Path) -> None:
    from auditdesk import __version__

    window.findChild(object, "actAbout").trigger()
    text = messages.shown[-1][1]
    assert __version__ in text and str(demo_db) in text


def test_recent_files_and_window_geometry_persist(window: MainWindow, demo_db: Path) -> None:
    from auditdesk import settings

    assert settings.load().recent_files[0] == str(demo_db.resolve())
    window.resize(1000, 700)
    window.close()
    assert settings.load().window_geometry


def test_numbers_follow_the_vietnamese_locale(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from auditdesk.ui.app import install_language

    install_language(QApplication.instance(), "vi")
    try:
        kind, enterprise_id = window.navigator.current()
        enterprise_id = window.store.audits.get(enterprise_id).enterprise_id
        window.navigator.select("enterprise", enterprise_id)
        seen = drive_dialog(monkeypatch, qtbot, lambda d: (
            type_into(qtbot, d, "operating_hours", "5.600,5"),
            type_into(qtbot, d, "employees", "1.200")))
        window.act_edit.trigger()
        assert seen[0].result() == QDialog.DialogCode.Accepted
        ent = window.store.enterprises.get(enterprise_id)
        assert (ent.operating_hours, ent.employees) == (5600.5, 1200)
        history = window.store.history.list(entity_id=enterprise_id, limit=2)
        assert {h.user for h in history} == {"Trần Thị Mai"}
    finally:
        install_language(QApplication.instance(), "en")


def test_audit_tabs_are_built_when_first_shown(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from auditdesk.ui.pages import audit_page

    built: list[str] = []

    def factory(store, audit_id, parent):  # type: ignore[no-untyped-def]
        built.append(audit_id)
        return QLabel("probe tab", parent)

    monkeypatch.setattr(audit_page, "AUDIT_TABS", [("probe", lambda: "Probe", factory)])
    kind, audit_id = window.navigator.current()
    window.navigator.select("park", window.navigator.first("park")[1])
    window.navigator.select(kind, audit_id)
    page = window.page
    assert isinstance(page, audit_page.AuditPage) and built == []
    assert window.show_view("probe")
    assert built == [audit_id]
    assert page.tabs.currentWidget().text() == "probe tab"
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Probe"
    assert page.tab_widget("probe") is page.tabs.currentWidget() and built == [audit_id]
