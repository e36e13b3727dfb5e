"""The register table: model contract, sorting (numbers as numbers, blanks last),
filters, totals, add / duplicate / delete."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from register_helpers import wait_idle

from auditdesk.store import Store
from auditdesk.ui.register.register_model import ID_ROLE, SORT_ROLE


def shown_codes(tab) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = tab.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_models_keep_the_qt_contract(register, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(register.model)
    qtmodeltester.check(register.proxy)
    assert register.model.rowCount() == 9
    headers = [register.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(register.model.columnCount())]
    assert "Electricity\n(kWh/yr)" in headers and "LPG\n(kg/yr)" in headers


def test_sorting_uses_numbers_and_puts_blanks_last(register) -> None:  # type: ignore[no-untyped-def]
    model, view = register.model, register.view
    payback = model.column_of("payback")
    view.sortByColumn(payback, Qt.SortOrder.AscendingOrder)
    values = [register.proxy.index(r, payback).data(SORT_ROLE)
              for r in range(register.proxy.rowCount())]
    assert values == sorted(values)
    assert shown_codes(register)[0] == "HL-02" and shown_codes(register)[-1] == "HL-09"

    mac = model.column_of("mac")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.sortByColumn(mac, order)
        values = [register.proxy.index(r, mac).data(SORT_ROLE)
                  for r in range(register.proxy.rowCount())]
        numbers = [v for v in values if v is not None]
        assert values[:len(numbers)] == numbers  # the blanks (no CO2e) come last
        assert len(numbers) == 6
        expected = sorted(numbers, reverse=order == Qt.SortOrder.DescendingOrder)
        assert numbers == expected
    view.sortByColumn(model.column_of("title"), Qt.SortOrder.AscendingOrder)
    titles = [register.proxy.index(r, 1).data() for r in range(register.proxy.rowCount())]
    assert titles[0].startswith("Bảo ôn")  # B… before H…, diacritics ignored


def test_filters_narrow_the_rows_and_the_totals(register) -> None:  # type: ignore[no-untyped-def]
    full = register.totals.cells["cost"].text()
    register.search.setText("bao on")  # no diacritics typed
    assert shown_codes(register) == ["HL-06"]
    assert register.totals.cells["cost"].text() != full
    assert "only those the filter shows" in register.totals.heading.text()
    register.search.clear()
    register.technique.setCurrentIndex(register.technique.findData("EM"))
    assert shown_codes(register) == ["HL-01", "HL-06", "HL-08"]
    register.status.setCurrentIndex(register.status.findData("proposed"))
    assert shown_codes(register) == ["HL-01", "HL-06", "HL-08"]
    register.technique.setCurrentIndex(0)
    register.status.setCurrentIndex(register.status.findData("identified"))
    assert shown_codes(register) == ["HL-03", "HL-09"]
    register.status.setCurrentIndex(0)
    register.area.setCurrentIndex(register.area.findData("process_heating"))
    assert shown_codes(register) == ["HL-04", "HL-06"]
    register.area.setCurrentIndex(0)
    assert len(shown_codes(register)) == 9
    assert register.totals.cells["cost"].text() == full
    assert "only those" not in register.totals.heading.text()


def test_totals_match_the_store(register, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.i18n import format_number
    from auditdesk.store.estimates import audit_totals

    totals = audit_totals(demo_store, register.audit_id).total
    assert format_number(totals.cost_savings_vnd / 1e6, 1) in register.totals.cells["cost"].text()
    assert format_number(totals.co2e_t, 1) in register.totals.cells["co2e"].text()
    assert format_number(totals.weighted_payback_yr, 1) in register.totals.cells["payback"].text()
    assert "MWh/yr" in register.totals.cells["carrier:electricity"].text()


def test_add_duplicate_and_delete(register, demo_store: Store, messages, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(register.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    new_id = register.current_id()
    created = demo_store.opportunities.get(new_id)
    assert (created.code, created.title) == ("HL-10", "New opportunity")
    assert register.editor.opportunity_id == new_id
    assert register.editor.title.hasFocus() or register.editor.title.selectedText()

    source = demo_store.opportunities.list("code = 'HL-07'")[0]
    register.select(source.id)
    wait_idle(qtbot)
    qtbot.mouseClick(register.duplicate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    copy = demo_store.opportunities.get(register.current_id())
    assert copy.code == "HL-11" and copy.title.endswith("(copy)")
    assert copy.inputs == source.inputs and copy.investment == source.investment
    savings = {s.carrier: s.amount for s in demo_store.savings.list(
        "opportunity_id = ?", (copy.id,))}
    assert savings == {s.carrier: s.amount for s in demo_store.savings.list(
        "opportunity_id = ?", (source.id,))}

    messages.answer = False
    qtbot.mouseClick(register.delete_button, Qt.MouseButton.LeftButton)
    assert "HL-11" in messages.asked[-1]
    assert demo_store.opportunities.find(copy.id) is not None
    messages.answer = True
    qtbot.mouseClick(register.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert demo_store.opportunities.find(copy.id) is None
    assert demo_store.savings.count("opportunity_id = ?", (copy.id,)) == 0
    assert register.model.position_of(copy.id) == -1
    assert demo_store.history.list(entity_id=copy.id)[0].op == "delete"
    assert register.current_id() is not None


@pytest.mark.parametrize("view", ["opportunities", "mac"])
def test_the_main_window_shows_the_tabs_by_name(qtbot, demo_db, messages, no_running_tasks,  # type: ignore[no-untyped-def]
                                                view: str) -> None:
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.main_window import MainWindow

    settings.save(settings.Settings(language="en"))
    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_db)
    assert window.show_view(view)
    expected = {"opportunities": "registerTab", "mac": "chartsTab"}[view]
    assert window.page.tabs.currentWidget().objectName() == expected
    wait_idle(qtbot)
    window.close()


def test_row_ids_follow_the_rows(register) -> None:  # type: ignore[no-untyped-def]
    for row in range(register.proxy.rowCount()):
        index = register.proxy.index(row, 0)
        opportunity_id = index.data(ID_ROLE)
        assert register.model.row_at(register.model.position_of(opportunity_id)).code == \
            index.data()


def test_an_empty_audit_starts_its_register_with_add(qtbot, store: Store, messages,  # type: ignore[no-untyped-def]
                                                     no_running_tasks) -> None:
    from auditdesk import model, settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.register.register_tab import RegisterTab

    settings.save(settings.Settings(language="en"))
    create_app()
    park = store.parks.create(model.Park(name="P"))
    ent = store.enterprises.create(model.Enterprise(park_id=park.id, name="E"))
    audit = store.audits.create(model.Audit(enterprise_id=ent.id, title="A",
                                            start_date="2025-01-01"))
    tab = RegisterTab(store, audit.id)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.rowCount() == 0 and not tab.editor.isEnabled()
    assert not tab.delete_button.isEnabled() and tab.add_button.isEnabled()
    assert "of 0 opportunities" in tab.totals.heading.text()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    [created] = store.opportunities.for_audit(audit.id)
    assert created.code == "01" and tab.editor.isEnabled()
    assert tab.editor.opportunity_id == created.id
    assert json.loads(created.estimate)["reference_set"] == "Viet Nam default 2025"


def test_rows_added_elsewhere_appear_when_the_tab_is_shown_again(register, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                 qtbot) -> None:
    """E.g. a checklist finding turned into an opportunity while the register was hidden."""
    from auditdesk import model

    before = register.model.rowCount()
    register.hide()
    demo_store.opportunities.create(model.Opportunity(
        audit_id=register.audit_id, code="HL-99", title="Tắt máy nén khí giờ nghỉ trưa"))
    assert register.model.rowCount() == before
    register.show()
    assert register.model.rowCount() == before + 1
