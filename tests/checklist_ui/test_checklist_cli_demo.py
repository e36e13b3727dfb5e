"""``auditdesk template`` on the command line, and the demo audits' checklists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checklist_ui_helpers import TEMPLATE

from auditdesk.checklist.template import load_template
from auditdesk.cli import main
from auditdesk.demo_checklist import demo_picture
from auditdesk.store import Store, attachments
from auditdesk.store import checklists as cl


def test_template_check_lists_every_mistake(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(TEMPLATE, encoding="utf-8")
    bad.write_text(TEMPLATE.replace("answer_type: text", "answer_type: essay"),
                   encoding="utf-8")
    assert main(["--lang", "en", "template", "check", str(good)]) == 0
    assert "good.yaml: template “plant_walk” version 1.0.0, 7 items: no mistakes." in \
        capsys.readouterr().out
    assert main(["--lang", "en", "template", "check", str(good), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.yaml:" in err and "item W-1" in err and "answer_type" in err


def test_template_import_list_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    Store(db, user="t").close()
    source = tmp_path / "plant_walk.yaml"
    source.write_text(TEMPLATE, encoding="utf-8")
    assert main(["--lang", "en", "template", "import", "--db", str(db), str(source)]) == 0
    assert "Imported template “plant_walk” version 1.0.0." in capsys.readouterr().out
    assert main(["--lang", "en", "template", "import", "--db", str(db), str(source)]) == 0
    assert "already in the database" in capsys.readouterr().out
    assert main(["--lang", "en", "template", "list", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert "plant_walk\t1.0.0\tbase\tdatabase" in listing
    assert "recp_walkthrough\t1.0.0\tbase\tbuiltin" in listing
    out = tmp_path / "copy.json"
    assert main(["template", "export", "--db", str(db), "plant_walk", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["code"] == "plant_walk"
    shipped = tmp_path / "base.yaml"
    assert main(["template", "export", "recp_walkthrough", "-o", str(shipped)]) == 0
    assert load_template(shipped) == cl.shipped_templates()[0]
    assert main(["--lang", "en", "template", "export", "nope", "-o", str(out)]) == 1
    assert "No template “nope”" in capsys.readouterr().err


def test_every_demo_audit_has_a_credible_checklist(demo_store: Store) -> None:
    for audit in demo_store.audits.list():
        sector = demo_store.enterprises.get(audit.enterprise_id).sector
        addons = json.loads(audit.template_addons)
        assert len(addons) == 1 and addons[0].startswith("addon_")
        assert audit.template_code == f"recp_walkthrough+{addons[0]}"
        checklist = cl.AuditChecklist.load(demo_store, audit.id)
        assert checklist is not None and sector in checklist.template.sectors
        total = checklist.completion().total
        assert 0.35 <= total.answered / total.total <= 0.7, (audit.title, total)
        findings = checklist.flagged
        assert len(findings) >= 5
        assert sum(1 for code in findings if checklist.note(code)) >= 4
        assert sum(checklist.photo_counts.values()) >= 2
        linked = checklist.opportunities
        assert linked and all(checklist.is_finding(code) for code in linked)
        assert all(o.audit_id == audit.id for o in linked.values())


def test_demo_photos_are_real_images(demo_store: Store) -> None:
    photos = demo_store.attachments.list()
    assert len(photos) >= 6 and all(p.mime == "image/png" and p.caption for p in photos)
    for kind in ("plate", "gauge", "panel", "door", "machine"):
        data = demo_picture(kind, seed=1)
        assert attachments.check_photo(data, f"{kind}.png") == "image/png"
        assert len(data) < 40_000
