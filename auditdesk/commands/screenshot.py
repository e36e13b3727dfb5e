"""``auditdesk screenshot --db PATH [--view NAME] -o OUT.png``: render the main
window offscreen to a PNG and exit (for README images and for looking at work).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser("screenshot",
                            help=translate("CLIHelp", "render the main window to a PNG"))
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--view", default="overview",
                        help=translate("CLIHelp",
                                       "park, enterprise, overview, or an audit tab name"))
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--size", default="1280x800", help=translate("CLIHelp", "WIDTHxHEIGHT"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from auditdesk.i18n import translate

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from auditdesk.store import StoreError, open_store
    from auditdesk.ui.app import create_app, install_language
    from auditdesk.ui.main_window import MainWindow

    app = create_app(sys.argv[:1])
    if args.lang:
        install_language(app, args.lang)
    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    width, _, height = args.size.partition("x")
    window = MainWindow(store)
    window.resize(int(width), int(height))
    window.show()
    app.processEvents()
    if not window.show_view(args.view):
        print(translate("CLI", "Unknown view: %1").replace("%1", args.view), file=sys.stderr)
        window.close()
        return 2
    _settle(app)
    ok = window.grab().save(str(args.output))
    window.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)  # never quit under a running worker
    if not ok:
        print(translate("CLI", "Could not write %1").replace("%1", str(args.output)),
              file=sys.stderr)
        return 1
    print(args.output)
    return 0


def _settle(app, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Let the view finish what it computes in the background (a baseline, charts)
    so the picture shows the view as a user sees it once it is ready."""
    import time

    from auditdesk.ui.tasks import running_tasks

    deadline = time.monotonic() + timeout
    for _ in range(3):
        app.processEvents()
    while running_tasks() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(3):
        app.processEvents()
