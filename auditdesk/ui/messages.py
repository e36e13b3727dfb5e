"""Every message box goes through here, so tests and headless runs can silence
or answer them by monkeypatching ``messages.ASK`` / ``messages.SHOW``.

Two kinds of error (STYLE.md): the environment's (a locked file, a newer
database, a broken spreadsheet) get ``warn`` with what to do; our bugs go to
``crash`` via the exception hook in app.py (log file + dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # QMessageBox is imported when a box is shown (start-up cost)
    from PySide6.QtWidgets import QWidget

# Icons by name, so callers and the SHOW hook need not import QMessageBox.
INFO, WARNING, CRITICAL = "info", "warning", "critical"


def _show(parent: "QWidget | None", icon: str, title: str, text: str, details: str = "") -> None:
    from PySide6.QtWidgets import QMessageBox

    icons = {INFO: QMessageBox.Icon.Information, WARNING: QMessageBox.Icon.Warning,
             CRITICAL: QMessageBox.Icon.Critical}
    box = QMessageBox(icons[icon], title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def _ask(parent: "QWidget | None", title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


# Tests replace these two.
SHOW: Callable[[Any, str, str, str, str], None] = _show
ASK: Callable[[Any, str, str], bool] = _ask


def info(parent: "QWidget | None", text: str, title: str = "") -> None:
    SHOW(parent, INFO, title or QCoreApplication.translate("Messages", "AuditDesk"), text, "")


def warn(parent: "QWidget | None", text: str, title: str = "", details: str = "") -> None:
    SHOW(parent, WARNING, title or QCoreApplication.translate("Messages", "AuditDesk"), text, details)


def error(parent: "QWidget | None", text: str, title: str = "", details: str = "") -> None:
    SHOW(parent, CRITICAL, title or QCoreApplication.translate("Messages", "AuditDesk"), text, details)


def confirm(parent: "QWidget | None", text: str, title: str = "") -> bool:
    return ASK(parent, title or QCoreApplication.translate("Messages", "AuditDesk"), text)
