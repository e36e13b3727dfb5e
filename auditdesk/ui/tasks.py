"""One helper for all background work (modelled on Anki's CollectionOp).

    Task(parent, work).with_progress(label).on_success(cb).on_failure(cb).start()

``work(report)`` runs on a worker thread and must touch no widget; it may call
``report(done, total, text)`` which raises ``Cancelled`` once the user pressed
Cancel. Callbacks run on the GUI thread. The progress dialog appears only
after ``PROGRESS_DELAY_MS`` so quick jobs do not flash a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore  # QtCore.Qt read when used: see ui/lazy_qt.py
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 600

Report = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside work when the user cancelled."""


class _Signals(QObject):
    progress = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object, str)  # exception, formatted traceback


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Report], Any], signals: _Signals,
                 cancelled: Callable[[], bool]) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancelled = cancelled

    def run(self) -> None:
        def report(done: int, total: int, text: str = "") -> None:
            if self.cancelled():
                raise Cancelled()
            self.signals.progress.emit(done, total, text)

        try:
            result = self.work(report)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            import traceback  # here: not on the start path

            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


class Task(QObject):
    """A unit of background work with optional progress dialog and cancel."""

    finished = Signal()  # emitted after success, failure or cancel callbacks ran

    _running: set["Task"] = set()  # keeps tasks alive until they finish

    def __init__(self, parent: QWidget | None, work: Callable[[Report], Any]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._work = work
        self._label = ""
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException, str], None] | None = None
        self._cancelled_cb: Callable[[], None] | None = None
        self._cancel_requested = False
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._signals = _Signals()

    def with_progress(self, label: str) -> "Task":
        self._label = label
        return self

    def on_success(self, callback: Callable[[Any], None]) -> "Task":
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException, str], None]) -> "Task":
        self._failure = callback
        return self

    def on_cancel(self, callback: Callable[[], None]) -> "Task":
        self._cancelled_cb = callback
        return self

    def cancel(self) -> None:
        self._cancel_requested = True

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._dialog

    def start(self) -> "Task":
        Task._running.add(self)
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self._signals.progress.connect(self.on_worker_progress, queued)
        self._signals.succeeded.connect(self.on_worker_succeeded, queued)
        self._signals.failed.connect(self.on_worker_failed, queued)
        if self._label:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self.on_timer_show_progress)
            self._timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(
            _Runnable(self._work, self._signals, lambda: self._cancel_requested))
        return self

    @Slot()
    def on_timer_show_progress(self) -> None:
        dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._dialog = dialog

    @Slot(int, int, str)
    def on_worker_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if text:
                self._dialog.setLabelText(text)

    def _finish(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        Task._running.discard(self)

    @Slot(object)
    def on_worker_succeeded(self, result: Any) -> None:
        self._finish()
        if self._success is not None:
            self._success(result)
        self.finished.emit()

    @Slot(object, str)
    def on_worker_failed(self, exc: BaseException, trace: str) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            if self._cancelled_cb is not None:
                self._cancelled_cb()
        elif self._failure is not None:
            self._failure(exc, trace)
        else:
            from auditdesk.ui import app

            app.report_exception(type(exc), exc, exc.__traceback__, trace)
        self.finished.emit()


def running_tasks() -> int:
    """How many tasks have not finished (tests assert 0 at teardown)."""
    return len(Task._running)
