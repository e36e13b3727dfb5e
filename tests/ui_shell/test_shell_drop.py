"""Files dropped on the main window go to the flow that handles them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage

from auditdesk.ui import drop
from auditdesk.ui.main_window import MainWindow


def mime(paths: list[Path]) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def drop_on(window: MainWindow, paths: list[Path]) -> QDropEvent:
    data = mime(paths)
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


@pytest.fixture
def workbook(demo_store, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from auditdesk.exchange.workbook import export_audit_workbook

    audit_id = demo_store.conn.execute("SELECT id FROM audit LIMIT 1").fetchone()[0]
    return export_audit_workbook(demo_store, audit_id, tmp_path / "audit.xlsx").path


@pytest.fixture
def readings_xlsx(tmp_path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Cover"  # a logger export with a cover sheet is still not ours
    sheet.append(["Date", "kWh"])
    sheet.append(["2025-01-31", 1234.5])
    path = tmp_path / "bills.xlsx"
    book.save(path)
    return path


def photo(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3d7ab8"))
    assert image.save(str(path))
    return path


def test_classify(workbook: Path, readings_xlsx: Path, tmp_path: Path) -> None:
    assert drop.is_auditdesk_workbook(workbook)
    assert not drop.is_auditdesk_workbook(readings_xlsx)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    assert not drop.is_auditdesk_workbook(broken)
    assert drop.classify(workbook) == drop.WORKBOOK
    assert drop.classify(readings_xlsx) == drop.READINGS
    assert drop.classify(broken) == drop.READINGS  # the readings dialog says what is wrong
    assert drop.classify("a/b.CSV") == drop.READINGS
    assert drop.classify("old.xls") == drop.READINGS
    assert drop.classify("team.auditdesk") == drop.PACKAGE
    assert drop.classify("x.auditdesk.sqlite") == drop.DATABASE
    assert drop.classify("x.db") == drop.DATABASE
    assert drop.classify("p.JPG") == drop.IMAGE and drop.classify("p.png") == drop.IMAGE
    assert drop.classify("notes.docx") == drop.UNKNOWN


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_drag_enter_accepts_files_only(window: MainWindow, tmp_path: Path) -> None:
    files = mime([tmp_path / "a.csv"])  # the event does not own its data: keep it alive
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, files,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(event)
    assert event.isAccepted()
    text = QMimeData()
    text.setText("hello")
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, text,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    window.dragEnterEvent(event)
    assert not event.isAccepted()
    assert window.acceptDrops()


def test_packages_go_to_the_merge_flow(window: MainWindow, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    merged: list[list[str]] = []
    monkeypatch.setattr(window.teamwork, "merge_paths", merged.append)
    first, second = tmp_path / "an.auditdesk", tmp_path / "binh.auditdesk"
    drop_on(window, [first, second])
    assert merged == [[str(first), str(second)]]


def test_workbooks_go_to_the_import_flow(window: MainWindow, monkeypatch, workbook: Path,  # type: ignore[no-untyped-def]
                                         messages, qtbot) -> None:
    checked: list[Path] = []
    original = window.deliverables.check_import

    def check(store, path):  # type: ignore[no-untyped-def]
        checked.append(path)
        return original(store, path)

    monkeypatch.setattr(window.deliverables, "check_import", check)
    messages.answer = False  # the confirmation: do not import
    drop_on(window, [workbook])
    assert checked == [workbook]
    qtbot.waitUntil(lambda: bool(messages.asked), timeout=60_000)
    assert workbook.name in messages.asked[0]


def test_readings_open_the_import_dialog_for_the_audits_meters(window: MainWindow, monkeypatch,  # type: ignore[no-untyped-def]
                                                               readings_xlsx: Path,
                                                               tmp_path: Path) -> None:
    from auditdesk.ui.meters.reading_import import ReadingImportDialog

    seen: list[tuple[Path | None, str, int]] = []

    def fake_exec(dialog: ReadingImportDialog) -> int:
        seen.append((dialog.path, dialog.meter.enterprise_id, len(dialog.meters)))
        return 0

    monkeypatch.setattr(ReadingImportDialog, "exec", fake_exec)
    csv = tmp_path / "logger.csv"
    csv.write_text("date;value\n2025-01-31;12,5\n", encoding="utf-8")
    drop_on(window, [readings_xlsx, csv])
    enterprise_id = window.store.audits.get(window.navigator.current()[1]).enterprise_id
    meters = window.store.meters.for_enterprise(enterprise_id)
    assert seen == [(readings_xlsx, enterprise_id, len(meters)), (csv, enterprise_id, len(meters))]


def test_photos_go_to_the_current_checklist_item(window: MainWindow, monkeypatch, messages,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    from auditdesk.ui.checklist.photos import PhotoStrip

    picture = photo(tmp_path / "compressor.png")
    drop_on(window, [picture])  # the overview shows: a clear message
    assert "Checklist tab" in messages.shown[-1][1]
    added: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(PhotoStrip, "add_files",
                        lambda strip, paths: added.append((strip.code, paths)))
    assert window.show_view("checklist")
    strip = window.page.tab_widget("checklist").findChild(PhotoStrip)
    if not strip.code:
        strip.set_item(window.store.conn.execute(
            "SELECT code FROM checklist_item LIMIT 1").fetchone()[0])
    drop_on(window, [picture])
    assert added == [(strip.code, [str(picture)])]


def test_a_database_is_opened(window: MainWindow, demo_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.auditdesk.sqlite"
    shutil.copy(demo_db, other)
    drop_on(window, [other])
    assert window.store is not None and window.store.path == other


def test_unknown_files_get_one_message(window: MainWindow, messages, monkeypatch,  # type: ignore[no-untyped-def]
                                       tmp_path: Path) -> None:
    merged: list[list[str]] = []
    monkeypatch.setattr(window.teamwork, "merge_paths", merged.append)
    drop_on(window, [tmp_path / "a.docx", tmp_path / "team.auditdesk", tmp_path / "b.pdf"])
    assert len(messages.shown) == 1
    text = messages.shown[0][1]
    assert "a.docx" in text and "b.pdf" in text and "team.auditdesk" not in text
    assert merged == [[str(tmp_path / "team.auditdesk")]]  # the rest is still handled


def test_a_read_only_database_refuses_with_the_reason(window: MainWindow, messages, monkeypatch,  # type: ignore[no-untyped-def]
                                                      demo_db: Path, tmp_path: Path) -> None:
    from auditdesk.store import open_store

    merged: list[list[str]] = []
    monkeypatch.setattr(window.teamwork, "merge_paths", merged.append)
    second = open_store(demo_db, user="other")  # the file is already open: read-only
    try:
        assert second.read_only
        window.set_store(second)
        drop_on(window, [tmp_path / "team.auditdesk"])
        assert merged == []
        text = messages.shown[-1][1]
        assert "read-only" in text and second.read_only_reason in text
    finally:
        window.on_close_database()


def test_no_database_open(window: MainWindow, messages, tmp_path: Path) -> None:
    window.on_close_database()
    drop_on(window, [tmp_path / "team.auditdesk"])
    assert "Open a database first" in messages.shown[-1][1]
