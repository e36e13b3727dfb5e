"""The built-in reference data reads in the user's language: its name, description,
every factor's source and note (``auditdesk.calc.reference_texts``), in the PDF annex,
the estimate notes and the CLI. What is stored does not change; a user's own set keeps
its texts as typed. Also: anonymised roll-up names follow the language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from auditdesk import i18n
from auditdesk.calc.reference_texts import BUILTIN_TEXTS, display_text

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = ROOT / "resources" / "reference" / "vn_default.yaml"

#: Numbers of documents and standards: a translation names the same ones.
DOCUMENT = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ][\wĐ-]*|TCVN [\d:]+|ISO \d+|AR\d|IAPWS-IF97|"
                      r"IPCC 2006|UNFCCC|climatechange\.vn|chulai\.quangnam\.gov\.vn")


@pytest.fixture
def vietnamese() -> Iterator[None]:
    i18n.set_language("vi")
    yield
    i18n.set_language("en")


def _yaml_texts() -> list[str]:
    data = yaml.safe_load(BUILTIN.read_text(encoding="utf-8"))
    texts = [str(data["set"][name]) for name in ("name", "description", "source")]
    for factor in data["factors"]:
        texts += [str(factor[name]) for name in ("source", "note") if factor.get(name)]
    return list(dict.fromkeys(texts))


def test_every_builtin_text_is_marked_and_nothing_stale() -> None:
    texts = _yaml_texts()
    assert len(texts) > 50
    missing = [t for t in texts if t not in BUILTIN_TEXTS]
    assert not missing, "mark in auditdesk/calc/reference_texts.py:\n" + "\n".join(missing)
    stale = [t for t in BUILTIN_TEXTS if t not in texts]
    assert not stale, "no longer in vn_default.yaml:\n" + "\n".join(stale)


def test_every_builtin_text_has_vietnamese(vietnamese: None) -> None:
    untranslated = [t for t in BUILTIN_TEXTS if display_text(t) == t]
    assert not untranslated, "\n".join(untranslated)


def test_translations_cite_the_same_documents(vietnamese: None) -> None:
    """Decision, letter and resolution numbers, standards and sites stay exactly as cited."""
    for text in BUILTIN_TEXTS:
        translated = display_text(text)
        for cited in DOCUMENT.findall(text):
            assert cited in translated, (cited, translated)


def test_vietnamese_names_the_issuing_bodies(vietnamese: None) -> None:
    grid = display_text(_source("emission.grid.2023"))
    assert grid.startswith("Cục Biến đổi khí hậu, Bộ Tài nguyên và Môi trường (nay là Bộ Nông "
                           "nghiệp và Môi trường)")
    assert "Quyết định 1279/QĐ-BCT của Bộ Công Thương" in display_text(
        _source("tariff.6to22kv.normal"))
    assert display_text(_source("toe.electricity")) == (
        "Bảng quy đổi kèm theo Công văn 3505/BCT-KHCN ngày 19/04/2011 của Bộ Công Thương")
    assert display_text(_source("vat.electricity")).startswith(
        "Nghị quyết 204/2025/QH15 của Quốc hội")
    assert display_text("Viet Nam default 2025") == "Bộ mặc định Việt Nam 2025"


def _source(key: str) -> str:
    data = yaml.safe_load(BUILTIN.read_text(encoding="utf-8"))
    return next(str(f["source"]) for f in data["factors"] if f["key"] == key)


def test_english_and_user_texts_stay_as_they_are(vietnamese: None) -> None:
    assert display_text("Giá điện theo hợp đồng của KCN") == "Giá điện theo hợp đồng của KCN"
    assert display_text("") == ""
    i18n.set_language("en")
    assert all(display_text(t) == t for t in BUILTIN_TEXTS)


def test_stored_reference_data_stays_english(vietnamese: None) -> None:
    """The set in the database and in the workbook is the YAML's, whatever the language."""
    from auditdesk.calc import reference

    ref = reference.load_builtin()
    assert ref.name == "Viet Nam default 2025"
    assert ref.factor("toe.electricity").source.startswith("MOIT conversion table")


def test_the_grid_estimate_note_is_vietnamese(vietnamese: None) -> None:
    from auditdesk.calc import reference
    from auditdesk.calc.engine import run_estimate

    report = run_estimate("led_retrofit", {}, reference.load_builtin(), grid_year=2024)
    assert any("Giá trị ước tính, không chính thức" in note for note in report.notes), \
        report.notes
    assert report.reference_set == "Viet Nam default 2025"  # stored as it is


def _texts(item: object) -> Iterator[str]:
    """Plain texts of reportlab flowables (paragraphs, tables of paragraphs)."""
    if isinstance(item, str):
        yield item
    elif hasattr(item, "getPlainText"):
        yield item.getPlainText()
    elif isinstance(item, list | tuple):
        for part in item:
            yield from _texts(part)
    elif getattr(item, "_cellvalues", None) is not None:
        yield from _texts(item._cellvalues)  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_report_annex_shows_sources_in_the_language(demo_store: object, lang: str) -> None:
    from auditdesk.exchange.report import annex
    from auditdesk.exchange.report import content as content_module
    from auditdesk.exchange.report.text import report_language

    audit_id = demo_store.conn.execute(  # type: ignore[attr-defined]
        "SELECT id FROM audit ORDER BY id").fetchone()[0]
    with report_language(lang):
        content = content_module.gather(demo_store, audit_id, lang)  # type: ignore[arg-type]
        text = "\n".join(_texts(annex._reference(content)))
    if lang == "vi":
        assert "Bộ mặc định Việt Nam 2025" in text and "Bộ Công Thương" in text
        assert "Viet Nam default 2025" not in text
        assert "MOIT conversion table" not in text and "Decision 1279" not in text
    else:
        assert "Viet Nam default 2025" in text and "MOIT conversion table" in text
        assert "Bộ Công Thương" not in text


# --- anonymised roll-up --------------------------------------------------------------

@pytest.mark.parametrize(("lang", "alias"), [("vi", "Doanh nghiệp 001"),
                                             ("en", "Enterprise 001")])
def test_anonymised_names_follow_the_language(demo_store: object, lang: str,
                                              alias: str) -> None:
    from auditdesk.exchange.workbook.rollup_data import Selection, anonymise, load_portfolio

    portfolio = load_portfolio(demo_store, Selection())  # type: ignore[arg-type]
    i18n.set_language(lang)
    try:
        anonymise(portfolio)
    finally:
        i18n.set_language("en")
    names = sorted({audit.enterprise for audit in portfolio.audits})
    assert names[0] == alias
    assert all(re.fullmatch(re.escape(alias[:-3]) + r"\d{3}", name) for name in names)
