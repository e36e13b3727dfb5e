"""The feature UI packages that add tabs to an audit (each calls
``auditdesk.ui.pages.audit_page.register_tab`` when imported).

Add one line per feature. Keep each listed module light to import: heavy
libraries (matplotlib, pandas) are imported when a tab is first built.
"""

from __future__ import annotations

from importlib import import_module

FEATURE_MODULES: tuple[str, ...] = (
    "auditdesk.ui.checklist",
    "auditdesk.ui.register",
    "auditdesk.ui.meters",
    "auditdesk.ui.review",
)

_loaded = False


def load() -> None:
    """Import every feature module once (registers their tabs)."""
    global _loaded
    if _loaded:
        return
    for name in FEATURE_MODULES:
        import_module(name)
    _loaded = True
