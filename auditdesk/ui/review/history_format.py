"""How history rows read: what a row is about, which field changed, old and new values
in the UI's language and number format."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from auditdesk.i18n import QT_TRANSLATE_NOOP, format_iso_date, format_number
from auditdesk.model import vocab
from auditdesk.model.carriers import CARRIERS
from auditdesk.review.history import Subject
from auditdesk.review.lifecycle import reason_label, sort_label
from auditdesk.review.roles import role_label
from auditdesk.ui.labels import vocab_label

FIELDS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("HistoryFormat", "Status"),
    "title": QT_TRANSLATE_NOOP("HistoryFormat", "Title"),
    "code": QT_TRANSLATE_NOOP("HistoryFormat", "Code"),
    "description": QT_TRANSLATE_NOOP("HistoryFormat", "Description"),
    "technique": QT_TRANSLATE_NOOP("HistoryFormat", "RECP technique"),
    "priority": QT_TRANSLATE_NOOP("HistoryFormat", "Priority"),
    "owner": QT_TRANSLATE_NOOP("HistoryFormat", "Owner"),
    "inputs": QT_TRANSLATE_NOOP("HistoryFormat", "Estimator inputs"),
    "estimate": QT_TRANSLATE_NOOP("HistoryFormat", "Estimate report"),
    "estimator_id": QT_TRANSLATE_NOOP("HistoryFormat", "Estimator"),
    "investment_equipment": QT_TRANSLATE_NOOP("HistoryFormat", "Investment: equipment"),
    "investment_installation": QT_TRANSLATE_NOOP("HistoryFormat", "Investment: installation"),
    "investment_engineering": QT_TRANSLATE_NOOP("HistoryFormat", "Investment: engineering"),
    "investment_other": QT_TRANSLATE_NOOP("HistoryFormat", "Investment: other"),
    "amount": QT_TRANSLATE_NOOP("HistoryFormat", "Amount per year"),
    "cost_vnd": QT_TRANSLATE_NOOP("HistoryFormat", "Cost savings (₫/yr)"),
    "co2e_t": QT_TRANSLATE_NOOP("HistoryFormat", "tCO2e/yr"),
    "rejection_reason": QT_TRANSLATE_NOOP("HistoryFormat", "Reason for rejection"),
    "rejection_note": QT_TRANSLATE_NOOP("HistoryFormat", "Rejection details"),
    "recp_sort": QT_TRANSLATE_NOOP("HistoryFormat", "RECP sort"),
    "implementation_date": QT_TRANSLATE_NOOP("HistoryFormat", "Implementation date"),
    "actual_investment": QT_TRANSLATE_NOOP("HistoryFormat", "Actual investment (₫)"),
    "ipmvp_option": QT_TRANSLATE_NOOP("HistoryFormat", "IPMVP option"),
    "verification_meters": QT_TRANSLATE_NOOP("HistoryFormat", "Verifying meters"),
    "verified_savings": QT_TRANSLATE_NOOP("HistoryFormat", "Measured savings"),
    "locked": QT_TRANSLATE_NOOP("HistoryFormat", "Locked"),
    "signed_off_by": QT_TRANSLATE_NOOP("HistoryFormat", "Signed off by"),
    "signed_off_role": QT_TRANSLATE_NOOP("HistoryFormat", "Signed off as"),
    "signed_off_on": QT_TRANSLATE_NOOP("HistoryFormat", "Signed off on"),
    "unlock_reason": QT_TRANSLATE_NOOP("HistoryFormat", "Reason for unlocking"),
    "baseline_start": QT_TRANSLATE_NOOP("HistoryFormat", "Baseline from"),
    "baseline_end": QT_TRANSLATE_NOOP("HistoryFormat", "Baseline to"),
    "answer": QT_TRANSLATE_NOOP("HistoryFormat", "Answer"),
    "note": QT_TRANSLATE_NOOP("HistoryFormat", "Note"),
    "finding": QT_TRANSLATE_NOOP("HistoryFormat", "Finding"),
    "value": QT_TRANSLATE_NOOP("HistoryFormat", "Value"),
    "unit": QT_TRANSLATE_NOOP("HistoryFormat", "Unit"),
    "area": QT_TRANSLATE_NOOP("HistoryFormat", "Area"),
    "checklist_item_code": QT_TRANSLATE_NOOP("HistoryFormat", "Checklist item"),
    "extra_savings_vnd": QT_TRANSLATE_NOOP("HistoryFormat", "Other savings (₫/yr)"),
    "om_cost_change": QT_TRANSLATE_NOOP("HistoryFormat", "Change in O&M cost (₫/yr)"),
    "lifetime_yr": QT_TRANSLATE_NOOP("HistoryFormat", "Lifetime (yr)"),
    "discount_rate": QT_TRANSLATE_NOOP("HistoryFormat", "Discount rate"),
    "symbiosis": QT_TRANSLATE_NOOP("HistoryFormat", "Industrial symbiosis"),
    "partner": QT_TRANSLATE_NOOP("HistoryFormat", "Partner"),
    "start_date": QT_TRANSLATE_NOOP("HistoryFormat", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("HistoryFormat", "End date"),
    "auditors": QT_TRANSLATE_NOOP("HistoryFormat", "Auditors"),
    "reviewer": QT_TRANSLATE_NOOP("HistoryFormat", "Enterprise reviewer"),
    "notes": QT_TRANSLATE_NOOP("HistoryFormat", "Notes"),
    "caption": QT_TRANSLATE_NOOP("HistoryFormat", "Caption"),
    "grid_year": QT_TRANSLATE_NOOP("HistoryFormat", "Grid emission factor year"),
    "reference_set_id": QT_TRANSLATE_NOOP("HistoryFormat", "Reference data"),
    "template_code": QT_TRANSLATE_NOOP("HistoryFormat", "Checklist template"),
    "template_version": QT_TRANSLATE_NOOP("HistoryFormat", "Checklist version"),
    "template_addons": QT_TRANSLATE_NOOP("HistoryFormat", "Checklist add-ons"),
}
ENTITIES: dict[str, str] = {
    "audit": QT_TRANSLATE_NOOP("HistoryFormat", "Audit"),
    "opportunity": QT_TRANSLATE_NOOP("HistoryFormat", "Opportunity"),
    "opportunity_saving": QT_TRANSLATE_NOOP("HistoryFormat", "Savings"),
    "comment": QT_TRANSLATE_NOOP("HistoryFormat", "Comment"),
    "area": QT_TRANSLATE_NOOP("HistoryFormat", "Area"),
    "checklist_response": QT_TRANSLATE_NOOP("HistoryFormat", "Checklist answer"),
    "attachment": QT_TRANSLATE_NOOP("HistoryFormat", "Photo or document"),
}
_DATES = {"implementation_date", "signed_off_on", "baseline_start", "baseline_end",
          "start_date", "end_date"}
_BOOLS = {"locked", "finding", "symbiosis", "builtin"}
_LIMIT = 120



def field_label(field: str | None, op: str) -> str:
    if op == "create":
        return QCoreApplication.translate("HistoryFormat", "created")
    if op == "delete":
        return QCoreApplication.translate("HistoryFormat", "deleted")
    if op == "import":
        return QCoreApplication.translate("HistoryFormat", "imported")
    text = FIELDS.get(field or "")
    return QCoreApplication.translate("HistoryFormat", text) if text else (field or "")


def subject_label(entity: str, subject: Subject | None) -> str:
    """``Opportunity PN-02``, ``Savings PN-02 · Coal``, ``Comment · PN-02``, ``Audit`` …"""
    text = ENTITIES.get(entity)
    name = QCoreApplication.translate("HistoryFormat", text) if text else entity
    if subject is None or not subject.opportunity_code and not subject.opportunity_title:
        return name
    code = subject.opportunity_code or subject.opportunity_title
    if subject.carrier:
        carrier = CARRIERS[subject.carrier].label if subject.carrier in CARRIERS else \
            subject.carrier
        return f"{name} {code} · {carrier}"
    return f"{name} {code}"


def _number(text: str) -> str | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return format_number(value, 0 if abs(value) >= 100 or value == int(value) else 2)


def value_text(field: str | None, value: str | None) -> str:
    """A stored history value as people read it (codes as labels, dates and numbers
    in the UI format, snapshots as their title or text)."""
    if value is None or value == "":
        return "—"
    if field == "status":
        return vocab_label(vocab.OPPORTUNITY_STATUSES, value) if value in \
            vocab.OPPORTUNITY_STATUSES else vocab_label(vocab.AUDIT_STATUSES, value)
    if field == "rejection_reason":
        return reason_label(value)
    if field == "recp_sort":
        return sort_label(value)
    if field in ("signed_off_role", "role"):
        return role_label(value)
    if field == "technique":
        return f"{value} — {vocab_label(vocab.TECHNIQUES, value)}"
    if field in _BOOLS:
        if value in ("1", "true"):
            return QCoreApplication.translate("HistoryFormat", "yes")
        return QCoreApplication.translate("HistoryFormat", "no")
    if field in _DATES:
        return format_iso_date(value)
    if field is None:
        return _snapshot(value)
    number = _number(value) if field not in ("code", "title", "note", "body") else None
    text = number if number is not None else value
    return text if len(text) <= _LIMIT else text[:_LIMIT - 1] + "…"


def _snapshot(value: str) -> str:
    try:
        data: Any = json.loads(value)
    except ValueError:
        return value[:_LIMIT]
    if not isinstance(data, dict):
        return str(data)[:_LIMIT]
    if data.get("item_code"):  # a checklist answer
        answer = data.get("answer") or data.get("value")
        text = f"{data['item_code']}: {'' if answer is None else answer} {data.get('unit') or ''}"
        return text.strip().rstrip(":")
    for key in ("body", "title", "name", "filename", "caption"):
        if data.get(key):
            text = str(data[key])
            return text if len(text) <= _LIMIT else text[:_LIMIT - 1] + "…"
    if "carrier" in data and "amount" in data:
        carrier = CARRIERS[data["carrier"]] if data["carrier"] in CARRIERS else None
        unit = carrier.unit_display if carrier else ""
        return QCoreApplication.translate("HistoryFormat", "%1 %2/yr").replace(
            "%1", format_number(float(data["amount"] or 0))).replace("%2", unit)
    if "inserted" in data:
        return QCoreApplication.translate("HistoryFormat", "%1 readings").replace(
            "%1", format_number(data["inserted"]))
    return "…"
