"""Test setup: headless Qt, a private AUDITDESK_HOME per test, silenced message boxes.

GUI tests (those using ``qtbot``) are marked ``gui`` automatically, so the
core suite runs alone with ``pytest -m "not gui"``. Qt warnings fail tests
(``qt_log_level_fail`` in pyproject.toml).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["AUDITDESK_NO_CRASH_DIALOG"] = "1"
os.environ.setdefault("AUDITDESK_USER", "tester")

import pytest  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def auditdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user folder: data, config and logs live in tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("AUDITDESK_HOME", str(home))
    from auditdesk import i18n

    i18n.set_language("en")
    yield home
    i18n.set_language("vi")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per session (tests get copies)."""
    from auditdesk.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.auditdesk.sqlite"
    write_demo(path)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.auditdesk.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from auditdesk.store import Store

    s = Store(tmp_path / "test.auditdesk.sqlite", user="tester")
    yield s
    s.close()


@pytest.fixture
def demo_store(demo_db: Path):  # type: ignore[no-untyped-def]
    from auditdesk.store import Store

    s = Store(demo_db, user="tester")
    yield s
    s.close()


class MessageRecorder:
    """Stands in for every message box: records them, answers questions."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []  # (title, text)
        self.asked: list[str] = []
        self.answer = True

    def show(self, parent, icon, title, text, details="") -> None:  # type: ignore[no-untyped-def]
        self.shown.append((title, text))

    def ask(self, parent, title, text) -> bool:  # type: ignore[no-untyped-def]
        self.asked.append(text)
        return self.answer


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageRecorder:
    recorder = MessageRecorder()
    from auditdesk.ui import messages as module

    monkeypatch.setattr(module, "SHOW", recorder.show)
    monkeypatch.setattr(module, "ASK", recorder.ask)
    return recorder


@pytest.fixture
def no_running_tasks():  # type: ignore[no-untyped-def]
    """Fail a GUI test that leaves background work running."""
    yield
    from auditdesk.ui.tasks import running_tasks

    assert running_tasks() == 0, "a background task was left running"
