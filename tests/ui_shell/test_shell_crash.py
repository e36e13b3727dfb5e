"""Our bugs: a dialog that says what to do, a log in the user's data folder, and the
open database still open and usable."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer

from auditdesk import model, paths
from auditdesk.ui import app
from auditdesk.ui.main_window import MainWindow


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_reported_and_the_audit_stays_open(
        window: MainWindow, qtbot, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("AUDITDESK_NO_CRASH_DIALOG", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app.install_excepthook()
    store = window.store
    page_before = window.navigator.current()

    def broken_slot() -> None:
        raise RuntimeError("boom in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=5000)

    _title, text = messages.shown[-1]
    log = app.log_file()
    assert str(log) in text  # where the log is
    assert "safe" in text and "saved" in text  # the data is safe
    assert "send the log file" in text  # how to report
    assert log.is_relative_to(paths.data_dir())  # in the user's data folder
    logged = log.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in logged and "broken_slot" in logged

    assert window.store is store and store.conn is not None  # still open, still usable
    assert window.navigator.current() == page_before
    park = store.parks.create(model.Park(name="KCN after the error"))
    assert store.parks.get(park.id).name == "KCN after the error"


@pytest.mark.qt_no_exception_capture
def test_an_error_while_the_crash_dialog_shows_is_only_logged(
        window: MainWindow, qtbot, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("AUDITDESK_NO_CRASH_DIALOG", raising=False)
    shown: list[str] = []

    def show_and_fail_again(parent, icon, title, text, details="") -> None:  # type: ignore[no-untyped-def]
        shown.append(text)
        try:
            raise ValueError("second error")
        except ValueError:
            app.report_exception(*sys.exc_info())

    from auditdesk.ui import messages as module

    monkeypatch.setattr(module, "SHOW", show_and_fail_again)
    try:
        raise KeyError("first error")
    except KeyError:
        app.report_exception(*sys.exc_info())
    assert len(shown) == 1
    assert "second error" in app.log_file().read_text(encoding="utf-8")


def test_the_log_rolls_over_and_a_missing_log_folder_does_not_hide_the_error(
        monkeypatch, messages, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("AUDITDESK_NO_CRASH_DIALOG", raising=False)
    monkeypatch.setattr(app, "LOG_MAX_BYTES", 10)
    log = app.log_file()
    log.write_text("x" * 100, encoding="utf-8")
    try:
        raise RuntimeError("after a big log")
    except RuntimeError:
        app.report_exception(*sys.exc_info())
    assert log.with_name("auditdesk.log.1").exists()
    assert "after a big log" in log.read_text(encoding="utf-8")

    def no_folder() -> None:
        raise PermissionError("no log folder")

    monkeypatch.setattr(app, "log_file", no_folder)
    try:
        raise RuntimeError("no log")
    except RuntimeError:
        app.report_exception(*sys.exc_info())
    assert "could not be written" in messages.shown[-1][1]
