"""``auditdesk rollup --db PATH [--park …] [--year …] [--status …] -o OUT.xlsx``.

Writes the portfolio roll-up workbook of the selected audits (all of them when
no filter is given): parks by id, a unique beginning of the id, or exact name;
years of the audits' start dates; audit status codes. The consistency checks
run first and their issues are printed; with issues nothing is written unless
``--force``. ``--anonymise`` replaces enterprise names by aliases.

Exit status: 0 written, 1 not written (issues, no audit selected, the file
cannot be written), 2 wrong arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

OK, REFUSED, USAGE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "rollup",
        help=translate("CLIHelp", "write the portfolio roll-up workbook of many audits"),
        description=translate(
            "CLIHelp",
            "Roll up the selected audits into one workbook (Summary, Portfolio, "
            "ByPark, ByTechnique, ByStatus, Opportunities, Reference) after consistency checks.",
        ),
    )
    parser.add_argument(
        "--db", type=Path, required=True, help=translate("CLIHelp", "the AuditDesk database")
    )
    parser.add_argument(
        "--park",
        action="append",
        default=[],
        metavar="PARK",
        help=translate(
            "CLIHelp", "a park (id, unique id beginning or exact name); repeat for more"
        ),
    )
    parser.add_argument(
        "--year",
        action="append",
        default=[],
        type=int,
        metavar="YYYY",
        help=translate("CLIHelp", "audits started in this year; repeat for more"),
    )
    parser.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="STATUS",
        help=translate(
            "CLIHelp",
            "audit status code (planned, fieldwork, analysis, review, "
            "signed_off, closed); repeat for more",
        ),
    )
    parser.add_argument(
        "--anonymise",
        "--anonymize",
        action="store_true",
        help=translate("CLIHelp", "replace enterprise names by Enterprise 001, 002 …"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "CLIHelp", "write the roll-up even when the consistency checks found issues"
        ),
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    parser.set_defaults(func=run)


def resolve_parks(store: Any, wanted: list[str]) -> tuple[list[str], str]:
    """Park ids for ids, unique id beginnings or exact names; (ids, problem text)."""
    from auditdesk.i18n import fill, translate

    ids = []
    for text in wanted:
        rows = [r[0] for r in store.query(
            "SELECT id FROM park WHERE id = ? OR id LIKE ? OR name = ? COLLATE NOCASE",
            (text, text.replace("%", "").replace("_", "\\_") + "%", text.strip()))]
        if len(rows) != 1:
            return [], fill(translate("WorkbookCLI", "“%1” names %2 parks; give its id or exact "
                                                     "name."), text, len(rows))
        ids.append(rows[0])
    return ids, ""


def run(args: argparse.Namespace) -> int:
    from auditdesk.exchange.workbook import (
        ExportError,
        RollupRefused,
        Selection,
        export_rollup,
    )
    from auditdesk.i18n import fill, format_number, translate
    from auditdesk.model.vocab import AUDIT_STATUSES
    from auditdesk.store import StoreError, open_store

    if not args.db.exists():
        print(fill(translate("WorkbookCLI", "No database at %1."), args.db), file=sys.stderr)
        return USAGE
    unknown = [s for s in args.status if s not in AUDIT_STATUSES]
    if unknown:
        print(fill(translate("WorkbookCLI", "Unknown audit status %1; use one of %2."),
                   ", ".join(unknown), ", ".join(AUDIT_STATUSES)), file=sys.stderr)
        return USAGE
    try:
        store = open_store(args.db, read_only=True)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return REFUSED
    try:
        parks, problem = resolve_parks(store, args.park)
        if problem:
            print(problem, file=sys.stderr)
            return USAGE
        selection = Selection(tuple(parks), tuple(args.year), tuple(args.status))
        result = export_rollup(store, selection, args.output, anonymise=args.anonymise,
                               force=args.force)
    except RollupRefused as exc:
        for issue in exc.issues:
            print(f"- {issue}", file=sys.stderr)
        print(str(exc) + " " + translate("WorkbookCLI", "Fix them, or add --force to write "
                                                        "the roll-up with them listed."),
              file=sys.stderr)
        return REFUSED
    except (ExportError, StoreError, OSError) as exc:
        print(fill(translate("WorkbookCLI", "The roll-up was not written: %1"), exc),
              file=sys.stderr)
        return REFUSED
    finally:
        store.close()
    for issue in result.issues:
        print(f"- {issue}")
    print(fill(translate("WorkbookCLI", "Wrote %1: %2 audits of %3 enterprises, %4 "
                                        "opportunities, %5 kB."),
               result.path, result.audits, result.enterprises, result.opportunities,
               format_number(result.size / 1024)))
    return OK
