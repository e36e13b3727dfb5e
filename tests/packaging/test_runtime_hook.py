"""installer/pyi_rth_streams.py: a windowed frozen app gets writable stdout/stderr.

Windowed executables (AuditDesk.exe) start with ``sys.stdout``/``sys.stderr``
None; the crash handler writes the traceback to stderr after logging it.
"""

from __future__ import annotations

import subprocess
import sys

from packaging_helpers import INSTALLER

CODE = """
import runpy, sys
sys.stdout = None
sys.stderr = None
runpy.run_path(sys.argv[1])
sys.stderr.write("traceback text\\n")
print("anything")
sys.stderr.flush()
sys.__stdout__.write("OK\\n")
"""


def test_hook_replaces_missing_streams() -> None:
    result = subprocess.run([sys.executable, "-c", CODE, str(INSTALLER / "pyi_rth_streams.py")],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "OK\n"
    assert result.stderr == ""


def test_spec_uses_the_hook() -> None:
    spec = (INSTALLER / "auditdesk.spec").read_text(encoding="utf-8")
    assert '"pyi_rth_streams.py"' in spec
