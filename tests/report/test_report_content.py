"""What the report gathers: priority order, photos (bounded and downscaled), texts in the
report's language, rejected opportunities left out of the totals."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest
from report_helpers import audit_id, pdf_text

from auditdesk.exchange.report import content as content_module
from auditdesk.exchange.report.text import report_language


def _jpeg(width: int, height: int, shade: int) -> bytes:
    from PIL import Image

    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image.paste((shade, 90, 40), (0, 0, width // 3, height // 3))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def test_the_priority_order_is_by_payback_with_no_payback_last(demo_store: object) -> None:
    from auditdesk.store.estimates import register_rows

    rows = register_rows(demo_store, audit_id(demo_store))  # type: ignore[arg-type]
    slow = dataclasses.replace(rows[0], code="Z-1", payback_yr=None, npv_vnd=-5.0)
    gone = dataclasses.replace(rows[1], code="Z-2", status="rejected", payback_yr=0.0)
    tie_a = dataclasses.replace(rows[2], code="Z-3", payback_yr=2.0, npv_vnd=1.0)
    tie_b = dataclasses.replace(rows[3], code="Z-4", payback_yr=2.0, npv_vnd=9.0)
    quick = dataclasses.replace(rows[4], code="Z-5", payback_yr=0.5)
    ordered = content_module.priority_order([slow, gone, tie_a, tie_b, quick])
    assert [r.code for r in ordered] == ["Z-5", "Z-4", "Z-3", "Z-1"]


def test_photos_are_downscaled_and_bounded(demo_store: object) -> None:
    from auditdesk.store.attachments import add_photo

    store = demo_store
    identifier = audit_id(store)
    for number in range(6):  # six big photos on one finding; four are printed
        add_photo(store, identifier, "CA-009", _jpeg(3000, 2000, 40 * number),  # type: ignore[arg-type]
                  f"IMG_{number}.jpg", caption=f"Ảnh {number}")
    with report_language("vi"):
        gathered = content_module.gather(store, identifier, "vi")  # type: ignore[arg-type]
    finding = next(f for f in gathered.findings if f.item_code == "CA-009")
    assert len(finding.photos) == content_module.PHOTOS_PER_ITEM
    for photo in finding.photos:
        assert max(photo.width, photo.height) <= content_module.PHOTO_MAX_PX
        assert len(photo.data) < 400_000
    assert finding.photos[1].width == 1000 and finding.photos[1].height == 667
    assert gathered.photos_left_out == 3  # two of the new ones and one of the two already there
    assert finding.question.startswith("Có nghe thấy tiếng rò rỉ khí nén")
    assert finding.opportunity_code == "BX-01"
    assert gathered.photo_items and all(not f.flagged for f in gathered.photo_items)


def test_a_small_photo_is_kept_as_it_is() -> None:
    data = _jpeg(320, 240, 10)
    assert content_module.downscale(data) == (data, 320, 240)


def test_the_technical_basis_is_in_the_reports_language(demo_store: object) -> None:
    store = demo_store
    opportunity = next(o for o in store.opportunities.for_audit(audit_id(store))  # type: ignore[attr-defined]
                       if o.code == "BX-06")
    estimate = content_module._estimate(opportunity)
    assert estimate is not None and "nhiên liệu" in estimate["formula"]  # stored in Vietnamese
    with report_language("en"):
        title, formula, assumptions, source = content_module.estimator_texts(estimate, "en")
    assert title == "Boiler combustion tuning"
    assert formula.startswith("fuel saved = fuel × (1 − E₁/E₂)")
    assert assumptions and all(a.isascii() for a in assumptions)
    assert "Steam Tip Sheet #4" in source
    with report_language("vi"):
        title, formula, _, _ = content_module.estimator_texts(estimate, "vi")
    assert title == "Tinh chỉnh quá trình cháy lò hơi" and "nhiên liệu" in formula


def test_a_rejected_opportunity_is_listed_apart_and_not_counted(demo_store: object,
                                                                tmp_path: Path) -> None:
    from auditdesk import i18n
    from auditdesk.exchange.report import write_report
    from auditdesk.store.estimates import audit_totals

    store = demo_store
    identifier = audit_id(store)
    rejected = next(o for o in store.opportunities.for_audit(identifier)  # type: ignore[attr-defined]
                    if o.code == "BX-02")
    reason = {"rejection_note": "Bơm sẽ được thay mới trong năm 2026."}
    if not hasattr(rejected, "rejection_note"):  # before the review feature's schema
        reason = {"description": reason["rejection_note"]}
    store.opportunities.update(rejected.id, status="rejected", **reason)  # type: ignore[attr-defined]
    totals = audit_totals(store, identifier)  # type: ignore[arg-type]
    assert totals.rejected == 1 and totals.total.count == 5
    out = tmp_path / "report.pdf"
    write_report(store, identifier, out, "en")  # type: ignore[arg-type]
    text = pdf_text(out)
    body = text[text.index("Page 2 of"):]
    assert "4.7 Opportunities not retained" in body
    if "rejection_note" in reason:
        assert "Bơm sẽ được thay mới trong năm 2026." in body
    assert not re.search(r"4\.\d BX-02", body)
    assert "Rejected opportunities, not counted: 1." in body
    assert i18n.format_vnd(totals.total.cost_savings_vnd, "en") in body
    listing = body[body.index("1.3 Priority list"):body.index("2. The enterprise")]
    assert "BX-02" not in listing


@pytest.mark.parametrize(("lang", "expected"), [
    ("vi", ["1.234.568 ₫", "12,3 %", "03/2024", "0,0001543", "T3"]),
    ("en", ["1,234,568 ₫", "12.3 %", "Mar 2024", "0.0001543", "Mar"]),
])
def test_numbers_follow_the_language(lang: str, expected: list[str]) -> None:
    from auditdesk.exchange.report import text as t

    with report_language(lang):
        got = [t.vnd(1234567.8, lang), t.percent(0.1234, lang), t.month("2024-03", lang),
               t.plain(0.0001543, lang), t.month_short("2024-03")]
    assert [g.replace("\u00a0", " ") for g in got] == expected
    assert t.unit_text("m**3/yr") == "m³/yr"  # outside the language block: English again
