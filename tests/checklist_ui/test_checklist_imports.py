"""The checklist's core stays free of Qt, and its tab costs nothing at start-up."""

from __future__ import annotations

import json
import subprocess
import sys


def _modules_after(imports: list[str]) -> set[str]:
    code = ("import json, sys\n" + "".join(f"import {m}\n" for m in imports)
            + "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    return set(json.loads(out))


def test_checklist_store_demo_and_cli_never_import_qt() -> None:
    loaded = _modules_after(["auditdesk.store.checklists", "auditdesk.store.attachments",
                             "auditdesk.demo_checklist", "auditdesk.commands.template"])
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_registering_the_tab_loads_none_of_the_checklist() -> None:
    loaded = _modules_after(["auditdesk.ui.checklist"])
    assert "auditdesk.ui.pages.audit_page" in loaded
    heavy = {"auditdesk.checklist.template", "auditdesk.store.checklists", "yaml", "pint",
             "auditdesk.ui.checklist.view", "auditdesk.model.entities", "sqlite_utils"}
    assert not heavy & loaded
