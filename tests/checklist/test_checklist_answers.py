"""Typed answers: numbers in Vietnamese and English, yes/no words, choices, units, ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditdesk.checklist.answers import (
    answers_from_responses,
    flagged_findings,
    parse_answer,
    parse_number,
)
from auditdesk.checklist.template import Template
from auditdesk.i18n import format_number
from auditdesk.model.entities import ChecklistResponse


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1,5", "vi", 1.5),
        ("1.234,5", "vi", 1234.5),
        ("1.234", "vi", 1234.0),  # a thousands dot in Vietnamese
        ("1.234.567", "vi", 1234567.0),
        ("1.5", "vi", 1.5),  # cannot be thousands: read as a decimal point
        ("0.75", "vi", 0.75),
        ("-2,5", "vi", -2.5),
        ("1 234,5", "vi", 1234.5),
        ("1,234", "en", 1234.0),  # the same text means another number in English
        ("1,234.5", "en", 1234.5),
        ("1.5", "en", 1.5),
        ("1,5", "en", 1.5),  # cannot be thousands: read as a decimal comma
        ("−7", "en", -7.0),  # a typographic minus
        (".5", "en", 0.5),
        ("+12", "en", 12.0),
        ("7", "vi", 7.0),
    ],
)
def test_parse_number(text: str, lang: str, expected: float) -> None:
    assert parse_number(text, lang) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.2.3,4", "12a", "1e3", "--5", "1.23.456",
                                  "7,5 kW"])
def test_parse_number_refuses(text: str) -> None:
    assert parse_number(text, "vi") is None
    assert parse_number(text, "en") is None


@given(value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
       decimals=st.integers(min_value=0, max_value=4), lang=st.sampled_from(["vi", "en"]))
def test_numbers_read_back_as_the_app_writes_them(value: float, decimals: int, lang: str) -> None:
    written = format_number(value, decimals, lang)
    assert parse_number(written, lang) == pytest.approx(float(f"{value:.{decimals}f}"))


def test_number_answer_in_vietnamese_and_english(sample: Template) -> None:
    item = sample.item("A-2")
    assert parse_answer(item, "7,5", "vi").value == 7.5
    assert parse_answer(item, "7.5", "en").value == 7.5
    assert parse_answer(item, "1.000", "vi").value == 1000.0
    assert parse_answer(item, " ", "vi").value is None and parse_answer(item, "", "vi").ok


def test_text_in_a_number_field_is_refused_with_a_message(sample: Template, english: None) -> None:
    parsed = parse_answer(sample.item("A-2"), "khoảng 30", "en")
    assert parsed.value is None and not parsed.ok
    assert "“khoảng 30” is not a number" in parsed.error
    assert "1,234.5" in parsed.error  # shows how to write a number in English


def test_number_range_is_checked_in_the_item_unit(sample: Template, english: None) -> None:
    item = sample.item("A-2")  # kW, 0 to 1000, other unit hp
    assert parse_answer(item, "1,200", "en").error == "Must be at most 1,000 kW."
    assert parse_answer(item, "-1", "en").error == "Must be at least 0 kW."
    in_hp = parse_answer(item, "1200", "en", unit="hp")  # 1200 hp ≈ 895 kW: allowed
    assert (in_hp.value, in_hp.unit, in_hp.ok) == (1200.0, "hp", True)
    assert not parse_answer(item, "1400", "en", unit="hp").ok  # ≈ 1044 kW
    wrong_unit = parse_answer(item, "5", "en", unit="bar")
    assert "bar" in wrong_unit.error and "kW, hp" in wrong_unit.error


def test_number_range_message_uses_the_language_marks(sample: Template, english: None) -> None:
    assert parse_answer(sample.item("A-2"), "1500,5", "vi").error == "Must be at most 1.000 kW."


@pytest.mark.parametrize(
    ("text", "expected"),
    [("yes", "yes"), ("Có", "yes"), ("co", "yes"), ("Y", "yes"), ("không", "no"), ("K", "no"),
     ("no", "no"), ("n/a", "na"), ("Không áp dụng", "na"), ("NA", "na")],
)
def test_yes_no_na_words(sample: Template, text: str, expected: str) -> None:
    assert parse_answer(sample.item("A-1"), text, "vi").value == expected


def test_yes_no_na_refuses_other_words(sample: Template, english: None) -> None:
    assert parse_answer(sample.item("A-1"), "maybe", "en").error == "Answer yes, no or n/a."


def test_choice_by_code_or_label_in_either_language(sample: Template, english: None) -> None:
    item = sample.item("S-1")
    assert parse_answer(item, "coal", "vi").value == "coal"
    assert parse_answer(item, "Sinh khoi", "vi").value == "biomass"
    assert parse_answer(item, "GAS", "en").value == "gas"
    refused = parse_answer(item, "oil", "en")
    assert refused.error == "“oil” is not one of the choices: Coal, Biomass, Gas, No boiler."


def test_text_answers_are_kept(sample: Template) -> None:
    assert parse_answer(sample.item("S-4"), "  Lò cũ, đang sửa  ", "vi").value == "Lò cũ, đang sửa"


def test_answers_from_responses_convert_to_the_item_unit(sample: Template) -> None:
    responses = [
        ChecklistResponse(item_code="A-1", answer="yes"),
        ChecklistResponse(item_code="A-2", value=10.0, unit="hp"),
        ChecklistResponse(item_code="S-2", value=392.0, unit="°F", finding=True),
        ChecklistResponse(item_code="S-4", answer="   "),
        ChecklistResponse(item_code="GONE-1", answer="yes"),
    ]
    answers = answers_from_responses(sample, responses)
    assert set(answers) == {"A-1", "A-2", "S-2"}
    assert answers["A-2"] == pytest.approx(7.457, abs=1e-3)
    assert answers["S-2"] == pytest.approx(200.0)
    assert flagged_findings(responses) == {"S-2"}
