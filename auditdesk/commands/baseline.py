"""``auditdesk baseline``: print an audit's energy and water baseline.

    auditdesk baseline --db PATH --audit ID [--from YYYY-MM --to YYYY-MM] [--json]

Per carrier: the annual consumption in its native unit, GJ, TOE (MOIT
factors), tCO2e and cost in VND and USD (the audit's reference-data set),
then the totals, the key-energy-user flag (>= 1,000 TOE/yr), specific
consumption and the regression on production, and notes such as months
without readings. The period defaults to the audit's baseline (the 12 months
before it). Exit status 2 for wrong arguments.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.store import Store
    from auditdesk.store.baseline import AuditBaseline

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "baseline",
        help=translate("CLIHelp", "print an audit's baseline per carrier"),
        description=translate(
            "CLIHelp",
            "Annual consumption per carrier in native unit, GJ, TOE, tCO2e, VND and "
            "USD, the totals and the key-energy-user flag.",
        ),
    )
    parser.add_argument(
        "--db", type=Path, required=True, help=translate("CLIHelp", "the AuditDesk database")
    )
    parser.add_argument(
        "--audit",
        required=True,
        metavar="ID",
        help=translate("CLIHelp", "the audit (its id or its exact title)"),
    )
    parser.add_argument(
        "--from", dest="first", metavar="YYYY-MM", help=translate("CLIHelp", "first month")
    )
    parser.add_argument(
        "--to", dest="last", metavar="YYYY-MM", help=translate("CLIHelp", "last month")
    )
    parser.add_argument(
        "--product",
        help=translate("CLIHelp", "product for specific consumption (default: the main one)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CLIHelp", "print JSON instead of text")
    )
    parser.set_defaults(func=run)


def find_audit(store: Store, key: str) -> str | None:
    """The id of the audit with id ``key`` or the only one titled ``key``."""
    if store.audits.find(key) is not None:
        return key
    titled = store.audits.list("title = ? COLLATE NOCASE", (key.strip(),))
    return titled[0].id if len(titled) == 1 else None


def _number(value: float | None, decimals: int = 0) -> str:
    from auditdesk.i18n import format_number

    return format_number(value, decimals)


def _table(rows: list[list[str]]) -> list[str]:
    """Left-aligned first column, right-aligned numbers, two spaces apart."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]


def print_text(result: AuditBaseline) -> None:
    from auditdesk.calc.reference_texts import display_text
    from auditdesk.i18n import fill, translate
    from auditdesk.model.carriers import CARRIERS, display_unit

    b = result.baseline
    print(f"{result.audit.title} — {result.inputs.enterprise.name}")
    print(
        fill(
            translate("MetersCLI", "Baseline %1 to %2 (reference data: %3)"),
            result.period.first_month,
            result.period.last_month,
            display_text(result.inputs.factors.name),
        )
    )
    rows = [
        [
            translate("MetersCLI", "Carrier"),
            translate("MetersCLI", "Amount/yr"),
            translate("MetersCLI", "Unit"),
            "GJ",
            "TOE",
            "tCO2e",
            "VND",
            "USD",
            translate("MetersCLI", "Share GJ"),
        ]
    ]
    for c in b.carriers:
        label = CARRIERS[c.carrier].label if c.carrier in CARRIERS else c.carrier
        share = "" if c.share_gj is None else f"{_number(c.share_gj * 100, 1)} %"
        rows.append(
            [
                label,
                _number(c.amount),
                display_unit(c.unit),
                _number(c.gj),
                _number(c.toe, 1),
                _number(c.co2e_t, 1),
                _number(c.cost_vnd),
                _number(c.cost_usd),
                share,
            ]
        )
    rows.append(
        [
            translate("MetersCLI", "Total"),
            "",
            "",
            _number(b.total_gj),
            _number(b.total_toe, 1),
            _number(b.total_co2e_t, 1),
            _number(b.total_cost_vnd),
            _number(b.total_cost_usd),
            "",
        ]
    )
    for line in _table(rows):
        print(line)
    if b.total_biogenic_co2_t:
        print(
            fill(
                translate("MetersCLI", "Biogenic CO2 (not in the total): %1 t"),
                _number(b.total_biogenic_co2_t, 1),
            )
        )
    if b.key_energy_user:
        print(
            fill(
                translate(
                    "MetersCLI",
                    "Key energy user: %1 TOE/yr, at least 1,000 TOE/yr (Law 50/2010/QH12).",
                ),
                _number(b.total_toe),
            )
        )
    else:
        print(
            fill(
                translate("MetersCLI", "Not a key energy user: %1 TOE/yr, below 1,000 TOE/yr."),
                _number(b.total_toe),
            )
        )
    if result.product:
        print(
            fill(
                translate("MetersCLI", "Against production of %1 (%2):"),
                result.product,
                display_unit(result.production_unit),
            )
        )
        for model in result.models:
            name = (
                translate("MetersCLI", "All energy")
                if model.key not in CARRIERS
                else CARRIERS[model.key].label
            )
            overall = model.specific.overall if model.specific else None
            unit = display_unit(model.specific.unit) if model.specific else ""
            line = f"  {name}: {_number(overall, 2)} {unit}"
            reg = model.regression
            if reg is not None:
                line += "; " + fill(
                    translate("MetersCLI", "fixed %1 %2/month + %3 %2 per %4, R² %5 (%6 months)"),
                    _number(reg.fixed),
                    display_unit(model.unit),
                    _number(reg.variable, 2),
                    display_unit(result.production_unit),
                    _number(reg.r_squared, 3),
                    reg.n,
                )
            elif model.note:
                line += f"; {model.note}"
            print(line)
    for note in result.notes:
        print("! " + note)


def run(args: argparse.Namespace) -> int:
    import json

    from auditdesk.calc.baseline import BaselinePeriod
    from auditdesk.i18n import fill, translate
    from auditdesk.store import StoreError, open_store
    from auditdesk.store.baseline import audit_baseline, baseline_json

    for value in (args.first, args.last):
        if value is not None and not _MONTH.match(value):
            print(
                fill(
                    translate("MetersCLI", "“%1” is not a month: write YYYY-MM, e.g. 2024-03."),
                    value,
                ),
                file=sys.stderr,
            )
            return 2
    if (args.first is None) != (args.last is None):
        print(translate("MetersCLI", "Give both --from and --to, or neither."), file=sys.stderr)
        return 2
    if args.first and args.last < args.first:
        print(translate("MetersCLI", "--to is before --from."), file=sys.stderr)
        return 2
    if not args.db.exists():
        print(fill(translate("MetersCLI", "No database at %1."), args.db), file=sys.stderr)
        return 2
    try:
        store = open_store(args.db, read_only=True)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        audit_id = find_audit(store, args.audit)
        if audit_id is None:
            print(
                fill(translate("MetersCLI", "No audit with the id or title “%1”."), args.audit),
                file=sys.stderr,
            )
            return 2
        period = BaselinePeriod(args.first, args.last) if args.first else None
        result = audit_baseline(store, audit_id, period, args.product)
    finally:
        store.close()
    if args.json:
        print(json.dumps(baseline_json(result), ensure_ascii=False, indent=2))
    else:
        print_text(result)
    return 0
