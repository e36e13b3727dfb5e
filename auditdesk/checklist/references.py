"""Cross-reference checks of checklist templates: areas, condition targets, cycles,
units, and the merge of a base with its add-ons.

They run on ``Template`` values once every item is read (see
``auditdesk.checklist.validation`` for the checks of each field's shape).
"""

from __future__ import annotations

from collections.abc import Sequence

from auditdesk.checklist import units
from auditdesk.checklist.conditions import COMPARISONS, Compare, is_number, leaves
from auditdesk.checklist.template import YES_NO_NA, Problem, Template, TemplateItem
from auditdesk.checklist.text import fill
from auditdesk.i18n import translate


def operand_problems(test: Compare, target: TemplateItem) -> list[str]:
    """What is wrong with testing ``target``'s answer with ``test`` (empty when fine)."""
    kind = target.answer_type
    if kind == "photo":
        return [fill(translate(
            "Checklist", "Item %1 is a photo item; its answer cannot be tested."), target.code)]
    if test.op in COMPARISONS:
        if kind != "number":
            return [fill(translate(
                "Checklist", "“%1” compares numbers, but item %2 is not a number item (it is %3)."),
                test.op, target.code, kind)]
        return []
    values = test.value if isinstance(test.value, tuple) else (test.value,)
    if kind == "number":
        wrong = [v for v in values if not is_number(v)]
    elif kind == "yes_no_na":
        wrong = [v for v in values if v not in YES_NO_NA]
    elif kind == "choice":
        wrong = [v for v in values if not isinstance(v, str) or target.choice(v) is None]
    else:
        wrong = [v for v in values if not isinstance(v, str)]
    if wrong:
        return [fill(translate("Checklist", "Item %1 (%2) never answers “%3”."), target.code,
                     kind, wrong[0])]
    return []


def check_references(template: Template, base: Template | None = None,
                     lenient: bool = False) -> list[Problem]:
    """Areas, condition targets and cycles of ``template``'s items.

    ``base`` supplies the areas and items an add-on may also use. ``lenient``
    skips references that cannot be resolved yet (an add-on read without its base).
    """
    areas = {a.code for a in template.areas} | ({a.code for a in base.areas} if base else set())
    outside = base.items_by_code if base else {}
    position = {item.code: index for index, item in enumerate(template.items)}
    problems: list[Problem] = []

    def add(item: TemplateItem, fld: str, message: str) -> None:
        problems.append(Problem(item.origin or template.origin, "item", item.code, fld, message,
                                item.line))

    for index, item in enumerate(template.items):
        if item.area and item.area not in areas and not lenient:
            add(item, "area", fill(translate(
                "Checklist", "Unknown area “%1”; define it under “areas”."), item.area))
        for test in leaves(item.condition) if item.condition else ():
            target = outside.get(test.item)
            if test.item in position:
                target = template.items[position[test.item]]
                if position[test.item] > index:
                    add(item, "condition", fill(translate(
                        "Checklist", "Refers to %1, which comes later; a condition may only "
                                     "refer to earlier items."), test.item))
            if target is None:
                if not lenient:
                    add(item, "condition", fill(translate(
                        "Checklist", "Refers to unknown item %1."), test.item))
            elif target.answer_type:
                for message in operand_problems(test, target):
                    add(item, "condition", message)
    return problems + _cycle_problems(template)


def _cycle_problems(template: Template) -> list[Problem]:
    graph = {
        item.code: [test.item for test in leaves(item.condition)] if item.condition else []
        for item in template.items
    }
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    problems: list[Problem] = []

    def visit(code: str, path: list[str]) -> None:
        state[code] = 1
        for target in graph[code]:
            if state.get(target) == 1:
                cycle = " → ".join([*path[path.index(target):], target])
                item = template.items_by_code[code]
                problems.append(Problem(
                    item.origin or template.origin, "item", code, "condition",
                    fill(translate("Checklist", "Conditions form a cycle: %1."), cycle), item.line))
            elif target in graph and target not in state:
                visit(target, [*path, target])
        state[code] = 2

    for code in graph:
        if code not in state:
            visit(code, [code])
    return problems


def check_unit_spellings(items: Sequence[TemplateItem]) -> list[Problem]:
    """Each number item's unit and other units parse in pint and measure the same thing."""
    problems: list[Problem] = []
    for item in items:
        if item.answer_type != "number" or not item.unit:
            continue
        main = units.dimensionality(item.unit)
        for fld, unit in [("unit", item.unit), *(("units", u) for u in item.units)]:
            found = main if fld == "unit" else units.dimensionality(unit)
            if found is None:
                message = fill(translate("Checklist", "“%1” is not a unit AuditDesk understands "
                                                      "(write it like kW, m³/h, h/yr)."), unit)
            elif main is not None and found != main:
                message = fill(translate("Checklist", "“%1” cannot be converted to “%2”."), unit,
                               item.unit)
            else:
                continue
            problems.append(Problem(item.origin, "item", item.code, fld, message, item.line))
    return problems


def check_merge(base: Template, addons: Sequence[Template], merged: Template) -> list[Problem]:
    """Problems of merging ``addons`` into ``base`` (``merged`` is the candidate result)."""
    problems: list[Problem] = []
    if base.kind != "base":
        problems.append(Problem(base.origin, "header", "", "kind", fill(translate(
            "Checklist", "“%1” is not a base template."), base.code)))
    item_owner = {item.code: base.origin for item in base.items}
    area_owner = {area.code: base.origin for area in base.areas}
    for addon in addons:
        if addon.kind != "addon" or addon.base != base.code:
            problems.append(Problem(addon.origin, "header", "", "base", fill(translate(
                "Checklist", "“%1” is not an add-on of “%2”."), addon.code, base.code)))
        for area in addon.areas:
            if area.code in area_owner:
                problems.append(Problem(addon.origin, "area", area.code, "code", fill(translate(
                    "Checklist", "Area code already used in %1."), area_owner[area.code])))
            area_owner.setdefault(area.code, addon.origin)
        for item in addon.items:
            if item.code in item_owner:
                problems.append(Problem(addon.origin, "item", item.code, "code", fill(translate(
                    "Checklist", "Code already used in %1."), item_owner[item.code]), item.line))
            item_owner.setdefault(item.code, addon.origin)
    return problems or check_references(merged)
