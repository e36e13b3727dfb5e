"""The settings dialog: new fields, messages beside fields, effect without restart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from shell_helpers import kpi_texts

from auditdesk import settings
from auditdesk.ui.main_window import MainWindow
from auditdesk.ui.settings_dialog import SettingsDialog


def drive(monkeypatch: pytest.MonkeyPatch, steps) -> list[SettingsDialog]:  # type: ignore[no-untyped-def]
    """Replace exec() by ``steps`` on the real dialog, then OK."""
    seen: list[SettingsDialog] = []

    def fake_exec(dialog: SettingsDialog) -> int:
        seen.append(dialog)
        steps(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    return seen


def choose(combo, code: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def test_the_dialog_shows_every_setting(window: MainWindow) -> None:
    dialog = SettingsDialog(window, window.store)
    assert [dialog.energy_unit.itemData(i) for i in range(dialog.energy_unit.count())] == [
        "kWh", "MWh", "GJ"]
    assert [dialog.currency.itemData(i) for i in range(dialog.currency.count())] == [
        "VND", "USD"]
    sets = [dialog.reference_set.itemData(i) for i in range(dialog.reference_set.count())]
    assert sets[0] == "" and len(sets) >= 2  # the built-in entry, then the database's sets
    assert dialog.backups.text() == "10" and dialog.backup_minutes.text() == "20"
    dialog.deleteLater()


def test_values_out_of_range_are_shown_beside_the_field(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                         monkeypatch) -> None:
    def wrong(dialog: SettingsDialog) -> None:
        dialog.backup_minutes.setText("zero")
        dialog.backups.setText("500")

    seen = drive(monkeypatch, wrong)
    window.on_settings()
    dialog = seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    minutes_error = dialog.findChild(QLabel, "error_backup_minutes")
    count_error = dialog.findChild(QLabel, "error_backup_count")
    assert minutes_error.isVisibleTo(dialog) and "not a number" in minutes_error.text()
    assert count_error.isVisibleTo(dialog) and "1 to 100" in count_error.text()
    assert settings.load().backup_minutes == 20  # nothing saved
    dialog.backup_minutes.setText("5")
    dialog.backups.setText("4")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not minutes_error.isVisibleTo(dialog)
    assert (settings.load().backup_minutes, settings.load().backup_count) == (5, 4)


def test_units_apply_without_restart(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = kpi_texts(window.page)
    assert "MWh/yr" in before["Electricity savings"]
    kwh = window.store.conn.execute(
        "SELECT sum(s.amount) FROM opportunity_saving s JOIN opportunity o ON o.id = "
        "s.opportunity_id WHERE o.audit_id = ? AND s.carrier = 'electricity'",
        (window.navigator.current()[1],)).fetchone()[0]

    drive(monkeypatch, lambda d: (choose(d.energy_unit, "GJ"), choose(d.currency, "USD")))
    window.on_settings()
    after = kpi_texts(window.page)
    assert "GJ/yr" in after["Electricity savings"]
    from auditdesk.ui.pages.units import number

    assert after["Electricity savings"].startswith(number(kwh * 0.0036)) or kwh is None
    cost = next(v for k, v in after.items() if k in ("Cost savings", "Investment"))
    assert "USD" in cost and "₫" not in cost


def test_usd_without_a_rate_stays_in_vnd(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    audit_id = window.navigator.current()[1]
    builtin = store.reference_sets.ensure_builtin()
    plain = store.reference_sets.copy(builtin.id, "No exchange rate")
    store.conn.execute("DELETE FROM factor WHERE set_id = ? AND key = 'fx.usd'", (plain.id,))
    store.conn.execute("UPDATE audit SET reference_set_id = ? WHERE id = ?", (plain.id, audit_id))
    store.conn.commit()
    drive(monkeypatch, lambda d: choose(d.currency, "USD"))
    window.on_settings()
    texts = kpi_texts(window.page)
    cost = next(v for k, v in texts.items() if k in ("Cost savings", "Investment"))
    assert "₫" in cost and "USD" not in cost


def test_register_totals_follow_the_units(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings.save(settings.Settings(language="en", energy_unit="kWh", currency="USD"))
    assert window.show_view("opportunities")
    register = window.page.tab_widget("opportunities")
    cells = register.totals.cells
    assert "kWh/yr" in cells["carrier:electricity"].text()
    assert "USD" in cells["cost"].text() and "million ₫/yr" in cells["cost"].text()
    assert "USD" in cells["investment"].text()
    settings.save(settings.Settings(language="en", energy_unit="GJ", currency="VND"))
    register.reload()
    assert "GJ/yr" in register.totals.cells["carrier:electricity"].text()
    assert "million ₫/yr" in register.totals.cells["cost"].text()


def test_the_register_tab_stays_after_a_change_of_units(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.show_view("opportunities")
    drive(monkeypatch, lambda d: choose(d.energy_unit, "kWh"))
    window.on_settings()
    assert window.page.tab_names[window.page.tabs.currentIndex()] == "opportunities"


def test_the_backup_interval_follows_the_setting(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.teamwork.interval_timer.interval() == 20 * 60_000
    drive(monkeypatch, lambda d: d.backup_minutes.setText("7"))
    window.on_settings()
    assert window.teamwork.interval_timer.interval() == 7 * 60_000
    assert window.teamwork.interval_timer.isActive()  # still running on the open database


def test_new_audits_pin_the_default_reference_set(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from auditdesk.ui.forms.entity_forms import EntityDialog

    store = window.store
    chosen = store.reference_sets.copy(store.reference_sets.ensure_builtin().id, "KCN 2026")
    drive(monkeypatch, lambda d: choose(d.reference_set, "KCN 2026"))
    window.on_settings()
    assert settings.load().default_reference_set == "KCN 2026"

    def save_form(dialog: EntityDialog) -> int:
        assert dialog.form.rows["reference_set_id"].editor.currentData() == chosen.id
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EntityDialog, "exec", save_form)
    window.act_new_audit.trigger()
    kind, audit_id = window.navigator.current()
    assert kind == "audit"
    assert store.audits.get(audit_id).reference_set_id == chosen.id


def test_the_dashboard_follows_the_units(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.save(settings.Settings(language="en", energy_unit="GJ", currency="USD"))
    window.deliverables.on_rollup_triggered()
    dashboard = window.deliverables.dashboard
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=60_000)
    texts = kpi_texts(dashboard)
    assert "GJ/yr" in texts["Electricity saved"]
    assert "USD/yr" in texts["Cost savings"]
    settings.save(settings.Settings(language="en", energy_unit="MWh", currency="VND"))
    dashboard.refresh()
    qtbot.waitUntil(lambda: "MWh/yr" in kpi_texts(dashboard).get("Electricity saved", ""),
                    timeout=60_000)
    assert "million ₫/yr" in kpi_texts(dashboard)["Cost savings"]
