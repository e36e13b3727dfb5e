"""Controlled vocabularies: RECP techniques, audit types and statuses.

English names are the translation keys (context "Vocab").
"""

from __future__ import annotations

from auditdesk.i18n import QT_TRANSLATE_NOOP, translate

# The eight RECP techniques (UNEP/UNIDO), in their customary order.
TECHNIQUES: dict[str, str] = {
    "GH": QT_TRANSLATE_NOOP("Vocab", "Good housekeeping"),
    "IM": QT_TRANSLATE_NOOP("Vocab", "Input material change"),
    "PC": QT_TRANSLATE_NOOP("Vocab", "Better process control"),
    "EM": QT_TRANSLATE_NOOP("Vocab", "Equipment modification"),
    "TC": QT_TRANSLATE_NOOP("Vocab", "Technology change"),
    "OR": QT_TRANSLATE_NOOP("Vocab", "On-site recovery and reuse"),
    "BP": QT_TRANSLATE_NOOP("Vocab", "Production of useful by-product"),
    "PM": QT_TRANSLATE_NOOP("Vocab", "Product modification"),
}

AUDIT_TYPES: dict[str, str] = {
    "walkthrough": QT_TRANSLATE_NOOP("Vocab", "Walk-through"),
    "detailed": QT_TRANSLATE_NOOP("Vocab", "Detailed"),
    "followup": QT_TRANSLATE_NOOP("Vocab", "Follow-up"),
}

AUDIT_STATUSES: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("Vocab", "Planned"),
    "fieldwork": QT_TRANSLATE_NOOP("Vocab", "Fieldwork"),
    "analysis": QT_TRANSLATE_NOOP("Vocab", "Analysis"),
    "review": QT_TRANSLATE_NOOP("Vocab", "In review"),
    "signed_off": QT_TRANSLATE_NOOP("Vocab", "Signed off"),
    "closed": QT_TRANSLATE_NOOP("Vocab", "Closed"),
}

OPPORTUNITY_STATUSES: dict[str, str] = {
    "identified": QT_TRANSLATE_NOOP("Vocab", "Identified"),
    "proposed": QT_TRANSLATE_NOOP("Vocab", "Proposed"),
    "accepted": QT_TRANSLATE_NOOP("Vocab", "Accepted"),
    "scheduled": QT_TRANSLATE_NOOP("Vocab", "Scheduled"),
    "rejected": QT_TRANSLATE_NOOP("Vocab", "Rejected"),
    "in_progress": QT_TRANSLATE_NOOP("Vocab", "In progress"),
    "implemented": QT_TRANSLATE_NOOP("Vocab", "Implemented"),
    "verified": QT_TRANSLATE_NOOP("Vocab", "Verified"),
}

METER_KINDS: dict[str, str] = {
    "register": QT_TRANSLATE_NOOP("Vocab", "Cumulative register"),
    "period": QT_TRANSLATE_NOOP("Vocab", "Consumption per period"),
}

READING_SOURCES: dict[str, str] = {
    "manual": QT_TRANSLATE_NOOP("Vocab", "Manual"),
    "bill": QT_TRANSLATE_NOOP("Vocab", "Bill"),
    "logger": QT_TRANSLATE_NOOP("Vocab", "Logger"),
    "estimated": QT_TRANSLATE_NOOP("Vocab", "Estimated"),
}

SECTORS: dict[str, str] = {
    "seafood": QT_TRANSLATE_NOOP("Vocab", "Seafood processing"),
    "food": QT_TRANSLATE_NOOP("Vocab", "Food and beverage"),
    "textile": QT_TRANSLATE_NOOP("Vocab", "Textile dyeing and finishing"),
    "garment": QT_TRANSLATE_NOOP("Vocab", "Garment"),
    "metal_finishing": QT_TRANSLATE_NOOP("Vocab", "Metal finishing and plating"),
    "metal": QT_TRANSLATE_NOOP("Vocab", "Metal fabrication"),
    "electronics": QT_TRANSLATE_NOOP("Vocab", "Electronics"),
    "chemicals": QT_TRANSLATE_NOOP("Vocab", "Chemicals"),
    "plastics": QT_TRANSLATE_NOOP("Vocab", "Plastics and rubber"),
    "paper": QT_TRANSLATE_NOOP("Vocab", "Pulp and paper"),
    "building_materials": QT_TRANSLATE_NOOP("Vocab", "Building materials"),
    "wood": QT_TRANSLATE_NOOP("Vocab", "Wood and furniture"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other"),
}


def label(vocabulary: dict[str, str], code: str) -> str:
    """Translated label of ``code``; unknown codes print as themselves."""
    text = vocabulary.get(code)
    return translate("Vocab", text) if text else code

VOLTAGE_LEVELS: dict[str, str] = {
    "ge110kv": QT_TRANSLATE_NOOP("Vocab", "110 kV and above"),
    "22to110kv": QT_TRANSLATE_NOOP("Vocab", "22 kV to below 110 kV"),
    "6to22kv": QT_TRANSLATE_NOOP("Vocab", "6 kV to below 22 kV"),
    "lt6kv": QT_TRANSLATE_NOOP("Vocab", "Below 6 kV"),
}
