"""Start-up: process start → main window shown on the demo database, as a ratio
against a bare PySide6 QMainWindow started the same way in the same run.

    python bench/bench_startup.py [--runs 7]

Both are whole processes (python -c / python -m), offscreen, timed from just
before the process is spawned to the moment the first event-loop turn after
show() prints a timestamp. Medians of interleaved runs. Target: ratio ≤ 1.5.
"""

from __future__ import annotations

import argparse
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


def _run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("SHOWN "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no SHOWN line from {cmd}: {out.stderr[-2000:]}")


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
        app_cmd = [sys.executable, "-m", "auditdesk", "gui", "--db", str(db)]
        floor_cmd = [sys.executable, "-c", FLOOR]
        _run(app_cmd, env), _run(floor_cmd, env)  # warm the OS file cache
        floor, app = [], []
        for _ in range(args.runs):
            floor.append(_run(floor_cmd, env))
            app.append(_run(app_cmd, env))
    f, a = statistics.median(floor), statistics.median(app)
    print(f"floor (bare QMainWindow): median {f:.3f} s  runs {[round(x, 3) for x in floor]}")
    print(f"AuditDesk on demo db:     median {a:.3f} s  runs {[round(x, 3) for x in app]}")
    print(f"ratio: {a / f:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
