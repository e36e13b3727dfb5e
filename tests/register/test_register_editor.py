"""The opportunity editor, driven as an auditor would: choose an estimator, type
inputs (in psi), watch the result, find it saved with history; bad values stay
on screen and out of the database; the example button; read-only stores."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from register_helpers import audit_id_of, wait_idle

from auditdesk.calc.engine import run_estimate
from auditdesk.store import Store


def stored_value(store: Store, opportunity_id: str, name: str) -> object:
    """An input's stored number (``{"value", "unit"}`` or a plain number)."""
    item = json.loads(store.opportunities.get(opportunity_id).inputs).get(name)
    return item.get("value") if isinstance(item, dict) else item


def _history_count(store: Store) -> int:
    return int(store.query("SELECT count(*) FROM history")[0][0])


def type_text(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.setFocus()
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest cannot synthesise non-ASCII keys; type as an input method would
        editor.insert(text)


def choose(combo, code: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def add_opportunity(register, qtbot) -> str:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(register.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    return register.current_id()


def saved_when(qtbot, condition) -> None:  # type: ignore[no-untyped-def]
    """Wait for the autosave (debounce, then the estimate on the worker) to land."""
    qtbot.waitUntil(condition, timeout=10_000)
    wait_idle(qtbot)


def test_create_estimate_in_psi_and_find_it_saved(register, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    opportunity_id = add_opportunity(register, qtbot)
    editor = register.editor
    type_text(qtbot, editor.title, "Sửa rò rỉ khí nén xưởng mạ")
    choose(editor.estimator, "compressed_air_leaks")
    type_text(qtbot, editor.inputs.editor("hole_diameter"), "3")
    choose(editor.inputs.unit_combo("pressure"), "psi")
    type_text(qtbot, editor.inputs.editor("pressure"), "100")
    type_text(qtbot, editor.inputs.editor("leak_count"), "4")

    def stored_inputs() -> dict:  # type: ignore[type-arg]
        return json.loads(demo_store.opportunities.get(opportunity_id).inputs)

    saved_when(qtbot, lambda: stored_inputs().get("leak_count", {}).get("value") == 4.0)
    opp = demo_store.opportunities.get(opportunity_id)
    assert opp.title == "Sửa rò rỉ khí nén xưởng mạ"
    assert opp.estimator_id == "compressed_air_leaks"
    assert stored_inputs()["pressure"] == {"value": 100.0, "unit": "psi"}
    assert stored_inputs()["hole_diameter"] == {"value": 3.0, "unit": "mm"}

    ref = demo_store.reference_sets.for_audit(register.audit_id)
    expected = run_estimate("compressed_air_leaks", {"hole_diameter": 3.0, "pressure": "100 psi",
                                                     "leak_count": 4}, ref, voltage="lt6kv")
    [saving] = demo_store.savings.list("opportunity_id = ?", (opportunity_id,))
    assert saving.carrier == "electricity"
    assert saving.amount == pytest.approx(expected.saving("electricity").amount)
    assert saving.co2e_t == pytest.approx(expected.total_co2e_t)
    assert json.loads(opp.estimate)["inputs"][2]["given"] == "100 psi"

    # the result on screen, the conversion under the field, the register row
    assert editor.report.saving("electricity").amount == pytest.approx(saving.amount)
    assert "bar" in editor.inputs.note("pressure").text()  # = 6.89 bar
    assert "6.89" in editor.inputs.note("pressure").text()
    assert "tCO2e/yr" in editor.summary.text()
    row = register.model.row_at(register.model.position_of(opportunity_id))
    assert row.savings["electricity"] == pytest.approx(saving.amount)

    history = demo_store.history.list(entity="opportunity", entity_id=opportunity_id)
    changed = {h.field for h in history if h.op == "update"}
    assert {"title", "estimator_id", "inputs", "estimate"} <= changed
    assert {h.user for h in history} == {"tester"}
    assert demo_store.history.list(entity="opportunity_saving")[0].op in ("create", "update")


def test_a_text_in_a_number_field_is_shown_and_nothing_is_saved(register, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                qtbot) -> None:
    editor = register.editor
    hl05 = demo_store.opportunities.list("code = 'HL-05'")[0]
    register.select(hl05.id)
    wait_idle(qtbot)
    before, count = demo_store.opportunities.get(hl05.id), _history_count(demo_store)
    savings = demo_store.savings.list("opportunity_id = ?", (hl05.id,))
    type_text(qtbot, editor.inputs.editor("hole_diameter"), "hai")
    qtbot.waitUntil(lambda: editor.inputs.note("hole_diameter").isVisible(), timeout=5000)
    assert "not a number" in editor.inputs.note("hole_diameter").text()
    assert not editor.flush()
    qtbot.wait(700)  # past the autosave delay
    wait_idle(qtbot)
    assert demo_store.opportunities.get(hl05.id) == before
    assert demo_store.savings.list("opportunity_id = ?", (hl05.id,)) == savings
    assert _history_count(demo_store) == count
    assert "Not saved" in editor.state.text()


def test_a_value_out_of_range_is_refused_at_its_field(register, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                      messages) -> None:
    editor = register.editor
    hl05 = demo_store.opportunities.list("code = 'HL-05'")[0]
    register.select(hl05.id)
    wait_idle(qtbot)
    count = _history_count(demo_store)
    type_text(qtbot, editor.inputs.editor("hole_diameter"), "99")
    qtbot.waitUntil(lambda: "outside the allowed range" in
                    editor.inputs.note("hole_diameter").text(), timeout=5000)
    wait_idle(qtbot)
    assert _history_count(demo_store) == count
    assert json.loads(demo_store.opportunities.get(hl05.id).inputs)["hole_diameter"] == 2.0
    # leaving for another opportunity asks before the bad value is dropped
    messages.answer = False
    other = demo_store.opportunities.list("code = 'HL-01'")[0]
    register.select(other.id)
    assert "cannot be saved" in messages.asked[-1]
    assert register.current_id() == hl05.id and editor.opportunity_id == hl05.id
    messages.answer = True
    register.select(other.id)
    wait_idle(qtbot)
    assert editor.opportunity_id == other.id
    assert _history_count(demo_store) == count


def test_example_button_reproduces_the_published_figure(register, demo_store: Store,  # type: ignore[no-untyped-def]
                                                        qtbot) -> None:
    """REFERENCE.md §7: a 2 mm hole at 3 bar, C_d 0.6 → 0.1663 m³/h ≈ 1,456.5 m³/yr."""
    opportunity_id = add_opportunity(register, qtbot)
    editor = register.editor
    choose(editor.estimator, "water_leak")
    assert editor.example.isVisible()
    qtbot.mouseClick(editor.example, Qt.MouseButton.LeftButton)
    saved_when(qtbot, lambda: demo_store.savings.count("opportunity_id = ?", (opportunity_id,)))
    assert editor.report.value("flow_per_leak") == pytest.approx(0.1663, abs=0.0002)
    assert editor.report.saving("water").amount == pytest.approx(1456.5, abs=2.0)
    assert "1,45" in editor.report_view.text()  # 1,456 m³/yr shown
    [saving] = demo_store.savings.list("opportunity_id = ?", (opportunity_id,))
    assert saving.carrier == "water" and saving.amount == pytest.approx(1456.5, abs=2.0)


def test_costs_and_details_are_saved_with_the_estimate(register, demo_store: Store,  # type: ignore[no-untyped-def]
                                                       qtbot) -> None:
    editor = register.editor
    hl07 = demo_store.opportunities.list("code = 'HL-07'")[0]
    register.select(hl07.id)
    wait_idle(qtbot)
    costs = editor.costs.rows
    before = demo_store.opportunities.get(hl07.id)
    editor.tabs.setCurrentIndex(1)
    type_text(qtbot, costs["investment_equipment"].editor, "nhiều")
    qtbot.waitUntil(lambda: costs["investment_equipment"].error.isVisible(), timeout=5000)
    assert "not a number" in costs["investment_equipment"].error.text()
    assert editor.report is None and "No result" in editor.summary.text()
    assert demo_store.opportunities.get(hl07.id) == before
    type_text(qtbot, costs["investment_equipment"].editor, "500,000,000")
    type_text(qtbot, costs["lifetime_yr"].editor, "12")
    type_text(qtbot, costs["discount_rate"].editor, "8")
    saved_when(qtbot, lambda: demo_store.opportunities.get(hl07.id).discount_rate == 0.08)
    stored = demo_store.opportunities.get(hl07.id)
    assert (stored.investment_equipment, stored.lifetime_yr) == (500_000_000, 12.0)
    estimate = json.loads(stored.estimate)["financial"]
    assert estimate["investment_vnd"] == pytest.approx(580_000_000)
    assert estimate["lifetime_yr"] == 12 and estimate["discount_rate"] == 0.08
    row = register.model.row_at(register.model.position_of(hl07.id))
    assert row.investment_vnd == pytest.approx(580_000_000)

    details = editor.details
    editor.tabs.setCurrentIndex(2)  # Details
    assert details.isVisible()
    details.symbiosis.setChecked(True)  # a partner is required: shown, not saved
    qtbot.waitUntil(lambda: details.partner.error.isVisible(), timeout=5000)
    wait_idle(qtbot)
    assert not demo_store.opportunities.get(hl07.id).symbiosis
    type_text(qtbot, details.partner.editor, "Công ty Điện lực Hải Phòng")
    saved_when(qtbot, lambda: demo_store.opportunities.get(hl07.id).symbiosis)
    from auditdesk import settings

    settings.save(settings.Settings(language="en", role="reviewer"))  # decisions are theirs
    assert demo_store.opportunities.get(hl07.id).status == "accepted"  # the demo's review
    choose(details.status, "scheduled")
    saved_when(qtbot, lambda: demo_store.opportunities.get(hl07.id).status == "scheduled")
    stored = demo_store.opportunities.get(hl07.id)
    assert (stored.partner, stored.status) == ("Công ty Điện lực Hải Phòng", "scheduled")
    assert register.totals.cells["symbiosis"] is not None


def test_numbers_are_typed_in_the_vietnamese_format(register, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from auditdesk.ui.app import install_language

    install_language(QApplication.instance(), "vi")
    try:
        editor = register.editor
        hl07 = demo_store.opportunities.list("code = 'HL-07'")[0]
        register.select(hl07.id)
        wait_idle(qtbot)
        type_text(qtbot, editor.inputs.editor("hours"), "4.380,5")
        saved_when(qtbot, lambda: stored_value(demo_store, hl07.id, "hours") == 4380.5)
        type_text(qtbot, editor.inputs.editor("hours"), "4380.5")  # a point is not a decimal
        qtbot.waitUntil(lambda: editor.inputs.note("hours").isVisible(), timeout=5000)
        wait_idle(qtbot)
        assert "không phải là số (ví dụ: 1.234,5)" in editor.inputs.note("hours").text()
        assert stored_value(demo_store, hl07.id, "hours") == 4380.5
    finally:
        install_language(QApplication.instance(), "en")


def test_a_read_only_store_shows_everything_and_edits_nothing(qtbot, demo_db, messages,  # type: ignore[no-untyped-def]
                                                               no_running_tasks) -> None:
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.register.register_tab import RegisterTab

    settings.save(settings.Settings(language="en"))
    create_app()
    with Store(demo_db, user="other", read_only=True) as store:
        count = _history_count(store)
        tab = RegisterTab(store, audit_id_of(store))
        qtbot.addWidget(tab)
        tab.show()
        wait_idle(qtbot)
        assert tab.model.rowCount() == 9
        assert not tab.add_button.isEnabled()
        assert not tab.duplicate_button.isEnabled() and not tab.delete_button.isEnabled()
        editor = tab.editor
        assert editor.opportunity_id is not None and editor.report is not None
        assert editor.title.isReadOnly() and not editor.estimator.isEnabled()
        assert not editor.example.isEnabled()
        field = editor.inputs.editor("reused_volume")
        assert field.isReadOnly() and field.text() == "50"
        assert editor.costs.rows["lifetime_yr"].editor.isReadOnly()
        assert not editor.details.status.isEnabled()
        qtbot.keyClicks(field, "9")
        qtbot.wait(700)
        wait_idle(qtbot)
        assert field.text() == "50"
        assert editor.flush()
        assert _history_count(store) == count
        tab.close()


def test_an_edit_is_saved_when_the_auditor_moves_on(qtbot, demo_db, messages,  # type: ignore[no-untyped-def]
                                                    no_running_tasks) -> None:
    """Typed, then straight to another audit (before the autosave delay): still saved."""
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.main_window import MainWindow

    settings.save(settings.Settings(language="en"))
    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_db)
    assert window.show_view("opportunities")
    tab = window.page.tabs.currentWidget()
    wait_idle(qtbot)
    opportunity_id = tab.editor.opportunity_id
    type_text(qtbot, tab.editor.costs.rows["lifetime_yr"].editor, "7")
    window.navigator.select("park", window.navigator.first("park")[1])
    wait_idle(qtbot)
    assert window.store.opportunities.get(opportunity_id).lifetime_yr == 7.0

    assert window.show_view("opportunities")
    tab = window.page.tabs.currentWidget()
    wait_idle(qtbot)
    type_text(qtbot, tab.editor.costs.rows["lifetime_yr"].editor, "8")
    store = window.store
    window.close()  # the window closes before the delay: saved first
    with Store(demo_db, user="probe", read_only=True) as probe:
        assert probe.opportunities.get(opportunity_id).lifetime_yr == 8.0
    assert store is not None


def test_the_editor_stays_when_a_save_reshapes_the_register(register, demo_store: Store,  # type: ignore[no-untyped-def]
                                                            qtbot) -> None:
    """A first coal saving adds a column (model reset); the editor keeps its opportunity."""
    editor = register.editor
    hl04 = demo_store.opportunities.list("code = 'HL-04'")[0]
    register.select(hl04.id)
    wait_idle(qtbot)
    choose(editor.estimator, "custom")
    type_text(qtbot, editor.inputs.editor("coal"), "5000")
    saved_when(qtbot, lambda: demo_store.savings.count(
        "opportunity_id = ? AND carrier = 'coal'", (hl04.id,)) == 1)
    assert "carrier:coal" in register.model.column_keys()
    assert editor.opportunity_id == hl04.id and register.current_id() == hl04.id
    assert editor.inputs.editor("coal").text() == "5000"  # as typed, not rewritten
