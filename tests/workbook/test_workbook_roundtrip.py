"""Export → import → export: the second workbook holds the same data as the first.

Two cells may differ, and only these: Cover's export time, and the Checklist's photo
counts after an import into a database without the photos (photos travel in audit
packages; a workbook counts them but cannot carry them).
"""

from __future__ import annotations

from pathlib import Path

from workbook_helpers import differences, table

from auditdesk.exchange.workbook import contract as c
from auditdesk.exchange.workbook import export_audit_workbook, import_workbook
from auditdesk.store import Store


def _allowed(diff: tuple[str, int, int, object, object]) -> bool:
    sheet, row, column, _, _ = diff
    exported_at = sheet == c.COVER and column == 3 and row == _cover_row("exported_at")
    photos = sheet == c.CHECKLIST and column == 14
    return exported_at or photos


def _cover_row(key: str) -> int:
    keys = [f.key for f in c.COVER_FIELDS]
    return c.TITLED_HEADER_ROW + 2 + keys.index(key)


def test_round_trip_through_an_empty_database(demo_store: Store, audit_id: str,
                                              empty_store: Store, tmp_path: Path) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    export_audit_workbook(demo_store, audit_id, first)
    result = import_workbook(empty_store, first)
    assert result.committed and result.audit_id == audit_id
    assert result.created["opportunity"] == demo_store.opportunities.count(
        "audit_id = ?", (audit_id,))
    export_audit_workbook(empty_store, audit_id, second)
    for data_only in (True, False):  # the values, then the formulas
        diffs = differences(first, second, data_only)
        assert diffs and all(_allowed(d) for d in diffs), [d for d in diffs if not _allowed(d)]
    photos = [d for d in differences(first, second) if d[0] == c.CHECKLIST]
    assert photos and all(d[4] == 0 for d in photos)  # counted, not carried


def test_the_round_trip_rebuilds_what_the_sheets_derive_from(demo_store: Store, audit_id: str,
                                                             empty_store: Store,
                                                             tmp_path: Path) -> None:
    """Meters with monthly readings, production, the checklist template, comments."""
    from auditdesk.store.estimates import audit_totals

    path = tmp_path / "first.xlsx"
    export_audit_workbook(demo_store, audit_id, path)
    import_workbook(empty_store, path)
    audit = empty_store.audits.get(audit_id)
    meters = empty_store.meters.for_enterprise(audit.enterprise_id)
    assert meters and all(m.kind == "period" for m in meters)
    assert empty_store.production.count("enterprise_id = ?", (audit.enterprise_id,)) == 12
    assert empty_store.templates.count("code = ?", (audit.template_code,)) == 1
    assert empty_store.comments.count("audit_id = ?", (audit_id,)) >= 1
    before, after = audit_totals(demo_store, audit_id), audit_totals(empty_store, audit_id)
    assert after.total == before.total and after.symbiosis == before.symbiosis
    history = empty_store.history.list(entity="opportunity", entity_id=meters[0].id)
    assert history == []  # meters are not opportunities: the history is per record
    assert empty_store.history.list(entity="audit", entity_id=audit_id)[0].op == "create"


def test_importing_the_same_workbook_again_changes_nothing(demo_store: Store, audit_id: str,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "audit.xlsx"
    export_audit_workbook(demo_store, audit_id, path)
    history = len(demo_store.history.list())
    result = import_workbook(demo_store, path)
    assert result.created == {} and result.updated == {}
    assert len(demo_store.history.list()) == history
    again = tmp_path / "again.xlsx"
    export_audit_workbook(demo_store, audit_id, again)
    diffs = differences(path, again)
    assert all(d[0] == c.COVER for d in diffs)  # photos kept: the database has them


def test_the_office_edits_come_back_into_the_existing_audit(demo_store: Store, audit_id: str,
                                                            tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "audit.xlsx"
    export_audit_workbook(demo_store, audit_id, path)
    book = openpyxl.load_workbook(path)
    ws = book[c.OPPORTUNITIES]
    headers = {cell.value: cell.column for cell in ws[c.HEADER_ROW + 1]}
    row = 3
    opportunity_id = ws.cell(row, headers["Id"]).value
    before = demo_store.opportunities.get(opportunity_id)
    ws.cell(row, headers["Status"]).value = "scheduled"
    ws.cell(row, headers["Owner"]).value = "Phòng cơ điện"
    comments = ws.cell(row, headers["Reviewer comments"]).value or ""
    ws.cell(row, headers["Reviewer comments"]).value = (comments + "\n" if comments else "") + \
        "Ban quản lý: ưu tiên làm trong quý 3."
    new = ws.max_row + 1
    for header, value in (("Title", "Thu hồi nước ngưng lò hơi số 2"), ("RECP technique", "OR"),
                          ("Estimator", "custom"), ("Status", "identified"),
                          ("Priority", "low"), ("Lifetime (yr)", 8), ("Discount rate", 0.1),
                          ("Cost savings (VND/yr)", 50_000_000),
                          ("Investment: equipment (VND)", 120_000_000),
                          ("Water savings (m³/yr)", 1_500), ("Code", "NEW-1")):
        ws.cell(new, headers[header]).value = value
    book.save(path)
    result = import_workbook(demo_store, path)
    assert result.created == {"opportunity": 1, "comment": 1}
    assert result.updated == {"opportunity": 1}
    after = demo_store.opportunities.get(opportunity_id)
    assert (after.status, after.owner) == ("scheduled", "Phòng cơ điện")
    assert after.extra_savings_vnd == before.extra_savings_vnd  # savings untouched
    changes = {h.field for h in demo_store.history.list(entity="opportunity",
                                                        entity_id=opportunity_id)[:2]}
    assert changes == {"status", "owner"}
    added = demo_store.opportunities.list("audit_id = ? AND code = 'NEW-1'", (audit_id,))[0]
    assert added.investment == 120_000_000 and added.lifetime_yr == 8
    again = tmp_path / "again.xlsx"
    export_audit_workbook(demo_store, audit_id, again)
    line = next(r for r in table(again, c.OPPORTUNITIES) if r["Code"] == "NEW-1")
    assert line["Cost savings (VND/yr)"] == 50_000_000
    assert line["Water savings (m³/yr)"] == 1_500
    assert line["Simple payback (yr)"] == 120_000_000 / 50_000_000


def test_changed_savings_replace_the_split_the_workbook_cannot_show(demo_store: Store,
                                                                   audit_id: str,
                                                                   tmp_path: Path) -> None:
    import openpyxl

    from auditdesk.store.estimates import register_rows

    path = tmp_path / "audit.xlsx"
    export_audit_workbook(demo_store, audit_id, path)
    book = openpyxl.load_workbook(path)
    ws = book[c.OPPORTUNITIES]
    headers = {cell.value: cell.column for cell in ws[c.HEADER_ROW + 1]}
    opportunity_id = ws.cell(3, headers["Id"]).value
    ws.cell(3, headers["Cost savings (VND/yr)"]).value = 123_456_789
    ws.cell(3, headers["CO2e reduction (t/yr)"]).value = 42.5
    book.save(path)
    import_workbook(demo_store, path)
    row = next(r for r in register_rows(demo_store, audit_id) if r.id == opportunity_id)
    assert (row.cost_savings_vnd, row.co2e_t) == (123_456_789, 42.5)
    assert demo_store.opportunities.get(opportunity_id).estimate == ""


def test_months_without_data_and_meters_without_readings_survive(
        demo_store: Store, audit_id: str, empty_store: Store, tmp_path: Path) -> None:
    from auditdesk import model

    audit = demo_store.audits.get(audit_id)
    start = audit.baseline_start[:7]  # the first month of the baseline
    year, month = int(start[:4]), int(start[5:7])

    def month_start(offset: int) -> str:
        index = year * 12 + month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}-01T00:00:00"

    gappy = demo_store.meters.create(model.Meter(
        enterprise_id=audit.enterprise_id, name="Khí nén xưởng 2", carrier="compressed_air",
        unit="m3", kind="period"))
    demo_store.readings.add_many([
        model.Reading(meter_id=gappy.id, ts=month_start(0), value=0.0),
        model.Reading(meter_id=gappy.id, ts=month_start(1), value=100.5),
        model.Reading(meter_id=gappy.id, ts=month_start(2), value=99.25),
        model.Reading(meter_id=gappy.id, ts=month_start(3), value=-1.0),  # left out
        model.Reading(meter_id=gappy.id, ts=month_start(4), value=120.125)])
    demo_store.meters.create(model.Meter(enterprise_id=audit.enterprise_id,
                                         name="Nước giếng (chưa có số đọc)", carrier="water",
                                         unit="m3"))
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    export_audit_workbook(demo_store, audit_id, first)
    months = [r["Consumption (unit/month)"] for r in table(first, c.MONTHLY)
              if r["Meter id"] == gappy.id]
    assert months[:4] == [100.5, 99.25, None, 120.125] and set(months[4:]) == {None}
    import_workbook(empty_store, first)
    export_audit_workbook(empty_store, audit_id, second)
    diffs = [d for d in differences(first, second) if d[0] in (c.MONTHLY, c.BASELINE)]
    assert diffs == []
