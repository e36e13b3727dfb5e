"""How template units read on screen: pint spellings become what an auditor writes
(``refrigeration_ton`` → ``RT``, ``dimensionless`` → nothing) and, in Vietnamese,
time words are Vietnamese (``kWh/month`` → ``kWh/tháng``)."""

from __future__ import annotations

import re

_WHOLE = {"dimensionless": "", "count": "", "delta_degC": "°C", "delta_degF": "°F",
          "ft³/min": "cfm"}
_PARTS = {"refrigeration_ton": "RT", "ft³/min": "cfm"}
_VIETNAMESE = {"month": "tháng", "yr": "năm", "day": "ngày", "week": "tuần"}
_WORD = re.compile(r"\b(month|yr|day|week)\b")


def unit_label(unit: str, lang: str) -> str:
    """``unit`` as shown to the auditor in ``lang``."""
    if unit in _WHOLE:
        return _WHOLE[unit]
    for spelling, shown in _PARTS.items():
        unit = unit.replace(spelling, shown)
    if lang == "vi":
        unit = _WORD.sub(lambda match: _VIETNAMESE[match.group(1)], unit)
    return unit
