"""Fixtures of the checklist store and UI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from checklist_ui_helpers import TEMPLATE, AuditFixture, make_audit, picture

from auditdesk.store import Store
from auditdesk.store import checklists as cl


@pytest.fixture
def audit(store: Store, tmp_path: Path) -> AuditFixture:
    """An audit whose checklist is the small template above."""
    audit_id = make_audit(store)
    cl.import_template(store, TEMPLATE, "plant_walk.yaml")
    entry = cl.find_entry(store, "plant_walk")
    assert entry is not None
    cl.start_checklist(store, audit_id, entry)
    return AuditFixture(store, audit_id, store.path)


@pytest.fixture
def photo_files(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """A good photo, a copy of it, a text file named .jpg and a truncated JPEG."""
    folder = tmp_path / "photos"
    folder.mkdir()
    good = folder / "meter.png"
    good.write_bytes(picture(3))
    copy = folder / "meter-copy.png"
    copy.write_bytes(picture(3))
    other = folder / "pump.png"
    other.write_bytes(picture(5))
    fake = folder / "notes.jpg"
    fake.write_text("shopping list: bread, rice", encoding="utf-8")
    broken = folder / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 200)
    yield {"good": good, "copy": copy, "other": other, "fake": fake, "broken": broken}
