"""The history of an audit or an opportunity: who changed what, when, old → new,
filtered by person and by date."""

from __future__ import annotations

import datetime as dt

from review_helpers import opportunity, textile_audit_id

from auditdesk import model
from auditdesk.review import comments, history, lifecycle
from auditdesk.review.history import HistoryFilter, audit_history, opportunity_history
from auditdesk.review.roles import AUDITOR, REVIEWER
from auditdesk.store import Store


def _as(store: Store, name: str) -> Store:
    store.user = name
    return store


def test_an_opportunitys_history_has_its_savings_and_comments(demo_store: Store) -> None:
    pn02 = opportunity(demo_store, "PN-02")
    rows = opportunity_history(demo_store, pn02.id)
    kinds = {(r.entity, r.op) for r in rows}
    assert {("opportunity", "create"), ("opportunity", "update"), ("opportunity_saving", "create"),
            ("comment", "create")} <= kinds
    status = [r for r in rows if r.field == "status"]
    assert [(r.old, r.new, r.user) for r in status] == [("proposed", "accepted",
                                                         "Phạm Thị Thu Hà")]
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)  # newest first
    other = opportunity(demo_store, "PN-03")
    assert not {r.entity_id for r in rows} & {other.id}


def test_an_audits_history_includes_deleted_opportunities_and_nothing_of_other_audits(
        demo_store: Store) -> None:
    audit_id = textile_audit_id(demo_store)
    extra = demo_store.opportunities.create(model.Opportunity(audit_id=audit_id, title="Tạm"))
    demo_store.savings.create(model.OpportunitySaving(opportunity_id=extra.id, amount=5.0))
    demo_store.opportunities.delete(extra.id)
    rows = audit_history(demo_store, audit_id)
    about_extra = [r for r in rows if r.entity_id == extra.id]
    assert [r.op for r in about_extra] == ["delete", "create"]
    assert [r.op for r in rows if r.entity == "opportunity_saving" and r.op == "delete"]
    assert {r.entity for r in rows} >= {"audit", "opportunity", "opportunity_saving", "comment",
                                        "checklist_response", "area"}
    plating = demo_store.audits.list("title = 'Đánh giá nhanh RECP 2025'")[0]
    plating_ids = {o.id for o in demo_store.opportunities.for_audit(plating.id)} | {plating.id}
    assert not {r.entity_id for r in rows} & plating_ids


def test_filter_by_person_and_by_date(demo_store: Store) -> None:
    audit_id = textile_audit_id(demo_store)
    pn01, pn03 = opportunity(demo_store, "PN-01"), opportunity(demo_store, "PN-03")
    lifecycle.move(_as(demo_store, "Hà"), pn01.id, "in_progress", REVIEWER)
    comments.add_comment(_as(demo_store, "Tuấn"), audit_id, "Đã nhận", AUDITOR, pn03.id)
    by_ha = audit_history(demo_store, audit_id, HistoryFilter(user="Hà"))
    assert [(r.entity_id, r.field, r.old, r.new) for r in by_ha] == [
        (pn01.id, "status", "accepted", "in_progress")]
    by_tuan = audit_history(demo_store, audit_id, HistoryFilter(user="Tuấn"))
    assert [(r.entity, r.op) for r in by_tuan] == [("comment", "create")]
    assert "Hà" in history.people(audit_history(demo_store, audit_id))

    today = dt.date.today()
    since, until = history.utc_bounds(today, today)
    assert len(audit_history(demo_store, audit_id, HistoryFilter(since=since, until=until))) > 2
    since, until = history.utc_bounds(today - dt.timedelta(days=10),
                                      today - dt.timedelta(days=1))
    assert audit_history(demo_store, audit_id, HistoryFilter(since=since, until=until)) == []
    since, _ = history.utc_bounds(today + dt.timedelta(days=1), None)
    assert audit_history(demo_store, audit_id, HistoryFilter(since=since)) == []


def test_utc_bounds_cover_whole_local_days() -> None:
    since, until = history.utc_bounds(dt.date(2025, 3, 10), dt.date(2025, 3, 10))
    assert since is not None and until is not None and since.endswith("Z")
    start = dt.datetime.fromisoformat(since.replace("Z", "+00:00"))
    end = dt.datetime.fromisoformat(until.replace("Z", "+00:00"))
    assert end - start == dt.timedelta(days=1)
    assert start.astimezone().date() == dt.date(2025, 3, 10)
    assert history.utc_bounds(None, None) == (None, None)


def test_subjects_name_the_opportunity_even_after_it_is_gone(demo_store: Store) -> None:
    audit_id = textile_audit_id(demo_store)
    gone = demo_store.opportunities.create(model.Opportunity(audit_id=audit_id, code="PN-99",
                                                             title="Sẽ xoá"))
    demo_store.opportunities.delete(gone.id)
    rows = audit_history(demo_store, audit_id)
    names = history.subjects(demo_store, rows)
    assert names[("opportunity", gone.id)].opportunity_code == "PN-99"
    pn02 = opportunity(demo_store, "PN-02")
    comment = comments.thread(demo_store, audit_id, pn02.id)[0]
    assert names[("comment", comment.id)].opportunity_title == pn02.title
