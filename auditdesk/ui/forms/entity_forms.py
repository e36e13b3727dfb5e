"""Field lists for parks, enterprises and audits, and the dialog that edits them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from auditdesk.model import vocab
from auditdesk.store import Store, StoreError, ValidationError
from auditdesk.ui import undo
from auditdesk.ui.forms.fields import EntityForm, FieldSpec


def _vocab_choices(vocabulary: dict[str, str]) -> Callable[[], list[tuple[str, str]]]:
    return lambda: [(code, vocab.label(vocabulary, code)) for code in vocabulary]


def park_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("EntityForms", "Name"), required=True, placeholder=QCoreApplication.translate("EntityForms", "e.g. KCN Deep C II")),
        FieldSpec("province", QCoreApplication.translate("EntityForms", "Province / city")),
        FieldSpec("management_board", QCoreApplication.translate("EntityForms", "Management board")),
        FieldSpec("address", QCoreApplication.translate("EntityForms", "Address")),
        FieldSpec("notes", QCoreApplication.translate("EntityForms", "Notes"), kind="multiline"),
    ]


def enterprise_fields(store: Store) -> list[FieldSpec]:
    def parks() -> list[tuple[str, str]]:
        return [(p.id, p.name) for p in store.parks.list(order_by="name COLLATE NOCASE")]

    return [
        FieldSpec("name", QCoreApplication.translate("EntityForms", "Name"), required=True),
        FieldSpec("park_id", QCoreApplication.translate("EntityForms", "Industrial park"), kind="choice", choices=parks, required=True),
        FieldSpec("sector", QCoreApplication.translate("EntityForms", "Sector"), kind="choice", choices=_vocab_choices(vocab.SECTORS)),
        FieldSpec("products", QCoreApplication.translate("EntityForms", "Main products")),
        FieldSpec("capacity", QCoreApplication.translate("EntityForms", "Capacity"), placeholder=QCoreApplication.translate("EntityForms", "e.g. 3,600 t fabric/yr")),
        FieldSpec("employees", QCoreApplication.translate("EntityForms", "Employees"), kind="int"),
        FieldSpec("shifts", QCoreApplication.translate("EntityForms", "Shifts per day"), kind="int"),
        FieldSpec("operating_hours", QCoreApplication.translate("EntityForms", "Operating hours"), kind="float", suffix="h/yr"),
        FieldSpec("voltage_level", QCoreApplication.translate("EntityForms", "Grid connection (tariff)"), kind="choice",
                  choices=_vocab_choices(vocab.VOLTAGE_LEVELS)),
        FieldSpec("address", QCoreApplication.translate("EntityForms", "Address")),
        FieldSpec("contact_name", QCoreApplication.translate("EntityForms", "Contact person")),
        FieldSpec("contact_phone", QCoreApplication.translate("EntityForms", "Phone")),
        FieldSpec("contact_email", QCoreApplication.translate("EntityForms", "E-mail")),
        FieldSpec("notes", QCoreApplication.translate("EntityForms", "Notes"), kind="multiline"),
    ]


def audit_fields(store: Store) -> list[FieldSpec]:
    def reference_sets() -> list[tuple[str, str]]:
        return [(r.id, r.name) for r in store.reference_sets.list(order_by="name")]

    return [
        FieldSpec("title", QCoreApplication.translate("EntityForms", "Title"), required=True),
        FieldSpec("audit_type", QCoreApplication.translate("EntityForms", "Type"), kind="choice",
                  choices=_vocab_choices(vocab.AUDIT_TYPES)),
        FieldSpec("status", QCoreApplication.translate("EntityForms", "Status"), kind="choice",
                  choices=_vocab_choices(vocab.AUDIT_STATUSES)),
        FieldSpec("start_date", QCoreApplication.translate("EntityForms", "Start date"), kind="date", required=True),
        FieldSpec("end_date", QCoreApplication.translate("EntityForms", "End date"), kind="date"),
        FieldSpec("auditors", QCoreApplication.translate("EntityForms", "Auditors"), placeholder=QCoreApplication.translate("EntityForms", "names, separated by ;")),
        FieldSpec("reviewer", QCoreApplication.translate("EntityForms", "Enterprise reviewer")),
        FieldSpec("reference_set_id", QCoreApplication.translate("EntityForms", "Reference data"), kind="choice",
                  choices=reference_sets, optional_choice=True),
        FieldSpec("grid_year", QCoreApplication.translate("EntityForms", "Grid emission factor year"), kind="int",
                  placeholder=QCoreApplication.translate("EntityForms", "default of the reference data")),
        FieldSpec("baseline_start", QCoreApplication.translate("EntityForms", "Baseline from"), kind="date"),
        FieldSpec("baseline_end", QCoreApplication.translate("EntityForms", "Baseline to"), kind="date"),
        FieldSpec("notes", QCoreApplication.translate("EntityForms", "Notes"), kind="multiline"),
    ]


class EntityDialog(QDialog):
    """Edit an entity; OK validates, shows errors beside the fields, and saves."""

    def __init__(self, parent: QWidget | None, title: str, fields: Sequence[FieldSpec],
                 entity: Any, save: Callable[[Any], Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("EntityDialog")
        self.form = EntityForm(fields, self)
        self.form.set_entity(entity)
        self._save = save
        self.result_entity: Any = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(560, min(120 + 44 * len(fields), 720))

    def on_buttons_accepted(self) -> None:
        entity, errors = self.form.entity()
        if errors:
            self.form.show_errors(errors)
            return
        before = undo.entity_state(self, entity)  # undo hook
        try:
            self.result_entity = self._save(entity)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        except StoreError as exc:
            from auditdesk.ui import messages

            messages.warn(self, str(exc))
            return
        undo.record_entity_save(self, before, self.result_entity)  # undo hook
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, fields: Sequence[FieldSpec], entity: Any,
            save: Callable[[Any], Any]) -> Any:
        """Show the dialog; return the saved entity, or None when cancelled."""
        dialog = cls(parent, title, fields, entity, save)
        return dialog.result_entity if dialog.exec() == QDialog.DialogCode.Accepted else None
