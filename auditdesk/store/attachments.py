"""Photos of checklist items: checked, stored once per content, read back (no Qt).

Where the bytes live: database blobs, not a managed folder
==========================================================
A photo's bytes go into the ``blob`` table (one row per SHA-256 of the
content, with a small thumbnail); ``attachment`` rows point at them. We chose
blobs over a folder of files beside the database because:

* **One file is the audit.** The auditor copies one ``.sqlite`` to back up,
  e-mails it or builds an audit package from it; a folder would have to travel
  with it and a forgotten folder means photos lost without a word.
* **Crash safety comes free.** A photo and its attachment row are written in
  one SQLite transaction (WAL): after a power cut either both exist or neither
  does. With files we would need our own write-rename-fsync dance and a sweep
  for orphans and dangling paths.
* **The read-only second opener works as is**, and Windows path limits, locked
  or renamed files, and antivirus quarantines cannot break an attachment.
* **De-duplication is a primary key**: the same picture added twice is stored
  once, whichever item it is attached to.

The cost is a bigger database file; ``MAX_PHOTO_BYTES`` bounds each photo and
thumbnails are kept beside the data so lists never read full photos.

The size cap
============
``MAX_PHOTO_BYTES`` is 20 MB. A full-resolution JPEG from a phone or tablet
camera is 2–8 MB (a 48-megapixel shot at top quality reaches ~15 MB), so every
real photo fits; what is refused is what does not belong in an audit file:
RAW/TIFF exports, panoramas of 50 MB and more, videos renamed ``.jpg``. 200
photos at the cap would add 4 GB; at a typical 4 MB, 800 MB.

Photos of a checklist item are attachments with ``entity = "checklist_item"``
and ``entity_id`` = the item code, scoped by ``audit_id``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from auditdesk.i18n import fill, format_number, translate
from auditdesk.store.errors import StoreError

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Attachment
    from auditdesk.store.database import Store

MAX_PHOTO_BYTES = 20 * 1024 * 1024
PHOTO_ENTITY = "checklist_item"

# (offset, magic bytes, MIME type); WebP is RIFF....WEBP, checked apart.
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"BM", "image/bmp"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


class PhotoError(StoreError):
    """A file that cannot be attached as a photo; the message says why and what to do."""


@dataclass(frozen=True)
class PhotoAdded:
    """The outcome of ``add_photo``: ``duplicate`` when the item already had this photo
    (nothing was written and ``attachment`` is the existing one)."""

    attachment: Attachment
    duplicate: bool


def image_mime(data: bytes) -> str | None:
    """The MIME type of an image we can show, from its first bytes; ``None`` otherwise."""
    for offset, magic, mime in _SIGNATURES:
        if data[offset:offset + len(magic)] == magic:
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _megabytes(size: int) -> str:
    return format_number(size / (1024 * 1024), 1)


def check_photo_size(size: int, filename: str) -> None:
    """Raise ``PhotoError`` when ``size`` bytes is empty or over ``MAX_PHOTO_BYTES``."""
    if size <= 0:
        raise PhotoError(fill(translate("Photos", "%1 is empty; it is not a photo."), filename))
    if size > MAX_PHOTO_BYTES:
        raise PhotoError(fill(translate(
            "Photos", "%1 is %2 MB; photos of up to %3 MB can be attached. Take it again at a "
            "lower resolution, or shrink it, and add it again."),
            filename, _megabytes(size), format_number(MAX_PHOTO_BYTES / (1024 * 1024), 0)))


def check_photo(data: bytes, filename: str) -> str:
    """The MIME type of ``data`` when it may be attached; else ``PhotoError`` saying why."""
    check_photo_size(len(data), filename)
    mime = image_mime(data)
    if mime is not None:
        return mime
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        raise PhotoError(fill(translate(
            "Photos", "%1 is a HEIC/HEIF photo, which AuditDesk cannot show. Set the camera to "
            "JPEG (“Most compatible”) or convert the photo, and add it again."), filename))
    raise PhotoError(fill(translate(
        "Photos", "%1 is not an image AuditDesk can show (JPEG, PNG, WebP, GIF or BMP)."),
        filename))


def read_photo_file(path: str | Path) -> bytes:
    """The bytes of the photo at ``path``, refused before reading when it is too big
    and after reading when it is not an image (``PhotoError``)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        check_photo_size(size, path.name)
        data = path.read_bytes()
    except OSError as error:
        raise PhotoError(fill(translate("Photos", "Cannot read %1: %2"), path.name,
                              error.strerror or error)) from error
    check_photo(data, path.name)
    return data


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def add_photo(
    store: Store,
    audit_id: str,
    item_code: str,
    data: bytes,
    filename: str,
    *,
    width: int | None = None,
    height: int | None = None,
    thumbnail: bytes | None = None,
    caption: str = "",
) -> PhotoAdded:
    """Attach ``data`` to checklist item ``item_code`` of ``audit_id``, in one transaction.

    The bytes are stored once per SHA-256 (shared by every attachment of the
    same picture); the same photo added again to the same item is a duplicate
    and writes nothing. ``thumbnail``: small encoded image for lists (any
    format Qt reads). Raises ``PhotoError`` for a non-image or an oversized file.
    """
    from auditdesk.model.entities import Attachment

    mime = check_photo(data, filename)
    digest = sha256_hex(data)
    existing = store.attachments.list(
        "audit_id = ? AND entity = ? AND entity_id = ? AND sha256 = ?",
        (audit_id, PHOTO_ENTITY, item_code, digest))
    if existing:
        return PhotoAdded(existing[0], True)
    with store.transaction():
        store.conn.execute("INSERT OR IGNORE INTO blob(sha256, data, thumbnail) VALUES (?, ?, ?)",
                           (digest, data, thumbnail))
        if thumbnail:
            store.conn.execute("UPDATE blob SET thumbnail = ? WHERE sha256 = ? AND thumbnail IS NULL",
                               (thumbnail, digest))
        attachment = store.attachments.create(Attachment(
            audit_id=audit_id, entity=PHOTO_ENTITY, entity_id=item_code, sha256=digest,
            filename=Path(filename).name, mime=mime, size=len(data), width=width, height=height,
            caption=caption))
    return PhotoAdded(attachment, False)


def photos_of_item(store: Store, audit_id: str, item_code: str) -> list[Attachment]:
    """The photos of one item, oldest first."""
    return store.attachments.list("audit_id = ? AND entity = ? AND entity_id = ?",
                                  (audit_id, PHOTO_ENTITY, item_code), order_by="created_at, rowid")


def photo_counts(conn: sqlite3.Connection, audit_id: str) -> dict[str, int]:
    """Item code → number of photos, for one audit (reads no photo bytes)."""
    return {row[0]: int(row[1]) for row in conn.execute(
        "SELECT entity_id, count(*) FROM attachment WHERE audit_id = ? AND entity = ? "
        "GROUP BY entity_id", (audit_id, PHOTO_ENTITY))}


def set_caption(store: Store, attachment_id: str, caption: str) -> None:
    store.attachments.update(attachment_id, caption=caption.strip())


def delete_photo(store: Store, attachment_id: str) -> None:
    """Remove one attachment; its bytes go too when nothing else refers to them."""
    store.attachments.delete(attachment_id)


# --- reading bytes (also from a worker thread, through its own connection) -------------


def open_reader(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the database at ``path``, for reading photo bytes on a
    worker thread without touching the store's own connection."""
    uri = f"file:{Path(path).resolve().as_posix()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def thumbnails(conn: sqlite3.Connection, digests: Iterable[str]) -> dict[str, bytes | None]:
    """SHA-256 → stored thumbnail bytes (``None`` when the photo has none)."""
    found: dict[str, bytes | None] = {}
    for digest in digests:
        row = conn.execute("SELECT thumbnail FROM blob WHERE sha256 = ?", (digest,)).fetchone()
        found[digest] = None if row is None or row[0] is None else bytes(row[0])
    return found


def photo_data(conn: sqlite3.Connection, digest: str) -> bytes:
    """The full bytes of a stored photo; ``PhotoError`` when they are missing."""
    row = conn.execute("SELECT data FROM blob WHERE sha256 = ?", (digest,)).fetchone()
    if row is None:
        raise PhotoError(translate("Photos", "The photo's data is missing from the database."))
    return bytes(row[0])
