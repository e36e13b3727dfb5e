"""Fixtures of the undo tests: the demo database in a shown main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from undo_helpers import wait_idle

from auditdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db: Path, messages, no_running_tasks) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from auditdesk import settings
    from auditdesk.ui.app import create_app

    settings.save(settings.Settings(language="en", user_name="Trần Thị Mai"))
    create_app()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(demo_db)
    yield win
    wait_idle(qtbot)
    win.close()
    wait_idle(qtbot)
