"""SQLite storage for AuditDesk (no Qt): ``Store`` facade, managers, migrations."""

from auditdesk.store.database import Store, open_store, utc_now
from auditdesk.store.errors import (
    AuditLockedError,
    IntegrityError,
    NewerSchemaError,
    NotADatabaseError,
    NotFoundError,
    ReadOnlyError,
    StoreError,
    ValidationError,
)
from auditdesk.store.schema import SCHEMA_VERSION

__all__ = [
    "AuditLockedError", "IntegrityError", "NewerSchemaError", "NotADatabaseError", "NotFoundError",
    "ReadOnlyError",
    "SCHEMA_VERSION", "Store", "StoreError", "ValidationError", "open_store", "utc_now",
]
