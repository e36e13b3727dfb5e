"""Architecture rules that must not erode: a Qt-free core, a light start path."""

from __future__ import annotations

import json
import subprocess
import sys

CORE = ["auditdesk.model", "auditdesk.store", "auditdesk.store.queries", "auditdesk.calc",
        "auditdesk.calc.estimator", "auditdesk.calc.engine", "auditdesk.i18n",
        "auditdesk.settings", "auditdesk.demo", "auditdesk.cli", "auditdesk.checklist.logic",
        "auditdesk.checklist.template"]


def _modules_after(imports: list[str]) -> set[str]:
    code = ("import json, sys\n" + "".join(f"import {m}\n" for m in imports)
            + "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    return set(json.loads(out))


def test_core_packages_never_import_qt() -> None:
    loaded = _modules_after(CORE + ["auditdesk.exchange"] if _has("auditdesk.exchange") else CORE)
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_start_path_does_not_import_heavy_libraries() -> None:
    """The first window needs none of pandas, numpy, matplotlib, openpyxl, pint,
    sqlite_utils (MEASURED.md: each costs 0.2–0.9 s)."""
    loaded = _modules_after(["auditdesk.ui.main_window", "auditdesk.ui.app",
                             "auditdesk.store.queries", "auditdesk.commands.gui"])
    heavy = {"pandas", "numpy", "matplotlib", "openpyxl", "pint", "sqlite_utils", "xlsxwriter",
             "dataclasses"}  # ~7 ms with the classes built; start-path rows are NamedTuples
    assert not heavy & {m.split(".")[0] for m in loaded}


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def test_first_window_does_not_build_the_entity_dataclasses() -> None:
    """Navigator and overview read through store.queries; the managers and the
    model's dataclasses load on the first edit."""
    loaded = _modules_after(["auditdesk.ui.main_window", "auditdesk.ui.pages.audit_page",
                             "auditdesk.commands.gui"])
    assert "auditdesk.model.entities" not in loaded
    assert "auditdesk.store.managers" not in loaded


# The first window, shown on the demo, reports whether PySide6 has built its ``Qt``
# namespace (see auditdesk/ui/lazy_qt.py: ~15 ms of a ~150 ms start).
_FIRST_WINDOW = """
import os, sys
import PySide6.QtCore as C
from PySide6.QtCore import QTimer
from auditdesk.commands import gui
from auditdesk.demo import write_demo
db = os.path.join(os.environ["AUDITDESK_HOME"], "demo.sqlite")
write_demo(db)
assert "Qt" not in C.__dict__, "building the demo read Qt"
shown = gui._report_startup
def probe(app, window):
    QTimer.singleShot(0, lambda: print("QT_BUILT", "Qt" in C.__dict__, flush=True))
    shown(app, window)
gui._report_startup = probe
gui.launch(db=__import__("pathlib").Path(db), demo=False)
"""


def test_first_window_leaves_the_qt_namespace_unbuilt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Menus, toolbar, controllers and the navigator are up without PySide6 building
    the ~150 enums of ``Qt`` (it happens on the first read of ``QtCore.Qt``): code on
    that path uses ui/lazy_qt.py's values, keyword parents and setShortcuts."""
    import os

    env = dict(os.environ, AUDITDESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               AUDITDESK_STARTUP_PROBE="1")
    out = subprocess.run([sys.executable, "-c", _FIRST_WINDOW], check=True,
                         capture_output=True, text=True, env=env, timeout=120).stdout
    assert "QT_BUILT False" in out, out


def test_lazy_qt_values_are_qts() -> None:
    from PySide6.QtCore import Qt

    from auditdesk.ui import lazy_qt

    assert lazy_qt.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert lazy_qt.ALIGN_CENTER == Qt.AlignmentFlag.AlignCenter.value
    assert lazy_qt.ACTIONS_CONTEXT_MENU == Qt.ContextMenuPolicy.ActionsContextMenu.value
    assert lazy_qt.TOOL_BUTTON_TEXT_BESIDE_ICON == Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value


def test_first_window_widgets_get_the_lazy_values(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar

    from auditdesk.ui.app import create_app
    from auditdesk.ui.main_window import MainWindow

    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    bar = window.findChild(QToolBar, "mainToolbar")
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    assert window.empty.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.navigator.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    from PySide6.QtGui import QAction, QKeySequence

    assert window.act_new_db.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.New)
    edit = window.findChild(QAction, "actEdit")
    assert edit.shortcut() == QKeySequence("F2")
