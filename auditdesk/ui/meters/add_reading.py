"""The dialog that adds one reading to a meter (date, optional time, value, source, note)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import current_language
from auditdesk.model.vocab import READING_SOURCES
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.meters import formatting as fmt

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Meter, Reading
    from auditdesk.store import Store


class AddReadingDialog(QDialog):
    """Type one reading; problems show beside their field and nothing is stored."""

    def __init__(
        self, parent: QWidget | None, store: Store, meter: Meter, date: QDate | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AddReadingDialog")
        self.setWindowTitle(self.tr("Add a reading to %1").replace("%1", meter.name))
        self.store, self.meter = store, meter
        self.saved: list[Reading] = []
        self.date = QDateEdit(date or QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy" if current_language() == "vi" else "yyyy-MM-dd")
        self.with_time = QCheckBox(self.tr("at"), self)
        self.time = QTimeEdit(QTime(8, 0), self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.with_time.toggled.connect(self.time.setEnabled)
        self.value = QLineEdit(self)
        self.value.setObjectName("readingValue")
        self.source = QComboBox(self)
        for code in READING_SOURCES:
            self.source.addItem(vocab_label(READING_SOURCES, code), code)
        self.note = QLineEdit(self)
        self.errors = {name: self._error_label() for name in ("date", "value")}
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.with_time)
        when.addWidget(self.time)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self._with_error(when, self.errors["date"]))
        unit = fmt.unit_label(meter.unit)
        form.addRow(
            self.tr("Reading (%1)").replace("%1", unit),
            self._with_error(self.value, self.errors["value"]),
        )
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        # Qt ships no Vietnamese for its standard buttons: name them ourselves
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.next_button = buttons.addButton(
            self.tr("Save and add the next"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.next_button.setToolTip(
            self.tr("Save this reading and type the next one, a month later (Ctrl+Enter)")
        )
        self.next_button.setShortcut("Ctrl+Return")
        self.next_button.clicked.connect(self.on_next_button_clicked)
        buttons.accepted.connect(self.on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "A date without a time means the end of that day (a bill's last "
                "day, a reading at close of business)."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet("color: #b3261e;")
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, item: QWidget | QHBoxLayout, error: QLabel) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)
        layout.addWidget(error)
        return box

    def _show(self, name: str, message: str | None) -> None:
        self.errors[name].setText(message or "")
        self.errors[name].setVisible(bool(message))

    def timestamp(self) -> str:
        day = self.date.date().toString("yyyy-MM-dd")
        if not self.with_time.isChecked():
            return day
        return f"{day}T{self.time.time().toString('HH:mm')}:00"

    @Slot()
    def on_buttons_accepted(self) -> None:
        if self._save():
            self.accept()

    @Slot()
    def on_next_button_clicked(self) -> None:
        """Keep the dialog open for the next reading (monthly bills typed one after another)."""
        if self._save():
            self.date.setDate(self.date.date().addMonths(1))
            self.value.clear()
            self.note.clear()
            self.value.setFocus()

    def _save(self) -> bool:
        """Store the reading typed; False (with the message beside its field) when refused."""
        from auditdesk.model.entities import Reading
        from auditdesk.store import IntegrityError, StoreError
        from auditdesk.ui import messages

        self._show("date", None)
        self._show("value", None)
        try:
            value = fmt.parse_number(self.value.text())
        except ValueError as exc:
            self._show("value", str(exc))
            return False
        if value < 0:
            self._show("value", self.tr("A reading cannot be negative."))
            return False
        reading = Reading(
            meter_id=self.meter.id,
            ts=self.timestamp(),
            value=value,
            source=self.source.currentData(),
            note=self.note.text().strip(),
        )
        try:
            self.store.readings.add(reading)
        except IntegrityError:
            self._show(
                "date",
                self.tr("This meter already has a reading at %1.").replace(
                    "%1", fmt.format_ts(reading.ts)
                ),
            )
            return False
        except StoreError as exc:
            messages.warn(self, str(exc))
            return False
        self.saved.append(reading)
        return True

    @classmethod
    def ask(
        cls, parent: QWidget | None, store: Store, meter: Meter, date: QDate | None = None
    ) -> list[Reading]:
        """Show the dialog; every reading it stored (none when cancelled at once)."""
        dialog = cls(parent, store, meter, date)
        dialog.exec()
        return dialog.saved
