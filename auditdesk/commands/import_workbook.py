"""``auditdesk import-workbook --db PATH IN.xlsx [--dry-run]``: read a workbook back.

Imports an audit workbook that AuditDesk wrote (any format version) into the
database: a new audit, or the audit with the same ids. All or nothing: every
cell that cannot be read or does not fit is printed as ``Sheet!A1 (row, column
“header”): what is wrong`` and nothing is stored. Exit status 0 imported (with
``--dry-run``: would be), 1 nothing imported, 2 wrong arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OK, REFUSED, USAGE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "import-workbook",
        help=translate("CLIHelp", "import an audit workbook (.xlsx) that AuditDesk wrote"),
        description=translate(
            "CLIHelp",
            "Import a project-office workbook back into an audit, all or nothing; "
            "every problem is listed by sheet, row and column.",
        ),
    )
    parser.add_argument("file", type=Path, metavar="IN.xlsx")
    parser.add_argument(
        "--db", type=Path, required=True, help=translate("CLIHelp", "the AuditDesk database")
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CLIHelp", "check and report what would be imported, store nothing"),
    )
    parser.set_defaults(func=run)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{table} {n}" for table, n in sorted(counts.items())) or "0"


def run(args: argparse.Namespace) -> int:
    from auditdesk.exchange.workbook import WorkbookImportError, import_workbook
    from auditdesk.i18n import fill, translate
    from auditdesk.store import StoreError, open_store

    if not args.db.exists():
        print(fill(translate("WorkbookCLI", "No database at %1."), args.db), file=sys.stderr)
        return USAGE
    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return REFUSED
    try:
        result = import_workbook(store, args.file, dry_run=args.dry_run)
    except WorkbookImportError as exc:
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        print(str(exc), file=sys.stderr)
        return REFUSED
    except (StoreError, OSError) as exc:
        print(fill(translate("WorkbookCLI", "Nothing was imported: %1"), exc), file=sys.stderr)
        return REFUSED
    finally:
        store.close()
    for note in result.notes:
        print(note)
    text = (translate("WorkbookCLI", "Dry run, nothing stored. %1 — %2: would create %3; "
                                     "would update %4.") if args.dry_run else
            translate("WorkbookCLI", "Imported %1 — %2: created %3; updated %4."))
    print(fill(text, result.enterprise, result.audit_title, _counts(result.created),
               _counts(result.updated)))
    return OK
