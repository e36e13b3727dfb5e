"""``auditdesk pack --db PATH --audit ID … -o OUT.auditdesk``: export audits to a package."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "pack",
        help=translate(
            "CLIHelp", "export audits with everything they reference to a .auditdesk package"
        ),
    )
    parser.add_argument(
        "--db", type=Path, required=True, help=translate("CLIHelp", "database to read")
    )
    parser.add_argument(
        "--audit",
        action="append",
        required=True,
        metavar="ID",
        help=translate("CLIHelp", "audit id (or a unique beginning of it); repeat for several"),
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.auditdesk")
    parser.set_defaults(func=run)


def resolve_audit_ids(conn: object, wanted: list[str]) -> tuple[list[str], str]:
    """Full audit ids for ids or unique prefixes; (ids, problem text)."""
    from auditdesk.i18n import fill, translate

    found = []
    for text in wanted:
        rows = [r[0] for r in conn.execute(  # type: ignore[attr-defined]
            "SELECT id FROM audit WHERE id = ? OR id LIKE ? ORDER BY id",
            (text, text.replace("%", "").replace("_", "\\_") + "%"))]
        exact = [r for r in rows if r == text]
        if exact or len(rows) == 1:
            found.append((exact or rows)[0])
        elif not rows:
            return [], fill(translate("TeamworkCLI", "No audit with id %1."), text)
        else:
            return [], fill(translate("TeamworkCLI", "%1 matches %2 audits; give more of the id."),
                            text, len(rows))
    return found, ""


def run(args: argparse.Namespace) -> int:
    import sys

    from auditdesk.exchange.package import PackageError, export_audits
    from auditdesk.i18n import fill, format_number, translate
    from auditdesk.store import StoreError, open_store

    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        ids, problem = resolve_audit_ids(store.conn, args.audit)
        if problem:
            print(problem, file=sys.stderr)
            return 1
        result = export_audits(store, ids, args.output)
    except (PackageError, StoreError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        store.close()
    records = sum(result.rows.values())
    print(fill(translate("TeamworkCLI", "Wrote %1: %2 audit(s), %3 records, %4 readings, "
                                        "%5 history rows, %6 kB."),
               result.path, len(result.audits), format_number(records),
               format_number(result.rows.get("reading", 0)), format_number(result.history),
               format_number(result.size / 1024)))
    for audit in result.audits:
        print(f"  {audit['id']}  {audit['title']} — {audit['enterprise']}")
    return 0
