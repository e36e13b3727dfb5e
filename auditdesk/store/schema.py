"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

Each migration runs in one transaction (SQLite DDL is transactional): either
the database moves to the next version or it stays exactly as it was.
Tables are created with sqlite-utils so column types come from Python types.
Add a migration by appending a function to ``MIGRATIONS``; never edit one that
has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import sqlite_utils

TS = str  # timestamps and dates are ISO text

_COMMON = {"id": str, "created_at": TS, "updated_at": TS}


def _entity(
    db: "sqlite_utils.Database",
    name: str,
    columns: dict[str, type],
    *,
    foreign_keys: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    not_null: set[str] = frozenset(),  # type: ignore[assignment]
    defaults: dict[str, object] | None = None,
) -> None:
    db[name].create(  # type: ignore[union-attr]
        {**_COMMON, **columns},
        pk="id",
        foreign_keys=list(foreign_keys),
        not_null={"created_at", "updated_at", *not_null},
        defaults=defaults or {},
    )


def migration_1(db: "sqlite_utils.Database") -> None:
    """The foundation: parks, enterprises, audits, meters, readings, checklists,
    opportunities, attachments, reference data and the change history."""
    _entity(db, "park", {"name": str, "province": str, "management_board": str,
                          "address": str, "notes": str}, not_null={"name"})
    _entity(
        db, "enterprise",
        {"park_id": str, "name": str, "sector": str, "products": str, "capacity": str,
         "employees": int, "shifts": int, "operating_hours": float, "address": str,
         "contact_name": str, "contact_phone": str, "contact_email": str, "notes": str},
        foreign_keys=[("park_id", "park", "id")], not_null={"park_id", "name"},
    )
    _entity(
        db, "reference_set",
        {"name": str, "description": str, "effective_date": str, "source": str,
         "builtin": int, "parent_id": str},
        foreign_keys=[("parent_id", "reference_set", "id")], not_null={"name"},
    )
    _entity(
        db, "factor",
        {"set_id": str, "key": str, "category": str, "label_en": str, "label_vi": str,
         "value": float, "unit": str, "source": str, "effective_date": str, "note": str},
        foreign_keys=[("set_id", "reference_set", "id")], not_null={"set_id", "key"},
    )
    _entity(
        db, "audit",
        {"enterprise_id": str, "title": str, "audit_type": str, "start_date": str,
         "end_date": str, "auditors": str, "reviewer": str, "status": str,
         "reference_set_id": str, "template_code": str, "template_version": str,
         "baseline_start": str, "baseline_end": str, "notes": str},
        foreign_keys=[("enterprise_id", "enterprise", "id"),
                      ("reference_set_id", "reference_set", "id")],
        not_null={"enterprise_id", "title"},
    )
    _entity(db, "area", {"audit_id": str, "code": str, "name": str, "notes": str},
            foreign_keys=[("audit_id", "audit", "id")], not_null={"audit_id"})
    _entity(
        db, "meter",
        {"enterprise_id": str, "name": str, "carrier": str, "unit": str, "kind": str,
         "multiplier": float, "rollover": float, "location": str, "parent_id": str,
         "notes": str},
        foreign_keys=[("enterprise_id", "enterprise", "id"), ("parent_id", "meter", "id")],
        not_null={"enterprise_id", "name", "carrier"},
    )
    # Readings: natural key (meter, timestamp), clustered for per-meter range scans.
    db.execute(
        """CREATE TABLE reading (
               meter_id TEXT NOT NULL REFERENCES meter(id) ON DELETE CASCADE,
               ts TEXT NOT NULL,
               value REAL NOT NULL,
               source TEXT NOT NULL DEFAULT 'manual',
               note TEXT NOT NULL DEFAULT '',
               PRIMARY KEY (meter_id, ts)
           ) WITHOUT ROWID"""
    )
    _entity(
        db, "production",
        {"enterprise_id": str, "period_start": str, "period_end": str, "product": str,
         "quantity": float, "unit": str},
        foreign_keys=[("enterprise_id", "enterprise", "id")], not_null={"enterprise_id"},
    )
    _entity(db, "checklist_template",
            {"code": str, "version": str, "name_vi": str, "name_en": str, "body": str},
            not_null={"code", "version"})
    _entity(
        db, "checklist_item",
        {"template_id": str, "code": str, "seq": int, "area": str, "text_vi": str,
         "text_en": str, "answer_type": str, "unit": str, "choices": str, "required": int,
         "condition": str, "help_vi": str, "help_en": str, "technique": str,
         "estimator": str},
        foreign_keys=[("template_id", "checklist_template", "id")],
        not_null={"template_id", "code"},
    )
    _entity(
        db, "checklist_response",
        {"audit_id": str, "template_id": str, "item_code": str, "answer": str,
         "value": float, "unit": str, "note": str, "finding": int, "answered_by": str},
        foreign_keys=[("audit_id", "audit", "id"),
                      ("template_id", "checklist_template", "id")],
        not_null={"audit_id", "item_code"},
    )
    _entity(
        db, "opportunity",
        {"audit_id": str, "code": str, "title": str, "description": str, "area": str,
         "technique": str, "estimator_id": str, "inputs": str, "status": str,
         "priority": str, "owner": str, "investment_equipment": float,
         "investment_installation": float, "investment_engineering": float,
         "investment_other": float, "om_cost_change": float, "lifetime_yr": float,
         "discount_rate": float, "symbiosis": int, "partner": str,
         "checklist_item_code": str},
        foreign_keys=[("audit_id", "audit", "id")], not_null={"audit_id", "title"},
    )
    _entity(
        db, "opportunity_saving",
        {"opportunity_id": str, "carrier": str, "amount": float, "cost_vnd": float,
         "co2e_t": float, "biogenic_co2_t": float},
        foreign_keys=[("opportunity_id", "opportunity", "id")],
        not_null={"opportunity_id", "carrier"},
    )
    # Photos and documents: metadata here, bytes once per content hash in ``blob``.
    db.execute(
        "CREATE TABLE blob (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL, "
        "thumbnail BLOB) WITHOUT ROWID"
    )
    _entity(
        db, "attachment",
        {"audit_id": str, "entity": str, "entity_id": str, "sha256": str, "filename": str,
         "mime": str, "size": int, "width": int, "height": int, "caption": str},
        foreign_keys=[("audit_id", "audit", "id"), ("sha256", "blob", "sha256")],
        not_null={"audit_id", "sha256"},
    )
    db.execute(
        """CREATE TABLE history (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               at TEXT NOT NULL,
               user TEXT NOT NULL,
               entity TEXT NOT NULL,
               entity_id TEXT NOT NULL,
               op TEXT NOT NULL,
               field TEXT,
               old TEXT,
               new TEXT
           )"""
    )
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for sql in (
        "CREATE INDEX ix_enterprise_park ON enterprise(park_id)",
        "CREATE INDEX ix_audit_enterprise ON audit(enterprise_id)",
        "CREATE INDEX ix_area_audit ON area(audit_id)",
        "CREATE INDEX ix_meter_enterprise ON meter(enterprise_id)",
        "CREATE INDEX ix_production_enterprise ON production(enterprise_id, period_start)",
        "CREATE UNIQUE INDEX ux_factor_key ON factor(set_id, key)",
        "CREATE UNIQUE INDEX ux_template_version ON checklist_template(code, version)",
        "CREATE UNIQUE INDEX ux_item_code ON checklist_item(template_id, code)",
        "CREATE UNIQUE INDEX ux_response_item ON checklist_response(audit_id, item_code)",
        "CREATE INDEX ix_opportunity_audit ON opportunity(audit_id)",
        "CREATE UNIQUE INDEX ux_saving_carrier ON opportunity_saving(opportunity_id, carrier)",
        "CREATE INDEX ix_attachment_owner ON attachment(entity, entity_id)",
        "CREATE INDEX ix_attachment_audit ON attachment(audit_id)",
        "CREATE INDEX ix_history_entity ON history(entity, entity_id)",
        "CREATE INDEX ix_history_at ON history(at)",
    ):
        db.execute(sql)


def migration_2(db: "sqlite_utils.Database") -> None:
    """What estimates and the checklist need beyond the foundation: the grid
    connection (tariff voltage level) of an enterprise, the grid-EF year and the
    sector add-on templates of an audit, money-only savings and the cached
    estimate report of an opportunity, and a meter's serial number."""
    db["enterprise"].add_column("voltage_level", str, not_null_default="6to22kv")  # type: ignore[union-attr]
    db["audit"].add_column("grid_year", int)  # type: ignore[union-attr]
    db["audit"].add_column("template_addons", str, not_null_default="")  # type: ignore[union-attr]
    db["opportunity"].add_column("extra_savings_vnd", float, not_null_default=0.0)  # type: ignore[union-attr]
    db["opportunity"].add_column("estimate", str, not_null_default="")  # type: ignore[union-attr]
    db["meter"].add_column("serial", str, not_null_default="")  # type: ignore[union-attr]


def migration_3(db: "sqlite_utils.Database") -> None:
    """Teamwork: the versions of records this database merged from other
    databases without adopting them (a conflict resolved in favour of ours), so
    merging the same audit package again changes nothing. See store/merge.py."""
    db.execute(
        """CREATE TABLE merge_seen (
               tbl TEXT NOT NULL,
               key TEXT NOT NULL,
               hash TEXT NOT NULL,
               row TEXT NOT NULL,
               at TEXT NOT NULL,
               PRIMARY KEY (tbl, key, hash)
           ) WITHOUT ROWID"""
    )


MIGRATIONS: list[Callable[["sqlite_utils.Database"], None]] = [migration_1, migration_2,
                                                               migration_3]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: "sqlite_utils.Database", upto: int | None = None) -> list[int]:
    """Apply pending migrations (up to ``upto``), each in its own transaction.

    Returns the versions applied. A failing migration is rolled back whole and
    its exception propagates; earlier migrations stay applied.
    """
    target = SCHEMA_VERSION if upto is None else upto
    applied: list[int] = []
    version = current_version(db.conn)
    while version < target:
        step = MIGRATIONS[version]
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {version + 1}")
        version += 1
        applied.append(version)
    return applied
