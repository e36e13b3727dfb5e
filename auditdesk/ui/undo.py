"""Undo and redo of the user's edits: Edit → Undo / Redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y).

One ``QUndoStack`` per open database, owned by the main window's
``UndoController`` (``window.undo``); it is emptied when another database is
opened or the database is closed. A widget that writes records what it did
with the ``record_*`` functions below; they find the controller through the
widget's parents and do nothing when there is none (a tab built alone in a
test, a dialog without a main window).

Every command re-applies a change through the store's normal API: undo writes
the old values back, redo the new ones, each an ordinary edit in the change
history (so merges between auditors keep working). The edit itself happened
before it was recorded, so a command's first ``redo`` (which ``QUndoStack.push``
calls) does nothing. When the store refuses (the audit was signed off since, the
record was deleted, the file is read-only) the store's message is shown, nothing
changes, and the command leaves the stack (``setObsolete``), so the stack never
claims a state the database does not hold. Edits waiting for an autosave are
saved (and recorded) before a step; autosaves of the same fields within
``BURST_SECONDS`` merge into one step.

Undoable: the entity dialogs (new or edited park, enterprise, audit, meter,
production record; a new record is deleted again only while nothing was added
to it), production records deleted from their list; readings edited, moved,
added and deleted in the grid; checklist answers, notes and finding flags;
opportunity edits in the register's editor (with their estimate), opportunities
added, duplicated and deleted (with savings and comments); review status moves,
RECP sorts and comments; follow-up moves, implementation, plan and verification.

Not undoable: deleting a park, an enterprise, an audit or a meter (the delete
cascades through audits, readings by the million and photos whose bytes go
with their last reference; the change history keeps their snapshots and
backups restore them), imports of readings and production figures, the
checklist set-up, photos, an opportunity made from a finding, sign-off and
unlock (a decision with its reason, reversed by its own dialog). A status moved
back by undo is written as it was, without the lifecycle's who-may-move check:
undo restores the user's own step, it does not make a new move.

This module is on the start path (the main window imports it): Qt and the
standard library only at import time; the store and model load when used.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QMainWindow, QMenu

    from auditdesk.store import Store

_TIMESTAMPS = ("created_at", "updated_at")
# Outputs of the estimate: written again by ``recompute_opportunity``, never restored.
_DERIVED = ("estimate", "extra_savings_vnd")
_EMPTY_ANSWER: dict[str, Any] = {"answer": "", "value": None, "unit": "", "note": "",
                                 "finding": False}
# Command ids for QUndoCommand.mergeWith (a burst of typing becomes one step).
_MERGE_OPPORTUNITY, _MERGE_ANSWER = 1001, 1002
UNDO_LIMIT = 500  # steps kept; the change history keeps everything anyway
BURST_SECONDS = 15.0  # saves of the same fields this close together are one step


def _alive(obj: Any) -> bool:
    if obj is None:
        return False
    from shiboken6 import isValid

    return bool(isValid(obj))


def _refusals() -> tuple[type[BaseException], ...]:
    """What a refused write raises: store errors, engine and value errors, SQLite's own
    (a file busy for longer than the store's timeout)."""
    import sqlite3

    from auditdesk.store import StoreError

    return (StoreError, ValueError, KeyError, sqlite3.Error)


# --- the controller ----------------------------------------------------------------------------


class UndoController(QObject):
    """The undo stack of the main window's database, with its Undo and Redo actions."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("undoController")
        self._window = window
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._store: Store | None = None
        self._applying = False
        self._failure: tuple[str, str, bool] | None = None  # (command text, message, undoing)
        self._watched: QObject | None = None
        self.undo_action = QAction(window)
        self.undo_action.setObjectName("actUndo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(window)
        self.redo_action.setObjectName("actRedo")
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        for signal in (self.stack.canUndoChanged, self.stack.canRedoChanged,
                       self.stack.undoTextChanged, self.stack.redoTextChanged):
            signal.connect(self._update_actions)
        self._update_actions()

    # --- the main window -----------------------------------------------------------------

    def add_edit_actions(self, menu: QMenu) -> None:
        """Put Undo and Redo at the top of ``menu`` (called again after a retranslation)."""
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.aboutToShow.connect(self._sync)
        for action in (self.undo_action, self.redo_action):
            self._window.removeAction(action)
            self._window.addAction(action)  # shortcuts work with the menu bar hidden too
        navigator = getattr(self._window, "navigator", None)
        model = navigator.model() if navigator is not None else None
        if model is not None and model is not self._watched:
            self._watched = model  # re-read on every database opened or closed
            model.modelReset.connect(self._sync)
        self._update_actions()

    @property
    def store(self) -> Store | None:
        """The database the stack's commands belong to (the window's, when in step)."""
        self._sync()
        return self._store

    @Slot()
    def _sync(self) -> None:
        """Empty the stack when the window shows another database (or none)."""
        current = getattr(self._window, "store", None)
        if current is not self._store:
            self.stack.clear()
            self._store = current

    @Slot()
    def _update_actions(self) -> None:
        # "&" in a record's name is a letter, not a menu shortcut
        undo_text = self.stack.undoText().replace("&", "&&")
        redo_text = self.stack.redoText().replace("&", "&&")
        self.undo_action.setText(
            self.tr("Undo %1").replace("%1", undo_text) if undo_text else self.tr("Undo"))
        self.redo_action.setText(
            self.tr("Redo %1").replace("%1", redo_text) if redo_text else self.tr("Redo"))
        self.undo_action.setEnabled(self.stack.canUndo())
        self.redo_action.setEnabled(self.stack.canRedo())

    def refresh_window(self, select: tuple[str, str] | None = None) -> None:
        """Re-read the navigator and the page shown, keeping the audit page's tab."""
        window = self._window
        page = getattr(window, "page", None)
        tabs, names = getattr(page, "tabs", None), getattr(page, "tab_names", None)
        tab = names[tabs.currentIndex()] if tabs is not None and names else ""
        window.reload(select=select)  # type: ignore[attr-defined]
        page = getattr(window, "page", None)
        if tab and page is not None and hasattr(page, "show_tab"):
            page.show_tab(tab)

    # --- the stack -----------------------------------------------------------------------

    def push(self, command: StoreCommand) -> None:
        """Record an edit that was just made (``command`` does not make it again)."""
        if self._applying:
            return  # a write made while undoing belongs to that undo
        self._sync()
        if self._store is None or command.store is not self._store:
            return
        command.controller = self
        self.stack.push(command)

    @Slot()
    def undo(self) -> None:
        self._step(undoing=True)

    @Slot()
    def redo(self) -> None:
        self._step(undoing=False)

    def _step(self, undoing: bool) -> None:
        self._sync()
        self._flush_pending()  # typing not saved yet is saved (and recorded) first
        if not (self.stack.canUndo() if undoing else self.stack.canRedo()):
            return
        self._applying = True
        self._failure = None
        try:
            if undoing:
                self.stack.undo()
            else:
                self.stack.redo()
        finally:
            self._applying = False
        if self._failure is not None:
            from auditdesk.i18n import fill
            from auditdesk.ui import messages

            text, message, was_undo = self._failure
            self._failure = None
            template = (self.tr("“%1” cannot be undone: %2") if was_undo
                        else self.tr("“%1” cannot be redone: %2"))
            messages.warn(self._window, fill(template, text, message))

    def failed(self, text: str, message: str, undoing: bool) -> None:
        """A command's write was refused: shown once the stack is done with it."""
        self._failure = (text, message, undoing)

    def _flush_pending(self) -> None:
        """Save edits waiting for their autosave timer (opportunity editor, checklist)."""
        window = self._window
        editor_module = sys.modules.get("auditdesk.ui.register.editor")
        if editor_module is not None:
            for editor in window.findChildren(editor_module.OpportunityEditor):
                editor.flush()
        view_module = sys.modules.get("auditdesk.ui.checklist.view")
        if view_module is not None:
            for view in window.findChildren(view_module.ChecklistView):
                if view.editor.item is not None:
                    view.editor.answer_widget.flush()
                    view.editor.flush_note()


def controller_for(obj: QObject | None) -> UndoController | None:
    """The controller of the main window ``obj`` is in (through dialogs), or None."""
    while obj is not None and not obj.isWidgetType():
        obj = obj.parent()
    widget: Any = obj
    while widget is not None:
        found = getattr(widget, "undo", None)
        if isinstance(found, UndoController):
            return found
        widget = widget.parentWidget()
    return None


def _push(obj: QObject | None, make: Callable[[Store], StoreCommand | None]) -> None:
    controller = controller_for(obj)
    if controller is None:
        return
    store = controller.store
    if store is None or store.read_only:
        return
    command = make(store)
    if command is not None:
        controller.push(command)


# --- commands ------------------------------------------------------------------------------


class StoreCommand(QUndoCommand):
    """An edit already made, undone and redone through the store.

    ``view``: the widget that shows the data (refreshed with ``on_view`` after
    each step while it exists; ``on_gone`` runs when it no longer does).
    """

    def __init__(self, store: Store, text: str, view: QObject | None = None,
                 on_view: Callable[[Any], None] | None = None,
                 on_gone: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self.store = store
        self.view = view
        self.on_view = on_view
        self.on_gone = on_gone
        self.controller: UndoController | None = None
        self._skip_redo = True  # the edit was made before the command was pushed
        self.at = time.monotonic()  # when the (last merged) edit was made

    def in_burst(self, other: StoreCommand) -> bool:
        """``other`` follows this edit closely enough to be part of the same step."""
        return other.at - self.at <= BURST_SECONDS

    def apply_old(self) -> None:
        raise NotImplementedError

    def apply_new(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        self._apply(self.apply_old, undoing=True)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._apply(self.apply_new, undoing=False)

    def _apply(self, write: Callable[[], None], undoing: bool) -> None:
        try:
            write()
        except _refusals() as exc:
            self.setObsolete(True)  # the stack drops it: nothing it claims was done
            if self.controller is not None:
                self.controller.failed(self.text(), str(exc), undoing)
            else:
                from auditdesk.ui import messages

                messages.warn(None, str(exc))
            return
        self.refresh()

    def refresh(self) -> None:
        if _alive(self.view):
            if self.on_view is not None:
                self.on_view(self.view)
        elif self.on_gone is not None:
            self.on_gone()


class FieldsCommand(StoreCommand):
    """Some fields of one record: ``old`` written back on undo, ``new`` on redo."""

    def __init__(self, store: Store, table: str, entity_id: str, old: dict[str, Any],
                 new: dict[str, Any], text: str, **refresh: Any) -> None:
        super().__init__(store, text, **refresh)
        self.table, self.entity_id = table, entity_id
        self.old, self.new = dict(old), dict(new)

    def write(self, values: dict[str, Any]) -> None:
        self.store.manager(self.table).update(self.entity_id, **values)

    def apply_old(self) -> None:
        self.write(self.old)

    def apply_new(self) -> None:
        self.write(self.new)


class OpportunityCommand(FieldsCommand):
    """Edits typed in the opportunity editor; a burst on the same fields is one step.

    A change to the estimate's inputs is written with a new estimate
    (``recompute_opportunity``: savings, report and history together).
    """

    def id(self) -> int:
        return _MERGE_OPPORTUNITY

    def mergeWith(self, other: QUndoCommand) -> bool:
        # The next save of the same fields (the first save may also bring the stored
        # inputs into the editor's form, so later ones can change fewer fields).
        if not isinstance(other, OpportunityCommand) or other.entity_id != self.entity_id \
                or not set(other.new) <= set(self.new) or not self.in_burst(other):
            return False
        self.new.update(other.new)
        self.at = other.at
        if self.new == self.old:
            self.setObsolete(True)  # typed back to what it was: no step left
        return True

    def write(self, values: dict[str, Any]) -> None:
        from auditdesk.store.estimates import ESTIMATE_FIELDS, recompute_opportunity

        if set(values) & set(ESTIMATE_FIELDS):
            recompute_opportunity(self.store, self.entity_id, values)
        else:
            self.store.opportunities.update(self.entity_id, **values)


class CreateCommand(StoreCommand):
    """A record made by the user: undo deletes it (only while it holds nothing else),
    redo makes it again with the same id and values."""

    def __init__(self, store: Store, table: str, entity_id: str, text: str,
                 **refresh: Any) -> None:
        super().__init__(store, text, **refresh)
        self.table, self.entity_id = table, entity_id
        self.snapshot: Any = None

    def apply_old(self) -> None:
        from auditdesk.store import StoreError

        if _holds_data(self.store, self.table, self.entity_id):
            raise StoreError(QCoreApplication.translate(
                "Undo", "It holds data added since; delete it yourself if it must go."))
        with self.store.transaction():
            self.snapshot = _snapshot(self.store, self.table, self.entity_id)
            self.store.manager(self.table).delete(self.entity_id)

    def apply_new(self) -> None:
        _restore(self.store, self.snapshot)


class OpportunityCreateCommand(CreateCommand):
    """An opportunity added or duplicated in the register (with its savings and comments)."""

    def apply_old(self) -> None:
        with self.store.transaction():
            self.snapshot = _snapshot(self.store, self.table, self.entity_id)
            self.store.manager(self.table).delete(self.entity_id)


class DeleteCommand(StoreCommand):
    """Records deleted by the user (each with its children): undo makes them again."""

    def __init__(self, store: Store, snapshots: list[Any], text: str, **refresh: Any) -> None:
        super().__init__(store, text, **refresh)
        self.snapshots = snapshots

    def apply_old(self) -> None:
        with self.store.transaction():
            for snapshot in self.snapshots:
                _restore(self.store, snapshot)

    def apply_new(self) -> None:
        with self.store.transaction():
            for entity, _children in self.snapshots:
                self.store.manager(entity.__table__).delete(entity.id)


class ReadingEditCommand(StoreCommand):
    """Value, source or note of one reading."""

    def __init__(self, store: Store, meter_id: str, ts: str, old: dict[str, Any],
                 new: dict[str, Any], text: str, **refresh: Any) -> None:
        super().__init__(store, text, **refresh)
        self.meter_id, self.ts, self.old, self.new = meter_id, ts, dict(old), dict(new)

    def apply_old(self) -> None:
        self.store.readings.update(self.meter_id, self.ts, **self.old)

    def apply_new(self) -> None:
        self.store.readings.update(self.meter_id, self.ts, **self.new)


class ReadingMoveCommand(StoreCommand):
    """A reading given another time (delete and add, as the grid does)."""

    def __init__(self, store: Store, meter_id: str, old_ts: str, new_ts: str, text: str,
                 **refresh: Any) -> None:
        super().__init__(store, text, **refresh)
        self.meter_id, self.old_ts, self.new_ts = meter_id, old_ts, new_ts

    def _move(self, source: str, target: str) -> None:
        from auditdesk.model.entities import Reading
        from auditdesk.store import IntegrityError, NotFoundError

        row = self.store.conn.execute(
            "SELECT value, source, note FROM reading WHERE meter_id = ? AND ts = ?",
            (self.meter_id, source)).fetchone()
        if row is None:
            raise NotFoundError("reading", f"{self.meter_id}@{source}")
        if self.store.conn.execute("SELECT 1 FROM reading WHERE meter_id = ? AND ts = ?",
                                   (self.meter_id, target)).fetchone():
            raise IntegrityError(QCoreApplication.translate(
                "Undo", "The meter has another reading at that time now."))
        with self.store.transaction():
            self.store.readings.delete(self.meter_id, source)
            self.store.readings.add(Reading(meter_id=self.meter_id, ts=target, value=row[0],
                                            source=row[1] or "", note=row[2] or ""))

    def apply_old(self) -> None:
        self._move(self.new_ts, self.old_ts)

    def apply_new(self) -> None:
        self._move(self.old_ts, self.new_ts)


class ReadingsCommand(StoreCommand):
    """Readings added (``added``) or deleted: the other step deletes or adds them again."""

    def __init__(self, store: Store, readings: list[Any], added: bool, text: str,
                 **refresh: Any) -> None:
        super().__init__(store, text, **refresh)
        self.readings, self.added = list(readings), added

    def _add(self) -> None:
        with self.store.transaction():
            for reading in self.readings:
                self.store.readings.add(reading)

    def _delete(self) -> None:
        import dataclasses

        current = []
        with self.store.transaction():
            for reading in self.readings:  # as they are now (edited since, perhaps)
                row = self.store.conn.execute(
                    "SELECT value, source, note FROM reading WHERE meter_id = ? AND ts = ?",
                    (reading.meter_id, reading.ts)).fetchone()
                if row is not None:
                    reading = dataclasses.replace(reading, value=row[0], source=row[1] or "",
                                                  note=row[2] or "")
                current.append(reading)
                self.store.readings.delete(reading.meter_id, reading.ts)
        self.readings = current

    def apply_old(self) -> None:
        self._delete() if self.added else self._add()

    def apply_new(self) -> None:
        self._add() if self.added else self._delete()


class AnswerCommand(StoreCommand):
    """One checklist item's answer, note or finding flag (typing merges into one step)."""

    def __init__(self, store: Store, audit_id: str, code: str, before: dict[str, Any] | None,
                 after: dict[str, Any] | None, kind: str, mergeable: bool, text: str,
                 **refresh: Any) -> None:
        super().__init__(store, text, **refresh)
        self.audit_id, self.code, self.kind, self.mergeable = audit_id, code, kind, mergeable
        self.before, self.after = before, after
        self.codes: list[str] = [code]  # items whose row changed (visibility follows answers)

    def id(self) -> int:
        return _MERGE_ANSWER

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, AnswerCommand) and self.mergeable and other.mergeable
                and (other.audit_id, other.code, other.kind)
                == (self.audit_id, self.code, self.kind) and self.in_burst(other)):
            return False
        self.after = other.after
        self.at = other.at
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def _write(self, state: dict[str, Any] | None) -> None:
        from auditdesk.store.checklists import AuditChecklist

        view = self.view if _alive(self.view) else None
        checklist = getattr(view, "checklist", None) or AuditChecklist.load(
            self.store, self.audit_id)
        if checklist is None:
            return
        checklist.reload()  # in step with the store, whatever happened since
        shown = dict(checklist._shown)
        # AuditChecklist has no public "put these values back": its own writer makes,
        # updates or (all empty) deletes the response, then visibility follows.
        checklist._write(self.code, **(state or _EMPTY_ANSWER))
        checklist._update_answer(self.code)
        self.codes = [self.code, *(c for c, s in checklist._shown.items() if shown.get(c) != s)]

    def apply_old(self) -> None:
        self._write(self.before)

    def apply_new(self) -> None:
        self._write(self.after)

    def refresh(self) -> None:
        """Show the item in the checklist view (when it is still open) with its rows."""
        view: Any = self.view
        if not _alive(view):
            return
        # Pending typing was saved before the step; showing the item again must not save
        # the editor's old text over the values just written back.
        view.editor.item = None
        if view.current_code != self.code:
            view.select(self.code, focus=False)
        else:
            view.editor.set_item(view.checklist.item(self.code))
        view._changed(self.codes)


class CommentCommand(StoreCommand):
    """A comment written in the review: undo deletes it, redo writes it again."""

    def __init__(self, store: Store, comment: Any, text: str, **refresh: Any) -> None:
        super().__init__(store, text, **refresh)
        self.comment = comment

    def apply_old(self) -> None:
        self.store.comments.delete(self.comment.id)

    def apply_new(self) -> None:
        self.store.comments.create(self.comment)


# --- snapshots ---------------------------------------------------------------------------------


def _snapshot(store: Store, table: str, entity_id: str) -> tuple[Any, list[Any]]:
    """(record, [snapshots of its children]) as stored now."""
    manager = store.manager(table)
    children = []
    for child_table, column in manager.children:
        child_manager: Any = store.manager(child_table)
        for child_id in child_manager.ids_where(column, entity_id):
            children.append(_snapshot(store, child_table, child_id))
    return manager.get(entity_id), children


def _restore(store: Store, snapshot: tuple[Any, list[Any]]) -> None:
    entity, children = snapshot
    with store.transaction():
        store.manager(entity.__table__).create(entity)
        for child in children:
            if store.manager(child[0].__table__).find(child[0].id) is None:
                _restore(store, child)


def _holds_data(store: Store, table: str, entity_id: str) -> bool:
    manager = store.manager(table)
    for child_table, column in manager.children:
        if store.manager(child_table).count(f"{column} = ?", (entity_id,)):
            return True
    if table == "meter":
        return bool(store.readings.count(entity_id)
                    or store.meters.count("parent_id = ?", (entity_id,)))
    return False


def _changed(before: Any, after: Any, skip: tuple[str, ...] = ()) -> tuple[dict[str, Any],
                                                                           dict[str, Any]]:
    """(old, new) values of the fields that differ between two records."""
    import dataclasses

    old, new = {}, {}
    for f in dataclasses.fields(before):
        if f.name in _TIMESTAMPS or f.name in skip or f.name == "id":
            continue
        a, b = getattr(before, f.name), getattr(after, f.name)
        if a != b:
            old[f.name], new[f.name] = a, b
    return old, new


# --- entity dialogs (parks, enterprises, audits, meters, production) ---------------------------


def _entity_text(table: str, label: str, created: bool) -> str:
    translate = QCoreApplication.translate
    texts = {
        "park": (translate("Undo", "New park “%1”"), translate("Undo", "Edit park “%1”")),
        "enterprise": (translate("Undo", "New enterprise “%1”"),
                       translate("Undo", "Edit enterprise “%1”")),
        "audit": (translate("Undo", "New audit “%1”"), translate("Undo", "Edit audit “%1”")),
        "meter": (translate("Undo", "New meter “%1”"), translate("Undo", "Edit meter “%1”")),
        "production": (translate("Undo", "New production record %1"),
                       translate("Undo", "Edit production record %1")),
    }
    new, edit = texts.get(table, (translate("Undo", "New record %1"),
                                  translate("Undo", "Edit record %1")))
    return (new if created else edit).replace("%1", label)


def _label(entity: Any) -> str:
    for name in ("name", "title", "code"):
        if getattr(entity, name, ""):
            return str(getattr(entity, name))
    if getattr(entity, "product", ""):
        return f"{entity.product} {entity.period_start}"
    return str(getattr(entity, "id", ""))


class EntityState:
    """A record as stored before an entity dialog saves it (``recorded``: undo is on)."""

    def __init__(self, recorded: bool, before: Any = None) -> None:
        self.recorded, self.before = recorded, before


def entity_state(dialog: QObject, entity: Any) -> EntityState:
    """Call before the dialog saves ``entity``."""
    controller = controller_for(dialog)
    store = controller.store if controller is not None else None
    table = getattr(entity, "__table__", "")
    if store is None or not table:
        return EntityState(False)
    return EntityState(True, store.manager(table).find(entity.id))


def record_entity_save(dialog: Any, state: EntityState, saved: Any) -> None:
    """Call after the dialog saved: an edit (changed fields) or a new record."""
    if not state.recorded or saved is None:
        return
    parent = dialog.parentWidget()
    table, entity_id = saved.__table__, saved.id

    def make(store: Store) -> StoreCommand | None:
        controller = controller_for(dialog)
        refresh = _entity_refresh(controller, parent, table, entity_id)
        if state.before is None:
            return CreateCommand(store, table, entity_id, _entity_text(table, _label(saved), True),
                                 **refresh)
        old, new = _changed(state.before, store.manager(table).get(entity_id))
        if not new:
            return None
        return FieldsCommand(store, table, entity_id, old, new,
                             _entity_text(table, _label(saved), False), **refresh)

    _push(dialog, make)


def _entity_refresh(controller: UndoController | None, parent: Any, table: str,
                    entity_id: str) -> dict[str, Any]:
    navigable = table in ("park", "enterprise", "audit")

    def in_window() -> None:
        if controller is None:
            return
        store = controller.store
        exists = store is not None and store.manager(table).find(entity_id) is not None
        controller.refresh_window((table, entity_id) if navigable and exists else None)

    def on_view(view: Any) -> None:
        if view is getattr(controller, "_window", None) or navigable:
            in_window()
        elif hasattr(view, "select_meter") and hasattr(view, "_reload"):  # the meters tab
            exists = view.store.manager(table).find(entity_id) is not None
            view._reload(entity_id if exists and table == "meter" else None)
        elif hasattr(getattr(view, "model", None), "refresh"):  # e.g. the production tab
            view.model.refresh()
        else:
            in_window()

    return {"view": parent, "on_view": on_view, "on_gone": in_window if navigable else None}


# --- readings -------------------------------------------------------------------------------------


def _grid_of(model: QObject) -> Any:
    parent = model.parent()
    return parent if parent is not None and hasattr(parent, "reload") else None


def _grid_refresh(meter_id: str, ts: str | None) -> dict[str, Any]:
    def on_view(grid: Any) -> None:
        grid.reload()
        grid.changed.emit()
        meter = grid.model.meter
        if ts is not None and meter is not None and meter.id == meter_id:
            row = grid.model.row_of(ts)
            if 0 <= row < grid.model.rowCount():
                grid.view.scrollTo(grid.model.index(row, 0))
                grid.view.selectRow(row)

    return {"on_view": on_view}


def record_reading_edit(model: Any, ts: str, before: tuple[Any, ...],
                        changes: dict[str, Any]) -> None:
    """A reading's value, source or note edited in the grid (``before``: its row)."""
    from auditdesk.ui.meters import formatting as fmt

    meter = model.meter
    previous = dict(zip(("ts", "value", "source", "note"), before))
    old = {k: previous[k] for k in changes if previous[k] != changes[k]}
    new = {k: changes[k] for k in old}
    if meter is None or not new:
        return
    text = QCoreApplication.translate("Undo", "Edit reading %1").replace("%1", fmt.format_ts(ts))
    _push(model, lambda store: ReadingEditCommand(
        store, meter.id, ts, old, new, text, view=_grid_of(model), **_grid_refresh(meter.id, ts)))


def record_reading_move(model: Any, old_ts: str, new_ts: str) -> None:
    from auditdesk.ui.meters import formatting as fmt

    meter = model.meter
    if meter is None:
        return
    text = QCoreApplication.translate("Undo", "Move reading %1 to %2").replace(
        "%1", fmt.format_ts(old_ts)).replace("%2", fmt.format_ts(new_ts))
    _push(model, lambda store: ReadingMoveCommand(
        store, meter.id, old_ts, new_ts, text, view=_grid_of(model),
        **_grid_refresh(meter.id, None)))


def reading_rows(model: Any, rows: list[int]) -> list[Any]:
    """The readings of ``rows`` (before they are deleted)."""
    from auditdesk.model.entities import Reading

    meter = model.meter
    if meter is None:
        return []
    found = []
    for row in rows:
        ts, value, source, note = model.reading(row)
        found.append(Reading(meter_id=meter.id, ts=ts, value=value, source=source, note=note))
    return found


def record_readings(grid: Any, readings: list[Any], added: bool) -> None:
    """Readings added with the dialog or deleted from the grid."""
    from auditdesk.ui.meters import formatting as fmt

    if not readings:
        return
    translate = QCoreApplication.translate
    if len(readings) == 1:
        text = (translate("Undo", "Add reading %1") if added
                else translate("Undo", "Delete reading %1")).replace(
            "%1", fmt.format_ts(readings[0].ts))
    else:
        text = (translate("Undo", "Add %1 readings") if added
                else translate("Undo", "Delete %1 readings")).replace(
            "%1", fmt.number(len(readings)))
    meter_id = readings[0].meter_id
    _push(grid, lambda store: ReadingsCommand(store, readings, added, text, view=grid,
                                              **_grid_refresh(meter_id, readings[-1].ts)))


# --- production and other records deleted in a list ---------------------------------------------


def record_deleted(view: Any, records: list[Any]) -> None:
    """Records (without children of their own) deleted from a list such as production."""
    if not records:
        return
    translate = QCoreApplication.translate
    text = (translate("Undo", "Delete production record %1").replace("%1", _label(records[0]))
            if len(records) == 1 else
            translate("Undo", "Delete %1 production records").replace("%1", str(len(records))))

    def on_view(widget: Any) -> None:
        widget.model.refresh()

    _push(view, lambda store: DeleteCommand(store, [(r, []) for r in records], text,
                                            view=view, on_view=on_view))


# --- checklist --------------------------------------------------------------------------------------


def answer_state(checklist: Any, code: str) -> dict[str, Any] | None:
    """The stored answer, note and finding of ``code`` (None: nothing stored)."""
    response = checklist.responses.get(code)
    if response is None:
        return None
    return {"answer": response.answer, "value": response.value, "unit": response.unit,
            "note": response.note, "finding": bool(response.finding)}


def record_answer(view: Any, code: str, before: dict[str, Any] | None) -> None:
    """Call after the checklist view saved an answer, a note or a finding flag."""
    checklist = view.checklist
    after = answer_state(checklist, code)
    old, new = before or _EMPTY_ANSWER, after or _EMPTY_ANSWER
    changed = {k for k in _EMPTY_ANSWER if old[k] != new[k]}
    if not changed:
        return
    translate = QCoreApplication.translate
    if changed & {"answer", "value", "unit"}:
        kind, text = "answer", translate("Undo", "Answer %1")
    elif "note" in changed:
        kind, text = "note", translate("Undo", "Note on %1")
    else:
        kind, text = "finding", translate("Undo", "Finding %1")
    typed = kind == "note" or checklist.item(code).answer_type in ("text", "number")
    _push(view, lambda store: AnswerCommand(store, checklist.audit_id, code, before, after, kind,
                                            typed, text.replace("%1", code), view=view))


# --- opportunities: register editor, add, duplicate, delete ------------------------------------


def _register_tab_of(editor: Any) -> Any:
    widget = editor.parentWidget()
    while widget is not None:
        if getattr(widget, "editor", None) is editor and hasattr(widget, "select"):
            return widget
        widget = widget.parentWidget()
    return None


def _show_in_editor(editor: Any, opportunity_id: str) -> None:
    tab = _register_tab_of(editor)
    if tab is not None and editor.opportunity_id != opportunity_id:
        tab.select(opportunity_id)  # loads the editor with the stored values
    elif editor.opportunity_id == opportunity_id:
        editor.load(opportunity_id)
    editor.saved.emit(opportunity_id)  # the register row and totals follow


def record_opportunity_edit(editor: Any, before: Any, after: Any) -> None:
    """Call after the opportunity editor saved (``before``: the opportunity as stored)."""
    if before is None or after is None:
        return
    old, new = _changed(before, after, _DERIVED)
    if not new:
        return
    text = QCoreApplication.translate("Undo", "Edit opportunity %1").replace(
        "%1", after.code or after.title)
    _push(editor, lambda store: OpportunityCommand(
        store, "opportunity", after.id, old, new, text, view=editor,
        on_view=lambda view: _show_in_editor(view, after.id)))


def _register_refresh(opportunity_id: str) -> dict[str, Any]:
    def on_view(tab: Any) -> None:
        exists = tab.store.opportunities.find(opportunity_id) is not None
        if not exists and tab.editor.opportunity_id == opportunity_id:
            tab.editor.load(None)
        tab.reload()
        if exists:
            tab.select(opportunity_id)
            if tab.editor.opportunity_id == opportunity_id:
                tab.editor.load(opportunity_id)
        elif tab.proxy.rowCount():
            tab.view.selectRow(0)
        tab._update_actions()

    return {"on_view": on_view}


def record_opportunity_created(tab: Any, opportunity: Any) -> None:
    """An opportunity added or duplicated in the register."""
    text = QCoreApplication.translate("Undo", "Add opportunity %1").replace(
        "%1", opportunity.code)
    _push(tab, lambda store: OpportunityCreateCommand(
        store, "opportunity", opportunity.id, text, view=tab,
        **_register_refresh(opportunity.id)))


def opportunity_snapshot(widget: Any, opportunity_id: str) -> Any:
    """The opportunity with its savings and comments (before a delete), when undo is on."""
    controller = controller_for(widget)
    store = controller.store if controller is not None else None
    if store is None or store.read_only:
        return None
    return _snapshot(store, "opportunity", opportunity_id)


def record_opportunity_deleted(tab: Any, snapshot: Any) -> None:
    if snapshot is None:
        return
    opportunity = snapshot[0]
    text = QCoreApplication.translate("Undo", "Delete opportunity %1").replace(
        "%1", opportunity.code)
    _push(tab, lambda store: DeleteCommand(store, [snapshot], text, view=tab,
                                           **_register_refresh(opportunity.id)))


# --- review: status, RECP sort, comments ---------------------------------------------------------


def _review_refresh(opportunity_id: str | None) -> dict[str, Any]:
    def on_view(tab: Any) -> None:
        if opportunity_id is not None and tab.current_id() != opportunity_id:
            tab.select(opportunity_id)
        tab.reload()

    return {"on_view": on_view}


def record_review_change(tab: Any, before: Any) -> None:
    """Call after a status move or a RECP sort in the review (``before``: as it was)."""
    from auditdesk.i18n import fill
    from auditdesk.review.lifecycle import sort_label, status_label

    if before is None:
        return
    after = tab.store.opportunities.find(before.id)
    if after is None:
        return
    old, new = _changed(before, after, _DERIVED)
    if not new:
        return
    translate = QCoreApplication.translate
    if "status" in new:
        text = fill(translate("Undo", "Status of %1: %2"), after.code, status_label(after.status))
    elif "recp_sort" in new:
        text = fill(translate("Undo", "RECP sort of %1: %2"), after.code,
                    sort_label(after.recp_sort) if after.recp_sort else "–")
    else:
        text = translate("Undo", "Edit opportunity %1").replace("%1", after.code)
    _push(tab, lambda store: FieldsCommand(store, "opportunity", after.id, old, new, text,
                                           view=tab, **_review_refresh(after.id)))


def record_comment(tab: Any, comment: Any) -> None:
    """A comment added in the review (on an opportunity or on the audit)."""
    if comment is None:
        return
    translate = QCoreApplication.translate
    if comment.opportunity_id:
        code = tab.store.opportunities.get(comment.opportunity_id).code
        text = translate("Undo", "Comment on %1").replace("%1", code)
    else:
        text = translate("Undo", "Comment on the audit")
    _push(tab, lambda store: CommentCommand(store, comment, text, view=tab,
                                            **_review_refresh(comment.opportunity_id)))


def record_followup(tab: Any, after: Any) -> None:
    """Call in the follow-up tab before its list shows ``after`` (a move, the
    implementation, the verification plan or the verified savings just written)."""
    from auditdesk.i18n import fill
    from auditdesk.review.lifecycle import status_label

    position = tab.model.position_of(after.id)
    if position < 0:
        return
    old, new = _changed(tab.model.row_at(position), after, _DERIVED)
    if not new:
        return
    translate = QCoreApplication.translate
    if "status" in new:
        text = fill(translate("Undo", "Status of %1: %2"), after.code, status_label(after.status))
    else:
        text = translate("Undo", "Follow-up of %1").replace("%1", after.code)

    def on_view(widget: Any) -> None:
        widget.reload()
        if widget.current_id() != after.id:
            widget.select(after.id)
        widget.savings.reload()

    _push(tab, lambda store: FieldsCommand(store, "opportunity", after.id, old, new, text,
                                           view=tab, on_view=on_view))
