"""Each kind of template mistake gives a problem naming file, item (or position) and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from checklist_samples import HEADER, template_text

from auditdesk.checklist.template import (
    Problem,
    Template,
    TemplateError,
    load_template,
    load_template_text,
    merge_templates,
)

pytestmark = pytest.mark.usefixtures("english")

GOOD_ITEM = """\
- code: A-1
  area: air
  text_vi: Có máy nén khí không?
  text_en: Is there an air compressor?
  answer_type: yes_no_na
"""


def problems_of(text: str, source: str = "bad.yaml", base: Template | None = None) -> list[Problem]:
    with pytest.raises(TemplateError) as caught:
        load_template_text(text, source, base)
    assert caught.value.problems, "a TemplateError must list its problems"
    return caught.value.problems


def only_problem(text: str) -> Problem:
    problems = problems_of(text)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_unknown_field_names_item_field_and_line() -> None:
    problem = only_problem(template_text(GOOD_ITEM + "  colour: red\n"))
    assert (problem.file, problem.part, problem.key, problem.field) == (
        "bad.yaml", "item", "A-1", "colour")
    assert problem.line == 15  # header is 9 lines; "colour" is the item's 6th line
    assert "expected one of" in problem.message


def test_missing_field() -> None:
    text = template_text(GOOD_ITEM.replace("  text_en: Is there an air compressor?\n", ""))
    problem = only_problem(text)
    assert (problem.key, problem.field) == ("A-1", "text_en")
    assert "required" in problem.message


def test_item_without_code_is_named_by_position() -> None:
    text = template_text(GOOD_ITEM + GOOD_ITEM.replace("- code: A-1\n", "- code: ''\n"))
    problem = only_problem(text)
    assert (problem.key, problem.field) == ("#2", "code")


def test_bad_answer_type() -> None:
    problem = only_problem(template_text(GOOD_ITEM.replace("yes_no_na", "yes_no")))
    assert (problem.key, problem.field) == ("A-1", "answer_type")
    assert "yes_no" in problem.message and "yes_no_na" in problem.message


def test_number_without_unit() -> None:
    problem = only_problem(template_text(GOOD_ITEM.replace("yes_no_na", "number")))
    assert (problem.key, problem.field) == ("A-1", "unit")
    assert "unit" in problem.message


def test_unit_on_a_yes_no_item() -> None:
    problem = only_problem(template_text(GOOD_ITEM + "  unit: kW\n"))
    assert (problem.key, problem.field) == ("A-1", "unit")


def test_unit_pint_cannot_read_and_unit_of_another_kind() -> None:
    item = GOOD_ITEM.replace("yes_no_na", "number") + "  unit: m3/h\n  units: [L/s]\n"
    bad_spelling = only_problem(template_text(item))
    assert (bad_spelling.key, bad_spelling.field) == ("A-1", "unit")
    assert "m3/h" in bad_spelling.message
    item = GOOD_ITEM.replace("yes_no_na", "number") + "  unit: kW\n  units: [bar]\n"
    wrong_kind = only_problem(template_text(item))
    assert (wrong_kind.field, "bar" in wrong_kind.message) == ("units", True)


def test_unknown_area() -> None:
    problem = only_problem(template_text(GOOD_ITEM.replace("area: air", "area: roof")))
    assert (problem.key, problem.field) == ("A-1", "area")
    assert "roof" in problem.message


def test_duplicate_code_points_at_first_use() -> None:
    problem = only_problem(template_text(GOOD_ITEM + GOOD_ITEM))
    assert (problem.key, problem.field) == ("A-1", "code")
    assert problem.line == 15
    assert "#1" in problem.message


def test_condition_on_unknown_item() -> None:
    item = GOOD_ITEM.replace("A-1", "A-2") + "  condition: {item: X-9, equals: yes}\n"
    problem = only_problem(template_text(GOOD_ITEM + item))
    assert (problem.key, problem.field) == ("A-2", "condition")
    assert "X-9" in problem.message


def test_condition_on_a_later_item() -> None:
    first = GOOD_ITEM + "  condition: {item: A-2, equals: yes}\n"
    problem = only_problem(template_text(first + GOOD_ITEM.replace("A-1", "A-2")))
    assert (problem.key, problem.field) == ("A-1", "condition")
    assert "later" in problem.message


def test_threshold_on_a_non_number_item() -> None:
    item = GOOD_ITEM.replace("A-1", "A-2") + "  condition: {item: A-1, gt: 7.5}\n"
    problem = only_problem(template_text(GOOD_ITEM + item))
    assert (problem.key, problem.field) == ("A-2", "condition")
    assert "gt" in problem.message and "A-1" in problem.message


def test_condition_value_the_item_never_answers() -> None:
    item = GOOD_ITEM.replace("A-1", "A-2") + "  condition: {item: A-1, equals: maybe}\n"
    problem = only_problem(template_text(GOOD_ITEM + item))
    assert (problem.key, problem.field) == ("A-2", "condition")
    assert "maybe" in problem.message


def test_condition_cycle() -> None:
    first = GOOD_ITEM + "  condition: {item: A-2, equals: yes}\n"
    second = GOOD_ITEM.replace("A-1", "A-2") + "  condition: {item: A-1, equals: no}\n"
    problems = problems_of(template_text(first + second))
    cycles = [p for p in problems if "cycle" in p.message]
    assert len(cycles) == 1
    assert cycles[0].field == "condition"
    assert "A-1 → A-2 → A-1" in cycles[0].message


def test_condition_on_itself_is_a_cycle() -> None:
    problem = only_problem(template_text(GOOD_ITEM + "  condition: {item: A-1, equals: no}\n"))
    assert (problem.key, problem.field) == ("A-1", "condition")
    assert "A-1 → A-1" in problem.message


def test_malformed_condition() -> None:
    problem = only_problem(template_text(GOOD_ITEM + "  condition: {item: A-0, above: 3}\n"))
    assert (problem.key, problem.field) == ("A-1", "condition")
    assert "above" in problem.message


def test_bad_technique() -> None:
    problem = only_problem(template_text(GOOD_ITEM + "  technique: XX\n"))
    assert (problem.key, problem.field) == ("A-1", "technique")
    assert "XX" in problem.message and "GH" in problem.message


def test_bad_estimator() -> None:
    problem = only_problem(template_text(GOOD_ITEM + "  estimator: magic_box\n"))
    assert (problem.key, problem.field) == ("A-1", "estimator")
    assert "magic_box" in problem.message


def test_finding_hint_that_cannot_match() -> None:
    problem = only_problem(template_text(GOOD_ITEM + "  finding_hint: {gt: 3}\n"))
    assert (problem.key, problem.field) == ("A-1", "finding_hint")


def test_choice_item_needs_choices_with_codes() -> None:
    item = GOOD_ITEM.replace("yes_no_na", "choice") + (
        "  choices:\n    - {code: a, vi: A, en: A}\n    - {code: a, vi: B}\n")
    problems = problems_of(template_text(item))
    assert {p.field for p in problems} == {"choices[2].en", "choices[2].code"}
    assert all(p.key == "A-1" for p in problems)


def test_field_written_twice() -> None:
    problem = only_problem(template_text(GOOD_ITEM + "  area: steam\n"))
    assert (problem.key, problem.field, problem.line) == ("A-1", "area", 15)


def test_malformed_yaml_reports_its_line() -> None:
    text = template_text(GOOD_ITEM + "  help_en: [unclosed\n- code: A-2\n")
    problem = only_problem(text)
    assert (problem.file, problem.part) == ("bad.yaml", "yaml")
    assert problem.line is not None and 15 <= problem.line <= 17
    assert "not valid YAML" in problem.message


def test_header_mistakes() -> None:
    text = HEADER.replace('"1.0.0"', "one").replace("kind: base", "kind: basic") + (
        "  - code: A-1\n    area: air\n    text_vi: x\n    text_en: x\n"
        "    answer_type: text\n")
    problems = problems_of(text)
    assert {(p.part, p.field) for p in problems} == {("header", "version"), ("header", "kind")}


def test_every_mistake_is_reported_at_once() -> None:
    items = (
        GOOD_ITEM.replace("yes_no_na", "number")  # no unit
        + GOOD_ITEM.replace("A-1", "A-2").replace("area: air", "area: roof")
        + GOOD_ITEM.replace("A-1", "A-3") + "  technique: XX\n  estimator: magic_box\n"
    )
    problems = problems_of(template_text(items))
    assert {(p.key, p.field) for p in problems} == {
        ("A-1", "unit"), ("A-2", "area"), ("A-3", "technique"), ("A-3", "estimator")}


def test_problem_text_names_file_line_item_and_field() -> None:
    problem = only_problem(template_text(GOOD_ITEM + "  colour: red\n"))
    text = str(problem)
    assert text.startswith("bad.yaml:15: ")
    assert "item A-1" in text and "field “colour”" in text


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        load_template(tmp_path / "missing.yaml")
    assert caught.value.problems[0].file == "missing.yaml"


def test_load_from_path_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(template_text(GOOD_ITEM + "  technique: XX\n"), encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.problems[0].file == "mine.yaml"


# --- add-ons and merging -------------------------------------------------------

ADDON = """\
code: addon_x
version: "1.0.0"
kind: addon
sector: textile
base: sample
name_vi: Bổ sung
name_en: Add-on
areas:
  - {code: dye, name_vi: Nhuộm, name_en: Dyeing, order: 5}
items:
  - code: X-1
    area: dye
    text_vi: Có máy nhuộm jet không?
    text_en: Are there jet dyeing machines?
    answer_type: yes_no_na
    condition: {item: A-1, equals: yes}
  - code: X-2
    area: steam
    text_vi: Có thu hồi nước ngưng không?
    text_en: Is condensate returned?
    answer_type: yes_no_na
"""


def test_addon_references_are_checked_against_the_base(sample: Template) -> None:
    addon = load_template_text(ADDON, "addon.yaml", base=sample)
    merged = merge_templates(sample, [addon])
    assert merged.code == "sample+addon_x" and merged.version == "1.0.0+1.0.0"
    assert [i.code for i in merged.items][-2:] == ["X-1", "X-2"]
    problems = problems_of(ADDON.replace("A-1", "A-99"), "addon.yaml", base=sample)
    assert [(p.file, p.key, p.field) for p in problems] == [("addon.yaml", "X-1", "condition")]


def test_merge_finds_what_an_addon_read_alone_could_not(sample: Template) -> None:
    addon = load_template_text(ADDON.replace("area: steam", "area: roof"), "addon.yaml")
    with pytest.raises(TemplateError) as caught:
        merge_templates(sample, [addon])
    assert [(p.file, p.key, p.field) for p in caught.value.problems] == [
        ("addon.yaml", "X-2", "area")]


def test_merge_refuses_duplicate_codes_and_foreign_addons(sample: Template) -> None:
    clash = load_template_text(ADDON.replace("X-2", "S-4"), "addon.yaml")
    foreign = load_template_text(ADDON.replace("base: sample", "base: other"), "other.yaml")
    with pytest.raises(TemplateError) as caught:
        merge_templates(sample, [clash, foreign])
    found = {(p.file, p.part, p.key, p.field) for p in caught.value.problems}
    assert ("addon.yaml", "item", "S-4", "code") in found
    assert ("other.yaml", "header", "", "base") in found


def test_addon_needs_sector_and_base() -> None:
    text = ADDON.replace("sector: textile\n", "").replace("base: sample\n", "")
    problems = problems_of(text)
    assert {(p.part, p.field) for p in problems} == {("header", "sector"), ("header", "base")}
