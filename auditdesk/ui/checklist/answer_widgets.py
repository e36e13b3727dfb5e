"""The answer editors, one per answer type, keyboard-first and large enough for a finger.

Every editor reports what the auditor chose with ``committed(code, text,
unit, step)`` — ``step`` 0 stays on the item, +1 moves on, -1 goes back —
and the view saves it at once. Shared keys: Enter and Tab move on (saving
what was typed), Shift+Tab goes back, Up/Down move between items. Yes/no:
Y (or C, *có*), N (or K, *không*), A (n/a); choices: 1–9; Delete clears;
F flags a finding. Numbers are checked as they are typed; a unit may be
typed after the number (``10 hp``) or picked from the list (Alt+Down).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from auditdesk.checklist.answers import format_plain, parse_answer
from auditdesk.checklist.template import TemplateItem
from auditdesk.store.checklists import AuditChecklist
from auditdesk.ui.checklist.units import unit_label

TOUCH = 40  # px: the height of answer buttons and fields
SAVE_DELAY_MS = 800  # typed text is saved this long after the last key (and on Enter/Tab)
_MOVE_KEYS = {Qt.Key.Key_Return: 1, Qt.Key.Key_Enter: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
_FOCUS_STYLE = "QFrame#answerKeys { border: 2px solid transparent; border-radius: 6px; } " \
               "QFrame#answerKeys:focus { border-color: #2d7dd2; }"


class AnswerWidget(QFrame):
    """Base of the editors: the item shown, key handling, signals."""

    committed = Signal(str, str, str, int)  # item code, text, unit, step (-1, 0, +1)
    step_requested = Signal(int)  # move without saving anything (-1 back, +1 on)
    finding_toggle_requested = Signal()
    error_changed = Signal(str)  # what is wrong with the text typed so far ("" = fine)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.item: TemplateItem | None = None
        self.lang = "vi"
        self.read_only = False

    def set_item(self, item: TemplateItem, checklist: AuditChecklist, lang: str,
                 read_only: bool) -> None:
        self.code, self.item, self.lang, self.read_only = item.code, item, lang, read_only
        self.load(checklist)

    def load(self, checklist: AuditChecklist) -> None:
        """Show the stored answer of ``self.item``."""

    def focus_answer(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Save text typed but not saved yet (before another item is shown)."""

    def watch(self, widget: QWidget) -> None:
        """Route the keys of ``widget`` (the one holding focus) through ``eventFilter``."""
        widget.installEventFilter(self)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Answer keys of this editor; ``True`` when the key was used."""
        return False

    def commit(self, step: int) -> None:
        """Save the current text (editors with a text field) and move by ``step``."""
        if step:
            self.step_requested.emit(step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._wants(event):
            event.accept()  # keep window shortcuts (Delete = delete the audit) away
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_Backtab or (
                    event.key() == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier):
                self.commit(-1)
                return True
            if event.key() == Qt.Key.Key_Tab and not modifiers:
                self.commit(1)
                return True
            if not modifiers and event.key() in _MOVE_KEYS:
                self.commit(_MOVE_KEYS[Qt.Key(event.key())])
                return True
            if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
                return self.handle_key(event)
        return super().eventFilter(watched, event)

    def _wants(self, event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or (
            not event.modifiers() and Qt.Key.Key_A <= event.key() <= Qt.Key.Key_Z)


def _button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the frame; fingers still tap
    button.setMinimumHeight(TOUCH)
    button.setMinimumWidth(96)
    return button


class _ButtonAnswer(AnswerWidget):
    """Answers picked from buttons (yes/no/n.a., choices); the frame takes the keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerKeys")
        self.setStyleSheet(_FOCUS_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons: dict[str, QPushButton] = {}
        self.current = ""
        self.watch(self)

    def load(self, checklist: AuditChecklist) -> None:
        answer = checklist.stored_answer(self.code)
        self.current = str(answer) if answer is not None else ""
        self._show_current()

    def _show_current(self) -> None:
        for code, button in self.buttons.items():
            button.setChecked(code == self.current)
            button.setEnabled(not self.read_only)

    def choose(self, code: str) -> None:
        """Answer ``code`` (choosing the current answer again clears it, for touch)."""
        if self.read_only:
            return
        self.current = "" if code == self.current else code
        self._show_current()
        self.committed.emit(self.code, self.current, "", 0)

    def clear(self) -> None:
        if not self.read_only and self.current:
            self.current = ""
            self._show_current()
            self.committed.emit(self.code, "", "", 0)

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return True
        if event.key() == Qt.Key.Key_F:
            self.finding_toggle_requested.emit()
            return True
        return False


class YesNoAnswer(_ButtonAnswer):
    """Yes / No / N.A. buttons; Y, N, A keys (and C, K as in Vietnamese)."""

    KEYS: ClassVar[dict[Qt.Key, str]] = {Qt.Key.Key_Y: "yes", Qt.Key.Key_C: "yes", Qt.Key.Key_N: "no", Qt.Key.Key_K: "no",
            Qt.Key.Key_A: "na"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for code, text in (("yes", self.tr("Yes (Y)")), ("no", self.tr("No (N)")),
                           ("na", self.tr("N/A (A)"))):
            button = _button(text, self)
            button.setObjectName(f"answer_{code}")
            button.clicked.connect(lambda _=False, c=code: self.choose(c))
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def handle_key(self, event: QKeyEvent) -> bool:
        code = self.KEYS.get(Qt.Key(event.key()))
        if code is not None:
            if code != self.current:  # a key never clears: pressing Y twice keeps "yes"
                self.choose(code)
            return True
        return super().handle_key(event)


class ChoiceAnswer(_ButtonAnswer):
    """One button per choice, numbered: keys 1–9 choose."""

    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.order: list[str] = []

    def load(self, checklist: AuditChecklist) -> None:
        assert self.item is not None
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons, self.order = {}, []
        for number, choice in enumerate(self.item.choices, start=1):
            prefix = f"{number}  " if number <= 9 else ""
            button = _button(prefix + choice.label(self.lang), self)
            button.setObjectName(f"choice_{choice.code}")
            button.clicked.connect(lambda _=False, c=choice.code: self.choose(c))
            self.grid.addWidget(button, (number - 1) // self.COLUMNS, (number - 1) % self.COLUMNS)
            self.buttons[choice.code] = button
            self.order.append(choice.code)
        super().load(checklist)

    def handle_key(self, event: QKeyEvent) -> bool:
        number = event.key() - Qt.Key.Key_0
        if 1 <= number <= min(len(self.order), 9):
            if self.order[number - 1] != self.current:
                self.choose(self.order[number - 1])
            return True
        return super().handle_key(event)


class _TypedAnswer(AnswerWidget):
    """Answers typed into a line edit: saved after a pause, on Enter/Tab and on leaving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMinimumHeight(TOUCH)
        self.edit.setObjectName("answerText")
        self.watch(self.edit)
        self.saved_text = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.edit.textEdited.connect(self.on_edit_text_edited)
        self.edit.editingFinished.connect(self.on_edit_editing_finished)

    def focus_answer(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.selectAll()

    def _wants(self, event: QKeyEvent) -> bool:
        return False  # the line edit claims its own keys

    def typed(self) -> tuple[str, str]:
        """(text, unit) as the auditor typed them."""
        return self.edit.text().strip(), ""

    def check(self) -> str:
        """The message for what is typed so far, ``""`` when it can be saved."""
        if self.item is None:
            return ""
        text, unit = self.typed()
        return parse_answer(self.item, text, self.lang, unit or None).error

    def commit(self, step: int) -> None:
        self.timer.stop()
        text, unit = self.typed()
        if self.read_only:
            super().commit(step)
            return
        self.saved_text = self.edit.text()
        self.committed.emit(self.code, text, unit, step)

    def flush(self) -> None:
        if self.timer.isActive() or (not self.read_only and self.edit.text() != self.saved_text):
            self.timer.stop()
            if not self.check():
                self.commit(0)

    def set_text(self, text: str) -> None:
        self.timer.stop()
        self.edit.setText(text)
        self.edit.setReadOnly(self.read_only)
        self.saved_text = text
        self.error_changed.emit("")

    @Slot(str)
    def on_edit_text_edited(self, _text: str) -> None:
        error = self.check()
        self.error_changed.emit(error)
        if error:
            self.timer.stop()
        else:
            self.timer.start()

    @Slot()
    def on_timer_timeout(self) -> None:
        if not self.check():
            self.commit(0)

    @Slot()
    def on_edit_editing_finished(self) -> None:  # focus left the field
        if not self.read_only and self.edit.text() != self.saved_text and not self.check():
            self.commit(0)


class TextAnswer(_TypedAnswer):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)

    def load(self, checklist: AuditChecklist) -> None:
        answer = checklist.stored_answer(self.code)
        self.set_text("" if answer is None else str(answer))


class NumberAnswer(_TypedAnswer):
    """A number in the UI language's format and a unit list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setMaximumWidth(220)
        self.unit = QComboBox(self)
        self.unit.setObjectName("answerUnit")
        self.unit.setMinimumHeight(TOUCH)
        self.unit.setMinimumWidth(90)
        self.unit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.unit.activated.connect(self.on_unit_activated)
        self.range = QLabel(self)
        self.range.setObjectName("answerRange")
        self.range.setStyleSheet("color: #5f6b76;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.unit)
        layout.addWidget(self.range, 1)

    def load(self, checklist: AuditChecklist) -> None:
        assert self.item is not None
        self.unit.clear()
        for unit in (self.item.unit, *self.item.units):
            self.unit.addItem(unit_label(unit, self.lang) or unit, unit)
        self.unit.setCurrentIndex(max(self.unit.findData(checklist.unit(self.code)), 0))
        self.unit.setEnabled(not self.read_only and self.unit.count() > 1)
        value = checklist.stored_answer(self.code)
        self.set_text("" if value is None else format_plain(float(value), self.lang))
        low, high = self.item.minimum, self.item.maximum
        limits = ""
        if low is not None and high is not None:
            limits = f"{format_plain(low, self.lang)} – {format_plain(high, self.lang)}"
        elif low is not None:
            limits = f"≥ {format_plain(low, self.lang)}"
        elif high is not None:
            limits = f"≤ {format_plain(high, self.lang)}"
        shown_unit = unit_label(self.item.unit, self.lang)
        self.range.setText(f"{limits} {shown_unit}".strip() if limits else "")
        self.edit.setPlaceholderText(format_plain(1234.5, self.lang))

    def typed(self) -> tuple[str, str]:
        """The number text and the unit: one typed after the number wins over the list."""
        text = self.edit.text().strip()
        if self.item is not None:
            spellings = [(spelling, unit) for unit in (self.item.unit, *self.item.units)
                         for spelling in (unit, unit_label(unit, self.lang)) if spelling]
            for spelling, unit in sorted(spellings, key=lambda s: len(s[0]), reverse=True):
                if text.lower().endswith(spelling.lower()) and len(text) > len(spelling):
                    return text[: -len(spelling)].strip(), unit
        return text, str(self.unit.currentData() or "")

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_F4 and self.unit.isEnabled():
            self.unit.showPopup()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier and self.unit.isEnabled()):
            self.unit.showPopup()
            return True
        return super().eventFilter(watched, event)

    @Slot(int)
    def on_unit_activated(self, _index: int) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        error = self.check()
        self.error_changed.emit(error)
        if not error and self.edit.text().strip():
            self.commit(0)


class PhotoAnswer(_ButtonAnswer):
    """A photo item is answered by its photos (added below); Enter moves on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("Answer this item with photos: add them from files, or drop "
                               "them on this item."), self)
        label.setWordWrap(True)
        label.setMinimumHeight(TOUCH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(label, 1)

    def load(self, checklist: AuditChecklist) -> None:
        self.current = ""

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_F:
            self.finding_toggle_requested.emit()
            return True
        return False
