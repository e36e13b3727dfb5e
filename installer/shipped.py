"""Which files under ``resources/`` ship with AuditDesk, in one place.

Used by the wheel build (``installer/setup_hooks.py``), the PyInstaller spec
(``installer/auditdesk.spec``) and the packaging tests, so a wheel and a frozen
bundle carry the same files. Pure standard library: PyInstaller and setuptools
load this file by path.

At run time the app reads: the Qt translations (``.qm``) and the same catalogue
as Linguist XML (``.ts``, read by ``auditdesk.i18n`` for core and CLI texts),
the checklist templates and reference data (YAML) and the icons. Not shipped:
``i18n/pending/`` (translators' work in progress) and anything else.
"""

from __future__ import annotations

from pathlib import Path

# Where the resources go inside the installed package and inside the bundle:
# ``auditdesk/resources/...``; ``auditdesk.paths.resources_dir()`` looks there first.
PACKAGE_SUBDIR = ("auditdesk", "resources")

# (folder under resources/, glob patterns); ``**/`` takes subfolders too
# (icons/actions/). i18n is not recursive: i18n/pending/ stays home.
PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("i18n", ("*.qm", "*.ts", "*.json")),
    ("templates", ("**/*.yaml",)),
    ("reference", ("**/*.yaml",)),
    ("icons", ("**/*.svg", "**/*.png", "**/*.ico")),
)
# Files under resources/ that stay out on purpose (tests check every other file ships).
NOT_SHIPPED: tuple[str, ...] = ("i18n/pending/*",)


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def shipped_files(resources: Path | None = None) -> list[Path]:
    """The shipped files, as paths relative to ``resources`` (sorted)."""
    base = resources if resources is not None else repo_root() / "resources"
    found: set[Path] = set()
    for folder, patterns in PATTERNS:
        for pattern in patterns:
            for path in (base / folder).glob(pattern):
                if path.is_file():
                    found.add(path.relative_to(base))
    return sorted(found)
