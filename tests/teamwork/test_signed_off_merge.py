"""The package of a signed-off audit merges like any other (the usual route to the
office: the enterprise signs off, the auditor sends the package).

Found by the walk-through: the merge inserted the audit, already locked, before
its records, and the sign-off lock triggers then refused them. The merge now
writes signed-off audits unlocked and locks them again at the end of the same
transaction; a lock of *this* database still refuses changes to its own
signed-off audit, with the translated reason.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from auditdesk.exchange.package import MergeDataError, export_audits, merge_files
from auditdesk.review import signoff
from auditdesk.store import Store

SIGNER = "Bùi Đức Long"


def _audit_with_answers(store: Store) -> Any:
    return next(a for a in store.audits.list()
                if store.query("SELECT count(*) FROM checklist_response WHERE audit_id = ?",
                               (a.id,))[0][0])


def _count(store: Store, table: str, audit_id: str) -> int:
    return int(store.query(f"SELECT count(*) FROM {table} WHERE audit_id = ?",
                           (audit_id,))[0][0])


def test_into_a_fresh_database(demo_store: Store, tmp_path: Path) -> None:
    audit = _audit_with_answers(demo_store)
    signoff.sign_off(demo_store, audit.id, name=SIGNER, role="reviewer", on=dt.date(2025, 6, 30))
    package = tmp_path / "signed.auditdesk"
    export_audits(demo_store, [audit.id], package)
    with Store(tmp_path / "office.auditdesk.sqlite", create=True, user="Văn phòng") as office:
        merge_files(office, [package])
        merged = office.audits.get(audit.id)
        assert (merged.locked, merged.signed_off_by) == (True, SIGNER)
        for table in ("checklist_response", "opportunity", "attachment", "area"):
            assert _count(office, table, audit.id) == _count(demo_store, table, audit.id)
        # merging it again changes nothing, and the lock holds for the office's edits
        again = merge_files(office, [package])
        assert again[0].added == 0 and not again[0].conflicts
        opportunity = office.opportunities.for_audit(audit.id)[0]
        with pytest.raises(Exception, match="signed off"):
            office.opportunities.update(opportunity.id, title="changed at the office")


def test_over_the_unsigned_version_the_office_already_has(demo_store: Store,
                                                          tmp_path: Path) -> None:
    audit = _audit_with_answers(demo_store)
    first = tmp_path / "draft.auditdesk"
    export_audits(demo_store, [audit.id], first)
    opportunity = demo_store.opportunities.for_audit(audit.id)[0]
    demo_store.opportunities.update(opportunity.id, title="Final title before sign-off")
    signoff.sign_off(demo_store, audit.id, name=SIGNER, role="reviewer", on=dt.date(2025, 6, 30))
    signed = tmp_path / "signed.auditdesk"
    export_audits(demo_store, [audit.id], signed)
    with Store(tmp_path / "office.auditdesk.sqlite", create=True, user="Văn phòng") as office:
        merge_files(office, [first])
        assert not office.audits.get(audit.id).locked
        summary = merge_files(office, [signed])
        assert not summary[0].conflicts
        assert office.audits.get(audit.id).locked
        assert office.opportunities.get(opportunity.id).title == "Final title before sign-off"


def test_changes_to_an_audit_signed_off_here_are_refused_with_the_reason(
        demo_store: Store, tmp_path: Path) -> None:
    audit = _audit_with_answers(demo_store)
    base = tmp_path / "base.auditdesk"
    export_audits(demo_store, [audit.id], base)
    with Store(tmp_path / "office.auditdesk.sqlite", create=True, user="Văn phòng") as office:
        merge_files(office, [base])
        signoff.sign_off(office, audit.id, name=SIGNER, role="reviewer", on=dt.date(2025, 6, 30))
    # the auditor, not knowing, goes on editing the unsigned copy
    opportunity = demo_store.opportunities.for_audit(audit.id)[0]
    demo_store.opportunities.update(opportunity.id, investment_other=123_456_789.0)
    late = tmp_path / "late.auditdesk"
    export_audits(demo_store, [audit.id], late)
    with Store(tmp_path / "office.auditdesk.sqlite", user="Văn phòng") as office:
        before = office.opportunities.get(opportunity.id)
        with pytest.raises(MergeDataError) as caught:
            merge_files(office, [late], on_conflict="theirs")
        text = str(caught.value)
        assert "AUDIT_LOCKED" not in text and "signed off by " + SIGNER in text
        assert office.opportunities.get(opportunity.id) == before


def test_signed_off_on_both_sides_with_a_later_note_there(demo_store: Store,
                                                          tmp_path: Path) -> None:
    """Both copies signed off; the auditor then changed the audit's notes (not a
    locked figure): the merge takes the note and the audit stays locked."""
    audit = _audit_with_answers(demo_store)
    signoff.sign_off(demo_store, audit.id, name=SIGNER, role="reviewer", on=dt.date(2025, 6, 30))
    first = tmp_path / "signed.auditdesk"
    export_audits(demo_store, [audit.id], first)
    demo_store.audits.update(audit.id, notes="Gửi bản cuối cho Ban quản lý KCN")
    later = tmp_path / "later.auditdesk"
    export_audits(demo_store, [audit.id], later)
    with Store(tmp_path / "office.auditdesk.sqlite", create=True, user="Văn phòng") as office:
        merge_files(office, [first])
        merge_files(office, [later])
        merged = office.audits.get(audit.id)
        assert merged.locked and merged.notes == "Gửi bản cuối cho Ban quản lý KCN"


def test_the_history_of_a_merged_sign_off_says_locked(demo_store: Store, tmp_path: Path) -> None:
    audit = _audit_with_answers(demo_store)
    draft = tmp_path / "draft.auditdesk"
    export_audits(demo_store, [audit.id], draft)
    signoff.sign_off(demo_store, audit.id, name=SIGNER, role="reviewer", on=dt.date(2025, 6, 30))
    signed = tmp_path / "signed.auditdesk"
    export_audits(demo_store, [audit.id], signed)
    with Store(tmp_path / "office.auditdesk.sqlite", create=True, user="Văn phòng") as office:
        merge_files(office, [draft])
        merge_files(office, [signed])
        changes = [(h.op, h.user, h.new) for h in office.history.list(
            entity="audit", entity_id=audit.id) if h.field == "locked"]
        # the sign-off as it was made there, and nothing saying the merge unlocked it
        assert any(user == SIGNER or op == "update" for op, user, _ in changes), changes
        assert not [c for c in changes if c[2] in ("0", "false", "False")], changes
