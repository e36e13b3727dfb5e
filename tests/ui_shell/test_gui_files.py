"""``auditdesk gui FILE…``: what a double-click on a package (the Windows file
association) or "Open with AuditDesk" runs. The files are handled as if dropped
on the window: a database among them is the one opened, packages are merged."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from auditdesk.cli import build_parser
from auditdesk.ui.main_window import MainWindow


def _run_gui(monkeypatch: pytest.MonkeyPatch, args: list[str], until: Any) -> MainWindow:
    """Run ``auditdesk gui ARGS`` in this process; the event loop runs until ``until()``."""
    seen: list[MainWindow] = []

    def exec_(self: QApplication) -> int:  # the event loop, for as long as the test needs
        deadline = time.monotonic() + 20
        while not until() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        seen.extend(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    namespace = build_parser().parse_args(["gui", *args])
    assert namespace.func(namespace) == 0
    assert until(), "the files were not handled"
    return seen[0]


def test_a_package_given_to_gui_goes_to_the_merge_flow(qtbot, monkeypatch, demo_db: Path,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    from auditdesk.ui.teamwork.controller import TeamworkController

    merged: list[list[str]] = []
    monkeypatch.setattr(TeamworkController, "merge_paths",
                        lambda self, paths: merged.append(list(paths)))
    package = tmp_path / "an.auditdesk"
    window = _run_gui(monkeypatch, ["--db", str(demo_db), str(package)], lambda: merged)
    qtbot.addWidget(window)
    assert merged == [[str(package)]]
    assert window.store is not None and Path(window.store.path) == demo_db


def test_a_database_given_to_gui_is_the_one_opened(qtbot, monkeypatch, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    holder: list[MainWindow] = []

    def opened() -> bool:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        holder[:] = windows
        return bool(windows) and windows[0].store is not None

    window = _run_gui(monkeypatch, [str(demo_db)], opened)
    qtbot.addWidget(window)
    assert Path(window.store.path) == demo_db
