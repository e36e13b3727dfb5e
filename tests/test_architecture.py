"""Architecture rules that must not erode: a Qt-free core, a light start path."""

from __future__ import annotations

import json
import subprocess
import sys

CORE = ["auditdesk.model", "auditdesk.store", "auditdesk.store.queries", "auditdesk.calc",
        "auditdesk.calc.estimator", "auditdesk.calc.engine", "auditdesk.i18n",
        "auditdesk.settings", "auditdesk.demo", "auditdesk.cli", "auditdesk.checklist.logic",
        "auditdesk.checklist.template"]


def _modules_after(imports: list[str]) -> set[str]:
    code = ("import json, sys\n" + "".join(f"import {m}\n" for m in imports)
            + "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    return set(json.loads(out))


def test_core_packages_never_import_qt() -> None:
    loaded = _modules_after(CORE + ["auditdesk.exchange"] if _has("auditdesk.exchange") else CORE)
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_start_path_does_not_import_heavy_libraries() -> None:
    """The first window needs none of pandas, numpy, matplotlib, openpyxl, pint,
    sqlite_utils (MEASURED.md: each costs 0.2–0.9 s)."""
    loaded = _modules_after(["auditdesk.ui.main_window", "auditdesk.ui.app",
                             "auditdesk.store.queries", "auditdesk.commands.gui"])
    heavy = {"pandas", "numpy", "matplotlib", "openpyxl", "pint", "sqlite_utils", "xlsxwriter",
             "dataclasses"}  # ~7 ms with the classes built; start-path rows are NamedTuples
    assert not heavy & {m.split(".")[0] for m in loaded}


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def test_first_window_does_not_build_the_entity_dataclasses() -> None:
    """Navigator and overview read through store.queries; the managers and the
    model's dataclasses load on the first edit."""
    loaded = _modules_after(["auditdesk.ui.main_window", "auditdesk.ui.pages.audit_page",
                             "auditdesk.commands.gui"])
    assert "auditdesk.model.entities" not in loaded
    assert "auditdesk.store.managers" not in loaded
