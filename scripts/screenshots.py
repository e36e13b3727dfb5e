"""Render every main view of the demo database in Vietnamese and English.

    .venv/bin/python scripts/screenshots.py [--out docs/img/views] [--size 1280x800]

Each view is rendered by ``auditdesk screenshot`` in its own process (as a user
would open it), to ``OUT/<lang>-<view>.png``. Under a real X server (for
example ``xvfb-run -a``) set ``--platform xcb`` to render with the X platform
plugin rather than offscreen; the pictures are what a person looks at before a
release (README's screenshots come from here).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

VIEWS = ("park", "enterprise", "overview", "checklist", "meters", "production", "baseline",
         "opportunities", "mac", "review", "followup", "history")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/img/views"))
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM")
    parser.add_argument("--view", action="append", help="only these views (repeat)")
    parser.add_argument("--lang", action="append", choices=("vi", "en"))
    parser.add_argument("--quantize", action="store_true",
                        help="256-colour PNGs (a third of the size; for docs/img)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        env["AUDITDESK_HOME"] = tmp  # the demo and settings of a first start, not the user's
        db = Path(tmp) / "demo.auditdesk.sqlite"
        subprocess.run([sys.executable, "-m", "auditdesk", "demo", str(db)], check=True,
                       env=env, stdout=subprocess.DEVNULL)
        for lang in args.lang or ("vi", "en"):
            for view in args.view or VIEWS:
                target = args.out / f"{lang}-{view}.png"
                done = subprocess.run(
                    [sys.executable, "-m", "auditdesk", "--lang", lang, "screenshot", "--db",
                     str(db), "--view", view, "--size", args.size, "-o", str(target)],
                    env=env, capture_output=True, text=True)
                print(f"{target}: {'ok' if done.returncode == 0 else done.stderr.strip()}")
                if done.returncode == 0 and args.quantize:
                    from PIL import Image  # matplotlib's dependency

                    with Image.open(target) as image:
                        small = image.convert("RGB").quantize(256)
                    small.save(target, optimize=True)
                failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
