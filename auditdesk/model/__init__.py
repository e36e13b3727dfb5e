"""Plain dataclasses of AuditDesk's domain; no Qt, no database.

The entity classes are loaded on first use (PEP 562), so importing
``auditdesk.model.vocab`` or ``auditdesk.model.carriers`` on the start path
does not build the seventeen dataclasses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

_ENTITIES = (
    "Area", "Attachment", "Audit", "ChecklistItem", "ChecklistResponse", "ChecklistTemplate",
    "Comment", "Enterprise", "Entity", "Factor", "HistoryEntry", "Meter", "Opportunity",
    "OpportunitySaving", "Park", "ProductionRecord", "Reading", "ReferenceSet", "new_id",
)

__all__ = list(_ENTITIES)

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import (  # noqa: F401
        Area,
        Attachment,
        Audit,
        ChecklistItem,
        ChecklistResponse,
        ChecklistTemplate,
        Comment,
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


def __getattr__(name: str) -> Any:
    if name in _ENTITIES:
        from auditdesk.model import entities

        return getattr(entities, name)
    raise AttributeError(f"module 'auditdesk.model' has no attribute {name!r}")
