"""The templates AuditDesk ships: valid, big enough, bilingual, and usable together."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from auditdesk.checklist import units
from auditdesk.checklist.template import (
    BUILTIN_TEMPLATE_FILES,
    Template,
    addons_for_sector,
    builtin_template_path,
    load_builtin_templates,
    load_template,
    merge_templates,
)

BASE_AREAS = {
    "electricity_supply", "compressed_air", "boilers_steam", "motors_pumps_fans", "lighting",
    "hvac_chillers", "process_heating", "cooling_towers", "water_supply", "wastewater",
    "materials_chemicals", "solid_waste", "management",
}
# Vietnamese letters that plain ASCII lacks: a Vietnamese text without any is suspect.
_VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                         re.IGNORECASE)


@pytest.fixture(scope="module")
def shipped() -> list[Template]:
    return load_builtin_templates(check_units=True)


def test_every_shipped_file_loads_with_unit_checks(shipped: list[Template]) -> None:
    assert [t.origin for t in shipped] == list(BUILTIN_TEMPLATE_FILES)
    assert shipped[0].kind == "base" and all(t.kind == "addon" for t in shipped[1:])
    assert all(t.base == shipped[0].code for t in shipped[1:])


def test_item_counts(shipped: list[Template]) -> None:
    base, *addons = shipped
    assert len(base.items) >= 120
    assert all(len(addon.items) >= 15 for addon in addons)


def test_base_covers_every_walk_through_area(shipped: list[Template]) -> None:
    base = shipped[0]
    counts = Counter(item.area for item in base.items)
    assert {area.code for area in base.areas} == BASE_AREAS
    assert all(counts[area] >= 8 for area in BASE_AREAS), counts


def test_all_shipped_templates_merge(shipped: list[Template]) -> None:
    merged = merge_templates(shipped[0], shipped[1:])
    assert len(merged.items) == sum(len(t.items) for t in shipped)
    assert len({item.code for item in merged.items}) == len(merged.items)


def test_addons_by_sector(shipped: list[Template]) -> None:
    base = shipped[0]
    assert [t.code for t in addons_for_sector(shipped, base, "textile")] == ["addon_textile_dyeing"]
    assert [t.code for t in addons_for_sector(shipped, base, "food")] == ["addon_seafood_food"]
    assert [t.code for t in addons_for_sector(shipped, base, "seafood")] == ["addon_seafood_food"]
    assert [t.code for t in addons_for_sector(shipped, base, "metal_finishing")] == [
        "addon_metal_finishing"]
    assert addons_for_sector(shipped, base, "garment") == []


def all_items(shipped: list[Template]) -> list:  # type: ignore[type-arg]
    return [item for template in shipped for item in template.items]


def test_every_text_is_bilingual_and_vietnamese_has_diacritics(shipped: list[Template]) -> None:
    for item in all_items(shipped):
        assert item.text_vi and item.text_en, item.code
        assert _VIETNAMESE.search(item.text_vi), f"{item.code}: {item.text_vi}"
        assert not _VIETNAMESE.search(item.text_en), f"{item.code}: {item.text_en}"
        assert bool(item.help_vi) == bool(item.help_en), item.code
        assert bool(item.opportunity_vi) == bool(item.opportunity_en), item.code
        for choice in item.choices:
            assert choice.vi and choice.en, f"{item.code} {choice.code}"


def test_findings_lead_to_an_opportunity(shipped: list[Template]) -> None:
    for item in all_items(shipped):
        if item.finding_hint is not None:
            assert item.technique and item.estimator, item.code
            assert item.opportunity_vi, item.code


def test_nameplate_numbers_have_units_pint_can_convert(shipped: list[Template]) -> None:
    numbers = [item for item in all_items(shipped) if item.answer_type == "number"]
    assert len(numbers) >= 50
    for item in numbers:
        assert units.dimensionality(item.unit) is not None, item.code
        for other in item.units:
            units.convert(1.0, other, item.unit)  # raises if they measure different things


def test_units_mean_what_an_auditor_means() -> None:
    """pint reads some trade spellings as something else; the templates avoid them."""
    assert units.convert(1.0, "refrigeration_ton", "kW") == pytest.approx(3.5169, abs=1e-4)
    assert units.convert(1.0, "ft³/min", "m³/min") == pytest.approx(0.028317, abs=1e-6)
    assert units.convert(1.0, "kgf/cm²", "bar") == pytest.approx(0.980665)
    assert units.convert(100.0, "°C", "°F") == pytest.approx(212.0)
    assert units.convert(5.0, "delta_degC", "delta_degF") == pytest.approx(9.0)
    assert units.convert(1.0, "h/month", "h/yr") == pytest.approx(12.0)


def test_the_vsd_question_waits_for_a_motor_above_7_5_kw(shipped: list[Template]) -> None:
    from auditdesk.checklist.logic import visibility

    base = shipped[0]
    small = visibility(base, {"MP-003": 5.5, "MP-008": "throttle"})
    large = visibility(base, {"MP-003": 11.0, "MP-008": "throttle"})
    assert (small["MP-010"], large["MP-010"]) == (False, True)
    no_boiler = visibility(base, {"BS-001": "no"})
    boiler_items = [i.code for i in base.items if i.area == "boilers_steam" and i.code != "BS-001"]
    assert not any(no_boiler[code] for code in boiler_items)


def test_suggested_estimators_are_registered(shipped: list[Template]) -> None:
    from auditdesk.calc.estimator import all_estimators

    registered = {estimator.id for estimator in all_estimators()}
    suggested = {item.estimator for item in all_items(shipped) if item.estimator}
    assert suggested <= registered, suggested - registered


def test_shipped_file_path_exists() -> None:
    for name in BUILTIN_TEMPLATE_FILES:
        assert builtin_template_path(name).is_file()
    assert load_template(builtin_template_path(BUILTIN_TEMPLATE_FILES[0]), check_units=False)
