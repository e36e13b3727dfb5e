"""For an audit without a checklist yet: choose the template and the sector add-ons
(the enterprise's sector pre-ticked), or import a project office's template first.

The base templates offered are the library's, less the merged checklists of other
audits (codes joined with ``+``): those belong to their audits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditdesk.checklist.template import TemplateError
from auditdesk.store import Store, StoreError
from auditdesk.store.checklists import LibraryEntry, addons_for, start_checklist, template_library
from auditdesk.ui import messages


class SetupPanel(QWidget):
    """Starts the audit's checklist; ``started`` fires once it exists."""

    started = Signal()

    def __init__(self, store: Store, audit_id: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistSetup")
        self.store, self.audit_id, self.lang = store, audit_id, lang
        row = store.query("SELECT e.sector FROM audit a JOIN enterprise e "
                          "ON e.id = a.enterprise_id WHERE a.id = ?", (audit_id,))
        self.sector = row[0][0] if row else ""
        title = QLabel(self.tr("This audit has no checklist yet."), self)
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "Choose the walk-through template and the add-ons of the enterprise's sector. The "
            "audit keeps the template version it starts with, even when newer versions are "
            "imported later."), self)
        intro.setWordWrap(True)
        self.base = QComboBox(self)
        self.base.setObjectName("templateChoice")
        self.base.setMinimumHeight(36)
        self.base.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.base.setMinimumContentsLength(30)
        self.base.currentIndexChanged.connect(self.on_base_current_index_changed)
        self.addon_box = QVBoxLayout()
        self.addons: list[tuple[QCheckBox, LibraryEntry]] = []
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.base)
        form.addRow(self.tr("Sector add-ons"), self.addon_box)
        self.start = QPushButton(self.tr("Start the checklist"), self)
        self.start.setObjectName("startChecklist")
        self.start.setMinimumHeight(40)
        self.start.setDefault(True)
        self.start.clicked.connect(self.on_start_clicked)
        self.import_button = QPushButton(self.tr("Import a template…"), self)
        self.import_button.setObjectName("importTemplate")
        self.import_button.setMinimumHeight(40)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.export_button = QPushButton(self.tr("Export the chosen template…"), self)
        self.export_button.setMinimumHeight(40)
        self.export_button.clicked.connect(self.on_export_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.read_only_note = QLabel(self.tr("The database is open read-only: the checklist "
                                             "cannot be started here."), self)
        self.read_only_note.setVisible(store.read_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.read_only_note)
        layout.addStretch(1)
        for widget in (self.start, self.import_button):
            widget.setEnabled(not store.read_only)
        self.reload()

    def reload(self) -> None:
        """Read the template library again (after an import)."""
        self.library = template_library(self.store)
        current = self.base.currentData()
        self.base.blockSignals(True)
        self.base.clear()
        for entry in self.library:
            if entry.kind == "base" and "+" not in entry.code:  # not another audit's merge
                label = f"{entry.name(self.lang)} — {entry.version}"
                self.base.addItem(label, entry.key)
        index = self.base.findData(current) if current else -1
        self.base.setCurrentIndex(max(index, 0))
        self.base.blockSignals(False)
        self.on_base_current_index_changed(self.base.currentIndex())

    def chosen_base(self) -> LibraryEntry | None:
        key = self.base.currentData()
        return next((e for e in self.library if e.key == key), None)

    @Slot(int)
    def on_base_current_index_changed(self, _index: int) -> None:
        for box, _entry in self.addons:
            self.addon_box.removeWidget(box)
            box.deleteLater()
        self.addons = []
        base = self.chosen_base()
        for entry in addons_for(self.library, base.code) if base else []:
            box = QCheckBox(f"{entry.name(self.lang)} — {entry.version}", self)
            box.setObjectName(f"addon_{entry.code}")
            box.setMinimumHeight(32)
            box.setChecked(self.sector in entry.sectors)
            self.addon_box.addWidget(box)
            self.addons.append((box, entry))
        if not self.addons:
            box = QCheckBox(self.tr("(none for this template)"), self)
            box.setEnabled(False)
            self.addon_box.addWidget(box)
            self.addons.append((box, LibraryEntry("", "", "", "", (), "", "")))

    @Slot()
    def on_start_clicked(self) -> None:
        base = self.chosen_base()
        if base is None:
            return
        addons = [entry for box, entry in self.addons if box.isChecked() and entry.code]
        try:
            start_checklist(self.store, self.audit_id, base, addons)
        except TemplateError as error:
            messages.warn(self, str(error), title=self.tr("These templates do not fit together"))
            return
        except StoreError as error:
            messages.warn(self, str(error))
            return
        self.started.emit()

    @Slot()
    def on_import_clicked(self) -> None:
        from auditdesk.ui.checklist.template_files import import_template

        import_template(self, self.store, self.reload)

    @Slot()
    def on_export_clicked(self) -> None:
        from auditdesk.store.checklists import load_entry
        from auditdesk.ui.checklist.template_files import export_template

        base = self.chosen_base()
        if base is not None:
            export_template(self, load_entry(self.store, base))

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.start.isEnabled():
            self.on_start_clicked()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
