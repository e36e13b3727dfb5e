"""Import production figures (month or first/last day, product, quantity, unit)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from auditdesk.ui.meters import formatting as fmt
from auditdesk.ui.meters.import_dialog import ImportDialog

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.import_engine import FileOptions, Preview
    from auditdesk.store import Store
    from auditdesk.store.readings_io import ImportOutcome

_WORDS = {
    "month": ("month", "tháng", "kỳ", "period"),
    "start": ("start", "from", "từ", "bắt đầu"),
    "end": ("end", "to", "đến", "kết thúc"),
    "product": ("product", "sản phẩm", "mặt hàng"),
    "quantity": ("quantity", "sản lượng", "số lượng", "output", "amount"),
    "unit": ("unit", "đơn vị", "đvt"),
}


def guess_production_columns(columns: list[str]) -> dict[str, str]:
    """Role -> column by the words in the header (short words must be whole words)."""
    guess: dict[str, str] = {}
    for role, words in _WORDS.items():
        for name in columns:
            text = name.casefold()
            tokens = set(re.findall(r"\w+", text))
            if name not in guess.values() and any(
                w in tokens or (len(w) > 3 and w in text) for w in words
            ):
                guess[role] = name
                break
    if "month" in guess:
        guess.pop("start", None)
        guess.pop("end", None)
    return guess


class ProductionImportDialog(ImportDialog):
    """Production per month or per period, for specific consumption and the regression."""

    ROLES = (
        ("month", True),
        ("start", True),
        ("end", True),
        ("product", True),
        ("quantity", False),
        ("unit", True),
    )

    def __init__(self, parent: QWidget | None, store: Store, enterprise_id: str) -> None:
        self.enterprise_id = enterprise_id
        super().__init__(parent, store)
        self.setWindowTitle(self.tr("Import production figures"))

    def role_label(self, role: str) -> str:
        return {
            "month": self.tr("Month"),
            "start": self.tr("First day"),
            "end": self.tr("Last day"),
            "product": self.tr("Product"),
            "quantity": self.tr("Quantity"),
            "unit": self.tr("Unit"),
        }[role]

    def add_options(self, form: QFormLayout) -> None:
        self.product = QLineEdit(self)
        self.product.setObjectName("productName")
        self.product.setPlaceholderText(self.tr("when the file has no product column"))
        self.unit = QLineEdit("t", self)
        self.unit.setObjectName("productionUnit")
        for edit in (self.product, self.unit):
            edit.editingFinished.connect(self.on_mapping_changed)
        form.addRow(self.tr("Product name"), self.product)
        form.addRow(self.tr("Store quantities in"), self.unit)

    def guess(self, columns: list[str]) -> dict[str, str]:
        return guess_production_columns(columns)

    def mapping(self, options: dict[str, Any]) -> FileOptions:
        from auditdesk.exchange.production_import import ProductionMapping

        return ProductionMapping(
            encoding=options["encoding"],
            sheet=options["sheet"],
            header_row=options["header_row"],
            date_format=options["date_format"],
            decimal_comma=options["decimal_comma"],
            quantity_column=options["quantity"],
            month_column=options["month"],
            start_column=options["start"],
            end_column=options["end"],
            product_column=options["product"],
            product=self.product.text().strip(),
            unit_column=options["unit"],
            unit=self.unit.text().strip() or "t",
            enterprise_id=self.enterprise_id,
        )

    def preview(self, path: Path, mapping: FileOptions) -> Preview[Any]:
        from auditdesk.exchange.production_import import ProductionMapping, preview_production

        assert isinstance(mapping, ProductionMapping)
        return preview_production(path, mapping)

    def item_rows(self, items: list[Any]) -> tuple[list[str], list[list[str]]]:
        headers = [
            self.tr("First day"),
            self.tr("Last day"),
            self.tr("Product"),
            self.tr("Quantity"),
            self.tr("Unit"),
        ]
        rows = [
            [
                fmt.format_ts(r.period_start),
                fmt.format_ts(r.period_end),
                r.product,
                fmt.plain(r.quantity),
                fmt.unit_label(r.unit),
            ]
            for r in items
        ]
        return headers, rows

    @staticmethod
    def run_import(
        store: Store,
        path: Path,
        mapping: FileOptions,
        valid_only: bool,
        dry_run: bool,
        progress: Any,
    ) -> ImportOutcome:
        from auditdesk.exchange.production_import import ProductionMapping
        from auditdesk.store.readings_io import import_production

        assert isinstance(mapping, ProductionMapping)
        return import_production(
            store, path, mapping, valid_only=valid_only, dry_run=dry_run, progress=progress
        )

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, enterprise_id: str) -> ImportOutcome | None:
        """Show the dialog; what the last import did (None when nothing was tried)."""
        dialog = cls(parent, store, enterprise_id)
        dialog.exec()
        return dialog.outcome
