"""The main window: navigator beside a workspace, menus, status bar."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QByteArray, Slot
from PySide6.QtGui import (  # drop hook
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from auditdesk import APP_NAME, __version__, model, settings  # model: entities load lazily
from auditdesk.store import Store, StoreError, open_store
from auditdesk.store.queries import navigator
from auditdesk.ui import lazy_qt, messages
from auditdesk.ui.deliverables.controller import DeliverablesController  # deliverables hook
from auditdesk.ui.navigator import Navigator
from auditdesk.ui.report_action import ReportAction  # report hook: File → Audit report (PDF)…
from auditdesk.ui.teamwork.controller import TeamworkController  # packages, merge, backups
from auditdesk.ui.undo import UndoController  # undo hook: Edit → Undo / Redo

# Dialog modules (forms, file dialogs) are imported where used: each Qt class
# imported at start-up costs its enums (PySide6 builds them on import).

DB_FILTER = "AuditDesk (*.auditdesk.sqlite *.sqlite *.db);;*"


class MainWindow(QMainWindow):
    def __init__(self, store: Store | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings.load()
        self.store: Store | None = None
        self.page: QWidget | None = None
        self.teamwork = TeamworkController(self)
        self.report_action = ReportAction(self)  # report hook
        self.deliverables = DeliverablesController(self)  # deliverables hook: workbooks, roll-up
        self.undo = UndoController(self)  # undo hook: one undo stack per open database
        self._build()
        self.setAcceptDrops(True)  # drop hook: files dropped on the window (ui/drop.py)
        self._restore_geometry()
        if store is not None:
            self.set_store(store)
        else:
            self._update_state()

    # --- construction ----------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QLabel(central)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.splitter = QSplitter(parent=central)  # horizontal; by keyword: see lazy_qt
        self.navigator = Navigator(self.splitter)
        self.navigator.selected.connect(self.on_navigator_selected)
        self.workspace = QStackedWidget(self.splitter)
        self.workspace.setObjectName("workspace")
        from auditdesk.ui.app import STYLE

        self.workspace.setStyleSheet(STYLE)
        self.banner.setStyleSheet(STYLE)
        self.empty = QLabel(self.tr("Open a database, or choose a park, enterprise or audit "
                                    "on the left."), self.workspace)
        self.empty.setProperty("alignment", lazy_qt.ALIGN_CENTER)  # not Qt.*: see lazy_qt
        self.empty.setWordWrap(True)
        self.workspace.addWidget(self.empty)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.path_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.path_label)

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):  # every binding of the platform
            action.setShortcuts(shortcut)
        elif isinstance(shortcut, str):  # not QKeySequence(text): it builds Qt.* (lazy_qt)
            action.setShortcuts(QKeySequence.listFromString(shortcut))
        elif shortcut is not None:
            action.setShortcuts([shortcut])
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        return action

    def _build_actions(self) -> None:
        self.menuBar().clear()
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.act_new_db = self._action(self.tr("&New database…"), self.on_new_database,
                                       QKeySequence.StandardKey.New, "actNewDatabase")
        self.act_open_db = self._action(self.tr("&Open database…"), self.on_open_database,
                                        QKeySequence.StandardKey.Open, "actOpenDatabase")
        self.act_open_demo = self._action(self.tr("Open the &demo database"), self.on_open_demo,
                                          name="actOpenDemo")
        file_menu.addActions([self.act_new_db, self.act_open_db, self.act_open_demo])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self.on_recent_menu_about_to_show)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self.act_close_db = self._action(self.tr("&Close database"), self.on_close_database,
                                         name="actCloseDatabase")
        file_menu.addAction(self.act_close_db)
        file_menu.addSeparator()
        self.teamwork.add_file_actions(file_menu)
        self.report_action.add_file_action(file_menu)  # report hook
        self.deliverables.add_file_actions(file_menu)  # deliverables hook
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Settings…"), self.on_settings,
                                         QKeySequence.StandardKey.Preferences, "actSettings"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close,
                                         QKeySequence.StandardKey.Quit, "actQuit"))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo.add_edit_actions(edit_menu)  # undo hook
        self.act_new_park = self._action(self.tr("New &park…"), self.on_new_park,
                                         name="actNewPark")
        self.act_new_enterprise = self._action(self.tr("New &enterprise…"),
                                               self.on_new_enterprise, name="actNewEnterprise")
        self.act_new_audit = self._action(self.tr("New &audit…"), self.on_new_audit,
                                          name="actNewAudit")
        self.act_edit = self._action(self.tr("&Edit selected…"), self.on_edit_selected,
                                     "F2", "actEdit")
        self.act_delete = self._action(self.tr("&Delete selected…"), self.on_delete_selected,
                                       QKeySequence.StandardKey.Delete, "actDelete")
        edit_menu.addActions([self.act_new_park, self.act_new_enterprise, self.act_new_audit])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_edit, self.act_delete])
        for action in (self.act_new_park, self.act_new_enterprise, self.act_new_audit,
                       self.act_edit, self.act_delete):
            self.navigator.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About AuditDesk"), self.on_about,
                                         name="actAbout"))
        from auditdesk.ui import icons  # icons

        icons.decorate(self)  # icons: action icons and the toolbar

    def _restore_geometry(self) -> None:
        self.resize(1280, 800)
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(self.settings.window_geometry)))
        if self.settings.window_state:  # toolbar and docks
            self.restoreState(QByteArray(base64.b64decode(self.settings.window_state)))

    # --- database ------------------------------------------------------------------

    def set_store(self, store: Store, defer_page: bool = False) -> None:
        """Show ``store`` (closing the one shown before).

        ``defer_page``: paint the window with its navigator first and build the
        workspace page in the next event-loop turn (the start-up path).
        """
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store = store
        if store.read_only:
            self.banner.setText(self.tr("Read-only: %1").replace("%1", store.read_only_reason))
        self.banner.setVisible(store.read_only)
        self.settings = settings.load()
        self.settings.add_recent(store.path)
        settings.save(self.settings)
        self.reload(select_first_audit=True, defer_page=defer_page)
        self.teamwork.on_store_opened(store)  # integrity check and backup, after first paint

    def open_path(self, path: str | Path, create: bool = False, defer_page: bool = False) -> bool:
        try:
            store = open_store(path, user=self.settings.effective_user(), create=create)
        except StoreError as exc:
            if self.teamwork.handle_open_failure(path, exc):  # damaged: offer a backup
                return False
            messages.warn(self, str(exc))
            return False
        self.set_store(store, defer_page=defer_page)
        return True

    def reload(self, select: tuple[str, str] | None = None, select_first_audit: bool = False,
               defer_page: bool = False) -> None:
        """Re-read the navigator and show ``select`` (or keep the current node)."""
        if self.store is None:
            self.navigator.load([])
            self._update_state()
            return
        current = select or self.navigator.current()
        self.navigator.load(navigator(self.store.conn))
        if select_first_audit and not select:
            current = self.navigator.first("audit") or self.navigator.first("park") or ("", "")
        if current[0] and defer_page and self.navigator.select(*current, notify=False):
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: self.on_navigator_selected(*self.navigator.current()))
        elif not (current[0] and self.navigator.select(*current)):
            self.show_page(None)
        self._update_state()

    def _update_state(self) -> None:
        has_db = self.store is not None
        writable = has_db and not self.store.read_only  # type: ignore[union-attr]
        kind, _ = self.navigator.current()
        self.act_close_db.setEnabled(has_db)
        self.act_new_park.setEnabled(writable)
        self.act_new_enterprise.setEnabled(writable and kind in ("park", "enterprise", "audit"))
        self.act_new_audit.setEnabled(writable and kind in ("enterprise", "audit"))
        self.act_edit.setEnabled(writable and bool(kind))
        self.act_delete.setEnabled(writable and bool(kind))
        self.teamwork.update_state()
        self.report_action.update_state()  # report hook
        title = APP_NAME
        if self.store is not None:
            title = f"{self.store.path.name} — {APP_NAME}"
            if self.store.read_only:
                title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)
        self.path_label.setText(str(self.store.path) if self.store else "")

    # --- workspace -------------------------------------------------------------------

    def show_page(self, page: QWidget | None) -> None:
        if self.page is not None:
            self.workspace.removeWidget(self.page)
            self.page.deleteLater()
        self.page = page
        if page is None:
            self.workspace.setCurrentWidget(self.empty)
            return
        self.workspace.addWidget(page)
        self.workspace.setCurrentWidget(page)

    @Slot(str, str)
    def on_navigator_selected(self, kind: str, entity_id: str) -> None:
        page: QWidget | None = None
        if self.store is not None and kind:
            if kind == "park":
                from auditdesk.ui.pages.park_page import ParkPage

                page = ParkPage(self.store, entity_id)
            elif kind == "enterprise":
                from auditdesk.ui.pages.enterprise_page import EnterprisePage

                page = EnterprisePage(self.store, entity_id)
            elif kind == "audit":
                from auditdesk.ui.pages.audit_page import AuditPage

                page = AuditPage(self.store, entity_id)
        self.show_page(page)
        self._update_state()

    def show_view(self, view: str) -> bool:
        """Select a node and tab by name (for screenshots and tests).

        ``park``, ``enterprise``, ``audit`` or ``overview`` select the first of
        that kind; any other name is an audit tab (e.g. ``checklist``).
        """
        kind = view if view in ("park", "enterprise") else "audit"
        if self.navigator.current()[0] != kind:
            target = self.navigator.first(kind)
            if target is None or not self.navigator.select(*target):
                return False
        if kind == "audit" and view not in ("audit", "overview", "main"):
            from auditdesk.ui.pages.audit_page import AuditPage

            return isinstance(self.page, AuditPage) and self.page.show_tab(view)
        return True

    # --- slots: file ---------------------------------------------------------------------

    @Slot()
    def on_new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"),
                                              "audits.auditdesk.sqlite", DB_FILTER)
        if not path:
            return
        if Path(path).exists():
            messages.warn(self, self.tr("%1 already exists. Choose another name, or open it.")
                          .replace("%1", path))
            return
        self.open_path(path, create=True)

    @Slot()
    def on_open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), "", DB_FILTER)
        if path:
            self.open_path(path)

    @Slot()
    def on_open_demo(self) -> None:
        from auditdesk.commands.gui import ensure_demo

        self.open_path(ensure_demo())

    @Slot()
    def on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        recent = settings.load().recent_files
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for path in recent:
            found = Path(path).exists()
            action = self.recent_menu.addAction(path if found else self.tr("%1 (not found)")
                                                .replace("%1", path))
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))

    def open_recent(self, path: str) -> bool:
        """Open a recent database; one that is gone is reported and leaves the list."""
        if Path(path).exists():
            return self.open_path(path)
        current = settings.load()
        current.remove_recent(path)
        settings.save(current)
        messages.warn(self, self.tr("%1 is not there any more: it was moved, renamed or "
                                    "deleted, or its drive is not connected. It was removed "
                                    "from the recent files; use Open database… to find it.")
                      .replace("%1", path))
        return False

    @Slot()
    def on_close_database(self) -> None:
        self.teamwork.on_store_closing()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.banner.hide()
        self.reload()

    @Slot()
    def on_settings(self) -> None:
        from auditdesk.ui.settings_dialog import SettingsDialog, apply_settings

        before = settings.load()
        if not SettingsDialog.ask(self, self.store):
            return
        if self.store is not None:  # the change history records the new name from now on
            self.store.user = settings.load().effective_user()
        apply_settings(self, before)  # language, display units, backup interval

    def retranslate(self) -> None:
        """Apply a new language: reinstall translators and rebuild the widgets."""
        from PySide6.QtWidgets import QApplication

        from auditdesk.ui.app import install_language

        install_language(QApplication.instance(), settings.load().language)
        current = self.navigator.current()
        self.page = None
        old = self.centralWidget()
        self._build()
        old.deleteLater()
        self.reload(select=current if current[0] else None)

    @Slot()
    def on_about(self) -> None:
        path = str(self.store.path) if self.store else self.tr("no database open")
        messages.info(self, self.tr(
            "AuditDesk %1\nRECP energy and water audits for Vietnam's industrial parks.\n\n"
            "Database: %2").replace("%1", __version__).replace("%2", path),
            title=self.tr("About AuditDesk"))

    # --- slots: edit -----------------------------------------------------------------------

    def _save_new(self, manager_name: str):  # type: ignore[no-untyped-def]
        def save(entity: model.Entity) -> model.Entity:
            assert self.store is not None
            return getattr(self.store, manager_name).create(entity)
        return save

    def _save_existing(self, manager_name: str):  # type: ignore[no-untyped-def]
        def save(entity: model.Entity) -> model.Entity:
            assert self.store is not None
            return getattr(self.store, manager_name).save(entity)
        return save

    def _selected_ids(self) -> dict[str, str]:
        """Ids of the selected node and its ancestors: {'park': …, 'enterprise': …}."""
        assert self.store is not None
        kind, entity_id = self.navigator.current()
        ids: dict[str, str] = {}
        if kind == "audit":
            ids["audit"] = entity_id
            entity_id = self.store.audits.get(entity_id).enterprise_id
            kind = "enterprise"
        if kind == "enterprise":
            ids["enterprise"] = entity_id
            entity_id = self.store.enterprises.get(entity_id).park_id
            kind = "park"
        if kind == "park":
            ids["park"] = entity_id
        return ids

    @Slot()
    def on_new_park(self) -> None:
        from auditdesk.ui.forms.entity_forms import EntityDialog, park_fields

        if self.store is None:
            return
        park = EntityDialog.ask(self, self.tr("New park"), park_fields(), model.Park(),
                                self._save_new("parks"))
        if park is not None:
            self.reload(select=("park", park.id))

    @Slot()
    def on_new_enterprise(self) -> None:
        from auditdesk.ui.forms.entity_forms import EntityDialog, enterprise_fields

        if self.store is None:
            return
        ids = self._selected_ids()
        enterprise = EntityDialog.ask(
            self, self.tr("New enterprise"), enterprise_fields(self.store),
            model.Enterprise(park_id=ids.get("park", "")), self._save_new("enterprises"))
        if enterprise is not None:
            self.reload(select=("enterprise", enterprise.id))

    @Slot()
    def on_new_audit(self) -> None:
        from auditdesk.ui.forms.entity_forms import EntityDialog, audit_fields

        if self.store is None:
            return
        ids = self._selected_ids()
        if "enterprise" not in ids:
            return
        import datetime as dt

        audit = EntityDialog.ask(
            self, self.tr("New audit"), audit_fields(self.store),
            model.Audit(enterprise_id=ids["enterprise"], start_date=dt.date.today().isoformat(),
                        title=self.tr("RECP assessment"),  # Settings: default reference data
                        reference_set_id=settings.load().reference_set_for_new_audit(
                            self.store.conn)), self._save_new("audits"))
        if audit is not None:
            self.reload(select=("audit", audit.id))

    @Slot()
    def on_edit_selected(self) -> None:
        from auditdesk.ui.forms.entity_forms import (
            EntityDialog,
            audit_fields,
            enterprise_fields,
            park_fields,
        )

        if self.store is None:
            return
        kind, entity_id = self.navigator.current()
        specs = {"park": (park_fields, "parks", self.tr("Edit park")),
                 "enterprise": (lambda: enterprise_fields(self.store), "enterprises",
                                self.tr("Edit enterprise")),
                 "audit": (lambda: audit_fields(self.store), "audits", self.tr("Edit audit"))}
        if kind not in specs:
            return
        fields, manager, title = specs[kind]
        entity = getattr(self.store, manager).get(entity_id)
        if EntityDialog.ask(self, title, fields(), entity, self._save_existing(manager)):
            self.reload(select=(kind, entity_id))

    @Slot()
    def on_delete_selected(self) -> None:
        if self.store is None:
            return
        kind, entity_id = self.navigator.current()
        names = {"park": ("parks", self.tr("Delete the park “%1”, its enterprises and all their "
                                           "audits, meters and readings?")),
                 "enterprise": ("enterprises", self.tr("Delete the enterprise “%1” with its "
                                                       "audits, meters and readings?")),
                 "audit": ("audits", self.tr("Delete the audit “%1” with its checklist "
                                             "answers, opportunities and photos?"))}
        if kind not in names:
            return
        manager, question = names[kind]
        entity = getattr(self.store, manager).get(entity_id)
        label = getattr(entity, "name", None) or getattr(entity, "title", "")
        if not messages.confirm(self, question.replace("%1", label)):
            return
        try:
            getattr(self.store, manager).delete(entity_id)
        except StoreError as exc:
            messages.warn(self, str(exc))
            return
        self.reload(select=None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # drop hook
        from auditdesk.ui import drop  # drop hook

        drop.drag_enter(self, event)  # drop hook

    def dropEvent(self, event: QDropEvent) -> None:  # drop hook
        from auditdesk.ui import drop  # drop hook

        drop.drop(self, event)  # drop hook

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        current = settings.load()
        current.window_geometry = base64.b64encode(bytes(self.saveGeometry())).decode("ascii")
        current.window_state = base64.b64encode(bytes(self.saveState())).decode("ascii")
        settings.save(current)
        self.teamwork.on_store_closing()
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)
