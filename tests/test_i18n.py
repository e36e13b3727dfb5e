"""Every user-visible string has a Vietnamese translation, and the shipped .qm
matches the .ts. Also: core formatting of numbers and dates per language."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
assert spec and spec.loader
i18n_script = importlib.util.module_from_spec(spec)
sys.modules["i18n_script"] = i18n_script
spec.loader.exec_module(i18n_script)


def test_every_extracted_string_has_a_vietnamese_translation(tmp_path: Path) -> None:
    """Re-extract from the sources into a copy of the catalogue: nothing may be unfinished."""
    ts = tmp_path / "auditdesk_vi.ts"
    shutil.copy(i18n_script.TS, ts)
    i18n_script.extract(ts)
    missing = i18n_script.unfinished(ts)
    assert not missing, "untranslated (run `make translations`):\n" + "\n".join(
        f"[{c}] {s}" for c, s in missing[:40])


def test_compiled_qm_matches_the_catalogue(tmp_path: Path) -> None:
    qm = tmp_path / "out.qm"
    i18n_script.compile_qm(i18n_script.TS, qm)
    assert qm.read_bytes() == i18n_script.QM.read_bytes(), "run `make translations`"


def test_core_catalogue_matches_the_ts() -> None:
    """The JSON the core reads (fast at start-up) is compiled from the same .ts."""
    from auditdesk import i18n

    assert i18n_script.CORE.read_text(encoding="utf-8") == i18n.compiled_catalogue(
        i18n_script.TS), "run `make translations`"
    i18n._flat.cache_clear()
    try:
        assert i18n._catalogue("vi") == i18n.parse_ts(i18n_script.TS)
    finally:
        i18n._flat.cache_clear()


def test_placeholders_survive_translation() -> None:
    import re
    import xml.etree.ElementTree as ET

    for message in ET.parse(i18n_script.TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") == "unfinished":
            continue  # reported by the test above
        target = node.text or ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", target)), source


def test_core_translate_reads_the_catalogue() -> None:
    from auditdesk import i18n

    i18n.set_language("vi")
    try:
        assert i18n.translate("Carrier", "Electricity") == "Điện"
        assert i18n.translate("Nope", "Unknown text") == "Unknown text"
    finally:
        i18n.set_language("en")
    assert i18n.translate("Carrier", "Electricity") == "Electricity"


@pytest.mark.parametrize(("lang", "number", "money", "date"), [
    ("vi", "1.234.567,8", "1.234.568 ₫", "31/12/2025"),
    ("en", "1,234,567.8", "1,234,568 ₫", "2025-12-31"),
])
def test_numbers_and_dates_follow_the_language(lang: str, number: str, money: str,
                                               date: str) -> None:
    from auditdesk import i18n

    assert i18n.format_number(1234567.8, 1, lang) == number
    assert i18n.format_vnd(1234567.8, lang) == money
    assert i18n.format_date(dt.date(2025, 12, 31), lang) == date
    assert i18n.format_iso_date("2025-12-31", lang) == date


def test_the_ui_switches_language_and_remembers(qtbot, demo_db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.main_window import MainWindow
    from auditdesk.ui.settings_dialog import SettingsDialog

    settings.save(settings.Settings(language="en"))
    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(demo_db)
    assert window.menuBar().actions()[0].text() == "&File"

    def choose_vietnamese(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("vi"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_vietnamese)
    window.on_settings()
    assert settings.load().language == "vi"
    assert window.menuBar().actions()[0].text() == "&Tệp"
    assert window.page is not None and window.page.objectName() == "auditPage"
    tab_text = window.page.tabs.tabText(0)
    assert tab_text != "Overview" and tab_text
    window.close()
    from PySide6.QtWidgets import QApplication

    from auditdesk.ui.app import install_language

    install_language(QApplication.instance(), "en")


def test_translate_calls_are_extractable() -> None:
    """lupdate only sees literal texts: ``translate("Ctx", "text")`` or ``self.tr("text")``.

    A wrapper such as ``def _t(text): return translate("Ctx", text)`` hides every
    string from extraction (they stay English forever). A non-literal text is
    allowed only for contexts whose values are marked with QT_TRANSLATE_NOOP.
    """
    import ast

    noop_contexts: set[str] = set()
    dynamic: list[tuple[str, int, str]] = []
    for path in sorted((ROOT / "auditdesk").rglob("*.py")):
        if path.name == "i18n.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name == "QT_TRANSLATE_NOOP" and args and isinstance(args[0], ast.Constant):
                noop_contexts.add(args[0].value)
            elif name == "translate" and len(args) >= 2:
                context = args[0].value if isinstance(args[0], ast.Constant) else "?"
                if not isinstance(args[1], ast.Constant):
                    dynamic.append((str(path.relative_to(ROOT)), node.lineno, str(context)))
            elif name == "tr" and isinstance(func, ast.Attribute) and args:
                if not isinstance(args[0], ast.Constant):
                    dynamic.append((str(path.relative_to(ROOT)), node.lineno, "tr"))
    hidden = [d for d in dynamic if d[2] not in noop_contexts]
    assert not hidden, f"texts lupdate cannot extract: {hidden}"


def test_qt_standard_buttons_are_vietnamese(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 ships no qtbase_vi.qm; our catalogue carries Qt's own button texts."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from auditdesk.ui.app import create_app, install_language

    create_app()
    install_language(QApplication.instance(), "vi")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Lưu"
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    finally:
        install_language(QApplication.instance(), "en")
