"""The lifecycle of an opportunity: one table of allowed moves and who may make them.

    identified → proposed → accepted / scheduled / rejected → in progress
               → implemented → verified

The auditor proposes (or withdraws a proposal); the enterprise's energy
manager accepts, schedules or rejects, starts and completes the work; the
auditor or the project office verifies the savings with meters. A rejected
opportunity can be proposed again. Beside the status, the auditor's RECP sort
(implement now / needs further study / rejected, the UNEP/UNIDO screening of
options) says how the auditor judged the option.

``check_move`` is pure: it takes the opportunity as it would be after the move
and raises ``MoveRefused`` with a translated message saying why a move makes
no sense, who may make it, or what it still needs (a rejection a reason, an
implementation its date, a verification its measured savings). ``move`` checks
and writes, in one transaction with history.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from auditdesk.i18n import QT_TRANSLATE_NOOP, fill, translate
from auditdesk.model import vocab
from auditdesk.review.roles import AUDITOR, OFFICE, REVIEWER, ReviewError, role_label, roles_text

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Opportunity
    from auditdesk.store.database import Store


@dataclass(frozen=True)
class Move:
    """One allowed step: its action (``accept`` …) and the roles that may take it."""

    action: str
    roles: frozenset[str]


def _move(action: str, *roles: str) -> Move:
    return Move(action, frozenset(roles))


# The one table: (from, to) -> the move. A pair not listed makes no sense.
MOVES: dict[tuple[str, str], Move] = {
    ("identified", "proposed"): _move("propose", AUDITOR),
    ("proposed", "identified"): _move("withdraw", AUDITOR),
    ("proposed", "accepted"): _move("accept", REVIEWER),
    ("proposed", "scheduled"): _move("schedule", REVIEWER),
    ("proposed", "rejected"): _move("reject", REVIEWER),
    ("accepted", "scheduled"): _move("schedule", REVIEWER),
    ("accepted", "rejected"): _move("reject", REVIEWER),
    ("scheduled", "accepted"): _move("accept", REVIEWER),
    ("scheduled", "rejected"): _move("reject", REVIEWER),
    ("rejected", "proposed"): _move("reconsider", REVIEWER, AUDITOR),
    ("accepted", "in_progress"): _move("start", REVIEWER),
    ("scheduled", "in_progress"): _move("start", REVIEWER),
    ("in_progress", "scheduled"): _move("postpone", REVIEWER),
    ("accepted", "implemented"): _move("complete", REVIEWER),
    ("scheduled", "implemented"): _move("complete", REVIEWER),
    ("in_progress", "implemented"): _move("complete", REVIEWER),
    ("implemented", "in_progress"): _move("reopen", REVIEWER),
    ("implemented", "verified"): _move("verify", AUDITOR, OFFICE),
    ("verified", "implemented"): _move("unverify", AUDITOR, OFFICE),
}

ACTIONS: dict[str, str] = {
    "propose": QT_TRANSLATE_NOOP("Lifecycle", "propose it to the enterprise"),
    "withdraw": QT_TRANSLATE_NOOP("Lifecycle", "withdraw the proposal"),
    "accept": QT_TRANSLATE_NOOP("Lifecycle", "accept it"),
    "schedule": QT_TRANSLATE_NOOP("Lifecycle", "schedule it"),
    "reject": QT_TRANSLATE_NOOP("Lifecycle", "reject it"),
    "reconsider": QT_TRANSLATE_NOOP("Lifecycle", "propose it again"),
    "start": QT_TRANSLATE_NOOP("Lifecycle", "start the work"),
    "postpone": QT_TRANSLATE_NOOP("Lifecycle", "postpone the work"),
    "complete": QT_TRANSLATE_NOOP("Lifecycle", "record it as implemented"),
    "reopen": QT_TRANSLATE_NOOP("Lifecycle", "reopen the work"),
    "verify": QT_TRANSLATE_NOOP("Lifecycle", "record its measured savings as verified"),
    "unverify": QT_TRANSLATE_NOOP("Lifecycle", "withdraw the verification"),
}

# Why an enterprise rejects an option (the reviewer picks one and may add words).
REJECTION_REASONS: dict[str, str] = {
    "investment": QT_TRANSLATE_NOOP("Lifecycle", "Investment too high, or no budget"),
    "payback": QT_TRANSLATE_NOOP("Lifecycle", "Payback too long"),
    "technical": QT_TRANSLATE_NOOP("Lifecycle", "Not technically feasible here"),
    "production": QT_TRANSLATE_NOOP("Lifecycle", "Risk to production or product quality"),
    "estimate": QT_TRANSLATE_NOOP("Lifecycle", "Savings estimate not credible"),
    "done": QT_TRANSLATE_NOOP("Lifecycle", "Already done, or planned another way"),
    "other": QT_TRANSLATE_NOOP("Lifecycle", "Other (say why)"),
}

# The auditor's RECP sort of an option (the UNEP/UNIDO screening).
RECP_SORTS: dict[str, str] = {
    "now": QT_TRANSLATE_NOOP("Lifecycle", "Implement now"),
    "study": QT_TRANSLATE_NOOP("Lifecycle", "Needs further study"),
    "rejected": QT_TRANSLATE_NOOP("Lifecycle", "Rejected by the auditor"),
}

# Fields a move sets besides the status (the rest of the opportunity is left alone).
MOVE_FIELDS = frozenset({"rejection_reason", "rejection_note", "implementation_date",
                         "actual_investment", "ipmvp_option", "verification_meters",
                         "verified_savings"})


class MoveRefused(ReviewError):
    """A lifecycle move that makes no sense, is not the role's, or lacks what it needs."""


def status_label(status: str) -> str:
    return vocab.label(vocab.OPPORTUNITY_STATUSES, status)


def action_label(action: str) -> str:
    text = ACTIONS.get(action)
    return translate("Lifecycle", text) if text else action


def reason_label(code: str) -> str:
    text = REJECTION_REASONS.get(code)
    return translate("Lifecycle", text) if text else code


def sort_label(code: str) -> str:
    text = RECP_SORTS.get(code)
    return translate("Lifecycle", text) if text else code


def targets(status: str) -> list[str]:
    """Every status ``status`` can move to (whatever the role), in lifecycle order."""
    order = list(vocab.OPPORTUNITY_STATUSES)
    found = [to for (frm, to) in MOVES if frm == status]
    return sorted(found, key=order.index)


def allowed_moves(status: str, role: str) -> list[str]:
    """The statuses ``role`` may move an opportunity in ``status`` to."""
    return [to for to in targets(status) if role in MOVES[(status, to)].roles]


def _refuse(message: str) -> MoveRefused:
    return MoveRefused(message)


def check_move(opportunity: Opportunity, to: str, role: str,
               changes: dict[str, Any] | None = None) -> Move:
    """The move of ``opportunity`` to ``to`` by ``role``, with the fields ``changes``
    sets in the same act; raises ``MoveRefused`` saying why when it cannot be made."""
    frm = opportunity.status
    if to not in vocab.OPPORTUNITY_STATUSES:
        raise _refuse(fill(translate("Lifecycle", "“%1” is not a status of an opportunity."), to))
    if frm == to:
        raise _refuse(fill(translate("Lifecycle", "The opportunity is already %1."),
                           status_label(to).lower()))
    move = MOVES.get((frm, to))
    if move is None:
        reachable = ", ".join(status_label(s).lower() for s in targets(frm)) or "–"
        raise _refuse(fill(translate(
            "Lifecycle", "An opportunity that is %1 cannot become %2 (from %1 it can become: "
            "%3)."), status_label(frm).lower(), status_label(to).lower(), reachable))
    if role not in move.roles:
        raise _refuse(fill(translate(
            "Lifecycle", "Only the %1 may %2 (opportunity %3 → %4); your role in the settings "
            "is %5."), roles_text(move.roles), action_label(move.action),
            status_label(frm).lower(), status_label(to).lower(), role_label(role)))
    after = dataclasses.replace(opportunity, **dict(changes or {}))
    _check_needs(move, after)
    return move


def _check_needs(move: Move, after: Opportunity) -> None:
    """What a move needs besides the role (see the module docstring)."""
    if move.action == "propose" and after.recp_sort == "rejected":
        raise _refuse(translate(
            "Lifecycle", "The auditor's RECP sort rejected this option: change the sort "
                         "before proposing it."))
    if move.action == "reject":
        if after.rejection_reason not in REJECTION_REASONS:
            raise _refuse(translate("Lifecycle", "Choose the reason for the rejection."))
        if after.rejection_reason == "other" and not after.rejection_note.strip():
            raise _refuse(translate("Lifecycle", "Say in a few words why it is rejected."))
    if move.action == "complete" and not after.implementation_date:
        raise _refuse(translate("Lifecycle", "Enter the date it was implemented."))
    if move.action == "verify":
        if not after.ipmvp_option:
            raise _refuse(translate("Lifecycle", "Choose the IPMVP option of the verification."))
        if not after.verification_meters.strip("[] "):
            raise _refuse(translate("Lifecycle", "Choose the meter(s) that verify the savings."))
        if not after.verified_savings:
            raise _refuse(translate(
                "Lifecycle", "Measure the savings with the meters before recording them as "
                             "verified."))


def move(store: Store, opportunity_id: str, to: str, role: str, **changes: Any) -> Opportunity:
    """Check and make the move, with the fields it needs (``rejection_reason`` …), in
    one transaction with history. Leaving *rejected* clears the reason (the history
    keeps it); leaving *verified* clears the recorded measured savings."""
    unknown = set(changes) - MOVE_FIELDS
    if unknown:
        raise ValueError(f"a move cannot set {sorted(unknown)}")
    current = store.opportunities.get(opportunity_id)
    if current.status == "rejected" and to != "rejected":
        changes = {"rejection_reason": "", "rejection_note": "", **changes}
    if current.status == "verified" and to != "verified":
        changes = {"verified_savings": "", **changes}
    check_move(current, to, role, changes)
    with store.transaction():
        updated: Opportunity = store.opportunities.update(opportunity_id, status=to, **changes)
    return updated


def set_recp_sort(store: Store, opportunity_id: str, sort: str, role: str) -> Opportunity:
    """The auditor sorts an option: ``now``, ``study``, ``rejected`` or ``""``."""
    from auditdesk.review.roles import EDIT_FIGURES, require

    require(role, EDIT_FIGURES, translate("Lifecycle", "sort the options"))
    if sort and sort not in RECP_SORTS:
        raise _refuse(fill(translate("Lifecycle", "“%1” is not a RECP sort."), sort))
    updated: Opportunity = store.opportunities.update(opportunity_id, recp_sort=sort)
    return updated
