"""The "Follow-up" tab of an audit: the opportunities the enterprise took up, each
with its implementation, its verification plan and its measured savings, and
below them the proposed / accepted / implemented / verified savings of the
enterprise's audits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import format_iso_date
from auditdesk.model import vocab
from auditdesk.model.carriers import display_unit
from auditdesk.model.entities import Opportunity
from auditdesk.review import followup, lifecycle, mv
from auditdesk.review.roles import current_role
from auditdesk.store import Store, StoreError
from auditdesk.ui import messages, undo
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.register import formatting
from auditdesk.ui.review.followup_form import FollowUpForm
from auditdesk.ui.review.savings_panel import SavingsPanel
from auditdesk.ui.review.table_model import KEY_ROLE, Column, RowsModel, SortProxy

FOLLOWED = ("accepted", "scheduled", "in_progress", "implemented", "verified")


def _verified_text(opp: Opportunity) -> str:
    data = followup.recorded(opp)
    if not data:
        return ""
    return QCoreApplication.translate("FollowUp", "%1 %2/yr").replace(
        "%1", formatting.quantity(data.get("amount_per_yr"))).replace(
        "%2", display_unit(str(data.get("unit", ""))))


def make_followup_model(parent: QWidget | None = None) -> RowsModel[Opportunity]:
    order = list(vocab.OPPORTUNITY_STATUSES)
    columns: list[Column[Opportunity]] = [
        Column(QCoreApplication.translate("FollowUp", "Code"), lambda o: o.code),
        Column(QCoreApplication.translate("FollowUp", "Title"), lambda o: o.title),
        Column(QCoreApplication.translate("FollowUp", "Status"),
               lambda o: vocab_label(vocab.OPPORTUNITY_STATUSES, o.status),
               lambda o: order.index(o.status)),
        Column(QCoreApplication.translate("FollowUp", "Implemented"),
               lambda o: format_iso_date(o.implementation_date), lambda o: o.implementation_date),
        Column(QCoreApplication.translate("FollowUp", "Actual investment\n(million ₫)"),
               lambda o: formatting.millions(o.actual_investment), lambda o: o.actual_investment,
               True),
        Column(QCoreApplication.translate("FollowUp", "IPMVP"), lambda o: o.ipmvp_option),
        Column(QCoreApplication.translate("FollowUp", "Measured savings"), _verified_text),
    ]
    return RowsModel(columns, lambda o: o.id, parent)


class FollowUpTab(QWidget):
    """Follow-up of one audit (module docstring)."""

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpTab")
        self.store, self.audit_id = store, audit_id
        self.role = current_role()
        enterprise_id = store.audits.get(audit_id).enterprise_id
        self.model = make_followup_model(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("followUpTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.form = FollowUpForm(store.meters.for_enterprise(enterprise_id), self)
        self.savings = SavingsPanel(store, audit_id, self)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.view)
        top.addWidget(self.form)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.savings)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self._splits, self._sized = (top, split), False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(split, 1)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_current_row_changed)
        self.form.move_requested.connect(self.on_form_move_requested)
        self.form.save_implementation_requested.connect(self.on_form_save_implementation)
        self.form.save_plan_requested.connect(self.on_form_save_plan)
        self.form.measure_requested.connect(self.on_form_measure_requested)
        self.form.verify_requested.connect(self.on_form_verify_requested)
        self._generation = 0
        self.reload()
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def reload(self) -> None:
        chosen = self.current_id()
        marks = ", ".join("?" for _ in FOLLOWED)
        self.model.set_rows(self.store.opportunities.list(
            f"audit_id = ? AND status IN ({marks})", (self.audit_id, *FOLLOWED),
            order_by="code, title"))
        if chosen and self.select(chosen):
            self._show_current()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def select(self, opportunity_id: str) -> bool:
        position = self.model.position_of(opportunity_id)
        if position < 0:
            return False
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(position, 0)).row())
        return True

    def _show_current(self) -> None:
        key = self.current_id()
        opp = self.store.opportunities.find(key) if key else None
        self.form.show_opportunity(opp, self.role, not self.store.read_only)

    def _after_write(self, opp: Any) -> None:
        undo.record_followup(self, opp)  # undo hook
        self.model.update_row(opp)
        self._show_current()
        self.savings.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # first show: a readable list beside the form, the chart below
            self._sized = True
            width, height = max(self.width(), 900), max(self.height(), 500)
            self._splits[0].setSizes([int(width * 0.38), int(width * 0.62)])
            self._splits[1].setSizes([int(height * 0.62), int(height * 0.38)])
            self.savings.split.setSizes([int(width * 0.58), int(width * 0.42)])
        self.role = current_role()
        self.reload()
        self.savings.reload()
        super().showEvent(event)

    @Slot(QModelIndex, QModelIndex)
    def on_view_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._generation += 1
        self._show_current()

    @Slot(str)
    def on_form_move_requested(self, target: str) -> None:
        key = self.current_id()
        if key is None:
            return
        changes: dict[str, Any] = {}
        if target == "implemented":
            values = self.form.implementation_values()
            if isinstance(values, str):
                messages.warn(self, values)
                return
            changes = {"implementation_date": values[0], "actual_investment": values[1]}
        try:
            self._after_write(lifecycle.move(self.store, key, target, current_role(), **changes))
        except StoreError as exc:
            messages.warn(self, str(exc))

    @Slot()
    def on_form_save_implementation(self) -> None:
        key = self.current_id()
        values = self.form.implementation_values()
        if key is None:
            return
        if isinstance(values, str):
            messages.warn(self, values)
            return
        try:
            self._after_write(followup.record_implementation(
                self.store, key, current_role(), implementation_date=values[0],
                actual_investment=values[1]))
        except StoreError as exc:
            messages.warn(self, str(exc))

    @Slot()
    def on_form_save_plan(self) -> None:
        key = self.current_id()
        if key is None:
            return
        option, meters = self.form.plan_values()
        try:
            self._after_write(followup.plan_verification(self.store, key, current_role(),
                                                   ipmvp_option=option, meters=meters))
        except StoreError as exc:
            messages.warn(self, str(exc))

    @Slot()
    def on_form_measure_requested(self) -> None:
        from auditdesk.ui.tasks import Task

        key = self.current_id()
        if key is None:
            return
        path, user, generation = self.store.path, self.store.user, self._generation
        self.form.result.show_message(self.tr("Measuring…"))

        def measure(report: Any) -> followup.Verification:
            with Store(path, user=user, read_only=True) as reader:  # its own connection
                return followup.measure_savings(reader, key)

        (Task(self, measure)
         .with_progress(self.tr("Measuring the savings…"))
         .on_success(lambda result: self._on_measured(generation, result))
         .on_failure(lambda exc, trace: self._on_measure_failed(generation, exc, trace))
         .start())

    def _on_measured(self, generation: int, result: followup.Verification) -> None:
        if generation != self._generation:
            return
        self.form.result.show_verification(result)
        self.form.verify.setEnabled(not self.store.read_only)

    def _on_measure_failed(self, generation: int, exc: BaseException, trace: str) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, (mv.MVError, StoreError)):
            self.form.result.show_message(str(exc))
            return
        from auditdesk.ui import app

        app.report_exception(type(exc), exc, exc.__traceback__, trace)

    @Slot()
    def on_form_verify_requested(self) -> None:
        key, result = self.current_id(), self.form.result.verification
        if key is None or result is None:
            return
        try:
            self._after_write(followup.record_verification(self.store, key, result, current_role()))
        except StoreError as exc:
            messages.warn(self, str(exc))
