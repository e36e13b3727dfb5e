"""``auditdesk gui [--db PATH | --demo]``: open the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser("gui", help=translate("CLIHelp", "open the main window (the default)"))
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--db", type=Path, help=translate("CLIHelp", "database to open"))
    group.add_argument(
        "--demo",
        action="store_true",
        help=translate("CLIHelp", "open the demo database (created on first use)"),
    )
    parser.add_argument(
        "files", nargs="*", type=Path, metavar="FILE",
        help=translate("CLIHelp", "files to open as if dropped on the window: a database, "
                                  "audit packages to merge, workbooks or readings to import"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return launch(db=args.db, demo=args.demo, files=args.files)


def ensure_demo() -> Path:
    """The demo database in the user's data folder, created on first use."""
    from auditdesk import paths

    path = paths.demo_db_path()
    if not path.exists():
        from auditdesk.demo import write_demo

        write_demo(path)
    return path


def launch(db: Path | None, demo: bool, files: list[Path] | None = None) -> int:
    """Start the GUI on ``db``, the demo, or the most recent database (else the demo).

    ``files`` (a double-click on a package, "Open with AuditDesk") are handled as
    if dropped on the window once it is up: a database among them is the one
    opened; packages are merged into it, workbooks and readings imported.
    """
    from auditdesk import settings
    from auditdesk.ui.app import create_app, install_excepthook
    from auditdesk.ui.main_window import MainWindow

    app = create_app(sys.argv[:1])
    install_excepthook()
    others = [str(f) for f in files or ()]
    if others and db is None and not demo:
        from auditdesk.ui import drop  # what a dropped file is, decided in one place

        named = [f for f in others if drop.classify(f) == drop.DATABASE]
        if named:
            db = Path(named[0])
            others.remove(named[0])
    if db is None and not demo:
        recent = [p for p in settings.load().recent_files if Path(p).exists()]
        db = Path(recent[0]) if recent else None
    if db is None:
        db = ensure_demo()
    window = MainWindow()
    window.show()
    probe = bool(os.environ.get("AUDITDESK_STARTUP_PROBE"))
    if probe:
        _report_startup(app, window)
    # First paint: the window with the database's navigator; the workspace page
    # follows in the next event-loop turn.
    window.open_path(db, defer_page=True)
    if others:
        from PySide6.QtCore import QTimer

        from auditdesk.ui import drop

        QTimer.singleShot(0, lambda: drop.handle_paths(window, others))
    return app.exec()


def _report_startup(app: object, window: object) -> None:
    """Benchmark hook: print when the window is first up (SHOWN) and when its
    workspace page is built (READY), then quit."""
    import time

    from PySide6.QtCore import QTimer

    def ready() -> None:
        print(f"READY {time.time():.6f} page={getattr(window, 'page', None) is not None}",
              flush=True)
        app.quit()  # type: ignore[attr-defined]

    def shown() -> None:
        print(f"SHOWN {time.time():.6f}", flush=True)
        QTimer.singleShot(0, ready)

    QTimer.singleShot(0, shown)
