"""The command line speaks the user's language from the first word: ``--help`` of the
program and of every sub-command, argparse's own headings and errors, and the numbers
``auditdesk calc`` prints. ``--lang`` decides, else the settings (default Vietnamese)."""

from __future__ import annotations

import argparse
import inspect
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditdesk import __version__, i18n, settings
from auditdesk.cli import ARGPARSE_TEXTS, COMMANDS, main

ROOT = Path(__file__).resolve().parents[2]
SUBCOMMANDS = [name.replace("_", "-") for name in COMMANDS]


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No line wrapping in help texts, so a sentence is found on one line."""
    monkeypatch.setenv("COLUMNS", "1000")
    yield
    i18n.set_language("en")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = _run([*argv, "--help"], capsys)
    assert code == 0
    return " ".join(out.split())


def _catalogue(context: str) -> list[tuple[str, str]]:
    """(English, Vietnamese) of every finished message of ``context``."""
    pairs = []
    root = ET.parse(ROOT / "resources" / "i18n" / "auditdesk_vi.ts").getroot()
    for node in root.iter("context"):
        if node.findtext("name") != context:
            continue
        for message in node.iter("message"):
            target = message.find("translation")
            if target is not None and target.text and target.get("type") != "unfinished":
                pairs.append((message.findtext("source") or "", target.text))
    return pairs


def _every_help(lang: str, capsys: pytest.CaptureFixture[str]) -> str:
    pages = [_help(["--lang", lang], capsys)]
    pages += [_help(["--lang", lang, name], capsys) for name in SUBCOMMANDS]
    pages += [_help(["--lang", lang, "template", action], capsys)
              for action in ("check", "list", "import", "export")]
    return "\n".join(pages)


def test_vietnamese_help_has_vietnamese_headings(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(["--lang", "vi"], capsys)
    for words in ("cách dùng: auditdesk", "đối số vị trí:", "tùy chọn:",
                  "hiện trợ giúp này rồi thoát", "hiện số phiên bản rồi thoát",
                  "kiểm toán năng lượng và nước theo RECP"):
        assert words in text, words
    for words in ("usage:", "positional arguments", "options:", "show this help"):
        assert words not in text, words


def test_export_workbook_help_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(["--lang", "vi", "export-workbook"], capsys)
    assert text.startswith("cách dùng: auditdesk export-workbook")
    assert "cơ sở dữ liệu AuditDesk" in text and "cuộc kiểm toán: mã" in text
    assert "Ghi sổ tính cho văn phòng dự án" in text
    assert "the AuditDesk database" not in text and "its exact title" not in text
    # --lang is taken anywhere on the line, also after the sub-command
    assert _help(["export-workbook", "--lang=vi"], capsys) == text


def test_no_help_text_of_ours_is_left_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """Every help text is translated (test_i18n.py) and none shows in English in Vietnamese."""
    text = _every_help("vi", capsys)
    pairs = _catalogue("CLIHelp") + _catalogue("argparse")
    assert len(pairs) > 80
    english = [source for source, target in pairs
               if source != target and len(source) > 8 and "%" not in source
               and " ".join(source.split()) in text]
    assert not english, english


def test_english_help_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    text = _every_help("en", capsys)
    for words in ("usage: auditdesk", "options:", "show this help message and exit",
                  "the AuditDesk database", "write an audit's PDF report (Vietnamese or English)"):
        assert words in text, words
    vietnamese = [target for _, target in _catalogue("CLIHelp") if len(target) > 8
                  and target in text]
    assert not vietnamese, vietnamese


def test_the_settings_language_applies_without_lang(capsys: pytest.CaptureFixture[str]) -> None:
    assert "cách dùng:" in _help([], capsys)  # no settings file: Vietnamese
    saved = settings.load()
    saved.language = "en"
    settings.save(saved)
    assert "usage:" in _help(["calc"], capsys)
    assert "cách dùng:" in _help(["calc", "--lang", "vi"], capsys)


def test_a_missing_argument_is_reported_in_the_language(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["--lang", "vi", "export-workbook"], capsys)
    assert code == 2
    assert "auditdesk export-workbook: lỗi: thiếu các đối số bắt buộc: --db, --audit" in err
    assert err.startswith("cách dùng:")
    code, _, err = _run(["--lang", "vi", "merge", "--db", "x", "--on-conflict", "maybe", "p"],
                        capsys)
    assert code == 2 and "lựa chọn không hợp lệ: 'maybe' (chọn một trong" in err
    code, _, err = _run(["--lang", "en", "export-workbook"], capsys)
    assert code == 2 and "error: the following arguments are required: --db, --audit" in err


def test_version_prints_exactly_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--version"], ["--lang", "vi", "--version"], ["--version", "--lang=en"]):
        code, out, _ = _run(argv, capsys)
        assert code == 0 and out == f"AuditDesk {__version__}\n"


def test_argparse_still_has_the_messages_we_translate() -> None:
    """A newer Python may reword argparse: then the catalogue needs the new text."""
    source = inspect.getsource(argparse)
    missing = [text for text in ARGPARSE_TEXTS
               if repr(text) not in source and repr(text).replace("'", '"') not in source]
    assert not missing, missing


def test_argparse_placeholders_survive_translation() -> None:
    for source, target in _catalogue("argparse") + _catalogue("CLIHelp"):
        assert sorted(re.findall(r"%\(?\w*\)?[srd%]", source)) == \
            sorted(re.findall(r"%\(?\w*\)?[srd%]", target)), source


# --- auditdesk calc: counts and round numbers -------------------------------------------

def test_calc_prints_whole_numbers_without_decimals(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--lang", "vi", "calc", "led_retrofit", "--example"], capsys)
    assert code == 0
    assert "Số bộ đèn hiện tại: 80 (80)" in out
    assert "Số giờ chiếu sáng: 5.000 h/năm (5.000)" in out
    assert "80,00" not in out and "0,0000" not in out and "80.0" not in out
    assert "Dữ liệu tham chiếu: Bộ mặc định Việt Nam 2025 (10/05/2025)" in out
    code, out, _ = _run(["--lang", "en", "calc", "led_retrofit", "--example"], capsys)
    assert "Number of existing fixtures: 80 (80)" in out or ": 80 (80)" in out
    assert "Reference data: Viet Nam default 2025 (2025-05-10)" in out
