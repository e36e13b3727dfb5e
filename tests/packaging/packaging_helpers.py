"""Shared bits of the packaging tests: the repository root and ``installer/`` modules.

``installer/`` is not a package (PyInstaller and setuptools load its files by
path), so the tests load them the same way.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def load(name: str) -> ModuleType:
    """``installer/<name>.py`` as a module."""
    spec = importlib.util.spec_from_file_location(f"_installer_{name}", INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def shipped() -> ModuleType:
    return load("shipped")


@cache
def build_script() -> ModuleType:
    return load("build")
