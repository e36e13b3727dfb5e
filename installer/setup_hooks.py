"""setuptools hook: put ``resources/`` into wheels as ``auditdesk/resources``.

``resources/`` sits beside the ``auditdesk`` package in the source tree (the
translators' tools and the tests use it there). ``pyproject.toml`` names
``build_py`` below in ``[tool.setuptools.cmdclass]``; for a regular (wheel)
build it copies the files listed by ``installer/shipped.py`` into the build
folder as package data of ``auditdesk``. Editable installs are left alone:
they read ``resources/`` from the checkout (see ``auditdesk.paths``).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from setuptools.command.build_py import build_py as _build_py


def _shipped():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parent / "shipped.py"
    spec = importlib.util.spec_from_file_location("_auditdesk_shipped", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class build_py(_build_py):
    """``build_py`` that also copies the shipped resources."""

    def _resource_pairs(self) -> list[tuple[Path, Path]]:
        shipped = _shipped()
        source = shipped.repo_root() / "resources"
        target = Path(self.build_lib, *shipped.PACKAGE_SUBDIR)
        return [(source / rel, target / rel) for rel in shipped.shipped_files(source)]

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for src, dst in self._resource_pairs():
            self.mkpath(os.fspath(dst.parent))
            self.copy_file(os.fspath(src), os.fspath(dst))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not getattr(self, "editable_mode", False):
            outputs += [os.fspath(dst) for _, dst in self._resource_pairs()]
        return outputs
