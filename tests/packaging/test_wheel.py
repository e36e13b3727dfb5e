"""A non-editable wheel carries resources/ as auditdesk/resources, and the app finds them.

The wheel is built offline (``--no-build-isolation``: the venv's setuptools and
wheel, from the ``test`` extra) from a copy of the source tree, so the build
folder setuptools writes never lands in the shared work tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import ROOT, shipped

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "Output")
    for name in ("auditdesk", "resources", "installer"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--disable-pip-version-check", "-q", "-w", str(out), str(src)],
        check=True, cwd=src)
    (found,) = out.glob("auditdesk-*.whl")
    return found


def test_wheel_carries_every_shipped_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"auditdesk/resources/{rel.as_posix()}" for rel in shipped().shipped_files()}
    assert expected <= names
    # what the app reads at run time is among them
    for rel in ("i18n/auditdesk_vi.qm", "i18n/auditdesk_vi.ts", "reference/vn_default.yaml",
                "templates/recp_walkthrough.yaml", "icons/auditdesk.svg", "icons/auditdesk.ico"):
        assert f"auditdesk/resources/{rel}" in names
    # and nothing else from resources/, no top-level resources package
    assert not {n for n in names if n.startswith("resources/")}
    assert not {n for n in names if "/pending/" in n}
    assert "auditdesk/cli.py" in names and "auditdesk/commands/gui.py" in names


def test_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    """paths.resources_dir() prefers the installed package data over a checkout."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from auditdesk import paths; "
            "print(paths.resources_dir()); print(paths.resource('reference', 'vn_default.yaml')"
            ".is_file())")
    # -S -I: no site-packages, so the editable install of the checkout cannot answer
    out = subprocess.run([sys.executable, "-S", "-I", "-c", code, str(site)], check=True,
                         capture_output=True, text=True).stdout.split()
    assert Path(out[0]) == site / "auditdesk" / "resources"
    assert out[1] == "True"


def test_every_resource_ships_or_is_left_out_on_purpose() -> None:
    """A new kind of resource file must be added to installer/shipped.py (or to
    its NOT_SHIPPED list), else the wheel and the bundle would miss it."""
    from fnmatch import fnmatch

    module = shipped()
    base = ROOT / "resources"
    listed = set(module.shipped_files(base))
    for path in base.rglob("*"):
        rel = path.relative_to(base)
        if path.is_file() and not any(fnmatch(rel.as_posix(), p) for p in module.NOT_SHIPPED):
            assert rel in listed, f"resources/{rel} is not in installer/shipped.py"


def test_checkout_still_uses_resources_beside_the_package() -> None:
    from auditdesk import paths

    assert paths.resources_dir() == ROOT / "resources"
