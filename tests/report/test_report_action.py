"""File → Audit report (PDF)…: asks language and file, writes in the background, cancels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from report_helpers import pdf_text

from auditdesk.ui import report_action
from auditdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_db: Path, messages: Any, no_running_tasks: None
           ) -> Iterator[MainWindow]:
    from auditdesk import settings
    from auditdesk.ui.app import create_app

    settings.save(settings.Settings(language="en", user_name="Trần Thị Mai"))
    create_app()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(demo_db)
    yield win
    win.close()


def _choose(monkeypatch: pytest.MonkeyPatch, lang: str, path: Path) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def ask(parent: object, store: object, audit_id: str, current: str) -> tuple[str, Path]:
        asked.append((audit_id, current))
        return lang, path

    monkeypatch.setattr(report_action, "ask_options", ask)
    return asked


def test_the_action_writes_the_selected_audit_in_the_chosen_language(
        window: MainWindow, qtbot: QtBot, messages: Any, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    action = window.report_action.action
    assert action is not None and action.objectName() == "actAuditReport"
    assert action in window.menuBar().actions()[0].menu().actions()
    kind, audit_id = window.navigator.current()
    assert kind == "audit" and action.isEnabled()
    out = tmp_path / "báo cáo.pdf"
    asked = _choose(monkeypatch, "vi", out)
    action.trigger()
    assert not action.isEnabled()  # one report at a time
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=60_000)
    assert asked == [(audit_id, "en")]
    assert "Wrote the audit report" in messages.shown[-1][1] and str(out) in messages.shown[-1][1]
    title = window.store.audits.get(audit_id).title
    text = pdf_text(out)
    assert "BÁO CÁO KIỂM TOÁN NĂNG LƯỢNG" in text and title in text
    qtbot.waitUntil(lambda: window.report_action.task is None, timeout=10_000)
    assert action.isEnabled()


def test_a_cancelled_report_writes_nothing(window: MainWindow, qtbot: QtBot, messages: Any,
                                           monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    _choose(monkeypatch, "en", out)
    window.report_action.action.trigger()  # type: ignore[union-attr]
    task = window.report_action.task
    assert task is not None
    task.cancel()
    qtbot.waitUntil(lambda: window.report_action.task is None, timeout=60_000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert not messages.shown and list(tmp_path.glob("*.pdf")) == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report.pdf")]


def test_the_action_needs_an_audit(window: MainWindow) -> None:
    park = window.navigator.first("park")
    assert park is not None and window.navigator.select(*park)
    assert not window.report_action.action.isEnabled()  # type: ignore[union-attr]


def test_a_write_error_is_shown_calmly(window: MainWindow, qtbot: QtBot, messages: Any,
                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _choose(monkeypatch, "en", tmp_path / "no-such-folder" / "report.pdf")
    window.report_action.action.trigger()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=60_000)
    assert "does not exist" in messages.shown[-1][1]
