"""The review package: a Qt-free core, and its three tabs on every audit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_the_review_core_imports_no_qt() -> None:
    code = ("import json, sys\nimport auditdesk.review.lifecycle, auditdesk.review.signoff, "
            "auditdesk.review.comments, auditdesk.review.history, auditdesk.review.mv, "
            "auditdesk.review.summary, auditdesk.review.demo, auditdesk.commands.summary\n"
            "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    assert not {m for m in json.loads(out) if m.startswith(("PySide6", "shiboken6"))}


def test_the_tabs_are_on_every_audit(qtbot, demo_db: Path, messages, no_running_tasks) -> None:  # type: ignore[no-untyped-def]
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.main_window import MainWindow
    from auditdesk.ui.review.followup_tab import FollowUpTab
    from auditdesk.ui.review.history_view import HistoryView
    from auditdesk.ui.review.review_tab import ReviewTab

    settings.save(settings.Settings(language="en", role="reviewer"))
    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(demo_db)
    for name, kind in (("review", ReviewTab), ("followup", FollowUpTab),
                       ("history", HistoryView)):
        assert window.show_view(name)
        assert isinstance(window.page.tab_widget(name), kind)
    from auditdesk.ui.tasks import running_tasks

    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    window.close()
