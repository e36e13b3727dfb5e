"""A park: its details and the enterprises in it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from auditdesk.model import vocab
from auditdesk.store import Store
from auditdesk.ui.widgets import PageHeader, make_table


class ParkPage(QWidget):
    def __init__(self, store: Store, park_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parkPage")
        park = store.parks.get(park_id)
        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(park.name, " · ".join(
            x for x in (park.province, park.management_board) if x), self))
        if park.notes:
            notes = QLabel(park.notes, self)
            notes.setWordWrap(True)
            layout.addWidget(notes)
        rows = []
        for ent in store.enterprises.for_park(park_id):
            audits = store.audits.count("enterprise_id = ?", (ent.id,))
            rows.append([ent.name, vocab.label(vocab.SECTORS, ent.sector), ent.products,
                         (str(audits), audits)])
        layout.addWidget(QLabel(self.tr("Enterprises (%1)").replace("%1", str(len(rows))), self))
        self.table = make_table(
            self, [self.tr("Enterprise"), self.tr("Sector"), self.tr("Products"),
                   self.tr("Audits")], rows, numeric=(3,))
        layout.addWidget(self.table, 1)
