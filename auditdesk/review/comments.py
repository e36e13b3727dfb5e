"""Comments of a review: a thread per opportunity and one for the whole audit.

Comments are entities like any other (``store.comments``), so every comment is
in the change history and travels in audit packages (the package code finds
the table by its foreign keys). They stay open after the sign-off: a locked
audit can still be discussed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditdesk.i18n import translate
from auditdesk.review.roles import COMMENT, require

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Comment
    from auditdesk.store.database import Store


def add_comment(store: Store, audit_id: str, body: str, role: str,
                opportunity_id: str | None = None) -> Comment:
    """Add a comment by the store's user in ``role`` (author and time are recorded)."""
    from auditdesk.model.entities import Comment

    require(role, COMMENT, translate("Comments", "comment"))
    if opportunity_id is not None:
        owner = store.opportunities.get(opportunity_id).audit_id
        if owner != audit_id:
            raise ValueError(f"opportunity {opportunity_id} is not in audit {audit_id}")
    created: Comment = store.comments.create(Comment(
        audit_id=audit_id, opportunity_id=opportunity_id, author=store.user, role=role,
        body=body.strip()))
    return created


def thread(store: Store, audit_id: str, opportunity_id: str | None = None) -> list[Comment]:
    """The comments on one opportunity (or, with None, on the audit itself), oldest first."""
    if opportunity_id is None:
        return store.comments.list("audit_id = ? AND opportunity_id IS NULL", (audit_id,),
                                   order_by="created_at, rowid")
    return store.comments.list("opportunity_id = ?", (opportunity_id,),
                               order_by="created_at, rowid")


def comment_counts(store: Store, audit_id: str) -> dict[str | None, int]:
    """How many comments each opportunity of the audit has (key None: the audit's own)."""
    rows = store.query("SELECT opportunity_id, count(*) FROM comment WHERE audit_id = ? "
                       "GROUP BY opportunity_id", (audit_id,))
    return {r[0]: int(r[1]) for r in rows}
