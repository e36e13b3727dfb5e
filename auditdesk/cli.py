"""The ``auditdesk`` command: no arguments opens the GUI, a sub-command runs the CLI.

Each sub-command lives in ``auditdesk/commands/<name>.py`` and provides
``add_parser(subparsers)`` which registers its parser with ``func=run`` where
``run(args) -> int``. Command modules keep heavy imports inside ``run`` so that
``auditdesk --help`` and the GUI start stay fast.

The language (``--lang vi|en`` anywhere on the line, else the settings) is set
before the parser is built, so help texts (``translate("CLIHelp", …)``) and
argparse's own words (``usage:``, ``options``, its error messages: context
``argparse``, see ``ARGPARSE_TEXTS``) come out in it.
"""

from __future__ import annotations

import sys
from importlib import import_module

from auditdesk import __version__

TYPE_CHECKING = False  # typing costs the GUI's start ~2 ms; mypy reads this as True
if TYPE_CHECKING:
    import argparse

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

def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate's marker name
    """As ``auditdesk.i18n.QT_TRANSLATE_NOOP``; not imported so ``--version`` stays light."""
    return text


#: argparse's user-facing messages (Python 3.11), translated under the context
#: "argparse". Its programming errors (conflicting options …) stay English.
ARGPARSE_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_gettext(message: str) -> str:
    from auditdesk.i18n import translate

    return translate("argparse", message) if message else message


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return _argparse_gettext(singular if count == 1 else plural)


def install_argparse_translation() -> None:
    """Make argparse look its words up in our catalogue (it calls the module-level
    ``_``/``ngettext`` it took from gettext; English stays English)."""
    import argparse  # not on the GUI's start path (``auditdesk`` with no arguments)

    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser, its texts in the current language (``i18n.set_language`` first).

    ``only``: build that sub-command's parser alone (``main`` does when the line
    names one: importing and building all sixteen costs the GUI's start ~9 ms).
    """
    import argparse

    from auditdesk.i18n import translate

    install_argparse_translation()
    parser = argparse.ArgumentParser(
        prog="auditdesk",
        description=translate("CLIHelp", "AuditDesk: RECP energy and water audits, offline."),
    )
    parser.add_argument("--version", action="version", version=f"AuditDesk {__version__}",
                        help=translate("CLIHelp", "show the version number and exit"))
    parser.add_argument(
        "--lang", choices=("vi", "en"),
        help=translate("CLIHelp", "language of messages (default: the settings)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if only is None else (only,):
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
    if argv == ["--version"]:  # no settings, no catalogue: just the version
        print(f"AuditDesk {__version__}")
        raise SystemExit(0)
    from auditdesk import i18n, settings

    i18n.set_language(lang or settings.load().language)
    named = argv[0].replace("-", "_") if argv and not argv[0].startswith("-") else ""
    parser = build_parser(only=named if named in COMMANDS else None)
    args = parser.parse_args(argv)
    args.lang = lang or args.lang
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
