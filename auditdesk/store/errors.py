"""Store errors, split as the style guide asks: the environment's fault
(locked, newer file, read-only, not a database) versus invalid data.

Every message is translated and says what to do.
"""

from __future__ import annotations

from auditdesk.i18n import translate


class StoreError(Exception):
    """Base class: an error the user can act on (shown calmly, not as a crash)."""


class NewerSchemaError(StoreError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            translate(
                "Store",
                "%1 was made by a newer AuditDesk (database version %2; this AuditDesk reads "
                "up to %3). Update AuditDesk to open it. The file was not changed.",
            )
            .replace("%1", path)
            .replace("%2", str(found))
            .replace("%3", str(supported))
        )
        self.found = found
        self.supported = supported


class NotADatabaseError(StoreError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            translate("Store", "%1 is not an AuditDesk database or is damaged (%2).")
            .replace("%1", path)
            .replace("%2", detail)
        )


class ReadOnlyError(StoreError):
    def __init__(self, reason: str) -> None:
        super().__init__(
            translate("Store", "This database is open read-only: %1").replace("%1", reason)
        )


class NotFoundError(StoreError):
    def __init__(self, entity: str, entity_id: str) -> None:
        super().__init__(
            translate("Store", "No %1 with id %2.").replace("%1", entity).replace("%2", entity_id)
        )


class ValidationError(StoreError):
    """Invalid field values; ``errors`` maps field name to a translated message."""

    def __init__(self, entity: str, errors: dict[str, str]) -> None:
        details = "; ".join(f"{field}: {message}" for field, message in errors.items())
        super().__init__(
            translate("Store", "Invalid %1: %2").replace("%1", entity).replace("%2", details)
        )
        self.errors = errors


class IntegrityError(StoreError):
    """A write that would break the data's rules (e.g. a missing parent record)."""
