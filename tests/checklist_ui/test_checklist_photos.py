"""Photos of checklist items in the store: stored once per content, refused with a
clear message when too big or not an image, removed with their last attachment."""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path

import pytest
from checklist_ui_helpers import AuditFixture, count, picture

from auditdesk.store import attachments
from auditdesk.store.attachments import MAX_PHOTO_BYTES, PhotoError


def test_a_photo_is_stored_with_its_attachment_and_history(audit: AuditFixture) -> None:
    store = audit.store
    added = attachments.add_photo(store, audit.audit_id, "A-1", picture(1), "C:/photos/a.png",
                                  width=64, height=48, thumbnail=b"thumb", caption="Máy nén 1")
    assert not added.duplicate
    photo = added.attachment
    assert (photo.entity, photo.entity_id, photo.filename, photo.mime, photo.size) == (
        "checklist_item", "A-1", "a.png", "image/png", len(picture(1)))
    assert photo.sha256 == attachments.sha256_hex(picture(1))
    assert [h.op for h in store.history.list(entity="attachment", entity_id=photo.id)] == [
        "create"]
    with closing(attachments.open_reader(audit.path)) as reader:
        assert attachments.photo_data(reader, photo.sha256) == picture(1)
        assert attachments.thumbnails(reader, [photo.sha256]) == {photo.sha256: b"thumb"}
    assert attachments.photo_counts(store.conn, audit.audit_id) == {"A-1": 1}


def test_the_same_photo_twice_is_stored_once(audit: AuditFixture) -> None:
    store = audit.store
    first = attachments.add_photo(store, audit.audit_id, "A-1", picture(2), "one.png")
    again = attachments.add_photo(store, audit.audit_id, "A-1", picture(2), "copy-of-one.png")
    assert again.duplicate and again.attachment.id == first.attachment.id
    assert (count(store, "attachment"), count(store, "blob")) == (1, 1)
    elsewhere = attachments.add_photo(store, audit.audit_id, "W-2", picture(2), "one.png")
    assert not elsewhere.duplicate
    assert (count(store, "attachment"), count(store, "blob")) == (2, 1)  # bytes shared
    assert [p.filename for p in attachments.photos_of_item(store, audit.audit_id, "A-1")] == [
        "one.png"]


def test_a_photo_over_the_cap_is_refused_before_it_is_read(audit: AuditFixture,
                                                           tmp_path: Path) -> None:
    big = tmp_path / "panorama.jpg"
    with big.open("wb") as handle:  # a sparse 50 MB file: refused from its size alone
        handle.write(b"\xff\xd8\xff\xe0")
        handle.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(PhotoError) as error:
        attachments.read_photo_file(big)
    assert time.perf_counter() - started < 0.5
    assert "panorama.jpg is 50.0 MB" in str(error.value) and "20 MB" in str(error.value)
    data = b"\xff\xd8\xff\xe0" + bytes(MAX_PHOTO_BYTES)
    with pytest.raises(PhotoError, match="photos of up to 20 MB"):
        attachments.add_photo(audit.store, audit.audit_id, "A-1", data, "big.jpg")
    assert (count(audit.store, "attachment"), count(audit.store, "blob")) == (0, 0)


@pytest.mark.parametrize(("data", "message"), [
    (b"shopping list: bread, rice", "not an image AuditDesk can show"),
    (b"%PDF-1.7\n" + b"0" * 100, "not an image AuditDesk can show"),
    (b"\x00\x00\x00\x18ftypheic" + b"0" * 100, "HEIC/HEIF"),
    (b"", "is empty"),
])
def test_a_file_that_is_not_an_image_is_refused(audit: AuditFixture, data: bytes,
                                                message: str) -> None:
    with pytest.raises(PhotoError, match=message):
        attachments.add_photo(audit.store, audit.audit_id, "A-1", data, "x.jpg")
    assert (count(audit.store, "attachment"), count(audit.store, "blob")) == (0, 0)
    assert audit.store.history.list(entity="attachment") == []


@pytest.mark.parametrize(("head", "mime"), [
    (b"\xff\xd8\xff\xe1", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF89a", "image/gif"), (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"BM\x00\x00", "image/bmp"), (b"<svg", None),
])
def test_image_signatures(head: bytes, mime: str | None) -> None:
    assert attachments.image_mime(head + b"\x00" * 16) == mime


def test_deleting_the_last_attachment_removes_the_bytes(audit: AuditFixture) -> None:
    store = audit.store
    one = attachments.add_photo(store, audit.audit_id, "A-1", picture(4), "p.png").attachment
    two = attachments.add_photo(store, audit.audit_id, "W-2", picture(4), "p.png").attachment
    attachments.delete_photo(store, one.id)
    assert count(store, "blob") == 1
    attachments.delete_photo(store, two.id)
    assert (count(store, "attachment"), count(store, "blob")) == (0, 0)
    assert store.history.list(entity="attachment", limit=1)[0].op == "delete"


def test_a_caption_change_is_recorded(audit: AuditFixture) -> None:
    photo = attachments.add_photo(audit.store, audit.audit_id, "A-1", picture(6),
                                  "p.png").attachment
    attachments.set_caption(audit.store, photo.id, "  Bảng tên máy  ")
    assert audit.store.attachments.get(photo.id).caption == "Bảng tên máy"
    entry = audit.store.history.list(entity="attachment", limit=1)[0]
    assert (entry.field, entry.new) == ("caption", "Bảng tên máy")
