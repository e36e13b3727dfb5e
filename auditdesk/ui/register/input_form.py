"""The inputs of one estimator as a form: a number field in the UI locale with a
unit combo of same-kind units, or a choice; defaults filled in; help, range and
default as tooltips; errors and unit conversions shown under the field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from auditdesk.calc.engine import label as spec_label
from auditdesk.calc.estimator import Estimator, InputSpec
from auditdesk.i18n import fill
from auditdesk.ui.forms.fields import ui_locale
from auditdesk.ui.register import formatting
from auditdesk.ui.register.input_units import display_unit, unit_choices
from auditdesk.ui.register.labels import choice_label, spec_help

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6b76;"

StoredValue = tuple[float, str] | str


def input_text(value: float) -> str:
    """A number as typed in the UI language, with only the decimals it has: 7,06 · 6.000."""
    plain = f"{value:.10g}"
    if "e" in plain:
        return ui_locale().toString(value, "g", 10)
    decimals = len(plain.partition(".")[2])
    return ui_locale().toString(value, "f", decimals)


def parse_number(text: str) -> float | None:
    """The number in ``text`` written in the UI language; ``None`` when it is not one."""
    value, ok = ui_locale().toDouble(text.strip())
    return float(value) if ok else None


def compact(combo: QComboBox, characters: int = 12) -> QComboBox:
    """A combo whose width does not grow with its longest entry (the pane stays narrow)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    # Qt still reports the longest entry as the minimum size hint; an explicit minimum wins.
    combo.setMinimumWidth(combo.fontMetrics().averageCharWidth() * characters + 28)
    return combo


class _Row:
    """The widgets of one input."""

    def __init__(self, spec: InputSpec, label: QLabel, editor: QLineEdit | QComboBox,
                 unit: QComboBox | QLabel | None, note: QLabel) -> None:
        self.spec, self.label, self.editor, self.unit, self.note = spec, label, editor, unit, note

    def unit_code(self) -> str:
        if isinstance(self.unit, QComboBox):
            return str(self.unit.currentData())
        return self.spec.unit


class EstimatorInputForm(QWidget):
    """Edits the inputs of one estimator."""

    changed = Signal()  # the user changed a value, a unit or a choice
    committed = Signal()  # the user left a number field (time to save)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("estimatorInputs")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 3)  # labels wrap; numbers keep a readable width
        self._grid.setColumnStretch(1, 2)
        self._rows: dict[str, _Row] = {}
        self._estimator: Estimator | None = None
        self._loading = False

    # --- building ------------------------------------------------------------------------

    def set_estimator(self, estimator: Estimator, stored: Mapping[str, Any]) -> None:
        """Show ``estimator``'s inputs with the stored values (defaults where none)."""
        self._loading = True
        for row in self._rows.values():
            for widget in (row.label, row.editor, row.unit, row.note):
                if widget is not None:
                    self._grid.removeWidget(widget)
                    widget.hide()  # at once: deleteLater leaves it painted until the loop runs
                    widget.deleteLater()
        self._rows.clear()
        self._estimator = estimator
        for position, spec in enumerate(estimator.inputs):
            self._rows[spec.name] = self._add_row(spec, position)
            self._set_stored(self._rows[spec.name], stored.get(spec.name))
        self._loading = False

    def _add_row(self, spec: InputSpec, position: int) -> _Row:
        tip = self._tooltip(spec)
        label = QLabel(spec_label(spec) + (" *" if spec.default is None else ""), self)
        label.setToolTip(tip)
        label.setWordWrap(True)
        unit: QComboBox | QLabel | None = None
        editor: QLineEdit | QComboBox
        if spec.choices:
            editor = compact(QComboBox(self))
            for code in spec.choices:
                editor.addItem(choice_label(code), code)
            editor.currentIndexChanged.connect(self.on_editor_changed)
        else:
            editor = QLineEdit(self)
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            if spec.default is None:
                editor.setPlaceholderText(self.tr("required"))
            editor.textEdited.connect(self.on_editor_changed)
            editor.editingFinished.connect(self.committed)
            choices = unit_choices(spec.unit)
            if len(choices) > 1:
                unit = compact(QComboBox(self), 5)
                unit.setObjectName(f"unit_{spec.name}")
                for code in choices:
                    unit.addItem(display_unit(code), code)
                unit.currentIndexChanged.connect(self.on_editor_changed)
            elif spec.unit:
                unit = QLabel(display_unit(spec.unit), self)
        editor.setObjectName(f"input_{spec.name}")
        editor.setToolTip(tip)
        editor.setMinimumWidth(editor.fontMetrics().averageCharWidth() * 11)
        label.setBuddy(editor)
        note = QLabel(self)
        note.setObjectName(f"note_{spec.name}")
        note.setWordWrap(True)
        note.hide()
        line = position * 2
        self._grid.addWidget(label, line, 0)
        self._grid.addWidget(editor, line, 1)
        if unit is not None:
            self._grid.addWidget(unit, line, 2)
        self._grid.addWidget(note, line + 1, 0, 1, 3)
        return _Row(spec, label, editor, unit, note)

    def _tooltip(self, spec: InputSpec) -> str:
        parts = [spec_help(spec)]
        unit = display_unit(spec.unit)
        if spec.minimum is not None or spec.maximum is not None:
            low = "…" if spec.minimum is None else formatting.quantity(spec.minimum)
            high = "…" if spec.maximum is None else formatting.quantity(spec.maximum)
            parts.append(fill(self.tr("Allowed: %1 to %2 %3"), low, high, unit).strip())
        if spec.default is None:
            parts.append(self.tr("Required: no default."))
        elif spec.choices:
            parts.append(self.tr("Default: %1").replace("%1", choice_label(str(spec.default))))
        else:
            parts.append(self.tr("Default: %1").replace(
                "%1", f"{input_text(float(spec.default))} {unit}".strip()))
        return "\n".join(p for p in parts if p)

    def _set_stored(self, row: _Row, item: Any) -> None:
        spec = row.spec
        if isinstance(row.editor, QComboBox):
            code = item if isinstance(item, str) else spec.default
            row.editor.setCurrentIndex(max(row.editor.findData(code), 0))
            return
        value: Any = item
        unit = spec.unit
        if isinstance(item, dict):
            value, unit = item.get("value"), str(item.get("unit") or spec.unit)
        elif isinstance(item, str):
            from auditdesk.calc.units import UnitError, split_value_unit

            try:
                value, given = split_value_unit(item)
                unit = given or spec.unit
            except UnitError:
                value = None
        if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
            value = spec.default if item is None else None
        if isinstance(row.unit, QComboBox):
            index = row.unit.findData(unit)
            if index < 0:  # a unit typed elsewhere: offer it too
                row.unit.addItem(display_unit(unit), unit)
                index = row.unit.count() - 1
            row.unit.setCurrentIndex(index)
        row.editor.setText("" if value is None else input_text(float(value)))

    # --- values ----------------------------------------------------------------------------

    def values(self) -> tuple[dict[str, StoredValue], dict[str, str]]:
        """(stored values by input name, parse errors by input name)."""
        values: dict[str, StoredValue] = {}
        errors: dict[str, str] = {}
        for name, row in self._rows.items():
            if isinstance(row.editor, QComboBox):
                values[name] = str(row.editor.currentData())
                continue
            text = row.editor.text().strip()
            if not text:
                continue  # the engine fills the default or says it is required
            number = parse_number(text)
            if number is None:
                example = ui_locale().toString(1234.5, "f", 1)
                errors[name] = fill(self.tr("“%1” is not a number (example: %2)."), text,
                                    example)
            else:
                values[name] = (number, row.unit_code())
        return values, errors

    def fill_example(self) -> bool:
        """Fill the estimator's published worked example; False when it has none."""
        if self._estimator is None or not self._estimator.example:
            return False
        self._loading = True
        for name, row in self._rows.items():
            value = self._estimator.example.get(name, row.spec.default)
            if isinstance(row.unit, QComboBox):
                row.unit.setCurrentIndex(0)
            self._set_stored(row, value if isinstance(value, str) else
                             (None if value is None else {"value": value,
                                                          "unit": row.spec.unit}))
        self._loading = False
        self.clear_notes()
        self.changed.emit()
        return True

    # --- messages --------------------------------------------------------------------------

    def show_error(self, name: str, message: str) -> bool:
        """Show ``message`` under input ``name``; False when the form has no such input."""
        row = self._rows.get(name)
        if row is None:
            return False
        row.note.setStyleSheet(ERROR_STYLE)
        row.note.setText(message)
        row.note.show()
        return True

    def show_conversions(self, used: Mapping[str, float]) -> None:
        """Under inputs typed in another unit, the value in the declared unit."""
        for name, row in self._rows.items():
            if row.note.isVisible() and row.note.styleSheet() == ERROR_STYLE:
                continue
            value = used.get(name)
            if value is not None and row.unit_code() != row.spec.unit:
                row.note.setStyleSheet(HINT_STYLE)
                row.note.setText(f"= {formatting.quantity(value)} {display_unit(row.spec.unit)}")
                row.note.show()
            else:
                row.note.hide()

    def clear_notes(self) -> None:
        for row in self._rows.values():
            row.note.hide()
            row.note.setText("")

    def editor(self, name: str) -> QLineEdit | QComboBox:
        return self._rows[name].editor

    def unit_combo(self, name: str) -> QComboBox | None:
        unit = self._rows[name].unit
        return unit if isinstance(unit, QComboBox) else None

    def note(self, name: str) -> QLabel:
        return self._rows[name].note

    def set_read_only(self, read_only: bool) -> None:
        for row in self._rows.values():
            if isinstance(row.editor, QLineEdit):
                row.editor.setReadOnly(read_only)
            else:
                row.editor.setEnabled(not read_only)
            if isinstance(row.unit, QComboBox):
                row.unit.setEnabled(not read_only)

    @Slot()
    def on_editor_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
