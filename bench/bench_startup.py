"""Start-up: process start → main window shown on the demo database, as a ratio
against a bare PySide6 QMainWindow started the same way in the same run.

    python bench/bench_startup.py [--runs 7]

Both are whole processes (python -c / python -m), offscreen, timed from just
before the process is spawned to the first event-loop turn after show()
(SHOWN: the window is up with its menus, toolbar and every controller, and the
database's navigator tree). AuditDesk then builds the selected audit's overview
in the next turn; READY is when that is done, reported beside it. Two ways in:
``auditdesk`` with no arguments (what the desktop launcher runs: the most recent
database) and ``auditdesk gui --db PATH`` (the command line parsed first).
Medians of interleaved runs. Target: SHOWN ratio ≤ 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
def done():
    print(f"SHOWN {time.time():.6f}", flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to SHOWN, seconds to READY — or SHOWN when there is no READY line)."""
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    marks = {line.split()[0]: float(line.split()[1]) - start
             for line in out.stdout.splitlines() if line.startswith(("SHOWN ", "READY "))}
    if "SHOWN" not in marks:
        raise RuntimeError(f"no SHOWN line from {cmd}: {out.stderr[-2000:]}")
    if "READY" in marks and "page=True" not in out.stdout:
        raise RuntimeError("the workspace page was not built")
    return marks["SHOWN"], marks.get("READY", marks["SHOWN"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "auditdesk")],
                   check=True)
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AUDITDESK_HOME": home,
               "AUDITDESK_STARTUP_PROBE": "1"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = Path(home) / "demo.sqlite"
        subprocess.run([sys.executable, "-m", "auditdesk", "demo", str(db)], env=env,
                       check=True, capture_output=True)
        # As a user starts it (no arguments: the most recent database), and with the
        # database named on the command line (argparse and the CLI's texts on top).
        settings_dir = Path(home) / "config"
        settings_dir.mkdir(parents=True, exist_ok=True)
        (settings_dir / "settings.json").write_text(
            json.dumps({"recent_files": [str(db.resolve())]}), encoding="utf-8")
        commands = {"auditdesk": [sys.executable, "-m", "auditdesk"],
                    "auditdesk gui --db": [sys.executable, "-m", "auditdesk", "gui", "--db",
                                           str(db)]}
        floor_cmd = [sys.executable, "-c", FLOOR]
        for cmd in (*commands.values(), floor_cmd):
            _run(cmd, env)  # warm the OS file cache
        floor: list[float] = []
        shown: dict[str, list[float]] = {name: [] for name in commands}
        ready: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            floor.append(_run(floor_cmd, env)[0])
            for name, cmd in commands.items():
                s, r = _run(cmd, env)
                shown[name].append(s)
                ready[name].append(r)
    f = statistics.median(floor)
    print(f"floor (bare QMainWindow):  median {f:.3f} s  runs {[round(x, 3) for x in floor]}")
    for name in commands:
        s, r = statistics.median(shown[name]), statistics.median(ready[name])
        print(f"{name}: window shown median {s:.3f} s, overview ready {r:.3f} s  "
              f"runs {[round(x, 3) for x in shown[name]]}")
        print(f"  ratio shown/floor: {s / f:.2f} (target <= 1.5); ready/floor: {r / f:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
