"""Every message of the checklist code has a Vietnamese translation waiting or in place."""

from __future__ import annotations

import ast
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from auditdesk import paths

PACKAGE = Path(__file__).resolve().parents[2] / "auditdesk" / "checklist"


def checklist_messages() -> set[str]:
    """English texts of the ``translate("Checklist", "...")`` calls in the package."""
    found: set[str] = set()
    for module in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
                    and len(node.args) == 2
                    and all(isinstance(a, ast.Constant) for a in node.args)
                    and node.args[0].value == "Checklist"):  # type: ignore[attr-defined]
                found.add(node.args[1].value)  # type: ignore[attr-defined]
    return found


def vietnamese_translations() -> dict[str, str]:
    table: dict[str, str] = {}
    catalogue = paths.resource("i18n", "auditdesk_vi.ts")
    if catalogue.exists():
        for context in ET.parse(catalogue).getroot().iter("context"):
            if context.findtext("name") != "Checklist":
                continue
            for message in context.iter("message"):
                node = message.find("translation")
                if node is not None and node.text and node.get("type") != "unfinished":
                    table[message.findtext("source") or ""] = node.text
    pending = paths.resource("i18n", "pending", "checklist_core.json")
    if pending.exists():
        table.update(json.loads(pending.read_text(encoding="utf-8")).get("Checklist", {}))
    return table


def test_messages_are_found() -> None:
    messages = checklist_messages()
    assert len(messages) > 50
    assert "Conditions form a cycle: %1." in messages


def test_every_message_has_a_vietnamese_translation() -> None:
    translations = vietnamese_translations()
    missing = sorted(m for m in checklist_messages() if not translations.get(m, "").strip())
    assert missing == []


def test_translations_keep_the_placeholders() -> None:
    translations = vietnamese_translations()
    for source in checklist_messages():
        target = translations.get(source, "")
        for number in range(1, 4):
            assert (f"%{number}" in source) == (f"%{number}" in target), (source, target)
