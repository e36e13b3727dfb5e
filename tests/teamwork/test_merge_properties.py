"""Merging never loses an edit (property test with hypothesis).

One small database is copied to An's and Bình's laptops. Both edit their copy
at random through the store's managers: create, update and delete parks,
enterprises, audits, opportunities, meters and readings, interleaved (so the
two change histories interleave in time as laptops with unsynchronised clocks
would). Each packs its audits; the packages are merged into a third copy
(An's, then Bình's) and each into the other laptop. Whatever the edits:

* a field changed on one side only ends with that side's value;
* a field changed on both sides to different values is a conflict, and
  ``ours`` / ``theirs`` give our / their value; the same value on both sides
  is no conflict;
* a record deleted on one side and changed on the other (itself, or a record
  it owns: an audit's opportunities, a meter's readings …) is a conflict;
  ``ours`` / ``theirs`` keep or drop the whole deleted subtree. Deleted on one
  side and untouched on the other, it ends deleted — in the other laptop and
  in the third copy alike;
* nothing else changes; nothing is reported that is not one of the above;
* merging the same packages again changes nothing;
* the package holds every change of its records, the merged database the
  package's whole history, and every value the merge wrote has its history row.

Versions are identified by their values (``auditdesk/store/merge.py``): when
one side's final record equals a version the other side held before (the two
converged by coincidence: one side changed a field and changed it back, or
passed through the other's value), that side is taken to be the older one.
The checks accept that outcome too — only when such a coincidence happened.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st
from teamwork_helpers import fingerprint

from auditdesk import model
from auditdesk.exchange.package import (
    FieldConflict,
    MergeSummary,
    export_audits,
    merge_files,
    open_package,
)
from auditdesk.model import vocab
from auditdesk.store import Store

Rec = tuple[str, str]  # (table, key)
Version = tuple[tuple[str, Any], ...]  # (column, value) pairs, key and timestamps left out

TABLES = ("park", "enterprise", "audit", "opportunity", "meter", "reading")
OWNER = {"enterprise": "park_id", "audit": "enterprise_id", "opportunity": "audit_id",
         "meter": "enterprise_id", "reading": "meter_id"}
PARENT = {"enterprise": "park", "audit": "enterprise", "opportunity": "audit",
          "meter": "enterprise", "reading": "meter"}
FIELDS: dict[str, list[tuple[str, str]]] = {
    "park": [("name", "text"), ("province", "text"), ("notes", "text")],
    "enterprise": [("name", "text"), ("products", "text"), ("employees", "int"),
                   ("notes", "text")],
    "audit": [("title", "text"), ("auditors", "text"), ("status", "audit_status"),
              ("notes", "text")],
    "opportunity": [("title", "text"), ("owner", "text"), ("status", "opp_status"),
                    ("investment_equipment", "num"), ("description", "text")],
    "meter": [("name", "text"), ("location", "text"), ("multiplier", "num"),
              ("notes", "text")],
    "reading": [("value", "num"), ("note", "text")],
}
NEW_TS = ("2025-01-01", "2025-01-02", "2025-01-03")
SIDES = ("an", "binh")
USERS = {"an": "An", "binh": "Bình", "office": "Văn phòng", "third": "Chi"}


# A folder in memory where there is one: every commit of the stores is fsynced
# (synchronous=FULL), which on a disk costs more than the merges themselves.
_FAST_TMP = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


# --- the starting database -----------------------------------------------------------------


def _build_base(path: Path) -> None:
    """A park, two enterprises, three audits, five opportunities, three meters
    (one a sub-meter) and readings, some with a history row each (typed in) and
    some without (a bulk import writes one row per meter)."""
    with Store(path, user=USERS["office"]) as s:
        park = s.parks.create(model.Park(name="KCN Gốc", province="Bình Dương"))
        one = s.enterprises.create(model.Enterprise(park_id=park.id, name="Công ty Một",
                                                    employees=120))
        two = s.enterprises.create(model.Enterprise(park_id=park.id, name="Công ty Hai"))
        audits = [s.audits.create(model.Audit(enterprise_id=ent.id, title=title,
                                              start_date="2025-03-01"))
                  for ent, title in ((one, "Đánh giá 1"), (one, "Đánh giá 2"),
                                     (two, "Đánh giá 3"))]
        for audit, codes in zip(audits, (("O-1", "O-2"), ("O-3",), ("O-4", "O-5"))):
            for code in codes:
                s.opportunities.create(model.Opportunity(
                    audit_id=audit.id, code=code, title=f"Cơ hội {code}",
                    investment_equipment=1e6))
        main = s.meters.create(model.Meter(enterprise_id=one.id, name="Tổng"))
        sub = s.meters.create(model.Meter(enterprise_id=one.id, name="Khí nén",
                                          parent_id=main.id))
        other = s.meters.create(model.Meter(enterprise_id=two.id, name="Nước",
                                            carrier="water", unit="m3"))
        for ts, value in (("2024-01-01", 100.0), ("2024-02-01", 180.0)):
            s.readings.add(model.Reading(meter_id=main.id, ts=ts, value=value))
        s.readings.add_many([model.Reading(meter_id=sub.id, ts="2024-01-01", value=5.0),
                             model.Reading(meter_id=sub.id, ts="2024-02-01", value=9.0)])
        s.readings.add(model.Reading(meter_id=other.id, ts="2024-01-01", value=30.0))


@pytest.fixture(scope="module")
def base_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("merge-properties") / "base.auditdesk.sqlite"
    _build_base(path)
    yield path


# --- reading a database ------------------------------------------------------------------


def _key(table: str, row: sqlite3.Row) -> str:
    return f"{row['meter_id']}@{row['ts']}" if table == "reading" else str(row["id"])


def snapshot(conn: sqlite3.Connection) -> dict[Rec, Version]:
    """Every record of the six tables with its version."""
    found: dict[Rec, Version] = {}
    for table in TABLES:
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        skip = {"id", "created_at", "updated_at"} | ({"meter_id", "ts"} if table == "reading"
                                                    else set())
        for row in cursor:
            values = dict(zip(names, row))
            key = (f"{values['meter_id']}@{values['ts']}" if table == "reading"
                   else str(values["id"]))
            found[(table, key)] = tuple(sorted((n, v) for n, v in values.items()
                                               if n not in skip))
    return found


def snapshot_file(path: Path) -> dict[Rec, Version]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return snapshot(conn)
    finally:
        conn.close()


def history_rows(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in conn.execute(
            "SELECT id, at, user, entity, entity_id, op, field, old, new FROM history")]
    finally:
        conn.close()


def value_of(version: Version, name: str) -> Any:
    return dict(version)[name]


def base_order(base: dict[Rec, Version]) -> list[Rec]:
    """The starting records by table and name (title, code; a reading by its
    meter's name and time), not by their random ids."""
    def label(rec: Rec) -> tuple[str, ...]:
        values = dict(base[rec])
        if rec[0] == "reading":
            meter, ts = rec[1].split("@", 1)
            return (str(dict(base[("meter", meter)])["name"]), ts)
        return (str(values.get("code") or values.get("name") or values.get("title")),)

    return sorted(base, key=lambda rec: (TABLES.index(rec[0]), label(rec)))


def parent_of(rec: Rec, version: Version) -> Rec | None:
    table = rec[0]
    if table not in OWNER:
        return None
    if table == "reading":
        return ("meter", rec[1].split("@", 1)[0])
    return (PARENT[table], str(value_of(version, OWNER[table])))


# --- one laptop's work -----------------------------------------------------------------------


@dataclass
class Laptop:
    """One copy, its store, and what it held: every version of every record."""

    name: str
    store: Store
    now: dict[Rec, Version]
    order: list[Rec]  # every record ever seen, the starting ones first (see ``base_order``)
    held: dict[Rec, set[Version]] = field(default_factory=lambda: defaultdict(set))
    touched: set[Rec] = field(default_factory=set)  # records with a change of this laptop

    def records(self, table: str) -> list[str]:
        """The keys of the table's records, in an order that does not depend on the
        random ids (so hypothesis replays an example exactly)."""
        return [key for (t, key) in self.order if t == table and (t, key) in self.now]

    def observe(self) -> None:
        current = snapshot(self.store.conn)
        known = set(self.order)
        self.order += sorted(rec for rec in current if rec not in known)  # one new at a time
        for rec in set(current) | set(self.now):
            if current.get(rec) != self.now.get(rec):
                self.touched.add(rec)
        for rec, version in current.items():
            self.held[rec].add(version)
        self.now = current


Op = tuple[int, str, str, int, int, int]  # side (0 An, 1 Bình, 2 both), action, table,
#                                           which record, which field, which value

# Updates three times as often as creations or deletions, small ranges, and a
# third of the edits made on both sides at once (side 2, see ``_one_sided``), so
# that the two often touch the same records and fields.
KINDS = ([("update", t) for t in TABLES] * 3 + [("create", t) for t in TABLES]
         + [("delete", t) for t in TABLES])


def _ops(kinds: list[tuple[str, str]]) -> st.SearchStrategy[list[Op]]:
    return st.lists(
        st.builds(lambda side, kind, pick, field_pick, value: (side, *kind, pick, field_pick,
                                                               value),
                  st.integers(0, 2), st.sampled_from(kinds), st.integers(0, 3),
                  st.integers(0, 2), st.integers(0, 6)),
        min_size=2, max_size=20)


ops_strategy = _ops(KINDS)


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return self.n


def _value(kind: str, pick: int, original: Any, user: str, fresh: Counter) -> Any:
    """A value for an update: the original (a change back), one of two values both
    sides may choose, or a new one."""
    if kind == "audit_status":
        return list(vocab.AUDIT_STATUSES)[pick % len(vocab.AUDIT_STATUSES)]
    if kind == "opp_status":
        return list(vocab.OPPORTUNITY_STATUSES)[pick % 4]
    if pick == 0 and original is not None:
        return original
    if kind == "text":
        return ("chung-1", "chung-2")[pick - 1] if pick in (1, 2) else f"{user}-{fresh()}"
    if kind == "int":
        return (11, 22)[pick - 1] if pick in (1, 2) else fresh()
    return (11.5, 22.5)[pick - 1] if pick in (1, 2) else fresh() + 0.25


def apply(laptop: Laptop, op: Op, base: dict[Rec, Version], fresh: Counter) -> str:
    """Apply one random edit through the managers; returns what was done (or '')."""
    _, action, table, pick, field_pick, value_pick = op
    s, user = laptop.store, laptop.store.user
    if action == "create":
        parent_table = PARENT.get(table)
        parents = laptop.records(parent_table) if parent_table else [""]
        if not parents:
            return ""
        parent = parents[pick % len(parents)]
        name = f"{user}-{fresh()}"
        if table == "park":
            obj: model.Entity = s.parks.create(model.Park(name=name))
        elif table == "enterprise":
            obj = s.enterprises.create(model.Enterprise(park_id=parent, name=name))
        elif table == "audit":
            obj = s.audits.create(model.Audit(enterprise_id=parent, title=name,
                                              start_date="2025-04-01"))
        elif table == "opportunity":
            obj = s.opportunities.create(model.Opportunity(audit_id=parent, title=name))
        elif table == "meter":
            obj = s.meters.create(model.Meter(enterprise_id=parent, name=name))
        else:
            ts = NEW_TS[value_pick % len(NEW_TS)]
            if ("reading", f"{parent}@{ts}") in laptop.now:
                return ""
            s.readings.add(model.Reading(meter_id=parent, ts=ts, value=float(field_pick)))
            return f"create reading {parent[:4]}@{ts}={field_pick}"
        return f"create {table} {obj.id[:4]} under {parent[:4]}"
    keys = laptop.records(table)
    if not keys:
        return ""
    key = keys[pick % len(keys)]
    if action == "delete":
        if table == "reading":
            meter, ts = key.split("@", 1)
            s.readings.delete(meter, ts)
        else:
            s.manager(table).delete(key)
        return f"delete {table} {key[:4]}"
    name, kind = FIELDS[table][field_pick % len(FIELDS[table])]
    original = dict(base[(table, key)])[name] if (table, key) in base else None
    value = _value(kind, value_pick, original, user, fresh)
    if table == "reading":
        meter, ts = key.split("@", 1)
        s.readings.update(meter, ts, **{name: value})
    else:
        s.manager(table).update(key, **{name: value})
    return f"update {table} {key[:4]}.{name}={value!r}"


# --- what a merge must do ----------------------------------------------------------------------


@dataclass
class Side:
    """What the oracle knows of one side of a merge."""

    now: dict[Rec, Version]
    held: dict[Rec, set[Version]]
    touched: set[Rec]


@dataclass
class Outcome:
    conflicts: frozenset[tuple[str, str, str]]  # (table, key, field)
    ours: dict[Rec, Version | None]
    theirs: dict[Rec, Version | None]
    delete_unit: bool = False  # a conflict on any record of the unit will do


@dataclass
class Unit:
    """Records decided together, with the outcomes the rules allow."""

    what: str
    records: list[Rec]
    outcomes: list[Outcome]


def three_way(rec: Rec, ours: Version, theirs: Version, start: Version | None) -> Outcome:
    """Field by field: changed on one side only (against ``start``) takes that
    side; changed on both to different values (or no ``start``) is a conflict."""
    ours_d, theirs_d = dict(ours), dict(theirs)
    start_d = dict(start) if start is not None else None
    result, conflicts = dict(ours_d), []
    for name in ours_d:
        if ours_d[name] == theirs_d[name]:
            continue
        if start_d is not None and ours_d[name] == start_d[name]:
            result[name] = theirs_d[name]
        elif start_d is not None and theirs_d[name] == start_d[name]:
            continue
        else:
            conflicts.append(name)
    theirs_result = dict(result, **{n: theirs_d[n] for n in conflicts})
    return Outcome(frozenset((rec[0], rec[1], n) for n in conflicts),
                   {rec: tuple(sorted(result.items()))},
                   {rec: tuple(sorted(theirs_result.items()))})


def _chain(rec: Rec, versions: dict[Rec, Version], parents: dict[Rec, Rec | None]
           ) -> Iterator[Rec]:
    """``rec`` and its owners, upwards."""
    current: Rec | None = rec
    while current is not None:
        yield current
        current = parents.get(current)


def package_scope(now: dict[Rec, Version]) -> set[Rec]:
    """What a package of every audit of this side holds (of the six tables): the
    audits, their enterprises and parks, their opportunities, the enterprises'
    meters and the meters' readings."""
    audits = {rec for rec in now if rec[0] == "audit"}
    enterprises = {parent_of(rec, now[rec]) for rec in audits}
    parks = {parent_of(rec, now[rec]) for rec in enterprises if rec in now}
    scope: set[Rec] = set(audits) | {r for r in enterprises | parks if r is not None}
    for rec, version in now.items():
        owner = parent_of(rec, version)
        if rec[0] in ("opportunity", "meter") and owner in scope:
            scope.add(rec)
    for rec, version in now.items():
        if rec[0] == "reading" and parent_of(rec, version) in scope:
            scope.add(rec)
    return scope


def deleted_in_package(source: Side, scope: set[Rec], parents: dict[Rec, Rec | None]
                       ) -> set[Rec]:
    """Records deleted on this side that a record of its package owned, or such a
    deleted record owned: their deletion travels with the package."""
    gone: set[Rec] = set()
    for table in TABLES:  # owners first
        gone |= {rec for rec in source.held if rec[0] == table and source.held[rec]
                 and rec not in source.now and (parents.get(rec) in scope
                                                or parents.get(rec) in gone)}
    return gone


def expected_units(target: Side, source: Side, base: dict[Rec, Version],
                   parents: dict[Rec, Rec | None]) -> tuple[list[Unit], set[Rec]]:
    """The decisions merging the source's package into the target must make, and
    the records the package reaches (every other record stays as it is)."""
    scope = package_scope(source.now)
    gone = deleted_in_package(source, scope, parents)
    units: list[Unit] = []
    reached: set[Rec] = set()

    # records both have: field by field
    for rec in sorted(scope & set(target.now)):
        ours, theirs, start = target.now[rec], source.now[rec], base.get(rec)
        reached.add(rec)
        if ours == theirs:
            units.append(Unit("same", [rec], [Outcome(frozenset(), {rec: ours}, {rec: ours})]))
            continue
        # field by field against the start; or against a later version both held
        # (they converged on it by coincidence: it is as good a common version)
        common = target.held.get(rec, set()) & source.held.get(rec, set())
        outcomes = [three_way(rec, ours, theirs, start)]
        outcomes += [three_way(rec, ours, theirs, v) for v in sorted(common - {start}, key=str)]
        if theirs in target.held.get(rec, ()):  # they hold a version we had: older
            outcomes.append(Outcome(frozenset(), {rec: ours}, {rec: ours}))
        if ours in source.held.get(rec, ()):  # we hold a version they had: newer
            outcomes.append(Outcome(frozenset(), {rec: theirs}, {rec: theirs}))
        units.append(Unit("fields", [rec], outcomes))

    # records the package has and we do not: new, or deleted here (with all they own)
    tops: dict[Rec, list[Rec]] = defaultdict(list)
    for rec in sorted(scope - set(target.now)):
        deleted_here = [r for r in _chain(rec, {}, parents)
                        if r in scope and r not in target.now and target.held.get(r)]
        tops[deleted_here[-1] if deleted_here else rec].append(rec)
    for top, records in sorted(tops.items()):
        reached.update(records)
        absent = {r: None for r in records}
        present = {r: source.now[r] for r in records}
        if not target.held.get(top):  # new: added
            units.append(Unit("new", records, [Outcome(frozenset(), present, present)]))
            continue
        must = any(source.now[r] not in target.held.get(r, ()) for r in records)
        may = must or any(r in source.touched for r in records)
        outcomes = []
        if not must:
            outcomes.append(Outcome(frozenset(), absent, absent))
        if may:
            outcomes.append(Outcome(frozenset({(top[0], top[1], "")}), absent, present,
                                    delete_unit=True))
        units.append(Unit("deleted here", records, outcomes))

    # records deleted in the package that we have: gone, with all we have under them
    tops = defaultdict(list)
    for rec in sorted(set(target.now)):
        deleted_there = [r for r in _chain(rec, {}, parents) if r in gone and r in target.now]
        if deleted_there:
            tops[deleted_there[-1]].append(rec)
    for top, records in sorted(tops.items()):
        reached.update(records)
        absent = {r: None for r in records}
        present = {r: target.now[r] for r in records}
        must = any(target.now[r] not in source.held.get(r, ()) for r in records)
        may = must or any(r in target.touched for r in records)
        outcomes = []
        if not must:
            outcomes.append(Outcome(frozenset(), absent, absent))
        if may:
            outcomes.append(Outcome(frozenset({(top[0], top[1], "")}), present, absent,
                                    delete_unit=True))
        units.append(Unit("deleted there", records, outcomes))
    return units, reached


def _unlinked(rec: Rec, wanted: Version | None, final: dict[Rec, Version]) -> Version | None:
    """A sub-meter whose main meter is deleted (there, so by the merge here) is no
    longer a sub-meter: the store clears the link (``MeterManager``)."""
    if wanted is not None and rec[0] == "meter":
        parent = value_of(wanted, "parent_id")
        if parent is not None and ("meter", parent) not in final:
            return tuple((n, None if n == "parent_id" else v) for n, v in wanted)
    return wanted


def _show(rec: Rec) -> str:
    return f"{rec[0]} {rec[1][:8]}"


def _diff(start: Version | None, version: Version | None) -> str:
    """A version as its differences from the starting database."""
    if version is None:
        return "(absent)"
    if start is None:
        return "new " + ", ".join(f"{n}={v!r}" for n, v in version if v not in (None, ""))
    changed = [f"{n}={v!r}" for (n, v), (_, was) in zip(version, start) if v != was]
    return ", ".join(changed) if changed else "(as at the start)"


def check_merge(label: str, target: Side, source: Side, base: dict[Rec, Version],
                parents: dict[Rec, Rec | None], reported: list[FieldConflict],
                finals: dict[str, dict[Rec, Version]]) -> None:
    """The merge of ``source``'s package into ``target`` did what the rules say, with
    ``ours`` and with ``theirs`` (``finals``: the databases after each)."""
    units, reached = expected_units(target, source, base, parents)
    conflicts = {(c.table, c.key, c.field) for c in reported}
    explained: set[tuple[str, str, str]] = set()
    problems = []
    for unit in units:
        keys = {(r[0], r[1]) for r in unit.records}
        mine = {c for c in conflicts if (c[0], c[1]) in keys}
        fitting = []
        for outcome in unit.outcomes:
            if outcome.delete_unit:
                fits = bool(mine) and all(c[2] == "" for c in mine)
            else:
                fits = mine == outcome.conflicts
            if fits and all(finals[choice].get(rec) == _unlinked(rec, wanted, finals[choice])
                            for choice, values in (("ours", outcome.ours),
                                                   ("theirs", outcome.theirs))
                            for rec, wanted in values.items()):
                fitting.append(outcome)
        if fitting:
            kind = "conflict" if fitting[0].conflicts else "no conflict"
            if unit.what != "same":
                event(f"{unit.what}: {kind}")
        else:
            def show(versions: dict[Rec, Version | None]) -> str:
                return "; ".join(f"{_show(r)}: {_diff(base.get(r), versions.get(r))}"
                                 for r in unit.records)

            allowed = " | ".join(
                f"{sorted(o.conflicts)} ours {show(o.ours)} theirs {show(o.theirs)}"
                for o in unit.outcomes)
            problems.append(
                f"{unit.what}: reported {sorted(mine)}\n  target   {show(target.now)}\n"
                f"  package  {show(source.now)}\n  ours     {show(finals['ours'])}\n"
                f"  theirs   {show(finals['theirs'])}\n  allowed  {allowed}")
        explained |= mine
    for choice, final in finals.items():
        for rec in set(target.now) | set(final):
            if rec in reached:
                continue
            wanted = _unlinked(rec, target.now.get(rec), final)
            if final.get(rec) != wanted:
                problems.append(f"{_show(rec)} is outside the package but changed ({choice}): "
                                f"{_diff(base.get(rec), target.now.get(rec))} -> "
                                f"{_diff(base.get(rec), final.get(rec))}")
    for extra in sorted(conflicts - explained):
        problems.append(f"conflict reported without a reason: {extra}")
    assert not problems, f"{label}:\n" + "\n".join(problems)


# --- histories ---------------------------------------------------------------------------------


def _matches(text: Any, value: Any) -> bool:
    if value is None or text is None:
        return value is None and text is None
    if isinstance(value, (int, float)):
        try:
            return float(text) == float(value)
        except ValueError:
            return False
    return str(text) == str(value)


def check_history(label: str, package_history: list[tuple[Any, ...]], before: Path,
                  pre: dict[Rec, Version], after: Path, final: dict[Rec, Version]) -> None:
    """The merged database holds the package's whole history, and a row for every
    value the merge wrote (old → new), every record it added and every one it
    deleted."""
    old_rows = history_rows(before)
    new_rows = history_rows(after)
    first_new = max((r[0] for r in old_rows), default=0)
    have = {r[1:] for r in new_rows}
    missing = [r for r in package_history if tuple(r) not in have]
    assert not missing, f"{label}: package history rows not merged: {missing[:3]}"
    by_record: dict[Rec, list[tuple[Any, ...]]] = defaultdict(list)
    for row in new_rows:
        by_record[(row[3], row[4])].append(row)
    problems = []
    for rec in set(pre) | set(final):
        was, now = pre.get(rec), final.get(rec)
        if was == now:
            continue
        rows = by_record.get(rec, [])
        # readings imported in bulk have one history row per meter and import
        meter_wide = by_record.get(("reading", rec[1].split("@", 1)[0]), []) if (
            rec[0] == "reading") else []
        if now is None:
            if not any(r[5] == "delete" for r in rows + meter_wide):
                problems.append(f"{_show(rec)} deleted without a history row")
            continue
        if was is None:
            if not rows + meter_wide:
                problems.append(f"{_show(rec)} added without history")
            continue
        for (name, old), (_, new) in zip(was, now):
            if old != new and not any(r[0] > first_new and r[6] == name and _matches(r[8], new)
                                      for r in rows):
                problems.append(f"{_show(rec)}.{name}: {old!r} -> {new!r} without a history row")
    assert not problems, f"{label}:\n" + "\n".join(problems)


# --- the test ----------------------------------------------------------------------------------


def _copy(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    return target


def _merge(path: Path, user: str, packages: list[Path], policy: str) -> list[MergeSummary]:
    with Store(path, user=user) as store:
        return merge_files(store, packages, on_conflict=policy)


def _merge_both_ways(folder: Path, name: str, start: Path, user: str, package: Path,
                     target: Side, source: Side, base: dict[Rec, Version],
                     parents: dict[Rec, Rec | None], history: list[tuple[Any, ...]]
                     ) -> dict[str, Path]:
    """Merge ``package`` into copies of ``start`` with ``ours`` and ``theirs``; check both."""
    results: dict[str, Path] = {}
    reported: dict[str, list[FieldConflict]] = {}
    finals = {}
    for choice in ("ours", "theirs"):
        path = _copy(start, folder / f"{name}-{choice}.auditdesk.sqlite")
        summary = _merge(path, user, [package], choice)[0]
        reported[choice] = summary.conflicts
        finals[choice] = snapshot_file(path)
        check_history(f"{name} ({choice})", history, start, target.now, path, finals[choice])
        results[choice] = path
    ident = {c: sorted((x.table, x.key, x.field) for x in reported[c]) for c in reported}
    assert ident["ours"] == ident["theirs"], f"{name}: conflicts depend on the choice"
    check_merge(name, target, source, base, parents, reported["ours"], finals)
    return results


def _again(path: Path, user: str, packages: list[Path], label: str) -> None:
    """Merging the same packages again changes nothing and asks nothing."""
    before = fingerprint(path)
    for summary in _merge(path, user, packages, "fail"):
        assert (summary.added, summary.updated, summary.conflicting) == (0, 0, 0), label
    assert fingerprint(path) == before, f"{label}: merging again changed the database"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops_strategy)
def test_merging_never_loses_an_edit(base_db: Path, ops: list[Op]) -> None:
    run_scenario(base_db, ops)


def _one_sided(op: Op, laptops: dict[str, Laptop]) -> list[tuple[Laptop, Op]]:
    """Side 2 is both: An and Bình edit the same field (each their own value, or
    the same shared one), or An deletes a record and Bình edits it."""
    side, action, table, pick, field_pick, value = op
    if side < 2:
        return [(laptops[SIDES[side]], op)]
    theirs = value if value in (1, 2) else 3 + (value + 1) % 4
    return [(laptops["an"], op),
            (laptops["binh"], (1, "update" if action == "delete" else action, table, pick,
                               field_pick, theirs))]


def run_scenario(base_db: Path, ops: list[Op]) -> None:
    """Both laptops edit, pack, merge into each other and into a third copy; check all."""
    base = snapshot_file(base_db)
    with tempfile.TemporaryDirectory(dir=_FAST_TMP) as tmp:
        folder = Path(tmp)
        laptops = {}
        for name in SIDES:
            path = _copy(base_db, folder / f"{name}.auditdesk.sqlite")
            laptop = Laptop(name, Store(path, user=USERS[name]), dict(base), base_order(base))
            for rec, version in base.items():
                laptop.held[rec].add(version)
            laptops[name] = laptop
        fresh = Counter()
        parents: dict[Rec, Rec | None] = {rec: parent_of(rec, v) for rec, v in base.items()}
        try:
            for op in ops:
                for laptop, one in _one_sided(op, laptops):
                    done = apply(laptop, one, base, fresh)
                    if done:
                        note(f"{laptop.name}: {done}")
                        laptop.observe()
                        for rec, version in laptop.now.items():
                            parents.setdefault(rec, parent_of(rec, version))
            packages: dict[str, Path | None] = {}
            histories: dict[str, list[tuple[Any, ...]]] = {}
            for name, laptop in laptops.items():
                audits = laptop.records("audit")
                if not audits:
                    packages[name], histories[name] = None, []
                    continue
                packages[name] = export_audits(laptop.store, audits,
                                               folder / f"{name}.auditdesk").path
        finally:
            for laptop in laptops.values():
                laptop.store.close()

        sides = {n: Side(l.now, l.held, l.touched) for n, l in laptops.items()}
        for name, package in packages.items():
            if package is None:
                continue
            with open_package(package) as opened:
                histories[name] = [tuple(r) for r in opened.history]
                held = {(t, _package_key(t, opened.tables[t].columns, row))
                        for t in TABLES if t in opened.tables for row in opened.tables[t].rows}
            assert held == package_scope(sides[name].now), f"{name}: the package's records"
            own = history_rows(laptops[name].store.path)
            records = package_scope(sides[name].now)
            unsent = [r for r in own if (r[3], r[4]) in records and r[1:] not in
                      set(histories[name])]
            assert not unsent, f"{name}: history rows left out of the package: {unsent[:3]}"

        # each laptop merges the other's package
        for here, there in (("an", "binh"), ("binh", "an")):
            if packages[there] is None:
                continue
            results = _merge_both_ways(
                folder, f"{here}<-{there}", laptops[here].store.path, USERS[here],
                packages[there], sides[here], sides[there], base, parents, histories[there])
            for path in results.values():
                _again(path, USERS[here], [packages[there]], f"{here}<-{there} again")

        # a third copy merges An's package, then Bình's
        third = _copy(base_db, folder / "third.auditdesk.sqlite")
        start = Side(dict(base), {r: {v} for r, v in base.items()}, set())
        merged_an = start
        if packages["an"] is not None:
            pre = folder / "third-before.auditdesk.sqlite"
            _copy(third, pre)
            summary = _merge(third, USERS["third"], [packages["an"]], "fail")[0]
            assert summary.conflicts == [], "the third copy had no changes of its own"
            after = snapshot_file(third)
            check_merge("third<-an", start, sides["an"], base, parents, [],
                        {"ours": after, "theirs": after})
            check_history("third<-an", histories["an"], pre, base, third, after)
            # the third copy knows An's versions of the records An's package brought
            reached = package_scope(sides["an"].now)
            reached |= deleted_in_package(sides["an"], reached, parents)
            known = {rec: ({base[rec]} if rec in base else set())
                     | (set(sides["an"].held.get(rec, ())) if rec in reached else set())
                     for rec in set(base) | reached}
            merged_an = Side(after, known, sides["an"].touched & reached)
        if packages["binh"] is not None:
            results = _merge_both_ways(
                folder, "third<-binh", third, USERS["third"], packages["binh"], merged_an,
                sides["binh"], base, parents, histories["binh"])
        else:
            results = {"ours": third}
        for path in results.values():
            _again(path, USERS["third"], [p for p in packages.values() if p is not None],
                   "third again")


def _package_key(table: str, columns: list[str], row: list[Any]) -> str:
    if table == "reading":
        return f"{row[columns.index('meter_id')]}@{row[columns.index('ts')]}"
    return str(row[columns.index("id")])
