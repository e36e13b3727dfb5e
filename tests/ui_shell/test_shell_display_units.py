"""Display units (core, no Qt) and the settings that hold them."""

from __future__ import annotations

import json
import math

import pytest

from auditdesk import settings
from auditdesk.calc import display_units as du


def test_energy_conversions() -> None:
    assert du.convert_energy(1, "MWh", "kWh") == 1000
    assert du.convert_energy(1000, "kWh", "MWh") == 1
    assert math.isclose(du.convert_energy(1, "kWh", "GJ"), 0.0036)
    assert math.isclose(du.convert_energy(3.6, "GJ", "MWh"), 1)
    assert math.isclose(du.energy_from_kwh(250_000, "GJ"), 900)
    assert du.energy_from_kwh(12.5, "kWh") == 12.5
    with pytest.raises(du.UnitError):
        du.convert_energy(1, "kWh", "TOE")


def test_the_calc_constant_agrees_with_the_reference_module() -> None:
    from auditdesk.calc.reference import KWH_TO_GJ

    assert du.KWH_TO_GJ == KWH_TO_GJ


@pytest.mark.parametrize(("currency", "rate", "expected"), [
    ("VND", 26_000, (2_600_000, "VND")),
    ("USD", 26_000, (100, "USD")),
    ("USD", None, (2_600_000, "VND")),  # no rate in the reference set: VND
    ("USD", 0, (2_600_000, "VND")),
    ("USD", float("nan"), (2_600_000, "VND")),
])
def test_money(currency: str, rate: float | None, expected: tuple[float, str]) -> None:
    assert du.money_from_vnd(2_600_000, currency, rate) == expected


def test_display_units_checks_its_values() -> None:
    units = du.DisplayUnits("GJ", "USD")
    assert math.isclose(units.energy_from_kwh(1000), 3.6)
    assert units.money_from_vnd(52_000, 26_000) == (2, "USD")
    assert units == du.DisplayUnits("GJ", "USD")
    with pytest.raises(du.UnitError):
        du.DisplayUnits("BTU", "VND")
    with pytest.raises(du.UnitError):
        du.DisplayUnits("kWh", "EUR")


def test_settings_and_calc_agree_on_the_choices() -> None:
    assert settings.ENERGY_UNITS == du.ENERGY_UNITS
    assert settings.CURRENCIES == du.CURRENCIES
    defaults = settings.Settings()
    assert (defaults.energy_unit, defaults.currency) == (du.DEFAULT_ENERGY_UNIT,
                                                         du.DEFAULT_CURRENCY)


def test_new_settings_round_trip() -> None:
    saved = settings.Settings(energy_unit="GJ", currency="USD", backup_minutes=5,
                              backup_count=3, default_reference_set="My set 2026")
    settings.save(saved)
    assert settings.load() == saved
    assert not saved.errors()


def test_a_hand_edited_file_falls_back_field_by_field() -> None:
    settings.settings_path().write_text(json.dumps({
        "user_name": "An", "energy_unit": "BTU", "currency": "EUR", "backup_minutes": 0,
        "backup_count": "ten", "recent_files": [1, "/a.sqlite"]}), encoding="utf-8")
    loaded = settings.load()
    defaults = settings.Settings()
    assert loaded.user_name == "An"
    assert (loaded.energy_unit, loaded.currency) == (defaults.energy_unit, defaults.currency)
    assert (loaded.backup_minutes, loaded.backup_count) == (defaults.backup_minutes,
                                                            defaults.backup_count)
    assert loaded.recent_files == ["/a.sqlite"]


def test_errors_name_the_field() -> None:
    wrong = settings.Settings(backup_minutes=0, backup_count=1000, energy_unit="x")
    assert set(wrong.errors()) == {"backup_minutes", "backup_count", "energy_unit"}
    assert "1" in wrong.errors()["backup_minutes"] and "1440" in wrong.errors()["backup_minutes"]


def test_recent_files_are_trimmed_and_forgotten(tmp_path) -> None:  # type: ignore[no-untyped-def]
    chosen = settings.Settings()
    for i in range(settings.MAX_RECENT + 3):
        chosen.add_recent(tmp_path / f"{i}.sqlite")
    assert len(chosen.recent_files) == settings.MAX_RECENT
    assert chosen.recent_files[0].endswith(f"{settings.MAX_RECENT + 2}.sqlite")
    chosen.add_recent(tmp_path / "5.sqlite")  # again: moves to the top, no duplicate
    assert chosen.recent_files[0].endswith("5.sqlite")
    assert len(set(chosen.recent_files)) == len(chosen.recent_files)
    chosen.remove_recent(tmp_path / "5.sqlite")
    assert not any(p.endswith("5.sqlite") for p in chosen.recent_files)


def test_the_default_reference_set_is_found_by_name(demo_store) -> None:  # type: ignore[no-untyped-def]
    builtin = demo_store.reference_sets.ensure_builtin()
    copy = demo_store.reference_sets.copy(builtin.id, "Hải Phòng 2026")
    assert settings.Settings().reference_set_for_new_audit(demo_store.conn) is None
    chosen = settings.Settings(default_reference_set="Hải Phòng 2026")
    assert chosen.reference_set_for_new_audit(demo_store.conn) == copy.id
    missing = settings.Settings(default_reference_set="Elsewhere")
    assert missing.reference_set_for_new_audit(demo_store.conn) is None
