"""The three roles of an installation and what each may do.

The role is chosen in the settings of an installation (``settings.role``). It
shapes what is *editable* — an auditor edits the audited figures, the
enterprise's energy manager decides and follows up, the project office
verifies — not who may open a file: anyone with the file can read all of it,
and the change history records the person's name whatever the role.
"""

from __future__ import annotations

from auditdesk.i18n import QT_TRANSLATE_NOOP, fill, translate
from auditdesk.store.errors import StoreError

AUDITOR, REVIEWER, OFFICE = "auditor", "reviewer", "office"
ALL_ROLES = frozenset({AUDITOR, REVIEWER, OFFICE})

ROLE_LABELS: dict[str, str] = {
    AUDITOR: QT_TRANSLATE_NOOP("Roles", "Auditor"),
    REVIEWER: QT_TRANSLATE_NOOP("Roles", "Enterprise reviewer"),
    OFFICE: QT_TRANSLATE_NOOP("Roles", "Project office"),
}

# What each act needs (the lifecycle's moves have their own table in lifecycle.py).
EDIT_FIGURES = frozenset({AUDITOR})  # estimates, costs, RECP sort, checklist, meters
COMMENT = ALL_ROLES
SIGN_OFF = frozenset({REVIEWER})
UNLOCK = frozenset({REVIEWER, OFFICE})
RECORD_IMPLEMENTATION = frozenset({REVIEWER, AUDITOR})  # date and actual investment
PLAN_VERIFICATION = frozenset({AUDITOR, OFFICE})  # IPMVP option and verifying meters


class ReviewError(StoreError):
    """A review act refused (translated message that says why and what to do)."""


class RoleError(ReviewError):
    """An act the current role may not do; the message says who may."""


def role_label(role: str) -> str:
    """The translated name of a role; unknown codes print as themselves."""
    text = ROLE_LABELS.get(role)
    return translate("Roles", text) if text else role


def current_role() -> str:
    """The role chosen in this installation's settings."""
    from auditdesk import settings

    return settings.load().role


def roles_text(roles: frozenset[str] | set[str]) -> str:
    """``Auditor or Project office``: the roles, translated, in a fixed order."""
    names = [role_label(r) for r in (AUDITOR, REVIEWER, OFFICE) if r in roles]
    return translate("Roles", " or ").join(names)


def require(role: str, allowed: frozenset[str], act: str) -> None:
    """Raise ``RoleError`` unless ``role`` is one of ``allowed``; ``act`` is the
    translated name of what was tried (``sign off the audit``)."""
    if role not in allowed:
        raise RoleError(fill(
            translate("Roles", "Only the %1 may %2; your role in the settings is %3."),
            roles_text(allowed), act, role_label(role)))
