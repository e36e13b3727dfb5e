"""Helpers of the undo tests (a module of its own: every test folder has a conftest)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from auditdesk.ui.forms.entity_forms import EntityDialog
from auditdesk.ui.main_window import MainWindow

PLATING_AUDIT = "Đánh giá nhanh RECP 2025"  # Hải Long: fieldwork, nine opportunities


def wait_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Until no estimate or analysis is running in the background."""
    from auditdesk.ui.tasks import running_tasks

    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20_000)


def audit_id(window: MainWindow, title: str = PLATING_AUDIT) -> str:
    assert window.store is not None
    return window.store.audits.list("title = ?", (title,))[0].id


def open_tab(window: MainWindow, name: str, title: str = PLATING_AUDIT):  # type: ignore[no-untyped-def]
    """Show the audit ``title`` and its tab ``name``; returns the tab's widget."""
    assert window.navigator.select("audit", audit_id(window, title))
    page = window.page
    assert page is not None and page.show_tab(name)
    widget = page.tab_widget(name)
    assert widget is not None
    return widget


def undo(window: MainWindow) -> None:
    assert window.undo.undo_action.isEnabled()
    window.undo.undo_action.trigger()


def redo(window: MainWindow) -> None:
    assert window.undo.redo_action.isEnabled()
    window.undo.redo_action.trigger()


def drive_dialog(monkeypatch: pytest.MonkeyPatch, qtbot,  # type: ignore[no-untyped-def]
                 steps: Callable[[EntityDialog], None]) -> None:
    """Replace the modal exec() of entity dialogs by ``steps``, then click Save."""

    def fake_exec(dialog: EntityDialog) -> int:
        steps(dialog)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EntityDialog, "exec", fake_exec)


def set_text(dialog: EntityDialog, field: str, text: str) -> None:
    editor = dialog.form.rows[field].editor
    editor.clear()
    editor.insert(text)
