"""The three tabs in the main window: named views, lazy and light to register, screenshots."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from auditdesk.ui.main_window import MainWindow


def test_registering_the_tabs_imports_nothing_heavy() -> None:
    code = "import json, sys\nimport auditdesk.ui.meters\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    loaded = {name.split(".")[0] for name in json.loads(out)}
    assert not loaded & {"numpy", "pandas", "matplotlib", "openpyxl", "sqlite_utils"}
    assert "auditdesk.ui.meters.baseline_tab" not in json.loads(out)


def test_views_by_name(qtbot, demo_db: Path, messages, no_running_tasks) -> None:  # type: ignore[no-untyped-def]
    from auditdesk import settings
    from auditdesk.ui.app import create_app

    settings.save(settings.Settings(language="en"))
    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_db)
    try:
        for name, object_name in (
            ("meters", "metersTab"),
            ("production", "productionTab"),
            ("baseline", "baselineTab"),
        ):
            assert window.show_view(name)
            page = window.page
            assert page is not None
            widget = page.tab_widget(name)
            assert widget is not None and widget.objectName() == object_name
            assert page.tabs.currentWidget() is widget
        meters = window.page.tab_widget("meters")  # type: ignore[union-attr]
        assert meters.model.rowCount() >= 3  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: not meters.grid.is_analysing(), timeout=60_000)  # type: ignore[union-attr]
    finally:
        window.close()


def test_screenshot_of_the_baseline_view(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "baseline.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "auditdesk",
            "screenshot",
            "--db",
            str(demo_db),
            "--view",
            "baseline",
            "-o",
            str(out),
            "--lang",
            "vi",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 50_000
