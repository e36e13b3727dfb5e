"""The Follow-up tab: record the implementation, plan and measure the savings, record
them as verified; the proposed / implemented / verified table follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from review_helpers import build_plant

from auditdesk import settings
from auditdesk.store import Store


def _wait_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    from auditdesk.ui.tasks import running_tasks

    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)


@pytest.fixture
def plant_db(tmp_path: Path) -> Path:
    path = tmp_path / "plant.auditdesk.sqlite"
    with Store(path, user="tester") as store:
        plant = build_plant(store)
        store.opportunities.update(plant.opportunity_id, status="in_progress",
                                   implementation_date="", verification_meters="",
                                   ipmvp_option="")
    return path


def _tab(qtbot, store: Store, role: str):  # type: ignore[no-untyped-def]
    from auditdesk.ui.app import create_app
    from auditdesk.ui.review.followup_tab import FollowUpTab

    settings.save(settings.Settings(language="en", role=role))
    create_app()
    tab = FollowUpTab(store, store.audits.list()[0].id)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    return tab


def test_from_implementation_to_verified_savings(qtbot, plant_db: Path, messages,  # type: ignore[no-untyped-def]
                                                 no_running_tasks, qtmodeltester) -> None:
    with Store(plant_db, user="tester") as store:
        tab = _tab(qtbot, store, "reviewer")
        qtmodeltester.check(tab.model)
        form = tab.form
        assert tab.model.rowCount() == 1 and tab.current_id() is not None
        opp_id = tab.current_id()
        assert form.buttons["complete"].isVisible() and not form.save_plan.isEnabled()
        qtbot.mouseClick(form.buttons["complete"], Qt.MouseButton.LeftButton)
        assert "date it was implemented" in messages.shown[-1][1]  # refused: no date yet
        form.implemented_on.setDate(QDate(2024, 6, 15))
        form.investment.setText("95,000,000")
        qtbot.mouseClick(form.buttons["complete"], Qt.MouseButton.LeftButton)
        opp = store.opportunities.get(opp_id)
        assert (opp.status, opp.implementation_date, opp.actual_investment) == (
            "implemented", "2024-06-15", 95_000_000.0)
        assert tab.model.index(0, 3).data() == "2024-06-15"

        settings.save(settings.Settings(language="en", role="office"))
        tab.hide()
        tab.show()  # the role is read again
        assert form.save_plan.isEnabled() and not form.save_implementation.isEnabled()
        form.option.setCurrentIndex(form.option.findData("C"))
        form.meters.item(0).setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(form.save_plan, Qt.MouseButton.LeftButton)
        assert store.opportunities.get(opp_id).ipmvp_option == "C"

        qtbot.mouseClick(form.measure, Qt.MouseButton.LeftButton)
        _wait_idle(qtbot)
        text = form.result.text.text()
        assert "226" in text and "±" in text and "118" in text  # 226 ± 117.96 kWh
        months = form.result.table.model()
        qtmodeltester.check(months)
        assert [months.index(r, 0).data() for r in range(months.rowCount())] == ["2024-07",
                                                                                 "2024-08"]
        assert form.verify.isEnabled()
        qtbot.mouseClick(form.verify, Qt.MouseButton.LeftButton)
        assert store.opportunities.get(opp_id).status == "verified"
        assert "1,356 kWh/yr" in tab.model.index(0, 6).data()
        panel = tab.savings
        qtmodeltester.check(panel.table.model())
        panel.measure.setCurrentIndex(panel.measure.findData("kwh"))
        values = [panel.table.model().index(0, c).data() for c in range(5)]
        assert values[0] == "Kiểm toán thử"
        assert values[3] == "1.00" and values[4] == "1.36"  # MWh/yr: estimated, measured
        tab.close()


def test_measuring_what_cannot_be_measured_says_why(qtbot, plant_db: Path, messages,  # type: ignore[no-untyped-def]
                                                    no_running_tasks) -> None:
    with Store(plant_db, user="tester") as store:
        opp = store.opportunities.list()[0]
        store.opportunities.update(opp.id, status="implemented",
                                   implementation_date="2024-06-15")
        tab = _tab(qtbot, store, "auditor")
        qtbot.mouseClick(tab.form.measure, Qt.MouseButton.LeftButton)
        _wait_idle(qtbot)
        assert "Choose the meter(s)" in tab.form.result.text.text()
        assert not tab.form.verify.isEnabled()
        tab.close()
