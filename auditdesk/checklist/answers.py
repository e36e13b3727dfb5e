"""Typed answers to checklist items: what the auditor types → a checked value.

Numbers follow the language's marks (Vietnamese ``1.234,5``, English
``1,234.5``) and forgive the other decimal mark when it cannot be a thousands
separator (``1.5`` in Vietnamese is 1.5; ``1.500`` is 1500). Answers of yes/no
items are the codes ``yes``, ``no``, ``na``; of choice items the choice code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditdesk.checklist import units
from auditdesk.checklist.template import Template, TemplateItem
from auditdesk.checklist.text import fill, fold
from auditdesk.i18n import format_number, translate

if TYPE_CHECKING:
    from auditdesk.model.entities import ChecklistResponse

Answer = str | float | None

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_NUMBER_CHARS = re.compile(r"^[0-9.,]*[0-9][0-9.,]*$")
_YES_NO_NA_WORDS: dict[str, str] = {
    **dict.fromkeys(("yes", "y", "co", "c", "true", "x"), "yes"),
    **dict.fromkeys(("no", "n", "khong", "k", "false"), "no"),
    **dict.fromkeys(("na", "n/a", "n.a.", "-", "khong ap dung", "kad"), "na"),
}


def _is_grouped(digits: str, mark: str) -> bool:
    """``1.234.567`` style: 1–3 digits (not a leading 0), then groups of three."""
    groups = digits.split(mark)
    return (
        len(groups) > 1
        and 1 <= len(groups[0]) <= 3
        and not groups[0].startswith("0")
        and all(len(g) == 3 for g in groups[1:])
    )


def parse_number(text: str, lang: str) -> float | None:
    """The number in ``text`` written the ``lang`` way (``"vi"`` or ``"en"``); ``None`` if none.

    Vietnamese: decimal comma, thousands dot (``1.234,5``). English: the reverse.
    Spaces may group thousands; a leading ``+``/``-``/``−`` sets the sign.
    """
    body = _SPACES.sub("", text).replace("−", "-")
    sign = -1.0 if body.startswith("-") else 1.0
    body = body[1:] if body[:1] in "+-" else body
    if not _NUMBER_CHARS.match(body):
        return None
    decimal_mark, thousands_mark = (",", ".") if lang == "vi" else (".", ",")
    if "." in body and "," in body:
        decimal_mark = "." if body.rfind(".") > body.rfind(",") else ","
        thousands_mark = "," if decimal_mark == "." else "."
        whole, _, fraction = body.rpartition(decimal_mark)
        if decimal_mark in whole or not _is_grouped(whole, thousands_mark):
            return None
    elif body.count(".") + body.count(",") > 1:
        mark = "." if "." in body else ","
        if not _is_grouped(body, mark):
            return None
        whole, fraction, thousands_mark = body, "", mark
    elif thousands_mark in body and _is_grouped(body, thousands_mark):
        whole, fraction = body, ""
    else:  # one mark that can only be decimal, or none
        whole, _, fraction = body.replace(",", ".").partition(".")
        thousands_mark = ""
    digits = (whole.replace(thousands_mark, "") if thousands_mark else whole) or "0"
    return sign * float(f"{digits}.{fraction or '0'}")


def format_plain(value: float, lang: str) -> str:
    """``value`` with the language's marks and no trailing zeros (up to 6 decimals)."""
    decimals = 0
    while decimals < 6 and round(value, decimals) != value:
        decimals += 1
    return format_number(value, decimals, lang)


@dataclass(frozen=True)
class ParsedAnswer:
    """The outcome of ``parse_answer``.

    ``value``: ``None`` for an empty answer or an error; ``"yes"``/``"no"``/``"na"``,
    a choice code, a float (in ``unit``) or text. ``error``: a translated
    message to show beside the field, ``""`` when the answer is fine.
    """

    value: Answer
    unit: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def parse_answer(item: TemplateItem, text: str, lang: str, unit: str | None = None) -> ParsedAnswer:
    """Check what the auditor typed for ``item``; ``lang`` decides how numbers are read.

    For number items ``unit`` is the unit the auditor chose (``item.unit`` or
    one of ``item.units``); ``min``/``max`` are checked after converting to
    ``item.unit``, but the value is returned in the chosen unit. Text and photo
    items (a caption) keep the stripped text. Empty text is no answer, not an error.
    """
    text = text.strip()
    if not text:
        is_number = item.answer_type == "number"
        return ParsedAnswer(None, (unit or item.unit) if is_number else "")
    if item.answer_type == "yes_no_na":
        code = _YES_NO_NA_WORDS.get(fold(text))
        if code is None:
            return ParsedAnswer(None, error=translate("Checklist", "Answer yes, no or n/a."))
        return ParsedAnswer(code)
    if item.answer_type == "choice":
        wanted = fold(text)
        for choice in item.choices:
            if wanted in (fold(choice.code), fold(choice.vi), fold(choice.en)):
                return ParsedAnswer(choice.code)
        labels = ", ".join(choice.label(lang) for choice in item.choices)
        return ParsedAnswer(
            None,
            error=fill(translate("Checklist", "“%1” is not one of the choices: %2."), text, labels),
        )
    if item.answer_type == "number":
        return _parse_number_answer(item, text, lang, unit or item.unit)
    return ParsedAnswer(text)


def _parse_number_answer(item: TemplateItem, text: str, lang: str, unit: str) -> ParsedAnswer:
    if unit != item.unit and unit not in item.units:
        return ParsedAnswer(
            None,
            unit,
            fill(
                translate("Checklist", "“%1” is not a unit of this item; use %2."),
                unit,
                ", ".join((item.unit, *item.units)),
            ),
        )
    value = parse_number(text, lang)
    if value is None:
        example = format_number(1234.5, 1, lang)
        return ParsedAnswer(
            None,
            unit,
            fill(translate("Checklist", "“%1” is not a number (write it like %2)."), text, example),
        )
    in_item_unit = units.convert(value, unit, item.unit)
    if item.minimum is not None and in_item_unit < item.minimum:
        limit = format_plain(item.minimum, lang)
        return ParsedAnswer(
            None, unit, fill(translate("Checklist", "Must be at least %1 %2."), limit, item.unit)
        )
    if item.maximum is not None and in_item_unit > item.maximum:
        limit = format_plain(item.maximum, lang)
        return ParsedAnswer(
            None, unit, fill(translate("Checklist", "Must be at most %1 %2."), limit, item.unit)
        )
    return ParsedAnswer(value, unit)


def answers_from_responses(
    template: Template, responses: Iterable[ChecklistResponse]
) -> dict[str, Answer]:
    """The answer mapping the logic functions take, from stored responses.

    Number answers come from ``value`` converted to the item's unit; others
    from ``answer``. Responses to items not in ``template`` are left out.
    Raises ``ValueError`` when a stored unit cannot be converted to the item's.
    """
    answers: dict[str, Answer] = {}
    for response in responses:
        item = template.items_by_code.get(response.item_code)
        if item is None:
            continue
        if item.answer_type == "number":
            if response.value is not None:
                answers[item.code] = units.convert(
                    response.value, response.unit or item.unit, item.unit
                )
        elif response.answer.strip():
            answers[item.code] = response.answer.strip()
    return answers


def flagged_findings(responses: Iterable[ChecklistResponse]) -> set[str]:
    """Codes of the items the auditor flagged as findings."""
    return {response.item_code for response in responses if response.finding}
