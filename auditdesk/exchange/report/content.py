"""Everything one audit report prints, read from the store (no layout, no Qt).

Each figure comes from the function the application itself shows it with:

* consumption, energy balance, monthly totals, specific consumption and the
  regression: ``store.baseline.audit_baseline`` (the *Baseline* tab);
* opportunities, their savings, money, payback, NPV, IRR, CO2e and MAC:
  ``store.estimates.register_rows`` and the totals ``audit_totals`` (the
  register); per-carrier rows as stored (``store.savings``, written with the
  estimate); the technical basis from the stored estimate (``Opportunity.estimate``,
  the engine's report) with the formula and assumptions of the estimator in the
  report's language;
* walk-through findings, answers, notes and photos: ``store.checklists`` and
  ``store.attachments``.

Photos are downscaled here (``PHOTO_MAX_PX``) and bounded in number
(``PHOTOS_PER_ITEM``, ``PHOTOS_TOTAL``), so a report of an audit with hundreds
of phone photos stays a few megabytes.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditdesk.exchange.report.text import clean, pick, plain, unit_text

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.calc.reference import ReferenceData
    from auditdesk.model.entities import (
        Audit,
        Enterprise,
        Meter,
        Opportunity,
        OpportunitySaving,
        Park,
    )
    from auditdesk.store.baseline import AuditBaseline
    from auditdesk.store.database import Store
    from auditdesk.store.estimates import AuditTotals, RegisterRow

Progress = Callable[[int, int, str], None]

PHOTO_MAX_PX = 1000  # longest side of a photo in the report (≈ 170 dpi at 15 cm)
PHOTOS_PER_ITEM = 4
PHOTOS_TOTAL = 40


@dataclass(frozen=True)
class Photo:
    """A photo as the report embeds it: downscaled bytes (JPEG or PNG) and its size."""

    caption: str
    filename: str
    data: bytes
    width: int
    height: int


@dataclass(frozen=True)
class Finding:
    """A checklist item the auditor flagged (or one with photos), as read in ``lang``."""

    item_code: str
    area: str
    question: str
    answer: str
    note: str
    flagged: bool
    opportunity_code: str = ""
    photos: list[Photo] = field(default_factory=list)


@dataclass(frozen=True)
class OpportunityDetail:
    """One opportunity: its register row, stored record, per-carrier savings and the
    stored estimate (``None`` when it was never estimated)."""

    row: RegisterRow
    opportunity: Opportunity
    savings: list[OpportunitySaving]
    estimate: dict[str, Any] | None
    area: str


@dataclass
class ReportContent:
    """The report's material. ``priority`` is the register's rows without rejected
    ones, quickest payback first (see ``priority_order``)."""

    lang: str
    made_on: _dt.date
    audit: Audit
    enterprise: Enterprise
    park: Park | None
    reference: ReferenceData
    grid_year: int | None
    baseline: AuditBaseline
    meters: list[Meter]
    rows: list[RegisterRow]
    totals: AuditTotals
    usd_rate: float | None
    details: list[OpportunityDetail]
    priority: list[RegisterRow]
    saved_gj: float
    saved_toe: float
    checklist_name: str = ""
    checklist_answered: int = 0
    checklist_shown: int = 0
    findings: list[Finding] = field(default_factory=list)
    photo_items: list[Finding] = field(default_factory=list)
    photos_left_out: int = 0
    notes: list[str] = field(default_factory=list)


def priority_order(rows: list[RegisterRow]) -> list[RegisterRow]:
    """Kept opportunities by payback, quickest first; those that never pay back last;
    ties by the larger NPV, then by code."""
    kept = [r for r in rows if r.status != "rejected"]
    return sorted(kept, key=lambda r: (r.payback_yr is None, r.payback_yr or 0.0,
                                       -(r.npv_vnd or 0.0), r.code))


def _estimate(opportunity: Opportunity) -> dict[str, Any] | None:
    if not opportunity.estimate:
        return None
    try:
        data = json.loads(opportunity.estimate)
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def area_names(store: Store, audit_id: str, lang: str) -> dict[str, str]:
    """Area code → name: the audit's own areas, else the checklist templates' areas."""
    from auditdesk.store.checklists import shipped_templates

    names: dict[str, str] = {}
    for template in shipped_templates():
        for area in template.areas:
            names.setdefault(area.code, area.name(lang))
    for area in store.areas.list("audit_id = ?", (audit_id,)):
        names[area.code] = clean(area.name)
    return names


def downscale(data: bytes, max_px: int = PHOTO_MAX_PX) -> tuple[bytes, int, int]:
    """A photo no larger than ``max_px`` on its longest side, turned upright (EXIF);
    small JPEG/PNG files are kept as they are, others become JPEG (quality 80)."""
    import io

    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as image:
        turned = image.getexif().get(0x0112, 1) not in (0, 1)  # EXIF orientation
        small_enough = max(image.size) <= max_px and len(data) <= 400_000
        if small_enough and image.format in ("JPEG", "PNG") and not turned:
            return data, image.size[0], image.size[1]
        upright = ImageOps.exif_transpose(image)
        width, height = upright.size
        if max(width, height) > max_px:
            scale = max_px / max(width, height)
            upright = upright.resize((max(1, round(width * scale)), max(1, round(height * scale))),
                                     Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if upright.mode in ("RGBA", "LA", "P") and image.format == "PNG" and small_enough:
            upright.save(out, format="PNG", optimize=True)
        else:
            upright.convert("RGB").save(out, format="JPEG", quality=80, optimize=True)
        return out.getvalue(), upright.size[0], upright.size[1]


def _findings(store: Store, content: ReportContent, names: dict[str, str],
              progress: Progress) -> None:
    """Fill the checklist's findings and photographed items into ``content``."""
    from auditdesk.store import attachments
    from auditdesk.store.checklists import AuditChecklist, ChecklistError

    lang = content.lang
    try:
        checklist = AuditChecklist.load(store, content.audit.id)
    except ChecklistError as exc:
        content.notes.append(str(exc))
        return
    if checklist is None:
        return
    content.checklist_name = checklist.template.name(lang)
    report_total = checklist.completion().total
    content.checklist_answered, content.checklist_shown = report_total.answered, report_total.total
    order = {item.code: index for index, item in enumerate(checklist.template.items)}
    flagged = checklist.flagged
    wanted = sorted((set(flagged) | set(checklist.photo_counts)) & set(order),
                    key=lambda code: order[code])
    budget = PHOTOS_TOTAL
    for index, code in enumerate(wanted):
        progress(index, len(wanted), "")
        item = checklist.item(code)
        photos: list[Photo] = []
        stored = attachments.photos_of_item(store, content.audit.id, code)
        for attachment in stored[:min(PHOTOS_PER_ITEM, budget)]:
            try:
                data, width, height = downscale(attachments.photo_data(store.conn,
                                                                       attachment.sha256))
            except (OSError, ValueError, attachments.PhotoError):
                content.photos_left_out += 1  # unreadable: the report goes on without it
                continue
            photos.append(Photo(clean(attachment.caption), attachment.filename, data, width,
                                height))
        budget -= len(photos)
        content.photos_left_out += len(stored) - len(photos)
        area = checklist.template.area(item.area)
        linked = checklist.opportunities.get(code)
        answer = checklist.label(code, lang)
        value = checklist.stored_answer(code)
        if item.answer_type == "number" and isinstance(value, (int, float)):
            answer = f"{plain(float(value), lang)} {unit_text(checklist.unit(code))}".strip()
        finding = Finding(
            item_code=code,
            area=area.name(lang) if area else names.get(item.area, item.area),
            question=clean(item.text(lang)),
            answer=clean(answer),
            note=clean(checklist.note(code)),
            flagged=code in flagged,
            opportunity_code=linked.code if linked else "",
            photos=photos,
        )
        (content.findings if finding.flagged else content.photo_items).append(finding)


def gather(store: Store, audit_id: str, lang: str, progress: Progress | None = None,
           today: _dt.date | None = None) -> ReportContent:
    """Read everything the report of ``audit_id`` prints, with texts in ``lang``.

    Call it with ``lang`` as the core's language (``text.report_language``):
    carrier names, notes and labels are translated as they are read.
    ``progress(done, total, text)`` is called between steps (it may raise to cancel).
    """
    from auditdesk.calc.baseline import grid_year
    from auditdesk.store.baseline import audit_baseline
    from auditdesk.store.estimates import audit_totals, register_rows, vnd_per_usd

    report = progress or (lambda done, total, text: None)
    audit = store.audits.get(audit_id)
    enterprise = store.enterprises.get(audit.enterprise_id)
    park = store.parks.find(enterprise.park_id) if enterprise.park_id else None
    reference = store.reference_sets.for_audit(audit_id)
    report(0, 0, "")
    baseline = audit_baseline(store, audit_id)
    rows = register_rows(store, audit_id)
    names = area_names(store, audit_id, lang)
    opportunities = {o.id: o for o in store.opportunities.for_audit(audit_id)}
    savings: dict[str, list[OpportunitySaving]] = {}
    for saving in store.savings.list(
            "opportunity_id IN (SELECT id FROM opportunity WHERE audit_id = ?)", (audit_id,),
            order_by="rowid"):
        savings.setdefault(saving.opportunity_id, []).append(saving)
    details = [OpportunityDetail(row, opportunities[row.id], savings.get(row.id, []),
                                 _estimate(opportunities[row.id]), names.get(row.area, row.area))
               for row in rows]
    kept = [d for d in details if d.row.status != "rejected"]
    try:
        year: int | None = grid_year(reference, audit.grid_year)
    except LookupError:
        year = None
    content = ReportContent(
        lang=lang, made_on=today or _dt.date.today(), audit=audit, enterprise=enterprise,
        park=park, reference=reference, grid_year=year, baseline=baseline,
        meters=store.meters.for_enterprise(enterprise.id), rows=rows,
        totals=audit_totals(store, audit_id), usd_rate=vnd_per_usd(store, audit_id),
        details=details, priority=priority_order(rows),
        saved_gj=sum(float((d.estimate or {}).get("total_energy_gj") or 0.0) for d in kept),
        saved_toe=sum(float((d.estimate or {}).get("total_toe") or 0.0) for d in kept),
    )
    _findings(store, content, names, report)
    return content


def estimator_texts(estimate: dict[str, Any], lang: str) -> tuple[str, str, list[str], str]:
    """Title, formula, assumptions and source of the estimate's estimator in ``lang``.

    The stored estimate holds them in the language of the moment it was made;
    the estimator itself gives them in any language (its source through the
    catalogue when it has a translation: most are titles of English documents).
    A custom estimate has no published source: the auditor's own figures are.
    An estimator that no longer exists keeps the stored texts.
    """
    from auditdesk.calc import estimator as registry
    from auditdesk.i18n import translate

    estimator_id = str(estimate.get("estimator_id") or "")
    try:
        known = registry.get(estimator_id)
    except KeyError:
        return (pick(lang, str(estimate.get("title_vi") or ""),
                     str(estimate.get("title_en") or "")),
                clean(str(estimate.get("formula") or "")),
                [clean(str(a)) for a in estimate.get("assumptions") or []],
                clean(str(estimate.get("source") or "")))
    if estimator_id == "custom":
        source = translate("Report", "Figures given by the auditor; the description of the "
                                     "opportunity says how they were obtained.")
    else:
        source = translate("Estimator", known.source)
    return (pick(lang, known.title_vi, known.title_en),
            clean(translate("Estimator", known.formula)),
            [clean(translate("Estimator", text)) for text in known.assumptions],
            clean(source))
