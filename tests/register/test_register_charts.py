"""The charts tab: the MAC curve (bars by cost, widths by tCO2e) and savings versus
payback render, follow the register, and save as PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from register_helpers import audit_id_of, wait_idle

from auditdesk.store import Store
from auditdesk.store.estimates import recompute_opportunity, register_rows


@pytest.fixture
def charts(qtbot, demo_store: Store, messages, no_running_tasks):  # type: ignore[no-untyped-def]
    from auditdesk import settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.register.charts import ChartsTab

    settings.save(settings.Settings(language="en"))
    create_app()
    tab = ChartsTab(demo_store, audit_id_of(demo_store))
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    wait_idle(qtbot)
    return tab


def test_mac_bars_are_sorted_by_cost_and_sized_by_co2e(charts, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    rows = register_rows(demo_store, charts.audit_id)
    with_co2e = [r for r in rows if r.co2e_t > 0 and r.status != "rejected"]
    expected = [r.code for r in sorted(with_co2e, key=lambda r: r.mac_vnd_per_t)]
    assert charts.mac.codes == expected
    assert charts.mac.codes[-1] == "HL-09"  # the only one that costs money per tonne
    axes = charts.mac.figure.axes[0]
    bars = [p for p in axes.patches]
    assert [round(b.get_width(), 6) for b in bars] == [
        round(next(r.co2e_t for r in rows if r.code == code), 6) for code in expected]
    heights = [b.get_height() for b in bars]
    assert heights == sorted(heights)
    assert heights[0] < 0 < heights[-1]  # profitable measures below zero
    texts = {t.get_text() for t in axes.texts}
    assert set(expected) <= texts
    assert axes.get_title() == "Marginal abatement cost curve"
    assert "3 opportunities that avoid no CO2e" in charts.mac.note.text()


def test_payback_chart_shows_the_opportunities_that_pay_back(charts, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    rows = register_rows(demo_store, charts.audit_id)
    assert sorted(charts.payback.codes) == sorted(r.code for r in rows if r.payback_yr is not None)
    axes = charts.payback.figure.axes[0]
    assert axes.get_xlabel() == "Simple payback (yr)"
    assert len(axes.collections) == len(charts.payback.codes)
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert "TC — Technology change" in legend


def test_charts_follow_the_register(charts, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    hl09 = demo_store.opportunities.list("code = 'HL-09'")[0]
    recompute_opportunity(demo_store, hl09.id, {"investment_equipment": 100_000_000.0})
    charts.hide()
    charts.show()  # shown again: redrawn from the store
    heights = [bar.get_height() for bar in charts.mac.figure.axes[0].patches]
    assert max(heights) < 0  # cheaper now: HL-09 pays for itself too
    demo_store.opportunities.update(hl09.id, status="rejected")
    charts.refresh()
    assert "HL-09" not in charts.mac.codes and "HL-09" not in charts.payback.codes


def test_save_as_png(charts, monkeypatch, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "mac"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PNG image (*.png)"))
    qtbot.mouseClick(charts.mac.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "mac.png"
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert saved.stat().st_size > 10_000


def test_an_audit_without_co2e_says_so(qtbot, store: Store, messages, no_running_tasks) -> None:  # type: ignore[no-untyped-def]
    from auditdesk import model, settings
    from auditdesk.ui.app import create_app
    from auditdesk.ui.register.charts import ChartsTab

    settings.save(settings.Settings(language="en"))
    create_app()
    park = store.parks.create(model.Park(name="P"))
    ent = store.enterprises.create(model.Enterprise(park_id=park.id, name="E"))
    audit = store.audits.create(model.Audit(enterprise_id=ent.id, title="A",
                                            start_date="2025-01-01"))
    tab = ChartsTab(store, audit.id)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.mac.codes == [] and tab.payback.codes == []
    texts = [t.get_text() for t in tab.mac.figure.axes[0].texts]
    assert texts == ["No opportunity of this audit avoids CO2e yet."]
