"""A photo at full size (scaled to the window), with its caption and a Delete button."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from auditdesk.i18n import format_number
from auditdesk.model.entities import Attachment


@dataclass(frozen=True)
class PhotoDecision:
    """What the auditor did in the dialog: a new caption, or delete the photo."""

    caption: str
    delete: bool = False


class PhotoDialog(QDialog):
    def __init__(self, parent: QWidget | None, image: QImage, photo: Attachment,
                 read_only: bool) -> None:
        super().__init__(parent)
        self.setObjectName("photoDialog")
        self.setWindowTitle(photo.caption or photo.filename)
        self.pixmap = QPixmap.fromImage(image)
        self.picture = QLabel(self)
        self.picture.setObjectName("photoPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 240)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.caption = QLineEdit(photo.caption, self)
        self.caption.setObjectName("photoCaption")
        self.caption.setReadOnly(read_only)
        self.caption.setMinimumHeight(36)
        size = format_number(photo.size / (1024 * 1024), 1)
        facts = QLabel(f"{photo.filename} · {photo.width or image.width()} × "
                       f"{photo.height or image.height()} px · {size} MB", self)
        facts.setStyleSheet("color: #5f6b76;")
        form = QFormLayout()
        form.addRow(self.tr("Caption"), self.caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        self.delete_button = QPushButton(self.tr("Delete photo"), self)
        self.delete_button.setObjectName("deletePhoto")
        self.delete_button.setEnabled(not read_only)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.deleted = False
        self.resize(960, 720)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.picture.setPixmap(self.pixmap.scaled(
            self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    @Slot()
    def on_delete_button_clicked(self) -> None:
        from auditdesk.ui import messages

        if messages.confirm(self, self.tr("Delete this photo from the item?")):
            self.deleted = True
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, image: QImage, photo: Attachment,
            read_only: bool) -> PhotoDecision | None:
        """Show the photo; the caption typed or a deletion, ``None`` when nothing changed."""
        dialog = cls(parent, image, photo, read_only)
        dialog.exec()
        if dialog.deleted:
            return PhotoDecision(photo.caption, delete=True)
        caption = dialog.caption.text().strip()
        return None if read_only or caption == photo.caption else PhotoDecision(caption)
