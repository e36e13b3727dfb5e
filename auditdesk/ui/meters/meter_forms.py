"""Field lists and save rules for meters and production records (used with EntityDialog).

Beyond ``Meter.validate()``: the unit must convert to the carrier's canonical
unit (else the baseline cannot count the meter), and the parent meter must
belong to the same enterprise and must not be the meter itself or one of its
sub-meters (no cycles). A broken rule is shown beside its field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from auditdesk.model.carriers import CARRIERS
from auditdesk.model.vocab import METER_KINDS
from auditdesk.ui.forms.fields import FieldSpec
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.meters.formatting import METER_UNITS, unit_label

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import Meter, ProductionRecord
    from auditdesk.store import Store


def sub_meters(meters: Sequence[Meter], meter_id: str) -> set[str]:
    """Ids of every meter below ``meter_id`` (children, their children ...)."""
    children: dict[str, list[str]] = {}
    for meter in meters:
        if meter.parent_id:
            children.setdefault(meter.parent_id, []).append(meter.id)
    found: set[str] = set()
    todo = list(children.get(meter_id, []))
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(children.get(current, []))
    return found


def parent_choices(meters: Sequence[Meter], meter: Meter) -> list[tuple[str, str]]:
    """Meters that may be ``meter``'s parent: same enterprise, not itself, not below it."""
    banned = sub_meters(meters, meter.id) | {meter.id}
    return [
        (m.id, m.name)
        for m in meters
        if m.enterprise_id == meter.enterprise_id and m.id not in banned
    ]


def meter_fields(store: Store, meter: Meter) -> list[FieldSpec]:
    def carriers() -> list[tuple[str, str]]:
        return [(code, carrier.label) for code, carrier in CARRIERS.items()]

    def kinds() -> list[tuple[str, str]]:
        return [(code, vocab_label(METER_KINDS, code)) for code in METER_KINDS]

    def units() -> list[tuple[str, str]]:
        known = list(METER_UNITS)
        if meter.unit and meter.unit not in known:
            known.append(meter.unit)
        return [(unit, unit_label(unit)) for unit in known]

    def parents() -> list[tuple[str, str]]:
        return parent_choices(store.meters.for_enterprise(meter.enterprise_id), meter)

    return [
        FieldSpec(
            "name",
            QCoreApplication.translate("MeterForm", "Name"),
            required=True,
            placeholder=QCoreApplication.translate("MeterForm", "e.g. Main incomer 22 kV"),
        ),
        FieldSpec(
            "carrier",
            QCoreApplication.translate("MeterForm", "Carrier"),
            kind="choice",
            choices=carriers,
        ),
        FieldSpec(
            "unit", QCoreApplication.translate("MeterForm", "Unit"), kind="choice", choices=units
        ),
        FieldSpec(
            "kind", QCoreApplication.translate("MeterForm", "Kind"), kind="choice", choices=kinds
        ),
        FieldSpec(
            "multiplier",
            QCoreApplication.translate("MeterForm", "Multiplier / CT ratio"),
            kind="float",
            placeholder="1",
        ),
        FieldSpec(
            "rollover",
            QCoreApplication.translate("MeterForm", "Rollover value"),
            kind="float",
            placeholder=QCoreApplication.translate(
                "MeterForm", "e.g. 1000000 for a 6-digit register"
            ),
        ),
        FieldSpec("location", QCoreApplication.translate("MeterForm", "Location")),
        FieldSpec(
            "parent_id",
            QCoreApplication.translate("MeterForm", "Parent meter (sub-metering)"),
            kind="choice",
            choices=parents,
            optional_choice=True,
        ),
        FieldSpec("serial", QCoreApplication.translate("MeterForm", "Serial number")),
        FieldSpec("notes", QCoreApplication.translate("MeterForm", "Notes"), kind="multiline"),
    ]


def meter_problems(store: Store, meter: Meter) -> dict[str, str]:
    """Field -> message for the rules ``Meter.validate()`` does not know (module doc)."""
    from auditdesk.calc.consumption import unit_factor

    errors: dict[str, str] = {}
    carrier = CARRIERS.get(meter.carrier)
    if carrier is not None and carrier.unit:
        try:
            unit_factor(meter.unit, carrier.unit)
        except ValueError:
            errors["unit"] = (
                QCoreApplication.translate(
                    "MeterForm", "%1 is not a unit of %2 (use a unit that converts to %3)."
                )
                .replace("%1", unit_label(meter.unit))
                .replace("%2", carrier.label)
                .replace("%3", carrier.unit_display)
            )
    if meter.parent_id:
        siblings = store.meters.for_enterprise(meter.enterprise_id)
        allowed = {code for code, _ in parent_choices(siblings, meter)}
        if meter.parent_id not in allowed:
            errors["parent_id"] = QCoreApplication.translate(
                "MeterForm",
                "Choose a meter of the same enterprise that is "
                "not this meter or one of its sub-meters.",
            )
    return errors


def save_meter(store: Store) -> Callable[[Meter], Meter]:
    """The save function for EntityDialog: checks the extra rules, then creates or updates."""
    from auditdesk.store import ValidationError

    def save(meter: Meter) -> Meter:
        errors = meter_problems(store, meter)
        if errors:
            raise ValidationError("meter", errors)
        return store.meters.save(meter)

    return save


def production_fields() -> list[FieldSpec]:
    return [
        FieldSpec(
            "period_start",
            QCoreApplication.translate("ProductionForm", "First day"),
            kind="date",
            required=True,
        ),
        FieldSpec(
            "period_end",
            QCoreApplication.translate("ProductionForm", "Last day"),
            kind="date",
            required=True,
        ),
        FieldSpec(
            "product", QCoreApplication.translate("ProductionForm", "Product"), required=True
        ),
        FieldSpec(
            "quantity",
            QCoreApplication.translate("ProductionForm", "Quantity"),
            kind="float",
            required=True,
        ),
        FieldSpec(
            "unit",
            QCoreApplication.translate("ProductionForm", "Unit"),
            required=True,
            placeholder="t",
        ),
    ]


def save_production(store: Store) -> Callable[[ProductionRecord], ProductionRecord]:
    from auditdesk.store import ValidationError

    def save(record: ProductionRecord) -> ProductionRecord:
        if not record.unit.strip():
            raise ValidationError(
                "production",
                {"unit": QCoreApplication.translate("ProductionForm", "Enter the unit (e.g. t).")},
            )
        return store.production.save(record)

    return save
