"""Application bootstrap: QApplication, language, fonts, style, crash handling."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import sys
import traceback
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
            base = Path(list(spec.submodule_search_locations)[0]) / "mpl-data" / "fonts" / "ttf"
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


def log_file() -> Path:
    return paths.log_dir() / "auditdesk.log"


def report_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None, formatted: str | None = None) -> None:
    """Our bug: log it with the traceback and tell the user calmly; the audit is safe."""
    text = formatted or "".join(traceback.format_exception(exc_type, exc, tb))
    path = log_file()
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"\n--- {dt.datetime.now().isoformat(timespec='seconds')} "
                     f"AuditDesk {__version__}\n{text}")
    except OSError:
        pass
    sys.stderr.write(text)
    if os.environ.get("AUDITDESK_NO_CRASH_DIALOG"):
        return
    from auditdesk.ui import messages

    messages.error(
        None,
        QCoreApplication.translate(
            "App",
            "Something went wrong inside AuditDesk. Your audit is safe: every change is "
            "saved as you make it. Please send the log file to the AuditDesk team:\n%1",
        ).replace("%1", str(path)),
        details=text,
    )


def install_excepthook() -> None:
    sys.excepthook = report_exception
