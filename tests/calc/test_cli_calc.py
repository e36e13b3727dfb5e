"""``auditdesk calc`` through ``auditdesk.cli.main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditdesk.cli import main


def test_list_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "calc", "--list"]) == 0
    text = capsys.readouterr().out
    assert "steam_leaks — Steam leak and failed-trap repair" in text
    assert "orifice_diameter" in text and "Napier" in text
    assert main(["--lang", "en", "calc", "--list", "--json"]) == 0
    listing = {item["id"]: item for item in json.loads(capsys.readouterr().out)}
    leaks = listing["compressed_air_leaks"]
    assert {"hole_diameter", "pressure"} <= {i["name"] for i in leaks["inputs"]}
    pressure = next(i for i in leaks["inputs"] if i["name"] == "pressure")
    assert pressure["pressure"] == "gauge" and pressure["unit"] == "bar"
    assert "flow_per_leak_cfm" in {o["name"] for o in leaks["outputs"]}
    assert leaks["source"]


def test_run_with_units_prints_results(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "--lang",
            "en",
            "calc",
            "compressed_air_leaks",
            "--set",
            "hole_diameter=1/4in",
            "--set",
            "pressure=100psig",
            "--set",
            "air_temperature=70degF",
            "--set",
            "discharge_coefficient=1",
            "--investment",
            "2000000",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Free-air flow per leak: 104.2 cfm" in out
    assert "Electricity:" in out and "tCO2e" in out and "Payback" in out
    assert "Source:" in out


def test_example_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "calc", "boiler_tuning", "--example", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    values = {row["name"]: row["value"] for row in data["values"]}
    assert values["fuel_energy_mmbtu"] == pytest.approx(29_482, abs=1)
    assert data["carriers"][0]["carrier"] == "natural_gas"
    assert data["financial"]["irr"] is None  # no investment given


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["steam_leaks", "--set", "orifice_diameter=3in"], "outside the allowed range 0.5–50 mm"),
        (["steam_leaks"], "(orifice_diameter) is required"),
        (["steam_leaks", "--set", "orifice_diameter"], "NAME=VALUE"),
        (["steam_leaks", "--set", "orifice_diameter=3mm", "--voltage", "9kv"], "'9kv'"),
        (["no_such_measure"], "Unknown estimator 'no_such_measure'"),
        ([], "--list"),
    ],
)
def test_bad_input_exits_2_with_a_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    assert main(["--lang", "en", "calc", *argv]) == 2
    assert needle in capsys.readouterr().err


def test_custom_reference_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "mine.yaml"
    broken.write_text(
        "set:\n  name: Mine\n  effective_date: 2025-01-01\nfactors:\n  - key: x\n", encoding="utf-8"
    )
    assert (
        main(["--lang", "en", "calc", "steam_leaks", "--example", "--reference", str(broken)]) == 2
    )
    err = capsys.readouterr().err
    assert str(broken) in err and "'value'" in err
