"""Section 2, the enterprise and its operations, and section 3, current energy and
water use: energy balance, consumption by month, specific consumption and meters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditdesk.calc.reference_texts import display_text
from auditdesk.exchange.report import charts
from auditdesk.exchange.report import styles as st
from auditdesk.exchange.report import text as t
from auditdesk.exchange.report.content import ReportContent
from auditdesk.exchange.report.front import baseline_period, consumption_table
from auditdesk.i18n import fill, format_number, translate
from auditdesk.model import vocab

if TYPE_CHECKING:  # pragma: no cover
    from reportlab.platypus import Flowable

def enterprise(content: ReportContent, heading: st.Heading) -> list[Flowable]:
    """Section 2: who the enterprise is, what it makes, and how the audit was done."""
    s = st.styles()
    lang, e, audit = content.lang, content.enterprise, content.audit
    story: list[Flowable] = [heading(translate("Report", "2. The enterprise and its "
                                                         "operations"), 0)]
    park = ""
    if content.park is not None:
        park = t.clean(content.park.name)
        if content.park.province and content.park.province not in park:
            park = f"{park}, {t.clean(content.park.province)}"
    contact = ", ".join(x for x in (t.clean(e.contact_name), t.clean(e.contact_phone),
                                    t.clean(e.contact_email)) if x)
    pairs = [
        (translate("Report", "Enterprise"), t.clean(e.name)),
        (translate("Report", "Industrial park"), park or t.DASH),
        (translate("Report", "Address"), t.clean(e.address) or t.DASH),
        (translate("Report", "Sector"), vocab.label(vocab.SECTORS, e.sector)),
        (translate("Report", "Products"), t.clean(e.products) or t.DASH),
        (translate("Report", "Capacity"), t.clean(e.capacity) or t.DASH),
        (translate("Report", "Employees"), t.whole(e.employees, lang)),
        (translate("Report", "Shifts per day"), t.whole(e.shifts, lang)),
        (translate("Report", "Operating hours"),
         fill(translate("Report", "%1 h/yr"), t.whole(e.operating_hours, lang))
         if e.operating_hours is not None else t.DASH),
        (translate("Report", "Grid connection (EVN tariff)"),
         vocab.label(vocab.VOLTAGE_LEVELS, e.voltage_level)),
        (translate("Report", "Contact"), contact or t.DASH),
    ]
    story += [heading(translate("Report", "2.1 General information"), 1), st.key_values(pairs)]
    if e.notes.strip():
        story.append(st.para(t.clean(e.notes), s.body))

    story.append(heading(translate("Report", "2.2 Production"), 1))
    result = content.baseline
    if result.product and result.production:
        made = sum(result.production.values())
        text = fill(translate("Report", "Main product in the baseline period: %1, %2 %3 in "
                                        "%4 months (%5 %3 per month on average)."),
                    t.clean(result.product), t.whole(made, lang),
                    t.unit_text(result.production_unit), len(result.production),
                    t.whole(made / len(result.production), lang))
        others = [t.clean(p) for p in result.products if p != result.product]
        if others:
            text += " " + fill(translate("Report", "Other products: %1."), ", ".join(others))
        story.append(st.para(text, s.body))
    else:
        story.append(st.para(translate("Report", "No production figures were recorded for the "
                                                 "baseline period."), s.body))

    story.append(heading(translate("Report", "2.3 The audit"), 1))
    reference = content.reference
    checklist = t.DASH
    if content.checklist_name:
        checklist = fill(translate("Report", "%1 (%2 of %3 items answered)"),
                         content.checklist_name, content.checklist_answered,
                         content.checklist_shown)
    grid = (fill(translate("Report", "grid emission factor of %1"), content.grid_year)
            if content.grid_year else "")
    pairs = [
        (translate("Report", "Audit"), t.clean(audit.title)),
        (translate("Report", "Audit type"), vocab.label(vocab.AUDIT_TYPES, audit.audit_type)),
        (translate("Report", "Status"), vocab.label(vocab.AUDIT_STATUSES, audit.status)),
        (translate("Report", "Auditors"), t.clean(audit.auditors) or t.DASH),
        (translate("Report", "Reviewer"), t.clean(audit.reviewer) or t.DASH),
        (translate("Report", "Walk-through checklist"), checklist),
        (translate("Report", "Baseline period"), baseline_period(content)),
        (translate("Report", "Reference data"),
         ", ".join(x for x in (fill(translate("Report", "%1 of %2"),
                                    t.clean(display_text(reference.name)),
                                    t.date(reference.effective_date, lang)), grid) if x)),
    ]
    story.append(st.key_values(pairs))
    if audit.notes.strip():
        story.append(st.para(t.clean(audit.notes), s.body))
    return story


def current_use(content: ReportContent, heading: st.Heading) -> list[Flowable]:
    """Section 3: the energy balance, months, specific consumption and meters."""
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    s = st.styles()
    lang, result = content.lang, content.baseline
    b = result.baseline
    story: list[Flowable] = [PageBreak(), heading(
        translate("Report", "3. Current energy and water use"), 0)]
    story.append(heading(translate("Report", "3.1 Energy balance"), 1))
    story.append(st.para(fill(translate(
        "Report", "Annual use per carrier in the baseline period %1, from the top-level meters "
                  "(sub-meters are inside them), converted with the reference data “%2”: "
                  "GJ by calorific value, TOE by the MOIT factors, tCO2e by the grid and IPCC "
                  "factors, cost at the set's prices."),
        baseline_period(content), t.clean(display_text(content.reference.name))), s.body))
    nothing = st.para(translate("Report", "No meter readings cover the baseline period."),
                      s.body)
    if b.carriers:
        story.append(consumption_table(content))
        story += [Spacer(1, 6), st.image(charts.shares(result, lang), st.usable_width())]
    else:
        story.append(nothing)
    story.append(heading(translate("Report", "3.2 Consumption by month"), 1))
    if b.carriers:
        story.append(st.image(charts.monthly(result, lang), st.usable_width()))
        story.append(_months_table(content))
    else:
        story.append(nothing)
    notes = list(result.notes)
    if notes:
        story.append(st.para(translate("Report", "Notes on the data:"), s.h3))
        story += [st.bullet(n) for n in notes]

    story.append(heading(translate("Report", "3.3 Specific consumption"), 1))
    story += _specific(content)
    story.append(KeepTogether([heading(translate("Report", "3.4 Meters"), 1),
                               _meters_table(content)]))
    return story


def _months_table(content: ReportContent) -> Flowable:
    """Consumption of each carrier per month in its own unit, with production."""
    lang, result = content.lang, content.baseline
    carriers = result.baseline.carriers
    head = [translate("Report", "Month")]
    head += [f"{t.carrier_label(c.carrier)} ({t.unit_text(c.unit)})" for c in carriers]
    if result.production:
        head.append(fill(translate("Report", "Production (%1)"),
                         t.unit_text(result.production_unit)))
    incomplete = False
    rows: list[list[object]] = []
    for index, month in enumerate(result.period.months):
        row: list[object] = [t.month(month, lang)]
        for c in carriers:
            item = c.months[index]
            mark = "" if item.status == "complete" else " *"
            incomplete = incomplete or bool(mark)
            row.append(t.whole(item.consumption, lang) + mark)
        if result.production:
            row.append(t.whole(result.production.get(month), lang))
        rows.append(row)
    total: list[object] = [translate("Report", "Total")]
    total += [t.whole(c.amount, lang) for c in carriers]
    if result.production:
        total.append(t.whole(sum(result.production.values()), lang))
    rows.append(total)
    columns = len(head)
    first = 0.16
    widths = [first] + [(1 - first) / (columns - 1)] * (columns - 1)
    items: list[Flowable] = [st.table(head, rows, widths, numeric=range(1, columns), total=True)]
    if incomplete:
        items.append(st.para(translate("Report", "* month not fully covered by readings."),
                             st.styles().muted))
    from reportlab.platypus import KeepTogether

    return KeepTogether(items)


def _specific(content: ReportContent) -> list[Flowable]:
    """Specific consumption (KPIs) and the regression on production, with two charts."""
    s = st.styles()
    lang, result = content.lang, content.baseline
    if not result.production:
        return [st.para(translate("Report", "No production figures: no specific consumption "
                                            "or regression."), s.body)]
    story: list[Flowable] = [st.para(fill(translate(
        "Report", "Consumption per %1 of %2 (complete months only), and the regression of "
                  "monthly consumption on production: consumption = fixed part + variable "
                  "part × production. The fixed part is the base load that does not change "
                  "with output."), t.unit_text(result.production_unit),
        t.clean(result.product or "")), s.body)]
    head = [translate("Report", "Series"), translate("Report", "Specific consumption"),
            translate("Report", "Fixed per month"), translate("Report", "Variable per unit"),
            "R²", translate("Report", "Months")]
    rows: list[list[object]] = []
    for model in result.models:
        specific = model.specific
        fit = model.regression
        unit = t.unit_text(model.unit)
        rows.append([
            charts.series_label(model.key),
            (f"{t.quantity(specific.overall, lang)} {t.unit_text(specific.unit)}"
             if specific and specific.overall is not None else t.DASH),
            f"{t.whole(fit.fixed, lang)} {unit}" if fit else t.DASH,
            (f"{t.quantity(fit.variable, lang)} {unit}/{t.unit_text(result.production_unit)}"
             if fit else (model.note or t.DASH)),
            format_number(fit.r_squared, 3, lang) if fit else t.DASH,
            str(fit.n) if fit else t.DASH,
        ])
    story.append(st.table(head, rows, [0.2, 0.2, 0.18, 0.22, 0.1, 0.1],
                          numeric=(1, 2, 3, 4, 5)))
    main = charts.main_model(result)
    if main is not None:
        half = st.usable_width() / 2 - 4
        story.append(st.layout_grid([[st.image(charts.specific(result, main, lang), half),
                                      st.image(charts.regression(result, main, lang), half)]],
                                    [half + 4, half + 4]))
    return story


def _meters_table(content: ReportContent) -> Flowable:
    """The meters behind the figures: carrier, unit, where, and which feed which."""
    names = {m.id: t.clean(m.name) for m in content.meters}
    head = [translate("Report", "Meter"), translate("Report", "Carrier"),
            translate("Report", "Unit"), translate("Report", "Location"),
            translate("Report", "Kind"), translate("Report", "Sub-meter of")]
    rows: list[list[object]] = []
    for meter in content.meters:
        rows.append([names[meter.id], t.carrier_label(meter.carrier), t.unit_text(meter.unit),
                     t.clean(meter.location) or t.DASH,
                     vocab.label(vocab.METER_KINDS, meter.kind),
                     names.get(meter.parent_id or "", t.DASH)])
    if not rows:
        return st.para(translate("Report", "No meters recorded."), st.styles().body)
    return st.table(head, rows, [0.25, 0.14, 0.08, 0.21, 0.16, 0.16])
