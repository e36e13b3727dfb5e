"""The follow-up of one opportunity: the work's steps (start, postpone, implemented,
reopen), when it was implemented and what it cost, how it is verified (IPMVP
option, meters), and its measured savings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditdesk.model.carriers import CARRIERS, display_unit
from auditdesk.review import followup
from auditdesk.review.lifecycle import MOVES
from auditdesk.review.roles import PLAN_VERIFICATION, RECORD_IMPLEMENTATION
from auditdesk.ui.register import formatting
from auditdesk.ui.register.input_form import input_text, parse_number
from auditdesk.ui.review.mv_view import MVView

NO_DATE = QDate(2000, 1, 1)
WORK_ACTIONS = ("start", "postpone", "complete", "reopen", "unverify")


class FollowUpForm(QWidget):
    """Edits the follow-up of one opportunity; the tab does the writing."""

    move_requested = Signal(str)  # the target status
    save_implementation_requested = Signal()
    save_plan_requested = Signal()
    measure_requested = Signal()
    verify_requested = Signal()

    def __init__(self, meters: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpForm")
        self.heading = QLabel(self)
        self.heading.setObjectName("followUpHeading")
        self.heading.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        labels = {"start": self.tr("Start the work"), "postpone": self.tr("Postpone"),
                  "complete": self.tr("Record as implemented"), "reopen": self.tr("Reopen"),
                  "unverify": self.tr("Withdraw verification")}
        steps = QHBoxLayout()
        for action in WORK_ACTIONS:
            button = QPushButton(labels[action], self)
            button.setObjectName(f"work_{action}")
            button.clicked.connect(self.on_work_clicked)
            steps.addWidget(button)
            self.buttons[action] = button
        steps.addStretch(1)

        self.implemented_on = QDateEdit(self)
        self.implemented_on.setObjectName("implementationDate")
        self.implemented_on.setCalendarPopup(True)
        self.implemented_on.setDisplayFormat("dd/MM/yyyy")
        self.implemented_on.setMinimumDate(NO_DATE)
        self.implemented_on.setSpecialValueText(self.tr("not yet"))
        self.investment = QLineEdit(self)
        self.investment.setObjectName("actualInvestment")
        self.investment.setPlaceholderText(self.tr("as spent"))
        self.save_implementation = QPushButton(self.tr("Save"), self)
        self.save_implementation.setObjectName("saveImplementation")
        done = QGroupBox(self.tr("Implementation"), self)
        form = QFormLayout(done)
        form.addRow(self.tr("Implemented on"), self.implemented_on)
        form.addRow(self.tr("Actual investment (₫)"), self.investment)
        form.addRow("", self.save_implementation)

        self.option = QComboBox(self)
        self.option.setObjectName("ipmvpOption")
        self.option.addItem("—", "")
        for code, text in (("A", self.tr("A — retrofit isolation, key parameters measured")),
                           ("B", self.tr("B — retrofit isolation, all parameters measured")),
                           ("C", self.tr("C — whole facility (utility meters)")),
                           ("D", self.tr("D — calibrated simulation"))):
            self.option.addItem(text, code)
        self.meters = QListWidget(self)
        self.meters.setObjectName("verifyingMeters")
        self.meters.setMaximumHeight(110)
        for meter in meters:
            carrier = CARRIERS[meter.carrier].label if meter.carrier in CARRIERS else meter.carrier
            item = QListWidgetItem(f"{meter.name} ({carrier})", self.meters)
            item.setData(Qt.ItemDataRole.UserRole, meter.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.save_plan = QPushButton(self.tr("Save"), self)
        self.save_plan.setObjectName("savePlan")
        self.measure = QPushButton(self.tr("Measure savings"), self)
        self.measure.setObjectName("measureSavings")
        self.verify = QPushButton(self.tr("Record as verified"), self)
        self.verify.setObjectName("recordVerified")
        check = QGroupBox(self.tr("Measurement and verification"), self)
        plan = QFormLayout(check)
        plan.addRow(self.tr("IPMVP option"), self.option)
        plan.addRow(self.tr("Verifying meters"), self.meters)
        actions = QHBoxLayout()
        actions.addWidget(self.save_plan)
        actions.addWidget(self.measure)
        actions.addWidget(self.verify)
        actions.addStretch(1)
        plan.addRow("", actions)
        self.result = MVView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(steps)
        layout.addWidget(done)
        layout.addWidget(check)
        layout.addWidget(self.result, 1)
        self.save_implementation.clicked.connect(self.save_implementation_requested)
        self.save_plan.clicked.connect(self.save_plan_requested)
        self.measure.clicked.connect(self.measure_requested)
        self.verify.clicked.connect(self.verify_requested)
        self._targets: dict[str, str] = {}

    def show_opportunity(self, opp: Any | None, role: str, writable: bool) -> None:
        self.setEnabled(opp is not None)
        self.result.show_message("")
        if opp is None:
            self.heading.setText("")
            return
        self.heading.setText(f"<b>{opp.code}</b> {opp.title}")
        self._targets = {move.action: to for (frm, to), move in MOVES.items()
                         if frm == opp.status and move.action in WORK_ACTIONS
                         and role in move.roles and writable}
        for action, button in self.buttons.items():
            button.setVisible(action in self._targets)
        day = opp.implementation_date
        self.implemented_on.setDate(QDate.fromString(day, "yyyy-MM-dd") if day else NO_DATE)
        self.investment.setText("" if opp.actual_investment is None
                                else input_text(opp.actual_investment))
        self.option.setCurrentIndex(max(self.option.findData(opp.ipmvp_option), 0))
        chosen = set(followup.meter_ids(opp))
        for i in range(self.meters.count()):
            item = self.meters.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in chosen else Qt.CheckState.Unchecked)
        may_record = writable and role in RECORD_IMPLEMENTATION
        may_plan = writable and role in PLAN_VERIFICATION
        for editable in (self.implemented_on, self.investment, self.save_implementation):
            editable.setEnabled(may_record)
        for planned in (self.option, self.meters, self.save_plan):
            planned.setEnabled(may_plan)
        self.measure.setEnabled(opp.status in ("implemented", "verified"))
        self.verify.setEnabled(False)
        recorded = followup.recorded(opp)
        if opp.status == "verified" and recorded:
            self.result.show_message(
                self.tr("Verified: %1 ± %2 %3/yr, measured from %4 to %5 (90 % confidence).")
                .replace("%1", formatting.quantity(recorded.get("amount_per_yr")))
                .replace("%2", formatting.quantity(recorded.get("interval90_per_yr")))
                .replace("%3", display_unit(str(recorded.get("unit", ""))))
                .replace("%4", str(recorded.get("from", "")))
                .replace("%5", str(recorded.get("to", ""))))

    def implementation_values(self) -> tuple[str, float | None] | str:
        """(ISO date or "", investment or None), or the message of a value not understood."""
        value = self.implemented_on.date()
        day = "" if value == NO_DATE else dt.date(value.year(), value.month(),
                                                  value.day()).isoformat()
        text = self.investment.text().strip()
        if not text:
            return day, None
        number = parse_number(text)
        if number is None or number < 0:
            return self.tr("The actual investment is not a number of ₫ (for example 150.000.000).")
        return day, number

    def plan_values(self) -> tuple[str, list[str]]:
        ids = [str(self.meters.item(i).data(Qt.ItemDataRole.UserRole))
               for i in range(self.meters.count())
               if self.meters.item(i).checkState() == Qt.CheckState.Checked]
        return str(self.option.currentData() or ""), ids

    @Slot()
    def on_work_clicked(self) -> None:
        sender = self.sender()
        for action, button in self.buttons.items():
            if button is sender and action in self._targets:
                self.move_requested.emit(self._targets[action])
