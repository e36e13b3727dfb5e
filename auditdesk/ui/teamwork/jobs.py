"""Keep track of the background tasks a window or dialog started, so it can
wait for them before it goes away (a task's callbacks touch its widgets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QThread

from auditdesk.ui.tasks import Task


class Jobs:
    """The unfinished tasks of one owner."""

    def __init__(self) -> None:
        self._pending: set[Task] = set()

    def start(self, task: Task) -> Task:
        self._pending.add(task)
        task.finished.connect(lambda: self._pending.discard(task))
        return task.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Run the event loop until every task finished (True) or the time is up."""
        clock = QElapsedTimer()
        clock.start()
        while self._pending and clock.elapsed() < timeout_ms:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if self._pending:
                QThread.msleep(5)
        return not self._pending
