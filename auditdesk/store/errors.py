"""Store errors, split as the style guide asks: the environment's fault
(locked, newer file, read-only, not a database) versus invalid data.

Every message is translated and says what to do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditdesk.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # pragma: no cover
    import sqlite3


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


# What a signed-off audit's lock refused, by the word its trigger raises (schema.migration_4).
_LOCKED_WHAT = {
    "opportunity": QT_TRANSLATE_NOOP("AuditLock", "The audit's opportunities and their estimates"),
    "saving": QT_TRANSLATE_NOOP("AuditLock", "The savings of the audit's opportunities"),
    "area": QT_TRANSLATE_NOOP("AuditLock", "The audit's areas"),
    "response": QT_TRANSLATE_NOOP("AuditLock", "The audit's checklist answers"),
    "attachment": QT_TRANSLATE_NOOP("AuditLock", "The audit's photos and documents"),
    "audit": QT_TRANSLATE_NOOP("AuditLock", "The audit's baseline period, reference data and "
                                            "checklist"),
    "meter": QT_TRANSLATE_NOOP("AuditLock", "The unit, kind, multiplier, rollover or parent "
                                            "of a meter in the audit's baseline"),
    "reading": QT_TRANSLATE_NOOP("AuditLock", "Readings in the audit's baseline period"),
    "production": QT_TRANSLATE_NOOP("AuditLock", "Production figures in the audit's "
                                                 "baseline period"),
    "factor": QT_TRANSLATE_NOOP("AuditLock", "The reference data the audit used"),
}
LOCK_MARK = "AUDIT_LOCKED:"


class AuditLockedError(StoreError):
    """A write refused because it would change the figures of a signed-off audit.

    ``what`` is the trigger's word (``reading``, ``opportunity`` … or ``unlock``
    for an unlock without a reason); ``audits`` the locked audits as
    (title, signed off by, date).
    """

    def __init__(self, what: str, audits: list[tuple[str, str, str]]) -> None:
        from auditdesk.i18n import fill, format_iso_date

        self.what = what
        self.audits = audits
        if what == "unlock":
            text = translate("AuditLock", "Unlocking a signed-off audit needs a reason: say why "
                                          "its figures must change.")
        else:
            names = "; ".join(
                fill(translate("AuditLock", "“%1” was signed off by %2 on %3"), title,
                     who or "?", format_iso_date(on) or "?")
                for title, who, on in audits[:3]) or "?"
            label = _LOCKED_WHAT.get(what)
            text = fill(translate(
                "AuditLock", "%1 cannot change: %2. The audited figures of a signed-off audit "
                             "are locked; to change them, unlock the audit in its Review tab, "
                             "giving a reason."),
                translate("AuditLock", label) if label else what, names)
        super().__init__(text)


def audit_locked_error(conn: "sqlite3.Connection", exc: BaseException) -> AuditLockedError | None:
    """The ``AuditLockedError`` behind ``exc`` (an integrity error raised by a lock
    trigger, or one that wraps it), or None when the lock has nothing to do with it."""
    seen: BaseException | None = exc
    while seen is not None:
        text = str(seen)
        if LOCK_MARK in text:
            what = text.split(LOCK_MARK, 1)[1].split()[0].strip("'\".,;:")
            rows = conn.execute("SELECT title, signed_off_by, signed_off_on FROM audit "
                                "WHERE locked = 1 ORDER BY title").fetchall()
            return AuditLockedError(what, [(r[0], r[1], r[2]) for r in rows])
        seen = seen.__cause__
    return None
