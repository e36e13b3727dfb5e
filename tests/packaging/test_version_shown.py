"""The version lives in one place (``auditdesk.__version__``) and everything shows it:
the About box, the workbook Cover, the package manifest, ``auditdesk --version``
and the wheel's metadata (pyproject reads it).
"""

from __future__ import annotations

import ast
import json
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import ROOT

import auditdesk
from auditdesk.cli import main

VERSION = auditdesk.__version__

# modules that show the version: each must take it from auditdesk, not a copy
USERS = ("auditdesk/ui/main_window.py", "auditdesk/exchange/workbook/audit_data.py",
         "auditdesk/exchange/package_write.py", "auditdesk/cli.py", "auditdesk/ui/app.py")


def _first_audit(db: Path) -> str:
    from auditdesk.store import open_store

    store = open_store(db, read_only=True)
    try:
        return str(store.conn.execute("SELECT id FROM audit ORDER BY id").fetchone()[0])
    finally:
        store.close()


@pytest.mark.parametrize("module", USERS)
def test_modules_import_the_one_version(module: str) -> None:
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
               and n.module == "auditdesk" and any(a.name == "__version__" for a in n.names)]
    assert imports, f"{module} does not import __version__ from auditdesk"
    literals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
                and isinstance(n.value, str) and n.value == VERSION]
    assert not literals, f"{module} spells the version out"


def test_package_manifest_shows_it(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.auditdesk"
    assert main(["pack", "--db", str(demo_db), "--audit", _first_audit(demo_db),
                 "-o", str(out)]) == 0
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["app_version"] == VERSION


def test_workbook_cover_shows_it(demo_db: Path, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "audit.xlsx"
    assert main(["export-workbook", "--db", str(demo_db), "--audit", _first_audit(demo_db),
                 "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out, read_only=True)
    rows = [[str(v) for v in row if v is not None]
            for row in book["Cover"].iter_rows(values_only=True)]
    book.close()
    version_rows = [row for row in rows if any("AuditDesk version" in v for v in row)]
    assert version_rows and VERSION in version_rows[0]


def test_about_box_shows_it(qtbot, demo_db: Path, messages) -> None:  # type: ignore[no-untyped-def]
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.main_window import MainWindow

    settings.save(settings.Settings(language="en"))
    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_db)
    window.on_about()
    window.close()
    (_title, text) = messages.shown[-1]
    assert f"AuditDesk {VERSION}" in text


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"AuditDesk {VERSION}"
