"""Energy and water carriers: codes, names and canonical units.

Quantities are stored in the canonical unit of their carrier; other units are
converted on entry (see auditdesk/calc for conversions).
"""

from __future__ import annotations

from dataclasses import dataclass

from auditdesk.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str  # English source text, translated with translate("Carrier", name)
    unit: str  # canonical unit
    is_energy: bool

    @property
    def label(self) -> str:
        return translate("Carrier", self.name)

    @property
    def unit_display(self) -> str:
        """The canonical unit as people write it (m³ rather than m3)."""
        return display_unit(self.unit)


def display_unit(unit: str) -> str:
    return unit.replace("m3", "m³").replace("m2", "m²")


CARRIERS: dict[str, Carrier] = {
    c.code: c
    for c in (
        Carrier("electricity", QT_TRANSLATE_NOOP("Carrier", "Electricity"), "kWh", True),
        Carrier("water", QT_TRANSLATE_NOOP("Carrier", "Water"), "m3", False),
        Carrier("wastewater", QT_TRANSLATE_NOOP("Carrier", "Wastewater"), "m3", False),
        Carrier("natural_gas", QT_TRANSLATE_NOOP("Carrier", "Natural gas"), "m3", True),
        Carrier("lpg", QT_TRANSLATE_NOOP("Carrier", "LPG"), "kg", True),
        Carrier("diesel", QT_TRANSLATE_NOOP("Carrier", "Diesel oil (DO)"), "L", True),
        Carrier("fuel_oil", QT_TRANSLATE_NOOP("Carrier", "Fuel oil (FO)"), "kg", True),
        Carrier("coal", QT_TRANSLATE_NOOP("Carrier", "Coal"), "kg", True),
        Carrier("biomass", QT_TRANSLATE_NOOP("Carrier", "Biomass"), "kg", True),
        Carrier("steam", QT_TRANSLATE_NOOP("Carrier", "Steam"), "kg", True),
        Carrier("compressed_air", QT_TRANSLATE_NOOP("Carrier", "Compressed air"), "m3", False),
        Carrier("other", QT_TRANSLATE_NOOP("Carrier", "Other"), "", False),
    )
}
