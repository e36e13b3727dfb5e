"""The change history of one audit or one opportunity, from the store's history rows.

Every write of the store leaves rows (who, when, entity, field, old → new; a
JSON snapshot for a creation or a deletion). The history of an **opportunity**
is its own rows, its savings' and its comments'. The history of an **audit** is
the audit's rows and those of everything it owns: opportunities (deleted ones
too: their snapshot names the audit), their savings, comments, areas,
checklist answers and attachments. Both can be filtered by person and by time.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import HistoryEntry
    from auditdesk.store.database import Store

# Tables owned by an audit through their audit_id column.
AUDIT_OWNED = ("opportunity", "comment", "area", "checklist_response", "attachment")


@dataclass(frozen=True)
class HistoryFilter:
    """Whose changes and when: ``since``/``until`` are ISO UTC instants (until excluded)."""

    user: str | None = None
    since: str | None = None
    until: str | None = None


def utc_bounds(first: _dt.date | None, last: _dt.date | None) -> tuple[str | None, str | None]:
    """The UTC instants that bound the local days ``first`` to ``last`` (inclusive), as
    the history's ``at`` texts are written (``2025-03-10T02:15:00.000Z``)."""

    def instant(day: _dt.date) -> str:
        local = _dt.datetime.combine(day, _dt.time.min).astimezone()
        utc = local.astimezone(_dt.UTC)
        return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    since = instant(first) if first else None
    until = instant(last + _dt.timedelta(days=1)) if last else None
    return since, until


def _snapshot_ids(entity: str, column: str) -> str:
    """SQL: ids of ``entity`` rows whose create/delete snapshot has ``column`` = :owner."""
    return (f"SELECT entity_id FROM history WHERE entity = '{entity}' AND op IN "
            f"('create', 'delete') AND json_extract(CASE WHEN json_valid(coalesce(new, old)) "
            f"THEN coalesce(new, old) END, '$.{column}') = :owner")


def _filtered(store: Store, where: str, params: dict[str, Any],
              how: HistoryFilter) -> list[HistoryEntry]:
    from auditdesk.model.entities import HistoryEntry

    clauses = [f"({where})"]
    if how.user:
        clauses.append("user = :user")
        params["user"] = how.user
    if how.since:
        clauses.append("at >= :since")
        params["since"] = how.since
    if how.until:
        clauses.append("at < :until")
        params["until"] = how.until
    sql = "SELECT * FROM history WHERE " + " AND ".join(clauses) + " ORDER BY id DESC"
    return [HistoryEntry(**dict(r)) for r in store.query(sql, params)]


def opportunity_history(store: Store, opportunity_id: str,
                        how: HistoryFilter = HistoryFilter()) -> list[HistoryEntry]:
    """Changes to the opportunity, its savings and its comments, newest first."""
    where = (
        "(entity = 'opportunity' AND entity_id = :owner) OR "
        "(entity = 'opportunity_saving' AND entity_id IN ("
        "SELECT id FROM opportunity_saving WHERE opportunity_id = :owner UNION "
        f"{_snapshot_ids('opportunity_saving', 'opportunity_id')})) OR "
        "(entity = 'comment' AND entity_id IN ("
        "SELECT id FROM comment WHERE opportunity_id = :owner UNION "
        f"{_snapshot_ids('comment', 'opportunity_id')}))"
    )
    return _filtered(store, where, {"owner": opportunity_id}, how)


def audit_history(store: Store, audit_id: str,
                  how: HistoryFilter = HistoryFilter()) -> list[HistoryEntry]:
    """Changes to the audit and everything it owns (module docstring), newest first."""
    owned = " OR ".join(
        f"(entity = '{table}' AND entity_id IN (SELECT id FROM {table} WHERE audit_id = :owner "
        f"UNION {_snapshot_ids(table, 'audit_id')}))"
        for table in AUDIT_OWNED)
    opportunities = (f"SELECT id FROM opportunity WHERE audit_id = :owner UNION "
                     f"{_snapshot_ids('opportunity', 'audit_id')}")
    savings = (
        "(entity = 'opportunity_saving' AND entity_id IN ("
        f"SELECT id FROM opportunity_saving WHERE opportunity_id IN ({opportunities}) UNION "
        "SELECT entity_id FROM history WHERE entity = 'opportunity_saving' AND op IN "
        "('create', 'delete') AND json_extract(CASE WHEN json_valid(coalesce(new, old)) THEN "
        f"coalesce(new, old) END, '$.opportunity_id') IN ({opportunities})))"
    )
    where = f"(entity = 'audit' AND entity_id = :owner) OR {owned} OR {savings}"
    return _filtered(store, where, {"owner": audit_id}, how)


def people(entries: list[HistoryEntry]) -> list[str]:
    """Everyone who appears in ``entries``, sorted."""
    return sorted({e.user for e in entries}, key=str.casefold)


@dataclass(frozen=True)
class Subject:
    """What a history row is about, for showing it: the opportunity's code and title
    (``""`` when the row is not about one) and, for a saving, its carrier."""

    opportunity_code: str = ""
    opportunity_title: str = ""
    carrier: str = ""


def subjects(store: Store, entries: list[HistoryEntry]) -> dict[tuple[str, str], Subject]:
    """(entity, entity_id) → ``Subject`` for the rows about opportunities, their
    savings and comments; deleted records are named from their snapshots."""
    snapshots: dict[tuple[str, str], dict[str, Any]] = {}
    for e in entries:
        if e.op in ("create", "delete"):
            try:
                data = json.loads((e.new if e.op == "create" else e.old) or "")
            except (TypeError, ValueError):
                continue
            if isinstance(data, dict):
                snapshots.setdefault((e.entity, e.entity_id), data)

    def row(table: str, entity_id: str) -> dict[str, Any]:
        found = store.query(f"SELECT * FROM {table} WHERE id = ?", (entity_id,))
        return dict(found[0]) if found else snapshots.get((table, entity_id), {})

    opportunities: dict[str, dict[str, Any]] = {}

    def opportunity(entity_id: str | None) -> dict[str, Any]:
        if not entity_id:
            return {}
        if entity_id not in opportunities:
            opportunities[entity_id] = row("opportunity", entity_id)
        return opportunities[entity_id]

    result: dict[tuple[str, str], Subject] = {}
    for e in entries:
        key = (e.entity, e.entity_id)
        if key in result:
            continue
        carrier = ""
        if e.entity == "opportunity":
            opp = opportunity(e.entity_id)
        elif e.entity in ("opportunity_saving", "comment"):
            own = row(e.entity, e.entity_id)
            opp = opportunity(own.get("opportunity_id"))
            carrier = str(own.get("carrier") or "")
        else:
            opp = {}
        result[key] = Subject(str(opp.get("code") or ""), str(opp.get("title") or ""), carrier)
    return result
