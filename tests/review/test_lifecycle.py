"""The lifecycle rules: one table of moves, who may make each, what each needs."""

from __future__ import annotations

import dataclasses

import pytest
from review_helpers import opportunity, textile_audit_id

from auditdesk import model
from auditdesk.model import vocab
from auditdesk.review import lifecycle
from auditdesk.review.lifecycle import MOVES, MoveRefused, allowed_moves, check_move, move
from auditdesk.review.roles import AUDITOR, OFFICE, REVIEWER
from auditdesk.store import Store, StoreError


def opp(status: str, **fields: object) -> model.Opportunity:
    return model.Opportunity(audit_id="a", title="t", status=status, **fields)  # type: ignore[arg-type]


def test_the_table_uses_known_statuses_and_roles_and_every_status_is_reachable() -> None:
    statuses = set(vocab.OPPORTUNITY_STATUSES)
    for (frm, to), step in MOVES.items():
        assert {frm, to} <= statuses and frm != to
        assert step.roles and step.roles <= {AUDITOR, REVIEWER, OFFICE}
        assert step.action in lifecycle.ACTIONS
    reached = {"identified"}
    while True:
        more = {to for (frm, to) in MOVES if frm in reached} - reached
        if not more:
            break
        reached |= more
    assert reached == statuses


@pytest.mark.parametrize(("frm", "to", "role"), [
    ("identified", "proposed", AUDITOR),
    ("proposed", "accepted", REVIEWER),
    ("proposed", "scheduled", REVIEWER),
    ("scheduled", "in_progress", REVIEWER),
    ("in_progress", "scheduled", REVIEWER),
    ("rejected", "proposed", AUDITOR),
    ("rejected", "proposed", REVIEWER),
    ("verified", "implemented", OFFICE),
])
def test_allowed_moves_pass(frm: str, to: str, role: str) -> None:
    assert check_move(opp(frm), to, role) is MOVES[(frm, to)]


@pytest.mark.parametrize(("frm", "to", "says"), [
    ("identified", "accepted", "from identified it can become: proposed"),
    ("identified", "verified", "cannot become verified"),
    ("rejected", "implemented", "from rejected it can become: proposed"),
    ("verified", "proposed", "cannot become proposed"),
    ("implemented", "accepted", "cannot become accepted"),
])
def test_moves_that_make_no_sense_are_refused_with_the_way_forward(frm: str, to: str,
                                                                    says: str) -> None:
    with pytest.raises(MoveRefused, match=says):
        check_move(opp(frm), to, REVIEWER)


def test_a_move_to_the_same_status_or_an_unknown_one_is_refused() -> None:
    with pytest.raises(MoveRefused, match="already accepted"):
        check_move(opp("accepted"), "accepted", REVIEWER)
    with pytest.raises(MoveRefused, match="not a status"):
        check_move(opp("accepted"), "done", REVIEWER)


@pytest.mark.parametrize(("frm", "to", "role", "who"), [
    ("proposed", "accepted", AUDITOR, "Only the Enterprise reviewer may accept it"),
    ("proposed", "rejected", OFFICE, "Only the Enterprise reviewer may reject it"),
    ("identified", "proposed", REVIEWER, "Only the Auditor may propose it"),
    ("implemented", "verified", REVIEWER, "Only the Auditor or Project office may record"),
])
def test_each_move_belongs_to_its_roles(frm: str, to: str, role: str, who: str) -> None:
    with pytest.raises(MoveRefused, match=who):
        check_move(opp(frm), to, role)


def test_allowed_moves_depend_on_the_role() -> None:
    assert allowed_moves("proposed", REVIEWER) == ["accepted", "scheduled", "rejected"]
    assert allowed_moves("proposed", AUDITOR) == ["identified"]
    assert allowed_moves("proposed", OFFICE) == []
    assert allowed_moves("implemented", OFFICE) == ["verified"]


def test_a_rejection_needs_a_reason_and_other_needs_words() -> None:
    with pytest.raises(MoveRefused, match="reason for the rejection"):
        check_move(opp("proposed"), "rejected", REVIEWER)
    with pytest.raises(MoveRefused, match="reason for the rejection"):
        check_move(opp("proposed"), "rejected", REVIEWER, {"rejection_reason": "bored"})
    with pytest.raises(MoveRefused, match="in a few words"):
        check_move(opp("proposed"), "rejected", REVIEWER, {"rejection_reason": "other"})
    check_move(opp("proposed"), "rejected", REVIEWER,
               {"rejection_reason": "other", "rejection_note": "Mặt bằng không đủ"})
    check_move(opp("proposed"), "rejected", REVIEWER, {"rejection_reason": "payback"})


def test_implemented_needs_its_date_and_verified_its_measurement() -> None:
    with pytest.raises(MoveRefused, match="date it was implemented"):
        check_move(opp("in_progress"), "implemented", REVIEWER)
    check_move(opp("in_progress", implementation_date="2025-05-02"), "implemented", REVIEWER)
    done = opp("implemented", implementation_date="2025-05-02")
    with pytest.raises(MoveRefused, match="IPMVP option"):
        check_move(done, "verified", OFFICE)
    done = dataclasses.replace(done, ipmvp_option="B")
    with pytest.raises(MoveRefused, match="meter"):
        check_move(done, "verified", OFFICE)
    done = dataclasses.replace(done, verification_meters='["m1"]')
    with pytest.raises(MoveRefused, match="Measure the savings"):
        check_move(done, "verified", OFFICE)
    check_move(done, "verified", OFFICE, {"verified_savings": '{"amount_per_yr": 1}'})


def test_the_auditors_recp_sort_stops_a_proposal() -> None:
    with pytest.raises(MoveRefused, match="RECP sort rejected"):
        check_move(opp("identified", recp_sort="rejected"), "proposed", AUDITOR)
    check_move(opp("identified", recp_sort="study"), "proposed", AUDITOR)


def test_messages_are_translated() -> None:
    from auditdesk import i18n

    i18n.set_language("vi")
    try:
        with pytest.raises(MoveRefused) as refused:
            check_move(opp("proposed"), "accepted", AUDITOR)
    finally:
        i18n.set_language("en")
    text = str(refused.value)
    assert "Chỉ" in text and "Chuyên gia đánh giá" in text and "accept" not in text


def test_move_writes_status_and_reason_with_history_and_reconsidering_clears_it(
        demo_store: Store) -> None:
    pn04 = opportunity(demo_store, "PN-02")
    assert pn04.status == "accepted"  # the demo's review accepted it
    moved = move(demo_store, pn04.id, "rejected", REVIEWER, rejection_reason="payback",
                 rejection_note="Hoàn vốn 4 năm, quá dài")
    assert (moved.status, moved.rejection_reason) == ("rejected", "payback")
    fields = {h.field: (h.old, h.new) for h in demo_store.history.list("opportunity", pn04.id,
                                                                        limit=3)}
    assert fields["status"] == ("accepted", "rejected")
    assert fields["rejection_reason"] == ("", "payback")
    again = move(demo_store, pn04.id, "proposed", AUDITOR)
    assert (again.status, again.rejection_reason, again.rejection_note) == ("proposed", "", "")


def test_a_refused_move_writes_nothing(demo_store: Store) -> None:
    pn05 = opportunity(demo_store, "PN-05")
    count = demo_store.query("SELECT count(*) FROM history")[0][0]
    with pytest.raises(StoreError):
        move(demo_store, pn05.id, "accepted", REVIEWER)
    assert demo_store.opportunities.get(pn05.id).status == "identified"
    assert demo_store.query("SELECT count(*) FROM history")[0][0] == count


def test_recp_sort_is_the_auditors(demo_store: Store) -> None:
    pn05 = opportunity(demo_store, "PN-05")
    assert lifecycle.set_recp_sort(demo_store, pn05.id, "study", AUDITOR).recp_sort == "study"
    with pytest.raises(StoreError, match="Only the Auditor"):
        lifecycle.set_recp_sort(demo_store, pn05.id, "now", REVIEWER)
    with pytest.raises(MoveRefused):
        lifecycle.set_recp_sort(demo_store, pn05.id, "later", AUDITOR)
    assert textile_audit_id(demo_store) == pn05.audit_id
