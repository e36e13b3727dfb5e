"""The meters core imports no Qt, and no pandas or openpyxl until a file needs them."""

from __future__ import annotations

import json
import subprocess
import sys

MODULES = [
    "auditdesk.calc.consumption",
    "auditdesk.calc.baseline",
    "auditdesk.calc.production_model",
    "auditdesk.exchange.readings_import",
    "auditdesk.exchange.production_import",
]


def test_meters_core_imports_neither_qt_nor_pandas_nor_openpyxl() -> None:
    code = (
        "import json, sys\n"
        + "".join(f"import {name}\n" for name in MODULES)
        + "print(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    loaded = {name.split(".")[0] for name in json.loads(result.stdout)}
    assert not loaded & {"PySide6", "shiboken6", "pandas", "openpyxl", "pint"}
