"""The import dialog's common part: file -> detected layout -> mapping -> preview -> run.

Subclasses (readings, production) say which columns they need (``ROLES``), how
a mapping is made, parsed and imported, and how a parsed row looks in the
preview. The import itself runs in a ``Task`` (progress after a moment,
Cancel) as one transaction: all or nothing, or the valid rows only, as the
user chooses; the dialog then says what was stored and lists every problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditdesk.ui import messages
from auditdesk.ui.meters import formatting as fmt
from auditdesk.ui.meters.problem_model import ProblemTableModel

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.import_engine import FileLayout, FileOptions, Preview, Problem
    from auditdesk.store import Store
    from auditdesk.store.readings_io import ImportOutcome

ENCODINGS = ("utf-8", "utf-8-sig", "cp1258", "utf-16", "latin-1")


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _fill(model: QStandardItemModel, headers: list[str], rows: list[list[str]]) -> None:
    model.clear()
    model.setHorizontalHeaderLabels(headers)
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])


class ImportDialog(QDialog):
    """Base of the readings and production import dialogs (see module doc)."""

    #: role -> (label, optional); labels are translated by the subclass's ``role_label``.
    ROLES: tuple[tuple[str, bool], ...] = ()

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.store = store
        self.path: Path | None = None
        self.layout_found: FileLayout | None = None
        self.outcome: ImportOutcome | None = None
        self.last_preview: Preview[Any] | None = None
        self._filling = False

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose a CSV or Excel file"))
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.clicked.connect(self.on_browse_clicked)
        self.found = QLabel(self)
        self.found.setObjectName("importLayout")
        self.found.setWordWrap(True)
        self.encoding = QComboBox(self)
        self.encoding.addItem(self.tr("detect"), None)
        from auditdesk.exchange.table_source import ENCODING_LABELS

        for code in ENCODINGS:
            self.encoding.addItem(ENCODING_LABELS.get(code, code), code)
        self.sheet = QComboBox(self)
        self.encoding.currentIndexChanged.connect(self.on_file_options_changed)
        self.sheet.currentIndexChanged.connect(self.on_file_options_changed)

        self.columns: dict[str, QComboBox] = {}
        mapping = QFormLayout()
        for role, optional in self.ROLES:
            combo = QComboBox(self)
            combo.setObjectName(f"column_{role}")
            combo.currentIndexChanged.connect(self.on_mapping_changed)
            self.columns[role] = combo
            label = self.role_label(role) + ("" if optional else " *")
            mapping.addRow(label, combo)
        self.date_format = QComboBox(self)
        from auditdesk.store.readings_io import DATE_FORMATS

        for code in DATE_FORMATS:
            self.date_format.addItem(self.tr("detect") if code == "auto" else code, code)
        self.decimal = QComboBox(self)
        self.decimal.addItem(self.tr("detect"), None)
        self.decimal.addItem(self.tr("comma: 1.234,5"), True)
        self.decimal.addItem(self.tr("point: 1,234.5"), False)
        for combo in (self.date_format, self.decimal):
            combo.currentIndexChanged.connect(self.on_mapping_changed)
        mapping.addRow(self.tr("Date format"), self.date_format)
        mapping.addRow(self.tr("Decimal mark"), self.decimal)
        self.add_options(mapping)

        self.sample_model = QStandardItemModel(self)
        self.sample = _table(self, "importSample")
        self.sample.setModel(self.sample_model)
        self.items_model = QStandardItemModel(self)
        self.items = _table(self, "importItems")
        self.items.setModel(self.items_model)
        self.problems = ProblemTableModel(self)
        self.problem_view = _table(self, "importProblems")
        self.problem_view.setModel(self.problems)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check the whole file"), self)
        self.check_button.clicked.connect(self.on_check_clicked)
        self.all_or_nothing = QRadioButton(
            self.tr("All or nothing: import only if every row is valid"), self
        )
        self.valid_only = QRadioButton(
            self.tr("Valid rows only: leave out the rows with problems"), self
        )
        self.all_or_nothing.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))  # Qt ships no Vietnamese for its standard buttons
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.on_import_clicked)
        self.buttons.rejected.connect(self.reject)
        self._build_layout(browse, mapping)
        self._set_ready(False)
        self.resize(980, 720)

    def _build_layout(self, browse: QPushButton, mapping: QFormLayout) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Encoding"), self))
        options.addWidget(self.encoding)
        options.addWidget(QLabel(self.tr("Sheet"), self))
        options.addWidget(self.sheet)
        options.addStretch(1)
        mapping_box = QGroupBox(self.tr("Which column is which"), self)
        mapping_box.setLayout(mapping)
        top = QHBoxLayout()
        sample_box = QVBoxLayout()
        sample_box.addWidget(QLabel(self.tr("First rows of the file"), self))
        sample_box.addWidget(self.sample)
        top.addLayout(sample_box, 3)
        top.addWidget(mapping_box, 2)
        previews = QSplitter(Qt.Orientation.Horizontal, self)
        previews.addWidget(self.items)
        previews.addWidget(self.problem_view)
        previews.setStretchFactor(0, 2)
        previews.setStretchFactor(1, 3)
        previews.setSizes([360, 620])  # the problems need the room
        check_row = QHBoxLayout()
        check_row.addWidget(self.summary, 1)
        check_row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.found)
        layout.addLayout(options)
        layout.addLayout(top, 2)
        layout.addWidget(
            QLabel(
                "<b>"
                + self.tr(
                    "Preview: the rows as they will be read, and every problem by row and column"
                )
                + "</b>",
                self,
            )
        )
        layout.addWidget(previews, 3)
        layout.addLayout(check_row)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.buttons)

    # --- what subclasses provide --------------------------------------------------------------

    def role_label(self, role: str) -> str:
        raise NotImplementedError

    def add_options(self, form: QFormLayout) -> None:
        """Add the subclass's own fields (unit, source ...) under the column choices."""

    def guess(self, columns: list[str]) -> dict[str, str]:
        raise NotImplementedError

    def mapping(self, options: dict[str, Any]) -> FileOptions:
        raise NotImplementedError

    def preview(self, path: Path, mapping: FileOptions) -> Preview[Any]:
        raise NotImplementedError

    def item_rows(self, items: list[Any]) -> tuple[list[str], list[list[str]]]:
        raise NotImplementedError

    @staticmethod
    def run_import(
        store: Store,
        path: Path,
        mapping: FileOptions,
        valid_only: bool,
        dry_run: bool,
        progress: Any,
    ) -> ImportOutcome:
        """The import itself; runs on a worker thread, so it touches no widget."""
        raise NotImplementedError

    # --- the file -----------------------------------------------------------------------------

    @Slot()
    def on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.windowTitle(), "", self.tr("Tables (*.csv *.txt *.xlsx *.xlsm)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read the layout of ``path`` and propose a mapping; False when it cannot be read."""
        self.path = path
        self.file_edit.setText(str(path))
        self._filling = True
        self.sheet.clear()
        self._filling = False
        return self._inspect()

    def _file_options(self) -> FileOptions:
        from auditdesk.exchange.import_engine import FileOptions

        return FileOptions(
            encoding=self.encoding.currentData(), sheet=self.sheet.currentData() or None
        )

    def _inspect(self) -> bool:
        from auditdesk.exchange.import_engine import ImportFailed
        from auditdesk.store.readings_io import inspect_layout

        assert self.path is not None
        try:
            layout = inspect_layout(self.path, self._file_options())
        except ImportFailed as exc:
            self.layout_found = None
            self.found.setText(f"<span style='color:#b3261e'>{exc.problem.message}</span>")
            self.problems.set_problems([exc.problem])
            self._set_ready(False)
            return False
        self.layout_found = layout
        info = layout.info
        if info.format == "csv":
            from auditdesk.exchange.table_source import ENCODING_LABELS

            delimiter = {"\t": self.tr("tab"), ";": ";", ",": ","}.get(info.delimiter or ",", "")
            text = (
                self.tr("CSV file, encoding %1, separator “%2”, header in row %3.")
                .replace("%1", ENCODING_LABELS.get(info.encoding or "", info.encoding or ""))
                .replace("%2", delimiter)
                .replace("%3", str(layout.header_row))
            )
        else:
            text = (
                self.tr("Excel workbook, sheet “%1”, header in row %2.")
                .replace("%1", info.sheet or "")
                .replace("%2", str(layout.header_row))
            )
            self._filling = True
            if self.sheet.count() != len(info.sheets):
                self.sheet.clear()
                for name in info.sheets:
                    self.sheet.addItem(name, name)
            self.sheet.setCurrentIndex(max(self.sheet.findData(info.sheet), 0))
            self._filling = False
        self.found.setText(text)
        self.sheet.setEnabled(info.format == "xlsx")
        self.encoding.setEnabled(info.format == "csv")
        _fill(
            self.sample_model,
            layout.columns,
            [cells + [""] * (len(layout.columns) - len(cells)) for _, cells in layout.sample],
        )
        self._fill_columns(layout.columns)
        self._set_ready(True)
        self.refresh_preview()
        return True

    def _fill_columns(self, columns: list[str]) -> None:
        guess = self.guess(columns)
        self._filling = True
        for role, optional in self.ROLES:
            combo = self.columns[role]
            combo.clear()
            if optional:
                combo.addItem("—", None)
            for name in columns:
                combo.addItem(name, name)
            chosen = guess.get(role)
            combo.setCurrentIndex(combo.findData(chosen) if chosen else 0 if optional else -1)
        self._filling = False

    def _set_ready(self, ready: bool) -> None:
        self.import_button.setEnabled(ready and not self.store.read_only)
        self.check_button.setEnabled(ready)

    @Slot(int)
    def on_file_options_changed(self, index: int) -> None:
        if not self._filling and self.path is not None:
            self._inspect()

    def choose_column(self, role: str, column: str | None) -> None:
        """Map ``role`` to ``column`` (None: not in the file) — as the user would."""
        combo = self.columns[role]
        combo.setCurrentIndex(combo.findData(column))

    def current_mapping(self) -> FileOptions:
        options: dict[str, Any] = {
            role: combo.currentData() for role, combo in self.columns.items()
        }
        options["encoding"] = self.encoding.currentData()
        options["sheet"] = self.sheet.currentData() or None
        options["header_row"] = self.layout_found.header_row if self.layout_found else None
        options["date_format"] = self._strftime(self.date_format.currentData())
        options["decimal_comma"] = self.decimal.currentData()
        return self.mapping(options)

    @staticmethod
    def _strftime(name: str) -> str:
        from auditdesk.store.readings_io import DATE_FORMATS as PATTERNS

        return PATTERNS.get(name, "auto")

    # --- preview ------------------------------------------------------------------------------

    @Slot(int)
    def on_mapping_changed(self, index: int = 0) -> None:
        if not self._filling and self.layout_found is not None:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Parse the first rows with the current mapping; show them and every problem."""
        missing = [
            self.role_label(role)
            for role, optional in self.ROLES
            if not optional and not self.columns[role].currentData()
        ]
        if missing or self.path is None:
            self.summary.setText(
                self.tr("Choose the column for: %1.").replace("%1", ", ".join(missing))
            )
            self.import_button.setEnabled(False)
            return
        from auditdesk.exchange.import_engine import Preview, Problem, ProblemKind
        from auditdesk.exchange.table_source import TableError

        try:
            preview = self.preview(self.path, self.current_mapping())
        except TableError as exc:  # a broken row among the first rows sampled
            problem = Problem(0, None, "", exc.message, ProblemKind(exc.kind))
            preview = Preview([], [problem])
        self.last_preview = preview
        headers, rows = self.item_rows(preview.items)
        _fill(self.items_model, headers, rows)
        self.problems.set_problems(preview.problems)
        fatal = any(p.fatal for p in preview.problems)
        skipped = len({p.row for p in preview.problems if p.row_skipped})
        self.summary.setText(
            self.tr(
                "First rows: %1 read correctly, %2 with problems. "
                "“Check the whole file” lists the problems of every row."
            )
            .replace("%1", fmt.number(len(preview.items)))
            .replace("%2", fmt.number(skipped))
        )
        self._set_ready(not fatal)

    # --- the whole file -----------------------------------------------------------------------

    def _start(self, dry_run: bool) -> None:
        from auditdesk.ui.tasks import Task

        assert self.path is not None
        path, mapping, store = self.path, self.current_mapping(), self.store
        valid_only, run_import = self.valid_only.isChecked(), self.run_import

        def work(report: Any) -> ImportOutcome:
            def progress(done: int, total: int) -> None:
                report(done, total, "")

            return run_import(store, path, mapping, valid_only, dry_run, progress)

        label = self.tr("Checking the file…") if dry_run else self.tr("Importing…")
        self._set_ready(False)
        self.task = (
            Task(self, work)
            .with_progress(label)
            .on_success(lambda outcome: self._finished(outcome))
            .on_failure(self._failed)
            .on_cancel(self._cancelled)
            .start()
        )

    @Slot()
    def on_check_clicked(self) -> None:
        self._start(dry_run=True)

    @Slot()
    def on_import_clicked(self) -> None:
        if self.path is not None and self.layout_found is not None:
            self._start(dry_run=False)

    def _finished(self, outcome: ImportOutcome) -> None:
        self._set_ready(True)
        self.problems.set_problems(outcome.problems)
        text = self.outcome_text(outcome)
        self.summary.setText(text)
        if outcome.dry_run:
            return
        self.outcome = outcome
        if outcome.committed:
            messages.info(self, text, self.windowTitle())
            self.accept()
        else:
            messages.warn(self, text, self.windowTitle())

    def outcome_text(self, outcome: ImportOutcome) -> str:
        """The same words as the command line (auditdesk import-readings)."""
        rejected, valid = fmt.number(outcome.rejected_rows), fmt.number(outcome.valid)
        inserted, skipped = fmt.number(outcome.inserted), fmt.number(outcome.skipped)
        if outcome.refused:
            return (
                self.tr(
                    "Nothing imported: %1 rows have problems and “all or nothing” was "
                    "chosen. Fix them, or choose “valid rows only” to import the %2 "
                    "valid rows."
                )
                .replace("%1", rejected)
                .replace("%2", valid)
            )
        if outcome.dry_run:
            return (
                self.tr(
                    "Whole file checked: %1 rows would be stored, %2 are already "
                    "stored, %3 rows have problems. Nothing was written."
                )
                .replace("%1", inserted)
                .replace("%2", skipped)
                .replace("%3", rejected)
            )
        return (
            self.tr(
                "Imported %1 rows; %2 were already stored (skipped); %3 rows with "
                "problems were left out."
            )
            .replace("%1", inserted)
            .replace("%2", skipped)
            .replace("%3", rejected)
        )

    def _failed(self, exc: BaseException, trace: str) -> None:
        from auditdesk.exchange.import_engine import ImportFailed
        from auditdesk.store import StoreError

        self._set_ready(self.layout_found is not None)
        if isinstance(exc, ImportFailed):
            self.problems.set_problems([exc.problem])
            messages.warn(
                self,
                exc.problem.message + "\n" + self.tr("Nothing was stored."),
                self.windowTitle(),
            )
        elif isinstance(exc, StoreError):
            messages.warn(self, str(exc), self.windowTitle())
        else:
            from auditdesk.ui import app

            app.report_exception(type(exc), exc, exc.__traceback__, trace)

    def _cancelled(self) -> None:
        self._set_ready(True)
        self.summary.setText(self.tr("Cancelled: nothing was stored."))

    def problem_list(self) -> list[Problem]:
        return self.problems.problems()
