"""The workbook code is core: no Qt, and nothing heavy until a workbook is written or read."""

from __future__ import annotations

import json
import subprocess
import sys

MODULES = ["auditdesk.exchange.workbook", "auditdesk.exchange.workbook.audit_writer",
           "auditdesk.exchange.workbook.reader", "auditdesk.exchange.workbook.import_apply",
           "auditdesk.exchange.workbook.import_checks",
           "auditdesk.exchange.workbook.rollup_writer",
           "auditdesk.exchange.workbook.rollup_metrics", "auditdesk.commands.export_workbook",
           "auditdesk.commands.import_workbook", "auditdesk.commands.rollup"]


def _loaded(imports: list[str]) -> set[str]:
    code = ("import json, sys\n" + "".join(f"import {m}\n" for m in imports)
            + "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    return {m.split(".")[0] for m in json.loads(out)}


def test_the_workbook_core_never_imports_qt() -> None:
    assert not {"PySide6", "shiboken6"} & _loaded(MODULES)


def test_importing_the_package_loads_no_spreadsheet_library() -> None:
    """The main window's menu imports the controller at start-up; the writer and reader
    libraries load when a workbook is first written or read."""
    loaded = _loaded(["auditdesk.exchange.workbook", "auditdesk.ui.deliverables.controller"])
    assert not {"xlsxwriter", "openpyxl", "numpy", "matplotlib", "pandas"} & loaded
