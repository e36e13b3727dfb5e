"""Translation and locale formatting for the core (no Qt).

One catalogue serves the whole app: ``resources/i18n/auditdesk_vi.ts`` (Qt
Linguist XML). The UI loads its compiled ``.qm`` through QTranslator; the core
(store messages, CLI, exports) reads the same ``.ts`` here, so a message is
translated once. ``pyside6-lupdate`` extracts ``translate("Context", "text")``
calls from core modules just as it extracts ``self.tr(...)`` from widgets.

English is the source language; Vietnamese is the default user language.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from functools import lru_cache

from auditdesk import paths

_language = "vi"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in ("vi", "en") else "vi"


def current_language() -> str:
    return _language


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # only when a core text is first translated

    path = paths.resource("i18n", f"auditdesk_{lang}.ts")
    table: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return table
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = node.text
    return table


def translate(context: str, text: str) -> str:
    """Return ``text`` in the current language (English source is the key)."""
    if _language == "en":
        return text
    return _catalogue(_language).get((context, text), text)


def fill(message: str, *values: object) -> str:
    """Replace ``%1``, ``%2`` … in an already translated ``message`` by ``values``.

    Call it as ``fill(translate("Ctx", "Unknown area %1."), code)`` so that
    lupdate still sees the literal English text. ``%10`` is replaced before ``%1``.
    """
    for number in range(len(values), 0, -1):
        message = message.replace(f"%{number}", str(values[number - 1]))
    return message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Mark a string for extraction without translating it here."""
    return text


# --- numbers and dates -------------------------------------------------------

_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (thousands, decimal)


def format_number(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """Group thousands and place the decimal mark as the language expects.

    Vietnamese: 1.234.567,8 — English: 1,234,567.8. ``None`` prints as an en dash.
    """
    if value is None:
        return "–"
    thousands, decimal = _SEPARATORS[lang or _language]
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def format_value(value: float | None, lang: str | None = None, digits: int = 10) -> str:
    """A number with as many decimals as it needs (up to ``digits`` significant
    digits, like ``f"{value:g}"``) and the language's marks: 1.234,5 in Vietnamese.

    For numbers in messages, where the value the user typed or a limit is shown
    as is. Very large or very small numbers keep the exponent (1,5e-07).
    """
    if value is None:
        return "–"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    text = f"{value:.{digits}g}"
    if "e" in text:
        return text.replace(".", _SEPARATORS[lang or _language][1])
    decimals = len(text.partition(".")[2])
    return format_number(value, decimals, lang)


def format_vnd(value: float | None, lang: str | None = None) -> str:
    if value is None:
        return "–"
    return f"{format_number(value, 0, lang)} ₫"


def format_date(value: _dt.date | None, lang: str | None = None) -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y" if (lang or _language) == "vi" else "%Y-%m-%d")


def format_iso_date(text: str | None, lang: str | None = None) -> str:
    """An ISO date text (``YYYY-MM-DD…``) in the language's format; bad text as is."""
    if not text:
        return ""
    try:
        return format_date(_dt.date.fromisoformat(text[:10]), lang)
    except ValueError:
        return text


# --- units -------------------------------------------------------------------

_PRETTY_UNITS = (
    ("delta_degC", "°C"), ("delta_degF", "°F"), ("degC", "°C"), ("degF", "°F"),
    ("refrigeration_ton", "RT"), ("gallon/minute", "US gpm"), ("inch", "in"),
    ("**3", "³"), ("**2", "²"), ("m3", "m³"), ("m2", "m²"), ("*", "·"), ("VND", "₫"),
    ("dimensionless", ""),
)


def unit_text(unit: str) -> str:
    """A unit as people write it, in the current language: ``m**3/yr`` → ``m³/năm``."""
    text = unit or ""
    for raw, pretty in _PRETTY_UNITS:
        text = text.replace(raw, pretty)
    text = re.sub(r"\byr\b", translate("UnitNames", "yr"), text)
    return re.sub(r"\bday\b", translate("UnitNames", "day"), text)
