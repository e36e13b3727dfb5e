"""Settings for this installation: user name, role, language, display units, the
reference data of new audits, backups.

The values live in ``auditdesk.settings`` (a JSON file the CLI reads too). A
value out of range is shown under its field (the ``ui.forms.fields`` pattern)
and the dialog stays open. ``apply_settings`` makes a saved change take effect
in the main window at once: language, units (the page is rebuilt) and the
backup interval.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from auditdesk import settings
from auditdesk.ui.forms.fields import FieldRow, FieldSpec

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.store import Store
    from auditdesk.ui.main_window import MainWindow

BUILTIN = ""  # the "built-in set" entry of the reference-data choice


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, store: Store | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.values = settings.load()
        form = QFormLayout()
        self.user_name = QLineEdit(self.values.user_name, self)
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(self.values.effective_user())
        form.addRow(self.tr("Your name (recorded in the change history)"), self.user_name)
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for code, label in (("auditor", self.tr("Auditor")),
                            ("reviewer", self.tr("Enterprise reviewer")),
                            ("office", self.tr("Project office"))):
            self.role.addItem(label, code)
        self.role.setCurrentIndex(max(self.role.findData(self.values.role), 0))
        form.addRow(self.tr("Role"), self.role)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(self.values.language), 0))
        form.addRow(self.tr("Language"), self.language)

        self.energy_unit = self._combo("energyUnit", [
            (self.tr("kWh (kilowatt-hours)"), "kWh"), (self.tr("MWh (megawatt-hours)"), "MWh"),
            (self.tr("GJ (gigajoules)"), "GJ")], self.values.energy_unit)
        form.addRow(self.tr("Energy totals in"), self.energy_unit)
        self.currency = self._combo("currency", [
            (self.tr("VND (₫)"), "VND"), (self.tr("USD ($)"), "USD")], self.values.currency)
        currency_row = QWidget(self)
        currency_layout = QVBoxLayout(currency_row)
        currency_layout.setContentsMargins(0, 0, 0, 0)
        currency_layout.setSpacing(2)
        currency_layout.addWidget(self.currency)
        note = QLabel(self.tr("USD uses the exchange rate of each audit's reference data; an "
                              "audit without a rate shows VND."), currency_row)
        note.setObjectName("currencyNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b76;")
        currency_layout.addWidget(note)
        form.addRow(self.tr("Money in"), currency_row)

        self.reference_set = self._combo("defaultReferenceSet", self._reference_sets(store),
                                         self.values.default_reference_set)
        self.reference_set.setToolTip(self.tr("The reference data (tariffs, emission factors, "
                                              "exchange rate) a new audit starts with"))
        form.addRow(self.tr("Reference data of new audits"), self.reference_set)

        self.rows: dict[str, FieldRow] = {}
        for name, label in (("backup_count", self.tr("Backups to keep")),
                            ("backup_minutes", self.tr("Backup every (minutes)"))):
            row = FieldRow(FieldSpec(name, label, kind="int"), self)
            row.set_value(getattr(self.values, name))
            form.addRow(label, row)
            self.rows[name] = row
        self.backups = self.rows["backup_count"].editor
        self.backups.setObjectName("backupCount")
        self.backup_minutes = self.rows["backup_minutes"].editor
        self.backup_minutes.setObjectName("backupMinutes")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _combo(self, name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for label, code in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def _reference_sets(self, store: Store | None) -> list[tuple[str, str]]:
        """(label, set name): the built-in set, the sets of the open database, and the
        saved choice when this database lacks it (kept for the databases that have it)."""
        items = [(self.tr("The built-in set"), BUILTIN)]
        names: list[str] = []
        if store is not None:
            rows = store.conn.execute(
                "SELECT name, max(effective_date) FROM reference_set GROUP BY name "
                "ORDER BY name COLLATE NOCASE").fetchall()
            for name, effective in rows:
                names.append(name)
                items.append((self.tr("%1 (from %2)").replace("%1", name).replace(
                    "%2", effective or "—"), name))
        saved = self.values.default_reference_set
        if saved and saved not in names:
            items.append((self.tr("%1 (not in this database)").replace("%1", saved), saved))
        return items

    # --- saving ---------------------------------------------------------------------------

    def chosen(self) -> tuple[settings.Settings, dict[str, str]]:
        """The settings with the dialog's values, and the problems found (by field)."""
        current = settings.load()  # keep window layout and recent files written meanwhile
        current.user_name = self.user_name.text().strip()
        current.role = self.role.currentData()
        current.language = self.language.currentData()
        current.energy_unit = self.energy_unit.currentData()
        current.currency = self.currency.currentData()
        current.default_reference_set = self.reference_set.currentData() or BUILTIN
        errors: dict[str, str] = {}
        for name, row in self.rows.items():
            value, error = row.value()
            if error:
                errors[name] = error
            elif value is None:
                errors[name] = self.tr("Enter a number.")
            else:
                setattr(current, name, value)
        for name, message in current.errors().items():
            errors.setdefault(name, message)
        return current, errors

    def accept(self) -> None:
        values, errors = self.chosen()
        for name, row in self.rows.items():
            row.show_error(errors.get(name))
        if errors:
            first = next(name for name in self.rows if name in errors)
            self.rows[first].editor.setFocus()
            return
        settings.save(values)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store | None = None) -> bool:
        """Show the dialog (listing the reference data of ``store``); True when saved."""
        return cls(parent, store).exec() == QDialog.DialogCode.Accepted


def apply_settings(window: MainWindow, before: settings.Settings) -> None:
    """Make the saved settings take effect in ``window`` without a restart."""
    after = settings.load()
    window.settings = after
    if after.backup_minutes != before.backup_minutes:
        window.teamwork.interval_timer.setInterval(after.backup_minutes * 60_000)
    if after.language != before.language:
        window.retranslate()  # rebuilds the widgets, the page with them
    elif (after.energy_unit, after.currency, after.role) != (
            before.energy_unit, before.currency, before.role):  # a role shows other buttons
        from auditdesk.ui.drop import reload_keeping_tab

        reload_keeping_tab(window)  # the page shows its totals in the new units
        dashboard = window.deliverables.dashboard
        if dashboard is not None and dashboard.isVisible():
            dashboard.refresh()
