"""A small form builder: field specs → a QFormLayout whose rows show an error
line under the editor. Numbers are typed and shown in the UI language's
format (Vietnamese: 1.234,5); a text in a number field is an error at that field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

EMPTY_DATE = QDate(1900, 1, 1)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "text"  # text | multiline | int | float | date | choice
    choices: Callable[[], Sequence[tuple[str, str]]] | None = None  # (code, label)
    suffix: str = ""
    placeholder: str = ""
    required: bool = False
    optional_choice: bool = False  # choice with an empty "—" entry (None)


def ui_locale() -> QLocale:
    from auditdesk.i18n import current_language

    if current_language() == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class FieldRow(QWidget):
    """Editor plus an error label underneath."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.editor = self._make_editor(spec)
        self.editor.setObjectName(f"field_{spec.name}")
        layout.addWidget(self.editor)
        self.error = QLabel(self)
        self.error.setObjectName(f"error_{spec.name}")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "multiline":
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(64)
            return editor
        if spec.kind == "date":
            editor = QDateEdit(self)
            editor.setCalendarPopup(True)
            editor.setMinimumDate(EMPTY_DATE)
            editor.setSpecialValueText(" ")
            from auditdesk.i18n import current_language

            editor.setDisplayFormat("dd/MM/yyyy" if current_language() == "vi" else "yyyy-MM-dd")
            editor.setDate(EMPTY_DATE)
            return editor
        if spec.kind == "choice":
            editor = QComboBox(self)
            if spec.optional_choice:
                editor.addItem("—", None)
            for code, label in spec.choices() if spec.choices else ():
                editor.addItem(label, code)
            return editor
        editor = QLineEdit(self)
        if spec.placeholder:
            editor.setPlaceholderText(spec.placeholder)
        if spec.kind in ("int", "float"):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    # --- values -------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        kind, editor = self.spec.kind, self.editor
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QDateEdit):
            date = QDate.fromString(value or "", "yyyy-MM-dd")
            editor.setDate(date if date.isValid() else EMPTY_DATE)
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            editor.setCurrentIndex(max(index, 0))
        elif kind in ("int", "float"):
            assert isinstance(editor, QLineEdit)
            if value is None:
                editor.setText("")
            elif kind == "int":
                editor.setText(ui_locale().toString(int(value)))
            else:
                editor.setText(ui_locale().toString(float(value), "g", 12))
        else:
            assert isinstance(editor, QLineEdit)
            editor.setText("" if value is None else str(value))

    def value(self) -> tuple[Any, str | None]:
        """(value, error message or None) from the editor."""
        kind, editor = self.spec.kind, self.editor
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip(), None
        if isinstance(editor, QDateEdit):
            date = editor.date()
            return ("" if date == EMPTY_DATE else date.toString("yyyy-MM-dd")), None
        if isinstance(editor, QComboBox):
            return editor.currentData(), None
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if kind in ("int", "float"):
            if not text:
                return None, None
            locale = ui_locale()
            if kind == "int":
                number, ok = locale.toInt(text)
                if not ok:
                    number_f, ok_f = locale.toDouble(text)
                    ok = ok_f and number_f == int(number_f)
                    number = int(number_f) if ok else 0
            else:
                number, ok = locale.toDouble(text)
            if not ok:
                example = locale.toString(1234.5, "f", 1) if kind == "float" else "12"
                return None, self.tr("“%1” is not a number (example: %2).").replace(
                    "%1", text).replace("%2", example)
            return number, None
        return text, None

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class EntityForm(QWidget):
    """Edits one dataclass entity through a list of field specs."""

    changed = Signal()  # any editor changed

    def __init__(self, specs: Sequence[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self.rows: dict[str, FieldRow] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for spec in self.specs:
            row = FieldRow(spec, self)
            label = spec.label + (" *" if spec.required else "")
            if spec.suffix:
                label += f" ({spec.suffix})"
            layout.addRow(label, row)
            self.rows[spec.name] = row
            self._connect_changed(row.editor)
        self._entity: Any = None

    def _connect_changed(self, editor: QWidget) -> None:
        for signal_name in ("textChanged", "dateChanged", "currentIndexChanged"):
            signal = getattr(editor, signal_name, None)
            if signal is not None:
                signal.connect(self.changed)
                return

    def set_entity(self, entity: Any) -> None:
        self._entity = entity
        for name, row in self.rows.items():
            row.set_value(getattr(entity, name))
            row.show_error(None)

    def entity(self) -> tuple[Any, dict[str, str]]:
        """The entity with the form's values, and errors found (typing + validate())."""
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for name, row in self.rows.items():
            value, error = row.value()
            if error:
                errors[name] = error
            else:
                values[name] = value
        updated = dataclasses.replace(self._entity, **values)
        for name, message in updated.validate().items():
            errors.setdefault(name, message)
        return updated, errors

    def show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        for name, row in self.rows.items():
            row.show_error(errors.get(name))
            if name in errors and first is None:
                first = row.editor
        if first is not None:
            first.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            editor = row.editor
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(read_only)
            else:
                editor.setEnabled(not read_only)
