"""A merge killed at any moment leaves the database whole: all of the merge or none.

A child process merges a large audit package into the office's database
(150,000 new readings; opportunities updated, changed on both sides and taken
from the package, deleted there, and new ones; about 1.5 s on a laptop). The
parent kills it with SIGKILL after a random delay spread over the merge's
duration, 50 times (seeded). After each kill the database passes SQLite's
``integrity_check`` and ``foreign_key_check``, and its content is either the
content before the merge or the content an uninterrupted merge leaves (the
times a merge stamps aside). Now and then the killed merge is run again to the
end, which must give the same content as the uninterrupted one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from auditdesk import model
from auditdesk.exchange.package import export_audits, merge_files
from auditdesk.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32",
                                                   reason="SIGKILL is POSIX")]

KILLS = 50
SEED = 20261124
READINGS = 150_000  # added by the package: most of the merge's time
OFFICE = "Văn phòng"

# The child: open the database as the office, say so, merge, close.
CHILD = """
import sys, time
from auditdesk.exchange.package import merge_files
from auditdesk.store import Store
store = Store(sys.argv[1], user=sys.argv[3])
print("merging", flush=True)
start = time.perf_counter()
merge_files(store, [sys.argv[2]], on_conflict="theirs")
store.close()
print(f"done {time.perf_counter() - start:.3f}", flush=True)
"""

# Columns a merge fills with the time it runs: left out of the comparison.
_TIMES = {"history": {"id", "at"}, "merge_seen": {"at"}}
_STAMP = "updated_at"


def content(path: Path) -> tuple[str, dict[str, int]]:
    """A hash of every row of every table (the times a merge stamps left out),
    and the number of rows per table."""
    conn = sqlite3.connect(path)
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')
                       if r[1] not in _TIMES.get(table, {_STAMP})]
            listed = ", ".join(f'"{c}"' for c in columns)
            digest.update(table.encode())
            counts[table] = 0
            for row in conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY {listed}'):
                digest.update(repr(row).encode())
                counts[table] += 1
    finally:
        conn.close()
    return digest.hexdigest(), counts


def checks(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    """SQLite's integrity check and foreign-key check (opening the file read-write
    first, so that a write-ahead log left by the killed process is recovered)."""
    conn = sqlite3.connect(path)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        foreign = [tuple(r) for r in conn.execute("PRAGMA foreign_key_check")]
    finally:
        conn.close()
    return integrity, foreign


def _fresh(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(source, target)
    return target


def _start(db: Path, package: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(package), OFFICE],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert child.stdout is not None
    first = child.stdout.readline().strip()
    if first != "merging":
        child.kill()
        raise AssertionError(f"the child did not start merging: {first!r} "
                             f"{child.communicate()[1][-2000:]}")
    return child


@dataclass
class Setup:
    folder: Path
    office: Path
    package: Path
    before: str
    after: str
    window: float  # seconds from "merging" to the end of an uninterrupted merge


def _build(folder: Path) -> tuple[Path, Path]:
    """The office's database and An's package of the same audit, changed since."""
    base = folder / "base.auditdesk.sqlite"
    with Store(base, user=OFFICE) as s:
        park = s.parks.create(model.Park(name="KCN Thử"))
        ent = s.enterprises.create(model.Enterprise(park_id=park.id, name="Công ty Thử"))
        audit = s.audits.create(model.Audit(enterprise_id=ent.id, title="Đánh giá",
                                            start_date="2025-03-01"))
        meters = [s.meters.create(model.Meter(enterprise_id=ent.id, name=f"Đồng hồ {i:02d}"))
                  for i in range(10)]
        with s.transaction():
            opps = [s.opportunities.create(model.Opportunity(
                audit_id=audit.id, code=f"O-{i:03d}", title=f"Cơ hội {i}",
                investment_equipment=1e6 * i)) for i in range(400)]
    office = folder / "office.auditdesk.sqlite"
    shutil.copy(base, office)
    with Store(office, user=OFFICE) as s, s.transaction():
        for opp in opps[:50]:  # also changed by An: conflicts, decided for An
            s.opportunities.update(opp.id, owner="Văn phòng")
    hours = [(dt.datetime(2024, 1, 1) + dt.timedelta(hours=i)).isoformat(timespec="minutes")
             for i in range(READINGS // len(meters))]
    with Store(base, user="An") as s:
        for meter in meters:
            s.readings.add_many(model.Reading(meter_id=meter.id, ts=ts, value=float(i))
                                for i, ts in enumerate(hours))
        with s.transaction():
            for opp in opps[:300]:
                s.opportunities.update(opp.id, owner="An", status="proposed")
            for opp in opps[350:]:
                s.opportunities.delete(opp.id)
            for i in range(200):
                s.opportunities.create(model.Opportunity(audit_id=audit.id, code=f"N-{i:03d}",
                                                         title=f"Cơ hội mới {i}"))
        package = export_audits(s, [audit.id], folder / "an.auditdesk").path
    return office, package


@pytest.fixture(scope="module")
def setup() -> Iterator[Setup]:
    memory = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None  # a kill is not a power cut
    with tempfile.TemporaryDirectory(dir=memory) as tmp:
        folder = Path(tmp)
        office, package = _build(folder)
        reference = _fresh(office, folder / "reference.auditdesk.sqlite")
        child = _start(reference, package)
        start = time.perf_counter()
        out, err = child.communicate(timeout=120)
        window = time.perf_counter() - start
        assert child.returncode == 0 and out.startswith("done"), err[-2000:]
        with Store(reference, user=OFFICE) as check:  # the merge did what it should
            assert check.readings.count() == READINGS
            assert check.opportunities.count() == 400 - 50 + 200
            assert check.opportunities.count("owner = 'An'") == 300
        yield Setup(folder, office, package, content(office)[0], content(reference)[0], window)


def test_a_killed_merge_leaves_all_of_it_or_none(setup: Setup) -> None:
    assert setup.before != setup.after
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    killed = 0
    work = setup.folder / "work.auditdesk.sqlite"
    for n in range(KILLS):
        _fresh(setup.office, work)
        delay = rng.uniform(0, 1.1 * setup.window)
        child = _start(work, setup.package)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        killed += child.returncode == -signal.SIGKILL
        integrity, foreign = checks(work)
        assert integrity == ["ok"], f"kill {n} after {delay:.3f} s: {integrity[:5]}"
        assert foreign == [], f"kill {n} after {delay:.3f} s: {foreign[:5]}"
        found = content(work)[0]
        assert found in (setup.before, setup.after), (
            f"kill {n} after {delay:.3f} s left part of the merge")
        outcomes["none" if found == setup.before else "all"] += 1
        if n % 10 == 0:  # the merge can be run again, to the same end
            with Store(work, user=OFFICE) as store:
                assert not store.read_only
                merge_files(store, [setup.package], on_conflict="theirs")
            assert content(work)[0] == setup.after, f"kill {n}: the merge run again differs"
    print(f"{KILLS} kills over {setup.window:.2f} s: {killed} during the merge; "
          f"database as before: {outcomes['none']}, with the whole merge: {outcomes['all']}")
    assert killed >= KILLS // 2, "most kills must land while the merge runs"
    assert outcomes["none"] > 0
