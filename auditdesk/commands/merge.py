"""``auditdesk merge --db PATH IN.auditdesk … [--on-conflict ask|ours|theirs|fail]``.

All packages are checked first and merged in one transaction: a damaged
package, a conflict left undecided (``fail``) or a quit at a question leaves
the database exactly as it was. Exit status: 0 merged, 1 refused, 3 conflicts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.package import FieldConflict, MergeSummary

EXIT_CONFLICTS = 3


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "merge", help=translate("CLIHelp", "merge .auditdesk packages into a database")
    )
    parser.add_argument(
        "--db", type=Path, required=True, help=translate("CLIHelp", "database to merge into")
    )
    parser.add_argument("packages", type=Path, nargs="+", metavar="IN.auditdesk")
    parser.add_argument(
        "--on-conflict",
        choices=("ask", "ours", "theirs", "fail"),
        default="ask",
        help=translate(
            "CLIHelp",
            "a field changed here and in the package: ask (in a terminal), keep ours, "
            "take theirs, or fail and change nothing (default: ask)",
        ),
    )
    parser.set_defaults(func=run)


def describe_conflict(conflict: FieldConflict) -> str:
    from auditdesk.exchange.package_labels import field_label, table_label, time_text, value_text
    from auditdesk.i18n import fill, translate

    record = f"{table_label(conflict.table)} “{conflict.label}”"
    if not conflict.field:
        return fill(translate("TeamworkCLI", "%1: deleted here (%2, %3), changed in the package "
                                             "(%4, %5)"), record, conflict.ours_by or "?",
                    time_text(conflict.ours_at), conflict.theirs_by or "?",
                    time_text(conflict.theirs_at))
    return fill(translate("TeamworkCLI", "%1, %2: ours “%3” (%4, %5) | theirs “%6” (%7, %8)"),
                record, field_label(conflict.field), value_text(conflict.ours, 80),
                conflict.ours_by or "?", time_text(conflict.ours_at),
                value_text(conflict.theirs, 80), conflict.theirs_by or "?",
                time_text(conflict.theirs_at))


def print_summary(summary: MergeSummary) -> None:
    from auditdesk.exchange.package_labels import count_parts, table_label
    from auditdesk.i18n import fill, format_number, translate

    print(fill(translate("TeamworkCLI", "%1: %2; %3 history rows added."), summary.source,
               count_parts(summary.added, summary.updated, summary.skipped,
                           summary.conflicting), format_number(summary.history_added)))
    for table, c in summary.tables.items():
        if c.added or c.updated or c.merged or c.conflicts:
            print(f"  {table_label(table)}: "
                  f"{count_parts(c.added, c.updated + c.merged, c.skipped, c.conflicts)}")
    for conflict in summary.conflicts:
        if conflict.choice:
            kept = (translate("TeamworkCLI", "kept ours") if conflict.choice == "ours"
                    else translate("TeamworkCLI", "took theirs"))
            print(f"    {describe_conflict(conflict)} → {kept}")


def ask(conflicts: list[FieldConflict]) -> dict[tuple[str, str, str], str] | None:
    """Ask in the terminal; None when the user quits."""
    from auditdesk.i18n import translate

    choices: dict[tuple[str, str, str], str] = {}
    everything: str | None = None
    prompt = translate("TeamworkCLI", "  [o] keep ours  [t] take theirs  [O]/[T] the same for "
                                      "all the rest  [q] quit, change nothing: ")
    for conflict in conflicts:
        if everything is None:
            print(describe_conflict(conflict))
            answer = ""
            while answer not in ("o", "t", "O", "T", "q"):
                try:
                    answer = input(prompt).strip()
                except EOFError:
                    answer = "q"
            if answer == "q":
                return None
            if answer in ("O", "T"):
                everything = "ours" if answer == "O" else "theirs"
            choice = everything or ("ours" if answer == "o" else "theirs")
        else:
            choice = everything
        choices[conflict.ident] = choice
    return choices


def run(args: argparse.Namespace) -> int:
    from auditdesk.exchange.package import (
        ConflictError,
        MergeDataError,
        PackageError,
        merge_package,
        open_package,
    )
    from auditdesk.i18n import translate
    from auditdesk.store import StoreError, open_store

    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    packages = []
    try:
        store.ensure_writable()
        for path in args.packages:
            packages.append(open_package(path))
        summaries = []
        with store.transaction():
            for package in packages:
                if args.on_conflict != "ask":
                    summaries.append(merge_package(store, package, on_conflict=args.on_conflict))
                    continue
                plan = merge_package(store, package, on_conflict="ask")
                choices: dict[tuple[str, str, str], str] | None = {}
                if plan.unresolved():
                    if not sys.stdin.isatty():
                        raise ConflictError(plan)
                    choices = ask(plan.unresolved())
                    if choices is None:
                        print(translate("TeamworkCLI", "Stopped: nothing was changed."))
                        raise _Quit()
                summaries.append(merge_package(store, package, choices=choices,
                                               on_conflict="fail"))
    except _Quit:
        return EXIT_CONFLICTS
    except ConflictError as exc:
        print(str(exc), file=sys.stderr)
        for conflict in exc.summary.unresolved():
            print("  " + describe_conflict(conflict), file=sys.stderr)
        return EXIT_CONFLICTS
    except (PackageError, MergeDataError, StoreError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        for package in packages:
            package.close()
        store.close()
    for summary in summaries:
        print_summary(summary)
    return 0


class _Quit(Exception):
    """The user stopped at a question: roll everything back."""
