"""Application bootstrap: QApplication, language, fonts, style, crash handling."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from auditdesk import APP_NAME, __version__, i18n, paths

# Applied to the workspace and the banner only: an application-wide style sheet
# makes every widget (menus, the navigator) slower to polish and paint.
STYLE = """
#pageTitle { font-size: 16pt; font-weight: 600; color: #12324a; }
#pageSubtitle { color: #5f6b76; }
#kpiCard { background: #f3f7fa; border: 1px solid #d7e1e8; border-radius: 6px; }
#kpiValue { font-size: 15pt; font-weight: 600; color: #12324a; }
#kpiCaption { color: #5f6b76; }
#readOnlyBanner { background: #fff4ce; color: #5c4400; padding: 6px; border-bottom: 1px solid #e8d48a; }
"""

_translators: list[QTranslator] = []


def install_language(app: QCoreApplication, lang: str) -> None:
    """Switch the UI and core language (translators for ours and Qt's own texts)."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
                       if lang == "vi" else
                       QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(paths.resource("i18n", f"auditdesk_{lang}.qm"))):
        app.installTranslator(ours)
        _translators.append(ours)
    from PySide6.QtCore import QLibraryInfo

    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _translators.append(qt_base)


_SYSTEM_DEJAVU = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian, Ubuntu
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",  # Fedora
    "/usr/share/fonts/TTF/DejaVuSans.ttf",  # Arch
)


def _register_fonts(app: QApplication) -> None:
    """Make sure a font with Vietnamese glyphs exists on a bare headless box.

    Only the offscreen/minimal platforms need this (desktops have system fonts
    with Vietnamese). When the system lacks DejaVu Sans we register the copy
    matplotlib (a dependency) ships, without importing matplotlib.
    """
    if app.platformName() not in ("offscreen", "minimal"):
        return
    from PySide6.QtGui import QFont, QFontDatabase
    if not any(Path(p).exists() for p in _SYSTEM_DEJAVU):
        spec = importlib.util.find_spec("matplotlib")
        if spec and spec.submodule_search_locations:
            base = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
            for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
                QFontDatabase.addApplicationFont(str(base / name))
    app.setFont(QFont("DejaVu Sans", 10))


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, configured; reuses an existing one (tests)."""
    from auditdesk import settings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = paths.resource("icons", "auditdesk.svg")
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    _register_fonts(app)
    install_language(app, settings.load().language)
    return app


LOG_MAX_BYTES = 1_000_000  # then the log moves to auditdesk.log.1 and a new one starts
_reporting = False  # a crash dialog is showing: later errors are logged, not shown again


def log_file() -> Path:
    """The crash log, in the user's data folder (``…/logs/auditdesk.log``)."""
    return paths.log_dir() / "auditdesk.log"


def write_log(text: str) -> Path | None:
    """Append ``text`` to the log with the time, versions and platform; the log's path,
    or None when it cannot be written (a full disk must not hide the first error)."""
    import platform

    try:
        path = log_file()
        if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
        from PySide6 import __version__ as pyside_version

        with open(path, "a", encoding="utf-8") as fh:
            import datetime as dt  # here: not on the start path

            fh.write(f"\n--- {dt.datetime.now().isoformat(timespec='seconds')} "
                     f"AuditDesk {__version__} · Python {platform.python_version()} · "
                     f"PySide6 {pyside_version} · {sys.platform}\n{text}")
        return path
    except OSError:
        return None


def crash_message(path: Path | None) -> str:
    """What the crash dialog says: the data is safe, what to do, where the log is."""
    text = QCoreApplication.translate(
        "App",
        "Something went wrong inside AuditDesk: a fault in the program, not in your data.\n\n"
        "Your work is safe: every change is saved as you make it, and the open database stays "
        "open. You can keep working; if the same thing happens again, close AuditDesk and "
        "start it again.\n\nPlease report it: send the log file below to the AuditDesk team, "
        "with a few words on what you were doing.\n%1")
    return text.replace("%1", str(path) if path else QCoreApplication.translate(
        "App", "(the log could not be written; the details below say what happened)"))


def report_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None, formatted: str | None = None) -> None:
    """Our bug: log it with the traceback and tell the user calmly; the audit is safe."""
    global _reporting
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    import traceback  # here: not on the start path

    text = formatted or "".join(traceback.format_exception(exc_type, exc, tb))
    path = write_log(text)
    sys.stderr.write(text)
    if os.environ.get("AUDITDESK_NO_CRASH_DIALOG") or _reporting:
        return
    from auditdesk.ui import messages

    _reporting = True
    try:
        messages.error(None, crash_message(path), details=text)
    finally:
        _reporting = False


def install_excepthook() -> None:
    """Errors nobody caught, in slots and event handlers too, go to ``report_exception``."""
    sys.excepthook = report_exception
