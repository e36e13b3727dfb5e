"""Action icons, and the main window's toolbar that shows the most used of them.

The icons are SVG line drawings in ``resources/icons/actions`` (24×24 view box,
explicit colours readable on light and dark themes). A ``QIcon`` made from an
SVG file is drawn by Qt's SVG icon engine at whatever size and device pixel
ratio is asked, so it stays crisp on high-DPI screens. That engine is a C++
plugin Qt loads itself (the window icon already needs it): the Python
``PySide6.QtSvg`` module is never imported. Icons are made on first use and kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QToolBar

from auditdesk import paths
from auditdesk.ui import lazy_qt

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.ui.main_window import MainWindow

NAMES = ("database-new", "open", "pack", "merge", "workbook", "report-pdf", "undo", "redo",
         "settings", "add", "delete", "import-readings")

# Action object name -> icon name (actions of the window and of its controllers).
ACTION_ICONS = {
    "actNewDatabase": "database-new",
    "actOpenDatabase": "open",
    "actExportPackage": "pack",
    "actMergePackages": "merge",
    "actExportWorkbook": "workbook",
    "actAuditReport": "report-pdf",
    "actSettings": "settings",
    "actNewPark": "add",
    "actNewEnterprise": "add",
    "actNewAudit": "add",
    "actDelete": "delete",
    "actUndo": "undo",
    "actRedo": "redo",
    "actImportReadings": "import-readings",
}
TOOLBAR_NAME = "mainToolbar"
TOOLBAR_ICON_SIZE = QSize(20, 20)

_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon ``name`` (one of ``NAMES``); an empty icon when its file is missing."""
    found = _cache.get(name)
    if found is None:
        path = paths.resource("icons", "actions", f"{name}.svg")
        found = QIcon(str(path)) if path.exists() else QIcon()
        _cache[name] = found
    return found


def icon_for(action: QAction) -> str:
    """The icon name of ``action`` by its object name ('' when it has none)."""
    name = action.objectName()
    if name in ACTION_ICONS:
        return ACTION_ICONS[name]
    lowered = name.lower()
    for word in ("undo", "redo"):  # the Edit menu's actions, whatever they are named
        if word in lowered:
            return word
    return ""


def decorate(window: MainWindow) -> QToolBar:
    """Give the window's actions their icons and (re)fill its toolbar; called whenever
    the menus are built (again after a change of language)."""
    for action in window.findChildren(QAction):
        name = icon_for(action)
        if name and action.icon().isNull():
            action.setIcon(icon(name))
    return build_toolbar(window)


def build_toolbar(window: MainWindow) -> QToolBar:
    """A compact toolbar: open, package, merge, workbook, report."""
    bar = window.findChild(QToolBar, TOOLBAR_NAME)
    if bar is None:
        bar = QToolBar(window)
        bar.setObjectName(TOOLBAR_NAME)
        bar.setMovable(False)
        bar.setIconSize(TOOLBAR_ICON_SIZE)
        bar.setProperty("toolButtonStyle", lazy_qt.TOOL_BUTTON_TEXT_BESIDE_ICON)  # see lazy_qt
        window.addToolBar(bar)  # the top area
    bar.clear()
    bar.setWindowTitle(QCoreApplication.translate("Icons", "Main toolbar"))
    actions = [window.act_open_db, window.teamwork.act_export, window.teamwork.act_merge,
               window.deliverables.act_export, window.report_action.action]
    for action in actions:
        if action is not None:
            bar.addAction(action)
    # The File menu sets the workbook action's state only as it opens; on the toolbar it
    # must not stay disabled from then: enabled with a database (without an audit
    # chosen, it says what to do). Connected once, not at every rebuild of the menus.
    if not bar.property("followsNavigator"):
        bar.setProperty("followsNavigator", True)
        window.navigator.selected.connect(lambda *_: _enable_workbook_export(window))
    _enable_workbook_export(window)
    return bar


def _enable_workbook_export(window: MainWindow) -> None:
    action = window.deliverables.act_export
    if action is not None:
        action.setEnabled(window.store is not None)
