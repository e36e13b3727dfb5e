"""Reference-data sets: tariffs, prices, emission factors, calorific values, TOE.

A set is a flat mapping ``key -> Factor`` (see the key convention in
``resources/reference/vn_default.yaml``). Every factor carries its value, unit,
source and effective date, so an audit can record which set it used and show
the same numbers next year.

This module stays cheap to import (no numpy, no pint); PyYAML is imported only
when a file is read.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from auditdesk import paths
from auditdesk.calc.estimator import EstimateContext
from auditdesk.i18n import translate
from auditdesk.i18n import fill as _fill
from auditdesk.model.carriers import CARRIERS
from auditdesk.model.entities import Factor

BUILTIN_FILE = ("reference", "vn_default.yaml")
KWH_TO_GJ = 0.0036  # 1 kWh = 3.6 MJ (final energy)

_REQUIRED_FIELDS = ("key", "value", "unit", "source", "effective_date")
_OPTIONAL_TEXT_FIELDS = ("category", "label_en", "label_vi", "note")



class MissingFactorError(KeyError):
    """A key the calculation needs is not in the reference-data set."""

    def __init__(self, key: str, set_name: str) -> None:
        super().__init__(key)
        self.key = key
        self.set_name = set_name

    def __str__(self) -> str:
        return _fill(
            translate(
                "Reference",
                "The reference-data set '%1' has no factor '%2'. Add it to the set or choose "
                "another set.",
            ),
            self.set_name,
            self.key,
        )


class ReferenceDataError(ValueError):
    """A reference-data file is unreadable or one of its entries is invalid."""


@dataclass
class ReferenceData:
    """One reference-data set: ``factors`` maps each key to its ``Factor``."""

    name: str
    effective_date: str
    factors: dict[str, Factor] = field(default_factory=dict)
    description: str = ""
    source: str = ""

    def factor(self, key: str) -> Factor:
        """The factor stored under ``key``; ``MissingFactorError`` names key and set."""
        try:
            return self.factors[key]
        except KeyError:
            raise MissingFactorError(key, self.name) from None

    def value(self, key: str) -> float:
        """The numeric value of ``key`` in the factor's own unit."""
        return self.factor(key).value

    def get(self, key: str, default: float | None = None) -> float | None:
        """The value of ``key``, or ``default`` when the set lacks it."""
        found = self.factors.get(key)
        return default if found is None else found.value

    def __contains__(self, key: object) -> bool:
        return key in self.factors

    def keys_with_prefix(self, prefix: str) -> list[str]:
        return sorted(k for k in self.factors if k.startswith(prefix))

    def to_factors(self) -> list[Factor]:
        """The factors in key order (e.g. to store them in the database)."""
        return [self.factors[k] for k in sorted(self.factors)]


def from_factors(factors: Iterable[Factor], name: str, effective_date: str) -> ReferenceData:
    """Build a set from stored ``Factor`` rows; a duplicate key is an error."""
    table: dict[str, Factor] = {}
    for item in factors:
        if item.key in table:
            raise ReferenceDataError(
                _fill(
                    translate("Reference", "Reference-data set '%1': the key '%2' appears twice."),
                    name,
                    item.key,
                )
            )
        table[item.key] = item
    return ReferenceData(name=name, effective_date=effective_date, factors=table)


# --- reading YAML ------------------------------------------------------------------


def _entry_error(
    path: Path, index: int, key: str, field_name: str, problem: str
) -> ReferenceDataError:
    where = _fill(
        translate("Reference", "%1: factor #%2 (key '%3'), field '%4': %5"),
        path,
        index,
        key or "?",
        field_name,
        problem,
    )
    return ReferenceDataError(where)


def _as_date_text(raw: Any) -> str | None:
    """ISO text of a YAML date (quoted or not); ``None`` if it is no date."""
    if isinstance(raw, _dt.date):
        return raw.isoformat()
    if isinstance(raw, str):
        try:
            return _dt.date.fromisoformat(raw.strip()).isoformat()
        except ValueError:
            return None
    return None


def _parse_entry(path: Path, index: int, raw: Any) -> Factor:
    if not isinstance(raw, dict):
        raise ReferenceDataError(
            _fill(translate("Reference", "%1: factor #%2 is not a mapping of fields."), path, index)
        )
    key = raw.get("key")
    key_text = key if isinstance(key, str) else ""
    for name in _REQUIRED_FIELDS:
        if name not in raw or raw[name] is None:
            raise _entry_error(path, index, key_text, name, translate("Reference", "missing."))
    if not isinstance(key, str) or not key.strip():
        raise _entry_error(path, index, key_text, "key", translate("Reference", "must be text."))
    value = raw["value"]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _entry_error(
            path,
            index,
            key,
            "value",
            _fill(translate("Reference", "must be a finite number, got '%1'."), value),
        )
    date_text = _as_date_text(raw["effective_date"])
    if date_text is None:
        raise _entry_error(
            path,
            index,
            key,
            "effective_date",
            translate("Reference", "must be a date written YYYY-MM-DD."),
        )
    texts: dict[str, str] = {}
    for name in ("unit", "source", *_OPTIONAL_TEXT_FIELDS):
        item = raw.get(name, "")
        item = "" if item is None else item
        if not isinstance(item, str):
            raise _entry_error(path, index, key, name, translate("Reference", "must be text."))
        texts[name] = item
    if not texts["source"].strip():
        raise _entry_error(
            path,
            index,
            key,
            "source",
            translate("Reference", "every factor needs its source."),
        )
    return Factor(
        key=key.strip(),
        value=float(value),
        effective_date=date_text,
        **texts,
    )


def load_yaml(path: str | Path) -> ReferenceData:
    """Read and validate a reference-data YAML file.

    Shape: ``set:`` (name, description, effective_date, source) and ``factors:``
    (a list of key, category, label_en, label_vi, value, unit, source,
    effective_date, note). Raises ``ReferenceDataError`` naming the file, the
    factor's position and key, and the field at fault.
    """
    import yaml  # type: ignore[import-untyped]

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReferenceDataError(
            _fill(translate("Reference", "Cannot read the reference-data file %1: %2"), path, exc)
        ) from exc
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ReferenceDataError(
            _fill(translate("Reference", "%1 is not valid YAML: %2"), path, exc)
        ) from exc
    if not isinstance(document, dict) or not isinstance(document.get("set"), dict):
        raise ReferenceDataError(
            _fill(translate("Reference", "%1: the file needs a 'set:' section."), path)
        )
    header = document["set"]
    name = header.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ReferenceDataError(_fill(translate("Reference", "%1: 'set:' needs a 'name'."), path))
    set_date = _as_date_text(header.get("effective_date"))
    if set_date is None:
        raise ReferenceDataError(
            _fill(
                translate("Reference", "%1: 'set:' needs an 'effective_date' written YYYY-MM-DD."),
                path,
            )
        )
    entries = document.get("factors")
    if not isinstance(entries, list) or not entries:
        raise ReferenceDataError(
            _fill(translate("Reference", "%1: the file needs a non-empty 'factors:' list."), path)
        )
    factors = [_parse_entry(path, index, raw) for index, raw in enumerate(entries, start=1)]
    seen: dict[str, int] = {}
    for index, item in enumerate(factors, start=1):
        if item.key in seen:
            raise _entry_error(
                path,
                index,
                item.key,
                "key",
                _fill(translate("Reference", "duplicate of factor #%1."), seen[item.key]),
            )
        seen[item.key] = index
    data = from_factors(factors, name.strip(), set_date)
    data.description = str(header.get("description") or "")
    data.source = str(header.get("source") or "")
    return data


@lru_cache(maxsize=1)
def _builtin_cached() -> ReferenceData:
    return load_yaml(paths.resource(*BUILTIN_FILE))


def load_builtin() -> ReferenceData:
    """The built-in Viet Nam set (a fresh copy each call; the file is read once)."""
    cached = _builtin_cached()
    return ReferenceData(
        name=cached.name,
        effective_date=cached.effective_date,
        factors=dict(cached.factors),
        description=cached.description,
        source=cached.source,
    )


# --- helpers every calculation uses ---------------------------------------------------


def grid_factor(ref: ReferenceData, year: int | None = None) -> float:
    """Grid emission factor in tCO2/MWh (= kgCO2/kWh) of ``year``.

    Default year: ``emission.grid.default_year`` (2023 in the built-in set, the
    latest official MONRE/MAE value).
    """
    chosen = int(ref.value("emission.grid.default_year")) if year is None else int(year)
    return ref.value(f"emission.grid.{chosen}")


def grid_years(ref: ReferenceData) -> list[int]:
    """Years for which the set has a grid emission factor."""
    years = []
    for key in ref.keys_with_prefix("emission.grid."):
        suffix = key.rsplit(".", 1)[1]
        if suffix.isdigit():
            years.append(int(suffix))
    return sorted(years)


def fuel_mass_kg(ref: ReferenceData, carrier: str, amount: float) -> float:
    """Mass in kg of ``amount`` of a fuel in its canonical unit.

    Diesel (L) and natural gas (m3) go through ``fuel.<carrier>.density``; the
    other fuels are already in kg.
    """
    density_key = f"fuel.{carrier}.density"
    if density_key in ref:
        return amount * ref.value(density_key)
    return amount


def energy_gj(ref: ReferenceData, carrier: str, amount: float) -> float:
    """Energy content in GJ of ``amount`` of ``carrier`` in its canonical unit.

    Electricity: 3.6 MJ/kWh (final energy). Fuels: mass × NCV (IPCC 2006 Vol. 2
    Table 1.2, ``fuel.<carrier>.ncv`` MJ/kg). Steam: ``steam.enthalpy_gj_per_t``.
    Water, wastewater and compressed air carry no energy of their own: 0.
    """
    if carrier == "electricity":
        return amount * KWH_TO_GJ
    if carrier == "steam":
        return amount / 1000.0 * ref.value("steam.enthalpy_gj_per_t")
    ncv_key = f"fuel.{carrier}.ncv"
    if ncv_key in ref:
        return fuel_mass_kg(ref, carrier, amount) * ref.value(ncv_key) / 1000.0
    carrier_info = CARRIERS.get(carrier)
    if carrier_info is not None and carrier_info.is_energy:
        raise MissingFactorError(ncv_key, ref.name)
    return 0.0


def amount_per_gj(ref: ReferenceData, carrier: str) -> float:
    """Canonical units of ``carrier`` that hold 1 GJ (e.g. m3 of natural gas per GJ)."""
    per_unit = energy_gj(ref, carrier, 1.0)
    if per_unit <= 0:
        raise ValueError(_fill(translate("Reference", "'%1' is not an energy carrier."), carrier))
    return 1.0 / per_unit


def toe(ref: ReferenceData, carrier: str, amount: float) -> float:
    """Tonnes of oil equivalent of ``amount`` of ``carrier`` (canonical unit).

    Uses the MOIT factor ``toe.<carrier>`` (letter 3505/BCT-KHCN, 2011) where one
    exists; biomass, steam and other fuels convert by energy content with
    ``toe.gj`` (41.868 GJ per TOE). Non-energy carriers: 0.
    """
    key = f"toe.{carrier}"
    if key in ref:
        return amount * ref.value(key)
    gj = energy_gj(ref, carrier, amount)
    return gj / ref.value("toe.gj") if gj else 0.0


def price(ref: ReferenceData, carrier: str) -> float:
    """VND per canonical unit of ``carrier`` (``price.<carrier>``)."""
    return ref.value(f"price.{carrier}")


@dataclass(frozen=True)
class ReferenceContext(EstimateContext):
    """An ``EstimateContext`` that also carries the audit's reference-data set.

    Estimators that convert heat into fuel (boiler fuel saved by a steam
    measure) read calorific values and densities from ``ref``; the tariff
    fields of the base class stay as they are.
    """

    ref: ReferenceData | None = field(default=None, compare=False, hash=False)


def context_for(ref: ReferenceData, voltage: str = "6to22kv") -> ReferenceContext:
    """The context the engine passes to estimators: tariff at ``voltage`` plus ``ref``."""
    return ReferenceContext(
        tariff_normal=ref.value(f"tariff.{voltage}.normal"),
        tariff_offpeak=ref.value(f"tariff.{voltage}.offpeak"),
        tariff_peak=ref.value(f"tariff.{voltage}.peak"),
        ref=ref,
    )


def reference_from_context(context: EstimateContext | None) -> ReferenceData:
    """The set carried by ``context``, else the built-in one."""
    if isinstance(context, ReferenceContext) and context.ref is not None:
        return context.ref
    return load_builtin()
