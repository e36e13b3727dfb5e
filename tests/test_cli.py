"""The command line: version, demo, screenshot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from auditdesk import __version__
from auditdesk.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_command_writes_a_database(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "demo.sqlite"
    assert main(["demo", str(target)]) == 0
    assert target.exists()
    assert main(["demo", str(target)]) == 1  # refuses to overwrite
    assert "--force" in capsys.readouterr().err
    assert main(["demo", str(target), "--force"]) == 0


def test_screenshot_command_renders_a_png(demo_db: Path, tmp_path: Path) -> None:
    """Run as a separate process, exactly as a user would."""
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "auditdesk", "screenshot", "--db", str(demo_db), "-o", str(out),
         "--lang", "vi"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    bad = subprocess.run(
        [sys.executable, "-m", "auditdesk", "screenshot", "--db", str(demo_db), "-o", str(out),
         "--view", "no-such-view"], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "no-such-view" in bad.stderr


def test_screenshot_refuses_a_missing_database(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "auditdesk", "screenshot", "--db", str(tmp_path / "none.sqlite"),
         "-o", str(tmp_path / "x.png")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert not (tmp_path / "x.png").exists()
