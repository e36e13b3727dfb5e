"""Helpers of the walk-through test: drive the real widgets as a user would.

* ``Modal`` answers the next modal dialog once it is on screen (a ``QTimer``
  polls ``QApplication.activeModalWidget()``), so ``exec()`` runs for real;
* ``FileChooser`` stands for the user picking a file in a file dialog (the
  only thing replaced: ``QFileDialog``'s static functions);
* ``type_text`` types ASCII with key events and other text the way an input
  method (Vietnamese Telex/VNI) commits it;
* ``menu_action`` finds an action in the window's menus by object name after
  "opening" its menu (``aboutToShow``), as the user sees it;
* small readers for the workbook's table sheets.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

# --- typing and clicking ---------------------------------------------------------------


def type_text(qtbot: Any, widget: QWidget, text: str, clear: bool = True) -> None:
    """Type ``text`` into a line edit or text box that has the focus.

    ASCII goes through key events; anything else is committed as an input method
    commits a Vietnamese word (QTest cannot synthesise non-Latin-1 key events)."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    if clear and isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    chunk = ""
    for char in text:
        if char.isascii():
            chunk += char
            continue
        if chunk:
            qtbot.keyClicks(widget, chunk)
            chunk = ""
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)
    if chunk:
        qtbot.keyClicks(widget, chunk)


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, data: Any) -> None:
    """Pick the entry with ``data`` as from the combo's popup (``activated`` fires)."""
    assert combo.isEnabled(), f"{combo.objectName()} is disabled"
    index = combo.findData(data)
    assert index >= 0, f"{combo.objectName()} has no entry {data!r}: " + ", ".join(
        str(combo.itemData(i)) for i in range(combo.count()))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click_index(qtbot: Any, view: QAbstractItemView, index: QModelIndex,
                double: bool = False) -> None:
    """Click (or double-click) the cell at ``index`` of ``view``."""
    assert index.isValid()
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    if double:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def click_row_where(qtbot: Any, view: QAbstractItemView, column: int, text: str) -> int:
    """Click the first row whose ``column`` shows text containing ``text``; its row."""
    model = view.model()
    for row in range(model.rowCount()):
        shown = str(model.index(row, column).data() or "")
        if text in shown:
            click_index(qtbot, view, model.index(row, column))
            return row
    shown = [str(model.index(r, column).data()) for r in range(model.rowCount())]
    raise AssertionError(f"no row shows {text!r} in column {column}: {shown}")


def click_tab(qtbot: Any, tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def dialog_button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> Any:
    for box in dialog.findChildren(QDialogButtonBox):
        button = box.button(which)
        if button is not None:
            return button
    raise AssertionError(f"{dialog.objectName()} has no {which} button")


def menu_action(window: QMainWindow, name: str) -> QAction:
    """The action ``name`` as the user finds it: in a menu of the menu bar, enabled once
    that menu has been opened (menus update some actions in ``aboutToShow``)."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.objectName() == name:
                assert action.isVisible(), f"{name} is hidden"
                assert action.isEnabled(), f"{name} is disabled in the {top.text()} menu"
                return action
    raise AssertionError(f"no menu holds the action {name}")


# --- modal dialogs -----------------------------------------------------------------------


@dataclass
class Answer:
    """One expected dialog: what to do with it, and what happened."""

    match: str | type
    act: Callable[[QDialog], None]
    seen: QDialog | None = None
    error: BaseException | None = None
    left_open: str = ""
    window: QWidget | None = None  # the window under the dialog

    def check(self) -> QDialog:
        if self.error is not None:
            raise self.error
        assert self.seen is not None, f"the dialog {self.match} was never shown"
        assert not self.left_open, f"the dialog {self.match} stayed open: {self.left_open}"
        # A window manager gives the focus back to the window under a closed dialog; the
        # offscreen platform does not, so do it here (focus matters to what is saved when).
        if self.window is not None and QApplication.activeWindow() is not self.window:
            self.window.activateWindow()
            QApplication.processEvents()
        return self.seen


@dataclass
class Modal:
    """Answers modal dialogs as they appear, in the order expected."""

    timeout_s: float = 10.0
    answers: list[Answer] = field(default_factory=list)

    def expect(self, match: str | type, act: Callable[[QDialog], None]) -> Answer:
        """Act on the next modal dialog whose object name (or class) is ``match``.

        ``act`` must close it (OK, Save …). A dialog left open afterwards is rejected
        so the test cannot hang, and ``Answer.check`` fails with its visible errors."""
        answer = Answer(match, act)
        self.answers.append(answer)
        deadline = time.monotonic() + self.timeout_s

        def matches(widget: QWidget | None) -> bool:
            if not isinstance(widget, QDialog) or not widget.isVisible():
                return False
            if isinstance(match, str):
                return widget.objectName() == match
            return isinstance(widget, match)

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if matches(widget):
                assert isinstance(widget, QDialog)
                answer.seen = widget
                parent = widget.parentWidget()
                answer.window = parent.window() if parent is not None else None
                try:
                    act(widget)
                except BaseException as exc:  # noqa: BLE001 - re-raised by check()
                    answer.error = exc
                if widget.isVisible():
                    errors = [w.text() for w in widget.findChildren(QWidget)
                              if w.objectName().startswith("error_") and w.isVisible()
                              and hasattr(w, "text")]
                    answer.left_open = "; ".join(errors) or "(no error shown)"
                    widget.reject()
                return
            if time.monotonic() > deadline:
                other = QApplication.activeModalWidget()
                answer.error = AssertionError(
                    f"the dialog {match} did not appear (active modal: "
                    f"{other.objectName() if other else None})")
                if isinstance(other, QDialog):
                    other.reject()
                return
            QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        return answer


# --- file dialogs ------------------------------------------------------------------------


@dataclass
class FileChooser:
    """Stands for the user choosing files in ``QFileDialog``: queued answers, recorded
    questions (title, suggested name)."""

    save_paths: list[Path] = field(default_factory=list)
    open_paths: list[list[Path]] = field(default_factory=list)
    asked: list[tuple[str, str, str]] = field(default_factory=list)  # kind, title, suggested

    def install(self, monkeypatch: Any) -> None:
        from PySide6.QtWidgets import QFileDialog

        def get_save(parent: Any, title: str = "", suggested: str = "", filters: str = "",
                     *args: Any, **kwargs: Any) -> tuple[str, str]:
            self.asked.append(("save", title, suggested))
            assert self.save_paths, f"unexpected save dialog {title!r}"
            return str(self.save_paths.pop(0)), filters

        def get_open_many(parent: Any, title: str = "", folder: str = "", filters: str = "",
                          *args: Any, **kwargs: Any) -> tuple[list[str], str]:
            self.asked.append(("open", title, folder))
            assert self.open_paths, f"unexpected open dialog {title!r}"
            return [str(p) for p in self.open_paths.pop(0)], filters

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open_many))


# --- the workbook ------------------------------------------------------------------------


def sheet_table(path: Path, sheet: str) -> list[dict[str, Any]]:
    """Data rows of a table sheet keyed by the English header (see WORKBOOK.md)."""
    import openpyxl

    from auditdesk.exchange.workbook import contract as c

    header_row = c.TITLED_HEADER_ROW if sheet in (c.COVER, c.SUMMARY) else c.HEADER_ROW
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        rows = [tuple(r) for r in book[sheet].iter_rows(values_only=True)]
    finally:
        book.close()
    headers = rows[header_row]
    table = []
    for row in rows[header_row + 1:]:
        if not any(v not in (None, "") for v in row):
            break
        table.append({h: v for h, v in zip(headers, row, strict=False) if h})
    return table
