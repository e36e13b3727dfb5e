"""Open an audit package and refuse it whole when it is damaged or hostile.

Every check runs before anything is written, and the package is never
extracted to disk: entries are read from the zip into memory (photos when
they are written), so a hostile entry name cannot reach the file system. It
is still refused, as a sign the file did not come from AuditDesk:

* not a zip, truncated, or an entry that fails its CRC;
* an entry name that is absolute, has a drive letter, a backslash, ``..``,
  ``.`` or an empty part (zip-slip), or appears twice;
* more than ``Limits.max_entries`` entries, more than ``max_total_bytes``
  unpacked, or an entry that inflates more than ``max_ratio`` times (a zip
  bomb; the declared sizes are checked first and reads never go past them);
* no manifest, another format, a newer format or database version;
* an entry missing from the manifest or the manifest naming a missing entry,
  a size or SHA-256 that differs from the manifest;
* a data line that is not a JSON array of the declared columns, or a value
  that is neither a JSON scalar nor a reference to a stored photo.

Whether the data fits this database's schema (types, required fields,
references) is checked by the merge, inside its transaction.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditdesk.i18n import fill, translate
from auditdesk.store.errors import StoreError
from auditdesk.store.merge import HISTORY_COLUMNS, BytesRef
from auditdesk.store.schema import SCHEMA_VERSION

FORMAT = "auditdesk-package"
FORMAT_VERSION = 1
EXTENSION = ".auditdesk"
MANIFEST = "manifest.json"
HISTORY_ENTRY = "history.jsonl"
SEEN_ENTRY = "seen.jsonl"
BLOB_PREFIX = "blobs/"
DATA_PREFIX = "data/"

_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SCALARS = (str, int, float, type(None))
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile package from exhausting memory or disk."""

    max_entries: int = 200_000
    max_total_bytes: int = 4 << 30  # unpacked
    max_ratio: float = 200.0  # unpacked / packed, per entry
    ratio_floor_bytes: int = 1 << 20  # smaller entries may compress better
    max_manifest_bytes: int = 16 << 20


class PackageError(StoreError):
    """The package is refused as a whole; nothing was changed."""


@dataclass
class PackageTable:
    name: str
    entry: str
    columns: list[str]
    rows: list[list[Any]]


@dataclass
class Package:
    """A validated package, open for reading its photos."""

    path: Path
    manifest: dict[str, Any]
    tables: dict[str, PackageTable]
    history: list[tuple[Any, ...]]
    seen: list[tuple[str, str, str]]
    _zip: zipfile.ZipFile = field(repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def package_id(self) -> str:
        return str(self.manifest.get("package_id", ""))

    @property
    def schema_version(self) -> int:
        return int(self.manifest["schema_version"])

    @property
    def audits(self) -> list[dict[str, Any]]:
        return list(self.manifest.get("audits", []))

    @property
    def audit_ids(self) -> list[str]:
        return [str(a.get("id", "")) for a in self.audits]

    def where(self, table: str, index: int) -> str:
        """Where a row came from, for messages: the entry and its line."""
        entry = self.tables[table].entry if table in self.tables else table
        return fill(translate("Package", "entry %1, line %2"), entry, index + 1)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _refuse(path: Path, problem: str) -> PackageError:
    return PackageError(fill(translate(
        "Package", "The package %1 was refused: %2 Nothing was changed."), path.name, problem))


def unsafe_name_problem(name: str) -> str | None:
    """Why an entry name could escape a folder if extracted (zip-slip), or None."""
    if not name or "\0" in name:
        return translate("Package", "an empty name or one with a NUL character")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return translate("Package", "an absolute path")
    if "\\" in name:
        return translate("Package", "a backslash in the path")
    if any(part in ("", ".", "..") for part in name.split("/")):
        return translate("Package", "a “..”, “.” or empty part in the path")
    return None


def open_package(path: str | Path, limits: Limits | None = None,
                 report: Callable[[int, int, str], None] | None = None) -> Package:
    """Open and check a package; raises ``PackageError`` saying what and where."""
    path = Path(path)
    limits = limits or Limits()
    if not path.is_file():
        raise _refuse(path, translate("Package", "there is no such file."))
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _refuse(path, fill(translate(
            "Package", "it is not a zip file, or it is damaged or incomplete (a copy that did "
            "not finish?): %1."), exc)) from exc
    try:
        return _read(path, zf, limits, report)
    except BaseException:
        zf.close()
        raise


def _read(path: Path, zf: zipfile.ZipFile, limits: Limits,
          report: Callable[[int, int, str], None] | None) -> Package:
    infos = _check_entries(path, zf, limits)
    manifest = _read_manifest(path, zf, infos, limits)
    entries: dict[str, dict[str, Any]] = manifest["entries"]
    total = sum(int(e["size"]) for e in entries.values()) or 1
    done = 0
    for name, expected in entries.items():
        digest = _entry_digest(path, zf, infos[name])
        if digest != expected["sha256"]:
            raise _refuse(path, fill(translate(
                "Package", "the checksum of entry %1 does not match the manifest: the file is "
                "damaged or was altered."), name))
        done += int(expected["size"])
        if report is not None:
            report(done, total, translate("Package", "Checking the package…"))
    blobs = {n[len(BLOB_PREFIX):]: infos[n] for n in entries if n.startswith(BLOB_PREFIX)}
    tables = {name: _read_table(path, zf, name, spec, blobs)
              for name, spec in manifest["tables"].items()}
    history = [tuple(r) for r in _read_lines(path, zf, HISTORY_ENTRY, entries, _history_row)]
    seen = [tuple(r) for r in _read_lines(path, zf, SEEN_ENTRY, entries, _seen_row)]
    return Package(path, manifest, tables, history, seen, zf)


def _check_entries(path: Path, zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos: dict[str, zipfile.ZipInfo] = {}
    total = 0
    entries = zf.infolist()
    if len(entries) > limits.max_entries:
        raise _refuse(path, fill(translate(
            "Package", "it has %1 entries, more than the limit of %2."), len(entries),
            limits.max_entries))
    for info in entries:
        name = info.filename
        problem = unsafe_name_problem(info.orig_filename) or unsafe_name_problem(name)
        if problem:
            raise _refuse(path, fill(translate("Package", "entry “%1” has %2."), name, problem))
        if name in infos:
            raise _refuse(path, fill(translate("Package", "entry %1 appears twice."), name))
        if info.flag_bits & 0x1:
            raise _refuse(path, fill(translate("Package", "entry %1 is encrypted."), name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(path, fill(translate(
                "Package", "entry %1 uses a compression AuditDesk does not write."), name))
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _refuse(path, fill(translate(
                "Package", "it would unpack to more than %1 MB (a zip bomb?)."),
                limits.max_total_bytes >> 20))
        if (info.file_size > limits.ratio_floor_bytes
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise _refuse(path, fill(translate(
                "Package", "entry %1 would unpack to %2 times its packed size, more than the "
                "limit of %3 (a zip bomb?)."), name,
                int(info.file_size / max(info.compress_size, 1)), int(limits.max_ratio)))
        infos[name] = info
    return infos


def _read_entry(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise _refuse(path, fill(translate("Package", "entry %1 is damaged (%2)."),
                                 info.filename, exc)) from exc
    if len(data) != info.file_size:
        raise _refuse(path, fill(translate("Package", "entry %1 is damaged (%2)."),
                                 info.filename, translate("Package", "its size is wrong")))
    return data


def _entry_digest(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(info) as fh:
            while size <= info.file_size:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                digest.update(chunk)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise _refuse(path, fill(translate("Package", "entry %1 is damaged (%2)."),
                                 info.filename, exc)) from exc
    if size != info.file_size:
        raise _refuse(path, fill(translate("Package", "entry %1 is damaged (%2)."),
                                 info.filename, translate("Package", "its size is wrong")))
    return digest.hexdigest()


def _read_manifest(path: Path, zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo],
                   limits: Limits) -> dict[str, Any]:
    bad = translate("Package", "its manifest is not valid (%1).")
    if MANIFEST not in infos:
        raise _refuse(path, translate(
            "Package", "it has no manifest, so it is not an AuditDesk package."))
    if infos[MANIFEST].file_size > limits.max_manifest_bytes:
        raise _refuse(path, fill(bad, translate("Package", "it is too large")))
    try:
        manifest = json.loads(_read_entry(path, zf, infos[MANIFEST]).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _refuse(path, fill(bad, exc)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(path, translate(
            "Package", "its manifest does not describe an AuditDesk package."))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _refuse(path, fill(bad, "format_version"))
    if version > FORMAT_VERSION:
        raise _refuse(path, fill(translate(
            "Package", "it was made by a newer AuditDesk (%1, package format %2; this AuditDesk "
            "reads format %3). Update AuditDesk to merge it."),
            manifest.get("app_version", "?"), version, FORMAT_VERSION))
    schema = manifest.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise _refuse(path, fill(bad, "schema_version"))
    if schema > SCHEMA_VERSION:
        raise _refuse(path, fill(translate(
            "Package", "it was made by a newer AuditDesk (%1, database version %2; this AuditDesk "
            "reads up to %3). Update AuditDesk to merge it."),
            manifest.get("app_version", "?"), schema, SCHEMA_VERSION))
    _check_manifest_shape(path, manifest, bad)
    listed = set(manifest["entries"])
    present = set(infos) - {MANIFEST}
    for name in sorted(listed - present):
        raise _refuse(path, fill(translate(
            "Package", "entry %1 is listed in the manifest but missing from the file (an "
            "incomplete copy?)."), name))
    for name in sorted(present - listed):
        raise _refuse(path, fill(translate(
            "Package", "entry %1 is not listed in the manifest."), name))
    for name, entry in manifest["entries"].items():
        if entry["size"] != infos[name].file_size:
            raise _refuse(path, fill(translate(
                "Package", "entry %1 has a different size than the manifest says."), name))
    return manifest


def _check_manifest_shape(path: Path, manifest: dict[str, Any], bad: str) -> None:
    entries = manifest.get("entries")
    if not isinstance(entries, dict):
        raise _refuse(path, fill(bad, "entries"))
    for name, entry in entries.items():
        if (not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str)
                or not _SHA256.match(entry["sha256"]) or not isinstance(entry.get("size"), int)):
            raise _refuse(path, fill(bad, name))
        if name.startswith(BLOB_PREFIX) and entry["sha256"] != name[len(BLOB_PREFIX):]:
            raise _refuse(path, fill(translate(
                "Package", "the photo in entry %1 does not match its name: the file is damaged "
                "or was altered."), name))
    tables = manifest.get("tables")
    if not isinstance(tables, dict):
        raise _refuse(path, fill(bad, "tables"))
    for name, spec in tables.items():
        columns = spec.get("columns") if isinstance(spec, dict) else None
        if (not _NAME.match(str(name)) or not isinstance(columns, list) or not columns
                or not all(isinstance(c, str) and _NAME.match(c) for c in columns)
                or len(set(columns)) != len(columns)
                or spec.get("entry") != f"{DATA_PREFIX}{name}.jsonl"
                or spec["entry"] not in entries or not isinstance(spec.get("rows"), int)):
            raise _refuse(path, fill(bad, name))
    audits = manifest.get("audits")
    if not isinstance(audits, list) or not all(
            isinstance(a, dict) and isinstance(a.get("id"), str) for a in audits):
        raise _refuse(path, fill(bad, "audits"))
    for name in (HISTORY_ENTRY, SEEN_ENTRY):
        if name not in entries:
            raise _refuse(path, fill(bad, name))


def _parse_lines(path: Path, zf: zipfile.ZipFile, entry: str) -> list[Any]:
    """The JSON values of an entry, one per line (one fast parse, then per line
    to name the line that is wrong)."""
    text = _read_entry(path, zf, zf.getinfo(entry)).decode("utf-8", errors="strict")
    lines = text.splitlines()
    try:
        values = json.loads("[" + ",".join(lines) + "]") if lines else []
        if isinstance(values, list) and len(values) == len(lines):
            return values
    except ValueError:
        pass
    values = []
    for number, line in enumerate(lines, 1):
        try:
            values.append(json.loads(line))
        except ValueError as exc:
            raise _refuse(path, fill(translate(
                "Package", "entry %1, line %2 is not valid JSON (%3)."), entry, number,
                exc)) from exc
    return values


def _line_problem(path: Path, entry: str, index: int, problem: str) -> PackageError:
    return _refuse(path, fill(translate("Package", "entry %1, line %2: %3"), entry,
                              index + 1, problem))


def _read_table(path: Path, zf: zipfile.ZipFile, name: str, spec: dict[str, Any],
                blobs: dict[str, zipfile.ZipInfo]) -> PackageTable:
    entry, columns = spec["entry"], spec["columns"]
    try:
        rows = _parse_lines(path, zf, entry)
    except UnicodeDecodeError as exc:
        raise _refuse(path, fill(translate("Package", "entry %1 is damaged (%2)."),
                                 entry, exc)) from exc
    if len(rows) != spec["rows"]:
        raise _refuse(path, fill(translate(
            "Package", "entry %1 holds %2 records but the manifest says %3."),
            entry, len(rows), spec["rows"]))
    width = len(columns)
    for index, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != width:
            raise _line_problem(path, entry, index, fill(translate(
                "Package", "expected a list of %1 values (%2)."), width, ", ".join(columns)))
        for position, value in enumerate(row):
            if type(value) in _SCALARS:
                continue
            sha = value.get("$bytes") if isinstance(value, dict) and len(value) == 1 else None
            if isinstance(sha, str) and sha in blobs:
                row[position] = _bytes_ref(path, zf, blobs[sha], sha)
                continue
            raise _line_problem(path, entry, index, fill(translate(
                "Package", "the value of “%1” is neither text, a number nor a stored photo."),
                columns[position]))
    return PackageTable(name, entry, list(columns), rows)


def _bytes_ref(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, sha: str) -> BytesRef:
    def load() -> bytes:
        data = _read_entry(path, zf, info)
        if hashlib.sha256(data).hexdigest() != sha:
            raise _refuse(path, fill(translate(
                "Package", "the checksum of entry %1 does not match the manifest: the file is "
                "damaged or was altered."), info.filename))
        return data

    return BytesRef(sha, info.file_size, load)


def _history_row(value: Any) -> str | None:
    if not isinstance(value, list) or len(value) != len(HISTORY_COLUMNS):
        return translate("Package", "a history row must list at, user, entity, entity_id, op, "
                                    "field, old and new.")
    if not all(isinstance(v, str) and v for v in value[:5]):
        return translate("Package", "a history row needs its time, user, record and operation.")
    if not all(v is None or isinstance(v, str) for v in value[5:]):
        return translate("Package", "the field, old and new values of a history row are text.")
    return None


def _seen_row(value: Any) -> str | None:
    if (not isinstance(value, list) or len(value) != 3 or not all(
            isinstance(v, str) for v in value[:2]) or not isinstance(value[2], dict)):
        return translate("Package", "a merged-version row must be [table, key, values].")
    value[2] = json.dumps(value[2], ensure_ascii=False, sort_keys=True)
    return None


def _read_lines(path: Path, zf: zipfile.ZipFile, entry: str, entries: dict[str, Any],
                check: Callable[[Any], str | None]) -> list[Any]:
    values = _parse_lines(path, zf, entry)
    for index, value in enumerate(values):
        problem = check(value)
        if problem:
            raise _line_problem(path, entry, index, problem)
    return values
