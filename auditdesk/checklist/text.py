"""Small text helpers of the checklist code: message placeholders and accent folding."""

from __future__ import annotations

import unicodedata

from auditdesk.i18n import fill  # noqa: F401 - re-exported for the checklist modules



def fold(text: str) -> str:
    """Lower case without accents, for matching: ``"Máy NÉN đá"`` → ``"may nen da"``."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
