"""Production records: typed in with validation beside the field, imported, deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QLineEdit

from auditdesk import model
from auditdesk.store import Store
from auditdesk.ui.forms.entity_forms import EntityDialog
from auditdesk.ui.meters.production_import import (
    ProductionImportDialog,
    guess_production_columns,
)
from auditdesk.ui.meters.production_tab import ProductionTab

from .conftest import audit_id, write_csv


def _save(qtbot, dialog: EntityDialog) -> int:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return dialog.result()


def test_type_edit_and_delete_records(
    qtbot,
    store: Store,
    plant,
    messages,
    monkeypatch,  # type: ignore[no-untyped-def]
    qtmodeltester,
    no_running_tasks,
) -> None:
    tab = ProductionTab(store, audit_id(store))
    qtbot.addWidget(tab)
    seen: list[EntityDialog] = []

    def fill(dialog: EntityDialog, end: QDate, quantity: str) -> int:
        seen.append(dialog)
        start = dialog.form.rows["period_start"].editor
        stop = dialog.form.rows["period_end"].editor
        assert isinstance(start, QDateEdit) and isinstance(stop, QDateEdit)
        start.setDate(QDate(2024, 3, 1))
        stop.setDate(end)
        for name, text in (("product", "Cá tra phi lê"), ("quantity", quantity)):
            editor = dialog.form.rows[name].editor
            assert isinstance(editor, QLineEdit)
            editor.setText(text)
        return _save(qtbot, dialog)

    monkeypatch.setattr(EntityDialog, "exec", lambda d: fill(d, QDate(2024, 2, 1), "12"))
    tab.add_button.click()
    assert seen[-1].form.rows["period_end"].error.text() == "The end date is before the start date."
    monkeypatch.setattr(EntityDialog, "exec", lambda d: fill(d, QDate(2024, 3, 31), "nhiều"))
    tab.add_button.click()
    assert "not a number" in seen[-1].form.rows["quantity"].error.text()
    assert store.production.count() == 0
    monkeypatch.setattr(EntityDialog, "exec", lambda d: fill(d, QDate(2024, 3, 31), "1,250.5"))
    tab.add_button.click()
    [record] = store.production.list()
    assert (record.period_start, record.period_end, record.quantity, record.unit) == (
        "2024-03-01",
        "2024-03-31",
        1250.5,
        "t",
    )
    qtmodeltester.check(tab.model)
    assert tab.model.data(tab.model.index(0, 3)) == "1,250.5"

    tab.view.selectRow(0)
    messages.answer = True
    tab.delete_button.click()
    assert store.production.count() == 0 and tab.model.rowCount() == 0


def test_production_columns_are_guessed() -> None:
    assert guess_production_columns(["Tháng", "Sản phẩm", "Sản lượng", "ĐVT"]) == {
        "month": "Tháng",
        "product": "Sản phẩm",
        "quantity": "Sản lượng",
        "unit": "ĐVT",
    }
    assert guess_production_columns(["From", "To", "Total output"]) == {
        "start": "From",
        "end": "To",
        "quantity": "Total output",
    }


def test_import_production_through_the_dialog(
    qtbot,
    store: Store,
    plant,
    messages,  # type: ignore[no-untyped-def]
    no_running_tasks,
    tmp_path: Path,
) -> None:
    enterprise_id = plant["main"].enterprise_id
    store.production.create(
        model.ProductionRecord(
            enterprise_id=enterprise_id,
            period_start="2024-01-01",
            period_end="2024-01-31",
            product="Tôm",
            quantity=1,
            unit="t",
        )
    )
    path = write_csv(
        tmp_path,
        "Tháng;Sản lượng (kg)\n01/2024;12.000\n02/2024;11.500,5\n03/2024;-4\n",
        name="production.csv",
    )
    dialog = ProductionImportDialog(None, store, enterprise_id)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    assert dialog.columns["month"].currentData() == "Tháng"
    assert dialog.columns["quantity"].currentData() == "Sản lượng (kg)"
    dialog.product.setText("Tôm")
    dialog.unit.setText("kg")
    dialog.on_mapping_changed()
    assert [p.row for p in dialog.problem_list()] == [4]
    assert dialog.items_model.item(1, 3).text() == "11,500.5"
    dialog.valid_only.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    assert dialog.outcome is not None
    assert (dialog.outcome.inserted, dialog.outcome.skipped) == (1, 1)  # January already there
    assert "1 were already stored" in messages.shown[-1][1]
    assert store.production.count() == 2
