"""Comments: a thread per opportunity and one per audit, in the history, in packages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from review_helpers import opportunity, textile_audit_id

from auditdesk.review import comments
from auditdesk.review.roles import AUDITOR, OFFICE, REVIEWER
from auditdesk.store import Store, ValidationError


def test_a_thread_keeps_author_role_time_and_order(demo_store: Store) -> None:
    audit_id = textile_audit_id(demo_store)
    pn03 = opportunity(demo_store, "PN-03")
    first = comments.add_comment(demo_store, audit_id, "  Bồn cấp có đủ chỗ không?  ", REVIEWER,
                                 pn03.id)
    second = comments.add_comment(demo_store, audit_id, "Đủ: bồn 5 m³.", AUDITOR, pn03.id)
    thread = comments.thread(demo_store, audit_id, pn03.id)
    assert [c.body for c in thread] == ["Bồn cấp có đủ chỗ không?", "Đủ: bồn 5 m³."]
    assert [c.id for c in thread] == [first.id, second.id]
    assert (first.author, first.role) == ("tester", "reviewer") and first.created_at
    assert second.created_at >= first.created_at
    assert comments.comment_counts(demo_store, audit_id)[pn03.id] == 2


def test_audit_comments_and_opportunity_comments_are_apart(demo_store: Store) -> None:
    audit_id = textile_audit_id(demo_store)
    comments.add_comment(demo_store, audit_id, "Chung cho cả đợt kiểm toán", OFFICE)
    on_audit = comments.thread(demo_store, audit_id)
    assert [c.opportunity_id for c in on_audit] == [None, None]  # the demo's and this one
    assert on_audit[-1].body == "Chung cho cả đợt kiểm toán"
    pn02 = opportunity(demo_store, "PN-02")
    assert len(comments.thread(demo_store, audit_id, pn02.id)) == 2  # the demo's discussion


def test_an_empty_comment_or_a_foreign_opportunity_is_refused(demo_store: Store) -> None:
    audit_id = textile_audit_id(demo_store)
    with pytest.raises(ValidationError):
        comments.add_comment(demo_store, audit_id, "   ", REVIEWER)
    hl01 = opportunity(demo_store, "HL-01")
    with pytest.raises(ValueError):
        comments.add_comment(demo_store, audit_id, "nhầm", REVIEWER, hl01.id)


def test_a_comment_is_in_the_history(demo_store: Store) -> None:
    audit_id = textile_audit_id(demo_store)
    made = comments.add_comment(demo_store, audit_id, "Ghi nhận", REVIEWER)
    [row] = demo_store.history.list("comment", made.id)
    assert row.op == "create" and "Ghi nhận" in (row.new or "") and row.user == "tester"


def test_comments_travel_in_an_audit_package(demo_db: Path, tmp_path: Path) -> None:
    from auditdesk.exchange.package import export_audits, merge_files

    office_db = tmp_path / "office.sqlite"
    shutil.copy(demo_db, office_db)
    with Store(demo_db, user="Hà") as enterprise:
        audit_id = textile_audit_id(enterprise)
        pn03 = opportunity(enterprise, "PN-03")
        made = comments.add_comment(enterprise, audit_id, "Đề nghị làm trong quý 3", REVIEWER,
                                    pn03.id)
        export_audits(enterprise, [audit_id], tmp_path / "review.auditdesk")
    with Store(office_db, user="office") as office:
        [summary] = merge_files(office, [tmp_path / "review.auditdesk"])
        assert summary.tables["comment"].added == 1
        got = office.comments.get(made.id)
        assert (got.body, got.author, got.opportunity_id) == ("Đề nghị làm trong quý 3", "Hà",
                                                              pn03.id)
