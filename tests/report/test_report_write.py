"""Writing the report: atomically, from the command line, for an empty audit, without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from report_helpers import SEAFOOD, empty_audit, pdf_text

from auditdesk.cli import main


class Stop(Exception):
    """Raised by a progress callback, as a cancel does."""


@pytest.fixture
def empty_db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "empty.auditdesk.sqlite"
    return path, empty_audit(path)


def _write(db: Path, audit_id: str, out: Path, lang: str = "en", **kwargs: object) -> object:
    from auditdesk.exchange.report import write_report
    from auditdesk.store import open_store

    store = open_store(db, read_only=True)
    try:
        return write_report(store, audit_id, out, lang, **kwargs)  # type: ignore[arg-type]
    finally:
        store.close()


def test_an_audit_with_no_data_still_gets_a_complete_report(empty_db: tuple[Path, str],
                                                            tmp_path: Path) -> None:
    db, audit_id = empty_db
    out = tmp_path / "out" / "empty.pdf"
    out.parent.mkdir()
    result = _write(db, audit_id, out, "vi")
    text = pdf_text(out)
    assert result.pages >= 5 and out.stat().st_size == result.size  # type: ignore[attr-defined]
    for piece in ("Không có chỉ số đồng hồ nào trong giai đoạn cơ sở.",
                  "Chưa có giải pháp nào được lựa chọn.",
                  "Cuộc kiểm toán này chưa có bảng kiểm khảo sát.",
                  "3.2 Tiêu thụ theo tháng", "Công ty Thử"):
        assert piece in text, piece
    assert [p.name for p in out.parent.iterdir()] == ["empty.pdf"]


def test_a_cancel_keeps_the_old_file_and_leaves_no_temporary(empty_db: tuple[Path, str],
                                                             tmp_path: Path) -> None:
    db, audit_id = empty_db
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    out.write_bytes(b"the report of last week")
    seen: list[int] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append(done)
        if done >= 60:  # in the middle of laying out the pages
            raise Stop()

    with pytest.raises(Stop):
        _write(db, audit_id, out, progress=progress)
    assert out.read_bytes() == b"the report of last week"
    assert [p.name for p in out.parent.iterdir()] == ["report.pdf"]
    assert seen == sorted(seen) and max(seen) >= 60


def test_a_failed_write_leaves_nothing(empty_db: tuple[Path, str], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from auditdesk.exchange.report import ReportError, writer

    db, audit_id = empty_db
    folder = tmp_path / "out"
    folder.mkdir()

    def full_disk(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "replace", full_disk)
    with pytest.raises(ReportError, match="No space left on device"):
        _write(db, audit_id, folder / "report.pdf")
    assert list(folder.iterdir()) == []
    with pytest.raises(ReportError, match="does not exist"):
        _write(db, audit_id, tmp_path / "missing" / "report.pdf")


def test_the_command_writes_the_report(demo_db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bao-cao.pdf"
    assert main(["report", "--db", str(demo_db), "--audit", SEAFOOD, "--lang", "vi",
                 "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "trang" in printed
    text = pdf_text(out)
    assert "BÁO CÁO KIỂM TOÁN NĂNG LƯỢNG" in text and "Công ty TNHH Chế biến Thủy sản" in text


def test_the_command_fails_clearly_for_a_bad_audit_or_database(
        empty_db: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, audit_id = empty_db
    out = tmp_path / "report.pdf"
    assert main(["report", "--db", str(db), "--audit", "no-such-audit", "--lang", "en",
                 "-o", str(out)]) == 1
    assert "No audit with id no-such-audit." in capsys.readouterr().err
    assert main(["report", "--db", str(tmp_path / "nothing.sqlite"), "--audit", audit_id,
                 "--lang", "en", "-o", str(out)]) == 1
    assert "No database at" in capsys.readouterr().err
    assert not out.exists()
    assert main(["report", "--db", str(db), "--audit", audit_id[:8], "--lang", "en",
                 "-o", str(out)]) == 0  # a unique beginning of the id is enough
    assert out.exists()


def test_writing_a_report_loads_no_qt(empty_db: tuple[Path, str], tmp_path: Path) -> None:
    db, audit_id = empty_db
    code = (
        "import json, sys\n"
        "from auditdesk.exchange.report import write_report\n"
        "from auditdesk.store import open_store\n"
        f"store = open_store({str(db)!r}, read_only=True)\n"
        f"write_report(store, {audit_id!r}, {str(tmp_path / 'r.pdf')!r}, 'vi')\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    loaded = set(json.loads(out))
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}
    assert {"reportlab", "matplotlib"} <= {m.split(".")[0] for m in loaded}


def test_importing_the_report_package_is_light() -> None:
    """The command line's parser and the GUI import it; reportlab and matplotlib wait."""
    code = ("import json, sys\nimport auditdesk.exchange.report, auditdesk.commands.report\n"
            "print(json.dumps(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    loaded = {m.split(".")[0] for m in json.loads(out)}
    assert not {"reportlab", "matplotlib", "PIL", "PySide6", "pandas", "numpy"} & loaded
