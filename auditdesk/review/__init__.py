"""Review and follow-up of an audit (no Qt): who may do what (``roles``), the
opportunity lifecycle (``lifecycle``), comments, the sign-off that locks an
audit's figures (``signoff``), the change history of an audit or opportunity
(``history``), the follow-up of implemented measures (``followup``) with the
arithmetic of measured savings (``mv``), and the proposed / accepted /
implemented / verified roll-up (``summary``).

The UI (``auditdesk.ui.review``) and the command line (``auditdesk summary``)
call these functions; the lock itself is enforced by the store (triggers of
schema migration 4), whoever writes.
"""
