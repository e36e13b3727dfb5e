"""Names shown for codes the register uses: RECP areas, estimators, choice values.

Area codes are those of the walk-through checklist (``resources/templates``);
an audit may add its own areas (``store.areas``), shown by their typed name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from auditdesk.i18n import QT_TRANSLATE_NOOP, current_language
from auditdesk.model.carriers import CARRIERS

# The walk-through checklist's areas and the sector add-ons', in checklist order.
RECP_AREAS: dict[str, str] = {
    "electricity_supply": QT_TRANSLATE_NOOP("RecpArea", "Electricity supply and power quality"),
    "compressed_air": QT_TRANSLATE_NOOP("RecpArea", "Compressed air"),
    "boilers_steam": QT_TRANSLATE_NOOP("RecpArea", "Boilers and steam"),
    "motors_pumps_fans": QT_TRANSLATE_NOOP("RecpArea", "Motors, pumps and fans"),
    "lighting": QT_TRANSLATE_NOOP("RecpArea", "Lighting"),
    "hvac_chillers": QT_TRANSLATE_NOOP("RecpArea", "HVAC and chillers"),
    "refrigeration_cold_storage": QT_TRANSLATE_NOOP("RecpArea", "Refrigeration and cold storage"),
    "food_processing": QT_TRANSLATE_NOOP("RecpArea", "Processing lines"),
    "process_heating": QT_TRANSLATE_NOOP("RecpArea", "Process heating (furnaces and ovens)"),
    "plating_lines": QT_TRANSLATE_NOOP("RecpArea", "Plating and surface-treatment lines"),
    "dyeing_finishing": QT_TRANSLATE_NOOP("RecpArea", "Dyeing and finishing"),
    "cooling_towers": QT_TRANSLATE_NOOP("RecpArea", "Cooling towers"),
    "water_supply": QT_TRANSLATE_NOOP("RecpArea", "Water supply and use"),
    "wastewater": QT_TRANSLATE_NOOP("RecpArea", "Wastewater"),
    "materials_chemicals": QT_TRANSLATE_NOOP("RecpArea", "Materials and chemicals"),
    "solid_waste": QT_TRANSLATE_NOOP("RecpArea", "Solid waste and by-products"),
    "management": QT_TRANSLATE_NOOP("RecpArea", "Management practices"),
}

# Values of estimators' choice inputs (fuels are carriers, shown by the carrier's name).
CHOICE_LABELS: dict[str, str] = {
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


def area_label(code: str, audit_areas: dict[str, str] | None = None) -> str:
    """The name of an area code: the audit's own name, else the checklist's, else the code."""
    if audit_areas and code in audit_areas:
        return audit_areas[code]
    text = RECP_AREAS.get(code)
    return QCoreApplication.translate("RecpArea", text) if text else code


def choice_label(code: str) -> str:
    """The name of a choice value (fuels by their carrier name)."""
    text = CHOICE_LABELS.get(code)
    if text:
        return QCoreApplication.translate("EstimatorChoice", text)
    if code in CARRIERS:
        return CARRIERS[code].label
    return code


def estimator_title(estimator: object) -> str:
    """An estimator's title in the UI language."""
    vietnamese = current_language() == "vi"
    return str(getattr(estimator, "title_vi" if vietnamese else "title_en"))


def spec_help(spec: object) -> str:
    """An input's help text in the UI language."""
    vietnamese = current_language() == "vi"
    return str(getattr(spec, "help_vi" if vietnamese else "help_en") or "")


PRIORITIES: dict[str, str] = {
    "high": QT_TRANSLATE_NOOP("Priority", "High"),
    "medium": QT_TRANSLATE_NOOP("Priority", "Medium"),
    "low": QT_TRANSLATE_NOOP("Priority", "Low"),
}


def priority_label(code: str) -> str:
    text = PRIORITIES.get(code)
    return QCoreApplication.translate("Priority", text) if text else code
