"""Vietnamese is complete beyond the extracted catalogue.

``test_i18n.py`` checks that every string lupdate extracts has a translation. These
tests cover the texts it cannot see: estimator specs (label/help in both languages),
checklist templates (YAML), reference-data labels, vocabularies, and a static scan of
the UI for literal texts handed to Qt text setters without ``tr()``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditdesk import i18n

ROOT = Path(__file__).resolve().parent.parent

# Texts that read the same in both languages (symbols, units, acronyms, proper names).
SAME_IN_BOTH = {
    "", "COP", "EER", "IRR", "NPV", "LED", "LPG", "RT", "kW", "kWh", "kW/RT", "GJ", "TOE",
    "tCO2e", "VND", "USD", "R²", "ΔT", "T5", "T8", "PLC", "pH", "COD", "BOD", "TSS", "VSD",
}


@pytest.fixture
def vietnamese() -> Iterator[None]:
    i18n.set_language("vi")
    try:
        yield
    finally:
        i18n.set_language("en")


def _has_letters(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", text))


# --- estimators ---------------------------------------------------------------

def _estimators() -> list:  # type: ignore[type-arg]
    from auditdesk.calc.estimator import REGISTRY, get

    get("custom")  # fills the registry
    return sorted(REGISTRY.values(), key=lambda e: e.id)


def test_every_estimator_speaks_vietnamese(vietnamese: None) -> None:
    missing: list[str] = []
    for est in _estimators():
        if not est.title_vi.strip() or est.title_vi == est.title_en:
            missing.append(f"{est.id}: title_vi")
        for spec in est.inputs:
            if not spec.label_vi.strip() or (spec.label_vi == spec.label_en
                                             and spec.label_en not in SAME_IN_BOTH):
                missing.append(f"{est.id}.{spec.name}: label_vi")
            if spec.help_en.strip() and not spec.help_vi.strip():
                missing.append(f"{est.id}.{spec.name}: help_vi")
        for out in est.outputs:
            if not out.label_vi.strip() or (out.label_vi == out.label_en
                                            and out.label_en not in SAME_IN_BOTH):
                missing.append(f"{est.id}.{out.name}: label_vi")
        texts = {"formula": est.formula, "source": est.source,
                 "example_source": est.example_source}
        texts.update({f"assumption {n}": a for n, a in enumerate(est.assumptions, 1)})
        for what, text in texts.items():
            if text and _has_letters(text) and i18n.translate("Estimator", text) == text:
                missing.append(f"{est.id}: {what} has no Vietnamese ({text[:50]}…)")
    assert not missing, "\n".join(missing)


def test_estimator_notes_are_marked_for_translation() -> None:
    """``notes.append("…")`` in an estimator must go through QT_TRANSLATE_NOOP."""
    bare: list[str] = []
    for path in sorted((ROOT / "auditdesk" / "calc" / "estimators").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "append" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "notes" and node.args
                    and isinstance(node.args[0], ast.Constant | ast.JoinedStr)):
                bare.append(f"{path.name}:{node.lineno}")
    assert not bare, bare


def test_estimator_texts_reach_the_report_in_vietnamese(vietnamese: None) -> None:
    from auditdesk.calc import reference
    from auditdesk.calc.engine import run_estimate

    report = run_estimate("led_retrofit", {}, reference.load_builtin())
    assert report.source.startswith("US DOE Industrial Assessment Centers, khuyến nghị")
    assert "ví dụ tính chi tiết" in report.example_source


# --- checklist templates -------------------------------------------------------

def test_every_template_text_has_vietnamese() -> None:
    from auditdesk.checklist.template import load_builtin_templates

    missing: list[str] = []
    templates = load_builtin_templates()
    assert templates
    for template in templates:
        if not template.name_vi.strip():
            missing.append(f"{template.code}: name_vi")
        if template.description_en.strip() and not template.description_vi.strip():
            missing.append(f"{template.code}: description_vi")
        for area in template.areas:
            if not area.name_vi.strip():
                missing.append(f"{template.code}/{area.code}: name_vi")
        for item in template.items:
            where = f"{template.code}/{item.code}"
            if not item.text_vi.strip():
                missing.append(f"{where}: text_vi")
            if item.help_en.strip() and not item.help_vi.strip():
                missing.append(f"{where}: help_vi")
            if item.opportunity_en.strip() and not item.opportunity_vi.strip():
                missing.append(f"{where}: opportunity_vi")
            for choice in item.choices:
                if not choice.vi.strip():
                    missing.append(f"{where}/{choice.code}: vi")
    assert not missing, "\n".join(missing)


# --- reference data and vocabularies -------------------------------------------

def test_every_reference_factor_has_a_vietnamese_label() -> None:
    import yaml

    for path in sorted((ROOT / "resources" / "reference").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        missing = [f["key"] for f in data["factors"]
                   if not str(f.get("label_vi") or "").strip()
                   or (f.get("label_vi") == f.get("label_en"))]
        assert not missing, f"{path.name}: {missing}"


def test_every_builtin_reference_text_is_translated(vietnamese: None) -> None:
    """Name, description, sources and notes of the built-in set (reference_texts.py;
    details in tests/l10n/test_reference_texts.py)."""
    import yaml

    from auditdesk.calc.reference_texts import display_text

    data = yaml.safe_load((ROOT / "resources" / "reference" / "vn_default.yaml")
                          .read_text(encoding="utf-8"))
    texts = [data["set"][name] for name in ("name", "description", "source")]
    texts += [f[name] for f in data["factors"] for name in ("source", "note") if f.get(name)]
    missing = sorted({t for t in texts if display_text(t) == t})
    assert not missing, missing


def test_every_cli_help_text_is_translated(vietnamese: None) -> None:
    """``auditdesk --help`` of every command: no help text of ours left in English."""
    import argparse

    from auditdesk.cli import build_parser

    def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
        yield parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child in dict.fromkeys(action.choices.values()):
                    yield from parsers(child)

    missing = []
    for parser in parsers(build_parser()):
        texts = [parser.description or ""]
        texts += [a.help or "" for a in parser._actions if a.help != argparse.SUPPRESS]
        texts += [c.help or "" for a in parser._actions
                  if isinstance(a, argparse._SubParsersAction) for c in a._choices_actions]
        missing += [t for t in texts if _has_letters(t) and i18n.translate("CLIHelp", t) == t
                    and i18n.translate("argparse", t) == t and not re.search(r"[À-ỹ]", t)]
    assert not missing, sorted(set(missing))


def _vocabularies() -> Iterator[tuple[str, str, str]]:
    """(module, context, English text) of every controlled-vocabulary label."""
    from auditdesk.model import carriers, vocab

    for name in dir(vocab):
        table = getattr(vocab, name)
        if name.isupper() and isinstance(table, dict):
            for text in table.values():
                yield f"vocab.{name}", "Vocab", text
    for carrier in carriers.CARRIERS.values():
        yield "carriers", "Carrier", carrier.name


def test_every_vocabulary_label_is_translated(vietnamese: None) -> None:
    missing = [f"{where}: {text}" for where, context, text in _vocabularies()
               if text not in SAME_IN_BOTH and i18n.translate(context, text) == text]
    assert not missing, missing


# --- static scan of the UI -----------------------------------------------------

#: Calls whose text arguments the user reads.
TEXT_CALLS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "QLabel", "QPushButton",
    "addAction", "QAction", "setHeaderLabels", "setHorizontalHeaderLabels", "setStatusTip",
    "showMessage", "QGroupBox", "QCheckBox", "QRadioButton", "QToolButton", "addTab",
    "setTabText", "setTitle", "addMenu", "setSuffix", "setPrefix", "setSpecialValueText",
    "setLabelText", "setInformativeText", "setWhatsThis", "information", "warning",
    "critical", "question",
}
#: Literal texts allowed there: symbols, units and names that do not translate.
ALLOWED = {
    "kWh", "MWh", "GJ", "TOE", "tCO2e", "VND", "USD", "m³", "kW", "%", "…", "–", "—",
    "AuditDesk", "English", "Tiếng Việt", "RECP", "NPV", "IRR", "CO2e", "PDF", "Excel",
}
#: Markup around translated texts (``"<b>" + self.tr(…) + "</b>"``) is not a text.
#: f-strings split a tag, so a part may start or end inside one.
MARKUP = re.compile(r"<[^>]*>|&\w+;|<[^>]*$|^[^<>\s]*>")


def _literal_texts(node: ast.AST) -> Iterator[str]:
    """String constants that end up in the argument, outside any tr()/translate()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant):
                yield str(part.value)
    elif isinstance(node, ast.BinOp):
        yield from _literal_texts(node.left)
        yield from _literal_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literal_texts(node.body)
        yield from _literal_texts(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literal_texts(element)


def _is_word_text(text: str) -> bool:
    """A text with a word in it (three letters or more, not all capitals, not a unit
    or name from ``ALLOWED``, not a file extension such as ``.auditdesk``)."""
    bare = re.sub(r"\.\w+\b", " ", MARKUP.sub(" ", text)).strip()
    if not bare or bare in ALLOWED:
        return False
    words = re.findall(r"[^\W\d_]{3,}", bare)
    return any(w not in ALLOWED and not w.isupper() for w in words)


def scan_ui(root: Path) -> list[str]:
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TEXT_CALLS:
                continue
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                for text in _literal_texts(argument):
                    if _is_word_text(text):
                        found.append(f"{path.relative_to(root)}:{node.lineno}: {name}({text!r})")
    return found


def test_the_scan_finds_an_untranslated_label(tmp_path: Path) -> None:
    (tmp_path / "w.py").write_text(
        "def f(self):\n"
        "    QLabel('Annual savings')\n"
        "    self.button.setToolTip(f'Open {name}')\n"
        "    QLabel(self.tr('Annual savings'))\n"
        "    QLabel('<b>' + self.tr('Total') + '</b>')\n"
        "    self.unit.setText('kWh')\n",
        encoding="utf-8")
    found = scan_ui(tmp_path)
    assert len(found) == 2, found


def test_ui_passes_no_literal_text_to_qt_outside_tr() -> None:
    found = scan_ui(ROOT / "auditdesk" / "ui")
    assert not found, "wrap these in self.tr(...):\n" + "\n".join(found)


# --- workbook -------------------------------------------------------------------

def test_every_workbook_header_and_legend_line_has_vietnamese() -> None:
    """The workbooks are bilingual: a Vietnamese header line above the English one."""
    from auditdesk.exchange.workbook import contract

    missing: list[str] = []
    for name in dir(contract):
        value = getattr(contract, name)
        columns = value if isinstance(value, tuple) else ()
        for column in columns:
            if isinstance(column, contract.Column) and not column.vi.strip():
                missing.append(f"{name}.{column.key}")
    for english, vietnamese in contract.LEGEND:
        if not vietnamese.strip() or vietnamese == english:
            missing.append(f"LEGEND: {english[:40]}")
    assert not missing, missing
