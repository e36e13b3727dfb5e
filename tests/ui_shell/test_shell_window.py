"""Icons, the toolbar, the remembered window layout and the recent files."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from auditdesk import paths, settings
from auditdesk.ui import icons
from auditdesk.ui.main_window import MainWindow

SVG = "{http://www.w3.org/2000/svg}"


def test_every_icon_is_a_24px_svg_with_explicit_colours() -> None:
    folder = paths.resource("icons", "actions")
    assert sorted(p.stem for p in folder.glob("*.svg")) == sorted(icons.NAMES)
    for name in icons.NAMES:
        root = ET.parse(folder / f"{name}.svg").getroot()
        assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 24 24", name
        text = (folder / f"{name}.svg").read_text(encoding="utf-8")
        assert "currentColor" not in text and "<text" not in text, name


def test_icons_are_crisp_at_high_dpi(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    assert QApplication.instance() is not None
    for name in icons.NAMES:
        icon = icons.icon(name)
        assert icon is icons.icon(name)  # cached
        for scale in (1.0, 2.0, 3.0):
            pixmap = icon.pixmap(24, 24) if scale == 1 else icon.pixmap(
                icon.actualSize(icons.TOOLBAR_ICON_SIZE), scale)
            assert not pixmap.isNull(), name
        big = icon.pixmap(96, 96)
        assert big.width() == 96  # drawn at the size asked, not scaled up from 24 px
    assert icons.icon("no-such-icon").isNull()


def test_the_window_actions_have_icons_and_a_toolbar(window: MainWindow) -> None:
    named = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    for action_name in ("actNewDatabase", "actOpenDatabase", "actExportPackage",
                        "actMergePackages", "actExportWorkbook", "actAuditReport",
                        "actSettings", "actNewPark", "actDelete"):
        assert not named[action_name].icon().isNull(), action_name
    bar = window.findChild(QToolBar, icons.TOOLBAR_NAME)
    assert [a.objectName() for a in bar.actions()] == [
        "actOpenDatabase", "actExportPackage", "actMergePackages", "actExportWorkbook",
        "actAuditReport"]
    export = window.deliverables.act_export
    window.navigator.select(*window.navigator.first("park"))
    window.deliverables.on_menu_about_to_show()  # the File menu opens: no audit, disabled
    assert not export.isEnabled()
    window.navigator.select(*window.navigator.first("audit"))
    assert export.isEnabled()  # the toolbar button does not stay disabled
    window.on_close_database()
    assert not export.isEnabled()


def test_the_toolbar_survives_a_change_of_language(window: MainWindow) -> None:
    window.retranslate()
    bars = window.findChildren(QToolBar)
    assert len(bars) == 1 and len(bars[0].actions()) == 5
    assert all(not a.icon().isNull() for a in bars[0].actions())


def test_the_start_path_does_not_import_qtsvg(tmp_path: Path) -> None:
    """The SVG icon engine is Qt's C++ plugin; the Python QtSvg module stays out."""
    code = ("import json, os, sys\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from auditdesk.ui.app import create_app\nfrom auditdesk.ui.main_window import "
            "MainWindow\napp = create_app()\nw = MainWindow()\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6'))))")
    env = {**__import__("os").environ, "AUDITDESK_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, env=env).stdout
    loaded = json.loads(out.strip().splitlines()[-1])
    assert "PySide6.QtSvg" not in loaded and "PySide6.QtSvgWidgets" not in loaded


def test_geometry_and_state_are_restored(window: MainWindow, qtbot, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    window.resize(700, 500)  # fits the offscreen screen (restoreGeometry keeps it on screen)
    expected = (window.width(), window.height())  # the page may hold it wider than asked
    assert expected != (1280, 800)  # not the default size
    bar = window.findChild(QToolBar, icons.TOOLBAR_NAME)
    bar.hide()
    window.close()
    saved = settings.load()
    assert saved.window_geometry and saved.window_state
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == expected
    assert again.findChild(QToolBar, icons.TOOLBAR_NAME).isHidden()
    again.close()


def test_recent_files_are_trimmed(window: MainWindow, tmp_path: Path) -> None:
    current = settings.load()
    for i in range(settings.MAX_RECENT + 4):
        current.add_recent(tmp_path / f"{i}.auditdesk.sqlite")
    settings.save(current)
    window.on_recent_menu_about_to_show()
    assert len(window.recent_menu.actions()) == settings.MAX_RECENT


def test_a_missing_recent_file_is_reported_when_chosen(window: MainWindow, messages,  # type: ignore[no-untyped-def]
                                                       demo_db: Path, tmp_path: Path) -> None:
    gone = tmp_path / "moved.auditdesk.sqlite"
    current = settings.load()
    current.add_recent(gone)
    settings.save(current)
    window.on_recent_menu_about_to_show()
    action = next(a for a in window.recent_menu.actions() if str(gone) in a.text())
    assert action.isEnabled() and "not found" in action.text()
    action.trigger()
    text = messages.shown[-1][1]
    assert str(gone) in text and "removed from the recent files" in text
    assert str(gone) not in settings.load().recent_files
    assert window.store is not None and window.store.path == demo_db  # still open
    window.on_recent_menu_about_to_show()
    entry = next(a for a in window.recent_menu.actions() if str(demo_db.resolve()) in a.text())
    entry.trigger()
    assert window.store.path.resolve() == demo_db.resolve()
