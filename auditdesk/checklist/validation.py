"""Reading checklist templates: parsed YAML → ``Template``, collecting every mistake.

``build_template`` checks the shape of each field, then runs the checks of
``auditdesk.checklist.references`` (areas, conditions, cycles, units) once all
items are known. Every problem names file, line, item (or area) and field. The
format itself is documented in ``auditdesk.checklist.template``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from auditdesk.checklist.conditions import (
    Condition,
    is_number,
    parse_condition,
    parse_finding_hint,
)
from auditdesk.checklist.references import (
    check_references,
    check_unit_spellings,
    operand_problems,
)
from auditdesk.checklist.template import (
    ANSWER_TYPES,
    TEMPLATE_KINDS,
    Choice,
    Problem,
    Template,
    TemplateArea,
    TemplateError,
    TemplateItem,
)
from auditdesk.checklist.text import fill
from auditdesk.checklist.yamlio import SourceMap
from auditdesk.i18n import translate
from auditdesk.model.vocab import SECTORS, TECHNIQUES

HEADER_FIELDS = (
    "code", "version", "kind", "sector", "base", "name_vi", "name_en", "description_vi",
    "description_en", "areas", "items",
)
AREA_FIELDS = ("code", "name_vi", "name_en", "order")
ITEM_FIELDS = (
    "code", "area", "text_vi", "text_en", "answer_type", "unit", "units", "min", "max",
    "choices", "required", "condition", "finding_hint", "technique", "estimator",
    "opportunity_vi", "opportunity_en", "help_vi", "help_en",
)
CHOICE_FIELDS = ("code", "vi", "en")

_TEMPLATE_CODE = re.compile(r"^[a-z0-9][a-z0-9_.+-]*$")
_VERSION_PART = r"\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.]+)?"
_VERSION = re.compile(rf"^{_VERSION_PART}(?:\+{_VERSION_PART})*$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


def estimator_ids() -> tuple[str, ...]:
    """Ids an item may suggest: the estimators registered in ``auditdesk.calc``."""
    from auditdesk.calc.estimator import all_estimators

    return tuple(estimator.id for estimator in all_estimators())


class _Entry:
    """One mapping under check (the header, an area, an item or a choice)."""

    def __init__(self, problems: list[Problem], source: str, source_map: SourceMap,
                 part: str, key: str, data: Mapping[str, Any], prefix: str = "") -> None:
        self.problems, self.source, self.source_map = problems, source, source_map
        self.part, self.key, self.data, self.prefix = part, key, data, prefix

    def add(self, fld: str, message: str) -> None:
        """Record a problem with field ``fld`` (its line when known, else the entry's)."""
        line = self.source_map.line_of(self.data, fld or None)
        self.problems.append(Problem(self.source, self.part, self.key, self.prefix + fld, message,
                                     line))

    def check_fields(self, allowed: Sequence[str]) -> None:
        """Report unknown fields and fields written twice."""
        for name in self.data:
            if name not in allowed:
                self.add(str(name), fill(translate(
                    "Checklist", "Unknown field; expected one of: %1."), ", ".join(allowed)))
        for name, line in self.source_map.duplicate_keys(self.data):
            message = translate("Checklist", "This field is written twice.")
            self.problems.append(Problem(self.source, self.part, self.key, self.prefix + name,
                                         message, line))

    def text(self, fld: str, required: bool = False) -> str:
        """The stripped text of ``fld`` (``""`` when absent or wrong)."""
        value = self.data.get(fld)
        if value is None or value == "":
            if required:
                self.add(fld, translate("Checklist", "Missing; this field is required."))
            return ""
        if not isinstance(value, str):
            self.add(fld, fill(translate("Checklist", "Must be text, not “%1”."), value))
            return ""
        return value.strip()


class _Reader:
    """Builds a ``Template`` from parsed YAML, collecting the problems of one file."""

    def __init__(self, source: str, source_map: SourceMap) -> None:
        self.source, self.source_map = source, source_map
        self.problems: list[Problem] = []
        self.estimators = estimator_ids()

    def entry(self, part: str, key: str, data: Mapping[str, Any], prefix: str = "") -> _Entry:
        return _Entry(self.problems, self.source, self.source_map, part, key, data, prefix)

    def add(self, part: str, key: str, message: str) -> None:
        self.problems.append(Problem(self.source, part, key, "", message))

    def header(self, data: Mapping[str, Any], base: Template | None) -> Template:
        head = self.entry("header", "", data)
        head.check_fields(HEADER_FIELDS)
        code, version, kind = head.text("code", True), head.text("version", True), head.text(
            "kind", True)
        parent = head.text("base")
        if code and not _TEMPLATE_CODE.match(code):
            head.add("code", translate(
                "Checklist", "Use lower-case letters, digits and _ . + - only."))
        if version and not _VERSION.match(version):
            head.add("version", translate("Checklist", "Write the version like 1.0.0 (quoted)."))
        if kind and kind not in TEMPLATE_KINDS:
            head.add("kind", translate("Checklist", "Must be “base” or “addon”."))
        if kind == "addon" and not parent:
            head.add("base", translate(
                "Checklist", "An add-on must name the base template it extends."))
        if kind == "base" and parent:
            head.add("base", translate("Checklist", "Only an add-on names a base template."))
        if base is not None and parent and parent != base.code:
            head.add("base", fill(translate(
                "Checklist", "This add-on extends “%1”, not “%2”."), parent, base.code))
        return Template(
            code=code, version=version, kind=kind,
            name_vi=head.text("name_vi", True), name_en=head.text("name_en", True),
            sectors=self.sectors(head, kind), base=parent,
            description_vi=head.text("description_vi"), description_en=head.text("description_en"),
            areas=tuple(self.areas(head, kind)), items=tuple(self.items(head)), origin=self.source,
        )

    def sectors(self, head: _Entry, kind: str) -> tuple[str, ...]:
        raw = head.data.get("sector")
        if raw is None:
            if kind == "addon":
                head.add("sector", translate("Checklist", "An add-on must name its sector."))
            return ()
        values = raw if isinstance(raw, list) else [raw]
        good = [v for v in values if isinstance(v, str) and v in SECTORS]
        if not values or len(good) != len(values):
            head.add("sector", fill(translate(
                "Checklist", "Unknown sector; use one of: %1."), ", ".join(SECTORS)))
        return tuple(dict.fromkeys(good))

    def areas(self, head: _Entry, kind: str) -> list[TemplateArea]:
        raw = head.data.get("areas", [])
        if not isinstance(raw, list) or (kind == "base" and not raw):
            head.add("areas", translate("Checklist", "Must be a list of areas."))
            return []
        areas: list[TemplateArea] = []
        for index, data in enumerate(raw, start=1):
            code = data.get("code") if isinstance(data, Mapping) else None
            key = code if isinstance(code, str) and code else f"#{index}"
            if not isinstance(data, Mapping):
                self.add("area", key, translate(
                    "Checklist",
                    "An area must be a mapping with code, name_vi, name_en and order."))
                continue
            area = self.entry("area", key, data)
            area.check_fields(AREA_FIELDS)
            code = area.text("code", True)
            if code and not _CODE.match(code):
                area.add("code", translate("Checklist", "Use letters, digits and _ . - only."))
            if code in {a.code for a in areas}:
                area.add("code", translate("Checklist", "Duplicate area code."))
            order = data.get("order")
            if not isinstance(order, int) or isinstance(order, bool):
                area.add("order", translate("Checklist", "Must be a whole number."))
                order = 0
            areas.append(TemplateArea(code, area.text("name_vi", True), area.text("name_en", True),
                                      order))
        return areas

    def items(self, head: _Entry) -> list[TemplateItem]:
        raw = head.data.get("items")
        if not isinstance(raw, list) or not raw:
            head.add("items", translate("Checklist", "Must be a list of at least one item."))
            return []
        items: list[TemplateItem] = []
        first_seen: dict[str, int] = {}
        for index, data in enumerate(raw, start=1):
            code = data.get("code") if isinstance(data, Mapping) else None
            key = code if isinstance(code, str) and code else f"#{index}"
            if not isinstance(data, Mapping):
                self.add("item", key, translate(
                    "Checklist", "An item must be a mapping of fields."))
                continue
            entry = self.entry("item", key, data)
            item = self.item(entry)
            if item.code in first_seen:
                entry.add("code", fill(translate(
                    "Checklist", "Duplicate code; item #%1 already uses it."),
                    first_seen[item.code]))
                continue
            first_seen[item.code] = index
            items.append(item)
        return items

    def item(self, entry: _Entry) -> TemplateItem:
        data = entry.data
        entry.check_fields(ITEM_FIELDS)
        code = entry.text("code", True)
        if code and not _CODE.match(code):
            entry.add("code", translate(
                "Checklist", "Use letters, digits and _ . - only (such as CA-012)."))
        answer_type = entry.text("answer_type", True)
        if answer_type and answer_type not in ANSWER_TYPES:
            entry.add("answer_type", fill(translate(
                "Checklist", "Unknown answer type “%1”; use one of: %2."), answer_type,
                ", ".join(ANSWER_TYPES)))
            answer_type = ""
        numeric = answer_type == "number"
        unit = entry.text("unit")
        if numeric and not unit:
            entry.add("unit", translate(
                "Checklist", "A number item needs a unit (such as kW, bar, h/yr, %)."))
        for fld in ("unit", "units", "min", "max"):
            if answer_type and not numeric and fld in data:
                entry.add(fld, fill(translate("Checklist", "Only number items have “%1”."), fld))
        other_units = data.get("units", [])
        if not isinstance(other_units, list) or not all(isinstance(u, str) and u
                                                        for u in other_units):
            entry.add("units", translate(
                "Checklist", "Must be a list of units, such as [bar, psi]."))
            other_units = []
        if len(set(other_units)) != len(other_units):
            entry.add("units", translate("Checklist", "A unit is listed twice."))
        limits: dict[str, float | None] = {}
        for fld in ("min", "max"):
            value = data.get(fld)
            if value is not None and not is_number(value):
                entry.add(fld, fill(translate("Checklist", "Must be a number, not “%1”."), value))
                value = None
            limits[fld] = value
        low, high = limits["min"], limits["max"]
        if low is not None and high is not None and low > high:
            entry.add("max", translate("Checklist", "“max” is less than “min”."))
        required = data.get("required", False)
        if not isinstance(required, bool):
            entry.add("required", translate("Checklist", "Must be true or false."))
            required = False
        condition: Condition | None = None
        if "condition" in data:
            condition = parse_condition(data["condition"], lambda m: entry.add("condition", m))
        technique, estimator = entry.text("technique"), entry.text("estimator")
        if technique and technique not in TECHNIQUES:
            entry.add("technique", fill(translate(
                "Checklist", "Unknown RECP technique “%1”; use one of: %2."), technique,
                ", ".join(TECHNIQUES)))
        if estimator and estimator not in self.estimators:
            entry.add("estimator", fill(translate(
                "Checklist", "Unknown estimator “%1”; use one of: %2."), estimator,
                ", ".join(self.estimators)))
        item = TemplateItem(
            code=code or entry.key, area=entry.text("area", True),
            text_vi=entry.text("text_vi", True), text_en=entry.text("text_en", True),
            answer_type=answer_type, unit=unit if numeric else "",
            units=tuple(other_units) if numeric else (), minimum=low, maximum=high,
            choices=self.choices(entry, answer_type), required=required, condition=condition,
            technique=technique, estimator=estimator,
            opportunity_vi=entry.text("opportunity_vi"),
            opportunity_en=entry.text("opportunity_en"),
            help_vi=entry.text("help_vi"), help_en=entry.text("help_en"),
            origin=self.source, line=self.source_map.line_of(data),
        )
        return self.with_finding_hint(entry, item)

    def with_finding_hint(self, entry: _Entry, item: TemplateItem) -> TemplateItem:
        if "finding_hint" not in entry.data:
            return item
        hint = parse_finding_hint(entry.data["finding_hint"], item.code,
                                  lambda m: entry.add("finding_hint", m))
        if hint is None or not item.answer_type:
            return item
        if item.answer_type in ("text", "photo"):
            entry.add("finding_hint", translate(
                "Checklist", "Text and photo items cannot suggest a finding."))
            return item
        for message in operand_problems(hint, item):
            entry.add("finding_hint", message)
        return replace(item, finding_hint=hint)

    def choices(self, entry: _Entry, answer_type: str) -> tuple[Choice, ...]:
        raw = entry.data.get("choices")
        if answer_type != "choice":
            if raw is not None and answer_type:
                entry.add("choices", translate("Checklist", "Only choice items have “choices”."))
            return ()
        if not isinstance(raw, list) or len(raw) < 2:
            entry.add("choices", translate("Checklist", "A choice item needs a list of at least "
                                                        "two choices, each with code, vi and en."))
            return ()
        choices: list[Choice] = []
        for number, data in enumerate(raw, start=1):
            if not isinstance(data, Mapping):
                entry.add("choices", translate(
                    "Checklist", "A choice must be a mapping with code, vi and en."))
                continue
            option = self.entry("item", entry.key, data, prefix=f"choices[{number}].")
            option.check_fields(CHOICE_FIELDS)
            code, vi, en = (option.text(f, True) for f in CHOICE_FIELDS)
            if code in {c.code for c in choices}:
                option.add("code", fill(translate(
                    "Checklist", "Duplicate choice code “%1”."), code))
            choices.append(Choice(code, vi, en))
        return tuple(choices)


def build_template(data: object, source_map: SourceMap, source: str,
                   base: Template | None, check_units: bool) -> Template:
    """Turn parsed YAML into a ``Template``; raise ``TemplateError`` with every mistake."""
    reader = _Reader(source, source_map)
    if not isinstance(data, Mapping):
        reader.add("yaml", "", translate(
            "Checklist", "A template must be a YAML mapping with a header, “areas” and “items”."))
        raise TemplateError(reader.problems)
    template = reader.header(data, base)
    is_addon = template.kind == "addon"
    problems = reader.problems + check_references(
        template, base if is_addon else None, lenient=is_addon and base is None)
    if check_units:
        problems += check_unit_spellings(template.items)
    if problems:
        raise TemplateError(problems)
    return template
