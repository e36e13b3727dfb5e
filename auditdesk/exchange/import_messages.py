"""Every message the readings and production import shows, in one place (context "Readings").

``say(key, *args)`` translates a message and fills its %1, %2 ... placeholders.
"""

from __future__ import annotations

from auditdesk.i18n import QT_TRANSLATE_NOOP, translate

MESSAGES: dict[str, str] = {
    # the file as a whole
    "unreadable": QT_TRANSLATE_NOOP("Readings", "This file cannot be read: %1"),
    "too_large": QT_TRANSLATE_NOOP(
        "Readings",
        "The file is %1 MB, above the import limit of %2 MB. Split it (for example by "
        "year) or leave out the columns you do not need.",
    ),
    "empty_file": QT_TRANSLATE_NOOP("Readings", "The file is empty."),
    "no_data_rows": QT_TRANSLATE_NOOP("Readings", "The file has no data rows below the header."),
    "old_format": QT_TRANSLATE_NOOP(
        "Readings", "%1 files cannot be read: save the sheet as .xlsx or CSV first."
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP("Readings", "Unknown encoding: %1"),
    "no_sheet": QT_TRANSLATE_NOOP("Readings", "The workbook has no sheet named %1."),
    "bad_row": QT_TRANSLATE_NOOP("Readings", "Row %1 cannot be read: %2"),
    "no_header": QT_TRANSLATE_NOOP(
        "Readings",
        "No header row found: a row naming the columns (such as Date, Value) must come just "
        "before the first row of data. Choose the header row.",
    ),
    "empty_header": QT_TRANSLATE_NOOP("Readings", "Row %1 is empty: it cannot be the header."),
    "unknown_column": QT_TRANSLATE_NOOP(
        "Readings", "No column named “%1” in the file. Its columns are: %2."
    ),
    "no_period_columns": QT_TRANSLATE_NOOP(
        "Readings", "Choose a month column, or start and end columns."
    ),
    "column_n": QT_TRANSLATE_NOOP("Readings", "Column %1"),
    # one row
    "wrong_encoding": QT_TRANSLATE_NOOP(
        "Readings",
        "This row is not valid %1 text: the file probably uses another encoding (for example "
        "Windows-1258). Choose the file's encoding and import again.",
    ),
    "extra_cells": QT_TRANSLATE_NOOP(
        "Readings",
        "This row has %1 cells but the header only %2: a decimal comma in a comma-separated "
        "file, or a stray delimiter?",
    ),
    "empty_value": QT_TRANSLATE_NOOP("Readings", "The value is empty."),
    "not_a_number": QT_TRANSLATE_NOOP("Readings", "Not a number."),
    "not_a_number_mark": QT_TRANSLATE_NOOP(
        "Readings", "Not a number (the decimal mark of this file is “%1”)."
    ),
    "empty_date": QT_TRANSLATE_NOOP("Readings", "The date is empty."),
    "not_a_date": QT_TRANSLATE_NOOP("Readings", "Not a date."),
    "not_in_format": QT_TRANSLATE_NOOP("Readings", "Not a date in the format %1."),
    "invalid_date": QT_TRANSLATE_NOOP("Readings", "Not a valid date (read as %1)."),
    "year_range": QT_TRANSLATE_NOOP("Readings", "The year %1 is out of range."),
    "not_a_time": QT_TRANSLATE_NOOP("Readings", "Not a time of day."),
    "not_a_month": QT_TRANSLATE_NOOP("Readings", "Not a month."),
    "end_before_start": QT_TRANSLATE_NOOP("Readings", "The end date is before the start date."),
    "unknown_meter": QT_TRANSLATE_NOOP("Readings", "No meter called “%1”."),
    "negative_register": QT_TRANSLATE_NOOP("Readings", "A cumulative register cannot be negative."),
    "negative_period": QT_TRANSLATE_NOOP("Readings", "Consumption in a period cannot be negative."),
    "negative_production": QT_TRANSLATE_NOOP(
        "Readings", "A production quantity cannot be negative."
    ),
    "duplicate_reading": QT_TRANSLATE_NOOP(
        "Readings",
        "The same meter and time appear in an earlier row of this file; this row is skipped.",
    ),
    "duplicate_production": QT_TRANSLATE_NOOP(
        "Readings", "The same product and period appear in an earlier row; this row is skipped."
    ),
    # warnings
    "ambiguous_number": QT_TRANSLATE_NOOP(
        "Readings",
        "Numbers such as %1 can be read with either decimal mark; they were read with “%2”. "
        "Choose the decimal mark to confirm.",
    ),
    "ambiguous_date": QT_TRANSLATE_NOOP(
        "Readings",
        "Dates such as %1 can be read as day/month or month/day; they were read as "
        "day/month/year (the Vietnamese default). Choose the date format to confirm.",
    ),
    "more": QT_TRANSLATE_NOOP("Readings", "%1 more problems are not listed."),
}


def say(key: str, *args: object) -> str:
    """The message ``key`` in the current language with ``args`` in %1, %2 ..."""
    text = translate("Readings", MESSAGES[key])
    for number in range(len(args), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text
