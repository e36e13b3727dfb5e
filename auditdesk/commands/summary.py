"""``auditdesk summary``: what audits proposed, and what was accepted, implemented and verified.

    auditdesk summary --db PATH [--audit ID | --park ID] [--json]

Counts of opportunities by status and by RECP technique, then per stage
(proposed / accepted / implemented / verified, see ``auditdesk.review.summary``)
the savings in kWh/yr, m3/yr of water, VND/yr, USD/yr, tCO2e/yr and the
investment. Without --audit or --park: every audit in the database. Exit
status 2 for wrong arguments or an unknown audit or park.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.review.summary import Summary
    from auditdesk.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "summary",
        help=translate(
            "CLIHelp",
            "count opportunities and sum proposed, accepted, implemented and verified savings",
        ),
        description=translate(
            "CLIHelp",
            "Opportunities by status and RECP technique; proposed, accepted, implemented and "
            "verified savings (kWh/yr, m3/yr, VND/yr, USD/yr, tCO2e/yr, investment).",
        ),
    )
    parser.add_argument(
        "--db", type=Path, required=True, help=translate("CLIHelp", "the AuditDesk database")
    )
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument(
        "--audit", metavar="ID", help=translate("CLIHelp", "one audit (its id or its exact title)")
    )
    scope.add_argument(
        "--park",
        metavar="ID",
        help=translate("CLIHelp", "every audit in a park (id or exact name)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CLIHelp", "print JSON instead of text")
    )
    parser.set_defaults(func=run)


def _find_park(store: Store, key: str) -> str | None:
    if store.parks.find(key) is not None:
        return key
    named = store.parks.list("name = ? COLLATE NOCASE", (key.strip(),))
    return named[0].id if len(named) == 1 else None


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i])
                      for i, cell in enumerate(row)).rstrip() for row in rows]


def print_text(summary: Summary, scope: str) -> None:
    from auditdesk.i18n import fill, format_number, translate
    from auditdesk.model import vocab
    from auditdesk.review.summary import STAGE_LABELS

    print(scope)
    print(fill(translate("SummaryCLI", "%1 audit(s), %2 opportunities"), summary.audits,
               sum(summary.by_status.values())))
    print(translate("SummaryCLI", "By status:"))
    for code in vocab.OPPORTUNITY_STATUSES:
        if summary.by_status.get(code):
            print(f"  {vocab.label(vocab.OPPORTUNITY_STATUSES, code)}: {summary.by_status[code]}")
    print(translate("SummaryCLI", "By RECP technique:"))
    for code in vocab.TECHNIQUES:
        if summary.by_technique.get(code):
            print(f"  {code} {vocab.label(vocab.TECHNIQUES, code)}: {summary.by_technique[code]}")
    rows = [[translate("SummaryCLI", "Stage"), translate("SummaryCLI", "Count"),
             translate("SummaryCLI", "kWh/yr"), translate("SummaryCLI", "m3 water/yr"),
             translate("SummaryCLI", "VND/yr"), translate("SummaryCLI", "USD/yr"),
             translate("SummaryCLI", "tCO2e/yr"), translate("SummaryCLI", "Investment VND")]]
    for name, totals in summary.stages.items():
        rows.append([translate("Summary", STAGE_LABELS[name]), str(totals.count),
                     format_number(totals.kwh), format_number(totals.water_m3),
                     format_number(totals.cost_vnd), format_number(totals.cost_usd),
                     format_number(totals.co2e_t, 1), format_number(totals.investment_vnd)])
    for line in _table(rows):
        print(line)
    print(translate("SummaryCLI", "Proposed, accepted and implemented savings are estimates; "
                                  "verified savings are measured."))


def run(args: argparse.Namespace) -> int:
    import json

    from auditdesk.i18n import fill, translate
    from auditdesk.review.summary import all_audits, audits_of_park, summarise
    from auditdesk.store import StoreError, open_store

    if not args.db.exists():
        print(fill(translate("SummaryCLI", "No database at %1."), args.db), file=sys.stderr)
        return 2
    try:
        store = open_store(args.db, read_only=True)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        if args.audit:
            from auditdesk.commands.baseline import find_audit

            audit_id = find_audit(store, args.audit)
            if audit_id is None:
                print(fill(translate("SummaryCLI", "No audit with the id or title “%1”."),
                           args.audit), file=sys.stderr)
                return 2
            ids = [audit_id]
            scope = store.audits.get(audit_id).title
        elif args.park:
            park_id = _find_park(store, args.park)
            if park_id is None:
                print(fill(translate("SummaryCLI", "No park with the id or name “%1”."),
                           args.park), file=sys.stderr)
                return 2
            ids = audits_of_park(store, park_id)
            scope = store.parks.get(park_id).name
        else:
            ids = all_audits(store)
            scope = translate("SummaryCLI", "All audits in the database")
        summary = summarise(store, ids)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"scope": scope, **summary.to_json()}, ensure_ascii=False, indent=2))
    else:
        print_text(summary, scope)
    return 0
