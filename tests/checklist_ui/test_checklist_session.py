"""An audit's checklist in the store: starting it, answers saved at once with history,
conditions, completion, findings → opportunities, template versions and imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checklist_ui_helpers import TEMPLATE, AuditFixture, count, make_audit

from auditdesk.checklist.template import TemplateError, export_template_yaml, load_template_text
from auditdesk.store import ReadOnlyError, Store
from auditdesk.store import checklists as cl


def test_starting_a_checklist_records_the_template_version(audit: AuditFixture) -> None:
    store = audit.store
    record = store.audits.get(audit.audit_id)
    assert (record.template_code, record.template_version) == ("plant_walk", "1.0.0")
    assert json.loads(record.template_addons) == []
    row = store.templates.list("code = 'plant_walk'")[0]
    assert store.items.count("template_id = ?", (row.id,)) == 7
    assert [h.op for h in store.history.list(entity="checklist_item", entity_id=row.id)] == [
        "import"]
    with pytest.raises(cl.ChecklistError, match="already has a checklist"):
        cl.start_checklist(store, audit.audit_id, cl.find_entry(store, "plant_walk"))


def test_base_with_sector_addon_is_merged_and_recorded(store: Store) -> None:
    audit_id = make_audit(store, sector="seafood")
    library = cl.template_library(store)
    base = next(e for e in library if e.code == "recp_walkthrough")
    addons = cl.addons_for(library, base.code)
    assert {a.code for a in addons} == {"addon_textile_dyeing", "addon_seafood_food",
                                        "addon_metal_finishing"}
    seafood = [a for a in addons if "seafood" in a.sectors]
    cl.start_checklist(store, audit_id, base, seafood)
    record = store.audits.get(audit_id)
    assert record.template_code == "recp_walkthrough+addon_seafood_food"
    assert record.template_version == "1.0.0+1.0.0"
    assert json.loads(record.template_addons) == ["addon_seafood_food"]
    checklist = cl.AuditChecklist.load(store, audit_id)
    assert checklist is not None and len(checklist.template.items) >= 217 + 20
    assert checklist.template.item("SF-001").area == "refrigeration_cold_storage"


def test_every_answer_is_saved_at_once_with_history(audit: AuditFixture) -> None:
    checklist = audit.checklist()
    outcome = checklist.answer("A-1", "yes", "en")
    assert outcome.saved and set(outcome.shown) == {"A-2", "A-4", "A-5"}
    with Store(audit.path, user="probe", read_only=True) as probe:  # another connection sees it
        response = probe.responses.list("audit_id = ?", (audit.audit_id,))[0]
        assert (response.item_code, response.answer, response.answered_by) == (
            "A-1", "yes", "tester")
    checklist.answer("A-1", "n/a", "en")
    history = audit.store.history.list(entity="checklist_response")
    assert [(h.op, h.field, h.old, h.new) for h in history[:1]] == [
        ("update", "answer", "yes", "na")]


def test_a_number_typed_as_text_saves_nothing(audit: AuditFixture) -> None:
    checklist = audit.checklist()
    checklist.answer("A-1", "yes", "en")
    before = (count(audit.store, "checklist_response"), count(audit.store, "history"))
    outcome = checklist.answer("A-2", "about seven", "en")
    assert not outcome.saved and "not a number" in outcome.error
    outcome = checklist.answer("A-2", "5000", "en")
    assert not outcome.saved and "at most 1,000 kW" in outcome.error
    assert (count(audit.store, "checklist_response"), count(audit.store, "history")) == before
    assert "A-2" not in checklist.answers


def test_numbers_follow_the_language_and_keep_the_chosen_unit(audit: AuditFixture) -> None:
    checklist = audit.checklist()
    checklist.answer("A-1", "yes", "vi")
    assert checklist.answer("A-2", "7,5", "vi").saved
    assert checklist.answers["A-2"] == 7.5 and not checklist.is_shown("A-3")  # 7.5 is not > 7.5
    outcome = checklist.answer("A-2", "20", "en", "hp")  # 20 hp = 14.9 kW
    assert outcome.shown == ("A-3",)
    response = checklist.responses["A-2"]
    assert (response.value, response.unit) == (20.0, "hp")
    assert checklist.answers["A-2"] == pytest.approx(14.914, rel=1e-3)
    assert checklist.label("A-2", "vi") == "20 hp"


def test_conditions_hide_dependent_items_and_completion_counts_shown_ones(
        audit: AuditFixture) -> None:
    checklist = audit.checklist()
    total = checklist.completion().total
    assert (total.answered, total.required, total.required_answered, total.total) == (0, 2, 0, 3)
    checklist.answer("A-1", "yes", "en")
    checklist.answer("A-2", "30", "en")
    assert checklist.is_shown("A-3")
    total = checklist.completion().total
    assert (total.answered, total.required, total.required_answered, total.total) == (2, 3, 2, 7)
    assert not total.complete
    checklist.answer("W-1", "KCN", "en")
    assert checklist.completion().total.complete
    outcome = checklist.answer("A-1", "no", "en")  # A-2 (required) and its followers disappear
    assert set(outcome.hidden) == {"A-2", "A-3", "A-4", "A-5"}
    total = checklist.completion().total
    assert (total.required, total.required_answered, total.complete) == (2, 2, True)
    assert checklist.responses["A-2"].value == 30.0  # a hidden answer is kept, not deleted


def test_a_photo_item_counts_as_answered_once_it_has_a_photo(audit: AuditFixture) -> None:
    from checklist_ui_helpers import picture

    from auditdesk.store import attachments

    checklist = audit.checklist()
    assert checklist.completion().by_area["water"].answered == 0
    attachments.add_photo(audit.store, audit.audit_id, "W-2", picture(1), "meter.png")
    checklist.photos_changed()
    assert checklist.completion().by_area["water"].answered == 1


def test_notes_findings_and_clearing(audit: AuditFixture) -> None:
    checklist = audit.checklist()
    checklist.answer("A-1", "yes", "en")
    checklist.set_note("A-4", "  loud hiss at the dryer  ")
    checklist.set_finding("A-4", True)
    again = audit.checklist()
    assert again.note("A-4") == "loud hiss at the dryer" and again.is_finding("A-4")
    assert again.flagged == {"A-4"}
    checklist.answer("A-1", "", "en")  # cleared, and nothing else on it: the row goes
    assert "A-1" not in checklist.responses
    assert audit.store.responses.count("item_code = 'A-1'") == 0
    assert audit.store.history.list(entity="checklist_response", limit=1)[0].op == "delete"
    checklist.set_finding("A-4", False)
    checklist.set_note("A-4", "")
    assert audit.store.responses.count() == 0


def test_a_finding_becomes_an_opportunity_in_one_action(audit: AuditFixture) -> None:
    store = audit.store
    checklist = audit.checklist()
    checklist.answer("A-1", "yes", "en")
    assert checklist.answer("A-4", "yes", "en").finding_suggested
    checklist.set_note("A-4", "Hiss at the quick couplings of line 2")
    opportunity = checklist.create_opportunity("A-4", "en")
    stored = store.opportunities.get(opportunity.id)
    assert (stored.audit_id, stored.area, stored.title, stored.technique, stored.estimator_id,
            stored.checklist_item_code) == (audit.audit_id, "air", "Repair the air leaks", "GH",
                                            "compressed_air_leaks", "A-4")
    assert "Are air leaks audible? → Yes" in stored.description
    assert "quick couplings" in stored.description
    assert checklist.is_finding("A-4")  # turning it into an opportunity flags it
    assert audit.checklist().opportunities["A-4"].id == opportunity.id
    with pytest.raises(cl.ChecklistError, match="already the opportunity"):
        checklist.create_opportunity("A-4", "en")
    assert store.opportunities.count() == 1
    checklist.answer("A-3", "", "en")
    vi = checklist.create_opportunity("A-1", "vi")  # no opportunity title: the question is used
    assert (vi.title, vi.technique, vi.estimator_id) == ("Có máy nén khí không", "GH", "custom")


def test_opportunities_from_findings_are_numbered_like_the_registers(
        audit: AuditFixture) -> None:
    """The first gets "01" (as the register's Add would), the next follow the habit."""
    from auditdesk.store.estimates import next_code

    store = audit.store
    checklist = audit.checklist()
    first = checklist.create_opportunity("A-4", "en")
    assert first.code == "01"
    store.opportunities.update(first.id, code="KN-07")
    assert checklist.create_opportunity("A-1", "en").code == "KN-08" == next_code(["KN-07"])


def test_a_new_template_version_never_changes_answers_given(audit: AuditFixture) -> None:
    store = audit.store
    checklist = audit.checklist()
    checklist.answer("A-1", "yes", "en")
    same = cl.import_template(store, TEMPLATE, "again.yaml")
    assert same[1] is False  # the same file again: nothing new
    changed = TEMPLATE.replace("Is there an air compressor?", "Any air compressor on site?")
    rows = count(store, "checklist_template")
    with pytest.raises(cl.ChecklistError, match="new version number"):
        cl.import_template(store, changed, "edited.yaml")
    assert count(store, "checklist_template") == rows
    newer = changed.replace('version: "1.0.0"', 'version: "1.1.0"')
    row, created = cl.import_template(store, newer, "v11.yaml")
    assert created and row.version == "1.1.0"
    library = [e for e in cl.template_library(store) if e.code == "plant_walk"]
    assert [e.version for e in library] == ["1.1.0", "1.0.0"]
    assert cl.find_entry(store, "plant_walk").version == "1.1.0"
    reloaded = audit.checklist()
    assert reloaded.template.version == "1.0.0"
    assert reloaded.template.item("A-1").text_en == "Is there an air compressor?"
    assert reloaded.answers == {"A-1": "yes"}


def test_addons_are_checked_against_their_base_on_import(store: Store) -> None:
    addon = """\
code: extra
version: "1.0.0"
kind: addon
sector: textile
base: plant_walk
name_vi: Bổ sung
name_en: Extra
areas: []
items:
  - {code: X-1, area: air, text_vi: Có?, text_en: Any?, answer_type: yes_no_na,
     condition: {item: A-9, equals: yes}}
"""
    with pytest.raises(cl.ChecklistError, match="Import “plant_walk” first"):
        cl.import_template(store, addon, "extra.yaml")
    cl.import_template(store, TEMPLATE, "plant_walk.yaml")
    with pytest.raises(TemplateError) as error:
        cl.import_template(store, addon, "extra.yaml")
    assert any(p.key == "X-1" and p.field == "condition" for p in error.value.problems)
    _row, created = cl.import_template(store, addon.replace("A-9", "A-1"), "extra.yaml")
    assert created and cl.addons_for(cl.template_library(store), "plant_walk")[0].code == "extra"


def test_a_malformed_template_names_each_mistake_and_stores_nothing(store: Store) -> None:
    bad = TEMPLATE.replace("unit: kW\n", "unit: kilowattz\n").replace(
        "answer_type: text", "answer_type: essay")
    before = count(store, "checklist_template"), count(store, "checklist_item")
    with pytest.raises(TemplateError) as error:
        cl.import_template(store, bad, "office.yaml")
    where = {(p.file, p.key, p.field) for p in error.value.problems}
    assert {("office.yaml", "A-2", "unit"), ("office.yaml", "W-1", "answer_type")} <= where
    assert all(p.line for p in error.value.problems)
    with pytest.raises(TemplateError):
        cl.import_template(store, "code: [unclosed", "broken.yaml")
    assert (count(store, "checklist_template"), count(store, "checklist_item")) == before


def test_a_shipped_template_cannot_be_replaced_by_an_edited_copy(store: Store) -> None:
    shipped = cl.shipped_templates()[0]
    edited = export_template_yaml(shipped).replace(
        "Does the enterprise own its transformer substation?", "Own substation?")
    with pytest.raises(cl.ChecklistError, match="shipped with AuditDesk"):
        cl.import_template(store, edited, "copy.yaml")


def test_export_of_an_audit_checklist_reads_back_equal(audit: AuditFixture,
                                                       tmp_path: Path) -> None:
    template = audit.checklist().template
    assert load_template_text(export_template_yaml(template)) == template


def test_a_read_only_store_shows_answers_but_writes_nothing(audit: AuditFixture) -> None:
    audit.checklist().answer("A-1", "yes", "en")
    with Store(audit.path, user="other", read_only=True) as second:
        checklist = cl.AuditChecklist.load(second, audit.audit_id)
        assert checklist is not None and checklist.read_only
        assert checklist.label("A-1", "vi") == "Có"
        with pytest.raises(ReadOnlyError):
            checklist.answer("A-1", "no", "en")
    assert audit.checklist().answers["A-1"] == "yes"


def test_an_audit_without_a_checklist_loads_as_none(store: Store) -> None:
    assert cl.AuditChecklist.load(store, make_audit(store)) is None


def test_version_order() -> None:
    versions = ["1.0.0", "1.10.0", "1.9.2", "1.10.0-rc1", "2.0", "1.0.0+1.0.0"]
    assert sorted(versions, key=cl.version_key)[-3:] == ["1.10.0-rc1", "1.10.0", "2.0"]


def test_stored_bodies_read_back_equal_through_the_fast_path() -> None:
    from auditdesk.checklist.template import merge_templates, template_to_json

    base, *addons = cl.shipped_templates()
    for template in (base, *addons, *(merge_templates(base, [a]) for a in addons)):
        body = template_to_json(template)
        assert cl.template_from_body(body) == load_template_text(body) == template
    yaml_body = export_template_yaml(base)  # a body that is not JSON still loads
    assert cl.template_from_body(yaml_body) == base
