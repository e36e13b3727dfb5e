"""The cover, the table of contents and section 1, the summary: consumption,
savings potential and the priority list with investment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditdesk import __version__
from auditdesk.exchange.report import styles as st
from auditdesk.exchange.report import text as t
from auditdesk.exchange.report.content import ReportContent
from auditdesk.i18n import fill, translate
from auditdesk.model import vocab

if TYPE_CHECKING:  # pragma: no cover
    from reportlab.platypus import Flowable


def report_title() -> str:
    """“Energy audit report” in the current language."""
    return translate("Report", "Energy audit report")


def cover(content: ReportContent) -> list[Flowable]:
    """The title page: report, enterprise, audit, who and when."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, PageBreak, Spacer

    s = st.styles()
    audit, enterprise, lang = content.audit, content.enterprise, content.lang
    place = enterprise.address or (content.park.province if content.park else "")
    story: list[Flowable] = [
        st.para(t.clean(content.park.name) if content.park else "", s.muted),
        HRFlowable(width="100%", thickness=2, color=HexColor(st.ACCENT), spaceBefore=2),
        Spacer(1, 70),
        st.para(report_title().upper(), s.title),
        HRFlowable(width="40%", thickness=0.8, color=HexColor(st.ACCENT), spaceAfter=10),
        st.para(t.clean(audit.title), s.subtitle),
        Spacer(1, 26),
        st.rich(f"<b>{st.esc(t.clean(enterprise.name))}</b>", s.subtitle),
        st.para(t.clean(place), s.caption),
        Spacer(1, 60),
    ]
    dates = t.date(audit.start_date, lang)
    if audit.end_date and audit.end_date != audit.start_date:
        dates = f"{dates} – {t.date(audit.end_date, lang)}"
    pairs = [
        (translate("Report", "Audit type"), vocab.label(vocab.AUDIT_TYPES, audit.audit_type)),
        (translate("Report", "Audit dates"), dates),
        (translate("Report", "Auditors"), t.clean(audit.auditors) or t.DASH),
        (translate("Report", "Reviewer"), t.clean(audit.reviewer) or t.DASH),
        (translate("Report", "Baseline period"), baseline_period(content)),
        (translate("Report", "Report date"), t.date(content.made_on.isoformat(), lang)),
    ]
    signed_by = str(getattr(audit, "signed_off_by", "") or "")  # the review feature's fields
    if signed_by:
        pairs.append((translate("Report", "Signed off"), fill(
            translate("Report", "%1 on %2"), t.clean(signed_by),
            t.date(str(getattr(audit, "signed_off_on", "") or ""), lang))))
    story += [st.key_values(pairs), Spacer(1, 40),
              st.para(fill(translate("Report", "Prepared with AuditDesk %1."), __version__),
                      s.caption),
              PageBreak()]
    return story


def baseline_period(content: ReportContent) -> str:
    """The baseline months as ``03/2024 – 02/2025`` (or ``Mar 2024 – Feb 2025``)."""
    period = content.baseline.period
    return (f"{t.month(period.first_month, content.lang)} – "
            f"{t.month(period.last_month, content.lang)}")


def contents() -> list[Flowable]:
    """The table of contents (filled in by the document's later passes)."""
    from reportlab.platypus import PageBreak, TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    s = st.styles()
    toc = TableOfContents(levelStyles=[s.toc1, s.toc2], dotsMinLevel=0, tableStyle=TableStyle([
        ("FONT", (0, 0), (-1, -1), st.FONT, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [st.para(translate("Report", "Contents"), s.h1), toc, PageBreak()]


def summary(content: ReportContent, heading: st.Heading) -> list[Flowable]:
    """Section 1: what the enterprise uses, what it can save and the priority list."""
    from reportlab.platypus import PageBreak

    s = st.styles()
    lang, audit, b = content.lang, content.audit, content.baseline.baseline
    story: list[Flowable] = [heading(translate("Report", "1. Summary"), 0)]
    dates = t.date(audit.start_date, lang)
    if audit.end_date and audit.end_date != audit.start_date:
        dates = f"{dates} – {t.date(audit.end_date, lang)}"
    story.append(st.para(fill(
        translate("Report", "This report gives the results of the audit “%1” of %2 "
                            "(%3; auditors: %4). It follows the structure of an energy audit "
                            "report under Circular 25/2020/TT-BCT."),
        t.clean(audit.title), t.clean(content.enterprise.name), dates,
        t.clean(audit.auditors) or t.DASH), s.body))

    story.append(heading(translate("Report", "1.1 Energy and water consumption"), 1))
    if not b.carriers:
        story.append(st.para(translate("Report", "No meter readings cover the baseline period."),
                             s.body))
    else:
        story += _consumption(content)
    story.append(heading(translate("Report", "1.2 Savings potential"), 1))
    story += savings_potential(content)

    story.append(heading(translate("Report", "1.3 Priority list of opportunities"), 1))
    if not content.priority:
        story.append(st.para(translate("Report", "No opportunity has been retained yet."),
                             s.body))
    else:
        story.append(st.para(translate(
            "Report", "Opportunities retained, quickest payback first; those that never pay "
                      "back come last. Rejected opportunities are not listed or counted."),
            s.body))
        story.append(priority_table(content))
    story.append(PageBreak())
    return story


def _consumption(content: ReportContent) -> list[Flowable]:
    """What the enterprise used in the baseline period, and the key-energy-user status."""
    s = st.styles()
    lang, b = content.lang, content.baseline.baseline
    story: list[Flowable] = [st.para(fill(
        translate("Report", "In the baseline period %1 the enterprise used %2 GJ of energy "
                            "(%3 TOE) and emitted %4 tCO2e. Energy and water cost %5 (%6)."),
        baseline_period(content), t.whole(b.total_gj, lang), t.quantity(b.total_toe, lang),
        t.quantity(b.total_co2e_t, lang), t.vnd(b.total_cost_vnd, lang),
        t.usd(b.total_cost_usd, lang)), s.body)]
    if b.key_energy_user:
        status = translate("Report", "At %1 TOE/yr the enterprise is a key energy user "
                                     "(at least 1,000 TOE/yr, Law 50/2010/QH12): it must "
                                     "audit its energy use every three years.")
    else:
        status = translate("Report", "At %1 TOE/yr the enterprise is below the "
                                     "1,000 TOE/yr of a key energy user "
                                     "(Law 50/2010/QH12).")
    story.append(st.para(fill(status, t.whole(b.total_toe, lang)), s.body))
    story.append(consumption_table(content, brief=True))
    return story


def consumption_table(content: ReportContent, brief: bool = False) -> Flowable:
    """Per carrier: amount, energy, emissions, cost and shares, with the totals; ``brief``
    (the summary) leaves out GJ and the shares."""
    lang, b = content.lang, content.baseline.baseline
    head = [translate("Report", "Carrier"), translate("Report", "Amount/yr"),
            translate("Report", "Unit"), "GJ", "TOE", "tCO2e",
            translate("Report", "Cost (million ₫)"), translate("Report", "Share of energy"),
            translate("Report", "Share of cost")]
    rows: list[list[object]] = []
    for c in b.carriers:
        rows.append([t.carrier_label(c.carrier), t.whole(c.amount, lang), t.unit_text(c.unit),
                     t.whole(c.gj, lang), t.quantity(c.toe, lang), t.quantity(c.co2e_t, lang),
                     t.millions(c.cost_vnd, lang), t.percent(c.share_gj, lang),
                     t.percent(c.share_cost, lang)])
    rows.append([translate("Report", "Total"), "", "", t.whole(b.total_gj, lang),
                 t.quantity(b.total_toe, lang), t.quantity(b.total_co2e_t, lang),
                 t.millions(b.total_cost_vnd, lang), "", ""])
    widths = [0.18, 0.12, 0.06, 0.09, 0.09, 0.1, 0.12, 0.12, 0.12]
    keep = [0, 1, 2, 4, 5, 6] if brief else list(range(len(head)))
    if brief:
        widths = [0.26, 0.17, 0.09, 0.14, 0.14, 0.2]
    return st.table([head[i] for i in keep], [[row[i] for i in keep] for row in rows], widths,
                    numeric=[n for n, i in enumerate(keep) if i not in (0, 2)], total=True)


def savings_potential(content: ReportContent) -> list[Flowable]:
    """The retained opportunities' savings, money and CO2e, and per carrier against use."""
    s = st.styles()
    lang, totals, b = content.lang, content.totals.total, content.baseline.baseline
    story: list[Flowable] = []
    if not totals.count:
        return [st.para(translate("Report", "No opportunity has been retained yet."), s.body)]
    text = fill(translate(
        "Report", "Opportunities retained: %1. Together they save %2 per year (%3) for an "
                  "investment of %4, pay back in %5 years and avoid %6 tCO2e per year."),
        totals.count, t.vnd(totals.cost_savings_vnd, lang), t.usd(totals.cost_savings_usd, lang),
        t.vnd(totals.investment_vnd, lang), t.years(totals.weighted_payback_yr, lang),
        t.quantity(totals.co2e_t, lang))
    if content.totals.rejected:
        text += " " + fill(translate("Report", "Rejected opportunities, not counted: %1."),
                           content.totals.rejected)
    story.append(st.para(text, s.body))
    if content.saved_gj:
        share = content.saved_gj / b.total_gj if b.total_gj else None
        story.append(st.para(fill(translate(
            "Report", "Energy saved: %1 GJ/yr (%2 TOE/yr), %3 of the baseline's energy use."),
            t.whole(content.saved_gj, lang), t.quantity(content.saved_toe, lang),
            t.percent(share, lang)), s.body))
    symbiosis = content.totals.symbiosis
    if symbiosis.count:
        story.append(st.para(fill(translate(
            "Report", "Industrial symbiosis with partners outside the enterprise: %1 of these "
                      "opportunities, saving %2 per year."),
            symbiosis.count, t.vnd(symbiosis.cost_savings_vnd, lang)), s.body))
    head = [translate("Report", "Resource"), translate("Report", "Use per year"),
            translate("Report", "Savings per year"), translate("Report", "Unit"),
            translate("Report", "Share of use")]
    rows: list[list[object]] = []
    for carrier, amount in totals.savings.items():
        used = b.carrier(carrier)
        share = amount / used.amount if used is not None and used.amount else None
        rows.append([t.carrier_label(carrier), t.whole(used.amount if used else None, lang),
                     t.whole(amount, lang), t.carrier_unit(carrier), t.percent(share, lang)])
    if rows:
        story.append(st.table(head, rows, [0.3, 0.2, 0.2, 0.12, 0.18], numeric=(1, 2, 4)))
    return story


def priority_table(content: ReportContent) -> Flowable:
    """The retained opportunities in priority order, with the totals of the register."""
    lang, totals = content.lang, content.totals.total
    head = ["#", translate("Report", "Code"), translate("Report", "Opportunity"), "RECP",
            translate("Report", "Savings (million ₫/yr)"),
            translate("Report", "Investment (million ₫)"), translate("Report", "Payback (yr)"),
            translate("Report", "tCO2e/yr"), translate("Report", "Status")]
    rows: list[list[object]] = []
    for rank, row in enumerate(content.priority, start=1):
        rows.append([str(rank), row.code, t.clean(row.title), row.technique,
                     t.millions(row.cost_savings_vnd, lang), t.millions(row.investment_vnd, lang),
                     t.years(row.payback_yr, lang), t.quantity(row.co2e_t, lang),
                     vocab.label(vocab.OPPORTUNITY_STATUSES, row.status)])
    rows.append(["", "", translate("Report", "Total"), "",
                 t.millions(totals.cost_savings_vnd, lang), t.millions(totals.investment_vnd, lang),
                 t.years(totals.weighted_payback_yr, lang), t.quantity(totals.co2e_t, lang), ""])
    widths = [0.035, 0.07, 0.275, 0.065, 0.11, 0.115, 0.1, 0.09, 0.14]
    return st.table(head, rows, widths, numeric=(0, 4, 5, 6, 7), total=True)
