"""Hostile or damaged packages are refused whole, with a message that says what
and where, and the database is left exactly as it was."""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from teamwork_helpers import Laptops, fingerprint, rewrite_package, set_table_lines, table_lines

from auditdesk.exchange.package import Limits, MergeDataError, PackageError, merge_files

Edit = Callable[[dict[str, bytes], dict[str, Any]], None]


@pytest.fixture
def good(laptops: Laptops) -> Path:
    """A valid package from An (with a photo, so there is a blobs/ entry)."""
    import hashlib

    from auditdesk import model

    data = b"\x89PNG\r\n\x1a\n" + b"photo" * 100
    with laptops.an.transaction():
        laptops.an.conn.execute("INSERT INTO blob(sha256, data) VALUES (?, ?)",
                                (hashlib.sha256(data).hexdigest(), data))
        laptops.an.attachments.create(model.Attachment(
            audit_id=laptops.audit_id, sha256=hashlib.sha256(data).hexdigest(),
            filename="valve.png", mime="image/png", size=len(data)))
    laptops.an.opportunities.update(laptops.opportunities(laptops.an)[0].id, owner="An")
    return laptops.package(laptops.an, "good")


def _refused(laptops: Laptops, package: Path, error: type[Exception], *needles: str,
             limits: Limits | None = None) -> str:
    before = fingerprint(laptops.office.path)
    with pytest.raises(error) as caught:
        merge_files(laptops.office, [package], on_conflict="theirs", limits=limits)
    message = str(caught.value)
    for needle in needles:
        assert needle in message, message
    assert "Nothing was changed" in message
    assert fingerprint(laptops.office.path) == before
    return message


def _edited(good: Path, edit: Edit, fix_checksums: bool = True) -> Path:
    return rewrite_package(good, good.with_name("hostile.auditdesk"), edit=edit,
                           fix_checksums=fix_checksums)


def test_the_good_package_merges(laptops: Laptops, good: Path) -> None:
    summary = merge_files(laptops.office, [good])[0]
    assert summary.tables["attachment"].added == 1 and summary.tables["opportunity"].updated == 1


# --- the file itself ----------------------------------------------------------------


def test_bad_checksum(laptops: Laptops, good: Path) -> None:
    def flip(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        data = entries["data/opportunity.jsonl"]
        entries["data/opportunity.jsonl"] = data.replace(b"An", b"Xy", 1)

    _refused(laptops, _edited(good, flip, fix_checksums=False), PackageError,
             "checksum of entry data/opportunity.jsonl", "hostile.auditdesk")


def test_truncated_zip(laptops: Laptops, good: Path) -> None:
    cut = good.with_name("cut.auditdesk")
    cut.write_bytes(good.read_bytes()[: good.stat().st_size * 2 // 3])
    _refused(laptops, cut, PackageError, "cut.auditdesk", "damaged or incomplete")


def test_not_a_zip_at_all(laptops: Laptops, tmp_path: Path) -> None:
    fake = tmp_path / "notes.auditdesk"
    fake.write_text("ceci n'est pas un paquet")
    _refused(laptops, fake, PackageError, "not a zip file")


def test_a_damaged_entry_fails_its_crc(laptops: Laptops, good: Path) -> None:
    raw = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("history.jsonl")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + 5] ^= 0xFF  # inside the compressed data
    bad = good.with_name("crc.auditdesk")
    bad.write_bytes(bytes(raw))
    _refused(laptops, bad, PackageError, "history.jsonl")


@pytest.mark.parametrize(("name", "why"), [
    ("/etc/cron.d/evil", "absolute path"),
    ("../../.bashrc", "“..”"),
    ("data/../../evil.jsonl", "“..”"),
    ("C:/Windows/evil.dll", "absolute path"),
    ("blobs\\..\\..\\evil", "backslash"),
])
def test_zip_slip_entry_names(laptops: Laptops, good: Path, name: str, why: str) -> None:
    def add(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        entries[name] = b"payload"

    _refused(laptops, _edited(good, add), PackageError, name, why)


def test_zip_bomb_ratio(laptops: Laptops, good: Path) -> None:
    def bomb(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        entries["blobs/padding"] = b"\0" * (16 << 20)  # deflates about 1000 times

    _refused(laptops, _edited(good, bomb), PackageError, "blobs/padding", "zip bomb")


def test_zip_bomb_total_size(laptops: Laptops, good: Path) -> None:
    import os

    def big(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        entries["history.jsonl"] = entries["history.jsonl"] + os.urandom(3 << 20)

    _refused(laptops, _edited(good, big), PackageError, "more than 2 MB", "zip bomb",
             limits=Limits(max_total_bytes=2 << 20))


def test_too_many_entries(laptops: Laptops, good: Path) -> None:
    _refused(laptops, good, PackageError, "entries, more than the limit of 3",
             limits=Limits(max_entries=3))


def test_newer_format_version(laptops: Laptops, good: Path) -> None:
    def newer(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        manifest["format_version"] = 7
        manifest["app_version"] = "9.0"

    _refused(laptops, _edited(good, newer), PackageError, "newer AuditDesk", "9.0",
             "package format 7")


def test_newer_database_version(laptops: Laptops, good: Path) -> None:
    def newer(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        manifest["schema_version"] = 99

    _refused(laptops, _edited(good, newer), PackageError, "database version 99")


def test_no_manifest(laptops: Laptops, good: Path, tmp_path: Path) -> None:
    bare = tmp_path / "bare.auditdesk"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bare, "w") as dst:
        for name in src.namelist():
            if name != "manifest.json":
                dst.writestr(name, src.read(name))
    _refused(laptops, bare, PackageError, "no manifest")


def test_an_entry_missing_from_the_manifest_or_the_file(laptops: Laptops, good: Path) -> None:
    def extra(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        entries["data/extra.jsonl"] = b"[]\n"

    def unlisted(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        manifest["entries"] = {k: v for k, v in manifest["entries"].items()
                               if k != "data/extra.jsonl"}

    package = _edited(good, extra)
    package = rewrite_package(package, good.with_name("unlisted.auditdesk"), edit=unlisted,
                              fix_checksums=False)
    _refused(laptops, package, PackageError, "data/extra.jsonl is not listed")

    def missing(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        del entries["history.jsonl"]

    def relist(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        manifest["entries"]["history.jsonl"] = {"sha256": "0" * 64, "size": 10}

    package = rewrite_package(_edited(good, missing), good.with_name("missing.auditdesk"),
                              edit=relist, fix_checksums=False)
    _refused(laptops, package, PackageError, "history.jsonl is listed in the manifest but missing")


def test_a_line_that_is_not_json(laptops: Laptops, good: Path) -> None:
    def garble(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        lines = entries["data/opportunity.jsonl"].splitlines(keepends=True)
        lines[1] = b'["broken", \n'
        entries["data/opportunity.jsonl"] = b"".join(lines)

    _refused(laptops, _edited(good, garble), PackageError,
             "entry data/opportunity.jsonl, line 2 is not valid JSON")


def test_a_table_name_that_is_not_a_name(laptops: Laptops, good: Path) -> None:
    def inject(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        manifest["tables"]["park; DROP TABLE audit"] = manifest["tables"].pop("park")

    _refused(laptops, _edited(good, inject), PackageError, "manifest is not valid")


# --- data that does not fit the schema ---------------------------------------------------


def _change_rows(table: str, change: Callable[[list[str], list[list[Any]]], None]) -> Edit:
    def edit(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        rows = table_lines(entries, table)
        change(manifest["tables"][table]["columns"], rows)
        set_table_lines(entries, manifest, table, rows)
    return edit


def test_text_in_a_number_field(laptops: Laptops, good: Path) -> None:
    def text(columns: list[str], rows: list[list[Any]]) -> None:
        rows[2][columns.index("investment_equipment")] = "năm trăm triệu"

    _refused(laptops, _edited(good, _change_rows("opportunity", text)), MergeDataError,
             "data/opportunity.jsonl, line 3", "investment_equipment", "must be a number",
             "năm trăm triệu")


def test_a_required_field_left_empty(laptops: Laptops, good: Path) -> None:
    def empty(columns: list[str], rows: list[list[Any]]) -> None:
        rows[0][columns.index("title")] = None

    _refused(laptops, _edited(good, _change_rows("opportunity", empty)), MergeDataError,
             "line 1", "“title” is empty")


def test_a_field_this_database_does_not_have(laptops: Laptops, good: Path) -> None:
    def extra(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        rows = table_lines(entries, "park")
        manifest["tables"]["park"]["columns"].append("secret")
        set_table_lines(entries, manifest, "park", [r + ["x"] for r in rows])

    _refused(laptops, _edited(good, extra), MergeDataError, "“secret” does not exist")


def test_a_table_this_database_does_not_have(laptops: Laptops, good: Path) -> None:
    def extra(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        manifest["tables"]["payroll"] = {"entry": "data/payroll.jsonl", "columns": ["id"],
                                         "rows": 1}
        entries["data/payroll.jsonl"] = b'["p-1"]\n'

    _refused(laptops, _edited(good, extra), MergeDataError, "no table “payroll”")


def test_a_reference_to_nothing(laptops: Laptops, good: Path) -> None:
    ghost = str(uuid.uuid4())

    def orphan(columns: list[str], rows: list[list[Any]]) -> None:
        rows[0][columns.index("audit_id")] = ghost

    _refused(laptops, _edited(good, _change_rows("area", orphan)), MergeDataError,
             "data/area.jsonl, line 1", ghost, "neither in the package nor in this database")


def test_a_photo_that_is_not_what_its_checksum_says(laptops: Laptops, good: Path) -> None:
    def swap(columns: list[str], rows: list[list[Any]]) -> None:
        rows[0][columns.index("sha256")] = "f" * 64

    _refused(laptops, _edited(good, _change_rows("blob", swap)), MergeDataError,
             "data/blob.jsonl, line 1", "does not match its checksum")


def test_the_same_record_twice(laptops: Laptops, good: Path) -> None:
    def twice(columns: list[str], rows: list[list[Any]]) -> None:
        rows.append(list(rows[0]))

    _refused(laptops, _edited(good, _change_rows("meter", twice)), MergeDataError,
             "holds this record twice")


def test_one_bad_package_among_several_changes_nothing(laptops: Laptops, good: Path) -> None:
    fine = laptops.package(laptops.an, "fine")
    bad = good.with_name("bad.auditdesk")
    bad.write_bytes(good.read_bytes()[:1000])
    before = fingerprint(laptops.office.path)
    with pytest.raises(PackageError, match="bad.auditdesk"):
        merge_files(laptops.office, [fine, bad])
    assert fingerprint(laptops.office.path) == before


def test_the_manifest_lists_a_checksum_per_entry(good: Path) -> None:
    import hashlib

    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist()) - {"manifest.json"}
        assert set(manifest["entries"]) == names
        for name in names:
            assert manifest["entries"][name]["sha256"] == hashlib.sha256(zf.read(name)).hexdigest()
    assert manifest["format"] == "auditdesk-package" and manifest["format_version"] == 1
    assert manifest["app_version"] and manifest["audits"][0]["id"]
