"""Consistency checks before a roll-up (no Qt): what would make its totals wrong, and
what to do about it. Each ``Issue`` is one translated sentence naming the audits or
opportunities concerned.

- **units**: a saving of a carrier the workbook has no column (no canonical
  unit) for cannot be summed with the others;
- **currency**: an audit without an exchange rate has no USD; audits with
  different VND/USD rates are summed in USD at their own rates;
- **reference data**: audits pinned to reference-data sets whose factors differ
  (tariffs, emission factors, calorific values) were estimated on different bases;
- **counted twice**: the same opportunity in two selected audits of one
  enterprise, an audit present twice, or an industrial-symbiosis exchange
  reported by both partners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditdesk.exchange.workbook.rollup_data import Portfolio
from auditdesk.i18n import fill, format_number, translate

UNITS, CURRENCY, REFERENCE, TWICE = "units", "currency", "reference", "counted_twice"


@dataclass(frozen=True)
class Issue:
    """One thing to fix before the roll-up adds up: its kind and what to do."""

    kind: str
    message: str

    def __str__(self) -> str:
        return self.message


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _audit_label(portfolio: Portfolio, index: int) -> str:
    audit = portfolio.audits[index]
    return f"{audit.enterprise} — {audit.title} ({audit.start_date})"


def _units(portfolio: Portfolio) -> list[Issue]:
    issues = []
    for line_index, carrier in portfolio.unknown_carriers:
        line = portfolio.lines[line_index]
        issues.append(Issue(UNITS, fill(translate(
            "Rollup", "%1: opportunity %2 saves “%3”, which has no unit the roll-up can add "
                      "up. Change the carrier of that saving."),
            _audit_label(portfolio, portfolio.line_audit[line_index]), line.code or line.title,
            carrier)))
    return issues


def _currency(portfolio: Portfolio) -> list[Issue]:
    issues = []
    missing = [a for a in portfolio.audits if not a.vnd_per_usd]
    if missing:
        issues.append(Issue(CURRENCY, fill(translate(
            "Rollup", "%1 audit(s) have no VND/USD exchange rate in their reference data, so "
                      "their USD figures are empty: %2. Give their reference-data set a rate "
                      "(fx.usd)."), len(missing),
            "; ".join(f"{a.enterprise} — {a.title}" for a in missing[:5]))))
    rates: dict[float, int] = {}
    for audit in portfolio.audits:
        if audit.vnd_per_usd:
            rates[audit.vnd_per_usd] = rates.get(audit.vnd_per_usd, 0) + 1
    if len(rates) > 1:
        listed = ", ".join(fill(translate("Rollup", "%1 VND/USD (%2 audits)"),
                                format_number(rate), count)
                           for rate, count in sorted(rates.items()))
        issues.append(Issue(CURRENCY, fill(translate(
            "Rollup", "The audits convert VND to USD at different rates: %1. Their USD totals "
                      "are added at each audit's own rate; re-estimate them with one set to "
                      "compare like with like."), listed)))
    return issues


def _reference(portfolio: Portfolio) -> list[Issue]:
    signatures: dict[tuple[tuple[str, float, str], ...], list[str]] = {}
    for set_id, (ref, factors) in portfolio.reference_sets.items():
        key = tuple(sorted((f.key, f.value, f.unit) for f in factors))
        signatures.setdefault(key, []).append(set_id)
    if len(signatures) <= 1:
        return []
    parts = []
    for set_ids in signatures.values():
        names = sorted({f"{portfolio.reference_sets[s][0].name} "
                        f"({portfolio.reference_sets[s][0].effective_date})" for s in set_ids})
        count = sum(1 for a in portfolio.audits if (a.reference_set_id or "") in set_ids)
        parts.append(fill(translate("Rollup", "%1: %2 audits"), ", ".join(names), count))
    return [Issue(REFERENCE, fill(translate(
        "Rollup", "The audits use reference-data sets with different factors (tariffs, "
                  "emission factors, exchange rates): %1. Re-estimate them with one set, or "
                  "accept that their figures rest on different bases."), "; ".join(parts)))]


def _twice(portfolio: Portfolio) -> list[Issue]:
    issues = []
    audits_by_key: dict[tuple[str, str, str], int] = {}
    for index, audit in enumerate(portfolio.audits):
        key = (audit.enterprise_id, audit.start_date, _norm(audit.title))
        if key in audits_by_key:
            issues.append(Issue(TWICE, fill(translate(
                "Rollup", "%1 appears twice (two audits with the same enterprise, title and "
                          "date). Leave one out of the selection or merge them."),
                _audit_label(portfolio, index))))
        audits_by_key.setdefault(key, index)
    seen: dict[tuple[str, str], int] = {}
    for line_index, line in enumerate(portfolio.lines):
        audit_index = portfolio.line_audit[line_index]
        title = (portfolio.audits[audit_index].enterprise_id, _norm(line.title))
        first = seen.setdefault(title, line_index)
        if first != line_index and portfolio.line_audit[first] != audit_index:
            issues.append(Issue(TWICE, fill(translate(
                "Rollup", "“%1” is an opportunity of two selected audits of %2 (%3 and %4): "
                          "it would be counted twice. Reject it in one of them or leave one "
                          "audit out."), line.title.strip(),
                portfolio.audits[audit_index].enterprise,
                portfolio.audits[portfolio.line_audit[first]].title,
                portfolio.audits[audit_index].title)))
    issues += _symbiosis_twice(portfolio)
    return issues


def _symbiosis_twice(portfolio: Portfolio) -> list[Issue]:
    """An exchange between two selected enterprises reported by both of them."""
    names = {a.enterprise_id: _norm(a.enterprise) for a in portfolio.audits}
    partners: dict[str, set[str]] = {}  # enterprise id -> ids of the partners it names
    for line_index, line in enumerate(portfolio.lines):
        if not line.symbiosis or line.status == "rejected" or not line.partner:
            continue
        own = portfolio.audits[portfolio.line_audit[line_index]].enterprise_id
        partner = _norm(line.partner)
        for other, name in names.items():
            if other != own and name and (name in partner or partner in name):
                partners.setdefault(own, set()).add(other)
    issues, done = [], set()
    for own, others in partners.items():
        for other in others:
            pair = tuple(sorted((own, other)))
            if own in partners.get(other, set()) and pair not in done:
                done.add(pair)
                first = next(a.enterprise for a in portfolio.audits if a.enterprise_id == pair[0])
                second = next(a.enterprise for a in portfolio.audits
                              if a.enterprise_id == pair[1])
                issues.append(Issue(TWICE, fill(translate(
                    "Rollup", "%1 and %2 both report an industrial-symbiosis exchange with "
                              "each other: the same exchange may be counted twice. Keep it in "
                              "one of the two audits."), first, second)))
    return issues


def check_portfolio(portfolio: Portfolio) -> list[Issue]:
    """Everything that makes the roll-up's totals questionable, with what to do."""
    return _units(portfolio) + _currency(portfolio) + _reference(portfolio) + _twice(portfolio)
