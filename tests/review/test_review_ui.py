"""The Review tab, driven as the energy manager would: accept one opportunity,
reject another with a reason, and find both in the history; comments; sign-off
and unlock through their dialogs; what an auditor's installation may do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from auditdesk import settings
from auditdesk.store import Store

PLATING_AUDIT = "Đánh giá nhanh RECP 2025"


def _settings(role: str, name: str = "Bùi Đức Long") -> None:
    settings.save(settings.Settings(language="en", user_name=name, role=role))


def _plating(store: Store) -> str:
    return store.audits.list("title = ?", (PLATING_AUDIT,))[0].id


def _wait_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.ui.tasks import running_tasks

    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)


@pytest.fixture
def review(qtbot, demo_store: Store, messages, no_running_tasks) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from auditdesk.ui.app import create_app
    from auditdesk.ui.review.review_tab import ReviewTab

    _settings("reviewer")
    create_app()
    tab = ReviewTab(demo_store, _plating(demo_store))
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    _wait_idle(qtbot)
    yield tab
    _wait_idle(qtbot)


def _choose(tab, store: Store, code: str, qtbot) -> str:  # type: ignore[no-untyped-def]
    opportunity_id = store.opportunities.list("code = ?", (code,))[0].id
    assert tab.select(opportunity_id)
    _wait_idle(qtbot)
    return opportunity_id


def _answer_reject(reason: str, note: str):  # type: ignore[no-untyped-def]
    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.reason.setCurrentIndex(dialog.reason.findData(reason))
        dialog.note.setPlainText(note)
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)
    return run


def test_a_reviewer_accepts_one_rejects_another_with_a_reason_and_the_history_shows_both(
        review, demo_store: Store, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.ui.review.dialogs import RejectDialog
    from auditdesk.ui.review.history_view import HistoryView

    rinse = _choose(review, demo_store, "HL-01", qtbot)
    accept = review.pane.buttons["accept"]
    assert accept.isVisible() and review.pane.buttons["reject"].isVisible()
    assert not review.pane.sort.isEnabled()  # the RECP sort is the auditor's
    assert not review.pane.buttons["withdraw"].isVisible()  # the auditor's move
    assert "Savings per year" in review.pane.report.text()  # estimate with its inputs
    assert "Inputs" in review.pane.report.text() or "Formula" in review.pane.report.text()
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert demo_store.opportunities.get(rinse).status == "accepted"
    assert "Accepted" in review.pane.state.text()

    fan = _choose(review, demo_store, "HL-08", qtbot)
    monkeypatch.setattr(RejectDialog, "exec", _answer_reject("payback", "Hoàn vốn quá 1 năm"))
    qtbot.mouseClick(review.pane.buttons["reject"], Qt.MouseButton.LeftButton)
    rejected = demo_store.opportunities.get(fan)
    assert (rejected.status, rejected.rejection_reason, rejected.rejection_note) == (
        "rejected", "payback", "Hoàn vốn quá 1 năm")
    assert "Payback too long — Hoàn vốn quá 1 năm" in review.pane.state.text()
    row = review.model.rows()[review.model.position_of(fan)]
    assert row.row.status == "rejected"

    history = HistoryView(demo_store, review.audit_id)
    qtbot.addWidget(history)
    history.set_filter(person="tester", first=dt.date.today(), last=dt.date.today())
    shown = [[history.model.index(r, c).data() for c in range(6)]
             for r in range(history.model.rowCount())]
    changes = {(row[2], row[3], row[4], row[5]) for row in shown}
    assert ("Opportunity HL-01", "Status", "Proposed", "Accepted") in changes
    assert ("Opportunity HL-08", "Status", "Proposed", "Rejected") in changes
    assert ("Opportunity HL-08", "Reason for rejection", "—", "Payback too long") in changes
    assert {row[1] for row in shown} == {"tester"}
    history.set_filter(person="Bùi Đức Long")  # the demo's own decisions, not ours
    names = {history.model.index(r, 2).data() for r in range(history.model.rowCount())}
    assert {"Opportunity HL-07", "Comment HL-01", "Comment"} == names
    statuses = [history.model.index(r, 5).data() for r in range(history.model.rowCount())
                if history.model.index(r, 3).data() == "Status"]
    assert statuses == ["Accepted"]


def test_a_rejection_without_a_reason_is_not_made(review, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    from auditdesk.ui.review.dialogs import RejectDialog

    fan = _choose(review, demo_store, "HL-08", qtbot)
    monkeypatch.setattr(RejectDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
    qtbot.mouseClick(review.pane.buttons["reject"], Qt.MouseButton.LeftButton)
    assert demo_store.opportunities.get(fan).status == "proposed"
    dialog = RejectDialog("HL-08")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert not ok.isEnabled()  # "Other" needs words
    dialog.note.setPlainText("Không có chỗ")
    assert ok.isEnabled()


def test_comments_from_the_tab(review, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    rinse = _choose(review, demo_store, "HL-01", qtbot)
    assert "Lê Quang Vinh" in review.pane.comments.view.toPlainText()
    review.pane.comments.box.setPlainText("Đồng ý, đề nghị lắp tháng 5.")
    qtbot.mouseClick(review.pane.comments.send, Qt.MouseButton.LeftButton)
    [*_, last] = demo_store.comments.list("opportunity_id = ?", (rinse,), order_by="rowid")
    assert (last.body, last.author, last.role) == ("Đồng ý, đề nghị lắp tháng 5.", "tester",
                                                   "reviewer")
    assert "Đồng ý, đề nghị lắp tháng 5." in review.pane.comments.view.toPlainText()
    assert review.pane.comments.box.toPlainText() == ""
    assert review.model.rows()[review.model.position_of(rinse)].comments == 3
    review.audit_thread.box.setPlainText("Đã xem xong")
    qtbot.mouseClick(review.audit_thread.send, Qt.MouseButton.LeftButton)
    assert "Đã xem xong" in review.audit_thread.view.toPlainText()


def test_sign_off_and_unlock_through_their_dialogs(review, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                    monkeypatch, messages) -> None:
    from auditdesk.ui.review.dialogs import SignOffDialog, UnlockDialog

    seen: dict[str, object] = {}

    def sign(dialog) -> int:  # type: ignore[no-untyped-def]
        seen["waiting"] = dialog.findChild(object, "signOffWaiting") is not None
        seen["name"] = dialog.name.text()
        dialog.day.setDate(dialog.day.date().fromString("2025-04-02", "yyyy-MM-dd"))
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SignOffDialog, "exec", sign)
    assert review.sign_off_button.isEnabled()
    qtbot.mouseClick(review.sign_off_button, Qt.MouseButton.LeftButton)
    audit = demo_store.audits.get(review.audit_id)
    assert seen == {"waiting": True, "name": "Bùi Đức Long"}
    assert audit.locked and (audit.signed_off_by, audit.signed_off_on) == ("Bùi Đức Long",
                                                                           "2025-04-02")
    assert "Signed off by <b>Bùi Đức Long</b>" in review.lock_label.text()
    assert review.unlock_button.isVisible() and not review.sign_off_button.isVisible()
    # decisions stay open after the sign-off
    _choose(review, demo_store, "HL-01", qtbot)
    qtbot.mouseClick(review.pane.buttons["schedule"], Qt.MouseButton.LeftButton)
    assert not messages.shown

    def unlock(dialog) -> int:  # type: ignore[no-untyped-def]
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen["empty_ok"] = ok.isEnabled()
        dialog.reason.setPlainText("Sửa số liệu nước HL-02")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(UnlockDialog, "exec", unlock)
    qtbot.mouseClick(review.unlock_button, Qt.MouseButton.LeftButton)
    assert seen["empty_ok"] is False
    assert not demo_store.audits.get(review.audit_id).locked
    assert "Sửa số liệu nước HL-02" in review.lock_label.text()


def test_an_auditors_installation_neither_decides_nor_signs(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                             messages, no_running_tasks) -> None:
    from auditdesk.ui.app import create_app
    from auditdesk.ui.review.review_tab import ReviewTab

    _settings("auditor", "Lê Quang Vinh")
    create_app()
    tab = ReviewTab(demo_store, _plating(demo_store))
    qtbot.addWidget(tab)
    tab.show()
    _choose(tab, demo_store, "HL-01", qtbot)
    assert not tab.pane.buttons["accept"].isVisible()
    assert tab.pane.buttons["withdraw"].isVisible()  # the auditor may withdraw a proposal
    assert not tab.sign_off_button.isEnabled()
    demo_store.opportunities.update(demo_store.opportunities.list("code = 'HL-04'")[0].id,
                                    status="rejected", rejection_reason="payback")
    tab.reload()
    _choose(tab, demo_store, "HL-04", qtbot)  # rejected: the auditor may propose it again
    assert tab.pane.buttons["reconsider"].isVisible()
    _choose(tab, demo_store, "HL-02", qtbot)  # accepted: nothing for the auditor here
    assert "Decided by the Enterprise reviewer" in tab.pane.hint.text()
    hooks = _choose(tab, demo_store, "HL-03", qtbot)  # identified: the auditor sorts, proposes
    sort = tab.pane.sort
    assert sort.isEnabled() and tab.pane.buttons["propose"].isVisible()
    sort.setCurrentIndex(sort.findData("rejected"))
    sort.activated.emit(sort.currentIndex())
    assert demo_store.opportunities.get(hooks).recp_sort == "rejected"
    qtbot.mouseClick(tab.pane.buttons["propose"], Qt.MouseButton.LeftButton)
    assert "RECP sort rejected this option" in messages.shown[-1][1]
    assert demo_store.opportunities.get(hooks).status == "identified"
    sort.setCurrentIndex(sort.findData("now"))
    sort.activated.emit(sort.currentIndex())
    qtbot.mouseClick(tab.pane.buttons["propose"], Qt.MouseButton.LeftButton)
    assert demo_store.opportunities.get(hooks).status == "proposed"
    _wait_idle(qtbot)


def test_the_models_pass_the_model_tester(review, demo_store: Store, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.ui.review.history_view import HistoryView

    qtmodeltester.check(review.model)
    qtmodeltester.check(review.proxy)
    history = HistoryView(demo_store, review.audit_id)
    qtmodeltester.check(history.model)
    qtmodeltester.check(history.proxy)
    history.deleteLater()


def test_a_read_only_store_shows_and_changes_nothing(qtbot, demo_db, messages,  # type: ignore[no-untyped-def]
                                                     no_running_tasks) -> None:
    from auditdesk.ui.app import create_app
    from auditdesk.ui.review.review_tab import ReviewTab

    _settings("reviewer")
    create_app()
    with Store(demo_db, user="other", read_only=True) as store:
        tab = ReviewTab(store, _plating(store))
        qtbot.addWidget(tab)
        tab.show()
        _wait_idle(qtbot)
        assert not any(b.isVisible() for b in tab.pane.buttons.values())
        assert not tab.sign_off_button.isEnabled()
        assert not tab.pane.comments.box.isVisible()
        tab.close()
