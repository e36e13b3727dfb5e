"""Qt values the first window needs, without reading PySide6's ``Qt`` namespace.

PySide6 builds the Python enums of the whole ``Qt`` namespace (about 150 of
them) the first time any code reads ``PySide6.QtCore.Qt``: ~15 ms, a tenth of
AuditDesk's start-up. The code that runs before the first paint (the main
window, its toolbar, the navigator) therefore sets these plain values through
Qt's property system (``setProperty``, which converts them in C++) and uses int
item roles, and passes a parent by keyword where a constructor has an overload
taking a ``Qt`` enum (``QSplitter(parent=w)``: PySide6 resolves ``QSplitter(w)``
by building ``Qt.Orientation``); everything that runs later uses ``Qt`` as usual.
``tests/test_architecture.py`` checks that showing the first window leaves the
namespace unbuilt, and that these values equal Qt's.
"""

from __future__ import annotations

USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter (AlignHCenter | AlignVCenter)
ACTIONS_CONTEXT_MENU = 2  # Qt.ContextMenuPolicy.ActionsContextMenu
TOOL_BUTTON_TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon
