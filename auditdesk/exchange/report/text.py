"""Numbers, units, months and labels as the report prints them, in its language.

Every function takes the report's language explicitly (``lang``), so a table
never mixes ``1,234.5`` with ``1.234,5``. The rules follow the register's
screen formatting (``auditdesk/ui/register/formatting.py`` and
``input_units.display_unit``): those modules hold no Qt, but the package they
sit in imports it, so the report cannot import them (see the package doc).
"""

from __future__ import annotations

import contextlib
import math
import unicodedata
from collections.abc import Iterator

from auditdesk import i18n
from auditdesk.i18n import QT_TRANSLATE_NOOP, format_number, translate
from auditdesk.model.carriers import CARRIERS

DASH = "–"
NBSP = "\u00a0"  # keeps a number and its unit on one line

_MONTHS = (
    QT_TRANSLATE_NOOP("ReportMonths", "Jan"), QT_TRANSLATE_NOOP("ReportMonths", "Feb"),
    QT_TRANSLATE_NOOP("ReportMonths", "Mar"), QT_TRANSLATE_NOOP("ReportMonths", "Apr"),
    QT_TRANSLATE_NOOP("ReportMonths", "May"), QT_TRANSLATE_NOOP("ReportMonths", "Jun"),
    QT_TRANSLATE_NOOP("ReportMonths", "Jul"), QT_TRANSLATE_NOOP("ReportMonths", "Aug"),
    QT_TRANSLATE_NOOP("ReportMonths", "Sep"), QT_TRANSLATE_NOOP("ReportMonths", "Oct"),
    QT_TRANSLATE_NOOP("ReportMonths", "Nov"), QT_TRANSLATE_NOOP("ReportMonths", "Dec"),
)

# Values of estimators' choice inputs: the same texts (and catalogue entries) as the
# register's ``CHOICE_LABELS`` in ui/register/labels.py; fuels print as their carrier.
CHOICES: dict[str, str] = {
    "yes": QT_TRANSLATE_NOOP("EstimatorChoice", "Yes"),
    "no": QT_TRANSLATE_NOOP("EstimatorChoice", "No"),
    "rule_of_thumb": QT_TRANSLATE_NOOP("EstimatorChoice", "Rule of thumb"),
    "isentropic": QT_TRANSLATE_NOOP("EstimatorChoice", "Isentropic compression work"),
    "doe_table": QT_TRANSLATE_NOOP("EstimatorChoice", "DOE table (natural gas)"),
    "fraction": QT_TRANSLATE_NOOP("EstimatorChoice", "Share of the bare loss removed"),
    "thickness": QT_TRANSLATE_NOOP("EstimatorChoice", "Insulation thickness"),
    "pipe": QT_TRANSLATE_NOOP("EstimatorChoice", "Pipe"),
    "vertical": QT_TRANSLATE_NOOP("EstimatorChoice", "Vertical wall"),
    "horizontal": QT_TRANSLATE_NOOP("EstimatorChoice", "Horizontal surface facing up"),
    "atmosphere": QT_TRANSLATE_NOOP("EstimatorChoice", "To the atmosphere"),
    "closed_return": QT_TRANSLATE_NOOP("EstimatorChoice", "Into a closed condensate return"),
    "normal": QT_TRANSLATE_NOOP("EstimatorChoice", "Normal hours"),
    "offpeak": QT_TRANSLATE_NOOP("EstimatorChoice", "Off-peak hours"),
    "steam": QT_TRANSLATE_NOOP("EstimatorChoice", "Purchased steam"),
}

@contextlib.contextmanager
def report_language(lang: str) -> Iterator[None]:
    """Make ``lang`` the core's language while a report is gathered and laid out.

    ``translate`` reads one process-wide language, so core texts made meanwhile
    on another thread (a GUI) come out in ``lang`` too; it is restored after.
    """
    before = i18n.current_language()
    i18n.set_language(lang)
    try:
        yield
    finally:
        i18n.set_language(before)


def clean(text: str | None) -> str:
    """Text as stored, in composed Unicode (NFC) so each Vietnamese letter is one glyph."""
    return unicodedata.normalize("NFC", text or "").strip()


def quantity(value: float | None, lang: str) -> str:
    """A quantity with the decimals its size deserves: 1.234.567 · 123,4 · 12,35 · 0,123."""
    if value is None or not math.isfinite(value):
        return DASH
    size = abs(value)
    if size >= 1000 or size == 0:
        decimals = 0
    elif size >= 100:
        decimals = 1
    elif size >= 1:
        decimals = 2
    else:
        decimals = min(6, 2 - math.floor(math.log10(size)))
    return format_number(value, decimals, lang)


def plain(value: float | None, lang: str, digits: int = 6) -> str:
    """A number as typed or published: up to ``digits`` significant digits and no
    trailing zeros (inputs, reference factors): 12 · 0,61 · 0,0001543 · 5.600."""
    if value is None or not math.isfinite(value):
        return DASH
    size = abs(value)
    decimals = 0 if size >= 10 ** (digits - 1) or size == 0 else \
        min(9, digits - 1 - math.floor(math.log10(size)))
    text = format_number(value, max(0, decimals), lang)
    mark = "," if lang == "vi" else "."
    if mark in text:
        text = text.rstrip("0").rstrip(mark)
    return text


def whole(value: float | None, lang: str) -> str:
    """A number without decimals (amounts per year in tables)."""
    if value is None or not math.isfinite(value):
        return DASH
    return format_number(value, 0, lang)


def vnd(value: float | None, lang: str) -> str:
    """Money in full: ``1.234.568 ₫`` (a no-break space before the sign)."""
    if value is None or not math.isfinite(value):
        return DASH
    return i18n.format_vnd(value, lang).replace(" ₫", NBSP + "₫")


def millions(value: float | None, lang: str, decimals: int = 1) -> str:
    """VND as millions (the column says so): 1.592.300.000 → 1.592,3."""
    if value is None or not math.isfinite(value):
        return DASH
    return format_number(value / 1e6, decimals, lang)


def usd(value: float | None, lang: str) -> str:
    """Dollars without decimals: ``72.074 USD``."""
    if value is None or not math.isfinite(value):
        return DASH
    return f"{format_number(value, 0, lang)}{NBSP}USD"


def years(value: float | None, lang: str) -> str:
    """A payback in years: two decimals under a year, one above."""
    if value is None or not math.isfinite(value):
        return DASH
    return format_number(value, 2 if value < 1 else 1, lang)


def percent(fraction: float | None, lang: str, decimals: int = 1) -> str:
    """A fraction as a percentage with its sign: 0.1234 → ``12,3 %``."""
    if fraction is None or not math.isfinite(fraction):
        return DASH
    return f"{format_number(fraction * 100, decimals, lang)}{NBSP}%"


def date(text: str | None, lang: str) -> str:
    """An ISO date in the language's format (dd/mm/yyyy in Vietnamese)."""
    return i18n.format_iso_date(text, lang) if text else DASH


def month(period: str, lang: str) -> str:
    """``2024-03`` as ``03/2024`` (Vietnamese) or ``Mar 2024`` (English)."""
    if lang == "vi":
        return f"{period[5:7]}/{period[:4]}"
    return f"{translate('ReportMonths', _MONTHS[int(period[5:7]) - 1])} {period[:4]}"


def month_short(period: str) -> str:
    """The month's short name in the current language (chart ticks)."""
    return translate("ReportMonths", _MONTHS[int(period[5:7]) - 1])


def unit_text(unit: str) -> str:
    """A unit as people write it, in the current language: ``m**3/yr`` → ``m³/năm``."""
    return i18n.unit_text(unit)


def carrier_label(code: str) -> str:
    """A carrier's name in the current language (unknown codes as they are)."""
    known = CARRIERS.get(code)
    return known.label if known else code


def carrier_unit(code: str) -> str:
    """A carrier's canonical unit as people write it."""
    known = CARRIERS.get(code)
    return unit_text(known.unit) if known else ""


def choice_label(code: str) -> str:
    """The name of an estimator's choice value; fuels by their carrier name."""
    if code in CHOICES:
        return translate("EstimatorChoice", CHOICES[code])
    if code in CARRIERS:
        return CARRIERS[code].label
    return code


def pick(lang: str, vietnamese: str, english: str) -> str:
    """The text in ``lang``, the other one when it is empty."""
    first, second = (vietnamese, english) if lang == "vi" else (english, vietnamese)
    return clean(first or second)
