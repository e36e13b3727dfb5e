"""Build the AuditDesk bundle with PyInstaller and print its size.

    .venv/bin/python installer/build.py [--dist DIR] [--work DIR] [--clean]

Runs ``installer/auditdesk.spec`` (one-folder build) with the Python running
this script, so use the project's virtual environment (``make venv``: the
``test`` extra brings PyInstaller). The bundle lands in ``DIR/AuditDesk``
(default ``dist/AuditDesk``); PyInstaller's cache goes to ``--work`` (default
``build/pyinstaller``), so a second build of unchanged code is faster.

On Windows, ``--installer`` then compiles ``installer/auditdesk.iss`` with Inno
Setup's ``ISCC.exe`` (found on PATH or in its default folders, or ``--iscc``),
passing ``/DAppVersion=`` from ``auditdesk/__init__.py``: the one place the
version lives. ``--print-version`` prints it (for a hand-run ``ISCC``).

Prints ``BUNDLE <path> <bytes> <MiB>`` as its last line (the tests and CI read it).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "auditdesk.spec"
ISS = ROOT / "installer" / "auditdesk.iss"
APP_FOLDER = "AuditDesk"


def app_version() -> str:
    """``auditdesk.__version__`` read from the source, without importing the app."""
    import ast

    tree = ast.parse((ROOT / "auditdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and getattr(node.targets[0], "id", None) == "__version__"):
            return str(ast.literal_eval(node.value))
    raise SystemExit("no __version__ in auditdesk/__init__.py")


def strip_debug_info(bundle: Path) -> int:
    """Linux: drop DWARF debug sections from the bundle's ELF files; bytes saved.

    A Python built from source (pyenv) ships ``libpython`` and its extension
    modules with debug info (~40 MB). ``strip --strip-debug`` removes only those
    sections: symbols and everything the loader uses stay. PyInstaller's own
    ``strip=True`` strips every symbol of every library, which we avoid.
    """
    import shutil

    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    before = folder_size(bundle)
    for path in sorted(bundle.rglob("*")):
        if path.parent == bundle:  # the executables carry PyInstaller's archive: hands off
            continue
        if path.is_symlink() or not path.is_file() or not _has_debug_info(path):
            continue
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
    return before - folder_size(bundle)


def _has_debug_info(path: Path) -> bool:
    """An ELF file with a ``.debug_info`` section (read from its section headers)."""
    import struct

    try:
        with path.open("rb") as fh:
            head = fh.read(64)
            if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:  # 64-bit little-endian
                return False
            shoff, = struct.unpack_from("<Q", head, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from("<HHH", head, 0x3A)
            fh.seek(shoff)
            table = fh.read(shentsize * shnum)
            names_at = shstrndx * shentsize
            names_off, names_size = struct.unpack_from("<QQ", table, names_at + 0x18)
            fh.seek(names_off)
            names = fh.read(names_size)
    except (OSError, struct.error, IndexError):
        return False
    return b"\0.debug_info\0" in names


def find_iscc(given: Path | None = None) -> Path:
    """Inno Setup's command-line compiler."""
    import shutil

    candidates = [given] if given else []
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        candidates.append(Path(found))
    for var in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(var)
        if base:
            candidates += [Path(base, "Inno Setup 6", "ISCC.exe"),
                           Path(base, "Programs", "Inno Setup 6", "ISCC.exe")]
    for candidate in candidates:
        if candidate and candidate.is_file():
            return candidate
    raise SystemExit("ISCC.exe not found: install Inno Setup 6 or pass --iscc PATH")


def build_installer(bundle: Path, iscc: Path | None = None) -> None:
    """Compile the Windows installer (``installer/Output/AuditDesk-<version>-setup.exe``)."""
    subprocess.run([str(find_iscc(iscc)), f"/DAppVersion={app_version()}",
                    f"/DBundleDir={bundle}", str(ISS)], check=True, cwd=ROOT)


def folder_size(path: Path) -> int:
    """Bytes of the regular files under ``path`` (symlinks not followed or counted)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            file = Path(dirpath, name)
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def executable(bundle: Path) -> Path:
    return bundle / (f"{APP_FOLDER}.exe" if sys.platform.startswith("win") else APP_FOLDER)


def build(dist: Path, work: Path, clean: bool = False) -> Path:
    """Run PyInstaller; return the bundle folder ``dist/AuditDesk``."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    env = dict(os.environ)
    env.pop("AUDITDESK_HOME", None)  # the build imports auditdesk; keep it from test folders
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return dist / APP_FOLDER


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--installer", action="store_true",
                        help="Windows: then compile the Inno Setup installer")
    parser.add_argument("--iscc", type=Path, help="path of Inno Setup's ISCC.exe")
    parser.add_argument("--print-version", action="store_true",
                        help="print the app version and exit")
    args = parser.parse_args(argv)
    if args.print_version:
        print(app_version())
        return 0
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve(), clean=args.clean)
    saved = strip_debug_info(bundle)
    if saved:
        print(f"stripped {saved / 2**20:.1f} MiB of debug info")
    seconds = time.monotonic() - started
    size = folder_size(bundle)
    print(f"AuditDesk {app_version()} built in {seconds:.0f} s: {executable(bundle)}")
    if args.installer:
        build_installer(bundle, args.iscc)
    print(f"BUNDLE {bundle} {size} {size / 2**20:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
