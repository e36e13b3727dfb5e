"""Translation and locale formatting for the core (no Qt).

One catalogue serves the whole app: ``resources/i18n/auditdesk_vi.ts`` (Qt
Linguist XML). The UI loads its compiled ``.qm`` through QTranslator; the core
(store messages, CLI, exports) reads the same ``.ts`` here, so a message is
translated once. ``pyside6-lupdate`` extracts ``translate("Context", "text")``
calls from core modules just as it extracts ``self.tr(...)`` from widgets.

English is the source language; Vietnamese is the default user language.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from auditdesk import paths

TYPE_CHECKING = False  # typing costs ~2 ms at start-up; mypy reads this as True
if TYPE_CHECKING:
    import datetime as _dt
    from pathlib import Path

_language = "vi"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in ("vi", "en") else "vi"


def current_language() -> str:
    return _language


KEY_SEPARATOR = "\x04"  # context and source in one JSON key (as gettext's msgctxt)


@lru_cache(maxsize=4)
def _flat(lang: str) -> dict[str, str]:
    """The translations of ``lang`` keyed ``context\\x04source``: from the JSON that
    ``scripts/i18n.py`` compiles beside the ``.qm`` (read in ~2 ms, where parsing the
    ``.ts`` XML takes ~11 ms on every start of the CLI or the GUI), else the ``.ts``."""
    compiled = paths.resource("i18n", f"auditdesk_{lang}.json")
    try:
        import json

        flat: dict[str, str] = json.loads(compiled.read_text(encoding="utf-8"))
        return flat
    except (OSError, ValueError):
        table = parse_ts(paths.resource("i18n", f"auditdesk_{lang}.ts"))
        return {f"{c}{KEY_SEPARATOR}{s}": text for (c, s), text in table.items()}


def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    """The translations of ``lang``: (context, source) → text."""
    return {tuple(key.split(KEY_SEPARATOR, 1)): text  # type: ignore[misc]
            for key, text in _flat(lang).items()}




def parse_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a Qt Linguist ``.ts`` file: (context, source) → text."""
    import xml.etree.ElementTree as ET  # only when a core text is first translated

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


def compiled_catalogue(ts: Path) -> str:
    """The JSON text ``_catalogue`` reads, compiled from ``ts`` (see scripts/i18n.py)."""
    import json

    table = parse_ts(ts)
    return json.dumps({f"{c}{KEY_SEPARATOR}{s}": table[(c, s)] for c, s in sorted(table)},
                      ensure_ascii=False, indent=0) + "\n"


def translate(context: str, text: str) -> str:
    """Return ``text`` in the current language (English source is the key)."""
    if _language == "en":
        return text
    return _flat(_language).get(f"{context}{KEY_SEPARATOR}{text}", text)


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
        import datetime as _dt  # here: ~1.3 ms off every start

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
