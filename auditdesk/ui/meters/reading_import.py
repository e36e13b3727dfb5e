"""Import readings into a meter (or into the enterprise's meters by a meter column)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from auditdesk.model.vocab import READING_SOURCES
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.meters import formatting as fmt
from auditdesk.ui.meters.import_dialog import ImportDialog

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.import_engine import FileOptions, Preview
    from auditdesk.model.entities import Meter
    from auditdesk.store import Store
    from auditdesk.store.readings_io import ImportOutcome


class ReadingImportDialog(ImportDialog):
    """Readings from a utility bill or a logger export (CSV, Excel)."""

    ROLES = (("date", False), ("time", True), ("value", False), ("meter", True))

    def __init__(
        self, parent: QWidget | None, store: Store, meter: Meter, meters: list[Meter] | None = None
    ) -> None:
        self.meter = meter
        self.meters = [meter] + [m for m in meters or [] if m.id != meter.id]
        super().__init__(parent, store)
        self.setWindowTitle(self.tr("Import readings into %1").replace("%1", meter.name))

    def role_label(self, role: str) -> str:
        return {
            "date": self.tr("Date (or date and time)"),
            "time": self.tr("Time of day"),
            "value": self.tr("Value"),
            "meter": self.tr("Meter (when the file has several)"),
        }[role]

    def add_options(self, form: QFormLayout) -> None:
        self.unit = QComboBox(self)
        self.unit.setObjectName("fileUnit")
        self.unit.addItem(
            self.tr("as the meter (%1)").replace("%1", fmt.unit_label(self.meter.unit)), None
        )
        for unit in fmt.METER_UNITS:
            if unit != self.meter.unit:
                self.unit.addItem(fmt.unit_label(unit), unit)
        self.source = QComboBox(self)
        self.source.setObjectName("readingSource")
        for code in READING_SOURCES:
            self.source.addItem(vocab_label(READING_SOURCES, code), code)
        self.source.setCurrentIndex(self.source.findData("bill"))
        for combo in (self.unit, self.source):
            combo.currentIndexChanged.connect(self.on_mapping_changed)
        form.addRow(self.tr("Unit of the values"), self.unit)
        form.addRow(self.tr("Source of the readings"), self.source)

    def guess(self, columns: list[str]) -> dict[str, str]:
        from auditdesk.exchange.readings_import import guess_columns

        return guess_columns(columns)

    def mapping(self, options: dict[str, Any]) -> FileOptions:
        from auditdesk.exchange.readings_import import ColumnMapping

        meters = tuple(self.meters) if options["meter"] else (self.meter,)
        return ColumnMapping(
            encoding=options["encoding"],
            sheet=options["sheet"],
            header_row=options["header_row"],
            date_format=options["date_format"],
            decimal_comma=options["decimal_comma"],
            date_column=options["date"],
            value_column=options["value"],
            time_column=options["time"],
            meter_column=options["meter"],
            meters=meters,
            file_unit=self.unit.currentData(),
            source=self.source.currentData(),
        )

    def preview(self, path: Path, mapping: FileOptions) -> Preview[Any]:
        from auditdesk.exchange.readings_import import ColumnMapping, preview

        assert isinstance(mapping, ColumnMapping)
        return preview(path, mapping)

    def item_rows(self, items: list[Any]) -> tuple[list[str], list[list[str]]]:
        names = {m.id: m.name for m in self.meters}
        unit = fmt.unit_label(self.meter.unit)
        several = self.columns["meter"].currentData() is not None
        headers = [
            self.tr("Date and time"),
            self.tr("Reading (%1)").replace("%1", unit),
            self.tr("Source"),
        ] + ([self.tr("Meter")] if several else [])
        rows = [
            [
                fmt.format_ts(r.ts),
                fmt.plain(r.value),
                vocab_label(READING_SOURCES, r.source),
            ]
            + ([names.get(r.meter_id, r.meter_id)] if several else [])
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
        from auditdesk.exchange.readings_import import ColumnMapping
        from auditdesk.store.readings_io import import_readings

        assert isinstance(mapping, ColumnMapping)
        return import_readings(
            store, path, mapping, valid_only=valid_only, dry_run=dry_run, progress=progress
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, store: Store, meter: Meter, meters: list[Meter] | None = None
    ) -> ImportOutcome | None:
        """Show the dialog; what the last import did (None when nothing was tried)."""
        dialog = cls(parent, store, meter, meters)
        dialog.exec()
        return dialog.outcome
