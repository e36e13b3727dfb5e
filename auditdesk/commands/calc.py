"""``auditdesk calc``: list the estimators, or run one from the command line.

    auditdesk calc --list [--json]
    auditdesk calc steam_leaks --set orifice_diameter=3mm --set steam_pressure=100psig
    auditdesk calc boiler_tuning --example --json

Bad input prints a message naming the input and its allowed range; exit status 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from auditdesk.i18n import fill as _fill


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "calc",
        help=translate("CLIHelp", "list the estimators or run one"),
        description=translate(
            "CLIHelp", "Estimate the savings of one measure with the built-in reference data."
        ),
    )
    parser.add_argument(
        "measure", nargs="?", help=translate("CLIHelp", "estimator id (see --list)")
    )
    parser.add_argument(
        "--list", action="store_true", help=translate("CLIHelp", "list every estimator")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CLIHelp", "print JSON instead of text")
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE[UNIT]",
        help=translate("CLIHelp", "an input, e.g. --set pressure=100psig (repeatable)"),
    )
    parser.add_argument(
        "--example",
        action="store_true",
        help=translate("CLIHelp", "start from the estimator's published worked example"),
    )
    parser.add_argument(
        "--voltage",
        default="6to22kv",
        help=translate("CLIHelp", "tariff voltage level: ge110kv, 22to110kv, 6to22kv, lt6kv"),
    )
    parser.add_argument(
        "--grid-year", type=int, help=translate("CLIHelp", "year of the grid emission factor")
    )
    parser.add_argument(
        "--investment",
        type=float,
        default=0.0,
        metavar="VND",
        help=translate("CLIHelp", "the investment (default: 0)"),
    )
    parser.add_argument(
        "--om-cost",
        type=float,
        default=0.0,
        metavar="VND",
        help=translate("CLIHelp", "change in O&M cost per year (positive = extra cost)"),
    )
    parser.add_argument(
        "--lifetime",
        type=float,
        default=10.0,
        metavar="YEARS",
        help=translate("CLIHelp", "economic lifetime of the measure (default: 10 years)"),
    )
    parser.add_argument(
        "--discount-rate",
        type=float,
        default=0.10,
        metavar="FRACTION",
        help=translate("CLIHelp", "discount rate for the NPV, e.g. 0.10 for 10 %% (the default)"),
    )
    parser.add_argument(
        "--reference", metavar="YAML", help=translate("CLIHelp", "a reference-data file to use")
    )
    parser.set_defaults(func=run)



def _estimator_info(est: Any) -> dict[str, Any]:
    return {
        "id": est.id,
        "title_en": est.title_en,
        "title_vi": est.title_vi,
        "techniques": list(est.techniques),
        "area": est.area,
        "inputs": [
            {
                "name": s.name,
                "label_en": s.label_en,
                "label_vi": s.label_vi,
                "unit": s.unit,
                "default": s.default,
                "minimum": s.minimum,
                "maximum": s.maximum,
                "choices": list(s.choices),
                "pressure": s.pressure,
            }
            for s in est.inputs
        ],
        "outputs": [
            {"name": s.name, "label_en": s.label_en, "label_vi": s.label_vi, "unit": s.unit}
            for s in est.outputs
        ],
        "formula": est.formula,
        "source": est.source,
        "example_source": est.example_source,
    }


def _print_list(as_json: bool) -> int:
    import json

    from auditdesk.calc.engine import label
    from auditdesk.calc.estimator import all_estimators
    from auditdesk.i18n import current_language, format_value, translate, unit_text

    estimators = all_estimators()
    if as_json:
        print(json.dumps([_estimator_info(e) for e in estimators], ensure_ascii=False, indent=2))
        return 0
    vi = current_language() == "vi"
    for est in estimators:
        print(f"{est.id} — {est.title_vi if vi else est.title_en} [{', '.join(est.techniques)}]")
        for spec in est.inputs:
            if spec.choices:
                detail = " | ".join(spec.choices)
            else:
                low = "" if spec.minimum is None else format_value(spec.minimum)
                high = "" if spec.maximum is None else format_value(spec.maximum)
                detail = f"{unit_text(spec.unit) or '–'}; {low}…{high}"
            default = (translate("CalcCLI", "required") if spec.default is None
                       else spec.default if isinstance(spec.default, str)
                       else format_value(spec.default))
            print(f"    {spec.name:<24} {label(spec)} ({detail}; {default})")
        outputs = ", ".join(f"{s.name} [{unit_text(s.unit)}]" if s.unit else s.name
                            for s in est.outputs)
        print("    → " + outputs)
        print("    " + _fill(translate("CalcCLI", "Source: %1"),
                             translate("Estimator", est.source)))
    return 0


def _parse_sets(items: list[str]) -> dict[str, str | float]:
    values: dict[str, str | float] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            from auditdesk.calc.engine import InputError
            from auditdesk.i18n import translate

            raise InputError(
                _fill(
                    translate("CalcCLI", "'--set %1': write NAME=VALUE, e.g. pressure=7bar."), item
                )
            )
        values[name.strip()] = value.strip()
    return values


def _short(value: float) -> str:
    """A number with as many decimals as its size deserves (4 significant digits or more);
    a whole number (a count, a zero) without decimals: 80, not 80,00."""
    from auditdesk.i18n import format_number, format_value

    size = abs(value)
    if float(value).is_integer() and size < 1e15:
        return format_value(value if value else 0.0)
    decimals = 0 if size >= 1000 else 1 if size >= 100 else 2 if size >= 1 else 4
    return format_number(value, decimals)


def _given(text: str) -> str:
    """The text the caller gave for an input; a bare number in the language's marks."""
    from auditdesk.i18n import format_value

    try:
        return format_value(float(text))
    except ValueError:
        return text


def _print_report(report: Any) -> None:
    from auditdesk.calc.engine import label
    from auditdesk.calc.reference_texts import display_text
    from auditdesk.i18n import (
        current_language,
        format_iso_date,
        format_number,
        format_vnd,
        translate,
        unit_text,
    )
    from auditdesk.model.carriers import CARRIERS

    vi = current_language() == "vi"
    print(f"{report.title_vi if vi else report.title_en} ({report.estimator_id})")
    print(translate("CalcCLI", "Inputs:"))
    for item in report.inputs:
        shown = item.value if isinstance(item.value, str) else _short(item.value)
        origin = translate("CalcCLI", "default") if item.is_default else _given(item.given)
        amount = f"{shown} {unit_text(item.unit)}".rstrip()
        print(f"    {label(item)}: {amount} ({origin})")
    print(translate("CalcCLI", "Results:"))
    for row in report.values:
        print(f"    {label(row)}: {_short(row.value)} {unit_text(row.unit)}")
    print(translate("CalcCLI", "Savings per year:"))
    for row in report.carriers:
        print(
            f"    {CARRIERS[row.carrier].label}: {_short(row.amount)} {unit_text(row.unit)}, "
            f"{_short(row.energy_gj)} GJ, {_short(row.toe)} TOE, "
            f"{format_vnd(row.cost_vnd)}, {_short(row.co2e_t)} tCO2e"
            + (
                _fill(
                    translate("CalcCLI", " (+%1 t biogenic CO2, not in the total)"),
                    _short(row.biogenic_co2_t),
                )
                if row.biogenic_co2_t
                else ""
            )
        )
    money = report.financial
    print(
        _fill(
            translate("CalcCLI", "Total: %1 per year, %2 tCO2e per year"),
            format_vnd(report.total_cost_savings_vnd),
            _short(report.total_co2e_t),
        )
    )
    payback = money.simple_payback_yr
    print(
        _fill(
            translate("CalcCLI", "Payback %1 yr, NPV %2, IRR %3"),
            _short(payback) if payback is not None else "–",
            format_vnd(money.npv_vnd),
            f"{format_number(money.irr * 100, 1)} %" if money.irr is not None else "–",
        )
    )
    print(_fill(translate("CalcCLI", "Formula: %1"), report.formula))
    print(_fill(translate("CalcCLI", "Source: %1"), report.source))
    for note in report.assumptions:
        print("    - " + note)
    for note in report.notes:
        print("! " + note)
    print(
        _fill(
            translate("CalcCLI", "Reference data: %1 (%2); grid emission factor %3"),
            display_text(report.reference_set),
            format_iso_date(report.reference_date),
            report.grid_year,
        )
    )


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    from auditdesk.calc import reference
    from auditdesk.calc.engine import InputError, run_estimate
    from auditdesk.calc.estimator import get
    from auditdesk.i18n import translate

    if args.list:
        return _print_list(args.json)
    if not args.measure:
        print(
            translate("CalcCLI", "Name an estimator, or use --list to see them."), file=sys.stderr
        )
        return 2
    try:
        ref = reference.load_yaml(args.reference) if args.reference else reference.load_builtin()
        raw: dict[str, str | float] = {}
        if args.example:
            try:
                raw.update(get(args.measure).example)
            except KeyError:
                pass  # run_estimate reports the unknown id
        raw.update(_parse_sets(args.set))
        report = run_estimate(
            args.measure,
            raw,
            ref,
            grid_year=args.grid_year,
            voltage=args.voltage,
            investment_vnd=args.investment,
            om_cost_change=args.om_cost,
            lifetime_yr=args.lifetime,
            discount_rate=args.discount_rate,
        )
    except (InputError, reference.ReferenceDataError, reference.MissingFactorError) as exc:
        print(_fill(translate("CalcCLI", "Error: %1"), exc), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
    return 0
