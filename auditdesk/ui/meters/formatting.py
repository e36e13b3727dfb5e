"""Numbers, timestamps and units as the meters views show and read them (UI language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from auditdesk.i18n import current_language, format_number
from auditdesk.model.carriers import CARRIERS, display_unit
from auditdesk.ui.forms.fields import ui_locale

#: Units offered for meters and production (stored as written here).
METER_UNITS = ("kWh", "MWh", "GJ", "MJ", "m3", "1000 m3", "L", "kg", "t")


def number(value: float | None, decimals: int = 0) -> str:
    """``value`` grouped in the UI language (1.234,5 / 1,234.5); None as an en dash."""
    return format_number(value, decimals)


def sensible(value: float | None) -> str:
    """A number with as many decimals as its size deserves (about 4 significant digits),
    trailing zeros dropped: 1.234.567 · 123,5 · 12,35 · 10 · 0,1235."""
    if value is None:
        return format_number(None)
    size = abs(value)
    decimals = 0 if size >= 1000 else 1 if size >= 100 else 2 if size >= 1 else 4
    text = format_number(value, decimals)
    if decimals:
        mark = "," if current_language() == "vi" else "."
        text = text.rstrip("0").rstrip(mark)
    return "0" if text in ("-0", "") else text


def plain(value: float | None) -> str:
    """A stored number exactly as stored (no rounding), grouped in the UI language."""
    if value is None:
        return format_number(None)
    return ui_locale().toString(
        float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    )


def percent(fraction: float | None) -> str:
    return "" if fraction is None else f"{format_number(fraction * 100, 1)} %"


def carrier_label(code: str) -> str:
    carrier = CARRIERS.get(code)
    return carrier.label if carrier else code


def unit_label(unit: str) -> str:
    return display_unit(unit)


def format_ts(ts: str) -> str:
    """An ISO reading time as the UI writes it: 31/01/2024 08:00 (vi), 2024-01-31 08:00 (en).

    A date-only reading shows the date alone; seconds show only when not zero.
    """
    date, _, clock = ts.partition("T")
    if len(date) == 10 and current_language() == "vi":
        date = f"{date[8:10]}/{date[5:7]}/{date[0:4]}"
    if not clock:
        return date
    if clock.endswith(":00") and len(clock) == 8:
        clock = clock[:5]
    return f"{date} {clock}"


def parse_number(text: str) -> float:
    """A number typed in the UI language; ValueError with a translated message."""
    value, ok = ui_locale().toDouble(text.strip())
    if not ok:
        example = ui_locale().toString(1234.5, "f", 1)
        raise ValueError(
            QCoreApplication.translate("MetersFormat", "“%1” is not a number (example: %2).")
            .replace("%1", text.strip())
            .replace("%2", example)
        )
    return value


def parse_ts(text: str) -> str:
    """A date or date-time typed by the user -> ISO text (date-only stays a date).

    Accepts what :func:`format_ts` shows and ISO; day before month in Vietnamese.
    """
    from auditdesk.exchange import cell_values as cv

    order = cv.DAY_FIRST if current_language() == "vi" else cv.MONTH_FIRST
    try:
        moment, has_time = cv.DateReader("auto", order).read(text.strip())
    except cv.CellError as exc:
        raise ValueError(exc.message) from None
    return moment.isoformat(timespec="seconds") if has_time else moment.date().isoformat()
