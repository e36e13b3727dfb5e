"""The workbook's figures are AuditDesk's: every cached formula value equals the register,
the totals and the baseline; no column the app counts is missing (MEASUR's export left
one out, so its workbook total differed from the app's)."""

from __future__ import annotations

from pathlib import Path

from workbook_helpers import fields, rows, table

from auditdesk.exchange.workbook import contract as c
from auditdesk.store import Store
from auditdesk.store.estimates import audit_totals, register_rows, vnd_per_usd


def test_opportunity_rows_hold_the_registers_numbers_exactly(exported: Path,
                                                             demo_store: Store,
                                                             audit_id: str) -> None:
    sheet = {r["Id"]: r for r in table(exported, c.OPPORTUNITIES)}
    rate = vnd_per_usd(demo_store, audit_id)
    rows_ = register_rows(demo_store, audit_id)
    assert len(rows_) == len(sheet) >= 5
    for row in rows_:
        cells = sheet[row.id]
        opportunity = demo_store.opportunities.get(row.id)
        assert cells["Cost savings (VND/yr)"] == row.cost_savings_vnd
        assert cells["Cost savings (USD/yr)"] == row.cost_savings_usd
        assert cells["Exchange rate (VND/USD)"] == rate
        assert cells["Investment (VND)"] == row.investment_vnd == opportunity.investment
        assert cells["Investment: equipment (VND)"] == opportunity.investment_equipment
        assert cells["Net savings (VND/yr)"] == row.net_savings_vnd
        assert (cells["Simple payback (yr)"] or None) == row.payback_yr
        assert cells["NPV (VND)"] == row.npv_vnd
        assert (cells["IRR"] or None) == row.irr
        assert cells["CO2e reduction (t/yr)"] == row.co2e_t
        assert cells["Lifetime (yr)"] == row.lifetime_yr
        assert cells["Discount rate"] == row.discount_rate
        assert (cells["Status"], cells["RECP technique"], cells["Code"]) == (
            row.status, row.technique, row.code)
        assert cells["Industrial symbiosis"] == ("yes" if row.symbiosis else "no")
        for code, amount in row.savings.items():
            assert cells[c.carrier_column(code).en] == amount
        for code in set(c.CARRIERS) - set(row.savings):
            assert cells[c.carrier_column(code).en] is None


def _summary(path: Path) -> dict[str, tuple[object, object, object]]:
    return {r["Code"]: (r["RECP"], r["Industrial symbiosis"], r["All"])
            for r in table(path, c.SUMMARY)}


def test_summary_totals_are_the_apps_totals(exported: Path, demo_store: Store,
                                            audit_id: str) -> None:
    totals = audit_totals(demo_store, audit_id)
    summary = _summary(exported)
    everything, symbiosis = totals.total, totals.symbiosis
    assert summary["opportunities"][2] == everything.count
    assert summary["opportunities"][1] == symbiosis.count >= 1
    assert summary["opportunities"][0] == everything.count - symbiosis.count
    assert summary["cost_vnd"][2] == everything.cost_savings_vnd  # the register's total
    assert summary["cost_usd"][2] == everything.cost_savings_usd
    assert summary["investment"][2] == everything.investment_vnd
    assert summary["net"][2] == everything.net_savings_vnd
    assert summary["co2e"][2] == everything.co2e_t
    assert summary["payback"][2] == everything.weighted_payback_yr
    assert summary["cost_vnd"][1] == symbiosis.cost_savings_vnd
    for code, amount in everything.savings.items():
        assert summary[code][2] == amount
    rejected = sum(1 for r in register_rows(demo_store, audit_id) if r.status == "rejected")
    assert rejected >= 1 and summary["rejected"][2] == rejected
    for code, technique in totals.by_technique.items():
        assert summary[code][2] == technique.count


def test_no_saving_the_app_counts_is_missing_from_the_sheet(exported: Path, demo_store: Store,
                                                            audit_id: str) -> None:
    """Summing the Opportunities sheet as the office would gives the app's totals."""
    sheet = table(exported, c.OPPORTUNITIES)
    kept = [r for r in sheet if r["Status"] != "rejected"]
    totals = audit_totals(demo_store, audit_id).total
    assert sum(r["Cost savings (VND/yr)"] for r in kept) == totals.cost_savings_vnd
    for code, amount in totals.savings.items():
        column = c.carrier_column(code).en
        assert sum(r[column] or 0.0 for r in kept) == amount


def test_the_headline_sentence_reads_off_the_summary(exported: Path, demo_store: Store,
                                                     audit_id: str) -> None:
    from auditdesk.exchange.workbook.summary_sheet import fixed

    all_rows = rows(exported, c.SUMMARY)
    english, vietnamese = all_rows[1][0], all_rows[2][0]
    summary = _summary(exported)
    recp = int(summary["opportunities"][0])
    assert english.startswith(f"{recp} RECP solutions proposed for 1 enterprise, saving "
                              f"{fixed(summary['electricity'][0])} kWh/yr, "
                              f"{fixed(summary['water'][0])} m³/yr, ")
    assert f"{fixed(summary['co2e'][0], 1)} tCO2e/yr; 1 industrial-symbiosis solution " \
           "counted apart." in english
    assert vietnamese.startswith(f"{recp} giải pháp RECP được đề xuất cho 1 doanh nghiệp")
    formulas = rows(exported, c.SUMMARY, data_only=False)
    assert formulas[1][0].startswith("=FIXED(N(F") and "counted apart." in formulas[1][0]


def test_fixed_rounds_like_a_spreadsheet() -> None:
    from auditdesk.exchange.workbook.summary_sheet import fixed

    assert fixed(2.5) == "3" and fixed(1234567.5) == "1,234,568" and fixed(-0.5) == "-1"
    assert fixed(3062.2849, 1) == "3,062.3" and fixed(None) == "0" and fixed("") == "0"


def test_baseline_and_monthly_are_the_baseline_of_the_readings(exported: Path,
                                                               demo_store: Store,
                                                               audit_id: str) -> None:
    from auditdesk.store.baseline import audit_baseline

    app = audit_baseline(demo_store, audit_id)
    sheet = table(exported, c.BASELINE)
    carriers = {r["Carrier"]: r for r in sheet if r["Carrier"] in c.CARRIERS}
    assert set(carriers) == {item.carrier for item in app.baseline.carriers}
    assert next(iter(carriers)) == "electricity"  # customary order
    for item in app.baseline.carriers:
        cells = carriers[item.carrier]
        # the workbook keeps months to 0.001 of a unit (audit_data's module doc)
        assert abs(cells["Consumption (unit/yr)"] - item.amount) <= 0.0005 * 12 * 4
        for header, value in (("Energy (GJ/yr)", item.gj), ("Cost (VND/yr)", item.cost_vnd),
                              ("Emissions (tCO2e/yr)", item.co2e_t),
                              ("Cost (USD/yr)", item.cost_usd)):
            if value is None:
                assert cells[header] in (None, "")
            else:
                assert abs(cells[header] - value) <= abs(value) * 1e-9 + 1e-6, header
    monthly = table(exported, c.MONTHLY)
    meters = {m.id for m in demo_store.meters.for_enterprise(app.inputs.enterprise.id)}
    assert {r["Meter id"] for r in monthly} == meters
    assert len(monthly) == 12 * len(meters)
    for row in monthly:
        if row["Consumption (unit/month)"] is not None:
            assert row["Consumption (unit/month)"] == round(row["Consumption (unit/month)"], 3)
    made = {r["Month"].strftime("%Y-%m"): r["Production (production unit/month)"]
            for r in monthly}
    for month, quantity in app.production.items():
        assert abs(made[month] - quantity) <= 0.0005


def test_cover_and_enterprise_hold_the_records(exported: Path, demo_store: Store,
                                               audit_id: str) -> None:
    audit = demo_store.audits.get(audit_id)
    enterprise = demo_store.enterprises.get(audit.enterprise_id)
    park = demo_store.parks.get(enterprise.park_id)
    cover = fields(exported, c.COVER)
    assert cover["Start date"].date().isoformat() == audit.start_date
    assert (cover["Audit status"], cover["Audit type"]) == (audit.status, audit.audit_type)
    assert cover["Industrial park"] == park.name and cover["Park id"] == park.id
    profile = fields(exported, c.ENTERPRISE)
    assert profile["Employees"] == enterprise.employees
    assert profile["Operating hours (h/yr)"] == enterprise.operating_hours
    assert profile["Contact phone"] == enterprise.contact_phone  # text, leading 0 kept
    assert profile["Management board"] == park.management_board


def test_numbers_keep_every_digit(demo_store: Store, audit_id: str, tmp_path: Path) -> None:
    """xlsxwriter's own writer keeps 16 digits (0.1 + 0.2 would read back as 0.3)."""
    from auditdesk.exchange.workbook import export_audit_workbook

    opportunity = demo_store.opportunities.for_audit(audit_id)[0]
    demo_store.opportunities.update(opportunity.id, investment_other=0.1 + 0.2,
                                    discount_rate=1 / 3 * 0.3)
    path = tmp_path / "digits.xlsx"
    export_audit_workbook(demo_store, audit_id, path)
    row = next(r for r in table(path, c.OPPORTUNITIES) if r["Id"] == opportunity.id)
    assert row["Investment: other (VND)"] == 0.30000000000000004
    assert row["Discount rate"] == 1 / 3 * 0.3
