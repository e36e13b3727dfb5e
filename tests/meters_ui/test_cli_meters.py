"""``auditdesk import-readings`` and ``auditdesk baseline`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from auditdesk.cli import main
from auditdesk.store import Store

from .conftest import BAD, GOOD, audit_id, write_csv


@pytest.fixture
def db(store: Store, plant: dict) -> Path:  # type: ignore[type-arg]
    path = store.path
    store.close()
    return path


def _meter_id(db: Path, name: str) -> str:
    with Store(db, user="probe", read_only=True) as probe:
        return next(m.id for m in probe.meters.list() if m.name == name)


def _count(db: Path) -> int:
    with Store(db, user="probe", read_only=True) as probe:
        return probe.readings.count()


def test_import_then_import_again(db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path, GOOD)
    meter = _meter_id(db, "Công tơ tổng")
    args = ["import-readings", "--db", str(db), "--meter", meter, str(path), "--lang", "en"]
    assert main(args + ["--source", "bill"]) == 0
    out = capsys.readouterr().out
    assert "Imported 3 readings into Công tơ tổng; 0 were already stored" in out
    assert _count(db) == 3
    assert main(args) == 1  # nothing new: exit status says so
    assert "Imported 0 readings" in capsys.readouterr().out and _count(db) == 3


def test_bad_rows_are_listed_by_row_and_column(db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path, BAD)
    args = [
        "import-readings",
        "--db",
        str(db),
        "--meter",
        "công tơ tổng",
        str(path),
        "--date-column",
        "Date",
        "--value-column",
        "Value",
        "--lang",
        "en",
    ]
    assert main(args) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("row 3, column “Value”: Not a number") and out[0].endswith("[abc]")
    assert out[1].startswith("row 4, column “Date”:") and "[2024-13-45]" in out[1]
    assert out[2].startswith("row 6, column “Date”: The same meter and time")
    assert out[3].startswith("row 7, column “Value”: A cumulative register cannot be negative")
    assert out[4].startswith("Nothing imported: 4 rows have problems") and _count(db) == 0
    assert main(args + ["--dry-run", "--valid-only"]) == 0
    assert "Dry run: 2 readings would be stored" in capsys.readouterr().out
    assert _count(db) == 0
    assert main(args + ["--valid-only"]) == 0 and _count(db) == 2


def test_options_reach_the_parser(db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path, 'When,At,Reading\n02/01/2024,08:00,"1,5"\n03/01/2024,08:00,2\n')
    args = [
        "import-readings",
        "--db",
        str(db),
        "--meter",
        "Nước cấp",
        str(path),
        "--date-column",
        "When",
        "--time-column",
        "At",
        "--value-column",
        "Reading",
        "--date-format",
        "mm/dd/yyyy",
        "--decimal-comma",
        "--unit",
        "L",
        "--lang",
        "en",
    ]
    assert main(args) == 0, capsys.readouterr().out
    with Store(db, user="probe", read_only=True) as probe:
        water = _meter_id(db, "Nước cấp")
        stored = [(r.ts, r.value) for r in probe.readings.list(water)]
    assert stored == [
        ("2024-02-01T08:00:00", pytest.approx(0.0015)),
        ("2024-03-01T08:00:00", pytest.approx(0.002)),
    ]


def test_wrong_arguments_exit_2_and_unreadable_files_exit_1(
    db: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    good = write_csv(tmp_path, GOOD)
    base = ["import-readings", "--db", str(db), "--lang", "en"]
    assert main(base + ["--meter", "no such meter", str(good)]) == 2
    assert "No meter with the id or name “no such meter”" in capsys.readouterr().err
    assert (
        main(["import-readings", "--db", str(tmp_path / "none.sqlite"), "--meter", "x", str(good)])
        == 2
    )
    assert main(base + ["--meter", "Nước cấp", "--date-format", "someday", str(good)]) == 2
    odd = write_csv(tmp_path, "A,B\n2024-01-01,1\n", name="odd.csv")
    assert main(base + ["--meter", "Nước cấp", str(odd)]) == 2
    assert "The file's columns are: A, B" in capsys.readouterr().err
    empty = write_csv(tmp_path, "", name="empty.csv")
    assert main(base + ["--meter", "Nước cấp", str(empty)]) == 1
    assert "file: The file is empty." in capsys.readouterr().out
    broken = write_csv(
        tmp_path,
        'Date,Value\n2024-01-01,1\n2024-01-02,"2\n' + "2024-01-03,3\n" * 12_000,
        name="broken.csv",
    )
    assert main(base + ["--meter", "Nước cấp", str(broken)]) == 1
    assert "file: Row 3 cannot be read" in capsys.readouterr().out
    assert _count(db) == 0


def test_baseline_text_json_and_period(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with Store(demo_db, user="probe", read_only=True) as probe:
        textile = next(a for a in probe.audits.list() if "Kiểm toán" in a.title)
    args = ["baseline", "--db", str(demo_db), "--audit", textile.id]
    assert main(args + ["--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Baseline 2024-03 to 2025-02" in out
    for text in ("Electricity", "Coal", "Water", "Total", "GJ", "TOE", "tCO2e", "VND", "USD"):
        assert text in out
    assert "Key energy user: 3,695 TOE/yr" in out
    assert "All energy:" in out and "R²" in out
    assert main(args + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["key_energy_user"] is True and data["totals"]["toe"] == pytest.approx(3695, 0.01)
    assert main(args + ["--from", "2023-01", "--to", "2023-06", "--json"]) == 0
    half = json.loads(capsys.readouterr().out)
    assert half["period"] == {"from": "2023-01", "to": "2023-06"}
    assert half["totals"]["toe"] < data["totals"]["toe"] * 0.6
    assert main(args + ["--lang", "vi"]) == 0
    assert "Điện" in capsys.readouterr().out
    assert main(["baseline", "--db", str(demo_db), "--audit", textile.title, "--json"]) == 0
    capsys.readouterr()


def test_baseline_refuses_bad_arguments(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["baseline", "--db", str(demo_db), "--lang", "en"]
    assert main(base + ["--audit", "nope"]) == 2
    assert "No audit with the id or title “nope”" in capsys.readouterr().err
    with Store(demo_db, user="probe", read_only=True) as probe:
        aid = audit_id(probe)
    assert main(base + ["--audit", aid, "--from", "2024-13", "--to", "2025-01"]) == 2
    assert "is not a month" in capsys.readouterr().err
    assert main(base + ["--audit", aid, "--from", "2024-05"]) == 2
    assert main(base + ["--audit", aid, "--from", "2024-05", "--to", "2024-01"]) == 2


def test_the_installed_command_runs_in_a_process(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path, BAD)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "auditdesk",
            "import-readings",
            "--db",
            str(db),
            "--meter",
            "Công tơ tổng",
            str(path),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1 and "row 3, column “Value”" in result.stdout
