"""``auditdesk import-readings``: import a CSV or Excel file of meter readings.

    auditdesk import-readings --db PATH --meter ID FILE [--date-column NAME]
        [--value-column NAME] [--time-column NAME] [--meter-column NAME]
        [--date-format auto|dd/mm/yyyy|...] [--decimal-comma | --decimal-point]
        [--unit UNIT] [--source bill] [--valid-only] [--dry-run]

Columns not given are guessed from the header (Date/Ngày, Value/Chỉ số ...).
Every problem is printed with its file row and column, then a summary. All or
nothing by default: one bad row and nothing is stored (``--valid-only`` stores
the good rows). Importing the same file again adds nothing.

Exit status: 0 readings were stored (with ``--dry-run``: would be); 1 nothing
was stored (problems, every reading already there, or the file cannot be read);
2 wrong arguments (no such database, meter or column).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.import_engine import Problem
    from auditdesk.model.entities import Meter
    from auditdesk.store import Store
    from auditdesk.store.readings_io import ImportOutcome

OK, NOTHING, USAGE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "import-readings",
        help=translate("CLIHelp", "import meter readings from a CSV or Excel file"),
        description=translate(
            "CLIHelp",
            "Import meter readings from CSV or Excel in one transaction; every problem "
            "is listed by row and column. Exit status 1 when nothing was imported.",
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--db", type=Path, required=True, help=translate("CLIHelp", "the AuditDesk database")
    )
    parser.add_argument(
        "--meter",
        required=True,
        metavar="ID",
        help=translate("CLIHelp", "the meter (its id or its exact name)"),
    )
    parser.add_argument(
        "--date-column",
        metavar="NAME",
        help=translate("CLIHelp", "column with the date (or date-time)"),
    )
    parser.add_argument(
        "--value-column", metavar="NAME", help=translate("CLIHelp", "column with the reading")
    )
    parser.add_argument(
        "--time-column", metavar="NAME", help=translate("CLIHelp", "column with the time of day")
    )
    parser.add_argument(
        "--meter-column",
        metavar="NAME",
        help=translate(
            "CLIHelp", "column naming the meter of each row (meters of the same enterprise)"
        ),
    )
    parser.add_argument(
        "--date-format",
        default="auto",
        metavar="FORMAT",
        help=translate(
            "CLIHelp",
            "auto (default), dd/mm/yyyy, mm/dd/yyyy, yyyy-mm-dd ... "
            "or a strftime pattern such as %%d/%%m/%%Y",
        ),
    )
    mark = parser.add_mutually_exclusive_group()
    mark.add_argument(
        "--decimal-comma",
        dest="decimal_comma",
        action="store_const",
        const=True,
        help=translate("CLIHelp", "numbers are written 1.234,5"),
    )
    mark.add_argument(
        "--decimal-point",
        dest="decimal_comma",
        action="store_const",
        const=False,
        help=translate("CLIHelp", "numbers are written 1,234.5"),
    )
    parser.add_argument(
        "--unit",
        metavar="UNIT",
        help=translate(
            "CLIHelp", "unit of the values in the file (e.g. MWh), converted to the meter's"
        ),
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help=translate("CLIHelp", "the CSV encoding (default: detect)"),
    )
    parser.add_argument(
        "--sheet", metavar="NAME", help=translate("CLIHelp", "the Excel sheet (default: the first)")
    )
    parser.add_argument(
        "--source",
        default="logger",
        choices=("manual", "bill", "logger", "estimated"),
        help=translate("CLIHelp", "source recorded on every reading (default: logger)"),
    )
    parser.add_argument(
        "--valid-only",
        action="store_true",
        help=translate("CLIHelp", "store the valid rows even when other rows have problems"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CLIHelp", "check everything and report, but store nothing"),
    )
    parser.set_defaults(func=run)


def _fail(text: str) -> int:
    print(text, file=sys.stderr)
    return USAGE


def find_meter(store: Store, key: str) -> Meter | None:
    """The meter with id ``key``, or the only meter named ``key`` (case ignored)."""
    meter = store.meters.find(key)
    if meter is not None:
        return meter
    named = store.meters.list("name = ? COLLATE NOCASE", (key.strip(),))
    return named[0] if len(named) == 1 else None


def describe(problem: Problem) -> str:
    """One problem as a line: where (row, column), what, and the offending text."""
    from auditdesk.i18n import fill, translate

    if problem.row and problem.column:
        where = fill(translate("MetersCLI", "row %1, column “%2”"), problem.row, problem.column)
    elif problem.row:
        where = fill(translate("MetersCLI", "row %1"), problem.row)
    elif problem.column:
        where = fill(translate("MetersCLI", "column “%1”"), problem.column)
    else:
        where = translate("MetersCLI", "file")
    shown = f" [{problem.value}]" if problem.value and problem.row else ""
    return f"{where}: {problem.message}{shown}"


def summary(outcome: ImportOutcome, meter_name: str) -> str:
    """What happened, in one or two sentences (the same words as the import dialog)."""
    from auditdesk.i18n import fill, format_number, translate

    rejected, valid = format_number(outcome.rejected_rows), format_number(outcome.valid)
    if outcome.refused:
        return fill(
            translate(
                "MetersCLI",
                "Nothing imported: %1 rows have problems and all or nothing was asked. "
                "Fix them, or import only the %2 valid rows (--valid-only).",
            ),
            rejected,
            valid,
        )
    inserted, skipped = format_number(outcome.inserted), format_number(outcome.skipped)
    if outcome.dry_run:
        return fill(
            translate(
                "MetersCLI",
                "Dry run: %1 readings would be stored in %2, %3 are already stored, "
                "%4 rows have problems. Nothing was written.",
            ),
            inserted,
            meter_name,
            skipped,
            rejected,
        )
    return fill(
        translate(
            "MetersCLI",
            "Imported %1 readings into %2; %3 were already stored (skipped); "
            "%4 rows with problems were left out.",
        ),
        inserted,
        meter_name,
        skipped,
        rejected,
    )


def run(args: argparse.Namespace) -> int:
    from auditdesk.exchange.import_engine import ImportFailed
    from auditdesk.exchange.readings_import import ColumnMapping, guess_columns
    from auditdesk.i18n import fill, translate
    from auditdesk.store import StoreError, open_store
    from auditdesk.store.readings_io import DATE_FORMATS, import_readings, inspect_layout

    date_format = DATE_FORMATS.get(args.date_format.strip().lower(), args.date_format)
    if date_format != "auto" and "%" not in date_format:
        return _fail(
            fill(
                translate(
                    "MetersCLI",
                    "Unknown date format “%1”. Use one of: %2, or a strftime pattern.",
                ),
                args.date_format,
                ", ".join(DATE_FORMATS),
            )
        )
    if not args.db.exists():
        return _fail(fill(translate("MetersCLI", "No database at %1."), args.db))
    try:
        store = open_store(args.db)
    except StoreError as exc:
        return _fail(str(exc))
    try:
        meter = find_meter(store, args.meter)
        if meter is None:
            return _fail(
                fill(translate("MetersCLI", "No meter with the id or name “%1”."), args.meter)
            )
        meters: tuple[Meter, ...] = (meter,)
        if args.meter_column:
            others = [
                m for m in store.meters.for_enterprise(meter.enterprise_id) if m.id != meter.id
            ]
            meters = (meter, *others)
        try:
            layout = inspect_layout(args.file)
        except ImportFailed as exc:
            print(describe(exc.problem))
            return NOTHING
        guess = guess_columns(layout.columns)
        date_column = args.date_column or guess.get("date")
        value_column = args.value_column or guess.get("value")
        if not date_column or not value_column:
            return _fail(
                fill(
                    translate(
                        "MetersCLI",
                        "Name the date and value columns (--date-column, --value-column). "
                        "The file's columns are: %1",
                    ),
                    ", ".join(layout.columns),
                )
            )
        mapping = ColumnMapping(
            encoding=args.encoding,
            sheet=args.sheet,
            date_format=date_format,
            decimal_comma=args.decimal_comma,
            date_column=date_column,
            value_column=value_column,
            time_column=args.time_column,
            meter_column=args.meter_column,
            meters=meters,
            file_unit=args.unit,
            source=args.source,
        )
        try:
            outcome = import_readings(
                store, args.file, mapping, valid_only=args.valid_only, dry_run=args.dry_run
            )
        except ImportFailed as exc:
            print(describe(exc.problem))
            return NOTHING
        except StoreError as exc:
            print(str(exc), file=sys.stderr)
            return NOTHING
        for problem in outcome.problems:
            print(describe(problem))
        print(summary(outcome, meter.name))
        return OK if outcome.imported_anything else NOTHING
    finally:
        store.close()
