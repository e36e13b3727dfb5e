"""Visibility, completion, filters, search and opportunity drafts on the sample template."""

from __future__ import annotations

import pytest

from auditdesk.checklist.logic import (
    ItemFilter,
    completion,
    draft_opportunity,
    filter_items,
    matches_search,
    suggests_finding,
    visibility,
    visible_items,
)
from auditdesk.checklist.template import Template


def shown(template: Template, answers: dict[str, object]) -> list[str]:
    return [item.code for item in visible_items(template, answers)]  # type: ignore[arg-type]


# --- conditions ------------------------------------------------------------------


def test_items_without_answers_show_only_unconditional_items(sample: Template) -> None:
    assert shown(sample, {}) == ["A-1", "S-1", "S-4"]


def test_equals_opens_the_dependent_items(sample: Template) -> None:
    assert shown(sample, {"A-1": "yes"}) == ["A-1", "A-2", "A-4", "A-5", "S-1", "S-4"]
    assert shown(sample, {"A-1": "no"}) == ["A-1", "S-1", "S-4"]
    assert shown(sample, {"A-1": "na"}) == ["A-1", "S-1", "S-4"]


def test_threshold_is_strict_for_gt(sample: Template) -> None:
    assert "A-3" not in shown(sample, {"A-1": "yes", "A-2": 7.5})
    assert "A-3" in shown(sample, {"A-1": "yes", "A-2": 7.6})


def test_threshold_reads_a_number_stored_as_text(sample: Template) -> None:
    assert "A-3" in shown(sample, {"A-1": "yes", "A-2": "30"})
    assert "A-3" not in shown(sample, {"A-1": "yes", "A-2": "a lot"})


def test_in_matches_any_listed_choice(sample: Template) -> None:
    assert "S-2" in shown(sample, {"S-1": "biomass"})
    assert "S-2" not in shown(sample, {"S-1": "none"})


def test_any_holds_when_one_part_holds(sample: Template) -> None:
    assert "S-3" not in shown(sample, {"S-1": "gas", "S-2": 150})
    assert "S-3" in shown(sample, {"S-1": "gas", "S-2": 180})  # ge includes the limit
    assert "S-3" in shown(sample, {"S-1": "coal"})  # the other branch alone


def test_hidden_item_hides_its_dependants_even_with_stale_answers(sample: Template) -> None:
    stale = {"A-1": "no", "A-2": 30.0, "A-3": "no"}
    assert visibility(sample, stale)["A-3"] is False
    # S-3 via S-2: S-2 hidden when there is no boiler, so its old 250 °C no longer counts.
    assert "S-3" not in shown(sample, {"S-1": "none", "S-2": 250})


# --- completion --------------------------------------------------------------------


def test_completion_with_nothing_answered(sample: Template) -> None:
    report = completion(sample, {})
    assert (report.total.answered, report.total.required, report.total.total) == (0, 2, 3)
    assert list(report.by_area) == ["air", "steam"]
    assert report.by_area["air"].total == 1 and not report.total.complete


def test_completion_counts_only_shown_items(sample: Template) -> None:
    answers = {"A-1": "yes", "S-1": "gas", "S-2": 150.0}
    report = completion(sample, answers)
    air, steam = report.by_area["air"], report.by_area["steam"]
    assert (air.answered, air.required, air.required_answered, air.total) == (1, 2, 1, 4)
    assert (steam.answered, steam.required, steam.required_answered, steam.total) == (2, 1, 1, 3)
    assert (report.total.answered, report.total.required, report.total.total) == (3, 3, 7)


def test_hidden_required_item_does_not_count_until_shown(sample: Template) -> None:
    cool = completion(sample, {"S-1": "gas", "S-2": 150.0}).by_area["steam"]
    hot = completion(sample, {"S-1": "gas", "S-2": 190.0}).by_area["steam"]
    assert cool.required == 1 and cool.complete
    assert hot.required == 2 and not hot.complete


def test_photo_item_is_answered_by_a_photo(sample: Template) -> None:
    answers = {"A-1": "yes"}
    assert completion(sample, answers).by_area["air"].answered == 1
    assert completion(sample, answers, {"A-5": 2}).by_area["air"].answered == 2


def test_blank_text_is_not_an_answer(sample: Template) -> None:
    assert completion(sample, {"S-4": "   "}).total.answered == 0
    assert completion(sample, {"S-4": "đã kiểm tra"}).total.answered == 1


def test_fraction_of_an_area_with_nothing_shown_is_complete() -> None:
    from auditdesk.checklist.logic import Completion

    assert Completion(0, 0, 0, 0).fraction == 1.0
    assert Completion(1, 0, 0, 4).fraction == 0.25


# --- findings, filters and search ----------------------------------------------------


def test_finding_hints(sample: Template) -> None:
    assert suggests_finding(sample.item("A-4"), "yes")
    assert not suggests_finding(sample.item("A-4"), "no")
    assert suggests_finding(sample.item("S-2"), 250.0)
    assert not suggests_finding(sample.item("S-2"), 200.0)
    assert not suggests_finding(sample.item("S-2"), None)
    assert not suggests_finding(sample.item("A-1"), "no")  # no hint at all


def codes(items: list) -> list[str]:  # type: ignore[type-arg]
    return [item.code for item in items]


def test_filter_unanswered_and_required(sample: Template) -> None:
    answers = {"A-1": "yes"}
    assert codes(filter_items(sample, answers, ItemFilter(unanswered=True))) == [
        "A-2", "A-4", "A-5", "S-1", "S-4"]
    assert codes(filter_items(sample, answers, ItemFilter(required=True))) == ["A-1", "A-2", "S-1"]
    assert codes(filter_items(sample, answers, ItemFilter(unanswered=True, required=True))) == [
        "A-2", "S-1"]


def test_filter_findings_photos_and_area(sample: Template) -> None:
    answers = {"A-1": "yes", "A-4": "yes"}
    assert codes(filter_items(sample, answers, ItemFilter(findings=True), flagged={"A-4"})) == [
        "A-4"]
    assert codes(filter_items(sample, answers, ItemFilter(with_photos=True),
                              photo_counts={"A-5": 1, "A-1": 0})) == ["A-5"]
    assert codes(filter_items(sample, answers, ItemFilter(area="steam"))) == ["S-1", "S-4"]
    assert codes(filter_items(sample, {}, ItemFilter(area="steam", include_hidden=True))) == [
        "S-1", "S-2", "S-3", "S-4"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("may nen", ["A-1", "A-2", "A-3", "A-5"]),  # no accents typed
        ("MÁY NÉN", ["A-1", "A-2", "A-3", "A-5"]),
        ("nén", ["A-1", "A-2", "A-3", "A-4", "A-5"]),
        ("compressor power", ["A-2"]),  # English, every word must occur
        ("lo hoi", ["S-1", "S-4"]),
        ("đốt", ["S-1"]),
        ("dot", ["S-1"]),
        ("khí đốt", ["S-1"]),  # a choice label
        ("s-2", ["S-2"]),  # the code
        ("ro ri", ["A-4"]),
        ("steam turbine", []),
    ],
)
def test_search_both_languages_without_accents(sample: Template, query: str,
                                               expected: list[str]) -> None:
    assert [item.code for item in sample.items if matches_search(item, query)] == expected


def test_search_as_a_filter_skips_hidden_items(sample: Template) -> None:
    assert codes(filter_items(sample, {}, ItemFilter(query="may nen"))) == ["A-1"]


# --- opportunity drafts ------------------------------------------------------------------


def test_draft_uses_the_opportunity_title_in_the_chosen_language(sample: Template) -> None:
    vi = draft_opportunity(sample, "A-4", "vi", "yes", note="  Rò ở khớp nối xưởng 2 ")
    en = draft_opportunity(sample, "A-4", "en", "yes")
    assert (vi.title, en.title) == ("Sửa rò rỉ khí nén", "Repair the air leaks")
    assert (vi.area_code, vi.area_name, en.area_name) == ("air", "Khí nén", "Compressed air")
    assert (vi.technique, vi.estimator_id) == ("GH", "compressed_air_leaks")
    assert vi.description == "A-4: Có nghe thấy rò rỉ khí nén không? → Có\nRò ở khớp nối xưởng 2"
    assert en.description == "A-4: Are air leaks audible? → Yes"


def test_draft_title_falls_back_to_the_item_text(sample: Template) -> None:
    draft = draft_opportunity(sample, "S-2", "vi", 245.5)
    assert draft.title == "Nhiệt độ khói thải"
    assert draft.description.endswith("→ 245,5 °C")
    assert (draft.technique, draft.estimator_id) == ("EM", "feedwater_economizer")
    question = draft_opportunity(sample, "A-1", "en", "no")
    assert question.title == "Is there an air compressor"
    assert (question.technique, question.estimator_id) == ("GH", "custom")


def test_draft_becomes_a_valid_opportunity(sample: Template) -> None:
    opportunity = draft_opportunity(sample, "S-1", "en", "coal").to_opportunity("audit-1")
    assert opportunity.validate() == {}
    assert (opportunity.audit_id, opportunity.checklist_item_code) == ("audit-1", "S-1")
    assert opportunity.description == "S-1: Boiler fuel → Coal"
    assert opportunity.area == "steam"


def test_draft_of_an_unknown_item(sample: Template) -> None:
    with pytest.raises(KeyError):
        draft_opportunity(sample, "Z-9", "vi")
