"""Small text helpers of the checklist code: message placeholders and accent folding."""

from __future__ import annotations

import unicodedata


def fill(message: str, *values: object) -> str:
    """Replace ``%1``, ``%2`` ... in an already translated ``message`` by ``values``.

    Call it as ``fill(translate("Checklist", "Unknown area %1."), code)`` so that
    lupdate still sees the literal English text.
    """
    for number in range(len(values), 0, -1):  # %10 before %1
        message = message.replace(f"%{number}", str(values[number - 1]))
    return message


def fold(text: str) -> str:
    """Lower case without accents, for matching: ``"Máy NÉN đá"`` → ``"may nen da"``."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
