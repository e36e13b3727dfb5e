"""Sign-off and the lock: whoever writes (managers, raw SQL, a file import, the
command line), a signed-off audit's figures do not change; unlocking needs a
reason and is in the history; decisions, follow-up and comments stay open."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from review_helpers import Plant, opportunity, textile_audit_id

from auditdesk import model
from auditdesk.review import comments, lifecycle, signoff
from auditdesk.review.roles import AUDITOR, OFFICE, REVIEWER, ReviewError
from auditdesk.store import AuditLockedError, Store


@pytest.fixture
def signed(demo_store: Store) -> str:
    audit_id = textile_audit_id(demo_store)
    signoff.sign_off(demo_store, audit_id, name="Phạm Thị Thu Hà", role=REVIEWER,
                     on=dt.date(2025, 4, 2))
    return audit_id


def _history_count(store: Store) -> int:
    return int(store.query("SELECT count(*) FROM history")[0][0])


def test_sign_off_records_who_when_and_locks(demo_store: Store, signed: str) -> None:
    audit = demo_store.audits.get(signed)
    assert (audit.signed_off_by, audit.signed_off_role, audit.signed_off_on) == (
        "Phạm Thị Thu Hà", "reviewer", "2025-04-02")
    assert audit.locked and audit.status == "signed_off"
    assert signoff.lock_state(demo_store, signed).locked
    changed = {h.field for h in demo_store.history.list("audit", signed) if h.op == "update"}
    assert {"locked", "signed_off_by", "signed_off_on", "status"} <= changed


def test_only_the_reviewer_signs_off_with_a_name_and_once(demo_store: Store) -> None:
    audit_id = textile_audit_id(demo_store)
    with pytest.raises(ReviewError, match="Only the Enterprise reviewer"):
        signoff.sign_off(demo_store, audit_id, name="Võ Minh Tuấn", role=AUDITOR, on="2025-04-02")
    with pytest.raises(ReviewError, match="name"):
        signoff.sign_off(demo_store, audit_id, name=" ", role=REVIEWER, on="2025-04-02")
    with pytest.raises(ReviewError, match="date"):
        signoff.sign_off(demo_store, audit_id, name="Hà", role=REVIEWER, on="02/04/2025")
    signoff.sign_off(demo_store, audit_id, name="Hà", role=REVIEWER, on="2025-04-02")
    with pytest.raises(ReviewError, match="already signed off"):
        signoff.sign_off(demo_store, audit_id, name="Hà", role=REVIEWER, on="2025-04-03")


def test_the_audited_figures_refuse_every_writer(demo_store: Store, signed: str) -> None:
    pn01 = opportunity(demo_store, "PN-01")
    saving = demo_store.savings.list("opportunity_id = ?", (pn01.id,))[0]
    before = _history_count(demo_store)
    attempts = {
        "opportunity": lambda: demo_store.opportunities.update(pn01.id, investment_other=1.0),
        "new opportunity": lambda: demo_store.opportunities.create(
            model.Opportunity(audit_id=signed, title="Mới")),
        "delete opportunity": lambda: demo_store.opportunities.delete(pn01.id),
        "saving": lambda: demo_store.savings.update(saving.id, amount=1.0),
        "area": lambda: demo_store.areas.create(model.Area(audit_id=signed, name="Kho")),
        "baseline": lambda: demo_store.audits.update(signed, baseline_start="2024-01-01"),
        "delete audit": lambda: demo_store.audits.delete(signed),
    }
    for name, attempt in attempts.items():
        with pytest.raises(AuditLockedError, match="signed off by Phạm Thị Thu Hà"):
            attempt()
        assert _history_count(demo_store) == before, name
    with pytest.raises(sqlite3.IntegrityError, match="AUDIT_LOCKED"):  # raw SQL too
        demo_store.conn.execute("UPDATE opportunity SET title = 'x' WHERE id = ?", (pn01.id,))
    assert demo_store.opportunities.get(pn01.id).title == pn01.title


def test_checklist_answers_of_a_locked_audit_are_refused(demo_store: Store, signed: str) -> None:
    answer = demo_store.responses.list("audit_id = ?", (signed,))[0]
    with pytest.raises(AuditLockedError, match="checklist answers"):
        demo_store.responses.update(answer.id, note="sửa sau khi ký")


def test_decisions_follow_up_and_comments_stay_open(demo_store: Store, signed: str) -> None:
    pn01 = opportunity(demo_store, "PN-01")
    lifecycle.move(demo_store, pn01.id, "in_progress", REVIEWER)
    demo_store.opportunities.update(pn01.id, owner="Phòng cơ điện", priority="low",
                                    actual_investment=70_000_000.0)
    comments.add_comment(demo_store, signed, "Đã ký; theo dõi thực hiện.", OFFICE)
    assert demo_store.opportunities.get(pn01.id).status == "in_progress"


def test_readings_and_production_of_the_baseline_are_locked_not_later_ones(
        demo_store: Store, signed: str) -> None:
    audit = demo_store.audits.get(signed)
    assert (audit.baseline_start, audit.baseline_end) == ("2024-03-01", "2025-02-28")
    meter = demo_store.meters.for_enterprise(audit.enterprise_id)[0]
    inside = demo_store.readings.list(meter.id, "2024-06-01", "2024-07-01")[0]
    with pytest.raises(AuditLockedError, match="Readings in the audit's baseline period"):
        demo_store.readings.update(meter.id, inside.ts, value=inside.value + 1)
    with pytest.raises(AuditLockedError):
        demo_store.readings.add(model.Reading(meter_id=meter.id, ts="2024-06-15", value=1.0))
    with pytest.raises(AuditLockedError):
        demo_store.readings.delete(meter.id, inside.ts)
    with pytest.raises(AuditLockedError):
        demo_store.meters.delete(meter.id)
    with pytest.raises(AuditLockedError, match="multiplier"):
        demo_store.meters.update(meter.id, multiplier=meter.multiplier * 2)
    demo_store.meters.update(meter.id, location="Trạm mới", notes="đổi vị trí ghi")  # no figure
    demo_store.readings.update(meter.id, inside.ts, note="ghi chú được")  # a note is no figure
    # re-importing readings already stored adds nothing and is allowed
    assert demo_store.readings.add_many([inside]) == (0, 1)
    # after the baseline: the follow-up's readings
    demo_store.readings.add(model.Reading(meter_id=meter.id, ts="2025-06-30", value=9e6))
    record = demo_store.production.list(
        "enterprise_id = ? AND period_start = '2024-06-01'", (audit.enterprise_id,))[0]
    with pytest.raises(AuditLockedError, match="Production figures"):
        demo_store.production.update(record.id, quantity=1.0)
    demo_store.production.create(model.ProductionRecord(
        enterprise_id=audit.enterprise_id, period_start="2025-06-01", period_end="2025-06-30",
        product=record.product, quantity=300.0, unit=record.unit))
    other = demo_store.audits.list("enterprise_id != ?", (audit.enterprise_id,))[0]
    other_meter = demo_store.meters.for_enterprise(other.enterprise_id)[0]
    demo_store.readings.add(model.Reading(meter_id=other_meter.id, ts="2024-06-15", value=1.0))


def test_a_file_import_into_the_locked_baseline_is_refused_whole(demo_store: Store, signed: str,
                                                                 tmp_path: Path) -> None:
    from auditdesk.exchange.readings_import import ColumnMapping
    from auditdesk.store.readings_io import import_readings

    audit = demo_store.audits.get(signed)
    meter = demo_store.meters.for_enterprise(audit.enterprise_id)[0]
    count = demo_store.readings.count(meter.id)
    csv = tmp_path / "bill.csv"
    csv.write_text("Ngày,Chỉ số\n2025-07-31,1\n2024-07-15,2\n", encoding="utf-8")
    mapping = ColumnMapping(date_column="Ngày", value_column="Chỉ số", meters=(meter,))
    with pytest.raises(AuditLockedError):
        import_readings(demo_store, csv, mapping)
    assert demo_store.readings.count(meter.id) == count  # not even the July 2025 row


def test_reference_data_the_audit_pinned_is_locked(demo_store: Store, signed: str) -> None:
    audit = demo_store.audits.get(signed)
    factor = demo_store.factors.list("set_id = ?", (audit.reference_set_id,))[0]
    with pytest.raises(AuditLockedError, match="reference data"):
        demo_store.factors.update(factor.id, value=factor.value * 2)


def test_unlocking_needs_a_reason_and_the_right_role_and_is_recorded(
        demo_store: Store, signed: str) -> None:
    with pytest.raises(ReviewError, match="Say why"):
        signoff.unlock(demo_store, signed, reason="  ", role=REVIEWER)
    with pytest.raises(ReviewError, match="Only the Enterprise reviewer or Project office"):
        signoff.unlock(demo_store, signed, reason="Sửa số liệu", role=AUDITOR)
    with pytest.raises(AuditLockedError, match="needs a reason"):  # the store insists too
        demo_store.audits.update(signed, locked=False)
    opened = signoff.unlock(demo_store, signed, reason="Sai hệ số nhân công tơ", role=OFFICE)
    assert not opened.locked and opened.unlock_reason == "Sai hệ số nhân công tơ"
    assert opened.status == "review" and opened.signed_off_by == ""
    newest_first = demo_store.history.list("audit", signed, limit=8)
    rows = {h.field: (h.old, h.new, h.user) for h in reversed(newest_first)}
    assert rows["locked"] == ("1", "0", "tester")
    assert rows["unlock_reason"] == ("", "Sai hệ số nhân công tơ", "tester")
    pn01 = opportunity(demo_store, "PN-01")
    demo_store.opportunities.update(pn01.id, investment_other=1.0)  # open again
    with pytest.raises(ReviewError, match="not signed off"):
        signoff.unlock(demo_store, signed, reason="again", role=REVIEWER)


def test_sign_off_pins_the_default_baseline_when_the_audit_had_none(plant: Plant) -> None:
    store = plant.store
    store.audits.update(plant.audit_id, baseline_start="", baseline_end="")
    audit = signoff.sign_off(store, plant.audit_id, name="Hà", role=REVIEWER, on="2024-06-01")
    assert (audit.baseline_start, audit.baseline_end) == ("2023-05-01", "2024-04-30")


def test_the_lock_message_is_translated(demo_store: Store, signed: str) -> None:
    from auditdesk import i18n

    pn01 = opportunity(demo_store, "PN-01")
    i18n.set_language("vi")
    try:
        with pytest.raises(AuditLockedError) as refused:
            demo_store.opportunities.update(pn01.id, title="x")
    finally:
        i18n.set_language("en")
    assert "Phạm Thị Thu Hà" in str(refused.value) and "02/04/2025" in str(refused.value)
    assert "signed" not in str(refused.value)


def test_undecided_lists_what_still_waits_for_a_decision(demo_store: Store) -> None:
    plating = demo_store.audits.list("title = 'Đánh giá nhanh RECP 2025'")[0]
    waiting = signoff.undecided(demo_store, plating.id)
    assert waiting and {o.status for o in waiting} == {"proposed"}
    assert signoff.undecided(demo_store, textile_audit_id(demo_store)) == []
