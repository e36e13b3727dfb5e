"""``auditdesk export-workbook --db PATH --audit ID -o OUT.xlsx``: the project-office workbook.

Writes the workbook of WORKBOOK.md for one audit (its id, a unique beginning of
it, or its exact title), atomically: on any failure ``OUT.xlsx`` is left as it
was. Exit status 0 written, 1 not written (the message says why), 2 wrong
arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OK, FAILED, USAGE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "export-workbook",
        help=translate("CLIHelp", "write an audit's project-office workbook (.xlsx)"),
        description=translate(
            "CLIHelp",
            "Write the project-office workbook of one audit: Cover, Enterprise, "
            "Baseline, Monthly, Checklist, Opportunities, Summary and Reference.",
        ),
    )
    parser.add_argument(
        "--db", type=Path, required=True, help=translate("CLIHelp", "the AuditDesk database")
    )
    parser.add_argument(
        "--audit",
        required=True,
        metavar="ID",
        help=translate(
            "CLIHelp", "the audit: its id, a unique beginning of it, or its exact title"
        ),
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    parser.set_defaults(func=run)


def find_audit(store: object, key: str) -> tuple[str, str]:
    """(audit id, problem text) for an id, a unique id prefix or an exact title."""
    from auditdesk.commands.baseline import find_audit as by_title
    from auditdesk.commands.pack import resolve_audit_ids

    ids, problem = resolve_audit_ids(store.conn, [key])  # type: ignore[attr-defined]
    if ids:
        return ids[0], ""
    titled = by_title(store, key)  # type: ignore[arg-type]
    return (titled, "") if titled else ("", problem)


def run(args: argparse.Namespace) -> int:
    from auditdesk.exchange.workbook import ExportError, export_audit_workbook
    from auditdesk.i18n import fill, format_number, translate
    from auditdesk.store import StoreError, open_store

    if not args.db.exists():
        print(fill(translate("WorkbookCLI", "No database at %1."), args.db), file=sys.stderr)
        return USAGE
    try:
        store = open_store(args.db, read_only=True)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return FAILED
    try:
        audit_id, problem = find_audit(store, args.audit)
        if not audit_id:
            print(problem, file=sys.stderr)
            return USAGE
        result = export_audit_workbook(store, audit_id, args.output)
    except (ExportError, StoreError, OSError) as exc:
        print(fill(translate("WorkbookCLI", "The workbook was not written: %1"), exc),
              file=sys.stderr)
        return FAILED
    finally:
        store.close()
    print(fill(translate("WorkbookCLI", "Wrote %1: %2 opportunities, %3 checklist items, "
                                        "%4 meters, %5 kB."),
               result.path, result.opportunities, result.checklist_items, result.meters,
               format_number(result.size / 1024)))
    return OK
