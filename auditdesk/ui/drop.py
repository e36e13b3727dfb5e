"""Files dropped on the main window, each sent to the flow that already handles it.

* ``.auditdesk`` packages → the merge flow (``TeamworkController.merge_paths``);
* ``.xlsx`` AuditDesk workbooks (a ``Cover`` sheet whose first cell is
  ``AuditDesk``, see ``exchange/workbook/contract.py``) → the workbook import;
* other ``.csv`` / ``.xlsx`` / ``.xls`` tables → the readings import dialog for the
  meters of the selected audit's enterprise;
* ``.jpg`` / ``.png`` photos → the current checklist item, when the Checklist tab shows;
* ``.sqlite`` / ``.db`` databases → opened.

Several files: a database is opened first (the other files then go into it),
the rest by kind in the order they were dropped; files of a kind nobody handles
get one message listing them. A read-only database takes nothing in: the
message gives the reason.

``classify`` and ``is_auditdesk_workbook`` touch no widget (tests call them).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from auditdesk.ui import messages

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from auditdesk.ui.main_window import MainWindow

PACKAGE, WORKBOOK, READINGS, IMAGE, DATABASE, UNKNOWN = (
    "package", "workbook", "readings", "image", "database", "unknown")
ORDER = (PACKAGE, WORKBOOK, READINGS, IMAGE)  # a kind's files go together, first seen first

PACKAGE_SUFFIXES = (".auditdesk",)
DATABASE_SUFFIXES = (".sqlite", ".db")  # main_window.DB_FILTER: *.auditdesk.sqlite *.sqlite *.db
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TABLE_SUFFIXES = (".csv", ".txt", ".xls")  # .xls: the readings dialog explains the old format
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")
APP_MARK = "AuditDesk"  # contract.APP_MARK: the first cell of the Cover sheet
COVER = "Cover"  # contract.COVER


# --- what a file is (no widgets) ---------------------------------------------------------------

def is_rollup_workbook(path: str | Path) -> bool:
    """True for a portfolio roll-up workbook (its ``Portfolio`` and ``ByPark`` sheets):
    a report, not something to import."""
    try:
        with zipfile.ZipFile(path) as book:
            workbook = book.read("xl/workbook.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    names = set(re.findall(r'<sheet\b[^>]*\bname="([^"]+)"', workbook))
    return {"Portfolio", "ByPark", "Summary"} <= names


def is_auditdesk_workbook(path: str | Path) -> bool:
    """True when ``path`` is an audit workbook AuditDesk wrote: it has a ``Cover`` sheet
    whose first cell starts with ``AuditDesk`` (the importer then checks its format
    version). Reads the zip directly (no openpyxl on this path)."""
    try:
        with zipfile.ZipFile(path) as book:
            workbook = book.read("xl/workbook.xml").decode("utf-8", "replace")
            sheet = re.search(r'<sheet\b[^>]*\bname="Cover"[^>]*/?>', workbook)
            if sheet is None:
                return False
            rel = re.search(r'\br:id="([^"]+)"', sheet.group(0)) or re.search(
                r'\bid="([^"]+)"', sheet.group(0))
            if rel is None:
                return True  # an odd writer: the Cover sheet alone says enough
            rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
            target = _rel_target(rels, rel.group(1))
            if target is None:
                return True
            first = _first_cell(book, target.lstrip("/") if target.startswith("/xl/")
                                else "xl/" + target)
            return first is None or first.strip().startswith(APP_MARK)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError):
        return False


def _rel_target(rels: str, rel_id: str) -> str | None:
    for match in re.finditer(r"<Relationship\b[^>]*/?>", rels):
        tag = match.group(0)
        if re.search(rf'\bId="{re.escape(rel_id)}"', tag):
            found = re.search(r'\bTarget="([^"]+)"', tag)
            return found.group(1) if found else None
    return None


def _first_cell(book: zipfile.ZipFile, sheet_path: str) -> str | None:
    """The text of cell A1 of a sheet; None when it cannot be told."""
    xml = book.read(sheet_path).decode("utf-8", "replace")
    cell = re.search(r'<c\b[^>]*\br="A1"[^>]*>(.*?)</c>', xml, re.DOTALL)
    if cell is None:
        return ""
    tag = cell.group(0)
    inline = re.search(r"<t\b[^>]*>(.*?)</t>", cell.group(1), re.DOTALL)
    if 't="inlineStr"' in tag or 't="str"' in tag:
        return _unescape(inline.group(1)) if inline else ""
    value = re.search(r"<v>(.*?)</v>", cell.group(1), re.DOTALL)
    if value is None:
        return ""
    if 't="s"' not in tag:
        return _unescape(value.group(1))
    try:
        shared = book.read("xl/sharedStrings.xml").decode("utf-8", "replace")
    except KeyError:
        return None
    items = re.findall(r"<si\b[^>]*>(.*?)</si>", shared, re.DOTALL)
    index = int(value.group(1))
    if index >= len(items):
        return None
    return _unescape("".join(re.findall(r"<t\b[^>]*>(.*?)</t>", items[index], re.DOTALL)))


def _unescape(text: str) -> str:
    from html import unescape

    return unescape(text)


def classify(path: str | Path) -> str:
    """The kind of a dropped file: PACKAGE, WORKBOOK, READINGS, IMAGE, DATABASE or UNKNOWN."""
    suffix = Path(path).suffix.lower()
    if suffix in PACKAGE_SUFFIXES:
        return PACKAGE
    if suffix in DATABASE_SUFFIXES:
        return DATABASE
    if suffix in IMAGE_SUFFIXES:
        return IMAGE
    if suffix in EXCEL_SUFFIXES:
        if is_auditdesk_workbook(path):
            return WORKBOOK
        return UNKNOWN if is_rollup_workbook(path) else READINGS
    if suffix in TABLE_SUFFIXES:
        return READINGS
    return UNKNOWN


def group(paths: list[str]) -> tuple[list[str], list[tuple[str, list[str]]], list[str]]:
    """(databases, [(kind, files)] in the order each kind was first dropped, unknown files)."""
    databases: list[str] = []
    unknown: list[str] = []
    groups: dict[str, list[str]] = {}
    for path in paths:
        kind = classify(path)
        if kind == DATABASE:
            databases.append(path)
        elif kind == UNKNOWN:
            unknown.append(path)
        else:
            groups.setdefault(kind, []).append(path)
    return databases, list(groups.items()), unknown


def _names(paths: list[str]) -> str:
    return "\n".join(f"• {Path(p).name}" for p in paths)


# --- the window's hooks -----------------------------------------------------------------------

def local_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]


def drag_enter(window: MainWindow, event: QDragEnterEvent) -> None:
    """Accept any local file: what cannot be used is explained on drop."""
    if local_paths(event):
        event.acceptProposedAction()


def drop(window: MainWindow, event: QDropEvent) -> None:
    paths = local_paths(event)
    if not paths:
        return
    event.acceptProposedAction()
    handle_paths(window, paths)


def handle_paths(window: MainWindow, paths: list[str]) -> None:
    """Send each file to its flow (see the module doc)."""
    databases, groups, unknown = group([str(p) for p in paths])
    if unknown:
        messages.warn(window, QCoreApplication.translate("Drop", 
            "AuditDesk cannot use these files:\n%1\n\nIt takes audit packages (.auditdesk), "
            "workbooks and readings (.xlsx, .csv), photos (.jpg, .png) and databases "
            "(.sqlite, .db).").replace("%1", _names(unknown)))
    if databases:
        if len(databases) > 1:
            messages.info(window, QCoreApplication.translate("Drop", 
                "One database is open at a time: %1 is opened, these are not:\n%2")
                .replace("%1", Path(databases[0]).name).replace("%2", _names(databases[1:])))
        if not window.open_path(databases[0]):
            return
    if not groups:
        return
    store = window.store
    files = [p for _, kind_paths in groups for p in kind_paths]
    if store is None:
        messages.warn(window, QCoreApplication.translate("Drop", "Open a database first, then drop these files again:\n%1")
                      .replace("%1", _names(files)))
        return
    if store.read_only:
        messages.warn(window, QCoreApplication.translate("Drop", 
            "This database is open read-only (%1), so nothing can be added to it. These "
            "files were not used:\n%2").replace("%1", store.read_only_reason)
            .replace("%2", _names(files)))
        return
    for kind, kind_paths in groups:
        HANDLERS[kind](window, kind_paths)


def merge_packages(window: MainWindow, paths: list[str]) -> None:
    window.teamwork.merge_paths(paths)  # one after the other, each after its merge view


def import_workbooks(window: MainWindow, paths: list[str]) -> None:
    """Check, confirm and import each workbook; the next starts when the last is done."""
    store = window.store
    if not paths or store is None or store is not window.store:
        return
    task = window.deliverables.check_import(store, Path(paths[0]))
    if paths[1:]:
        task.finished.connect(lambda: import_workbooks(window, paths[1:]))


def import_readings(window: MainWindow, paths: list[str]) -> None:
    """The readings import dialog, one file after the other, for the meters of the
    selected audit's (or enterprise's) enterprise."""
    store = window.store
    assert store is not None
    kind, entity_id = window.navigator.current()
    enterprise_id = ""
    if kind == "audit":
        enterprise_id = store.audits.get(entity_id).enterprise_id
    elif kind == "enterprise":
        enterprise_id = entity_id
    if not enterprise_id:
        messages.info(window, QCoreApplication.translate("Drop", "Choose on the left the audit the readings belong to, "
                                  "then drop the files again:\n%1").replace("%1", _names(paths)))
        return
    meters = store.meters.for_enterprise(enterprise_id)
    if not meters:
        messages.info(window, QCoreApplication.translate("Drop", "%1 has no meters yet. Add its meters in the Meters tab of "
                                  "the audit, then drop the readings again.")
                      .replace("%1", store.enterprises.get(enterprise_id).name))
        return
    from auditdesk.ui.meters.reading_import import ReadingImportDialog

    meter = _current_meter(window) or meters[0]
    changed = False
    for path in paths:
        dialog = ReadingImportDialog(window, store, meter, meters)
        dialog.load_file(Path(path))
        dialog.exec()
        changed = changed or bool(dialog.outcome is not None and dialog.outcome.committed)
        dialog.deleteLater()
    if changed:
        reload_keeping_tab(window)


def _current_meter(window: MainWindow):  # type: ignore[no-untyped-def]
    """The meter chosen in the Meters tab, when that tab shows."""
    widget = _current_tab(window, "meters")
    current = getattr(widget, "current_meter", None)
    return current() if callable(current) else None


def _current_tab(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    """The widget of the audit tab ``name`` when it is the one showing, else None."""
    page = window.page
    tabs = getattr(page, "tabs", None)
    names = getattr(page, "tab_names", None)
    if tabs is None or not names or tabs.currentIndex() < 0:
        return None
    if names[tabs.currentIndex()] != name:
        return None
    return tabs.currentWidget()


def reload_keeping_tab(window: MainWindow) -> None:
    """Rebuild the page (new data, new units) and show the tab that was showing."""
    page = window.page
    tabs = getattr(page, "tabs", None)
    names = getattr(page, "tab_names", None)
    tab = names[tabs.currentIndex()] if tabs is not None and names else ""
    window.reload()
    if tab and tab != "overview":
        window.show_view(tab)


def attach_photos(window: MainWindow, paths: list[str]) -> None:
    """Photos go to the current checklist item, when the Checklist tab shows."""
    checklist = _current_tab(window, "checklist")
    strip = None
    if checklist is not None:
        from auditdesk.ui.checklist.photos import PhotoStrip

        strip = checklist.findChild(PhotoStrip)
    if strip is None:
        messages.info(window, QCoreApplication.translate("Drop", 
            "Photos belong to a checklist item. Open the Checklist tab of the audit, choose "
            "the item, then drop the photos again:\n%1").replace("%1", _names(paths)))
        return
    if not strip.code:
        messages.info(window, QCoreApplication.translate("Drop", "Choose the checklist item the photos show, then drop them "
                                  "again."))
        return
    strip.add_files(paths)


HANDLERS = {PACKAGE: merge_packages, WORKBOOK: import_workbooks, READINGS: import_readings,
            IMAGE: attach_photos}
