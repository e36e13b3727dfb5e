"""``auditdesk backup --db PATH [--list | --check | --restore FILE]``: back up now
(the default), list the backups, check the database, or restore a backup."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "backup", help=translate("CLIHelp", "back up, check or restore a database")
    )
    parser.add_argument(
        "--db", type=Path, required=True, help=translate("CLIHelp", "the AuditDesk database")
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--list", action="store_true", help=translate("CLIHelp", "list the backups, newest first")
    )
    group.add_argument(
        "--check", action="store_true", help=translate("CLIHelp", "run the integrity check")
    )
    group.add_argument(
        "--restore",
        type=Path,
        metavar="FILE",
        help=translate("CLIHelp", "replace the database by this backup (the current file is kept)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from auditdesk import settings
    from auditdesk.i18n import fill, format_number, translate
    from auditdesk.store import StoreError
    from auditdesk.store import backup as backups

    if not args.db.exists():
        print(fill(translate("TeamworkCLI", "No database at %1."), args.db), file=sys.stderr)
        return 1
    try:
        if args.list:
            for info in backups.list_backups(args.db):
                print(f"{info.made_at.astimezone():%Y-%m-%d %H:%M:%S}  {info.reason:<14} "
                      f"{format_number(info.size / 1024)} kB  {info.path}")
            return 0
        if args.check:
            problems = backups.check_integrity(args.db)
            for problem in problems:
                print(problem)
            if not problems:
                print(fill(translate("TeamworkCLI", "%1 is sound."), args.db))
            return 1 if problems else 0
        if args.restore:
            kept = backups.restore_backup(args.restore, args.db,
                                          user=settings.load().effective_user())
            print(fill(translate("TeamworkCLI", "Restored %1 from %2; the replaced file is "
                                                "kept as %3."), args.db, args.restore, kept))
            return 0
        info = backups.make_backup(args.db, reason="manual", keep=settings.load().backup_count)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(info.path)
    return 0
