"""The two plain forms of the opportunity editor: costs and finance, and the
description (area, technique, status, priority, owner, industrial symbiosis).

Each reads an ``Opportunity`` and returns ``(changes, errors)``: field values
ready for the store, and messages for the fields that could not be read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from auditdesk.model import vocab
from auditdesk.ui.forms.fields import FieldRow, FieldSpec
from auditdesk.ui.register.input_form import input_text, parse_number
from auditdesk.ui.register.labels import PRIORITIES, RECP_AREAS, area_label, priority_label

INVESTMENT_FIELDS = ("investment_equipment", "investment_installation",
                     "investment_engineering", "investment_other")


def _form(widget: QWidget) -> QFormLayout:
    layout = QFormLayout(widget)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return layout


class CostsForm(QWidget):
    """Investment breakdown, change in O&M cost, lifetime and discount rate."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("costsForm")
        layout = _form(self)
        labels = {
            "investment_equipment": self.tr("Equipment (₫)"),
            "investment_installation": self.tr("Installation (₫)"),
            "investment_engineering": self.tr("Engineering (₫)"),
            "investment_other": self.tr("Other (₫)"),
            "om_cost_change": self.tr("Change in O&M cost (₫/yr)"),
            "lifetime_yr": self.tr("Lifetime (yr)"),
            "discount_rate": self.tr("Discount rate (%)"),
        }
        self.rows: dict[str, FieldRow] = {}
        for name, text in labels.items():
            row = FieldRow(FieldSpec(name, text, kind="float"), self)
            editor = row.editor
            assert isinstance(editor, QLineEdit)
            editor.textEdited.connect(self.on_field_edited)
            self.rows[name] = row
            layout.addRow(text, row)
            if name == "investment_other":
                self.total = QLabel(self)
                self.total.setObjectName("investmentTotal")
                layout.addRow(self.tr("Total investment (₫)"), self.total)
        om = self.rows["om_cost_change"].editor
        om.setToolTip(self.tr("Extra running cost per year is positive; a cost that falls "
                              "is negative."))

    def set_opportunity(self, opportunity: Any) -> None:
        for name, row in self.rows.items():
            value = getattr(opportunity, name)
            if name == "discount_rate":
                value = value * 100.0
            row.editor.setText(input_text(float(value)))  # type: ignore[attr-defined]
            row.show_error(None)
        self._update_total()

    def values(self) -> tuple[dict[str, float], dict[str, str]]:
        changes: dict[str, float] = {}
        errors: dict[str, str] = {}
        for name, row in self.rows.items():
            text = row.editor.text().strip()  # type: ignore[attr-defined]
            if not text and (name in INVESTMENT_FIELDS or name == "om_cost_change"):
                changes[name] = 0.0
                continue
            number = parse_number(text) if text else None
            if number is None:
                error = row.value()[1]
                errors[name] = error or self.tr("Enter a number.")
                continue
            changes[name] = number / 100.0 if name == "discount_rate" else number
        return changes, errors

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.show_error(errors.get(name))

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            row.editor.setReadOnly(read_only)  # type: ignore[attr-defined]

    def _update_total(self) -> None:
        total = 0.0
        for name in INVESTMENT_FIELDS:
            number = parse_number(self.rows[name].editor.text())  # type: ignore[attr-defined]
            total += number or 0.0
        self.total.setText(input_text(total))

    @Slot()
    def on_field_edited(self) -> None:
        self._update_total()
        self.changed.emit()


class DetailsForm(QWidget):
    """What the opportunity is, where, how it is classed and who follows it up."""

    changed = Signal()

    def __init__(self, audit_areas: dict[str, str], partners: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsForm")
        self._audit_areas = audit_areas
        layout = _form(self)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("field_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(72)
        self.area = QComboBox(self)
        self.area.setObjectName("field_area")
        self.area.addItem("—", "")
        for code in list(audit_areas) + [c for c in RECP_AREAS if c not in audit_areas]:
            self.area.addItem(area_label(code, audit_areas), code)
        self.technique = self._combo("field_technique", [
            (code, f"{code} — {vocab.label(vocab.TECHNIQUES, code)}") for code in vocab.TECHNIQUES])
        self.status = self._combo("field_status", [
            (code, vocab.label(vocab.OPPORTUNITY_STATUSES, code))
            for code in vocab.OPPORTUNITY_STATUSES])
        self.priority = self._combo("field_priority",
                                    [(code, priority_label(code)) for code in PRIORITIES])
        self.owner = QLineEdit(self)
        self.owner.setObjectName("field_owner")
        self.symbiosis = QCheckBox(self.tr("Yes, with a partner"), self)
        self.symbiosis.setObjectName("field_symbiosis")
        self.symbiosis.setToolTip(self.tr("The opportunity exchanges a resource (waste heat, "
                                          "treated water, a by-product) with another enterprise "
                                          "or the city."))
        self.partner = FieldRow(FieldSpec("partner", self.tr("Partner")), self)
        completer = QCompleter(partners, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        partner_editor = self.partner.editor
        assert isinstance(partner_editor, QLineEdit)
        partner_editor.setCompleter(completer)
        partner_editor.setPlaceholderText(self.tr("partner enterprise or organisation"))
        layout.addRow(self.tr("Description"), self.description)
        layout.addRow(self.tr("Area"), self.area)
        layout.addRow(self.tr("RECP technique"), self.technique)
        layout.addRow(self.tr("Status"), self.status)
        layout.addRow(self.tr("Priority"), self.priority)
        layout.addRow(self.tr("Owner"), self.owner)
        layout.addRow(self.tr("Industrial symbiosis"), self.symbiosis)
        layout.addRow(self.tr("Partner"), self.partner)
        self.description.textChanged.connect(self.changed)
        for combo in (self.area, self.technique, self.status, self.priority):
            combo.currentIndexChanged.connect(self.changed)
        self.owner.textEdited.connect(self.changed)
        partner_editor.textEdited.connect(self.changed)
        self.symbiosis.toggled.connect(self.on_symbiosis_toggled)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, text in items:
            combo.addItem(text, code)
        return combo

    def set_opportunity(self, opportunity: Any) -> None:
        self.description.setPlainText(opportunity.description)
        if self.area.findData(opportunity.area) < 0:
            self.area.addItem(area_label(opportunity.area, self._audit_areas), opportunity.area)
        for combo, code in ((self.area, opportunity.area), (self.technique, opportunity.technique),
                            (self.status, opportunity.status),
                            (self.priority, opportunity.priority)):
            combo.setCurrentIndex(max(combo.findData(code), 0))
        self.owner.setText(opportunity.owner)
        self.symbiosis.setChecked(opportunity.symbiosis)
        self.partner.set_value(opportunity.partner)
        self.partner.show_error(None)
        self.partner.editor.setEnabled(opportunity.symbiosis)

    def values(self) -> dict[str, Any]:
        return {
            "description": self.description.toPlainText().strip(),
            "area": self.area.currentData() or "",
            "technique": self.technique.currentData(),
            "status": self.status.currentData(),
            "priority": self.priority.currentData(),
            "owner": self.owner.text().strip(),
            "symbiosis": self.symbiosis.isChecked(),
            "partner": self.partner.value()[0],
        }

    def show_errors(self, errors: dict[str, str]) -> None:
        self.partner.show_error(errors.get("partner"))

    def set_read_only(self, read_only: bool) -> None:
        self.description.setReadOnly(read_only)
        self.owner.setReadOnly(read_only)
        editor = self.partner.editor
        assert isinstance(editor, QLineEdit)
        editor.setReadOnly(read_only)
        for widget in (self.area, self.technique, self.status, self.priority, self.symbiosis):
            widget.setEnabled(not read_only)

    @Slot(bool)
    def on_symbiosis_toggled(self, checked: bool) -> None:
        self.partner.editor.setEnabled(checked)
        self.changed.emit()
