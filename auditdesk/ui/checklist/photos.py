"""The photos of the current item: thumbnails, add from file or by drag and drop,
open full size, delete.

Decoding happens off the GUI thread (``Task``) with ``QImageReader``: it reads
the EXIF orientation, and for JPEG it decodes straight at thumbnail size, so a
12-megapixel photo costs a fraction of a full decode. (Pillow would do the same
job; Qt needs no extra dependency and is what shows the picture anyway.)
Thumbnails and full photos are read through a second, read-only connection
(``attachments.open_reader``) so the worker never shares the store's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageIOHandler,
    QImageReader,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from auditdesk.model.entities import Attachment
from auditdesk.store import Store, attachments
from auditdesk.store.attachments import PhotoError
from auditdesk.ui import messages
from auditdesk.ui.tasks import Report, Task

THUMB_SIZE = QSize(240, 240)  # stored thumbnails fit in this box
ICON_SIZE = QSize(104, 78)
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.bmp"
_ROOT = QModelIndex()


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo read, checked and thumbnailed on the worker, ready to be stored."""

    filename: str
    data: bytes
    width: int
    height: int
    thumbnail: bytes


def decode(data: bytes, box: QSize | None = None) -> tuple[QImage, QSize]:
    """The image in ``data`` (scaled to fit ``box``) and its full upright size.

    Raises ``PhotoError`` when Qt cannot decode it. Safe on a worker thread.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if box is not None and size.isValid() and (size.width() > box.width()
                                               or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise PhotoError(QCoreApplication.translate(
            "PhotoStrip", "The file looks like an image but cannot be read (%1).").replace(
            "%1", reader.errorString()))
    upright = size if size.isValid() else image.size()
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        upright = upright.transposed()  # the EXIF orientation turns it by 90°
    return image, upright


def encode_jpeg(image: QImage, quality: int = 80) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPG", quality)  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def prepare_photos(paths: list[str], report: Report) -> tuple[list[PreparedPhoto], list[str]]:
    """Read, check and thumbnail ``paths`` (worker thread); returns photos and error messages."""
    prepared: list[PreparedPhoto] = []
    errors: list[str] = []
    for number, path in enumerate(paths):
        name = Path(path).name
        report(number, len(paths), name)
        try:
            data = attachments.read_photo_file(path)
            thumbnail, size = decode(data, THUMB_SIZE)
        except PhotoError as error:
            message = str(error)
            errors.append(message if name in message else f"{name}: {message}")
            continue
        prepared.append(PreparedPhoto(name, data, size.width(), size.height(),
                                      encode_jpeg(thumbnail)))
    return prepared, errors


def load_thumbnails(db_path: Path, digests: list[str]) -> dict[str, QImage]:
    """Thumbnails of stored photos (made from the photo when one has none); worker thread."""
    conn = attachments.open_reader(db_path)
    try:
        found = attachments.thumbnails(conn, digests)
        images: dict[str, QImage] = {}
        for digest, data in found.items():
            try:
                if data is not None:
                    images[digest] = QImage.fromData(data)
                else:
                    images[digest] = decode(attachments.photo_data(conn, digest), THUMB_SIZE)[0]
            except PhotoError:
                continue
        return images
    finally:
        conn.close()


def load_full(db_path: Path, digest: str) -> QImage:
    conn = attachments.open_reader(db_path)
    try:
        return decode(attachments.photo_data(conn, digest))[0]
    finally:
        conn.close()


class PhotoListModel(QAbstractListModel):
    """The photos of one item (attachment ids) with their thumbnails once loaded."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.photos: list[Attachment] = []
        self.icons: dict[str, QIcon] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.photos):
            return None
        photo = self.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or photo.filename
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icons.get(photo.sha256)
        if role == Qt.ItemDataRole.ToolTipRole:
            size = f"{photo.width} × {photo.height} px" if photo.width else ""
            return "\n".join(t for t in (photo.caption, photo.filename, size) if t)
        if role == Qt.ItemDataRole.UserRole:
            return photo.id
        return None

    def set_photos(self, photos: list[Attachment]) -> None:
        self.beginResetModel()
        self.photos = photos
        self.icons = {d: i for d, i in self.icons.items() if any(p.sha256 == d for p in photos)}
        self.endResetModel()

    def set_thumbnails(self, images: dict[str, QImage]) -> None:
        for digest, image in images.items():
            self.icons[digest] = QIcon(QPixmap.fromImage(image))
        for row, photo in enumerate(self.photos):
            if photo.sha256 in images:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class PhotoStrip(QWidget):
    """Thumbnails of the current item's photos with Add, drop, open and delete."""

    photos_changed = Signal(str)  # item code whose photos were added or removed

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.audit_id = store, audit_id
        self.code = ""
        self._generation = 0
        self.setAcceptDrops(not store.read_only)
        self.model = PhotoListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("photoList")
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setIconSize(ICON_SIZE)
        self.view.setGridSize(QSize(ICON_SIZE.width() + 16, ICON_SIZE.height() + 30))
        self.view.setFixedHeight(ICON_SIZE.height() + 50)
        self.view.setMinimumWidth(ICON_SIZE.width() * 2 + 40)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.activated.connect(self.on_view_activated)
        self.view.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.setObjectName("addPhotos")
        self.add_button.setMinimumHeight(36)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.setToolTip(self.tr("Add photos from files (Ctrl+Shift+P), or drop "
                                           "them on this item"))
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.add_button.setEnabled(not store.read_only)
        self.hint = QLabel(self)
        self.hint.setObjectName("photoHint")
        self.hint.setStyleSheet("color: #5f6b76;")
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(150)
        self.hint.setMaximumWidth(200)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons, 0)

    def set_item(self, code: str) -> None:
        """Show the photos of ``code`` (thumbnails arrive from a worker)."""
        self.code = code
        self.reload()

    def reload(self) -> None:
        photos = attachments.photos_of_item(self.store, self.audit_id, self.code)
        self.model.set_photos(photos)
        self.view.setVisible(bool(photos))
        if self.store.read_only:
            self.hint.setText("" if photos else self.tr("No photos."))
        else:
            self.hint.setText(self.tr("Drop photos here.") if photos else self.tr(
                "No photos yet: drop them here, or add them from files."))
        self._generation += 1
        generation = self._generation
        missing = [p.sha256 for p in photos if p.sha256 not in self.model.icons]
        if missing:
            path = self.store.path
            Task(self, lambda report: load_thumbnails(path, missing)).on_success(
                lambda images: self._thumbnails_loaded(generation, images)).start()

    def _thumbnails_loaded(self, generation: int, images: dict[str, QImage]) -> None:
        if generation == self._generation:
            self.model.set_thumbnails(images)

    # --- adding ----------------------------------------------------------------------

    @Slot()
    def on_add_button_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images") + f" ({IMAGE_FILTER});;*")
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Check, thumbnail and store the photos at ``paths`` for the current item."""
        if self.store.read_only or not self.code or not paths:
            return
        code = self.code
        Task(self, lambda report: prepare_photos(paths, report)).with_progress(
            self.tr("Reading photos…")).on_success(
            lambda result: self._store_prepared(code, *result)).start()

    def _store_prepared(self, code: str, prepared: list[PreparedPhoto],
                        errors: list[str]) -> None:
        duplicates: list[str] = []
        for photo in prepared:
            try:
                added = attachments.add_photo(
                    self.store, self.audit_id, code, photo.data, photo.filename,
                    width=photo.width, height=photo.height, thumbnail=photo.thumbnail)
            except PhotoError as error:
                errors.append(str(error))
                continue
            if added.duplicate:
                duplicates.append(photo.filename)
        if len(duplicates) < len(prepared):
            self.photos_changed.emit(code)
            if code == self.code:
                self.reload()
        lines = [self.tr("%1 is already attached to this item; it was not added again.")
                 .replace("%1", name) for name in duplicates] + errors
        if lines:
            messages.warn(self, "\n\n".join(lines), title=self.tr("Photos not added"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.store.read_only and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- opening and deleting -----------------------------------------------------------

    @Slot(QModelIndex)
    def on_view_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        photo = self.model.photos[index.row()]
        path = self.store.path
        Task(self, lambda report: load_full(path, photo.sha256)).with_progress(
            self.tr("Opening the photo…")).on_success(
            lambda image: self._show_full(photo, image)).on_failure(
            lambda error, _trace: messages.warn(self, str(error))).start()

    def _show_full(self, photo: Attachment, image: QImage) -> None:
        from auditdesk.ui.checklist.photo_dialog import PhotoDialog

        decision = PhotoDialog.ask(self, image, photo, self.store.read_only)
        if decision is None:
            return
        if decision.delete:
            self.delete_photo(photo, confirm=False)
        elif decision.caption != photo.caption:
            attachments.set_caption(self.store, photo.id, decision.caption)
            self.reload()

    def delete_photo(self, photo: Attachment, confirm: bool = True) -> None:
        if self.store.read_only:
            return
        if confirm and not messages.confirm(self, self.tr("Remove the photo “%1” from this "
                                                          "item?").replace("%1", photo.filename)):
            return
        attachments.delete_photo(self.store, photo.id)
        self.photos_changed.emit(self.code)
        self.reload()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if watched is self.view and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                index = self.view.currentIndex()
                if index.isValid():
                    self.delete_photo(self.model.photos[index.row()])
                return True
        return super().eventFilter(watched, event)
