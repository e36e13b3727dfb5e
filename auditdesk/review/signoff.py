"""Signing off an audit, which locks its audited figures, and unlocking it.

The sign-off records who signed (name, role) and on which date, pins the
baseline period the figures used, and sets ``audit.locked``. From then on the
store refuses any write that would change the audit's figures (estimates,
savings, checklist answers, photos, the readings and production of its
baseline period, the meters' units and multipliers, its reference data),
whoever writes — register, checklist, meters, command line or a merged
package (triggers of schema migration 4). Decisions, follow-up and comments
stay open.

Unlocking is an explicit act with a reason; the history keeps who unlocked,
when and why, as it keeps the sign-off.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditdesk.i18n import translate
from auditdesk.review.roles import SIGN_OFF, UNLOCK, ReviewError, require

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Audit, Opportunity
    from auditdesk.store.database import Store


@dataclass(frozen=True)
class LockState:
    """The sign-off of an audit as stored (empty texts when not signed off)."""

    locked: bool
    signed_off_by: str
    signed_off_role: str
    signed_off_on: str
    unlock_reason: str


def lock_state(store: Store, audit_id: str) -> LockState:
    row = store.query("SELECT locked, signed_off_by, signed_off_role, signed_off_on, "
                      "unlock_reason FROM audit WHERE id = ?", (audit_id,))
    if not row:
        from auditdesk.store.errors import NotFoundError

        raise NotFoundError("audit", audit_id)
    r = row[0]
    return LockState(bool(r[0]), r[1] or "", r[2] or "", r[3] or "", r[4] or "")


def is_locked(store: Store, audit_id: str) -> bool:
    return lock_state(store, audit_id).locked


def undecided(store: Store, audit_id: str) -> list[Opportunity]:
    """Opportunities still waiting for the enterprise's decision (status proposed)."""
    return store.opportunities.list("audit_id = ? AND status = 'proposed'", (audit_id,),
                                    order_by="code, title")


def sign_off(store: Store, audit_id: str, *, name: str, role: str,
             on: _dt.date | str) -> Audit:
    """Sign the audit off as ``name`` in ``role`` on ``on`` and lock its figures.

    The baseline period the figures used is stored with it when the audit had
    none of its own (the 12 months before the audit), so the lock knows which
    readings and production figures it covers.
    """
    from auditdesk.calc.baseline import BaselinePeriod
    from auditdesk.store.baseline import period_bounds

    require(role, SIGN_OFF, translate("SignOff", "sign the audit off"))
    if not name.strip():
        raise ReviewError(translate("SignOff", "Enter the name of the person who signs off."))
    day = on if isinstance(on, str) else on.isoformat()
    try:
        _dt.date.fromisoformat(day)
    except ValueError:
        raise ReviewError(translate("SignOff", "Enter the date of the sign-off.")) from None
    audit = store.audits.get(audit_id)
    if audit.locked:
        raise ReviewError(translate("SignOff", "This audit is already signed off."))
    changes: dict[str, object] = {
        "signed_off_by": name.strip(), "signed_off_role": role, "signed_off_on": day,
        "locked": True, "unlock_reason": "", "status": "signed_off"}
    if not (audit.baseline_start and audit.baseline_end):
        first, after = period_bounds(BaselinePeriod.for_audit(audit.start_date))
        changes["baseline_start"] = first.isoformat()
        changes["baseline_end"] = (after - _dt.timedelta(days=1)).isoformat()
    with store.transaction():
        signed: Audit = store.audits.update(audit_id, **changes)
    return signed


def unlock(store: Store, audit_id: str, *, reason: str, role: str) -> Audit:
    """Unlock a signed-off audit, saying why; the audit goes back to review."""
    require(role, UNLOCK, translate("SignOff", "unlock a signed-off audit"))
    if not reason.strip():
        raise ReviewError(translate("SignOff", "Say why the audit is unlocked."))
    audit = store.audits.get(audit_id)
    if not audit.locked:
        raise ReviewError(translate("SignOff", "This audit is not signed off."))
    with store.transaction():
        opened: Audit = store.audits.update(
            audit_id, locked=False, unlock_reason=reason.strip(), status="review",
            signed_off_by="", signed_off_role="", signed_off_on="")
    return opened
