"""The register's editor under the review's rules: the status list offers the role's
moves, a move the rules refuse is put back with a message, the figures are the
auditor's and are locked by a sign-off, the decision fields stay open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from auditdesk import settings
from auditdesk.review import signoff
from auditdesk.review.roles import REVIEWER
from auditdesk.store import Store

PLATING_AUDIT = "Đánh giá nhanh RECP 2025"


def _wait_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.ui.tasks import running_tasks

    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)


def _enabled(combo, code: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(combo.model().item(combo.findData(code)).isEnabled())


@pytest.fixture
def register_as(qtbot, demo_store: Store, messages, no_running_tasks):  # type: ignore[no-untyped-def]
    from auditdesk.ui.app import create_app
    from auditdesk.ui.register.register_tab import RegisterTab

    made = []

    def make(role: str) -> object:
        settings.save(settings.Settings(language="en", user_name="Người thử", role=role))
        create_app()
        audit_id = demo_store.audits.list("title = ?", (PLATING_AUDIT,))[0].id
        tab = RegisterTab(demo_store, audit_id)
        qtbot.addWidget(tab)
        tab.resize(1200, 800)
        tab.show()
        _wait_idle(qtbot)
        made.append(tab)
        return tab

    yield make
    for tab in made:
        tab.editor.flush()
    _wait_idle(qtbot)


def _select(tab, store: Store, code: str, qtbot) -> str:  # type: ignore[no-untyped-def]
    opportunity_id = store.opportunities.list("code = ?", (code,))[0].id
    tab.select(opportunity_id)
    _wait_idle(qtbot)
    return opportunity_id


def test_the_auditor_edits_figures_but_does_not_decide(register_as, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                       messages) -> None:
    tab = register_as("auditor")
    editor = tab.editor
    rinse = _select(tab, demo_store, "HL-01", qtbot)
    status = editor.details.status
    assert not editor.title.isReadOnly() and editor.estimator.isEnabled()
    assert _enabled(status, "identified") and not _enabled(status, "accepted")
    assert "Only the Enterprise reviewer" in status.model().item(
        status.findData("accepted")).toolTip()
    status.setCurrentIndex(status.findData("accepted"))  # chosen anyway
    assert status.currentData() == "proposed"
    assert "Only the Enterprise reviewer may accept it" in messages.shown[-1][1]
    qtbot.wait(700)
    _wait_idle(qtbot)
    assert demo_store.opportunities.get(rinse).status == "proposed"
    status.setCurrentIndex(status.findData("identified"))  # withdrawing is the auditor's
    qtbot.waitUntil(lambda: demo_store.opportunities.get(rinse).status == "identified",
                    timeout=5000)


def test_the_reviewer_decides_but_does_not_edit_figures(register_as, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                        messages) -> None:
    tab = register_as("reviewer")
    editor = tab.editor
    rinse = _select(tab, demo_store, "HL-01", qtbot)
    status = editor.details.status
    assert editor.title.isReadOnly() and not editor.estimator.isEnabled()
    assert editor.costs.rows["lifetime_yr"].editor.isReadOnly()
    assert status.isEnabled() and not editor.details.owner.isReadOnly()
    assert "Enterprise reviewer" in editor.state.text()
    assert _enabled(status, "accepted") and _enabled(status, "scheduled")
    assert not _enabled(status, "rejected")  # the reason is given in the Review tab
    assert "Review tab" in status.model().item(status.findData("rejected")).toolTip()
    status.setCurrentIndex(status.findData("accepted"))
    editor.details.owner.setText("Phòng cơ điện")
    editor.details.owner.textEdited.emit("Phòng cơ điện")
    qtbot.waitUntil(lambda: demo_store.opportunities.get(rinse).status == "accepted",
                    timeout=5000)
    _wait_idle(qtbot)
    assert demo_store.opportunities.get(rinse).owner == "Phòng cơ điện"
    assert not messages.shown


def test_a_signed_off_audit_locks_the_figures_in_the_editor(register_as, demo_store: Store,  # type: ignore[no-untyped-def]
                                                            qtbot, messages) -> None:
    audit_id = demo_store.audits.list("title = ?", (PLATING_AUDIT,))[0].id
    signoff.sign_off(demo_store, audit_id, name="Bùi Đức Long", role=REVIEWER, on="2025-04-02")
    tab = register_as("auditor")
    editor = tab.editor
    _select(tab, demo_store, "HL-02", qtbot)
    assert editor.title.isReadOnly() and not editor.estimator.isEnabled()
    assert editor.inputs.findChildren(type(editor.title))[0].isReadOnly()
    assert "Signed off" in editor.state.text()
    count = demo_store.query("SELECT count(*) FROM history")[0][0]
    qtbot.keyClicks(editor.title, "x")
    qtbot.wait(700)
    _wait_idle(qtbot)
    assert demo_store.query("SELECT count(*) FROM history")[0][0] == count
    assert not tab.add_button.isEnabled()  # says so before a click
    assert "signed off" in tab.add_button.toolTip()
    tab.on_add_button_clicked()  # even if reached some other way, the store refuses it
    _wait_idle(qtbot)
    assert demo_store.opportunities.count("audit_id = ?", (audit_id,)) == 9
    assert "was signed off by Bùi Đức Long" in messages.shown[-1][1]
