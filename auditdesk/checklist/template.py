"""Walk-through checklist templates: the YAML format, loading, export and merging.

The format
==========
One YAML document per file (UTF-8). A *base* template covers every factory; a
sector *add-on* adds the issues of one sector and is merged with a base for an
audit (``merge_templates``)::

    code: recp_walkthrough        # lower case, digits, _ . + -; stable across versions
    version: "1.0.0"              # semver-like text: 1.2 or 1.2.3, optional -suffix
    kind: base                    # base | addon
    sector: textile               # addon only (required there): a code of
                                  #   auditdesk.model.vocab.SECTORS, or a list of them
    base: recp_walkthrough        # addon only (required there): the base it extends
    name_vi: Danh mục khảo sát RECP
    name_en: RECP walk-through checklist
    description_vi: ...           # optional
    description_en: ...           # optional
    areas:                        # an addon may also use the areas of its base
      - {code: compressed_air, name_vi: Khí nén, name_en: Compressed air, order: 20}
    items:
      - code: CA-012              # stable, unique across the base and its add-ons
        area: compressed_air      # an area of this template (or of the base)
        text_vi: Công suất định mức của máy nén?
        text_en: Rated power of the compressor?
        answer_type: number       # yes_no_na | number | choice | text | photo
        unit: kW                  # number only, required: a pint unit (kW, bar, m³/h,
                                  #   h/yr, °C, %, dimensionless, count ...)
        units: [hp]               # number only: other units the auditor may type in
        min: 0                    # number only, optional, in ``unit``
        max: 1000
        choices:                  # choice only, at least two
          - {code: coal, vi: Than, en: Coal}
        required: true            # optional, default false
        condition: {item: CA-001, equals: yes}   # optional: show only when it holds
        finding_hint: no          # optional: the answer that suggests a finding
        technique: GH             # optional: RECP technique code (vocab.TECHNIQUES)
        estimator: compressed_air_leaks          # optional: id of a registered estimator
        opportunity_vi: Sửa rò rỉ khí nén        # optional: title of the opportunity
        opportunity_en: Repair compressed-air leaks  #   drafted from a finding
        help_vi: ...              # optional
        help_en: ...

Conditions (see ``auditdesk.checklist.conditions``): ``{item: CODE, equals: yes}``,
``{item: CODE, in: [a, b]}``, ``{item: CODE, gt|ge|lt|le: number}`` (number
items only, in that item's unit), ``{all: [...]}``, ``{any: [...]}``. A
condition may refer only to an item written before it (in an add-on: also to
any item of the base). A finding hint uses the same tests on the item's own
answer without ``item``: ``no``, ``[no, na]`` or ``{gt: 200}``.

``technique`` must be a code of ``auditdesk.model.vocab.TECHNIQUES`` and
``estimator`` the id of an estimator registered in ``auditdesk.calc.estimator``.

Mistakes are collected, not stopped at: ``TemplateError.problems`` lists every
one with file, line, item code (or ``#position``) and field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from auditdesk import paths
from auditdesk.checklist.conditions import Compare, Condition
from auditdesk.checklist.text import fill
from auditdesk.i18n import translate

if TYPE_CHECKING:  # the entity dataclasses load on first use, not with the template code
    from auditdesk.model.entities import ChecklistItem, ChecklistTemplate

ANSWER_TYPES: tuple[str, ...] = ("yes_no_na", "number", "choice", "text", "photo")
YES_NO_NA: tuple[str, ...] = ("yes", "no", "na")
TEMPLATE_KINDS: tuple[str, ...] = ("base", "addon")
BUILTIN_TEMPLATE_FILES: tuple[str, ...] = (
    "recp_walkthrough.yaml", "addon_textile_dyeing.yaml", "addon_seafood_food.yaml",
    "addon_metal_finishing.yaml",
)


def _pick(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


@dataclass(frozen=True)
class Choice:
    """One answer of a choice item."""

    code: str
    vi: str
    en: str

    def label(self, lang: str) -> str:
        return _pick(lang, self.vi, self.en)


@dataclass(frozen=True)
class TemplateArea:
    """An area of the factory walked through (compressed air, boilers & steam ...)."""

    code: str
    name_vi: str
    name_en: str
    order: int

    def name(self, lang: str) -> str:
        return _pick(lang, self.name_vi, self.name_en)


@dataclass(frozen=True)
class TemplateItem:
    """One checklist item. ``minimum``/``maximum`` are the YAML ``min``/``max``, in ``unit``.

    ``origin`` and ``line`` say where the item was read (for messages); they
    take no part in equality.
    """

    code: str
    area: str
    text_vi: str
    text_en: str
    answer_type: str
    unit: str = ""
    units: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Choice, ...] = ()
    required: bool = False
    condition: Condition | None = None
    finding_hint: Compare | None = None
    technique: str = ""
    estimator: str = ""
    opportunity_vi: str = ""
    opportunity_en: str = ""
    help_vi: str = ""
    help_en: str = ""
    origin: str = field(default="", compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    def text(self, lang: str) -> str:
        return _pick(lang, self.text_vi, self.text_en)

    def help(self, lang: str) -> str:
        return _pick(lang, self.help_vi, self.help_en)

    def choice(self, code: str) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)


@dataclass(frozen=True)
class Template:
    """A loaded, valid template (or the merge of a base with its add-ons)."""

    code: str
    version: str
    kind: str
    name_vi: str
    name_en: str
    sectors: tuple[str, ...] = ()
    base: str = ""
    description_vi: str = ""
    description_en: str = ""
    areas: tuple[TemplateArea, ...] = ()
    items: tuple[TemplateItem, ...] = ()
    origin: str = field(default="", compare=False, repr=False)

    def name(self, lang: str) -> str:
        return _pick(lang, self.name_vi, self.name_en)

    @cached_property
    def items_by_code(self) -> dict[str, TemplateItem]:
        return {item.code: item for item in self.items}

    def item(self, code: str) -> TemplateItem:
        """The item with ``code``; ``KeyError`` if there is none."""
        return self.items_by_code[code]

    def area(self, code: str) -> TemplateArea | None:
        return next((a for a in self.areas if a.code == code), None)

    def areas_in_order(self) -> list[TemplateArea]:
        return sorted(self.areas, key=lambda a: (a.order, a.code))

    def items_in_area(self, area_code: str) -> list[TemplateItem]:
        return [item for item in self.items if item.area == area_code]


@dataclass(frozen=True)
class Problem:
    """One mistake in a template file.

    ``part`` is ``"yaml"``, ``"header"``, ``"area"`` or ``"item"``; ``key`` is
    the area or item code, or ``#n`` (1-based position) when it has no usable
    code; ``field`` is the YAML key at fault (``""`` for the whole entry).
    """

    file: str
    part: str
    key: str
    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = {
            "item": fill(translate("Checklist", "item %1"), self.key),
            "area": fill(translate("Checklist", "area %1"), self.key),
            "header": translate("Checklist", "header"),
        }
        location = parts.get(self.part, "")
        if self.field:
            field_text = fill(translate("Checklist", "field “%1”"), self.field)
            location = f"{location}, {field_text}" if location else field_text
        return f"{where}: {location}: {self.message}" if location else f"{where}: {self.message}"


class TemplateError(ValueError):
    """A template has mistakes; ``problems`` lists every one of them."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --- loading -----------------------------------------------------------------


def load_template_text(
    text: str, source: str = "<text>", base: Template | None = None, check_units: bool = True
) -> Template:
    """Read and validate a template from YAML (or JSON) ``text``.

    ``source`` names the text in messages. For an add-on, pass its ``base`` to
    check references to the base's items and areas now; without it they are
    checked by ``merge_templates``. ``check_units`` parses units with pint.
    Raises ``TemplateError`` listing every mistake.
    """
    from auditdesk.checklist import validation, yamlio

    try:
        data, source_map = yamlio.read_yaml(text)
    except yamlio.YamlSyntaxError as error:
        message = fill(translate("Checklist", "The file is not valid YAML: %1"), error.problem)
        raise TemplateError([Problem(source, "yaml", "", "", message, error.line)]) from error
    return validation.build_template(data, source_map, source, base, check_units)


def load_template(
    path: str | Path, base: Template | None = None, check_units: bool = True
) -> Template:
    """Read and validate the template file at ``path`` (see ``load_template_text``)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        message = fill(translate("Checklist", "Cannot read the file: %1"), error)
        raise TemplateError([Problem(path.name, "yaml", "", "", message)]) from error
    return load_template_text(text, path.name, base, check_units)


def builtin_template_path(file_name: str) -> Path:
    """Path of a template shipped in ``resources/templates``."""
    return paths.resource("templates", file_name)


def load_builtin_templates(check_units: bool = False) -> list[Template]:
    """The shipped base template followed by its sector add-ons (validated)."""
    base = load_template(builtin_template_path(BUILTIN_TEMPLATE_FILES[0]), None, check_units)
    addons = [
        load_template(builtin_template_path(name), base, check_units)
        for name in BUILTIN_TEMPLATE_FILES[1:]
    ]
    return [base, *addons]


def addons_for_sector(templates: Sequence[Template], base: Template, sector: str) -> list[Template]:
    """The add-ons among ``templates`` that extend ``base`` and suit ``sector``."""
    return [
        t for t in templates if t.kind == "addon" and t.base == base.code and sector in t.sectors
    ]


# --- export --------------------------------------------------------------------


def template_to_data(
    template: Template,
    flow_mapping: Callable[[dict[str, object]], dict[str, object]] = dict,
    flow_list: Callable[[list[object]], list[object]] = list,
) -> dict[str, object]:
    """Plain dicts and lists in the order of the format above (defaults left out).

    ``flow_mapping``/``flow_list`` wrap the small collections (choices, units,
    conditions) that the YAML export writes on one line.
    """
    from auditdesk.checklist.conditions import condition_to_data, finding_hint_to_data

    def small(value: object) -> object:
        if isinstance(value, dict):
            return flow_mapping({k: small(v) for k, v in value.items()})
        if isinstance(value, list):
            return flow_list([small(v) for v in value])
        return value

    def item_data(item: TemplateItem) -> dict[str, object]:
        data: dict[str, object] = {
            "code": item.code,
            "area": item.area,
            "text_vi": item.text_vi,
            "text_en": item.text_en,
            "answer_type": item.answer_type,
        }
        optional: list[tuple[str, object]] = [
            ("unit", item.unit),
            ("units", small(list(item.units)) if item.units else None),
            ("min", item.minimum),
            ("max", item.maximum),
            ("choices", [small({"code": c.code, "vi": c.vi, "en": c.en}) for c in item.choices]),
            ("required", item.required or None),
            ("condition", small(condition_to_data(item.condition)) if item.condition else None),
            ("finding_hint", small(finding_hint_to_data(item.finding_hint))
             if item.finding_hint else None),
            ("technique", item.technique),
            ("estimator", item.estimator),
            ("opportunity_vi", item.opportunity_vi),
            ("opportunity_en", item.opportunity_en),
            ("help_vi", item.help_vi),
            ("help_en", item.help_en),
        ]
        data.update((key, value) for key, value in optional if value not in (None, "", []))
        return data

    sectors: object = list(template.sectors) if len(template.sectors) > 1 else (
        template.sectors[0] if template.sectors else None
    )
    header: list[tuple[str, object]] = [
        ("code", template.code),
        ("version", template.version),
        ("kind", template.kind),
        ("sector", small(sectors) if isinstance(sectors, list) else sectors),
        ("base", template.base),
        ("name_vi", template.name_vi),
        ("name_en", template.name_en),
        ("description_vi", template.description_vi),
        ("description_en", template.description_en),
    ]
    data: dict[str, object] = {k: v for k, v in header if v not in (None, "")}
    data["areas"] = [
        small({"code": a.code, "name_vi": a.name_vi, "name_en": a.name_en, "order": a.order})
        for a in template.areas
    ]
    data["items"] = [item_data(item) for item in template.items]
    return data


def export_template_yaml(template: Template) -> str:
    """YAML text that ``load_template_text`` reads back equal to ``template``."""
    from auditdesk.checklist import yamlio

    return yamlio.write_yaml(template_to_data(template, yamlio.Flow, yamlio.FlowList))


def template_to_json(template: Template) -> str:
    """Compact JSON of ``template`` (for ``ChecklistTemplate.body``); loads back equal."""
    return json.dumps(template_to_data(template), ensure_ascii=False)


def template_to_entities(template: Template) -> tuple[ChecklistTemplate, list[ChecklistItem]]:
    """The store's rows for ``template``: the header (with the JSON body) and one row per item.

    ``ChecklistItem.choices`` and ``.condition`` hold JSON text (``""`` when
    empty). The body is the complete template: ``load_template_text(body)``
    restores everything, including fields the item rows have no column for
    (``units``, ``min``, ``max``, ``finding_hint``, opportunity titles).
    """
    from auditdesk.checklist.conditions import condition_to_data
    from auditdesk.model.entities import ChecklistItem, ChecklistTemplate

    header = ChecklistTemplate(
        code=template.code,
        version=template.version,
        name_vi=template.name_vi,
        name_en=template.name_en,
        body=template_to_json(template),
    )
    rows = [
        ChecklistItem(
            template_id=header.id,
            code=item.code,
            seq=seq,
            area=item.area,
            text_vi=item.text_vi,
            text_en=item.text_en,
            answer_type=item.answer_type,
            unit=item.unit,
            choices=json.dumps(
                [{"code": c.code, "vi": c.vi, "en": c.en} for c in item.choices],
                ensure_ascii=False,
            )
            if item.choices
            else "",
            required=item.required,
            condition=json.dumps(condition_to_data(item.condition), ensure_ascii=False)
            if item.condition
            else "",
            help_vi=item.help_vi,
            help_en=item.help_en,
            technique=item.technique,
            estimator=item.estimator,
        )
        for seq, item in enumerate(template.items, start=1)
    ]
    return header, rows


# --- merging -------------------------------------------------------------------


def merge_templates(base: Template, addons: Sequence[Template]) -> Template:
    """One template for an audit: ``base`` then each add-on's areas and items.

    The result's code and version join the parts with ``+``
    (``recp_walkthrough+addon_textile_dyeing``, ``1.0.0+1.0.0``) so an audit
    records exactly what it used. Raises ``TemplateError`` when an add-on does
    not extend ``base``, or codes collide, or a reference does not resolve.
    """
    from auditdesk.checklist.references import check_merge

    parts = [base, *addons]
    merged = Template(
        code="+".join(t.code for t in parts),
        version="+".join(t.version for t in parts),
        kind="base",
        name_vi=" + ".join(t.name_vi for t in parts),
        name_en=" + ".join(t.name_en for t in parts),
        sectors=tuple(dict.fromkeys(s for t in parts for s in t.sectors)),
        description_vi=base.description_vi,
        description_en=base.description_en,
        areas=tuple(area for t in parts for area in t.areas),
        items=tuple(item for t in parts for item in t.items),
        origin=base.origin,
    )
    problems = check_merge(base, addons, merged)
    if problems:
        raise TemplateError(problems)
    return merged
