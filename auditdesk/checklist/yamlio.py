"""YAML reading and writing for checklist templates (the only module importing PyYAML).

Reading keeps what a template author needs in an error message: the line of
every mapping and of each of its keys, and the keys written twice (plain
PyYAML silently keeps the last). Booleans follow YAML 1.2: only ``true`` and
``false`` are booleans, so answers such as ``yes``, ``no`` and ``na`` stay text.
JSON is read by the same loader (the store keeps a template's body as JSON).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]

_BOOL_TAG = "tag:yaml.org,2002:bool"


class SourceMap:
    """Lines of the mappings of one parsed document, looked up by the mapping object."""

    def __init__(self) -> None:
        self._lines: dict[int, tuple[int, dict[str, int]]] = {}
        self._duplicates: dict[int, list[tuple[str, int]]] = {}
        self._keep: list[object] = []  # keeps ids stable while the map lives

    def record(self, mapping: dict[Any, Any], line: int, key_lines: dict[str, int]) -> None:
        self._keep.append(mapping)
        self._lines[id(mapping)] = (line, key_lines)

    def record_duplicate(self, mapping: dict[Any, Any], key: str, line: int) -> None:
        self._duplicates.setdefault(id(mapping), []).append((key, line))

    def line_of(self, mapping: object, key: str | None = None) -> int | None:
        """1-based line of ``mapping`` (or of its ``key``), ``None`` when unknown."""
        entry = self._lines.get(id(mapping))
        if entry is None:
            return None
        line, key_lines = entry
        return key_lines.get(key, line) if key is not None else line

    def duplicate_keys(self, mapping: object) -> Iterator[tuple[str, int]]:
        """``(key, line)`` of each key written more than once in ``mapping``."""
        yield from self._duplicates.get(id(mapping), ())


# libyaml's parser when PyYAML was built with it (several times faster), else pure Python.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TemplateLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.source_map = SourceMap()


def _construct_mapping(loader: _TemplateLoader, node: yaml.MappingNode) -> Iterator[dict[Any, Any]]:
    data: dict[Any, Any] = {}
    yield data
    loader.flatten_mapping(node)
    key_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if isinstance(key, str):
            if key in key_lines:
                loader.source_map.record_duplicate(data, key, line)
            key_lines.setdefault(key, line)
        try:
            data[key] = loader.construct_object(value_node, deep=True)
        except TypeError:  # an unhashable key, e.g. a list used as a key
            raise yaml.constructor.ConstructorError(
                None, None, "found an unhashable key", key_node.start_mark
            ) from None
    loader.source_map.record(data, node.start_mark.line + 1, key_lines)


_TemplateLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
# YAML 1.2 booleans: drop the 1.1 resolver (yes/no/on/off) and add true/false back.
_TemplateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_TemplateLoader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(text: str) -> tuple[object, SourceMap]:
    """Parse one YAML (or JSON) document; raises ``YamlSyntaxError`` with its line."""
    loader = _TemplateLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlSyntaxError(error.problem or str(error), line) from error
    except yaml.YAMLError as error:
        raise YamlSyntaxError(str(error), None) from error
    finally:
        loader.dispose()
    return data, loader.source_map


class YamlSyntaxError(Exception):
    """The text is not well-formed YAML; ``line`` is 1-based when known."""

    def __init__(self, problem: str, line: int | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


class Flow(dict[str, Any]):
    """A mapping written on one line: ``{code: gas, vi: Khí, en: Gas}``."""


class FlowList(list[Any]):
    """A list written on one line: ``[bar, psi]``."""


class _TemplateDumper(yaml.SafeDumper):  # type: ignore[misc]
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, the way people write YAML by hand.
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True  # never write anchors such as &id001


_TemplateDumper.yaml_implicit_resolvers = _TemplateLoader.yaml_implicit_resolvers
_TemplateDumper.add_representer(
    Flow, lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data, True)
)
_TemplateDumper.add_representer(
    FlowList, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, True)
)


def write_yaml(data: object) -> str:
    """YAML text of ``data`` (dicts keep their order; ``Flow``/``FlowList`` stay on one line)."""
    text: str = yaml.dump(
        data, Dumper=_TemplateDumper, allow_unicode=True, sort_keys=False, width=1_000_000
    )
    return text
