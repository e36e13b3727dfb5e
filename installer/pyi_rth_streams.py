"""PyInstaller runtime hook: give a windowed app real (null) stdout and stderr.

A windowed executable (AuditDesk.exe on Windows, the macOS app) starts with
``sys.stdout`` and ``sys.stderr`` set to None. Code that writes to them, such
as ``auditdesk.ui.app.report_exception`` (``sys.stderr.write`` after logging a
crash, before showing the message box) or a library's warning, would then raise
AttributeError. Point them at the null device instead.
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives with the app
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
