"""A signed-off audit's register says so before a click: Add, Duplicate and
Delete are disabled with the reason, and come back after an unlock."""

from __future__ import annotations

import datetime as dt

from register_helpers import audit_id_of

from auditdesk.review import signoff


def test_signed_off_audit_disables_add_duplicate_delete(register, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, audit_id = register.store, audit_id_of(register.store)
    assert register.add_button.isEnabled()
    signoff.sign_off(store, audit_id, name="Bùi Đức Long", role="reviewer",
                     on=dt.date(2025, 6, 30))
    register.hide()
    register.show()  # back to the tab
    for button in (register.add_button, register.duplicate_button, register.delete_button):
        assert not button.isEnabled()
        assert "signed off" in button.toolTip()
    signoff.unlock(store, audit_id, reason="Sai số đồng hồ, cần tính lại", role="reviewer")
    register.hide()
    register.show()
    assert register.add_button.isEnabled() and register.add_button.toolTip() == ""
