"""The contract every RECP measure estimator fulfils, and the registry of them.

An estimator is physics only: it takes inputs as plain floats in the units it
declares and returns annual resource savings per carrier (in the carrier's
canonical unit, see auditdesk.model.carriers) plus the intermediate values a
reviewer needs to check it. Unit conversion of the caller's inputs, range
checks, pricing (VND), CO2e and financials are done once, for all estimators,
by auditdesk.calc.engine.

To add one: subclass ``Estimator`` in a module of auditdesk/calc/estimators/,
fill in the class attributes, implement ``compute`` and decorate the class with
``@register``. The module must be listed in ``estimators/__init__.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class InputSpec:
    """One declared input.

    ``unit`` is a pint-parsable unit (``"kW"``, ``"bar"``, ``"m**3/min"``,
    ``"degC"``, ``"h/yr"``...), ``""`` for a pure number and ``"%"`` for a
    percentage (``compute`` then receives the percentage number, e.g. 85 for
    85 %). Pressures say whether they are gauge or absolute in ``pressure``.
    ``choices`` makes a choice input: ``compute`` receives the chosen code
    (a ``str``) and ``default`` must be one of them.
    """

    name: str
    label_en: str
    label_vi: str
    unit: str = ""
    default: float | str | None = None
    minimum: float | None = None
    maximum: float | None = None
    help_en: str = ""
    help_vi: str = ""
    choices: tuple[str, ...] = ()
    pressure: str | None = None  # "gauge" | "absolute" for pressure inputs


@dataclass(frozen=True)
class OutputSpec:
    """One declared output (an intermediate value or a result) with its unit."""

    name: str
    label_en: str
    label_vi: str
    unit: str = ""


@dataclass
class PhysicalResult:
    """What ``compute`` returns.

    savings: carrier code -> saving per year in the carrier's canonical unit
        (electricity kWh/yr, water m3/yr, natural_gas m3/yr, lpg kg/yr,
        diesel L/yr, fuel_oil kg/yr, coal kg/yr, biomass kg/yr, steam kg/yr).
        Negative means the measure uses more of that carrier.
    values: output name -> value in the unit of the matching OutputSpec
        (every declared output must be present).
    extra_cost_savings_vnd: money saved per year that no carrier quantity
        explains (e.g. moving load to off-peak hours); usually 0.
    notes: warnings for the reviewer (English source text).
    """

    savings: dict[str, float]
    values: dict[str, float]
    extra_cost_savings_vnd: float = 0.0
    notes: list[str] = field(default_factory=list)


class Estimator:
    """Base class; subclasses set the attributes and implement ``compute``."""

    id: ClassVar[str]
    title_en: ClassVar[str]
    title_vi: ClassVar[str]
    techniques: ClassVar[tuple[str, ...]]  # RECP technique codes, e.g. ("GH",)
    area: ClassVar[str]  # checklist area code, e.g. "compressed_air"
    inputs: ClassVar[tuple[InputSpec, ...]]
    outputs: ClassVar[tuple[OutputSpec, ...]]
    formula: ClassVar[str]  # words and symbols, e.g. "ΔE = P × (1/η₁ − 1/η₂) × t"
    source: ClassVar[str]  # document and page/table
    assumptions: ClassVar[tuple[str, ...]] = ()
    # A published worked example: input values in declared units. The UI's
    # "Example" button fills these; tests reproduce the published result.
    example: ClassVar[dict[str, float | str]] = {}
    example_source: ClassVar[str] = ""
    # Set by estimators whose savings need a price the caller supplies
    # (e.g. the tariff); the engine passes reference values in ``context``.
    needs_context: ClassVar[bool] = False

    def compute(
        self, values: dict[str, float | str], context: "EstimateContext | None" = None
    ) -> PhysicalResult:
        raise NotImplementedError

    def input(self, name: str) -> InputSpec:
        for spec in self.inputs:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def defaults(self) -> dict[str, float | str]:
        return {s.name: s.default for s in self.inputs if s.default is not None}


@dataclass(frozen=True)
class EstimateContext:
    """Reference values an estimator may need beyond its inputs (VND prices)."""

    tariff_normal: float = 1899.0  # VND/kWh
    tariff_offpeak: float = 1234.0
    tariff_peak: float = 3508.0


REGISTRY: dict[str, Estimator] = {}


def register(cls: type[Estimator]) -> type[Estimator]:
    """Class decorator: instantiate and add to ``REGISTRY`` under ``cls.id``."""
    if cls.id in REGISTRY:
        raise ValueError(f"duplicate estimator id {cls.id!r}")
    names = [s.name for s in cls.inputs]
    if len(names) != len(set(names)):
        raise ValueError(f"{cls.id}: duplicate input names")
    REGISTRY[cls.id] = cls()
    return cls


def get(estimator_id: str) -> Estimator:
    """The estimator with that id (importing the built-in ones on first use)."""
    from auditdesk.calc import estimators  # noqa: F401  (fills REGISTRY)

    return REGISTRY[estimator_id]


def all_estimators() -> list[Estimator]:
    from auditdesk.calc import estimators  # noqa: F401

    return sorted(REGISTRY.values(), key=lambda e: e.id)
