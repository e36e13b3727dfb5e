"""Labels of vocabulary codes through Qt's translator (the compiled .qm).

The UI uses these rather than ``auditdesk.model.vocab.label`` so the first
window does not have to parse the .ts catalogue the core reads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def vocab_label(vocabulary: dict[str, str], code: str) -> str:
    """Translated label of ``code`` in one of ``auditdesk.model.vocab``'s tables."""
    text = vocabulary.get(code)
    return QCoreApplication.translate("Vocab", text) if text else code
