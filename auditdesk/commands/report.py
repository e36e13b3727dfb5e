"""``auditdesk report``: write an audit's PDF report for the enterprise.

    auditdesk report --db PATH --audit ID --lang vi|en -o OUT.pdf

``--audit`` takes the audit's id, a unique beginning of it, or its exact
title. ``--lang`` (accepted anywhere on the line, like every command) chooses
the report's language; without it, the language of the settings. The file is
written atomically: on any error nothing is left at OUT.pdf. Exit status 1
when the database or the audit cannot be found or the file cannot be written,
2 for wrong arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "report",
        help=translate("CLIHelp", "write an audit's PDF report (Vietnamese or English)"),
        description=translate(
            "CLIHelp",
            "The audit report for the enterprise as a PDF: summary with the "
            "priority list, the enterprise, current energy and water use with charts, the "
            "opportunities with their technical basis and financial analysis, and an annex with "
            "the checklist findings and photos. Choose the language with --lang vi|en.",
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
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.pdf",
        help=translate("CLIHelp", "the PDF to write (replaced if it exists)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from auditdesk.commands.baseline import find_audit
    from auditdesk.commands.pack import resolve_audit_ids
    from auditdesk.exchange.report import ReportError, write_report
    from auditdesk.i18n import current_language, fill, format_number, translate
    from auditdesk.store import StoreError, open_store

    if not args.db.exists():
        print(fill(translate("ReportCLI", "No database at %1."), args.db), file=sys.stderr)
        return 1
    try:
        store = open_store(args.db, read_only=True)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        audit_id = find_audit(store, args.audit)
        if audit_id is None:
            ids, problem = resolve_audit_ids(store.conn, [args.audit])
            if problem:
                print(problem, file=sys.stderr)
                return 1
            audit_id = ids[0]
        result = write_report(store, audit_id, args.output, args.lang or current_language())
    except (ReportError, StoreError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        store.close()
    print(fill(translate("ReportCLI", "Wrote %1: %2 pages, %3 kB."), result.path, result.pages,
               format_number(result.size / 1024)))
    return 0
