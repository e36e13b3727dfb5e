"""Every path AuditDesk reads or writes comes from here.

``AUDITDESK_HOME`` overrides the per-user folders (tests point it at a temporary
directory so they never touch the real user folder).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "AuditDesk"


def _home_override() -> Path | None:
    value = os.environ.get("AUDITDESK_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """Folder for databases (the demo one included), backups and logs."""
    override = _home_override()
    if override is not None:
        path = override / "data"
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Folder for settings.json."""
    override = _home_override()
    if override is not None:
        path = override / "config"
    else:
        from platformdirs import user_config_dir

        path = Path(user_config_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_db_path() -> Path:
    return data_dir() / "demo.auditdesk.sqlite"


def resources_dir() -> Path:
    """The shipped resources: templates, translations, icons, reference data.

    Looked up in order: a PyInstaller bundle (``sys._MEIPASS/auditdesk/resources``),
    an installed wheel (``auditdesk/resources`` inside the package), then the
    source checkout (``resources/`` beside the package, editable installs).
    ``installer/shipped.py`` lists what the wheel and the bundle carry.
    """
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "auditdesk" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
