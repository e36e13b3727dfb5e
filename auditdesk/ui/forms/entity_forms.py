"""Field lists for parks, enterprises and audits, and the dialog that edits them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from auditdesk.model import vocab
from auditdesk.store import Store, StoreError, ValidationError
from auditdesk.ui.forms.fields import EntityForm, FieldSpec


def _t(text: str) -> str:
    return QCoreApplication.translate("EntityForms", text)


def _vocab_choices(vocabulary: dict[str, str]) -> Callable[[], list[tuple[str, str]]]:
    return lambda: [(code, vocab.label(vocabulary, code)) for code in vocabulary]


def park_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", _t("Name"), required=True, placeholder=_t("e.g. KCN Deep C II")),
        FieldSpec("province", _t("Province / city")),
        FieldSpec("management_board", _t("Management board")),
        FieldSpec("address", _t("Address")),
        FieldSpec("notes", _t("Notes"), kind="multiline"),
    ]


def enterprise_fields(store: Store) -> list[FieldSpec]:
    def parks() -> list[tuple[str, str]]:
        return [(p.id, p.name) for p in store.parks.list(order_by="name COLLATE NOCASE")]

    return [
        FieldSpec("name", _t("Name"), required=True),
        FieldSpec("park_id", _t("Industrial park"), kind="choice", choices=parks, required=True),
        FieldSpec("sector", _t("Sector"), kind="choice", choices=_vocab_choices(vocab.SECTORS)),
        FieldSpec("products", _t("Main products")),
        FieldSpec("capacity", _t("Capacity"), placeholder=_t("e.g. 3,600 t fabric/yr")),
        FieldSpec("employees", _t("Employees"), kind="int"),
        FieldSpec("shifts", _t("Shifts per day"), kind="int"),
        FieldSpec("operating_hours", _t("Operating hours"), kind="float", suffix="h/yr"),
        FieldSpec("address", _t("Address")),
        FieldSpec("contact_name", _t("Contact person")),
        FieldSpec("contact_phone", _t("Phone")),
        FieldSpec("contact_email", _t("E-mail")),
        FieldSpec("notes", _t("Notes"), kind="multiline"),
    ]


def audit_fields(store: Store) -> list[FieldSpec]:
    def reference_sets() -> list[tuple[str, str]]:
        return [(r.id, r.name) for r in store.reference_sets.list(order_by="name")]

    return [
        FieldSpec("title", _t("Title"), required=True),
        FieldSpec("audit_type", _t("Type"), kind="choice",
                  choices=_vocab_choices(vocab.AUDIT_TYPES)),
        FieldSpec("status", _t("Status"), kind="choice",
                  choices=_vocab_choices(vocab.AUDIT_STATUSES)),
        FieldSpec("start_date", _t("Start date"), kind="date", required=True),
        FieldSpec("end_date", _t("End date"), kind="date"),
        FieldSpec("auditors", _t("Auditors"), placeholder=_t("names, separated by ;")),
        FieldSpec("reviewer", _t("Enterprise reviewer")),
        FieldSpec("reference_set_id", _t("Reference data"), kind="choice",
                  choices=reference_sets, optional_choice=True),
        FieldSpec("baseline_start", _t("Baseline from"), kind="date"),
        FieldSpec("baseline_end", _t("Baseline to"), kind="date"),
        FieldSpec("notes", _t("Notes"), kind="multiline"),
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
        try:
            self.result_entity = self._save(entity)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        except StoreError as exc:
            from auditdesk.ui import messages

            messages.warn(self, str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, fields: Sequence[FieldSpec], entity: Any,
            save: Callable[[Any], Any]) -> Any:
        """Show the dialog; return the saved entity, or None when cancelled."""
        dialog = cls(parent, title, fields, entity, save)
        return dialog.result_entity if dialog.exec() == QDialog.DialogCode.Accepted else None
