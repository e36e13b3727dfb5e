"""An audit: a tab per part of the work. Feature packages add their tab to
``AUDIT_TABS`` with ``register_tab`` (listed in ``auditdesk/ui/features.py``);
the overview is always first. A tab's widget is built the first time it is
shown, so opening an audit costs only the overview.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore  # QtCore.Qt read when used: see ui/lazy_qt.py
from PySide6.QtWidgets import QGridLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from auditdesk.i18n import format_iso_date, format_number
from auditdesk.model import vocab
from auditdesk.store import Store
from auditdesk.store.queries import audit_overview, opportunity_rows
from auditdesk.ui.pages import units
from auditdesk.ui.widgets import KpiCard, PageHeader, make_table

# name -> (title function, factory(store, audit_id, parent) -> QWidget)
TabFactory = Callable[[Store, str, QWidget], QWidget]
AUDIT_TABS: list[tuple[str, Callable[[], str], TabFactory]] = []


def register_tab(name: str, title: Callable[[], str], factory: TabFactory) -> None:
    """Add a tab to every audit page (call at import time of the feature's UI package)."""
    AUDIT_TABS[:] = [t for t in AUDIT_TABS if t[0] != name] + [(name, title, factory)]


class AuditOverview(QWidget):
    """What the audit holds, at a glance: dates, people, data, opportunities, savings."""

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditOverview")
        ov = audit_overview(store.conn, audit_id)
        layout = QVBoxLayout(self)
        if ov is None:
            layout.addWidget(QLabel(self.tr("This audit no longer exists."), self))
            return
        dates = format_iso_date(ov.start_date)
        if ov.end_date and ov.end_date != ov.start_date:
            dates += " – " + format_iso_date(ov.end_date)
        type_label, status_label = self.tr("Type"), self.tr("Status")
        dates_label, auditors_label = self.tr("Dates"), self.tr("Auditors")
        reviewer_label = self.tr("Enterprise reviewer")
        facts = QLabel(
            "<br>".join([
                (f"<b>{type_label}:</b> {vocab.label(vocab.AUDIT_TYPES, ov.audit_type)}"
                 f" &nbsp; <b>{status_label}:</b> {vocab.label(vocab.AUDIT_STATUSES, ov.status)}"),
                f"<b>{dates_label}:</b> {dates}",
                (f"<b>{auditors_label}:</b> {ov.auditors or '—'} &nbsp; "
                 f"<b>{reviewer_label}:</b> {ov.reviewer or '—'}"),
            ]), self)
        facts.setTextFormat(QtCore.Qt.TextFormat.RichText)
        layout.addWidget(facts)

        cards = QGridLayout()
        cards.setSpacing(8)
        self.units = shown = units.current()  # Settings: energy and money units
        rate = units.vnd_per_usd(store.conn, audit_id) if shown.currency == "USD" else None
        energy_value, energy_unit = units.energy(ov.savings.get("electricity", 0), shown)
        invest_value, invest_unit = units.money(ov.investment_vnd, shown, rate)
        kpis = [
            (self.tr("Opportunities"), format_number(ov.opportunities), ""),
            (self.tr("Electricity savings"), energy_value, units.per_year(energy_unit)),
            (self.tr("Water savings"), format_number(ov.savings.get("water", 0)),
             self.tr("m³/yr")),
            (self.tr("Investment"), invest_value, invest_unit),
            (self.tr("Meters"), format_number(ov.meters), ""),
            (self.tr("Readings"), format_number(ov.readings), ""),
            (self.tr("Production records"), format_number(ov.production_records), ""),
            (self.tr("Checklist answers"), format_number(ov.responses),
             self.tr("%1 findings").replace("%1", format_number(ov.findings))),
        ]
        if ov.cost_savings_vnd:
            cost_value, cost_unit = units.money(ov.cost_savings_vnd, shown, rate, millions=False)
            kpis[3] = (self.tr("Cost savings"), cost_value, units.per_year(cost_unit))
        self.cards: dict[str, KpiCard] = {}
        for i, (caption, value, unit) in enumerate(kpis):
            self.cards[caption] = KpiCard(caption, value, unit, self)
            cards.addWidget(self.cards[caption], i // 4, i % 4)
        layout.addLayout(cards)

        from auditdesk.model.carriers import CARRIERS  # dataclasses: not before first paint

        rows = []
        for opp in opportunity_rows(store.conn, audit_id):
            saved = "; ".join(
                f"{format_number(amount)} {CARRIERS[c].unit_display} {CARRIERS[c].label}"
                for c, amount in opp.savings.items() if c in CARRIERS)
            rows.append([
                opp.code, opp.title,
                (opp.technique, opp.technique),
                (vocab.label(vocab.OPPORTUNITY_STATUSES, opp.status),
                 list(vocab.OPPORTUNITY_STATUSES).index(opp.status)),
                saved,
                (format_number(opp.investment_vnd / 1e6, 1), opp.investment_vnd),
            ])
        layout.addWidget(QLabel("<b>" + self.tr("Opportunities") + "</b>", self))
        self.opportunities = make_table(
            self, [self.tr("Code"), self.tr("Title"), self.tr("Technique"), self.tr("Status"),
                   self.tr("Savings per year"), self.tr("Investment (million ₫)")],
            rows, numeric=(5,), stretch=1)
        self.opportunities.setObjectName("overviewOpportunities")
        layout.addWidget(self.opportunities, 1)


class AuditPage(QWidget):
    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        title, enterprise = store.conn.execute(
            "SELECT a.title, e.name FROM audit a JOIN enterprise e ON e.id = a.enterprise_id "
            "WHERE a.id = ?", (audit_id,)).fetchone()
        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(title, enterprise, self))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("auditTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(AuditOverview(store, audit_id, self), self.tr("Overview"))
        self.tab_names = ["overview"]
        from auditdesk.ui import features

        features.load()
        self._store, self._audit_id = store, audit_id
        self._pending: dict[int, TabFactory] = {}
        self._left_overview = False  # another tab was shown since the overview was built
        for name, title, factory in AUDIT_TABS:
            index = self.tabs.addTab(QWidget(self), title())
            self._pending[index] = factory
            self.tab_names.append(name)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        layout.addWidget(self.tabs, 1)

    def on_tabs_current_changed(self, index: int) -> None:
        if index == 0:
            self._refresh_overview()
            return
        self._left_overview = True
        factory = self._pending.pop(index, None)
        if factory is None:
            return
        self._replace_tab(index, factory(self._store, self._audit_id, self))

    def _refresh_overview(self) -> None:
        """The overview again, with what the other tabs changed since it was built
        (it is cheap: a few aggregate queries)."""
        if not self._left_overview:
            return
        self._left_overview = False
        self._replace_tab(0, AuditOverview(self._store, self._audit_id, self))

    def _replace_tab(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` in tab ``index`` (same title), shown, without signalling."""
        title = self.tabs.tabText(index)
        old = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def tab_widget(self, name: str) -> QWidget | None:
        """The widget of tab ``name``, building it if it was not shown yet."""
        if name not in self.tab_names:
            return None
        index = self.tab_names.index(name)
        if index in self._pending:
            current = self.tabs.currentIndex()
            self.on_tabs_current_changed(index)
            self.tabs.setCurrentIndex(current)
        return self.tabs.widget(index)

    def show_tab(self, name: str) -> bool:
        if name not in self.tab_names:
            return False
        self.tabs.setCurrentIndex(self.tab_names.index(name))
        return True

