"""``auditdesk demo PATH``: write the demo database."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser("demo", help=translate("CLIHelp", "write the demo database to PATH"))
    parser.add_argument("path", type=Path)
    parser.add_argument(
        "--force", action="store_true", help=translate("CLIHelp", "replace an existing file")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from auditdesk.demo import write_demo
    from auditdesk.i18n import translate

    if args.path.exists():
        if not args.force:
            print(translate("CLI", "%1 exists; use --force to replace it.")
                  .replace("%1", str(args.path)), file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.path) + suffix).unlink(missing_ok=True)
    write_demo(args.path)
    print(translate("CLI", "Demo database written to %1").replace("%1", str(args.path)))
    return 0
