"""Render the app icon from ``resources/icons/auditdesk.svg``.

    .venv/bin/python installer/make_icons.py [--check]

Writes ``resources/icons/auditdesk.ico`` (16, 24, 32, 48, 64, 128 and 256 px,
for the Windows executable, the installer and the Start menu) and
``resources/icons/auditdesk-<size>.png`` (Linux desktop files, README). Each size
is rendered from the SVG by Qt's QSvgRenderer (offscreen, no display needed), so
small sizes are drawn at their size rather than scaled down; Pillow (a
matplotlib dependency) packs the ICO. The outputs are committed: run this again
after changing the SVG. ``--check`` only reports whether they are up to date.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "auditdesk.svg"
ICO = ICONS / "auditdesk.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"auditdesk-{size}.png"


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` px on a transparent background, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A multi-size ICO holding each rendered size as it is (no rescaling)."""
    from PIL import Image

    images = [Image.open(io.BytesIO(pngs[size])).convert("RGBA") for size in SIZES]
    out = io.BytesIO()
    largest = images[-1]
    largest.save(out, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    return out.getvalue()


def outputs() -> dict[Path, bytes]:
    pngs = {size: render(size) for size in sorted(set(SIZES) | set(PNG_SIZES))}
    files = {png_path(size): pngs[size] for size in PNG_SIZES}
    files[ICO] = ico_bytes(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a generated icon is missing (does not write)")
    args = parser.parse_args(argv)
    files = outputs()
    if args.check:
        missing = [path for path in files if not path.exists()]
        for path in missing:
            print(f"missing: {path}")
        return 1 if missing else 0
    for path, data in files.items():
        path.write_bytes(data)
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
