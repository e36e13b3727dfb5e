"""Starting a checklist from the tab, and importing / exporting templates from the UI."""

from __future__ import annotations

import json
from pathlib import Path

from checklist_ui_helpers import TEMPLATE, count, make_audit
from PySide6.QtCore import Qt

from auditdesk.checklist.template import load_template
from auditdesk.store import Store
from auditdesk.ui.checklist.page import ChecklistPage
from auditdesk.ui.checklist.setup_panel import SetupPanel
from auditdesk.ui.checklist.template_files import export_template, import_template_path
from auditdesk.ui.checklist.view import ChecklistView
from auditdesk.ui.tasks import running_tasks


def page_for(qtbot, store: Store, audit_id: str) -> ChecklistPage:  # type: ignore[no-untyped-def]
    page = ChecklistPage(store, audit_id)
    qtbot.addWidget(page)
    page.show()
    return page


def test_start_with_the_sector_addon_ticked(qtbot, store: Store, messages,  # type: ignore[no-untyped-def]
                                           no_running_tasks) -> None:
    audit_id = make_audit(store, sector="textile")
    page = page_for(qtbot, store, audit_id)
    panel = page.content
    assert isinstance(panel, SetupPanel)
    ticked = {entry.code: box.isChecked() for box, entry in panel.addons}
    assert ticked == {"addon_textile_dyeing": True, "addon_seafood_food": False,
                      "addon_metal_finishing": False}
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert isinstance(page.view, ChecklistView)
    audit = store.audits.get(audit_id)
    assert (audit.template_code, audit.template_version) == (
        "recp_walkthrough+addon_textile_dyeing", "1.0.0+1.0.0")
    assert json.loads(audit.template_addons) == ["addon_textile_dyeing"]
    assert page.view.checklist.template.item("TX-001").answer_type == "choice"


def test_a_read_only_store_cannot_start_a_checklist(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    audit_id = make_audit(store)
    with Store(store.path, user="other", read_only=True) as second:
        page = page_for(qtbot, second, audit_id)
        panel = page.content
        assert isinstance(panel, SetupPanel)
        assert not panel.start.isEnabled() and panel.read_only_note.isVisibleTo(panel)
        page.close()


def test_importing_a_malformed_template_lists_the_mistakes(qtbot, store: Store, messages,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path,
                                                           no_running_tasks) -> None:
    page = page_for(qtbot, store, make_audit(store))
    panel = page.content
    assert isinstance(panel, SetupPanel)
    bad = tmp_path / "office.yaml"
    bad.write_text(TEMPLATE.replace("answer_type: text", "answer_type: essay").replace(
        "unit: kW\n", "unit: kilowattz\n"), encoding="utf-8")
    before = count(store, "checklist_template"), count(store, "history")
    import_template_path(panel, store, bad, panel.reload)
    qtbot.waitUntil(lambda: running_tasks() == 0 and bool(messages.shown), timeout=10000)
    title, text = messages.shown[-1]
    assert title == "The template has mistakes"
    assert "office.yaml has 2 mistake(s); nothing was imported" in text
    assert "item W-1" in text and "answer_type" in text and "item A-2" in text
    assert (count(store, "checklist_template"), count(store, "history")) == before
    not_utf8 = tmp_path / "latin1.yaml"
    not_utf8.write_bytes("name_vi: Kh\xe9o".encode("latin-1"))
    import_template_path(panel, store, not_utf8)
    qtbot.waitUntil(lambda: running_tasks() == 0 and len(messages.shown) == 2, timeout=10000)
    assert "UTF-8" in messages.shown[-1][1]


def test_an_imported_template_is_offered_for_new_checklists(qtbot, store: Store, messages,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path,
                                                            no_running_tasks) -> None:
    page = page_for(qtbot, store, make_audit(store))
    panel = page.content
    assert isinstance(panel, SetupPanel)
    good = tmp_path / "plant_walk.yaml"
    good.write_text(TEMPLATE, encoding="utf-8")
    import_template_path(panel, store, good, panel.reload)
    qtbot.waitUntil(lambda: running_tasks() == 0 and bool(messages.shown), timeout=10000)
    assert "Imported “Plant walk” version 1.0.0 (7 items)" in messages.shown[-1][1]
    labels = [panel.base.itemText(i) for i in range(panel.base.count())]
    assert "Plant walk — 1.0.0" in labels
    panel.base.setCurrentIndex(labels.index("Plant walk — 1.0.0"))
    assert [entry.code for _box, entry in panel.addons] == [""]  # no add-ons for it
    panel.on_start_clicked()
    assert isinstance(page.view, ChecklistView)
    assert store.audits.list()[0].template_code == "plant_walk"


def test_export_writes_a_template_that_loads_back(qtbot, store: Store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QWidget

    from auditdesk.store.checklists import shipped_templates

    target = tmp_path / "out.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    parent = QWidget()
    qtbot.addWidget(parent)
    template = shipped_templates()[1]
    assert export_template(parent, template) == target
    assert load_template(target, shipped_templates()[0]) == template
