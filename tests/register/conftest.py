"""Fixtures for the register's GUI tests: the plating audit of the demo in a shown tab."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from register_helpers import audit_id_of, wait_idle

from auditdesk.store import Store


@pytest.fixture
def register(qtbot, demo_store: Store, messages, no_running_tasks) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.register.register_tab import RegisterTab

    settings.save(settings.Settings(language="en", user_name="Trần Thị Mai"))
    create_app()
    tab = RegisterTab(demo_store, audit_id_of(demo_store))
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    wait_idle(qtbot)
    yield tab
    tab.editor.flush()
    wait_idle(qtbot)
