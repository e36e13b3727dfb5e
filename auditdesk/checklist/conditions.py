"""Show-when conditions of checklist items, and finding hints.

A condition decides whether an item is shown, from the answers to other items:

    {item: BS-001, equals: yes}            # one answer
    {item: BS-003, in: [coal, biomass]}    # one of several answers
    {item: MP-004, gt: 7.5}                # gt | ge | lt | le: a number item's value
    {all: [<condition>, ...]}              # every one holds
    {any: [<condition>, ...]}              # at least one holds

A finding hint uses the same grammar for the item's own answer, without
``item``: ``no`` (equals), ``[no, na]`` (in) or ``{lt: 0.9}``.

Numbers in conditions are in the referenced item's ``unit``. This module only
knows shapes; which items exist and what they answer is checked in
``auditdesk.checklist.validation``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeAlias

from auditdesk.checklist.text import fill
from auditdesk.i18n import translate

COMPARISONS: tuple[str, ...] = ("gt", "ge", "lt", "le")
OPERATORS: tuple[str, ...] = ("equals", "in", *COMPARISONS)

Scalar: TypeAlias = str | int | float
Report: TypeAlias = Callable[[str], None]  # receives a translated message


@dataclass(frozen=True)
class Compare:
    """One test of an item's answer: ``op`` is one of ``OPERATORS``.

    ``value`` is a tuple for ``in``, a number for the comparisons, else a scalar.
    """

    item: str
    op: str
    value: Scalar | tuple[Scalar, ...]


@dataclass(frozen=True)
class AllOf:
    """True when every one of ``conditions`` holds."""

    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    """True when at least one of ``conditions`` holds."""

    conditions: tuple[Condition, ...]


Condition: TypeAlias = Compare | AllOf | AnyOf


def is_number(value: object) -> bool:
    """An int or float, but not a bool (YAML's ``true`` is not a number)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_scalar(value: object) -> bool:
    return isinstance(value, str) or is_number(value)


def _parse_operand(op: str, value: object, report: Report) -> Scalar | tuple[Scalar, ...] | None:
    """Check the value of one operator; ``None`` when it is unusable."""
    if op in COMPARISONS:
        if not is_number(value):
            report(fill(translate("Checklist", "“%1” needs a number, not “%2”."), op, value))
            return None
        return value  # type: ignore[return-value]
    if op == "in":
        if not isinstance(value, list) or not value or not all(_is_scalar(v) for v in value):
            report(translate("Checklist", "“in” needs a list of answers, such as [no, na]."))
            return None
        return tuple(value)
    if not _is_scalar(value):
        report(translate("Checklist", "“equals” needs one answer, such as yes."))
        return None
    return value  # type: ignore[return-value]


def parse_condition(data: object, report: Report) -> Condition | None:
    """Read a condition from parsed YAML; report each mistake, return ``None`` if unusable."""
    if not isinstance(data, Mapping):
        report(
            translate(
                "Checklist", "A condition must be a mapping such as {item: BS-001, equals: yes}."
            )
        )
        return None
    for group, kind in (("all", AllOf), ("any", AnyOf)):
        if group not in data:
            continue
        if len(data) != 1:
            report(fill(translate("Checklist", "“%1” must stand alone in its condition."), group))
            return None
        parts = data[group]
        if not isinstance(parts, list) or not parts:
            report(fill(translate("Checklist", "“%1” needs a list of conditions."), group))
            return None
        parsed = [parse_condition(part, report) for part in parts]
        if any(part is None for part in parsed):
            return None
        return kind(tuple(p for p in parsed if p is not None))
    item = data.get("item")
    if not isinstance(item, str) or not item:
        report(
            translate(
                "Checklist",
                "A condition needs “item” (the code of an earlier item), or “all”/“any”.",
            )
        )
        return None
    ops = [key for key in data if key != "item"]
    unknown = [key for key in ops if key not in OPERATORS]
    if unknown:
        report(
            fill(
                translate("Checklist", "Unknown condition key “%1”; use one of: %2."),
                unknown[0],
                ", ".join(OPERATORS),
            )
        )
        return None
    if len(ops) != 1:
        report(
            fill(
                translate("Checklist", "A condition on an item needs exactly one of: %1."),
                ", ".join(OPERATORS),
            )
        )
        return None
    op = ops[0]
    value = _parse_operand(op, data[op], report)
    return None if value is None else Compare(item, op, value)


def parse_finding_hint(data: object, item_code: str, report: Report) -> Compare | None:
    """Read a finding hint (``no``, ``[no, na]`` or ``{lt: 0.9}``) about the item's own answer."""
    if isinstance(data, Mapping):
        if len(data) != 1 or next(iter(data)) not in OPERATORS:
            report(
                fill(
                    translate("Checklist", "A finding hint mapping needs exactly one of: %1."),
                    ", ".join(OPERATORS),
                )
            )
            return None
        op, raw = next(iter(data.items()))
    elif isinstance(data, list):
        op, raw = "in", data
    else:
        op, raw = "equals", data
    value = _parse_operand(op, raw, report)
    return None if value is None else Compare(item_code, op, value)


def condition_to_data(condition: Condition) -> dict[str, object]:
    """The YAML/JSON shape of ``condition`` (inverse of ``parse_condition``)."""
    if isinstance(condition, AllOf):
        return {"all": [condition_to_data(c) for c in condition.conditions]}
    if isinstance(condition, AnyOf):
        return {"any": [condition_to_data(c) for c in condition.conditions]}
    value = list(condition.value) if isinstance(condition.value, tuple) else condition.value
    return {"item": condition.item, condition.op: value}


def finding_hint_to_data(hint: Compare) -> object:
    """The YAML/JSON shape of a finding hint (inverse of ``parse_finding_hint``)."""
    if hint.op == "equals":
        return hint.value
    if hint.op == "in":
        return list(hint.value) if isinstance(hint.value, tuple) else [hint.value]
    return {hint.op: hint.value}


def leaves(condition: Condition) -> Iterator[Compare]:
    """Every item test inside ``condition``, in writing order."""
    if isinstance(condition, Compare):
        yield condition
        return
    for part in condition.conditions:
        yield from leaves(part)


def _as_number(value: object) -> float | None:
    if is_number(value):
        return float(value)  # type: ignore[arg-type]
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _same(answer: object, expected: Scalar) -> bool:
    if is_number(expected):
        number = _as_number(answer)
        return number is not None and number == float(expected)
    return isinstance(answer, str) and answer == expected


def matches(test: Compare, answer: object) -> bool:
    """Whether ``answer`` (``None`` or ``""`` when unanswered) passes ``test``."""
    if answer is None or answer == "":
        return False
    if test.op == "equals":
        return _same(answer, test.value)  # type: ignore[arg-type]
    if test.op == "in":
        options = test.value if isinstance(test.value, tuple) else (test.value,)
        return any(_same(answer, option) for option in options)
    number = _as_number(answer)
    if number is None:
        return False
    limit = float(test.value)  # type: ignore[arg-type]
    return {
        "gt": number > limit,
        "ge": number >= limit,
        "lt": number < limit,
        "le": number <= limit,
    }[test.op]


def evaluate(condition: Condition, answer_of: Callable[[str], object]) -> bool:
    """Whether ``condition`` holds; ``answer_of(code)`` gives an item's answer or ``None``."""
    if isinstance(condition, AllOf):
        return all(evaluate(c, answer_of) for c in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(evaluate(c, answer_of) for c in condition.conditions)
    return matches(condition, answer_of(condition.item))
