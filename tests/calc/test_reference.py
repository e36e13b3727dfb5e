"""Reference data: the built-in set, YAML validation, helpers (REFERENCE.md §1–§5)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from auditdesk.calc import reference, tariff
from auditdesk.calc.reference import MissingFactorError, ReferenceDataError
from auditdesk.model.entities import Factor

FUEL_CARRIERS = ("natural_gas", "lpg", "diesel", "fuel_oil", "coal", "biomass")
EXTRA_FUELS = ("coal_anthracite", "coal_subbituminous", "rice_husk", "wood", "biogas", "gasoline")


@pytest.fixture
def ref() -> reference.ReferenceData:
    return reference.load_builtin()


def test_builtin_set_has_every_key_of_the_convention(ref: reference.ReferenceData) -> None:
    keys = [f"emission.grid.{y}" for y in range(2018, 2025)] + ["emission.grid.default_year"]
    keys += [f"tariff.{v}.{p}" for v in tariff.VOLTAGES for p in tariff.PERIODS]
    keys += [
        "vat.electricity",
        "price.electricity",
        "gwp.ch4",
        "gwp.n2o",
        "toe.gj",
        "fx.usd",
        "steam.enthalpy_gj_per_t",
        "fuel.diesel.density",
        "fuel.natural_gas.density",
    ]
    keys += [
        f"price.{c}"
        for c in (
            "water",
            "wastewater",
            "natural_gas",
            "lpg",
            "diesel",
            "fuel_oil",
            "coal",
            "biomass",
            "steam",
        )
    ]
    for fuel in FUEL_CARRIERS + EXTRA_FUELS:
        keys += [f"fuel.{fuel}.{part}" for part in ("ncv", "co2", "ch4", "n2o", "biogenic")]
    keys += [
        f"toe.{c}" for c in ("electricity", "diesel", "fuel_oil", "lpg", "natural_gas", "coal")
    ]
    missing = [k for k in keys if k not in ref]
    assert not missing


def test_every_factor_is_sourced_dated_and_bilingual(ref: reference.ReferenceData) -> None:
    for item in ref.to_factors():
        assert item.source.strip(), item.key
        assert item.label_en and item.label_vi, item.key
        assert len(item.effective_date) == 10, item.key


def test_reference_values_match_reference_md(ref: reference.ReferenceData) -> None:
    assert ref.value("emission.grid.2023") == 0.6592
    assert reference.grid_factor(ref) == 0.6592  # 2023 is the default
    assert reference.grid_factor(ref, 2018) == 0.9130
    assert "estimate" in ref.factor("emission.grid.2024").note.lower()
    assert ref.value("tariff.6to22kv.peak") == 3508
    assert ref.value("vat.electricity") == 0.08
    assert ref.value("fuel.diesel.ncv") == 43.0 and ref.value("fuel.diesel.co2") == 74100
    assert ref.value("toe.gj") == 41.868


def test_check_marks_are_kept_in_notes(ref: reference.ReferenceData) -> None:
    for key in ("emission.grid.2022", "tariff.ge110kv.normal", "vat.electricity", "toe.coal"):
        assert "(check)" in ref.factor(key).note, key


def test_price_electricity_is_the_flat_load_blend_of_the_tariff(
    ref: reference.ReferenceData,
) -> None:
    """96 h normal, 42 h off-peak, 30 h peak a week at 6–22 kV: 2,020.07 VND/kWh."""
    assert ref.value("price.electricity") == pytest.approx(
        tariff.blended_price(ref, "6to22kv"), abs=0.5
    )


def test_toe_of_ten_gwh_is_1543(ref: reference.ReferenceData) -> None:
    """REFERENCE.md §5: 10 GWh × 0.0001543 = 1,543 TOE → a key energy user."""
    assert reference.toe(ref, "electricity", 10e6) == pytest.approx(1543.0)


def test_biomass_toe_goes_through_calorific_value(ref: reference.ReferenceData) -> None:
    # 1 t of biomass at 11.6 MJ/kg = 11.6 GJ = 11.6/41.868 TOE
    assert reference.toe(ref, "biomass", 1000) == pytest.approx(11.6 / 41.868)
    assert reference.toe(ref, "water", 1000) == 0.0


def test_energy_content(ref: reference.ReferenceData) -> None:
    assert reference.energy_gj(ref, "electricity", 1000) == pytest.approx(3.6)
    assert reference.energy_gj(ref, "diesel", 1000) == pytest.approx(1000 * 0.84 * 43.0 / 1000)
    assert reference.energy_gj(ref, "natural_gas", 1) == pytest.approx(0.75 * 48.0 / 1000)
    assert reference.energy_gj(ref, "steam", 1000) == pytest.approx(2.643)
    assert reference.energy_gj(ref, "wastewater", 50) == 0.0
    assert reference.amount_per_gj(ref, "coal") == pytest.approx(1000 / 25.8)
    with pytest.raises(ValueError, match="water"):
        reference.amount_per_gj(ref, "water")
    assert reference.price(ref, "wastewater") == 8640


def test_missing_key_names_key_and_set(ref: reference.ReferenceData) -> None:
    with pytest.raises(MissingFactorError) as info:
        reference.grid_factor(ref, 2031)
    assert isinstance(info.value, KeyError)
    assert "emission.grid.2031" in str(info.value) and ref.name in str(info.value)


def test_factor_round_trip(ref: reference.ReferenceData) -> None:
    rebuilt = reference.from_factors(ref.to_factors(), ref.name, ref.effective_date)
    assert {k: f.value for k, f in rebuilt.factors.items()} == {
        k: f.value for k, f in ref.factors.items()
    }
    duplicate = [Factor(key="a", value=1, source="s"), Factor(key="a", value=2, source="s")]
    with pytest.raises(ReferenceDataError, match="'a'"):
        reference.from_factors(duplicate, "mine", "2025-01-01")


def test_builtin_copies_are_independent() -> None:
    first = reference.load_builtin()
    first.factors.pop("fx.usd")
    assert "fx.usd" in reference.load_builtin()


GOOD_ENTRY = (
    "  - key: price.water\n    value: 12000\n    unit: VND/m3\n    source: invoice\n"
    "    effective_date: 2025-01-01\n"
)


def _write(
    tmp_path: Path, factors: str, header: str = "set:\n  name: Mine\n  effective_date: 2025-02-01\n"
) -> Path:
    path = tmp_path / "set.yaml"
    path.write_text(header + "factors:\n" + factors, encoding="utf-8")
    return path


def test_load_yaml_accepts_a_minimal_set(tmp_path: Path) -> None:
    data = reference.load_yaml(_write(tmp_path, GOOD_ENTRY))
    assert data.name == "Mine" and data.effective_date == "2025-02-01"
    assert data.value("price.water") == 12000.0
    assert data.factor("price.water").effective_date == "2025-01-01"


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (GOOD_ENTRY.replace("12000", "lots"), "value"),
        (GOOD_ENTRY.replace("12000", "true"), "value"),
        (GOOD_ENTRY.replace("    source: invoice\n", ""), "source"),
        (GOOD_ENTRY.replace("2025-01-01", "01/01/2025"), "effective_date"),
        (GOOD_ENTRY.replace("    unit: VND/m3\n", "    unit: [1, 2]\n"), "unit"),
        (GOOD_ENTRY + GOOD_ENTRY, "key"),
    ],
)
def test_load_yaml_names_file_entry_and_field(tmp_path: Path, entry: str, field: str) -> None:
    path = _write(tmp_path, GOOD_ENTRY.replace("price.water", "price.first") + entry)
    with pytest.raises(ReferenceDataError) as info:
        reference.load_yaml(path)
    message = str(info.value)
    assert str(path) in message and "#2" in message and f"'{field}'" in message


def test_load_yaml_rejects_broken_files(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="Cannot read"):
        reference.load_yaml(tmp_path / "absent.yaml")
    with pytest.raises(ReferenceDataError, match="'set:'"):
        reference.load_yaml(_write(tmp_path, GOOD_ENTRY, header=""))
    with pytest.raises(ReferenceDataError, match="effective_date"):
        reference.load_yaml(_write(tmp_path, GOOD_ENTRY, header="set:\n  name: Mine\n"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("set: [unclosed", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="not valid YAML"):
        reference.load_yaml(bad)


def test_reference_and_estimator_modules_stay_cheap_to_import() -> None:
    code = (
        "import json, sys\nimport auditdesk.calc.estimator, auditdesk.calc.reference, "
        "auditdesk.calc.engine, auditdesk.calc.financial, auditdesk.calc.portfolio\n"
        "print(json.dumps(sorted(m.split('.')[0] for m in sys.modules)))"
    )
    loaded = set(
        json.loads(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True
            ).stdout
        )
    )
    assert not loaded & {"numpy", "pint", "numpy_financial", "pandas", "yaml", "PySide6"}
