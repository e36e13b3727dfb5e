"""Photos in the checklist view: from files or dropped, thumbnails, refused files with a
clear message, duplicates, full size with caption and delete."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from checklist_ui_helpers import AuditFixture, count
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage

from auditdesk.store import attachments
from auditdesk.ui.checklist.page import ChecklistPage
from auditdesk.ui.checklist.photo_dialog import PhotoDecision, PhotoDialog
from auditdesk.ui.checklist.photos import THUMB_SIZE, decode, prepare_photos
from auditdesk.ui.checklist.view import ChecklistView
from auditdesk.ui.tasks import running_tasks


@pytest.fixture
def view(qtbot, audit: AuditFixture, messages, no_running_tasks) -> Iterator[ChecklistView]:  # type: ignore[no-untyped-def]
    page = ChecklistPage(audit.store, audit.audit_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert isinstance(page.view, ChecklistView)
    page.view.select("W-2")
    yield page.view
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)


@pytest.mark.qt_log_ignore("Corrupt JPEG", "JPEG datastream")  # libjpeg on the broken file
def test_photos_from_files_refuse_bad_ones_and_duplicates(view: ChecklistView, qtbot,  # type: ignore[no-untyped-def]
                                                          audit: AuditFixture, messages,
                                                          photo_files: dict[str, Path]) -> None:
    strip = view.editor.photos
    strip.add_files([str(photo_files[name]) for name in ("good", "copy", "fake", "broken")])
    settle(qtbot)
    assert count(audit.store, "attachment") == 1 and count(audit.store, "blob") == 1
    title, text = messages.shown[-1]
    assert title == "Photos not added"
    assert "meter-copy.png is already attached to this item" in text
    assert "notes.jpg is not an image AuditDesk can show" in text
    assert "broken.jpg" in text and "cannot be read" in text
    assert strip.model.rowCount() == 1
    qtbot.waitUntil(lambda: strip.model.index(0).data(Qt.ItemDataRole.DecorationRole) is not None,
                    timeout=3000)
    marks = view.item_model.index(view.item_model.row_of("W-2"), 4).data()
    assert marks == "▣1"
    assert view.area_model.report.by_area["water"].answered == 1  # a photo answers W-2
    photo = audit.store.attachments.list()[0]
    assert (photo.width, photo.height, photo.filename) == (64, 48, "meter.png")
    with closing(attachments.open_reader(audit.path)) as reader:  # a real thumbnail stored
        thumbnail = attachments.thumbnails(reader, [photo.sha256])[photo.sha256]
    assert thumbnail is not None and not QImage.fromData(thumbnail).isNull()
    strip.add_files([str(photo_files["good"])])  # the same photo once more
    settle(qtbot)
    assert count(audit.store, "attachment") == 1


def test_photos_dropped_on_the_item(view: ChecklistView, qtbot, audit: AuditFixture,  # type: ignore[no-untyped-def]
                                    photo_files: dict[str, Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo_files["good"])),
                  QUrl.fromLocalFile(str(photo_files["other"]))])
    editor = view.editor
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    editor.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    editor.dropEvent(drop)
    settle(qtbot)
    names = [p.filename for p in attachments.photos_of_item(audit.store, audit.audit_id, "W-2")]
    assert names == ["meter.png", "pump.png"]
    view.filters["with_photos"].click()
    assert [view.proxy.code_at(r) for r in range(view.proxy.rowCount())] == ["W-2"]


def test_open_full_size_edit_caption_and_delete(view: ChecklistView, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                audit: AuditFixture,
                                                photo_files: dict[str, Path]) -> None:
    strip = view.editor.photos
    strip.add_files([str(photo_files["good"])])
    settle(qtbot)
    shown: list[QImage] = []
    decisions = [PhotoDecision("Đồng hồ nước tổng"), PhotoDecision("", delete=True)]

    def fake_ask(parent, image, photo, read_only):  # type: ignore[no-untyped-def]
        shown.append(image)
        return decisions.pop(0)

    monkeypatch.setattr(PhotoDialog, "ask", fake_ask)
    strip.view.activated.emit(strip.model.index(0))
    settle(qtbot)
    assert shown[0].size().width() == 64
    assert audit.store.attachments.list()[0].caption == "Đồng hồ nước tổng"
    assert strip.model.index(0).data() == "Đồng hồ nước tổng"
    strip.view.activated.emit(strip.model.index(0))
    settle(qtbot)
    assert count(audit.store, "attachment") == 0 and count(audit.store, "blob") == 0
    assert view.item_model.index(view.item_model.row_of("W-2"), 4).data() == ""


def test_the_photo_dialog_returns_plain_values(qtbot, audit: AuditFixture, messages,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    from checklist_ui_helpers import picture

    photo = attachments.add_photo(audit.store, audit.audit_id, "W-2", picture(9), "p.png",
                                  caption="old").attachment
    image = decode(picture(9))[0]

    def type_caption(dialog: PhotoDialog) -> int:
        dialog.caption.setText("  new caption ")
        return 0

    monkeypatch.setattr(PhotoDialog, "exec", type_caption)
    assert PhotoDialog.ask(None, image, photo, False) == PhotoDecision("new caption")
    assert PhotoDialog.ask(None, image, photo, True) is None  # read-only: nothing to change

    def press_delete(dialog: PhotoDialog) -> int:
        dialog.delete_button.click()
        return 0

    monkeypatch.setattr(PhotoDialog, "exec", press_delete)
    assert PhotoDialog.ask(None, image, photo, False) == PhotoDecision("old", delete=True)


def test_a_50_mb_photo_gets_a_message_and_nothing_is_stored(view: ChecklistView, qtbot,  # type: ignore[no-untyped-def]
                                                             audit: AuditFixture, messages,
                                                             tmp_path: Path) -> None:
    big = tmp_path / "panorama.jpg"
    with big.open("wb") as handle:
        handle.write(b"\xff\xd8\xff\xe0")
        handle.truncate(50 * 1024 * 1024)
    history = count(audit.store, "history")
    view.editor.photos.add_files([str(big)])
    settle(qtbot)
    assert "panorama.jpg is 50.0 MB; photos of up to 20 MB can be attached" in \
        messages.shown[-1][1]
    assert (count(audit.store, "attachment"), count(audit.store, "blob"),
            count(audit.store, "history")) == (0, 0, history)


def test_prepare_refuses_an_oversized_file_without_decoding(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "huge.jpg"
    with big.open("wb") as handle:
        handle.write(b"\xff\xd8\xff\xe0")
        handle.truncate(50 * 1024 * 1024)
    prepared, errors = prepare_photos([str(big)], lambda done, total, text: None)
    assert prepared == [] and "huge.jpg is 50.0 MB" in errors[0]


def test_thumbnails_keep_the_upright_size(qapp) -> None:  # type: ignore[no-untyped-def]
    from checklist_ui_helpers import picture

    image, size = decode(picture(2, width=640, height=480), None)
    thumb, same = decode(picture(2, width=640, height=480), THUMB_SIZE)
    assert (size.width(), size.height()) == (640, 480) == (same.width(), same.height())
    assert thumb.width() == 240 and thumb.height() == 180 and image.width() == 640
