"""Managers: the store's typed API per entity (``store.parks.create(park)`` …).

Every create, update and delete goes through here and writes change-history
rows in the same transaction: create and delete record a JSON snapshot,
update one row per changed field (old → new). Bulk reading imports record one
summary row per meter. Nothing returns a cursor: managers return dataclasses.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from auditdesk import model
from auditdesk.store.errors import IntegrityError, NotFoundError, ValidationError

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.store.database import Store

E = TypeVar("E", bound=model.Entity)

_TIMESTAMPS = ("created_at", "updated_at")


def _bool_fields(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls) if str(f.type) == "bool")


def to_row(obj: Any) -> dict[str, Any]:
    row = dataclasses.asdict(obj)
    return {k: (int(v) if isinstance(v, bool) else v) for k, v in row.items()}


class EntityManager(Generic[E]):
    """Create, read, update and delete one kind of entity, with history."""

    # child table -> (entity class, foreign-key column); deleting a record deletes
    # its children first, each with its own history rows.
    children: tuple[tuple[str, str], ...] = ()

    def __init__(self, store: "Store", cls: type[E]) -> None:
        self.store = store
        self.cls = cls
        self.table = cls.__table__
        self._fields = [f.name for f in dataclasses.fields(cls)]
        self._bools = _bool_fields(cls)

    # --- reading ---------------------------------------------------------------

    def _build(self, row: sqlite3.Row) -> E:
        values = {k: row[k] for k in row.keys() if k in self._fields}
        for name in self._bools:
            if name in values and values[name] is not None:
                values[name] = bool(values[name])
        return self.cls(**{k: ("" if v is None and self._is_text(k) else v)
                           for k, v in values.items()})

    def _is_text(self, name: str) -> bool:
        for f in dataclasses.fields(self.cls):
            if f.name == name:
                return str(f.type) == "str"
        return False

    def get(self, entity_id: str) -> E:
        row = self.store.conn.execute(
            f"SELECT * FROM {self.table} WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(self.table, entity_id)
        return self._build(row)

    def find(self, entity_id: str) -> E | None:
        try:
            return self.get(entity_id)
        except NotFoundError:
            return None

    def list(
        self, where: str = "", params: Sequence[Any] = (), order_by: str = "rowid"
    ) -> list[E]:
        sql = f"SELECT * FROM {self.table}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order_by}"
        return [self._build(r) for r in self.store.conn.execute(sql, tuple(params))]

    def count(self, where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT count(*) FROM {self.table}" + (f" WHERE {where}" if where else "")
        return int(self.store.conn.execute(sql, tuple(params)).fetchone()[0])

    # --- writing ---------------------------------------------------------------

    def _validate(self, obj: E) -> None:
        errors = obj.validate()
        if errors:
            raise ValidationError(self.table, errors)

    def create(self, obj: E) -> E:
        """Insert ``obj`` (validated) and record its snapshot in the history."""
        from auditdesk.store.database import utc_now

        self._validate(obj)
        now = utc_now()
        obj = dataclasses.replace(obj, created_at=obj.created_at or now, updated_at=now)
        row = to_row(obj)
        with self.store.transaction():
            try:
                self.store.db[self.table].insert(row)
            except sqlite3.IntegrityError as exc:
                raise IntegrityError(f"{self.table}: {exc}") from exc
            snapshot = {k: v for k, v in row.items() if k not in _TIMESTAMPS}
            self.store.record(self.table, obj.id, "create", None, None, snapshot)
        return obj

    def update(self, entity_id: str, **changes: Any) -> E:
        """Change some fields; unchanged values are not written or recorded."""
        from auditdesk.store.database import utc_now

        unknown = set(changes) - set(self._fields) - {"id"}
        if unknown or "id" in changes:
            raise ValueError(f"{self.table}: cannot set {sorted(unknown | ({'id'} & set(changes)))}")
        with self.store.transaction():
            current = self.get(entity_id)
            updated = dataclasses.replace(current, **changes)
            self._validate(updated)
            old_row, new_row = to_row(current), to_row(updated)
            diff = {
                k: (old_row[k], new_row[k])
                for k in changes
                if k not in _TIMESTAMPS and old_row[k] != new_row[k]
            }
            if not diff:
                return current
            updated = dataclasses.replace(updated, updated_at=utc_now())
            values = {k: new for k, (_, new) in diff.items()}
            values["updated_at"] = updated.updated_at
            try:
                self.store.db[self.table].update(entity_id, values)
            except sqlite3.IntegrityError as exc:
                raise IntegrityError(f"{self.table}: {exc}") from exc
            for name, (old, new) in diff.items():
                self.store.record(self.table, entity_id, "update", name, old, new)
        return updated

    def save(self, obj: E) -> E:
        """Create ``obj`` if new, else update the fields that differ."""
        if self.find(obj.id) is None:
            return self.create(obj)
        values = {k: v for k, v in dataclasses.asdict(obj).items()
                  if k not in _TIMESTAMPS and k != "id"}
        return self.update(obj.id, **values)

    def delete(self, entity_id: str) -> None:
        """Delete the record and, first, everything that belongs to it."""
        with self.store.transaction():
            current = self.get(entity_id)
            for child_table, column in self.children:
                manager = self.store.manager(child_table)
                for child_id in manager.ids_where(column, entity_id):
                    manager.delete(child_id)
            self._before_delete(current)
            snapshot = {k: v for k, v in to_row(current).items() if k not in _TIMESTAMPS}
            try:
                self.store.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (entity_id,))
            except sqlite3.IntegrityError as exc:
                raise IntegrityError(f"{self.table}: {exc}") from exc
            self.store.record(self.table, entity_id, "delete", None, snapshot, None)

    def _before_delete(self, obj: E) -> None:
        """Hook for managers with non-owned references to clear or refuse."""

    def ids_where(self, column: str, value: str) -> list[str]:
        return [
            r[0]
            for r in self.store.conn.execute(
                f"SELECT id FROM {self.table} WHERE {column} = ?", (value,)
            )
        ]


class ParkManager(EntityManager[model.Park]):
    children = (("enterprise", "park_id"),)


class EnterpriseManager(EntityManager[model.Enterprise]):
    children = (("audit", "enterprise_id"), ("meter", "enterprise_id"),
                ("production", "enterprise_id"))

    def for_park(self, park_id: str) -> list[model.Enterprise]:
        return self.list("park_id = ?", (park_id,), order_by="name COLLATE NOCASE")


class AuditManager(EntityManager[model.Audit]):
    children = (("comment", "audit_id"), ("area", "audit_id"),
                ("checklist_response", "audit_id"), ("opportunity", "audit_id"),
                ("attachment", "audit_id"))

    def for_enterprise(self, enterprise_id: str) -> list[model.Audit]:
        return self.list("enterprise_id = ?", (enterprise_id,), order_by="start_date DESC")


class MeterManager(EntityManager[model.Meter]):
    def for_enterprise(self, enterprise_id: str) -> list[model.Meter]:
        return self.list("enterprise_id = ?", (enterprise_id,), order_by="name COLLATE NOCASE")

    def _before_delete(self, obj: model.Meter) -> None:
        for child_id in self.ids_where("parent_id", obj.id):
            self.update(child_id, parent_id=None)
        self.store.readings.delete_for_meter(obj.id)


class OpportunityManager(EntityManager[model.Opportunity]):
    children = (("opportunity_saving", "opportunity_id"), ("comment", "opportunity_id"))

    def for_audit(self, audit_id: str) -> list[model.Opportunity]:
        return self.list("audit_id = ?", (audit_id,), order_by="code, title")

    def set_savings(self, opportunity_id: str, savings: Iterable[model.OpportunitySaving]) -> None:
        """Replace the per-carrier savings of an opportunity (history per row)."""
        with self.store.transaction():
            for saving_id in self.store.savings.ids_where("opportunity_id", opportunity_id):
                self.store.savings.delete(saving_id)
            for saving in savings:
                self.store.savings.create(dataclasses.replace(saving, opportunity_id=opportunity_id))


def builtin_id(name: str, effective_date: str, factor_key: str = "") -> str:
    """The id of a shipped reference set (or of one of its factors): the same in
    every database, so that the office merging audits from many laptops finds
    one set, not one per laptop (databases made before this still match it by
    name and date when merging)."""
    import uuid

    parts = ["auditdesk", "builtin-reference-set", name, effective_date]
    if factor_key:
        parts.append(factor_key)
    return str(uuid.uuid5(uuid.NAMESPACE_URL, ":".join(parts)))


class ReferenceSetManager(EntityManager[model.ReferenceSet]):
    children = (("factor", "set_id"),)

    def ensure_builtin(self) -> model.ReferenceSet:
        """The shipped reference set in this database, copied in on first use.

        Audits pin a set by id, so a later AuditDesk with newer shipped figures
        adds a new set rather than changing the numbers of existing audits.
        """
        from auditdesk.calc.reference import load_builtin

        data = load_builtin()
        found = self.list("builtin = 1 AND name = ? AND effective_date = ?",
                          (data.name, data.effective_date))
        if found:
            return found[0]
        with self.store.transaction():
            ref = self.create(model.ReferenceSet(
                id=builtin_id(data.name, data.effective_date),
                name=data.name, description=data.description, source=data.source,
                effective_date=data.effective_date, builtin=True))
            for factor in data.to_factors():
                self.store.factors.create(dataclasses.replace(
                    factor, set_id=ref.id, id=builtin_id(data.name, data.effective_date,
                                                         factor.key)))
        return ref

    def copy(self, set_id: str, name: str) -> model.ReferenceSet:
        """A user-editable copy of a set (built-in sets are never edited in place)."""
        source = self.get(set_id)
        with self.store.transaction():
            ref = self.create(model.ReferenceSet(
                name=name, description=source.description, source=source.source,
                effective_date=source.effective_date, builtin=False, parent_id=source.id))
            for factor in self.store.factors.list("set_id = ?", (set_id,), order_by="key"):
                self.store.factors.create(dataclasses.replace(
                    factor, id=model.new_id(), set_id=ref.id, created_at="", updated_at=""))
        return ref

    def data(self, set_id: str):  # type: ignore[no-untyped-def]
        """The set as ``auditdesk.calc.reference.ReferenceData`` for calculations."""
        from auditdesk.calc.reference import from_factors

        ref = self.get(set_id)
        data = from_factors(self.store.factors.list("set_id = ?", (set_id,)), ref.name,
                            ref.effective_date)
        data.description, data.source = ref.description, ref.source
        return data

    def for_audit(self, audit_id: str):  # type: ignore[no-untyped-def]
        """The reference data an audit pinned (the built-in set when it pinned none)."""
        set_id = self.store.audits.get(audit_id).reference_set_id or self.ensure_builtin().id
        return self.data(set_id)

    def _before_delete(self, obj: model.ReferenceSet) -> None:
        used = self.store.audits.count("reference_set_id = ?", (obj.id,))
        if used:
            raise IntegrityError(
                f"reference set {obj.name!r} is used by {used} audit(s); "
                "choose another set for them first"
            )


class TemplateManager(EntityManager[model.ChecklistTemplate]):
    children = (("checklist_item", "template_id"),)


class AttachmentManager(EntityManager[model.Attachment]):
    def delete(self, entity_id: str) -> None:
        """Delete the attachment, and its bytes when nothing else refers to them."""
        with self.store.transaction():
            sha256 = self.get(entity_id).sha256
            super().delete(entity_id)
            self.store.conn.execute(
                "DELETE FROM blob WHERE sha256 = ? AND NOT EXISTS "
                "(SELECT 1 FROM attachment WHERE sha256 = ?)", (sha256, sha256))


class ReadingManager:
    """Readings: identity (meter_id, ts), bulk-friendly, history per change or per import."""

    table = "reading"

    def __init__(self, store: "Store") -> None:
        self.store = store

    def list(self, meter_id: str, start: str | None = None, end: str | None = None
             ) -> list[model.Reading]:
        sql = "SELECT meter_id, ts, value, source, note FROM reading WHERE meter_id = ?"
        params: list[Any] = [meter_id]
        if start:
            sql += " AND ts >= ?"
            params.append(start)
        if end:
            sql += " AND ts < ?"
            params.append(end)
        sql += " ORDER BY ts"
        return [model.Reading(**dict(r)) for r in self.store.conn.execute(sql, params)]

    def count(self, meter_id: str | None = None) -> int:
        if meter_id is None:
            return int(self.store.conn.execute("SELECT count(*) FROM reading").fetchone()[0])
        return int(self.store.conn.execute(
            "SELECT count(*) FROM reading WHERE meter_id = ?", (meter_id,)).fetchone()[0])

    def add(self, reading: model.Reading) -> None:
        key = f"{reading.meter_id}@{reading.ts}"
        with self.store.transaction():
            try:
                self.store.conn.execute(
                    "INSERT INTO reading(meter_id, ts, value, source, note) VALUES (?, ?, ?, ?, ?)",
                    (reading.meter_id, reading.ts, reading.value, reading.source, reading.note),
                )
            except sqlite3.IntegrityError as exc:
                raise IntegrityError(f"reading {key}: {exc}") from exc
            self.store.record("reading", key, "create", None, None, to_row(reading))

    def add_many(self, readings: Iterable[model.Reading], *, label: str = "") -> tuple[int, int]:
        """Insert readings in one transaction; existing (meter, ts) pairs are skipped.

        Returns (inserted, skipped). One history row per meter summarises the import.
        """
        inserted: dict[str, int] = {}
        seen: dict[str, int] = {}
        with self.store.transaction():
            cur = self.store.conn.cursor()
            for r in readings:
                cur.execute(
                    "INSERT OR IGNORE INTO reading(meter_id, ts, value, source, note) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (r.meter_id, r.ts, r.value, r.source, r.note),
                )
                seen[r.meter_id] = seen.get(r.meter_id, 0) + 1
                inserted[r.meter_id] = inserted.get(r.meter_id, 0) + cur.rowcount
            for meter_id, total in seen.items():
                self.store.record("reading", meter_id, "import", None, None,
                                  {"inserted": inserted[meter_id],
                                   "skipped": total - inserted[meter_id], "source": label})
        n_in = sum(inserted.values())
        return n_in, sum(seen.values()) - n_in

    def update(self, meter_id: str, ts: str, **changes: Any) -> None:
        allowed = {"value", "source", "note"}
        if set(changes) - allowed:
            raise ValueError(f"reading: cannot set {sorted(set(changes) - allowed)}")
        key = f"{meter_id}@{ts}"
        with self.store.transaction():
            row = self.store.conn.execute(
                "SELECT value, source, note FROM reading WHERE meter_id = ? AND ts = ?",
                (meter_id, ts)).fetchone()
            if row is None:
                raise NotFoundError("reading", key)
            for name, new in changes.items():
                if row[name] != new:
                    self.store.conn.execute(
                        f"UPDATE reading SET {name} = ? WHERE meter_id = ? AND ts = ?",
                        (new, meter_id, ts))
                    self.store.record("reading", key, "update", name, row[name], new)

    def delete(self, meter_id: str, ts: str) -> None:
        key = f"{meter_id}@{ts}"
        with self.store.transaction():
            row = self.store.conn.execute(
                "SELECT * FROM reading WHERE meter_id = ? AND ts = ?", (meter_id, ts)).fetchone()
            if row is None:
                raise NotFoundError("reading", key)
            self.store.conn.execute(
                "DELETE FROM reading WHERE meter_id = ? AND ts = ?", (meter_id, ts))
            self.store.record("reading", key, "delete", None, dict(row), None)

    def delete_for_meter(self, meter_id: str) -> int:
        with self.store.transaction():
            n = self.store.conn.execute(
                "DELETE FROM reading WHERE meter_id = ?", (meter_id,)).rowcount
            if n:
                self.store.record("reading", meter_id, "delete", None, {"readings": n}, None)
        return int(n)


class HistoryManager:
    def __init__(self, store: "Store") -> None:
        self.store = store

    def list(
        self,
        entity: str | None = None,
        entity_id: str | None = None,
        user: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[model.HistoryEntry]:
        """History rows, newest first, filtered by entity, person and time."""
        clauses, params = [], []
        for column, value, op in (("entity", entity, "="), ("entity_id", entity_id, "="),
                                  ("user", user, "="), ("at", since, ">="), ("at", until, "<")):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                params.append(value)
        sql = "SELECT * FROM history"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [model.HistoryEntry(**dict(r)) for r in self.store.conn.execute(sql, params)]


_ENTITY_MANAGERS: dict[str, tuple[str, type[EntityManager[Any]], type[model.Entity]]] = {
    "park": ("parks", ParkManager, model.Park),
    "enterprise": ("enterprises", EnterpriseManager, model.Enterprise),
    "audit": ("audits", AuditManager, model.Audit),
    "area": ("areas", EntityManager, model.Area),
    "meter": ("meters", MeterManager, model.Meter),
    "production": ("production", EntityManager, model.ProductionRecord),
    "checklist_template": ("templates", TemplateManager, model.ChecklistTemplate),
    "checklist_item": ("items", EntityManager, model.ChecklistItem),
    "checklist_response": ("responses", EntityManager, model.ChecklistResponse),
    "opportunity": ("opportunities", OpportunityManager, model.Opportunity),
    "opportunity_saving": ("savings", EntityManager, model.OpportunitySaving),
    "attachment": ("attachments", AttachmentManager, model.Attachment),
    "reference_set": ("reference_sets", ReferenceSetManager, model.ReferenceSet),
    "factor": ("factors", EntityManager, model.Factor),
    "comment": ("comments", EntityManager, model.Comment),
}


def attach_managers(store: "Store") -> dict[str, EntityManager[Any]]:
    """Create every manager as an attribute of ``store``; returns them by table."""
    managers: dict[str, EntityManager[Any]] = {}
    for table, (attr, manager_cls, entity_cls) in _ENTITY_MANAGERS.items():
        manager = manager_cls(store, entity_cls)
        setattr(store, attr, manager)
        managers[table] = manager
    store.readings = ReadingManager(store)
    store.history = HistoryManager(store)
    return managers
