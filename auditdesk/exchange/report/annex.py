"""Section 5, the annex: the walk-through findings with the auditor's notes, the
photographs (downscaled, bounded in number), and the reference data used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditdesk.calc.reference_texts import display_text
from auditdesk.exchange.report import styles as st
from auditdesk.exchange.report import text as t
from auditdesk.exchange.report.content import PHOTOS_PER_ITEM, PHOTOS_TOTAL, Finding, ReportContent
from auditdesk.i18n import fill, translate

if TYPE_CHECKING:  # pragma: no cover
    from reportlab.platypus import Flowable

PHOTO_COLUMNS = 3


def annex(content: ReportContent, heading: st.Heading) -> list[Flowable]:
    """Section 5 in full."""
    from reportlab.platypus import PageBreak

    s = st.styles()
    story: list[Flowable] = [PageBreak(), heading(translate("Report", "5. Annex"), 0)]
    story.append(heading(translate("Report", "5.1 Walk-through findings"), 1))
    if not content.checklist_name:
        story.append(st.para(translate("Report", "No walk-through checklist was started for "
                                                 "this audit."), s.body))
    elif not content.findings:
        story.append(st.para(translate("Report", "No checklist item was flagged as a finding."),
                             s.body))
    else:
        story.append(st.para(fill(translate(
            "Report", "The items of the checklist “%1” that the auditor flagged as findings, "
                      "with the answer and note recorded on site; the last column names the "
                      "opportunity made from the finding."),
            content.checklist_name), s.body))
        story += _findings(content.findings)
    story += _photos(content, heading(translate("Report", "5.2 Photographs"), 1))
    story.append(heading(translate("Report", "5.3 Reference data used"), 1))
    story += _reference(content)
    story += [st.para(note, s.muted) for note in content.notes]
    return story


def _findings(findings: list[Finding]) -> list[Flowable]:
    """One table: item, question, answer, note, opportunity, with a row per area."""
    from reportlab.lib.colors import HexColor

    s = st.styles()
    head = [translate("Report", "Item"), translate("Report", "Question"),
            translate("Report", "Answer"), translate("Report", "Auditor's note"),
            translate("Report", "Opportunity")]
    rows: list[list[object]] = []
    area_rows: list[int] = []
    area = None
    for finding in findings:
        if finding.area != area:
            area = finding.area
            area_rows.append(len(rows))
            rows.append([st.para(area, s.cell_head), "", "", "", ""])
        rows.append([finding.item_code, finding.question, finding.answer or t.DASH,
                     finding.note or t.DASH, finding.opportunity_code or t.DASH])
    table = st.table(head, rows, [0.085, 0.33, 0.13, 0.335, 0.12])
    for index in area_rows:  # area rows: bold, across the table, shaded
        row = index + 1
        table.setStyle([("SPAN", (0, row), (-1, row)),
                        ("BACKGROUND", (0, row), (-1, row), HexColor(st.TOTAL_FILL))])
    return [table]


def _photos(content: ReportContent, title: Flowable) -> list[Flowable]:
    """The photos of findings first, then of other items, three to a row with captions;
    ``title`` (the heading) stays on the page of the first row."""
    from reportlab.platypus import KeepTogether

    s = st.styles()
    items = [f for f in content.findings + content.photo_items if f.photos]
    if not items:
        return [title, st.para(translate("Report", "No photographs were attached to the "
                                                   "checklist."), s.body)]
    intro = st.para(fill(translate(
        "Report", "Photographs taken during the walk-through (at most %1 per item and %2 in "
                  "all, reduced for printing; the audit file keeps the originals)."),
        PHOTOS_PER_ITEM, PHOTOS_TOTAL), s.body)
    width = st.usable_width() / PHOTO_COLUMNS
    cells: list[list[Flowable]] = []
    for finding in items:
        for photo in finding.photos:
            caption = f"{finding.item_code} – {photo.caption or finding.question}"
            cells.append([st.image(photo.data, width - 10, max_height=width * 0.9),
                          st.para(caption, s.caption)])
    grid = [cells[i:i + PHOTO_COLUMNS] for i in range(0, len(cells), PHOTO_COLUMNS)]
    grid[-1] += [[] for _ in range(PHOTO_COLUMNS - len(grid[-1]))]
    table = st.layout_grid(grid, [width] * PHOTO_COLUMNS, bottom_padding=8)
    story: list[Flowable] = [KeepTogether([title, intro, table])]
    if content.photos_left_out:
        story.append(st.para(fill(translate(
            "Report", "%1 more photographs are kept in the audit file and not printed here."),
            content.photos_left_out), s.muted))
    return story


def _reference(content: ReportContent) -> list[Flowable]:
    """The factors behind the figures: prices, conversion and emission factors, exchange rate."""
    s = st.styles()
    lang, reference = content.lang, content.reference
    carriers = [c.carrier for c in content.baseline.baseline.carriers]
    carriers += [code for code in content.totals.total.savings if code not in carriers]
    keys = [f"price.{c}" for c in carriers] + [f"toe.{c}" for c in carriers]
    keys += [f"fuel.{c}.ncv" for c in carriers]
    if content.grid_year:
        keys.append(f"emission.grid.{content.grid_year}")
    keys.append("fx.usd")
    rows: list[list[object]] = []
    for key in keys:
        factor = reference.factors.get(key)
        if factor is None:
            continue
        rows.append([t.pick(lang, factor.label_vi, factor.label_en) or key,
                     t.plain(factor.value, lang), t.unit_text(factor.unit),
                     t.clean(display_text(factor.source)) or t.DASH,
                     t.date(factor.effective_date, lang)])
    story: list[Flowable] = [st.para(fill(translate(
        "Report", "Reference-data set “%1” of %2, as pinned by the audit; every estimate and "
                  "the baseline use it."), t.clean(display_text(reference.name)),
        t.date(reference.effective_date, lang)), s.body)]
    if rows:
        story.append(st.table([translate("Report", "Factor"), translate("Report", "Value"),
                               translate("Report", "Unit"), translate("Report", "Source"),
                               translate("Report", "Effective")],
                              rows, [0.26, 0.1, 0.12, 0.4, 0.12], numeric=(1,)))
    return story
