"""Teamwork fixtures: three laptops that start from one copy of the demo audit."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from teamwork_helpers import Laptops

from auditdesk import model
from auditdesk.store import Store


@pytest.fixture
def laptops(demo_db: Path, tmp_path: Path) -> Iterator[Laptops]:
    """The office prepares the audit (a checklist template), then copies the file
    to An's and Bình's laptops."""
    folder = tmp_path / "laptops"
    folder.mkdir()
    with Store(demo_db, user="Văn phòng") as prepared:
        template = prepared.templates.create(model.ChecklistTemplate(
            code="recp", version="1.0", name_en="RECP walk-through", body="{}"))
        for code in ("E-01", "E-02", "A-1"):
            prepared.items.create(model.ChecklistItem(template_id=template.id, code=code))
    stores = {}
    for user, name in (("Văn phòng", "office"), ("An", "an"), ("Bình", "binh")):
        path = folder / f"{name}.auditdesk.sqlite"
        shutil.copy(demo_db, path)
        stores[name] = Store(path, user=user)
    audit_id = stores["office"].query(
        "SELECT a.id FROM audit a JOIN opportunity o ON o.audit_id = a.id "
        "GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1")[0][0]
    yield Laptops(folder, stores["office"], stores["an"], stores["binh"], audit_id,
                  template.id)
    for store in stores.values():
        store.close()
