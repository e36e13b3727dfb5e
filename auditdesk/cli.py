"""The ``auditdesk`` command: no arguments opens the GUI, a sub-command runs the CLI.

Each sub-command lives in ``auditdesk/commands/<name>.py`` and provides
``add_parser(subparsers)`` which registers its parser with ``func=run`` where
``run(args) -> int``. Command modules keep heavy imports inside ``run`` so that
``auditdesk --help`` and the GUI start stay fast.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from auditdesk import __version__

COMMANDS: tuple[str, ...] = (
    "gui",
    "demo",
    "screenshot",
    "calc",
    "import_readings",
    "baseline",
    "pack",
    "merge",
    "backup",
    "template",
    "summary",
    "report",
    "export_workbook",
    "import_workbook",
    "rollup",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditdesk",
        description="AuditDesk: RECP energy and water audits, offline.",
    )
    parser.add_argument("--version", action="version", version=f"AuditDesk {__version__}")
    parser.add_argument(
        "--lang", choices=("vi", "en"), help="language of messages (default: the settings)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        import_module(f"auditdesk.commands.{name}").add_parser(sub)
    return parser


def _take_lang(argv: list[str]) -> tuple[list[str], str | None]:
    """Accept ``--lang vi|en`` anywhere on the line, not only before the sub-command."""
    rest: list[str] = []
    lang: str | None = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("vi", "en"):
            lang = argv[i + 1]
            i += 2
            continue
        if arg.startswith("--lang=") and arg[7:] in ("vi", "en"):
            lang = arg[7:]
        else:
            rest.append(arg)
        i += 1
    return rest, lang


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from auditdesk.commands.gui import launch

        return launch(db=None, demo=False)
    argv, lang = _take_lang(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = lang or args.lang
    from auditdesk import i18n, settings

    i18n.set_language(args.lang or settings.load().language)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
