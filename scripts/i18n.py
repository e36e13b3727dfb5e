"""Translation pipeline: Python sources → .ts (Qt Linguist) → .qm.

    python scripts/i18n.py update   # extract strings, merge pending JSON, compile .qm
    python scripts/i18n.py check    # list messages without a Vietnamese translation

Translations are written in ``resources/i18n/auditdesk_vi.ts`` (open it with Qt
Linguist, or drop ``{"Context": {"English": "Tiếng Việt"}}`` JSON files into
``resources/i18n/pending/``; ``update`` merges them and removes what it applied).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "auditdesk_vi.ts"
QM = TS.with_suffix(".qm")
CORE = TS.with_suffix(".json")  # the same catalogue for auditdesk.i18n (core, CLI)
PENDING = ROOT / "resources" / "i18n" / "pending"


def tool(name: str) -> str:
    """Path of pyside6-lupdate / pyside6-lrelease next to this interpreter."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    if candidate.exists():
        return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found (install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "auditdesk").rglob("*.py"))


def extract(ts: Path) -> None:
    subprocess.run([tool("lupdate"), *sources(), "-locations", "none", "-no-obsolete",
                    "-source-language", "en", "-target-language", "vi", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def compile_core(ts: Path, target: Path) -> None:
    """The catalogue as JSON for the core's translate(): written to a temporary
    file and renamed into place."""
    sys.path.insert(0, str(ROOT))
    from auditdesk.i18n import compiled_catalogue

    tmp = target.with_suffix(".json.tmp")
    tmp.write_text(compiled_catalogue(ts), encoding="utf-8")
    tmp.replace(target)


def merge_pending(ts: Path) -> int:
    """Fill translations from pending JSON files; returns how many were set.

    Entries that found their message are removed from the JSON files (the .ts
    now holds them); entries whose source text is not extracted yet stay.
    """
    table: dict[tuple[str, str], str] = {}
    files = sorted(PENDING.glob("*.json")) if PENDING.exists() else []
    for path in files:
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, target in messages.items():
                table[(context, source)] = target
    if not table:
        return 0
    applied: set[tuple[str, str]] = set()
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            node = message.find("translation")
            if key in table and node is not None:
                node.text = table[key]
                node.attrib.pop("type", None)
                applied.add(key)
                count += 1
    write_ts(tree, ts)
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        left = {ctx: {src: dst for src, dst in msgs.items() if (ctx, src) not in applied}
                for ctx, msgs in data.items()}
        left = {ctx: msgs for ctx, msgs in left.items() if msgs}
        if left:
            path.write_text(json.dumps(left, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
        else:
            path.unlink()
    return count


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished" or not (node.text or "").strip():
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        extract(TS)
        merged = merge_pending(TS)
        extract(TS)  # normalise formatting the way lupdate writes it
        compile_qm(TS, QM)
        compile_core(TS, CORE)
        missing = unfinished(TS)
        print(f"merged {merged} pending translations; {len(missing)} unfinished")
        for context, source in missing:
            print(f"  [{context}] {source}")
        return 0
    if command == "check":
        missing = unfinished(TS)
        for context, source in missing:
            print(f"[{context}] {source}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
