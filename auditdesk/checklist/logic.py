"""What the walk-through screen computes from a template and the answers so far.

``answers`` maps item code → answer: ``"yes"``/``"no"``/``"na"``, a choice
code, a number in the item's ``unit`` (``answers_from_responses`` converts
stored responses), or text. A missing code, ``None`` or ``""`` means not
answered. ``photo_counts`` maps item code → number of photos attached.
Nothing here touches Qt or the store.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from auditdesk.checklist.answers import Answer, format_plain
from auditdesk.checklist.conditions import evaluate, matches
from auditdesk.checklist.template import Template, TemplateItem
from auditdesk.checklist.text import fold

if TYPE_CHECKING:
    from auditdesk.model.entities import Opportunity

Answers = Mapping[str, Answer]

_YES_NO_NA_LABELS: dict[str, tuple[str, str]] = {
    "yes": ("Có", "Yes"),
    "no": ("Không", "No"),
    "na": ("Không áp dụng", "Not applicable"),
}


def visibility(template: Template, answers: Answers) -> dict[str, bool]:
    """Item code → shown. An item is shown when it has no condition or its condition
    holds; a condition only sees the answers of items that are shown themselves,
    so hiding a question also hides the questions that depend on it."""
    shown: dict[str, bool] = {}

    def is_shown(code: str) -> bool:
        if code in shown:
            return shown[code]
        item = template.items_by_code.get(code)
        if item is None:
            return False
        if item.condition is None:
            shown[code] = True
            return True
        shown[code] = False  # a cycle (refused by validation) reads as hidden
        result = evaluate(item.condition, lambda ref: answers.get(ref) if is_shown(ref) else None)
        shown[code] = result
        return result

    for item in template.items:
        is_shown(item.code)
    return shown


def visible_items(template: Template, answers: Answers) -> list[TemplateItem]:
    """The items shown for ``answers``, in template order."""
    shown = visibility(template, answers)
    return [item for item in template.items if shown[item.code]]


def is_answered(item: TemplateItem, answer: Answer, photo_count: int = 0) -> bool:
    """Whether ``item`` has an answer; a photo item counts as answered once it has a photo."""
    if item.answer_type == "photo" and photo_count > 0:
        return True
    return answer is not None and not (isinstance(answer, str) and not answer.strip())


def suggests_finding(item: TemplateItem, answer: Answer) -> bool:
    """Whether ``answer`` is the one the template marks as a likely finding (``finding_hint``)."""
    return item.finding_hint is not None and matches(item.finding_hint, answer)


@dataclass(frozen=True)
class Completion:
    """Counts over the shown items of one area (or of the whole checklist)."""

    answered: int
    required: int
    required_answered: int
    total: int

    @property
    def complete(self) -> bool:
        """Every shown required item is answered."""
        return self.required_answered == self.required

    @property
    def fraction(self) -> float:
        """Answered share of the shown items (1.0 when nothing is shown)."""
        return self.answered / self.total if self.total else 1.0


@dataclass(frozen=True)
class CompletionReport:
    """``by_area`` holds every area of the template, in display order."""

    by_area: dict[str, Completion]
    total: Completion


def completion(
    template: Template, answers: Answers, photo_counts: Mapping[str, int] | None = None
) -> CompletionReport:
    """Answered / required / total per area and overall, counting shown items only
    (a hidden required item does not count)."""
    photos = photo_counts or {}
    counts = {area.code: [0, 0, 0, 0] for area in template.areas_in_order()}
    for item in visible_items(template, answers):
        row = counts.setdefault(item.area, [0, 0, 0, 0])
        done = is_answered(item, answers.get(item.code), photos.get(item.code, 0))
        row[0] += done
        row[1] += item.required
        row[2] += item.required and done
        row[3] += 1
    by_area = {code: Completion(*row) for code, row in counts.items()}
    total = Completion(*(sum(c[i] for c in counts.values()) for i in range(4)))
    return CompletionReport(by_area, total)


# --- filters and search --------------------------------------------------------


@lru_cache(maxsize=4096)
def _search_text(item: TemplateItem) -> str:
    labels = " ".join(f"{c.vi} {c.en}" for c in item.choices)
    return fold(f"{item.code} {item.text_vi} {item.text_en} {labels}")


def matches_search(item: TemplateItem, query: str) -> bool:
    """Every word of ``query`` occurs in the item's code, texts or choices, in either
    language, ignoring case and accents (``"may nen"`` finds ``"máy nén"``)."""
    haystack = _search_text(item)
    return all(word in haystack for word in fold(query).split())


@dataclass(frozen=True)
class ItemFilter:
    """What the walk-through list shows; every criterion set must hold.

    ``findings`` keeps the items flagged as findings and ``with_photos`` the
    items with at least one photo (both need the caller's data, see ``filter_items``).
    """

    unanswered: bool = False
    required: bool = False
    findings: bool = False
    with_photos: bool = False
    area: str = ""
    query: str = ""
    include_hidden: bool = False


def filter_items(
    template: Template,
    answers: Answers,
    item_filter: ItemFilter,
    flagged: Collection[str] = (),
    photo_counts: Mapping[str, int] | None = None,
) -> list[TemplateItem]:
    """The items ``item_filter`` keeps, in template order; ``flagged`` holds the codes
    of the items flagged as findings."""
    photos = photo_counts or {}
    items = template.items if item_filter.include_hidden else visible_items(template, answers)

    def keep(item: TemplateItem) -> bool:
        count = photos.get(item.code, 0)
        return not (
            (item_filter.area and item.area != item_filter.area)
            or (item_filter.required and not item.required)
            or (item_filter.unanswered and is_answered(item, answers.get(item.code), count))
            or (item_filter.findings and item.code not in flagged)
            or (item_filter.with_photos and count <= 0)
            or (item_filter.query and not matches_search(item, item_filter.query))
        )

    return [item for item in items if keep(item)]


# --- findings → opportunities ------------------------------------------------


def answer_label(item: TemplateItem, answer: Answer, lang: str, unit: str = "") -> str:
    """How ``answer`` reads in ``lang``: ``"Không"``, a choice label, ``"7,5 kW"``, text."""
    if answer is None or answer == "":
        return ""
    if item.answer_type == "yes_no_na" and answer in _YES_NO_NA_LABELS:
        vi, en = _YES_NO_NA_LABELS[str(answer)]
        return en if lang == "en" else vi
    if item.answer_type == "choice":
        choice = item.choice(str(answer))
        return choice.label(lang) if choice else str(answer)
    if item.answer_type == "number" and isinstance(answer, int | float):
        return f"{format_plain(float(answer), lang)} {unit or item.unit}".strip()
    return str(answer)


@dataclass(frozen=True)
class OpportunityDraft:
    """An opportunity suggested by a finding, before the auditor edits it."""

    item_code: str
    area_code: str
    area_name: str
    title: str
    description: str
    technique: str
    estimator_id: str

    def to_opportunity(self, audit_id: str) -> Opportunity:
        """A new ``Opportunity`` of ``audit_id`` (its ``area`` is the area code)."""
        from auditdesk.model.entities import Opportunity

        return Opportunity(
            audit_id=audit_id,
            title=self.title,
            description=self.description,
            area=self.area_code,
            technique=self.technique,
            estimator_id=self.estimator_id,
            checklist_item_code=self.item_code,
        )


def draft_opportunity(
    template: Template,
    item_code: str,
    lang: str,
    answer: Answer = None,
    note: str = "",
    unit: str = "",
) -> OpportunityDraft:
    """Pre-fill an opportunity from the finding on ``item_code``, written in ``lang``.

    The title is the item's opportunity title, or else its question without the
    question mark; the description quotes the question, the answer and the
    note. Technique and estimator come from the item (``GH`` and ``custom``
    when it names none). ``KeyError`` if the template has no such item.
    """
    item = template.item(item_code)
    opportunity_title = item.opportunity_en if lang == "en" else item.opportunity_vi
    title = opportunity_title or item.text(lang).rstrip(" ?？")
    area = template.area(item.area)
    lines = [f"{item.code}: {item.text(lang)}"]
    shown = answer_label(item, answer, lang, unit)
    if shown:
        lines[0] += f" → {shown}"
    if note.strip():
        lines.append(note.strip())
    return OpportunityDraft(
        item_code=item.code,
        area_code=item.area,
        area_name=area.name(lang) if area else item.area,
        title=title,
        description="\n".join(lines),
        technique=item.technique or "GH",
        estimator_id=item.estimator or "custom",
    )
