"""Plain dataclasses of AuditDesk's domain; no Qt, no database."""

from auditdesk.model.entities import (
    Area,
    Attachment,
    Audit,
    ChecklistItem,
    ChecklistResponse,
    ChecklistTemplate,
    Enterprise,
    Entity,
    Factor,
    HistoryEntry,
    Meter,
    Opportunity,
    OpportunitySaving,
    Park,
    ProductionRecord,
    Reading,
    ReferenceSet,
    new_id,
)

__all__ = [
    "Area", "Attachment", "Audit", "ChecklistItem", "ChecklistResponse", "ChecklistTemplate",
    "Enterprise", "Entity", "Factor", "HistoryEntry", "Meter", "Opportunity",
    "OpportunitySaving", "Park", "ProductionRecord", "Reading", "ReferenceSet", "new_id",
]
