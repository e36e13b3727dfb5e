"""The opportunity editor: a pane beside the register that estimates as you type
and saves by itself.

Why a pane and not a dialog: an auditor on a laptop goes through a dozen
opportunities in a row; with the editor beside the table one click moves to the
next, the register row and the totals change while the numbers are typed, and
nothing has to be opened, confirmed and closed.

Saving: every edit restarts a short timer; when it fires, the form is read,
the estimate runs on a worker thread (``ui.tasks.Task``) and, if every value
is valid, the opportunity, its savings and its report are written in one
transaction (``store.estimates.write_estimate``, with history). A value that
cannot be read or that the engine refuses is shown at its field and nothing
of the estimate is saved (valid descriptive edits such as the title still
are). Pending edits are saved at once when another opportunity is chosen or
the pane is hidden.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditdesk.calc import estimator as estimators
from auditdesk.calc.engine import EstimateReport, InputError
from auditdesk.store import Store, StoreError
from auditdesk.store.estimates import (
    ESTIMATE_FIELDS,
    encode_inputs,
    estimate_opportunity,
    parse_stored_inputs,
    settings_for_audit,
    write_estimate,
)
from auditdesk.ui import messages, undo
from auditdesk.ui.register.editor_fields import CostsForm, DetailsForm
from auditdesk.ui.register.input_form import EstimatorInputForm, compact
from auditdesk.ui.register.labels import estimator_title
from auditdesk.ui.register.report_view import ReportView

SAVE_DELAY_MS = 500
COST_FIELDS = ("investment_equipment", "investment_installation", "investment_engineering",
               "investment_other", "om_cost_change", "lifetime_yr", "discount_rate")
_ENGINE_TO_FIELD = {"investment_vnd": "investment_equipment", "om_cost_change": "om_cost_change",
                    "lifetime_yr": "lifetime_yr", "discount_rate": "discount_rate"}


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` at the top of a vertical scroll area as wide as the pane."""
    page = QWidget(parent)
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    column.addStretch(1)
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class OpportunityEditor(QWidget):
    """Edits one opportunity of an audit; autosaves through the store."""

    saved = Signal(str)  # the opportunity's stored values changed (its id)
    estimated = Signal()  # a new estimate is shown (or an error in place of it)

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opportunityEditor")
        self._store = store
        self._settings = settings_for_audit(store, audit_id)
        self._usd_rate = self._settings.reference.get("fx.usd")
        self._opportunity: Any = None
        self._loading = False
        self._dirty = False
        self._generation = 0
        self._pending: dict[str, Any] | None = None  # changes waiting for their estimate
        self._errors: dict[str, str] = {}  # fields left out of the pending changes
        self._refused = False  # the engine refused the values on screen: they are not saved
        self.report: EstimateReport | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        audit_areas = {a.code: a.name for a in store.areas.list("audit_id = ?", (audit_id,))}
        partners = [e.name for e in store.enterprises.list(order_by="name")]
        self._build(audit_areas, partners)
        self.setEnabled(False)
        from auditdesk.ui.review.register_rules import EditorRules

        self._rules = EditorRules(self, store, audit_id)  # roles, the sign-off lock, lifecycle

    # --- construction ------------------------------------------------------------------

    def _build(self, audit_areas: dict[str, str], partners: list[str]) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        head = QHBoxLayout()
        self.code = QLineEdit(self)
        self.code.setObjectName("field_code")
        self.code.setMaximumWidth(90)
        self.code.setPlaceholderText(self.tr("code"))
        self.title = QLineEdit(self)
        self.title.setObjectName("field_title")
        self.title.setPlaceholderText(self.tr("What is to be done, and where"))
        head.addWidget(self.code)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        self.title_error = QLabel(self)
        self.title_error.setStyleSheet("color: #b3261e;")
        self.title_error.hide()
        layout.addWidget(self.title_error)
        self.summary = QLabel(self)
        self.summary.setObjectName("estimateSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.state = QLabel(self)
        self.state.setObjectName("saveState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editorTabs")
        estimate = QWidget(self)
        column = QVBoxLayout(estimate)
        chooser = QHBoxLayout()
        self.estimator = QComboBox(estimate)
        self.estimator.setObjectName("field_estimator")
        for est in sorted(estimators.all_estimators(), key=lambda e: (e.id == "custom",
                                                                     estimator_title(e))):
            self.estimator.addItem(estimator_title(est), est.id)
        self.example = QPushButton(self.tr("Example"), estimate)
        self.example.setObjectName("exampleButton")
        self.example.setToolTip(self.tr("Fill in the estimator's published worked example"))
        chooser.addWidget(QLabel(self.tr("Estimator"), estimate))
        chooser.addWidget(self.estimator, 1)
        chooser.addWidget(self.example)
        column.addLayout(chooser)
        self.inputs = EstimatorInputForm(estimate)
        column.addWidget(self.inputs)
        self.report_view = ReportView(estimate)
        column.addWidget(self.report_view)
        column.addStretch(1)
        self.costs = CostsForm(self)
        self.details = DetailsForm(audit_areas, partners, self)
        self.tabs.addTab(_scrolled(estimate, self), self.tr("Estimate"))
        self.tabs.addTab(_scrolled(self.costs, self), self.tr("Costs and finance"))
        self.tabs.addTab(_scrolled(self.details, self), self.tr("Details"))
        layout.addWidget(self.tabs, 1)

        self.code.textEdited.connect(self.on_field_edited)
        self.title.textEdited.connect(self.on_field_edited)
        self.inputs.changed.connect(self.on_field_edited)
        self.costs.changed.connect(self.on_field_edited)
        self.details.changed.connect(self.on_field_edited)
        for combo in self.findChildren(QComboBox):  # long names must not widen the pane
            compact(combo)
        for line in self.findChildren(QLineEdit):  # leaving a field saves it at once
            line.editingFinished.connect(self.on_field_editing_finished)
        self.inputs.committed.connect(self.on_field_editing_finished)
        self.estimator.currentIndexChanged.connect(self.on_estimator_current_index_changed)
        self.example.clicked.connect(self.on_example_clicked)

    # --- public --------------------------------------------------------------------------

    @property
    def opportunity_id(self) -> str | None:
        return None if self._opportunity is None else str(self._opportunity.id)

    def load(self, opportunity_id: str | None) -> None:
        """Show an opportunity (saving the one shown before), or nothing."""
        self.flush()
        self._generation += 1
        self._pending = None
        self._refused = False
        self._opportunity = None if opportunity_id is None else \
            self._store.opportunities.find(opportunity_id)
        self.setEnabled(self._opportunity is not None)
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False
        self.set_read_only(self._store.read_only)
        self._rules.apply(self._opportunity)
        if self._opportunity is not None:
            self._estimate({}, save=False)

    def flush(self) -> bool:
        """Save pending edits now (on this thread); False when a bad value stops them."""
        if self._opportunity is None or self._store.read_only:
            return True
        if not (self._dirty or self._pending is not None):
            return not (self._refused or self._has_estimate_errors(self._collect()[1]))
        self._timer.stop()
        changes, errors = self._collect()
        self._dirty = False
        self._generation += 1  # an estimate still running is outdated
        self._pending = None
        self._show_errors(errors)
        if self._has_estimate_errors(errors):
            self._show_no_result()
            self._save_description(changes, errors)
            return False
        valid = self._valid(changes, errors)
        candidate = dataclasses.replace(self._opportunity, **valid)
        try:
            report = estimate_opportunity(candidate, self._settings)
        except (InputError, KeyError, ValueError) as exc:
            self._refused = True
            self._show_failure(exc)
            self._save_description(changes, errors)
            return False
        self._show_report(report)
        return self._save(valid, report, errors)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.code, self.title):
            widget.setReadOnly(read_only)
        self.estimator.setEnabled(not read_only)
        self.example.setEnabled(not read_only)
        self.inputs.set_read_only(read_only)
        self.costs.set_read_only(read_only)
        self.details.set_read_only(read_only)
        if read_only:
            self.state.setText(self.tr("Read-only: shown, not editable."))

    def focus_title(self) -> None:
        self.title.setFocus()
        self.title.selectAll()

    # --- filling and reading the form -------------------------------------------------------

    def _fill(self) -> None:
        opp = self._opportunity
        if opp is None:
            self.code.clear()
            self.title.clear()
            self.summary.clear()
            self.state.clear()
            self.report_view.show_report(None, None)
            return
        self.code.setText(opp.code)
        self.title.setText(opp.title)
        self.title.setCursorPosition(0)
        self.title_error.hide()
        index = self.estimator.findData(opp.estimator_id)
        if index < 0:  # an estimator this AuditDesk does not know: show it, let the engine say so
            self.estimator.addItem(opp.estimator_id, opp.estimator_id)
            index = self.estimator.count() - 1
        self.estimator.setCurrentIndex(index)
        try:
            stored = parse_stored_inputs(opp.inputs)
        except InputError as exc:
            stored = {}
            self.state.setText(str(exc))
        self._set_inputs(opp.estimator_id, stored)
        self.costs.set_opportunity(opp)
        self.details.set_opportunity(opp)
        self.state.setText(self.tr("All changes saved."))

    def _set_inputs(self, estimator_id: str, stored: dict[str, Any]) -> None:
        est = estimators.REGISTRY.get(estimator_id)
        if est is None:
            self.inputs.set_estimator(estimators.get("custom"), {})
            self.inputs.setEnabled(False)
        else:
            self.inputs.setEnabled(True)
            self.inputs.set_estimator(est, stored)
        self.example.setVisible(bool(est and est.example))

    def _collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(changes read from the form, errors by field; input errors keyed 'input:NAME')."""
        changes: dict[str, Any] = {"code": self.code.text().strip(),
                                   "title": self.title.text().strip()}
        changes.update(self.details.values())
        costs, errors = self.costs.values()
        changes.update(costs)
        values, input_errors = self.inputs.values()
        errors.update({f"input:{name}": message for name, message in input_errors.items()})
        changes["estimator_id"] = self.estimator.currentData()
        changes["inputs"] = encode_inputs(values)
        valid = {k: v for k, v in changes.items() if k not in errors}
        checked = dataclasses.replace(self._opportunity, **valid).validate()
        for name, message in checked.items():
            errors.setdefault(name, message)
        return changes, errors

    @staticmethod
    def _has_estimate_errors(errors: dict[str, str]) -> bool:
        return any(k.startswith("input:") or k in ESTIMATE_FIELDS for k in errors)

    @staticmethod
    def _valid(changes: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
        """The changes that can be saved (a symbiosis flag goes with its partner)."""
        valid = {k: v for k, v in changes.items() if k not in errors}
        if "partner" in errors or "symbiosis" in errors:
            valid.pop("symbiosis", None)
            valid.pop("partner", None)
        return valid

    # --- estimating and saving ------------------------------------------------------------

    def _apply(self) -> None:
        """Read the form; estimate in the background; save when the values are valid."""
        if self._opportunity is None or self._store.read_only:
            return
        changes, errors = self._collect()
        self._dirty = False
        self._show_errors(errors)
        if self._has_estimate_errors(errors):
            self._generation += 1
            self._pending = None
            self._show_no_result()
            self._save_description(changes, errors)
            return
        self._errors = errors
        self._estimate(self._valid(changes, errors), save=True)

    def _estimate(self, changes: dict[str, Any], save: bool) -> None:
        from auditdesk.ui.tasks import Task

        self._generation += 1
        generation = self._generation
        self._pending = changes if save else None
        candidate = dataclasses.replace(self._opportunity, **changes)
        settings = self._settings
        if save:
            self.state.setText(self.tr("Calculating…"))
        (Task(None, lambda report: estimate_opportunity(candidate, settings))
         .on_success(lambda report: self._on_estimated(generation, report))
         .on_failure(lambda exc, trace: self._on_failed(generation, exc, trace))
         .start())

    def _on_estimated(self, generation: int, report: EstimateReport) -> None:
        from shiboken6 import isValid

        if not isValid(self) or generation != self._generation:
            return  # the pane is gone, or newer edits are on their way
        changes = self._pending
        self._pending = None
        self._show_report(report)
        if changes is not None:
            self._save(changes, report, self._errors)

    def _on_failed(self, generation: int, exc: BaseException, trace: str) -> None:
        from shiboken6 import isValid

        if not isValid(self) or generation != self._generation:
            return
        changes = self._pending
        self._pending = None
        if not isinstance(exc, (InputError, KeyError, ValueError)):
            from auditdesk.ui import app

            app.report_exception(type(exc), exc, exc.__traceback__, trace)
            return
        self._show_failure(exc)
        if changes is not None:
            self._refused = True
            self._save_description(changes, {"estimate": str(exc)})

    def _save(self, changes: dict[str, Any], report: EstimateReport,
              errors: dict[str, str]) -> bool:
        if self._store.read_only or self._opportunity is None:
            return False
        before = self._opportunity  # undo hook
        try:
            if self._rules.figures_editable:
                self._opportunity = write_estimate(self._store, self._opportunity.id, report,
                                                   changes)
            else:  # not the auditor, or signed off: only the decision fields are written
                self._opportunity = self._store.opportunities.update(
                    self._opportunity.id, **self._rules.plain_changes(changes))
        except StoreError as exc:
            self.state.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            messages.warn(self, str(exc))
            return False
        self._refused = False
        undo.record_opportunity_edit(self, before, self._opportunity)  # undo hook
        if errors:
            self.state.setText(self.tr("Saved, except the value marked in red."))
        else:
            self.state.setText(self.tr("All changes saved."))
        self.saved.emit(self._opportunity.id)
        return True

    def _save_description(self, changes: dict[str, Any], errors: dict[str, str]) -> None:
        """Save the valid fields that do not change the estimate (title, status …)."""
        if self._store.read_only or self._opportunity is None:
            return
        plain = {k: v for k, v in self._valid(changes, errors).items()
                 if k not in ESTIMATE_FIELDS and getattr(self._opportunity, k) != v}
        if plain:
            before = self._opportunity  # undo hook
            try:
                self._opportunity = self._store.opportunities.update(self._opportunity.id, **plain)
            except StoreError as exc:
                messages.warn(self, str(exc))
                return
            undo.record_opportunity_edit(self, before, self._opportunity)  # undo hook
            self.saved.emit(self._opportunity.id)
        self.state.setText(self.tr("Not saved: correct the value marked in red; the rest of "
                                   "the estimate keeps its last saved values."))

    # --- showing --------------------------------------------------------------------------

    def _show_report(self, report: EstimateReport) -> None:
        self.report = report
        self.summary.setText(self.report_view.summary(report, self._usd_rate))
        self.report_view.show_report(report, self._usd_rate)
        self.inputs.show_conversions({i.name: i.value for i in report.inputs
                                      if isinstance(i.value, float)})
        self.estimated.emit()

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.inputs.clear_notes()
        for key, message in errors.items():
            if key.startswith("input:"):
                self.inputs.show_error(key[6:], message)
        self.costs.show_errors({k: v for k, v in errors.items() if k in COST_FIELDS})
        self.details.show_errors(errors)
        title = errors.get("title")
        self.title_error.setText(title or "")
        self.title_error.setVisible(bool(title))

    def _show_failure(self, exc: BaseException) -> None:
        message = str(exc)
        name = getattr(exc, "input_name", None)
        self.inputs.clear_notes()
        self.costs.show_errors({})
        if name and self.inputs.show_error(name, message):
            pass
        elif name in _ENGINE_TO_FIELD:
            self.costs.show_errors({_ENGINE_TO_FIELD[name]: message})
            self.tabs.setCurrentIndex(1)
        self.state.setText(self.tr("Not saved: %1").replace("%1", message))
        self._show_no_result()

    def _show_no_result(self) -> None:
        """No stale figures beside a value that was refused."""
        self.report = None
        self.summary.setText(self.tr("<i>No result until the marked value is corrected.</i>"))
        self.report_view.show_report(None, None)
        self.estimated.emit()

    # --- events ---------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:  # the main window closes: save first
            self.flush()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        self.window().installEventFilter(self)
        super().showEvent(event)

    @Slot()
    def on_field_edited(self) -> None:
        if self._loading or self._opportunity is None or self._store.read_only:
            return
        self._dirty = True
        self.state.setText(self.tr("Editing…"))
        self._timer.start()

    @Slot()
    def on_field_editing_finished(self) -> None:
        if self._dirty or self._pending is not None:
            self.flush()

    @Slot()
    def on_timer_timeout(self) -> None:
        self._apply()

    @Slot(int)
    def on_estimator_current_index_changed(self, index: int) -> None:
        if self._loading or self._opportunity is None:
            return
        values, _errors = self.inputs.values()
        carried = {name: {"value": v[0], "unit": v[1]} if isinstance(v, tuple) else v
                   for name, v in values.items()}
        self._set_inputs(str(self.estimator.currentData()), carried)
        self.on_field_edited()

    @Slot()
    def on_example_clicked(self) -> None:
        if self.inputs.fill_example():
            self._timer.stop()
            self._apply()
