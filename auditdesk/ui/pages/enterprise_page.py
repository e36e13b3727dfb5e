"""An enterprise: its profile (read-only here; Edit opens the form)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from auditdesk.i18n import format_iso_date, format_number
from auditdesk.model import vocab
from auditdesk.store import Store
from auditdesk.ui.widgets import PageHeader, make_table


class EnterprisePage(QWidget):
    def __init__(self, store: Store, enterprise_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enterprisePage")
        ent = store.enterprises.get(enterprise_id)
        park = store.parks.get(ent.park_id)
        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(ent.name, f"{vocab.label(vocab.SECTORS, ent.sector)} · "
                                              f"{park.name}", self))
        form = QFormLayout()
        number = (lambda v, d=0: "" if v is None else format_number(v, d))
        for label, value in (
            (self.tr("Main products"), ent.products),
            (self.tr("Capacity"), ent.capacity),
            (self.tr("Employees"), number(ent.employees)),
            (self.tr("Shifts per day"), number(ent.shifts)),
            (self.tr("Operating hours (h/yr)"), number(ent.operating_hours)),
            (self.tr("Address"), ent.address),
            (self.tr("Contact"), " · ".join(x for x in (ent.contact_name, ent.contact_phone,
                                                         ent.contact_email) if x)),
        ):
            text = QLabel(value or "—", self)
            text.setWordWrap(True)
            form.addRow(label, text)
        layout.addLayout(form)
        rows = [[a.title, vocab.label(vocab.AUDIT_TYPES, a.audit_type),
                 (format_iso_date(a.start_date), a.start_date), vocab.label(vocab.AUDIT_STATUSES, a.status)]
                for a in store.audits.for_enterprise(enterprise_id)]
        layout.addWidget(QLabel(self.tr("Audits"), self))
        layout.addWidget(make_table(self, [self.tr("Title"), self.tr("Type"), self.tr("Start"),
                                           self.tr("Status")], rows), 1)
