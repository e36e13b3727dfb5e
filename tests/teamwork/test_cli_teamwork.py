"""``auditdesk pack`` and ``auditdesk merge`` for the office's batch work."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from teamwork_helpers import Laptops, fingerprint

from auditdesk.cli import main


def _conflicting_packages(laptops: Laptops) -> tuple[Path, Path]:
    opp = laptops.opportunities(laptops.an)[0]
    laptops.an.opportunities.update(opp.id, title="Tiêu đề của An")
    laptops.binh.opportunities.update(opp.id, title="Tiêu đề của Bình")
    laptops.binh.opportunities.update(opp.id, owner="Bình")
    return laptops.package(laptops.an, "an"), laptops.package(laptops.binh, "binh")


def test_pack_by_id_prefix(laptops: Laptops, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.auditdesk"
    laptops.an.close()
    code = main(["--lang", "en", "pack", "--db", str(laptops.an.path),
                 "--audit", laptops.audit_id[:8], "-o", str(out)])
    assert code == 0 and out.exists()
    text = capsys.readouterr().out
    assert f"Wrote {out}: 1 audit(s)" in text and laptops.audit_id in text


def test_pack_an_unknown_audit(laptops: Laptops, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.auditdesk"
    assert main(["--lang", "en", "pack", "--db", str(laptops.an.path), "--audit", "zzzz",
                 "-o", str(out)]) == 1
    assert "No audit with id zzzz" in capsys.readouterr().err and not out.exists()


def test_merge_fail_on_conflict_changes_nothing(laptops: Laptops,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    an, binh = _conflicting_packages(laptops)
    laptops.office.close()
    before = fingerprint(laptops.office.path)
    code = main(["--lang", "en", "merge", "--db", str(laptops.office.path), str(an), str(binh),
                 "--on-conflict", "fail"])
    assert code == 3
    err = capsys.readouterr().err
    assert "Nothing was merged" in err
    assert "ours “Tiêu đề của An” (An," in err and "theirs “Tiêu đề của Bình” (Bình," in err
    assert fingerprint(laptops.office.path) == before  # not even An's package


def test_merge_theirs_prints_a_summary(laptops: Laptops,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    an, binh = _conflicting_packages(laptops)
    laptops.office.close()
    code = main(["--lang", "en", "merge", "--db", str(laptops.office.path), str(an), str(binh),
                 "--on-conflict", "theirs"])
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("an.auditdesk: 1 updated, ") and "history rows added" in out[0]
    assert out[2].startswith("binh.auditdesk: ") and "1 conflicting" in out[2]
    assert any("→ took theirs" in line for line in out)


def test_merge_asks_in_a_terminal(laptops: Laptops, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    an, binh = _conflicting_packages(laptops)
    laptops.office.close()
    assert main(["--lang", "en", "merge", "--db", str(laptops.office.path), str(an)]) == 0
    answers = iter(["x", "o"])  # a wrong key is asked again
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    assert main(["--lang", "en", "merge", "--db", str(laptops.office.path), str(binh)]) == 0
    from auditdesk.store import Store

    with Store(laptops.office.path, user="probe") as office:
        opp = office.opportunities.get(laptops.opportunities(laptops.an)[0].id)
        assert (opp.title, opp.owner) == ("Tiêu đề của An", "Bình")


def test_merge_quit_at_a_question(laptops: Laptops, monkeypatch: pytest.MonkeyPatch) -> None:
    an, binh = _conflicting_packages(laptops)
    laptops.office.close()
    assert main(["--lang", "en", "merge", "--db", str(laptops.office.path), str(an)]) == 0
    before = fingerprint(laptops.office.path)
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": "q")
    assert main(["--lang", "en", "merge", "--db", str(laptops.office.path), str(binh)]) == 3
    assert fingerprint(laptops.office.path) == before


def test_merge_ask_without_a_terminal_fails_safely(laptops: Laptops,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    an, binh = _conflicting_packages(laptops)
    laptops.office.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    before = fingerprint(laptops.office.path)
    assert main(["--lang", "en", "merge", "--db", str(laptops.office.path), str(an),
                 str(binh)]) == 3
    assert "Nothing was merged" in capsys.readouterr().err
    assert fingerprint(laptops.office.path) == before


def test_merge_refuses_a_damaged_package(laptops: Laptops, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.auditdesk"
    bad.write_bytes(b"PK\x03\x04 not really")
    laptops.office.close()
    assert main(["--lang", "en", "merge", "--db", str(laptops.office.path), str(bad)]) == 1
    assert "bad.auditdesk was refused" in capsys.readouterr().err
