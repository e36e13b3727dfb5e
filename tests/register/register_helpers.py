"""Helpers shared by the register's GUI tests."""

from __future__ import annotations

from auditdesk.store import Store

PLATING_AUDIT = "Đánh giá nhanh RECP 2025"  # Hải Long: nine opportunities HL-01 … HL-09


def audit_id_of(store: Store, title: str = PLATING_AUDIT) -> str:
    return store.audits.list("title = ?", (title,))[0].id


def wait_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Until no estimate is running in the background."""
    from auditdesk.ui.tasks import running_tasks

    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
