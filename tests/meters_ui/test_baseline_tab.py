"""The baseline tab on the demo audit: the table matches the store, the period is editable,
the charts follow the UI language and save as PNG, big periods compute off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from auditdesk.calc.baseline import BaselinePeriod
from auditdesk.store import Store
from auditdesk.store.baseline import audit_baseline
from auditdesk.ui.meters import baseline_tab as module
from auditdesk.ui.meters.baseline_model import AMOUNT, CARRIER, SHARE_GJ, TOE, USD
from auditdesk.ui.meters.baseline_tab import BaselineTab


def _textile(store: Store) -> str:
    return next(a.id for a in store.audits.list() if "Kiểm toán" in a.title)


@pytest.fixture
def tab(qtbot, demo_store: Store, messages, no_running_tasks):  # type: ignore[no-untyped-def]
    widget = BaselineTab(demo_store, _textile(demo_store))
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.is_computing(), timeout=60_000)


def test_the_table_shows_the_store_baseline(
    tab: BaselineTab,
    demo_store: Store,  # type: ignore[no-untyped-def]
    qtmodeltester,
) -> None:
    qtmodeltester.check(tab.carriers)
    qtmodeltester.check(tab.models)
    expected = audit_baseline(demo_store, _textile(demo_store))
    carriers = expected.baseline.carriers
    assert tab.carriers.rowCount() == len(carriers) + 1
    coal = next(i for i, c in enumerate(carriers) if c.carrier == "coal")
    index = tab.carriers.index
    assert tab.carriers.data(index(coal, CARRIER)) == "Coal"
    assert tab.carriers.data(index(coal, AMOUNT)) == f"{carriers[coal].amount:,.0f}"
    assert tab.carriers.data(index(coal, SHARE_GJ)) == f"{carriers[coal].share_gj * 100:.1f} %"
    total = len(carriers)
    assert tab.carriers.data(index(total, CARRIER)) == "Total"
    assert tab.carriers.data(index(total, TOE)) == f"{expected.baseline.total_toe:,.1f}"
    assert tab.carriers.data(index(total, USD)) == f"{expected.baseline.total_cost_usd:,.0f}"
    assert "Key energy user" in tab.flag.text() and "3,695" in tab.flag.text()
    energy_row = tab.models.rowCount() - 1
    assert tab.models.data(tab.models.index(energy_row, 0)) == "All energy"
    assert tab.models.data(tab.models.index(energy_row, 4)) == (
        f"{expected.model('energy').regression.r_squared:.3f}"
    )  # type: ignore[union-attr]
    assert tab.product.currentData() == "Vải dệt kim nhuộm"
    qtmodeltester.check(tab.monthly)
    assert tab.monthly.rowCount() == len(carriers) + 1  # and production
    assert tab.monthly.headerData(1, Qt.Orientation.Horizontal) == "03/2024"
    march_coal = carriers[coal].months[0].consumption
    assert tab.monthly.data(tab.monthly.index(coal, 1)) == f"{march_coal:,.0f}"
    production = tab.monthly.index(len(carriers), 0)
    assert tab.monthly.data(production) == "Production (t)"


def test_charts_are_drawn_and_saved(tab: BaselineTab, tmp_path: Path) -> None:
    figure = tab.canvas.figure
    titles = [ax.get_title(loc="left") for ax in figure.axes if ax.get_title(loc="left")]
    assert titles == [
        "Monthly consumption by carrier",
        "Share of energy and cost by carrier",
        "Specific consumption by month",
        "Consumption against production",
    ]
    scatter = figure.axes[-1]
    assert "R² = 0.8" in " ".join(t.get_text() for t in scatter.texts)
    assert scatter.get_xlabel() == "Production per month (t)"
    assert tab.series.currentData() == "energy"
    tab.series.setCurrentIndex(tab.series.findData("coal"))
    assert figure.axes[-1].get_ylabel() == "Coal (kg)"
    for name in (None, "scatter"):
        path = tab.save_png(name, str(tmp_path / f"{name}.png"))
        assert path is not None
        data = Path(path).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_the_period_can_be_changed_and_kept(tab: BaselineTab, demo_store: Store) -> None:
    before = tab.result.baseline.total_toe  # type: ignore[union-attr]
    tab.set_period("2024-03", "2024-08")
    assert tab.result is not None and tab.result.period == BaselinePeriod("2024-03", "2024-08")
    assert tab.result.baseline.total_toe < before * 0.6
    assert tab.save_period_button.isEnabled()
    tab.save_period_button.click()
    audit = demo_store.audits.get(_textile(demo_store))
    assert (audit.baseline_start, audit.baseline_end) == ("2024-03-01", "2024-08-31")
    tab.last.setDate(QDate(2024, 1, 1))  # before the first month
    assert tab.status.isVisibleTo(tab) and "after the last month" in tab.status.text()
    assert tab.result.period == BaselinePeriod("2024-03", "2024-08")  # unchanged
    tab.default_button.click()
    assert tab.result.period == BaselinePeriod("2024-03", "2025-02")


def test_a_big_period_is_computed_in_the_background(
    qtbot,
    demo_store: Store,
    messages,  # type: ignore[no-untyped-def]
    no_running_tasks,
    monkeypatch,
) -> None:
    monkeypatch.setattr(module, "INLINE_READINGS", 0)
    widget = BaselineTab(demo_store, _textile(demo_store))
    qtbot.addWidget(widget)
    assert widget.is_computing() and widget.result is None
    qtbot.waitUntil(lambda: widget.result is not None, timeout=60_000)
    assert not widget.is_computing() and widget.carriers.rowCount() == 5


def test_labels_follow_the_ui_language(
    qtbot,
    demo_store: Store,
    messages,  # type: ignore[no-untyped-def]
    no_running_tasks,
) -> None:
    from PySide6.QtWidgets import QApplication

    from auditdesk import i18n
    from auditdesk.ui.app import create_app, install_language

    app = create_app()
    install_language(app, "vi")
    i18n.set_language("vi")
    try:
        widget = BaselineTab(demo_store, _textile(demo_store))
        qtbot.addWidget(widget)
        titles = [
            ax.get_title(loc="left") for ax in widget.canvas.figure.axes if ax.get_title(loc="left")
        ]
        assert titles[0] == "Tiêu thụ hằng tháng theo loại năng lượng"
        months = [t.get_text() for t in widget.canvas.figure.axes[0].get_xticklabels()]
        assert months[0] == "3\n2024" and months[1] == "4"
        assert "Cơ sở sử dụng năng lượng trọng điểm" in widget.flag.text()
        assert widget.carriers.data(widget.carriers.index(0, AMOUNT)).count(".") >= 1
        assert widget.carriers.headerData(1, Qt.Orientation.Horizontal) == "Lượng mỗi năm"
    finally:
        install_language(QApplication.instance(), "en")
        i18n.set_language("en")


def test_missing_months_are_shown_not_filled(
    qtbot,
    store: Store,
    plant,
    messages,  # type: ignore[no-untyped-def]
    no_running_tasks,
) -> None:
    from auditdesk import model

    water = plant["water"]
    store.readings.add_many(
        [
            model.Reading(meter_id=water.id, ts="2024-02-29", value=100.0),
            model.Reading(meter_id=water.id, ts="2024-03-31", value=310.0),
            model.Reading(meter_id=water.id, ts="2024-04-15", value=150.0),
        ]
    )
    widget = BaselineTab(store, store.audits.list()[0].id)
    qtbot.addWidget(widget)
    row = next(
        i
        for i, c in enumerate(widget.result.baseline.carriers)  # type: ignore[union-attr]
        if c.carrier == "water"
    )
    assert widget.monthly.data(widget.monthly.index(row, 1)) == "310"  # March 2024
    april = widget.monthly.index(row, 2)
    assert widget.monthly.data(april) == "150"
    assert widget.monthly.data(april, Qt.ItemDataRole.ToolTipRole) == (
        "15.0 of 30 days covered by readings"
    )
    assert widget.monthly.data(widget.monthly.index(row, 3)) == "–"  # May: no readings
    notes = widget.notes.text()
    assert "Water: months not fully covered by readings: 2024-04, 2024-05" in notes
    assert "Công tơ tổng has no readings" in notes
    assert "Not a key energy user" in widget.flag.text()
    assert widget.canvas.figure.axes[2].texts  # "no production figures" said on the chart
