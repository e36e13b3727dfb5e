"""Export to YAML and JSON and the store's rows read back to the same template."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from auditdesk.checklist.conditions import AllOf, Compare
from auditdesk.checklist.template import (
    Template,
    export_template_yaml,
    load_builtin_templates,
    load_template_text,
    merge_templates,
    template_to_entities,
    template_to_json,
)


def test_yaml_round_trip_of_the_sample(sample: Template) -> None:
    text = export_template_yaml(sample)
    assert load_template_text(text) == sample
    assert "condition: {item: A-1, equals: yes}" in text  # readable, one line, no quotes
    assert "units: [hp]" in text


def test_round_trip_of_every_shipped_template_and_their_merge() -> None:
    base, *addons = load_builtin_templates()
    for template in (base, *addons):
        again = load_template_text(export_template_yaml(template), base=base)
        assert again == template
        assert again.items[0].line is not None  # positions come from the new text
    merged = merge_templates(base, addons)
    assert load_template_text(export_template_yaml(merged)) == merged
    assert load_template_text(template_to_json(merged)) == merged


def test_export_changes_when_the_template_changes(sample: Template) -> None:
    from dataclasses import replace

    changed = replace(sample, items=sample.items[:-1])
    assert load_template_text(export_template_yaml(changed)) != sample


def test_store_rows(sample: Template) -> None:
    header, rows = template_to_entities(sample)
    assert (header.code, header.version, header.name_en) == ("sample", "1.0.0", "Sample")
    assert load_template_text(header.body) == sample
    assert [row.seq for row in rows] == list(range(1, len(sample.items) + 1))
    assert all(row.template_id == header.id for row in rows)
    by_code = {row.code: row for row in rows}
    assert json.loads(by_code["A-3"].condition) == {
        "all": [{"item": "A-1", "equals": "yes"}, {"item": "A-2", "gt": 7.5}]}
    assert json.loads(by_code["S-1"].choices)[0] == {"code": "coal", "vi": "Than", "en": "Coal"}
    assert (by_code["A-1"].choices, by_code["A-1"].condition) == ("", "")
    assert by_code["A-2"].required and by_code["A-2"].unit == "kW"


def test_conditions_are_parsed_into_values(sample: Template) -> None:
    assert sample.item("A-3").condition == AllOf(
        (Compare("A-1", "equals", "yes"), Compare("A-2", "gt", 7.5)))
    assert sample.item("S-2").finding_hint == Compare("S-2", "gt", 200)


def test_core_imports_stay_light() -> None:
    """Using the checklist logic pulls in neither Qt nor PyYAML nor pint, nor the entity
    dataclasses (the first window must not build them, see tests/test_architecture.py)."""
    code = (
        "import sys\n"
        "import auditdesk.checklist.logic, auditdesk.checklist.answers\n"
        "import auditdesk.checklist.template\n"
        "heavy = [m for m in ('PySide6', 'yaml', 'pint', 'auditdesk.model.entities')\n"
        "         if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""
