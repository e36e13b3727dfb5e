"""The Inno Setup script, checked without Inno Setup (it only runs on Windows).

Per-user install without admin rights, files that exist, the version passed in
from ``auditdesk.__version__``, the Start-menu entry and the ``.auditdesk``
association, whose command line the CLI accepts.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import INSTALLER, ROOT, build_script

import auditdesk

ISS = INSTALLER / "auditdesk.iss"


def _defines(text: str) -> dict[str, str]:
    found = {}
    for name, value in re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE):
        found.setdefault(name, value)
    return found


def _expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), value)


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def _params(line: str) -> dict[str, str]:
    """``Name: "value"; Flags: x`` → {name: value}; Inno doubles quotes inside values."""
    params = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        value = match.group(2).strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        params[match.group(1).lower()] = value
    return params


@pytest.fixture(scope="module")
def iss() -> tuple[dict[str, str], dict[str, list[str]], dict[str, str]]:
    text = ISS.read_text(encoding="utf-8")
    defines = _defines(text)
    sections = _sections(text)
    setup = {}
    for line in sections["Setup"]:
        key, _, value = line.partition("=")
        setup[key.strip()] = _expand(value.strip(), defines)
    return setup, sections, defines


def test_per_user_install_without_admin(iss) -> None:  # type: ignore[no-untyped-def]
    setup, sections, _ = iss
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # per user only: HKCU stays right
    assert setup["DefaultDirName"].startswith(("{autopf}", "{userpf}"))
    for line in sections["Registry"]:
        assert _params(line)["root"] == "HKCU"


def test_version_comes_from_the_command_line(iss) -> None:  # type: ignore[no-untyped-def]
    setup, _, _ = iss
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"#ifndef AppVersion\s*\n\s*#error", text)
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    assert not re.search(r"\d+\.\d+\.\d+", "\n".join(f"{k}={v}" for k, v in setup.items()))


def test_build_script_passes_the_package_version(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    build = build_script()
    assert build.app_version() == auditdesk.__version__
    iscc = tmp_path / "ISCC.exe"
    iscc.write_text("")
    calls = []
    monkeypatch.setattr(build.subprocess, "run", lambda cmd, **kw: calls.append(cmd))
    build.build_installer(tmp_path / "AuditDesk", iscc)
    (command,) = calls
    assert command[0] == str(iscc)
    assert f"/DAppVersion={auditdesk.__version__}" in command
    assert f"/DBundleDir={tmp_path / 'AuditDesk'}" in command
    assert command[-1] == str(ISS)


def test_referenced_files_exist(iss) -> None:  # type: ignore[no-untyped-def]
    setup, sections, defines = iss
    assert (INSTALLER / setup["SetupIconFile"].replace("\\", "/")).is_file()
    # the bundle installer/build.py makes by default (PyInstaller's COLLECT name)
    build = build_script()
    bundle = (INSTALLER / defines["BundleDir"].replace("\\", "/")).resolve()
    assert bundle == (ROOT / "dist" / build.APP_FOLDER)
    spec = (INSTALLER / "auditdesk.spec").read_text(encoding="utf-8")
    assert f'name="{Path(defines["AppExe"]).stem}"' in spec
    (files,) = sections["Files"]
    assert _expand(_params(files)["source"], defines) == defines["BundleDir"] + "\\*"
    assert "recursesubdirs" in _params(files)["flags"]


def test_start_menu_entry_and_uninstaller(iss) -> None:  # type: ignore[no-untyped-def]
    setup, sections, defines = iss
    assert setup.get("Uninstallable", "yes") == "yes"
    icons = [_params(_expand(line, defines)) for line in sections["Icons"]]
    start = [i for i in icons if i["name"].startswith(("{group}", "{autoprograms}"))]
    assert any(i["filename"] == "{app}\\AuditDesk.exe" for i in start)
    assert any(i["filename"] == "{uninstallexe}" for i in start)


def _registry(iss) -> dict[str, str]:  # type: ignore[no-untyped-def]
    _, sections, defines = iss
    values = {}
    for line in sections["Registry"]:
        p = _params(_expand(line, defines))
        values[f'{p["subkey"]}|{p["valuename"]}'] = p.get("valuedata", "")
    return values


def test_package_association(iss) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.exchange.package_read import EXTENSION

    setup, _, _ = iss
    assert setup["ChangesAssociations"] == "yes"
    values = _registry(iss)
    prog_id = values[f"Software\\Classes\\{EXTENSION}|"]
    assert prog_id
    assert f"Software\\Classes\\{EXTENSION}\\OpenWithProgids|{prog_id}" in values
    assert values[f"Software\\Classes\\{prog_id}\\DefaultIcon|"].startswith("{app}\\AuditDesk.exe")
    assert values[f"Software\\Classes\\{prog_id}\\shell\\open\\command|"]


def test_association_command_is_one_the_cli_accepts(iss) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.cli import build_parser

    values = _registry(iss)
    (command,) = [v for k, v in values.items() if k.endswith("\\shell\\open\\command|")]
    words = shlex.split(command.replace("\\", "/"))
    assert words[0] == "{app}/AuditDesk.exe"
    args = [w.replace("%1", str(ROOT / "tests" / "x.auditdesk")) for w in words[1:]]
    namespace = build_parser().parse_args(args)  # SystemExit here: the CLI rejects it
    assert namespace.command == "gui"
    assert namespace.files == [ROOT / "tests" / "x.auditdesk"]  # the package is passed on


def test_make_icons_outputs_are_committed() -> None:
    """The generated icons exist (installer/make_icons.py writes them from the SVG)."""
    result = subprocess.run(
        [sys.executable, str(INSTALLER / "make_icons.py"), "--check"],
        check=False, capture_output=True, text=True, env=_offscreen_env())
    assert result.returncode == 0, result.stdout + result.stderr


def test_ico_has_every_size() -> None:
    from PIL import Image

    with Image.open(ROOT / "resources" / "icons" / "auditdesk.ico") as ico:
        sizes = {w for w, _h in ico.info["sizes"]}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def _offscreen_env() -> dict[str, str]:
    import os

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
