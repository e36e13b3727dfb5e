"""The portfolio roll-up: its sums against the database, the selection, the consistency
checks with what to fix, and anonymisation."""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import rows, table

from auditdesk import model
from auditdesk.exchange.workbook import (
    RollupRefused,
    Selection,
    export_rollup,
)
from auditdesk.exchange.workbook import contract as c
from auditdesk.exchange.workbook.rollup_checks import check_portfolio
from auditdesk.exchange.workbook.rollup_data import load_portfolio
from auditdesk.store import Store
from auditdesk.store.estimates import audit_totals, register_rows

KEPT = ("SELECT {what} FROM opportunity_saving s JOIN opportunity o ON o.id = s.opportunity_id "
        "WHERE o.status != 'rejected' AND o.symbiosis = {symbiosis}")


@pytest.fixture
def rollup(demo_store: Store, audit_id: str, tmp_path: Path) -> Path:
    path = tmp_path / "rollup.xlsx"
    export_rollup(demo_store, Selection(), path)
    return path


def test_the_sheets_of_the_contract(rollup: Path) -> None:
    book = openpyxl.load_workbook(rollup, read_only=True)
    assert book.sheetnames == ["Summary", "Portfolio", "ByPark", "ByTechnique", "ByStatus",
                               "Opportunities", "Reference"]
    for sheet, columns in ((c.PORTFOLIO, c.PORTFOLIO_COLUMNS), (c.BY_PARK, c.BY_PARK_COLUMNS),
                           (c.BY_TECHNIQUE, c.BY_TECHNIQUE_COLUMNS),
                           (c.BY_STATUS, c.BY_STATUS_COLUMNS),
                           (c.OPPORTUNITIES, c.ROLLUP_OPPORTUNITY_COLUMNS)):
        header = rows(rollup, sheet)[c.HEADER_ROW]
        assert list(header) == [col.en for col in columns], sheet
    full = openpyxl.load_workbook(rollup)
    assert full[c.PORTFOLIO].freeze_panes == "A3"
    assert full[c.OPPORTUNITIES].auto_filter.ref.startswith("A2:")


def test_the_sums_are_the_databases(rollup: Path, demo_store: Store) -> None:
    summary = {r["Code"]: r for r in table(rollup, c.SUMMARY)}
    for symbiosis, column in ((0, "RECP"), (1, "Industrial symbiosis")):
        for carrier in ("electricity", "water", "coal", "lpg"):
            expected = demo_store.query(KEPT.format(what="coalesce(sum(s.amount), 0)",
                                                    symbiosis=symbiosis)
                                        + " AND s.carrier = ?", (carrier,))[0][0]
            assert math.isclose(summary[carrier][column], expected, rel_tol=1e-12, abs_tol=1e-9)
        co2e = demo_store.query(KEPT.format(what="coalesce(sum(s.co2e_t), 0)",
                                            symbiosis=symbiosis))[0][0]
        assert math.isclose(summary["co2e"][column], co2e, rel_tol=1e-12, abs_tol=1e-9)
        money = demo_store.query(
            "SELECT coalesce(sum(investment_equipment + investment_installation + "
            "investment_engineering + investment_other), 0), count(*) FROM opportunity WHERE "
            "status != 'rejected' AND symbiosis = ?", (symbiosis,))[0]
        assert math.isclose(summary["investment"][column], money[0], rel_tol=1e-12)
        assert summary["opportunities"][column] == money[1]
    # the same figures as each audit's own register, audit by audit
    portfolio = {r["Audit id"]: r for r in table(rollup, c.PORTFOLIO)}
    assert len(portfolio) == demo_store.audits.count()
    for audit_id, row in portfolio.items():
        totals = audit_totals(demo_store, audit_id)
        recp_cost = totals.total.cost_savings_vnd - totals.symbiosis.cost_savings_vnd
        assert math.isclose(row["Cost savings (VND/yr)"], recp_cost, rel_tol=1e-12)
        assert row["Industrial symbiosis opportunities"] == totals.symbiosis.count
        assert row["Rejected opportunities"] == totals.rejected
    everything = table(rollup, c.OPPORTUNITIES)
    assert len(everything) == demo_store.opportunities.count()
    assert sum(r["Cost savings (VND/yr)"] for r in everything if r["Status"] != "rejected") \
        == pytest.approx(sum(audit_totals(demo_store, a).total.cost_savings_vnd
                             for a in portfolio), rel=1e-12)


def test_each_opportunity_row_is_the_registers(rollup: Path, demo_store: Store,
                                               audit_id: str) -> None:
    sheet = {r["Id"]: r for r in table(rollup, c.OPPORTUNITIES)}
    for row in register_rows(demo_store, audit_id):
        cells = sheet[row.id]
        assert cells["Cost savings (VND/yr)"] == row.cost_savings_vnd
        assert cells["Net savings (VND/yr)"] == row.net_savings_vnd
        assert (cells["Simple payback (yr)"] or None) == row.payback_yr
        assert cells["NPV (VND)"] == pytest.approx(row.npv_vnd, rel=1e-12)
        if row.irr is not None:
            assert cells["IRR"] == pytest.approx(row.irr, rel=1e-9)
        assert cells["Audit id"] == audit_id


def test_by_technique_and_by_status(rollup: Path, demo_store: Store) -> None:
    techniques = {r["RECP technique"]: r for r in table(rollup, c.BY_TECHNIQUE)}
    assert list(techniques) == list(c.TECHNIQUES)
    for code in c.TECHNIQUES:
        count = demo_store.opportunities.count(
            "technique = ? AND status != 'rejected' AND symbiosis = 0", (code,))
        assert techniques[code]["RECP opportunities"] == count
    statuses = {r["Status"]: r for r in table(rollup, c.BY_STATUS)}
    for code in c.OPPORTUNITY_STATUSES:
        count = demo_store.opportunities.count("status = ? AND symbiosis = 0", (code,))
        assert statuses[code]["RECP opportunities"] == count
    parks = table(rollup, c.BY_PARK)
    assert sum(r["Audits"] for r in parks) == demo_store.audits.count()
    assert sum(r["Enterprises"] for r in parks) == demo_store.enterprises.count()


def test_the_headline_reads_off_the_summary(rollup: Path, demo_store: Store) -> None:
    headline = rows(rollup, c.SUMMARY)[1][0]
    recp = demo_store.opportunities.count("status != 'rejected' AND symbiosis = 0")
    enterprises = demo_store.enterprises.count()
    assert headline.startswith(f"{recp} RECP solutions proposed for {enterprises} enterprises, "
                               "saving ")
    assert "industrial-symbiosis solution" in headline and headline.endswith("counted apart.")


def test_the_selection(demo_store: Store) -> None:
    park = demo_store.parks.list(order_by="name")[0]
    by_park = load_portfolio(demo_store, Selection(parks=(park.id,)))
    assert by_park.audits and {a.park_id for a in by_park.audits} == {park.id}
    audit = by_park.audits[0]
    demo_store.audits.update(audit.id, status="closed", start_date="2024-11-02",
                             end_date="2024-11-03")
    assert [a.id for a in load_portfolio(demo_store, Selection(years=(2024,))).audits] == \
        [audit.id]
    assert [a.id for a in load_portfolio(demo_store, Selection(statuses=("closed",))).audits] \
        == [audit.id]
    assert load_portfolio(demo_store, Selection(parks=(park.id,), years=(1999,))).audits == []


def test_mixed_reference_data_and_rates_are_listed(demo_store: Store, tmp_path: Path) -> None:
    audit = demo_store.audits.list()[0]
    copy = demo_store.reference_sets.copy(audit.reference_set_id or "", "Bộ của văn phòng 2026")
    fx = demo_store.factors.list("set_id = ? AND key = 'fx.usd'", (copy.id,))[0]
    demo_store.factors.update(fx.id, value=26_500.0)
    demo_store.audits.update(audit.id, reference_set_id=copy.id)
    issues = check_portfolio(load_portfolio(demo_store, Selection()))
    kinds = sorted(i.kind for i in issues)
    assert kinds == ["currency", "reference"]
    text = "\n".join(str(i) for i in issues)
    assert "26,500 VND/USD (1 audits)" in text and "Bộ của văn phòng 2026" in text
    out = tmp_path / "rollup.xlsx"
    with pytest.raises(RollupRefused) as refused:
        export_rollup(demo_store, Selection(), out)
    assert len(refused.value.issues) == 2 and not out.exists()
    result = export_rollup(demo_store, Selection(), out, force=True)
    assert result.issues == issues
    portfolio = {r["Audit id"]: r for r in table(out, c.PORTFOLIO)}
    assert portfolio[audit.id]["Exchange rate (VND/USD)"] == 26_500.0
    assert portfolio[audit.id]["Reference-data set"] == "Bộ của văn phòng 2026"


def test_opportunities_counted_twice_are_listed(demo_store: Store) -> None:
    audit = demo_store.audits.list()[0]
    follow_up = demo_store.audits.create(model.Audit(
        enterprise_id=audit.enterprise_id, title="Đánh giá lại 2026", start_date="2026-03-01",
        reference_set_id=audit.reference_set_id))
    first = demo_store.opportunities.for_audit(audit.id)[0]
    demo_store.opportunities.create(model.Opportunity(
        audit_id=follow_up.id, title=f"  {first.title.upper()} ", technique="GH"))
    twin = demo_store.audits.create(model.Audit(
        enterprise_id=audit.enterprise_id, title=audit.title, start_date=audit.start_date,
        reference_set_id=audit.reference_set_id))
    enterprises = demo_store.enterprises.list(order_by="name")
    a, b = enterprises[0], enterprises[1]
    for own, partner in ((a, b), (b, a)):
        target = demo_store.audits.for_enterprise(own.id)[0]
        demo_store.opportunities.create(model.Opportunity(
            audit_id=target.id, title=f"Trao đổi nhiệt thải với {partner.name}",
            technique="OR", symbiosis=True, partner=partner.name))
    issues = check_portfolio(load_portfolio(demo_store, Selection()))
    text = "\n".join(str(i) for i in issues)
    assert {i.kind for i in issues} == {"counted_twice"}, text
    assert f"“{first.title.upper()}” is an opportunity of two selected audits" in text, text
    assert "appears twice" in text and twin.title in text
    assert f"{a.name} and {b.name} both report an industrial-symbiosis exchange" in text or \
        f"{b.name} and {a.name} both report an industrial-symbiosis exchange" in text


def test_anonymised_roll_up_names_no_enterprise(demo_store: Store, tmp_path: Path) -> None:
    names = [e.name for e in demo_store.enterprises.list()]
    opportunity = demo_store.opportunities.list()[0]
    demo_store.opportunities.update(opportunity.id, title=f"Giải pháp của {names[0]}",
                                    owner="Nguyễn Văn A")
    out = tmp_path / "anonymous.xlsx"
    export_rollup(demo_store, Selection(), out, anonymise=True)
    text = [str(v) for sheet in openpyxl.load_workbook(out, read_only=True).worksheets
            for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    joined = "\n".join(text)
    for name in names:
        assert name not in joined
    assert "Nguyễn Văn A" not in joined and "Enterprise 001" in joined
    portfolio = table(out, c.PORTFOLIO)
    assert {r["Enterprise"] for r in portfolio} == {f"Enterprise {i:03d}"
                                                    for i in range(1, len(names) + 1)}
    assert all(r["Enterprise id"] is None for r in portfolio)
