"""User settings shared by the GUI and the CLI (a JSON file in the config folder).

Kept out of QSettings so the command line and the core read the same values
(user name for the change history, language, role, display units, backups).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from auditdesk import paths

LANGUAGES = ("vi", "en")
ROLES = ("auditor", "reviewer", "office")
MAX_RECENT = 8
# Kept equal to auditdesk.calc.display_units (not imported: this module is on the start path).
ENERGY_UNITS = ("kWh", "MWh", "GJ")
CURRENCIES = ("VND", "USD")
BACKUP_COUNT_RANGE = (1, 100)
BACKUP_MINUTES_RANGE = (1, 24 * 60)


class Settings:
    """The user's settings. A plain class, not a dataclass: it is read on the
    start path, where importing and building dataclasses costs ~7 ms."""

    FIELDS = ("user_name", "role", "language", "backup_count", "backup_minutes",
              "energy_unit", "currency", "default_reference_set", "recent_files",
              "window_geometry", "window_state")

    def __init__(self, user_name: str = "", role: str = "auditor", language: str = "vi",
                 backup_count: int = 10, recent_files: list[str] | None = None,
                 window_geometry: str = "", window_state: str = "",
                 backup_minutes: int = 20, energy_unit: str = "MWh", currency: str = "VND",
                 default_reference_set: str = "") -> None:
        self.user_name = user_name
        self.role = role
        self.language = language
        self.backup_count = backup_count
        self.backup_minutes = backup_minutes  # a backup this often while the database changes
        self.energy_unit = energy_unit  # totals shown in kWh, MWh or GJ
        self.currency = currency  # money shown in VND, or USD at the audit's exchange rate
        # Name of the reference-data set new audits pin ("" = the built-in set). A name,
        # not an id: the settings serve every database, and each has its own ids.
        self.default_reference_set = default_reference_set
        self.recent_files: list[str] = list(recent_files or [])
        self.window_geometry = window_geometry  # base64 of QMainWindow.saveGeometry()
        self.window_state = window_state  # base64 of QMainWindow.saveState()

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.FIELDS}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self.as_dict() == other.as_dict()

    def __repr__(self) -> str:
        return f"Settings({self.as_dict()!r})"

    def effective_user(self) -> str:
        """Name recorded in the change history: the configured one, else the OS login."""
        if self.user_name.strip():
            return self.user_name.strip()
        for var in ("AUDITDESK_USER", "USER", "USERNAME", "LOGNAME"):
            if os.environ.get(var):
                return os.environ[var]
        return "unknown"

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]

    def remove_recent(self, path: str | Path) -> None:
        """Forget ``path`` (e.g. a file that was moved or deleted)."""
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p not in (str(path), text)]

    def errors(self) -> dict[str, str]:
        """Values out of range, by field name, as translated messages (empty: all good)."""
        from auditdesk.i18n import fill, translate

        problems: dict[str, str] = {}
        for name, (low, high) in (("backup_count", BACKUP_COUNT_RANGE),
                                  ("backup_minutes", BACKUP_MINUTES_RANGE)):
            value = getattr(self, name)
            if not _is_int(value) or not low <= value <= high:
                problems[name] = fill(translate("Settings", "Enter a whole number from %1 to %2."),
                                      low, high)
        if self.energy_unit not in ENERGY_UNITS:
            problems["energy_unit"] = fill(translate("Settings", "Choose one of %1."),
                                           ", ".join(ENERGY_UNITS))
        if self.currency not in CURRENCIES:
            problems["currency"] = fill(translate("Settings", "Choose one of %1."),
                                        ", ".join(CURRENCIES))
        return problems

    def reference_set_for_new_audit(self, conn: Any) -> str | None:
        """Id of the set a new audit pins in the database ``conn`` (sqlite3): the newest set
        named ``default_reference_set``; None (the built-in set) when unset or not there."""
        name = self.default_reference_set.strip()
        if not name:
            return None
        row = conn.execute("SELECT id FROM reference_set WHERE name = ? "
                           "ORDER BY effective_date DESC, id LIMIT 1", (name,)).fetchone()
        return row[0] if row else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load() -> Settings:
    """Read settings; a missing or unreadable file gives the defaults."""
    try:
        raw: dict[str, Any] = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = set(Settings.FIELDS)
    values = {k: v for k, v in raw.items() if k in known}
    try:
        settings = Settings(**values)
    except TypeError:  # pragma: no cover - FIELDS and __init__ disagree
        return Settings()
    if settings.language not in LANGUAGES:
        settings.language = "vi"
    if settings.role not in ROLES:
        settings.role = "auditor"
    defaults = Settings()
    for name in settings.errors():  # a hand-edited or older file: fall back field by field
        setattr(settings, name, getattr(defaults, name))
    if not isinstance(settings.default_reference_set, str):
        settings.default_reference_set = ""
    if not isinstance(settings.recent_files, list):
        settings.recent_files = []
    settings.recent_files = [p for p in settings.recent_files if isinstance(p, str)][:MAX_RECENT]
    return settings


def save(settings: Settings) -> None:
    """Write settings atomically (temporary file, then rename)."""
    target = settings_path()
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(settings.as_dict(), fh, ensure_ascii=False, indent=2)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
