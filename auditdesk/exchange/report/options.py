"""Section 4, the energy and resource saving opportunities: by RECP technique, then
each retained opportunity with its technical basis (formula, inputs with units,
intermediate values, source, assumptions), savings per carrier, cost savings and
the financial analysis; last, the opportunities not retained."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from auditdesk.calc.reference_texts import display_text
from auditdesk.exchange.report import charts
from auditdesk.exchange.report import styles as st
from auditdesk.exchange.report import text as t
from auditdesk.exchange.report.content import OpportunityDetail, ReportContent, estimator_texts
from auditdesk.i18n import fill, format_number, translate
from auditdesk.model import vocab

if TYPE_CHECKING:  # pragma: no cover
    from reportlab.platypus import Flowable


def opportunities(content: ReportContent, heading: st.Heading) -> list[Flowable]:
    """Section 4 in full."""
    from reportlab.platypus import PageBreak, Spacer

    s = st.styles()
    story: list[Flowable] = [PageBreak(), heading(
        translate("Report", "4. Energy and resource saving opportunities"), 0)]
    story.append(st.para(fill(translate(
        "Report", "Opportunities identified: %1, of which retained: %2. Each one retained is "
                  "described below in the order of the priority list, with the basis of its "
                  "estimate so that every figure can be checked."),
        len(content.rows), content.totals.total.count), s.body))
    story.append(heading(translate("Report", "4.1 By RECP technique"), 1))
    if content.totals.total.count:
        story.append(_techniques(content))
    else:
        story.append(st.para(translate("Report", "No opportunity has been retained yet."),
                             s.body))
    if content.priority:
        story += [Spacer(1, 8), st.image(charts.opportunities(content.priority, content.lang),
                                         st.usable_width(), max_height=380)]
    by_id = {d.row.id: d for d in content.details}
    for number, row in enumerate(content.priority, start=2):
        story += _opportunity(by_id[row.id], content, heading, number)
    rejected = [d for d in content.details if d.row.status == "rejected"]
    if rejected:
        story.append(heading(fill(translate("Report", "4.%1 Opportunities not retained"),
                                  len(content.priority) + 2), 1))
        rows: list[list[object]] = [
            [d.row.code, t.clean(d.row.title),
             t.clean(str(getattr(d.opportunity, "rejection_note", "") or "")) or t.DASH]
            for d in rejected]
        story.append(st.table([translate("Report", "Code"), translate("Report", "Opportunity"),
                               translate("Report", "Reason")], rows, [0.1, 0.45, 0.45]))
    return story


def _techniques(content: ReportContent) -> Flowable:
    lang = content.lang
    head = [translate("Report", "RECP technique"), translate("Report", "Count"),
            translate("Report", "Savings (million ₫/yr)"),
            translate("Report", "Investment (million ₫)"), translate("Report", "Payback (yr)"),
            translate("Report", "tCO2e/yr")]
    rows: list[list[object]] = []
    for code in vocab.TECHNIQUES:
        totals = content.totals.by_technique.get(code)
        if totals is None:
            continue
        rows.append([f"{code} – {vocab.label(vocab.TECHNIQUES, code)}", str(totals.count),
                     t.millions(totals.cost_savings_vnd, lang),
                     t.millions(totals.investment_vnd, lang),
                     t.years(totals.weighted_payback_yr, lang), t.quantity(totals.co2e_t, lang)])
    total = content.totals.total
    rows.append([translate("Report", "Total"), str(total.count),
                 t.millions(total.cost_savings_vnd, lang), t.millions(total.investment_vnd, lang),
                 t.years(total.weighted_payback_yr, lang), t.quantity(total.co2e_t, lang)])
    return st.table(head, rows, [0.36, 0.08, 0.16, 0.16, 0.12, 0.12], numeric=(1, 2, 3, 4, 5),
                    total=True)


def _opportunity(detail: OpportunityDetail, content: ReportContent, heading: st.Heading,
                 number: int) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    s = st.styles()
    row, opp = detail.row, detail.opportunity
    title = f"4.{number} {row.code} – {t.clean(row.title)}" if row.code else \
        f"4.{number} {t.clean(row.title)}"
    facts = [
        (translate("Report", "Area"), t.clean(detail.area) or t.DASH),
        (translate("Report", "RECP technique"),
         f"{row.technique} – {vocab.label(vocab.TECHNIQUES, row.technique)}"),
        (translate("Report", "Status"), vocab.label(vocab.OPPORTUNITY_STATUSES, row.status)),
    ]
    if opp.checklist_item_code:
        facts.append((translate("Report", "From the finding"), opp.checklist_item_code))
    if row.symbiosis:
        facts.append((translate("Report", "Industrial symbiosis with"),
                      t.clean(row.partner) or t.DASH))
    implemented = str(getattr(opp, "implementation_date", "") or "")  # the review feature's
    if implemented:
        facts.append((translate("Report", "Implemented on"), t.date(implemented, content.lang)))
    head: list[Flowable] = [heading(title, 1), st.key_values(facts, 0.3)]
    if row.description.strip():
        head += [Spacer(1, 5), st.para(t.clean(row.description), s.body)]
    story: list[Flowable] = [CondPageBreak(150), KeepTogether(head)]
    story += _basis(detail, content)
    story.append(KeepTogether(_savings(detail, content)))
    story.append(KeepTogether(_money(detail, content)))
    return story


def _basis(detail: OpportunityDetail, content: ReportContent) -> list[Flowable]:
    """How the saving was estimated: method, formula, inputs, intermediate values, source."""
    from reportlab.platypus import KeepTogether

    s = st.styles()
    lang, estimate = content.lang, detail.estimate
    title = st.para(translate("Report", "Technical basis"), s.h3)
    if estimate is None:
        return [title, st.para(translate("Report", "This opportunity has no stored estimate: "
                                                   "its savings were entered directly."), s.body)]
    method, formula, assumptions, source = estimator_texts(estimate, lang)
    story: list[Flowable] = [KeepTogether([
        title,
        _labelled(translate("Report", "Method"), method, s.body),
        _labelled(translate("Report", "Formula"), formula, s.body),
    ])]
    inputs = _inputs(estimate, lang)
    if inputs:
        story.append(st.table([translate("Report", "Input"), translate("Report", "Value"),
                               translate("Report", "Unit")], inputs, [0.6, 0.22, 0.18],
                              numeric=(1,)))
    values = [[t.pick(lang, str(v.get("label_vi") or ""), str(v.get("label_en") or "")),
               t.quantity(_number(v.get("value")), lang), t.unit_text(str(v.get("unit") or ""))]
              for v in estimate.get("values") or []]
    if values:
        story.append(st.table([translate("Report", "Intermediate value"),
                               translate("Report", "Value"), translate("Report", "Unit")],
                              values, [0.6, 0.22, 0.18], numeric=(1,)))
    story.append(_labelled(translate("Report", "Source"), source, s.small))
    if assumptions:
        story.append(_labelled(translate("Report", "Assumptions"), "", s.small))
        story += [st.bullet(a) for a in assumptions]
    notes = [t.clean(str(n)) for n in estimate.get("notes") or []]
    if notes:
        story.append(_labelled(translate("Report", "Notes"), "", s.small))
        story += [st.bullet(n) for n in notes]
    story.append(st.para(fill(translate(
        "Report", "Reference data: %1 (%2); grid emission factor of %3."),
        t.clean(display_text(str(estimate.get("reference_set") or ""))),
        t.date(str(estimate.get("reference_date") or ""), lang),
        estimate.get("grid_year") or t.DASH), s.muted))
    return story


def _labelled(label: str, text: str, style: Any) -> Flowable:
    """``label:`` in bold, then ``text``."""
    return st.rich(f"<b>{st.esc(label)}:</b> {st.esc(text)}", style)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else None


def _inputs(estimate: dict[str, Any], lang: str) -> list[list[object]]:
    """The inputs used, in the estimator's units; defaults marked; zero defaults (inputs
    that were not used, e.g. the carriers a custom estimate leaves empty) left out."""
    rows: list[list[object]] = []
    default = translate("Report", "default")
    for item in estimate.get("inputs") or []:
        label = t.pick(lang, str(item.get("label_vi") or ""), str(item.get("label_en") or ""))
        value = item.get("value")
        if item.get("is_default") and _number(value) == 0:
            continue
        if isinstance(value, str):
            shown, unit = t.choice_label(value), ""
        else:
            shown, unit = t.plain(_number(value), lang), t.unit_text(str(item.get("unit") or ""))
        if item.get("is_default"):
            label = f"{label} ({default})"
        rows.append([label, shown, unit])
    return rows


def _savings(detail: OpportunityDetail, content: ReportContent) -> list[Flowable]:
    """Savings per carrier as stored with the estimate, money and CO2e, and the total."""
    s = st.styles()
    lang, row = content.lang, detail.row
    head = [translate("Report", "Resource"), translate("Report", "Savings per year"),
            translate("Report", "Unit"), translate("Report", "Cost savings (₫/yr)"),
            translate("Report", "tCO2e/yr")]
    rows: list[list[object]] = []
    for saving in detail.savings:
        rows.append([t.carrier_label(saving.carrier), t.quantity(saving.amount, lang),
                     t.carrier_unit(saving.carrier), t.vnd(saving.cost_vnd, lang),
                     t.quantity(saving.co2e_t, lang)])
    if detail.opportunity.extra_savings_vnd:
        rows.append([translate("Report", "Other cost savings"), "", "",
                     t.vnd(detail.opportunity.extra_savings_vnd, lang), ""])
    rows.append([translate("Report", "Total"), "", "", t.vnd(row.cost_savings_vnd, lang),
                 t.quantity(row.co2e_t, lang)])
    return [st.para(translate("Report", "Savings"), s.h3),
            st.table(head, rows, [0.3, 0.18, 0.12, 0.24, 0.16], numeric=(1, 3, 4), total=True)]


def _money(detail: OpportunityDetail, content: ReportContent) -> list[Flowable]:
    """Investment, net savings, payback, NPV, IRR, CO2e and abatement cost."""
    s = st.styles()
    lang, row, opp = content.lang, detail.row, detail.opportunity
    parts = [(translate("Report", "equipment"), opp.investment_equipment),
             (translate("Report", "installation"), opp.investment_installation),
             (translate("Report", "engineering"), opp.investment_engineering),
             (translate("Report", "other"), opp.investment_other)]
    split = ", ".join(f"{name} {t.vnd(value, lang)}" for name, value in parts if value)
    investment = t.vnd(row.investment_vnd, lang) + (f" ({split})" if split and
                                                     sum(1 for _, v in parts if v) > 1 else "")
    if row.irr is not None:
        irr = t.percent(row.irr, lang)
    else:
        irr = translate("Report", "does not exist (the cash flows never change sign)")
    payback = (fill(translate("Report", "%1 years"), t.years(row.payback_yr, lang))
               if row.payback_yr is not None else
               translate("Report", "no payback: the net savings are not positive"))
    pairs = [
        (translate("Report", "Investment"), investment),
        (translate("Report", "Change in O&M cost"),
         fill(translate("Report", "%1 per year"), t.vnd(row.om_cost_change_vnd, lang))),
        (translate("Report", "Net annual savings"),
         fill(translate("Report", "%1 per year"), t.vnd(row.net_savings_vnd, lang))
         + (f" ({t.usd(row.cost_savings_usd, lang)})" if row.cost_savings_usd else "")),
        (translate("Report", "Simple payback"), payback),
        (fill(translate("Report", "NPV (%1 discount rate, %2 years)"),
              t.percent(row.discount_rate, lang, 0), format_number(row.lifetime_yr, 0, lang)),
         t.vnd(row.npv_vnd, lang)),
        (translate("Report", "IRR"), irr),
        (translate("Report", "CO2e avoided"),
         fill(translate("Report", "%1 t per year"), t.quantity(row.co2e_t, lang))),
    ]
    if row.mac_vnd_per_t is not None:
        pairs.append((translate("Report", "Marginal abatement cost"),
                      fill(translate("Report", "%1 per tCO2e"), t.vnd(row.mac_vnd_per_t, lang))))
    return [st.para(translate("Report", "Financial analysis"), s.h3), st.key_values(pairs, 0.36)]
