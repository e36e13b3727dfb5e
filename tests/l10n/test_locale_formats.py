"""Numbers, dates and units follow the chosen language in messages, the CLI,
the PDF report and its charts; Vietnamese renders with its diacritics."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditdesk import i18n

REPORT_DAY = dt.date(2026, 11, 24)
TEXTILE = "Kiểm toán năng lượng và RECP 2025"


@pytest.fixture
def lang() -> Iterator[None]:
    yield
    i18n.set_language("en")


# --- core formatting ------------------------------------------------------------

@pytest.mark.parametrize(("language", "expected"), [
    ("vi", ["1.234,5", "1.234.567", "0,25", "-12,75", "3.500.000.000"]),
    ("en", ["1,234.5", "1,234,567", "0.25", "-12.75", "3,500,000,000"]),
])
def test_format_value_keeps_the_decimals_a_number_needs(language: str,
                                                        expected: list[str]) -> None:
    values = [1234.5, 1234567.0, 0.25, -12.75, 3.5e9]
    assert [i18n.format_value(v, language) for v in values] == expected


def test_units_read_in_the_language(lang: None) -> None:
    i18n.set_language("vi")
    assert i18n.unit_text("kWh/yr") == "kWh/năm"
    assert i18n.unit_text("m**3/day") == "m³/ngày"
    i18n.set_language("en")
    assert i18n.unit_text("m**3/yr") == "m³/yr"


# --- engine messages -------------------------------------------------------------

def _range_error(language: str, raw: str) -> str:
    from auditdesk.calc import reference
    from auditdesk.calc.engine import InputError, run_estimate

    i18n.set_language(language)
    with pytest.raises(InputError) as caught:
        run_estimate("led_retrofit", {"hours": raw}, reference.load_builtin())
    return str(caught.value)


def test_engine_range_message_uses_vietnamese_numbers(lang: None) -> None:
    message = _range_error("vi", "9000.5")
    assert "9.000,5 h/năm" in message and "0–8.784 h/năm" in message
    assert "9000.5" not in message  # the typed text is not repeated when it is the same number


def test_engine_range_message_in_english(lang: None) -> None:
    message = _range_error("en", "9000.5 h/yr")
    assert "9,000.5 h/yr" in message and "0–8,784 h/yr" in message


def test_engine_shows_what_was_typed_when_it_had_another_unit(lang: None) -> None:
    from auditdesk.calc import reference
    from auditdesk.calc.engine import InputError, run_estimate

    i18n.set_language("vi")
    with pytest.raises(InputError) as caught:
        run_estimate("led_retrofit", {"watts_old": "12.5 kW"}, reference.load_builtin())
    assert "12.5 kW (= 12.500 W)" in str(caught.value)
    assert "0–5.000 W" in str(caught.value)


def test_financial_limits_use_the_language(lang: None) -> None:
    from auditdesk.calc import financial

    i18n.set_language("vi")
    with pytest.raises(ValueError, match=r"1,5"):
        financial.check_rate(1.5)


# --- CLI ---------------------------------------------------------------------------

def test_calc_cli_in_vietnamese(capsys: pytest.CaptureFixture[str], lang: None) -> None:
    from auditdesk.cli import main

    assert main(["--lang", "vi", "calc", "led_retrofit"]) == 0
    out = capsys.readouterr().out
    assert "4.000 h/năm" in out and "/yr" not in out
    assert "Nguồn: US DOE Industrial Assessment Centers, khuyến nghị" in out
    assert "(10/05/2025)" in out and "2025-05-10" not in out


def test_calc_cli_list_in_vietnamese(capsys: pytest.CaptureFixture[str], lang: None) -> None:
    from auditdesk.cli import main

    assert main(["--lang", "vi", "calc", "--list"]) == 0
    out = capsys.readouterr().out
    assert "1…100.000.000" in out and "GJ/năm" in out and "Nguồn: Do kiểm toán viên nhập" in out


def test_summary_cli_headers_in_vietnamese(demo_db: Path, capsys: pytest.CaptureFixture[str],
                                           lang: None) -> None:
    from auditdesk.cli import main

    assert main(["--lang", "vi", "summary", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "kWh/năm" in out and "₫/năm" in out and "tCO2e/năm" in out
    assert "/yr" not in out


# --- PDF report ---------------------------------------------------------------------

def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return found


@pytest.fixture(scope="module")
def reports(demo_template: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> dict[str, tuple[Path, str, list[list[str]]]]:
    """Language → (PDF, its text, the tick labels of every chart drawn for it)."""
    from auditdesk.exchange.report import charts, write_report
    from auditdesk.store import open_store

    folder = tmp_path_factory.mktemp("l10n-reports")
    store = open_store(demo_template, read_only=True)
    original = charts._png
    out: dict[str, tuple[Path, str, list[list[str]]]] = {}
    try:
        audit = next(a for a in store.audits.list() if a.title == TEXTILE).id
        for language in ("vi", "en"):
            ticks: list[list[str]] = []

            def record(figure, ticks=ticks):  # type: ignore[no-untyped-def]
                data = original(figure)
                for axes in figure.axes:
                    ticks.append([t.get_text() for t in axes.get_yticklabels()
                                  + axes.get_xticklabels() if t.get_text()])
                return data

            charts._png = record
            path = folder / f"report-{language}.pdf"
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # a missing glyph warns: fail on it
                write_report(store, audit, path, language, made_on=REPORT_DAY)
            text = subprocess.run([_tool("pdftotext"), "-layout", str(path), "-"],
                                  check=True, capture_output=True, text=True).stdout
            out[language] = (path, text, ticks)
    finally:
        charts._png = original
        store.close()
    return out


def test_vietnamese_report_has_vietnamese_dates_and_decimals(reports: dict) -> None:
    text = reports["vi"][1]
    assert "24/11/2026" in text and "17/03/2025 – 20/03/2025" in text
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), "an ISO date in the Vietnamese report"
    assert re.search(r"Thời gian hoàn vốn giản đơn\s+0,\d\d năm", text)
    assert re.search(r"\b\d{1,3}(\.\d{3})+ ₫", text)  # 1.234.567 ₫
    assert "h/yr" not in text and "kWh/yr" not in text


def test_english_report_has_english_dates_and_decimals(reports: dict) -> None:
    text = reports["en"][1]
    assert "2026-11-24" in text
    assert re.search(r"Simple payback\s+0\.\d\d years", text)
    assert re.search(r"\b\d{1,3}(,\d{3})+ ₫", text)


def test_vietnamese_report_cites_its_sources_in_vietnamese(reports: dict) -> None:
    text = " ".join(reports["vi"][1].split())
    assert "US DOE Steam Tip Sheet #8 'Return Condensate to the Boiler' (2012), ví dụ" in text
    assert "Cân bằng nhiệt của nước cấp" in text


def test_vietnamese_chart_ticks_use_vietnamese_marks(reports: dict) -> None:
    vi_ticks = [t for axes in reports["vi"][2] for t in axes]
    en_ticks = [t for axes in reports["en"][2] for t in axes]
    assert any(re.fullmatch(r"\d{1,3}(\.\d{3})+", t) for t in vi_ticks), vi_ticks
    assert not any(re.fullmatch(r"\d{1,3}(,\d{3})+", t) for t in vi_ticks), vi_ticks
    assert any(re.fullmatch(r"\d{1,3}(,\d{3})+", t) for t in en_ticks), en_ticks


def test_report_fonts_are_embedded_and_have_vietnamese(reports: dict) -> None:
    path, text, _ = reports["vi"]
    fonts = subprocess.run([_tool("pdffonts"), str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts), fonts
    for word in ("Tiết kiệm", "Thời gian hoàn vốn", "phát thải", "Điện", "Nước thải", "ưu tiên"):
        assert word in text


# --- charts: diacritics ----------------------------------------------------------------

VIETNAMESE = "Tiết kiệm điện năng theo kỹ thuật – Ưu tiên, hoàn vốn, đầu tư (₫/năm), ổn định"


def _render(title: str) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 2))
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_title(title)
    axes.set_xlabel(title)
    axes.bar([title[:12]], [1.0], label=title)
    axes.legend()
    figure.canvas.draw()


def test_chart_font_has_every_vietnamese_letter() -> None:
    letters = ("ăâđêôơưĂÂĐÊÔƠƯ áàảãạ ắằẳẵặ ấầẩẫậ éèẻẽẹ ếềểễệ íìỉĩị óòỏõọ ốồổỗộ ớờởỡợ "
               "úùủũụ ứừửữự ýỳỷỹỵ")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _render(VIETNAMESE)
        _render(letters + " " + letters.upper())


def test_a_missing_glyph_would_fail_the_chart_tests() -> None:
    with pytest.warns(UserWarning, match="missing from font"):
        _render("中文")
