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


def _lock_triggers_4() -> list[str]:
    """Triggers of migration 4 that keep a signed-off audit's figures as they were signed.

    Written out here, not derived from the models, so the migration stays what
    it was when it shipped. Each raises ``AUDIT_LOCKED:<what>``, which
    ``Store.transaction`` turns into a translated ``AuditLockedError``.
    """
    def raise_(what: str) -> str:
        return f"BEGIN SELECT RAISE(ABORT, 'AUDIT_LOCKED:{what}'); END"

    def changed(columns: tuple[str, ...]) -> str:
        return "(" + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns) + ")"

    def audit_locked(expr: str) -> str:
        return f"(SELECT locked FROM audit WHERE id = {expr}) = 1"

    opportunity = ("audit_id", "code", "title", "description", "area", "technique",
                   "estimator_id", "inputs", "investment_equipment", "investment_installation",
                   "investment_engineering", "investment_other", "om_cost_change", "lifetime_yr",
                   "discount_rate", "symbiosis", "partner", "checklist_item_code",
                   "extra_savings_vnd", "estimate", "recp_sort")
    owned = {  # tables with an audit_id: every column is audited
        "area": ("audit_id", "code", "name", "notes"),
        "checklist_response": ("audit_id", "template_id", "item_code", "answer", "value", "unit",
                               "note", "finding", "answered_by"),
        "attachment": ("audit_id", "entity", "entity_id", "sha256", "filename", "mime", "size",
                       "width", "height", "caption"),
    }
    saving = ("opportunity_id", "carrier", "amount", "cost_vnd", "co2e_t", "biogenic_co2_t")
    saving_locked = ("(SELECT a.locked FROM audit a JOIN opportunity o ON o.audit_id = a.id "
                     "WHERE o.id = {}.opportunity_id) = 1")
    audit_fields = ("enterprise_id", "reference_set_id", "grid_year", "baseline_start",
                    "baseline_end", "template_code", "template_version", "template_addons")
    meter_fields = ("enterprise_id", "carrier", "unit", "kind", "multiplier", "rollover",
                    "parent_id")

    def enterprise_locked(enterprise: str) -> str:
        return f"EXISTS (SELECT 1 FROM audit WHERE locked = 1 AND enterprise_id = {enterprise})"

    def reading_locked(row: str) -> str:
        return ("EXISTS (SELECT 1 FROM audit a WHERE a.locked = 1 AND a.enterprise_id = "
                f"(SELECT enterprise_id FROM meter WHERE id = {row}.meter_id) AND "
                f"substr({row}.ts, 1, 10) BETWEEN a.baseline_start AND a.baseline_end)")

    def production_locked(row: str) -> str:
        return (f"EXISTS (SELECT 1 FROM audit a WHERE a.locked = 1 AND a.enterprise_id = "
                f"{row}.enterprise_id AND {row}.period_start <= a.baseline_end AND "
                f"{row}.period_end >= a.baseline_start)")

    def set_locked(row: str) -> str:
        return f"EXISTS (SELECT 1 FROM audit WHERE locked = 1 AND reference_set_id = {row}.set_id)"

    sql = [
        f"CREATE TRIGGER lock_opportunity_insert BEFORE INSERT ON opportunity "
        f"WHEN {audit_locked('NEW.audit_id')} {raise_('opportunity')}",
        f"CREATE TRIGGER lock_opportunity_update BEFORE UPDATE OF {', '.join(opportunity)} "
        f"ON opportunity WHEN ({audit_locked('OLD.audit_id')} OR "
        f"{audit_locked('NEW.audit_id')}) AND {changed(opportunity)} {raise_('opportunity')}",
        f"CREATE TRIGGER lock_opportunity_delete BEFORE DELETE ON opportunity "
        f"WHEN {audit_locked('OLD.audit_id')} {raise_('opportunity')}",
        f"CREATE TRIGGER lock_saving_insert BEFORE INSERT ON opportunity_saving "
        f"WHEN {saving_locked.format('NEW')} {raise_('saving')}",
        f"CREATE TRIGGER lock_saving_update BEFORE UPDATE ON opportunity_saving "
        f"WHEN ({saving_locked.format('OLD')} OR {saving_locked.format('NEW')}) "
        f"AND {changed(saving)} {raise_('saving')}",
        f"CREATE TRIGGER lock_saving_delete BEFORE DELETE ON opportunity_saving "
        f"WHEN {saving_locked.format('OLD')} {raise_('saving')}",
        f"CREATE TRIGGER lock_audit_update BEFORE UPDATE OF {', '.join(audit_fields)} ON audit "
        f"WHEN OLD.locked = 1 AND NEW.locked = 1 AND {changed(audit_fields)} {raise_('audit')}",
        f"CREATE TRIGGER lock_audit_delete BEFORE DELETE ON audit WHEN OLD.locked = 1 "
        f"{raise_('audit')}",
        "CREATE TRIGGER lock_audit_unlock BEFORE UPDATE OF locked ON audit WHEN OLD.locked = 1 "
        "AND NEW.locked = 0 AND (trim(coalesce(NEW.unlock_reason, '')) = '' OR "
        f"NEW.unlock_reason IS OLD.unlock_reason) {raise_('unlock')}",
        f"CREATE TRIGGER lock_meter_update BEFORE UPDATE OF {', '.join(meter_fields)} ON meter "
        f"WHEN ({enterprise_locked('OLD.enterprise_id')} OR "
        f"{enterprise_locked('NEW.enterprise_id')}) AND {changed(meter_fields)} "
        f"{raise_('meter')}",
        f"CREATE TRIGGER lock_reading_insert AFTER INSERT ON reading "
        f"WHEN {reading_locked('NEW')} {raise_('reading')}",
        f"CREATE TRIGGER lock_reading_update BEFORE UPDATE ON reading "
        f"WHEN ({reading_locked('OLD')} OR {reading_locked('NEW')}) AND "
        f"{changed(('meter_id', 'ts', 'value'))} {raise_('reading')}",
        f"CREATE TRIGGER lock_reading_delete BEFORE DELETE ON reading "
        f"WHEN {reading_locked('OLD')} {raise_('reading')}",
        f"CREATE TRIGGER lock_production_insert AFTER INSERT ON production "
        f"WHEN {production_locked('NEW')} {raise_('production')}",
        f"CREATE TRIGGER lock_production_update BEFORE UPDATE ON production "
        f"WHEN ({production_locked('OLD')} OR {production_locked('NEW')}) AND "
        f"{changed(('enterprise_id', 'period_start', 'period_end', 'product', 'quantity', 'unit'))}"
        f" {raise_('production')}",
        f"CREATE TRIGGER lock_production_delete BEFORE DELETE ON production "
        f"WHEN {production_locked('OLD')} {raise_('production')}",
        f"CREATE TRIGGER lock_factor_insert BEFORE INSERT ON factor "
        f"WHEN {set_locked('NEW')} {raise_('factor')}",
        f"CREATE TRIGGER lock_factor_update BEFORE UPDATE ON factor "
        f"WHEN ({set_locked('OLD')} OR {set_locked('NEW')}) AND "
        f"{changed(('set_id', 'key', 'value', 'unit'))} {raise_('factor')}",
        f"CREATE TRIGGER lock_factor_delete BEFORE DELETE ON factor "
        f"WHEN {set_locked('OLD')} {raise_('factor')}",
    ]
    for table, columns in owned.items():
        what = {"checklist_response": "response"}.get(table, table)
        sql += [
            f"CREATE TRIGGER lock_{table}_insert BEFORE INSERT ON {table} "
            f"WHEN {audit_locked('NEW.audit_id')} {raise_(what)}",
            f"CREATE TRIGGER lock_{table}_update BEFORE UPDATE ON {table} "
            f"WHEN ({audit_locked('OLD.audit_id')} OR {audit_locked('NEW.audit_id')}) "
            f"AND {changed(columns)} {raise_(what)}",
            f"CREATE TRIGGER lock_{table}_delete BEFORE DELETE ON {table} "
            f"WHEN {audit_locked('OLD.audit_id')} {raise_(what)}",
        ]
    return sql


def migration_4(db: "sqlite_utils.Database") -> None:
    """Review and follow-up: comments on an audit or one of its opportunities; the
    sign-off of an audit (who, in which role, when) and its lock; per opportunity
    the reason of a rejection, the RECP sort, and the follow-up (implementation
    date, actual investment, IPMVP option, verifying meters, measured savings).

    A locked audit refuses, through triggers, every write that would change its
    audited figures, whoever writes (see ``_lock_triggers_4``); unlocking it
    needs a new reason in the same write.
    """
    _entity(
        db, "comment",
        {"audit_id": str, "opportunity_id": str, "author": str, "role": str, "body": str},
        foreign_keys=[("audit_id", "audit", "id"), ("opportunity_id", "opportunity", "id")],
        not_null={"audit_id", "body"},
    )
    audit = db["audit"]
    for name in ("signed_off_by", "signed_off_role", "signed_off_on", "unlock_reason"):
        audit.add_column(name, str, not_null_default="")  # type: ignore[union-attr]
    audit.add_column("locked", int, not_null_default=0)  # type: ignore[union-attr]
    opportunity = db["opportunity"]
    for name in ("rejection_reason", "rejection_note", "recp_sort", "implementation_date",
                 "ipmvp_option", "verification_meters", "verified_savings"):
        opportunity.add_column(name, str, not_null_default="")  # type: ignore[union-attr]
    opportunity.add_column("actual_investment", float)  # type: ignore[union-attr]
    for sql in (
        "CREATE INDEX ix_comment_audit ON comment(audit_id)",
        "CREATE INDEX ix_comment_opportunity ON comment(opportunity_id)",
        "CREATE INDEX ix_audit_locked ON audit(enterprise_id) WHERE locked = 1",
        *_lock_triggers_4(),
    ):
        db.execute(sql)


MIGRATIONS: list[Callable[["sqlite_utils.Database"], None]] = [migration_1, migration_2,
                                                               migration_3, migration_4]
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
