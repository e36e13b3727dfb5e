"""Names people read for the tables and fields a merge talks about.

Tables and columns that later migrations add show their own name (underscores
as spaces) until a label is added here.
"""

from __future__ import annotations

from typing import Any

from auditdesk.i18n import QT_TRANSLATE_NOOP, translate

TABLES: dict[str, str] = {
    "park": QT_TRANSLATE_NOOP("MergeTables", "Park"),
    "enterprise": QT_TRANSLATE_NOOP("MergeTables", "Enterprise"),
    "audit": QT_TRANSLATE_NOOP("MergeTables", "Audit"),
    "area": QT_TRANSLATE_NOOP("MergeTables", "Area"),
    "meter": QT_TRANSLATE_NOOP("MergeTables", "Meter"),
    "reading": QT_TRANSLATE_NOOP("MergeTables", "Reading"),
    "production": QT_TRANSLATE_NOOP("MergeTables", "Production"),
    "checklist_template": QT_TRANSLATE_NOOP("MergeTables", "Checklist template"),
    "checklist_item": QT_TRANSLATE_NOOP("MergeTables", "Checklist item"),
    "checklist_response": QT_TRANSLATE_NOOP("MergeTables", "Checklist answer"),
    "opportunity": QT_TRANSLATE_NOOP("MergeTables", "Opportunity"),
    "opportunity_saving": QT_TRANSLATE_NOOP("MergeTables", "Saving"),
    "blob": QT_TRANSLATE_NOOP("MergeTables", "Photo or document (content)"),
    "attachment": QT_TRANSLATE_NOOP("MergeTables", "Photo or document"),
    "reference_set": QT_TRANSLATE_NOOP("MergeTables", "Reference data set"),
    "factor": QT_TRANSLATE_NOOP("MergeTables", "Reference factor"),
}

FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("MergeFields", "Name"),
    "title": QT_TRANSLATE_NOOP("MergeFields", "Title"),
    "code": QT_TRANSLATE_NOOP("MergeFields", "Code"),
    "notes": QT_TRANSLATE_NOOP("MergeFields", "Notes"),
    "note": QT_TRANSLATE_NOOP("MergeFields", "Note"),
    "description": QT_TRANSLATE_NOOP("MergeFields", "Description"),
    "status": QT_TRANSLATE_NOOP("MergeFields", "Status"),
    "priority": QT_TRANSLATE_NOOP("MergeFields", "Priority"),
    "owner": QT_TRANSLATE_NOOP("MergeFields", "Owner"),
    "province": QT_TRANSLATE_NOOP("MergeFields", "Province / city"),
    "management_board": QT_TRANSLATE_NOOP("MergeFields", "Management board"),
    "address": QT_TRANSLATE_NOOP("MergeFields", "Address"),
    "sector": QT_TRANSLATE_NOOP("MergeFields", "Sector"),
    "products": QT_TRANSLATE_NOOP("MergeFields", "Main products"),
    "capacity": QT_TRANSLATE_NOOP("MergeFields", "Capacity"),
    "employees": QT_TRANSLATE_NOOP("MergeFields", "Employees"),
    "shifts": QT_TRANSLATE_NOOP("MergeFields", "Shifts per day"),
    "operating_hours": QT_TRANSLATE_NOOP("MergeFields", "Operating hours"),
    "contact_name": QT_TRANSLATE_NOOP("MergeFields", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("MergeFields", "Phone"),
    "contact_email": QT_TRANSLATE_NOOP("MergeFields", "E-mail"),
    "voltage_level": QT_TRANSLATE_NOOP("MergeFields", "Grid connection (tariff)"),
    "audit_type": QT_TRANSLATE_NOOP("MergeFields", "Audit type"),
    "start_date": QT_TRANSLATE_NOOP("MergeFields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("MergeFields", "End date"),
    "auditors": QT_TRANSLATE_NOOP("MergeFields", "Auditors"),
    "reviewer": QT_TRANSLATE_NOOP("MergeFields", "Enterprise reviewer"),
    "reference_set_id": QT_TRANSLATE_NOOP("MergeFields", "Reference data"),
    "baseline_start": QT_TRANSLATE_NOOP("MergeFields", "Baseline from"),
    "baseline_end": QT_TRANSLATE_NOOP("MergeFields", "Baseline to"),
    "grid_year": QT_TRANSLATE_NOOP("MergeFields", "Grid emission factor year"),
    "carrier": QT_TRANSLATE_NOOP("MergeFields", "Carrier"),
    "unit": QT_TRANSLATE_NOOP("MergeFields", "Unit"),
    "kind": QT_TRANSLATE_NOOP("MergeFields", "Kind"),
    "multiplier": QT_TRANSLATE_NOOP("MergeFields", "Multiplier"),
    "rollover": QT_TRANSLATE_NOOP("MergeFields", "Rollover"),
    "location": QT_TRANSLATE_NOOP("MergeFields", "Location"),
    "serial": QT_TRANSLATE_NOOP("MergeFields", "Serial number"),
    "value": QT_TRANSLATE_NOOP("MergeFields", "Value"),
    "source": QT_TRANSLATE_NOOP("MergeFields", "Source"),
    "quantity": QT_TRANSLATE_NOOP("MergeFields", "Quantity"),
    "product": QT_TRANSLATE_NOOP("MergeFields", "Product"),
    "period_start": QT_TRANSLATE_NOOP("MergeFields", "Period from"),
    "period_end": QT_TRANSLATE_NOOP("MergeFields", "Period to"),
    "answer": QT_TRANSLATE_NOOP("MergeFields", "Answer"),
    "finding": QT_TRANSLATE_NOOP("MergeFields", "Finding"),
    "answered_by": QT_TRANSLATE_NOOP("MergeFields", "Answered by"),
    "area": QT_TRANSLATE_NOOP("MergeFields", "Area"),
    "technique": QT_TRANSLATE_NOOP("MergeFields", "RECP technique"),
    "estimator_id": QT_TRANSLATE_NOOP("MergeFields", "Estimator"),
    "inputs": QT_TRANSLATE_NOOP("MergeFields", "Estimator inputs"),
    "estimate": QT_TRANSLATE_NOOP("MergeFields", "Estimate"),
    "investment_equipment": QT_TRANSLATE_NOOP("MergeFields", "Investment: equipment"),
    "investment_installation": QT_TRANSLATE_NOOP("MergeFields", "Investment: installation"),
    "investment_engineering": QT_TRANSLATE_NOOP("MergeFields", "Investment: engineering"),
    "investment_other": QT_TRANSLATE_NOOP("MergeFields", "Investment: other"),
    "om_cost_change": QT_TRANSLATE_NOOP("MergeFields", "O&M cost change"),
    "lifetime_yr": QT_TRANSLATE_NOOP("MergeFields", "Lifetime"),
    "discount_rate": QT_TRANSLATE_NOOP("MergeFields", "Discount rate"),
    "symbiosis": QT_TRANSLATE_NOOP("MergeFields", "Industrial symbiosis"),
    "partner": QT_TRANSLATE_NOOP("MergeFields", "Partner"),
    "extra_savings_vnd": QT_TRANSLATE_NOOP("MergeFields", "Other savings (VND)"),
    "amount": QT_TRANSLATE_NOOP("MergeFields", "Amount"),
    "cost_vnd": QT_TRANSLATE_NOOP("MergeFields", "Cost savings (VND)"),
    "co2e_t": QT_TRANSLATE_NOOP("MergeFields", "CO2e (t)"),
    "caption": QT_TRANSLATE_NOOP("MergeFields", "Caption"),
    "filename": QT_TRANSLATE_NOOP("MergeFields", "File name"),
    "": QT_TRANSLATE_NOOP("MergeFields", "(whole record)"),
}


def table_label(table: str) -> str:
    """The kind of record, e.g. “Opportunity”."""
    text = TABLES.get(table)
    return translate("MergeTables", text) if text else table.replace("_", " ").capitalize()


def field_label(name: str) -> str:
    """A field's name as the forms show it, e.g. “Investment: equipment”."""
    text = FIELDS.get(name)
    return translate("MergeFields", text) if text else name.replace("_", " ").capitalize()


def value_text(value: Any, limit: int = 0) -> str:
    """A stored value as text: empty shows as “—”, long text is cut at ``limit``."""
    from auditdesk.store.merge import BytesRef

    if value is None or value == "":
        return "—"
    if isinstance(value, (bytes, bytearray, memoryview, BytesRef)):
        return translate("MergeFields", "(file content)")
    if isinstance(value, float):
        from auditdesk.i18n import format_number

        decimals = 0 if value.is_integer() else min(len(repr(value).split(".")[-1]), 6)
        text = format_number(value, decimals) if "e" not in repr(value) else repr(value)
    else:
        text = str(value)
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def time_text(iso: str, short: bool = False) -> str:
    """An ISO UTC time from the history in local time: ``2025-03-12 14:05`` (in
    the language's date format), or with ``short`` ``12/03 14:05`` / ``12 Mar 14:05``
    this year. Text that is not a time is returned as is."""
    from datetime import datetime

    from auditdesk.i18n import current_language, format_date

    if not iso:
        return "—"
    try:
        moment = datetime.fromisoformat(iso)  # Python 3.11 reads the trailing Z
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    clock = moment.strftime("%H:%M")
    if short and moment.year == datetime.now().year:
        day = (moment.strftime("%d/%m") if current_language() == "vi" else
               f"{moment.day} {_MONTHS[moment.month - 1]}")
        return f"{day} {clock}"
    return f"{format_date(moment.date())} {clock}"


def count_parts(added: int, updated: int, skipped: int, conflicts: int) -> str:
    """“3 added, 1 updated, 2 conflicting”: the counts that are not zero."""
    from auditdesk.i18n import fill, format_number

    parts = []
    if added:
        parts.append(fill(translate("MergeFields", "%1 added"), format_number(added)))
    if updated:
        parts.append(fill(translate("MergeFields", "%1 updated"), format_number(updated)))
    if skipped:
        parts.append(fill(translate("MergeFields", "%1 skipped"), format_number(skipped)))
    if conflicts:
        parts.append(fill(translate("MergeFields", "%1 conflicting"), format_number(conflicts)))
    return ", ".join(parts) or translate("MergeFields", "nothing")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
