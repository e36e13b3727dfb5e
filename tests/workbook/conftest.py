"""Workbook fixtures: the demo audit with the most opportunities, exported once per test."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from auditdesk.store import Store


def commented_audit(store: Store) -> str:
    """The demo audit with review comments; one of its opportunities is made an
    industrial-symbiosis one, and one rejected if none is, so every group is there."""
    audit_id = str(store.query("SELECT audit_id FROM comment WHERE opportunity_id IS NOT NULL "
                               "LIMIT 1")[0][0])
    chosen = [r[0] for r in store.query(
        "SELECT id FROM opportunity WHERE audit_id = ? AND status != 'rejected' AND id NOT IN "
        "(SELECT opportunity_id FROM comment WHERE opportunity_id IS NOT NULL) ORDER BY code "
        "DESC", (audit_id,))]
    store.opportunities.update(chosen[0], symbiosis=True, partner="Nhà máy giấy Sài Gòn")
    if not store.opportunities.count("audit_id = ? AND status = 'rejected'", (audit_id,)):
        store.opportunities.update(chosen[1], status="rejected")
    return audit_id


@pytest.fixture
def audit_id(demo_store: Store) -> str:
    return commented_audit(demo_store)


@pytest.fixture
def exported(demo_store: Store, audit_id: str, tmp_path: Path) -> Path:
    from auditdesk.exchange.workbook import export_audit_workbook

    path = tmp_path / "audit.xlsx"
    export_audit_workbook(demo_store, audit_id, path)
    return path


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "empty.auditdesk.sqlite", user="office")
    yield store
    store.close()
