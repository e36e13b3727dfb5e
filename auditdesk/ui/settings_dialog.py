"""Settings for this installation: user name, role, language, backups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from auditdesk import settings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
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
        self.backups = QSpinBox(self)
        self.backups.setObjectName("backupCount")
        self.backups.setRange(1, 100)
        self.backups.setValue(self.values.backup_count)
        form.addRow(self.tr("Backups to keep"), self.backups)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        current = settings.load()  # keep window layout and recent files written meanwhile
        current.user_name = self.user_name.text().strip()
        current.role = self.role.currentData()
        current.language = self.language.currentData()
        current.backup_count = self.backups.value()
        settings.save(current)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """Show the dialog; True when the user saved."""
        return cls(parent).exec() == QDialog.DialogCode.Accepted
