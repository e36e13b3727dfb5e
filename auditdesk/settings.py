"""User settings shared by the GUI and the CLI (a JSON file in the config folder).

Kept out of QSettings so the command line and the core read the same values
(user name for the change history, language, role).
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


class Settings:
    """The user's settings. A plain class, not a dataclass: it is read on the
    start path, where importing and building dataclasses costs ~7 ms."""

    FIELDS = ("user_name", "role", "language", "backup_count", "recent_files",
              "window_geometry", "window_state")

    def __init__(self, user_name: str = "", role: str = "auditor", language: str = "vi",
                 backup_count: int = 10, recent_files: list[str] | None = None,
                 window_geometry: str = "", window_state: str = "") -> None:
        self.user_name = user_name
        self.role = role
        self.language = language
        self.backup_count = backup_count
        self.recent_files: list[str] = list(recent_files or [])
        self.window_geometry = window_geometry  # base64 of QMainWindow.saveGeometry()
        self.window_state = window_state

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
    settings = Settings(**values)
    if settings.language not in LANGUAGES:
        settings.language = "vi"
    if settings.role not in ROLES:
        settings.role = "auditor"
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
