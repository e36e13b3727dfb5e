"""``auditdesk export-workbook``, ``import-workbook`` and ``rollup`` from the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import table

from auditdesk.cli import main
from auditdesk.exchange.workbook import contract as c
from auditdesk.store import Store


def test_export_by_id_prefix_then_import_into_an_empty_database(
        demo_store: Store, audit_id: str, demo_db: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.close()
    out = tmp_path / "out.xlsx"
    assert main(["--lang", "en", "export-workbook", "--db", str(demo_db), "--audit",
                 audit_id[:8], "-o", str(out)]) == 0
    assert f"Wrote {out}: " in capsys.readouterr().out and out.exists()
    empty = tmp_path / "empty.auditdesk.sqlite"
    Store(empty, user="office").close()
    assert main(["--lang", "en", "import-workbook", "--db", str(empty), str(out),
                 "--dry-run"]) == 0
    assert "Dry run, nothing stored." in capsys.readouterr().out
    with Store(empty, user="office") as store:
        assert store.audits.count() == 0
    assert main(["--lang", "en", "import-workbook", "--db", str(empty), str(out)]) == 0
    assert "Imported " in capsys.readouterr().out
    with Store(empty, user="office") as store:
        assert store.audits.find(audit_id) is not None


def test_export_by_title_and_in_vietnamese(demo_store: Store, audit_id: str, demo_db: Path,
                                           tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    title = demo_store.audits.get(audit_id).title
    demo_store.close()
    out = tmp_path / "out.xlsx"
    assert main(["export-workbook", "--db", str(demo_db), "--audit", title, "-o", str(out),
                 "--lang", "vi"]) == 0
    assert "Đã ghi" in capsys.readouterr().out


def test_export_errors(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                       ) -> None:
    out = tmp_path / "out.xlsx"
    assert main(["--lang", "en", "export-workbook", "--db", str(tmp_path / "none.sqlite"),
                 "--audit", "x", "-o", str(out)]) == 2
    assert main(["--lang", "en", "export-workbook", "--db", str(demo_db), "--audit", "zzzz",
                 "-o", str(out)]) == 2
    assert "No audit with id zzzz" in capsys.readouterr().err
    assert main(["--lang", "en", "export-workbook", "--db", str(demo_db), "--audit", "",
                 "-o", str(tmp_path / "no" / "out.xlsx")]) in (1, 2)
    assert not out.exists()


def test_import_lists_every_problem_and_exits_1(exported: Path, demo_db: Path,
                                                demo_store: Store,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.close()
    book = openpyxl.load_workbook(exported)
    ws = book[c.OPPORTUNITIES]
    ws["A3"].value = "BX-01"
    column = next(cell.column_letter for cell in ws[2] if cell.value == "Lifetime (yr)")
    ws[f"{column}3"].value = "ten"
    ws[f"{column}4"].value = "eleven"
    book.save(exported)
    assert main(["--lang", "en", "import-workbook", "--db", str(demo_db), str(exported)]) == 1
    err = capsys.readouterr().err
    assert f"Opportunities!{column}3 (row 3, column {column} “Lifetime (yr)”): “ten” is not a " \
           "number." in err
    assert f"Opportunities!{column}4" in err
    assert "Nothing was imported from audit.xlsx: 2 cell(s) to fix." in err


def test_rollup_by_park_and_year(demo_db: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    with Store(demo_db, user="x") as store:
        park = store.parks.list(order_by="name")[0]
        audits = store.query("SELECT count(*) FROM audit a JOIN enterprise e ON e.id = "
                             "a.enterprise_id WHERE e.park_id = ?", (park.id,))[0][0]
    out = tmp_path / "rollup.xlsx"
    assert main(["--lang", "en", "rollup", "--db", str(demo_db), "--park", park.name,
                 "--year", "2025", "-o", str(out)]) == 0
    assert f"Wrote {out}: {audits} audits" in capsys.readouterr().out
    assert len(table(out, c.PORTFOLIO)) == audits
    assert {r["Industrial park"] for r in table(out, c.PORTFOLIO)} == {park.name}
    assert main(["--lang", "en", "rollup", "--db", str(demo_db), "--year", "1999", "-o",
                 str(tmp_path / "none.xlsx")]) == 1
    assert "No audit matches the selection" in capsys.readouterr().err
    assert main(["--lang", "en", "rollup", "--db", str(demo_db), "--status", "finished",
                 "-o", str(tmp_path / "x.xlsx")]) == 2
    assert main(["--lang", "en", "rollup", "--db", str(demo_db), "--park", "KCN", "-o",
                 str(tmp_path / "x.xlsx")]) == 2


def test_rollup_refuses_on_issues_unless_forced(demo_db: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with Store(demo_db, user="x") as store:
        fx = store.factors.list("key = 'fx.usd'")[0]
        store.factors.update(fx.id, value=fx.value + 1)  # one set, so no mix of rates …
        store.factors.delete(fx.id)  # … but now no rate at all
    out = tmp_path / "rollup.xlsx"
    assert main(["--lang", "en", "rollup", "--db", str(demo_db), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "have no VND/USD exchange rate" in err and "--force" in err and not out.exists()
    assert main(["--lang", "en", "rollup", "--db", str(demo_db), "--force", "--anonymise",
                 "-o", str(out)]) == 0
    notes = [r[0] for r in openpyxl.load_workbook(out, read_only=True)[c.SUMMARY].iter_rows(
        values_only=True) if r and isinstance(r[0], str) and r[0].startswith("⚠")]
    assert notes and "exchange rate" in notes[0]
