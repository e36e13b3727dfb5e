"""The demo audit's PDF report, read back: sections, language, totals, fonts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from report_helpers import audit_id, pdf_fonts, pdf_pages

from auditdesk import i18n

ROOT = Path(__file__).resolve().parents[2]

HEADINGS = {
    "vi": ["BÁO CÁO KIỂM TOÁN NĂNG LƯỢNG", "Mục lục", "1. Tóm tắt",
           "1.1 Tiêu thụ năng lượng và nước", "1.2 Tiềm năng tiết kiệm",
           "1.3 Danh mục giải pháp ưu tiên",
           "2. Thông tin doanh nghiệp và hoạt động sản xuất",
           "3. Hiện trạng sử dụng năng lượng và nước", "3.1 Cân bằng năng lượng",
           "3.3 Suất tiêu hao", "4. Các giải pháp tiết kiệm năng lượng và tài nguyên",
           "Cơ sở kỹ thuật", "Mức tiết kiệm", "Phân tích tài chính", "5. Phụ lục",
           "5.1 Các phát hiện khi khảo sát hiện trường", "5.2 Hình ảnh",
           "5.3 Số liệu tham chiếu đã sử dụng"],
    "en": ["ENERGY AUDIT REPORT", "Contents", "1. Summary", "1.1 Energy and water consumption",
           "1.2 Savings potential", "1.3 Priority list of opportunities",
           "2. The enterprise and its operations", "3. Current energy and water use",
           "3.1 Energy balance", "3.3 Specific consumption",
           "4. Energy and resource saving opportunities", "Technical basis", "Savings",
           "Financial analysis", "5. Annex", "5.1 Walk-through findings", "5.2 Photographs",
           "5.3 Reference data used"],
}


def _norm(text: str) -> str:
    return " ".join(text.split())


def _body(text: str) -> str:
    """The text after the contents page (its footer is the first "page 2")."""
    marker = "Page 2 of" if "Page 2 of" in text else "Trang 2/"
    return text[text.index(marker):]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_report_has_every_section(demo_reports: dict, lang: str) -> None:
    path, text = demo_reports[lang]
    assert path.read_bytes().startswith(b"%PDF-")
    missing = [h for h in HEADINGS[lang] if h not in text]
    assert not missing, missing
    assert pdf_pages(path) >= 10
    page = "Trang 3/" if lang == "vi" else "Page 3 of "
    assert page in text


def test_vietnamese_letters_survive_in_the_pdf(demo_reports: dict) -> None:
    _, text = demo_reports["vi"]
    for word in ("Điện", "Nước thải", "Dầu DO", "Tiết kiệm", "Vốn đầu tư",
                 "Thời gian hoàn vốn giản đơn", "Công ty TNHH Chế biến Thủy sản Biển Xanh",
                 "Sửa rò rỉ khí nén xưởng sơ chế", "Kỹ thuật RECP"):
        assert word in text, word


def _report_messages() -> list[tuple[str, str]]:
    """(English, Vietnamese) of every finished message of the report's own contexts."""
    pairs = []
    root = ET.parse(ROOT / "resources" / "i18n" / "auditdesk_vi.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") not in ("Report", "ReportMonths"):
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.text and node.get("type") != "unfinished":
                pairs.append((message.findtext("source") or "", node.text))
    return pairs


def test_the_vietnamese_report_has_no_english_left(demo_reports: dict) -> None:
    """No sentence, heading or label of the report shows in English in the Vietnamese PDF
    (data the auditor typed and the titles of English sources aside)."""
    _, text = demo_reports["vi"]
    text = text.replace("Viet Nam default 2025", "")  # the reference set's name is data
    pairs = _report_messages()
    assert len(pairs) > 150
    english = [source for source, target in pairs
               if source != target and len(source) >= 6 and "%" not in source
               and re.search(rf"(?<!\w){re.escape(_norm(source))}(?!\w)", text)]
    assert not english, english
    for piece in ("Page ", " per year", "payback", "Investment", "1. Summary", "/yr"):
        assert piece not in text, piece


def test_the_english_report_uses_english_labels(demo_reports: dict) -> None:
    _, text = demo_reports["en"]
    for target in ("Tóm tắt", "Phân tích tài chính", "Tổng cộng", "Trang ", "Vốn đầu tư",
                   "Tiết kiệm/năm", "Kỹ thuật RECP"):
        assert target not in text, target


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_totals_are_the_registers_formatted_in_the_language(
        demo_reports: dict, demo_template: Path, lang: str) -> None:
    from auditdesk.store import open_store
    from auditdesk.store.baseline import audit_baseline
    from auditdesk.store.estimates import audit_totals

    _, text = demo_reports[lang]
    store = open_store(demo_template, read_only=True)
    try:
        identifier = audit_id(store)
        totals = audit_totals(store, identifier)
        baseline = audit_baseline(store, identifier).baseline
        audit = store.audits.get(identifier)
    finally:
        store.close()
    total = totals.total
    assert total.count == 6 and total.cost_savings_vnd > 1e9
    expected = [
        i18n.format_vnd(total.cost_savings_vnd, lang),  # summary sentence, full VND
        i18n.format_vnd(total.investment_vnd, lang),
        i18n.format_number(total.cost_savings_vnd / 1e6, 1, lang),  # priority list, millions
        i18n.format_number(total.investment_vnd / 1e6, 1, lang),
        i18n.format_number(total.co2e_t, 1, lang),
        i18n.format_number(baseline.total_gj, 0, lang),
        i18n.format_vnd(baseline.total_cost_vnd, lang),
        i18n.format_iso_date(audit.start_date, lang),
    ]
    missing = [_norm(e) for e in expected if _norm(e) not in text]
    assert not missing, missing
    if lang == "vi":
        assert "1.873.921.140 ₫" in text and "10/03/2025" in text
        assert not re.search(r"\d,\d{3},\d{3} ₫", text)
    else:
        assert "1,873,921,140 ₫" in text and "2025-03-10" in text
        assert not re.search(r"\d\.\d{3}\.\d{3} ₫", text)


def test_each_opportunity_shows_its_basis_savings_and_money(demo_reports: dict) -> None:
    text = _body(demo_reports["en"][1])
    section = text[text.index("4.3 BX-01"):text.index("4.4 BX-06")]
    for piece in ("Compressed-air leak repair", "Formula:", "Equivalent hole diameter",
                  "1.5875 mm", "Line pressure 7 bar", "Electricity saved 39,323 kWh/yr",
                  "Source: Isentropic orifice flow", "Electricity 39,323 kWh 79,432,354 ₫ 25.92",
                  "Investment 12,000,000 ₫ (equipment 8,000,000 ₫, installation 4,000,000 ₫)",
                  "Simple payback 0.15 years", "NPV (10 % discount rate, 3 years) 185,536,509 ₫",
                  "IRR 660.4 %", "CO2e avoided 25.92 t per year"):
        assert piece in section, piece


def test_the_priority_list_runs_from_the_quickest_payback(demo_reports: dict) -> None:
    text = _body(demo_reports["en"][1])
    listing = text[text.index("1.3 Priority list"):]
    listing = listing[:listing.index("2. The enterprise")]
    codes = re.findall(r"\b(BX-\d\d)\b", listing)
    assert codes == ["BX-04", "BX-01", "BX-06", "BX-03", "BX-02", "BX-05"]


def test_findings_photos_and_reference_data_are_in_the_annex(demo_reports: dict) -> None:
    path, text = demo_reports["vi"]
    annex = _body(text)[_body(text).index("5. Phụ lục"):]
    assert "CA-009" in annex and "BX-01" in annex  # the finding and the opportunity made of it
    assert "Nghe rõ tiếng rò ở khớp nối nhanh" in annex  # the auditor's note
    assert "Khớp nối nhanh rò khí ở bàn sơ chế 4" in annex  # a photo's caption
    assert "0,6592" in annex and "tCO2/MWh" in annex  # grid factor as published
    assert path.stat().st_size < 3_000_000


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_font_is_embedded(demo_reports: dict, lang: str) -> None:
    fonts = pdf_fonts(demo_reports[lang][0])
    assert fonts
    assert all(embedded == "yes" for _, embedded in fonts), fonts
    assert all("DejaVuSans" in name for name, _ in fonts), fonts
