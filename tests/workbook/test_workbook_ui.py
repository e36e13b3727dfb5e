"""The File-menu actions and the portfolio dashboard (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbook_helpers import table

from auditdesk.exchange.workbook import contract as c
from auditdesk.store import Store


@pytest.fixture
def window(qtbot, demo_store: Store, messages, no_running_tasks):  # type: ignore[no-untyped-def]
    from auditdesk.ui.main_window import MainWindow

    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    yield win
    if win.deliverables.dashboard is not None:
        win.deliverables.dashboard.close()


def _finish(qtbot, task) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass


def _file_menu_actions(window) -> list[str]:  # type: ignore[no-untyped-def]
    menu = window.menuBar().actions()[0].menu()
    menu.aboutToShow.emit()
    return [a.objectName() for a in menu.actions()]


def test_the_file_menu_has_the_three_actions(window) -> None:  # type: ignore[no-untyped-def]
    names = _file_menu_actions(window)
    assert {"actExportWorkbook", "actImportWorkbook", "actPortfolioRollup"} <= set(names)
    controller = window.deliverables
    window.navigator.select(*window.navigator.first("park"))
    window.menuBar().actions()[0].menu().aboutToShow.emit()
    assert not controller.act_export.isEnabled() and controller.act_rollup.isEnabled()
    window.navigator.select(*window.navigator.first("audit"))
    window.menuBar().actions()[0].menu().aboutToShow.emit()
    assert controller.act_export.isEnabled() and controller.act_import.isEnabled()


def test_export_runs_in_the_background_and_writes_the_file(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    from auditdesk.ui.deliverables import controller as module

    target = tmp_path / "chosen.xlsx"
    suggested: list[str] = []
    monkeypatch.setattr(module, "choose_save_path",
                        lambda parent, title, name: suggested.append(name) or str(target))
    kind, audit_id = window.navigator.first("audit")
    window.navigator.select(kind, audit_id)
    window.deliverables.act_export.trigger()
    _finish(qtbot, window.deliverables.last_task)
    assert target.exists() and suggested[0].endswith(".xlsx")
    assert table(target, c.COVER)[0]["Field"] == "Enterprise"
    assert "chosen.xlsx" in window.statusBar().currentMessage()


def test_export_without_an_audit_says_what_to_do(window, messages) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select(*window.navigator.first("park"))
    window.deliverables.act_export.trigger()
    assert messages.shown and "Choose the audit" in messages.shown[0][1]


def test_import_checks_asks_then_imports(qtbot, window, messages, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from auditdesk.exchange.workbook import export_audit_workbook
    from auditdesk.ui.deliverables import controller as module

    store = window.store
    audit_id = window.navigator.first("audit")[1]
    path = tmp_path / "edited.xlsx"
    export_audit_workbook(store, audit_id, path)
    import openpyxl

    book = openpyxl.load_workbook(path)
    ws = book[c.OPPORTUNITIES]
    owner = next(cell.column for cell in ws[2] if cell.value == "Owner")
    ws.cell(3, owner).value = "Tổ năng lượng"
    book.save(path)
    monkeypatch.setattr(module, "choose_open_path", lambda parent, title: str(path))
    messages.answer = False
    window.deliverables.act_import.trigger()
    _finish(qtbot, window.deliverables.last_task)
    assert messages.asked and "It will update: opportunity 1." in messages.asked[0]
    assert store.opportunities.count("owner = 'Tổ năng lượng'") == 0  # refused: nothing
    messages.answer = True
    window.deliverables.act_import.trigger()
    _finish(qtbot, window.deliverables.last_task)  # the dry run …
    _finish(qtbot, window.deliverables.last_task)  # … and the import
    assert store.opportunities.count("owner = 'Tổ năng lượng'") == 1
    assert window.navigator.current() == ("audit", audit_id)


def test_a_damaged_import_lists_the_cells(qtbot, window, messages, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from auditdesk.exchange.workbook import export_audit_workbook
    from auditdesk.ui.deliverables import controller as module

    path = tmp_path / "bad.xlsx"
    export_audit_workbook(window.store, window.navigator.first("audit")[1], path)
    import openpyxl

    book = openpyxl.load_workbook(path)
    ws = book[c.OPPORTUNITIES]
    column = next(cell.column for cell in ws[2] if cell.value == "Status")
    ws.cell(3, column).value = "done"
    book.save(path)
    details: list[str] = []
    from auditdesk.ui import messages as message_module

    monkeypatch.setattr(message_module, "SHOW", lambda parent, icon, title, text, more="":
                        details.append(f"{text}\n{more}"))
    monkeypatch.setattr(module, "choose_open_path", lambda parent, title: str(path))
    window.deliverables.act_import.trigger()
    _finish(qtbot, window.deliverables.last_task)
    assert details and "Nothing was imported from bad.xlsx: 1 cell(s) to fix." in details[0]
    assert "Opportunities!" in details[0] and "“done” is not one of the codes" in details[0]


def test_the_dashboard_shows_the_rollups_numbers(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from auditdesk.exchange.workbook import Selection
    from auditdesk.exchange.workbook.rollup_data import load_portfolio
    from auditdesk.ui.deliverables import controller as module

    window.deliverables.act_rollup.trigger()
    dashboard = window.deliverables.dashboard
    assert dashboard is not None and dashboard.isVisible()
    _finish(qtbot, dashboard.refresh_task)
    figures = dashboard.figures
    everything = load_portfolio(window.store, Selection())
    assert figures.audits == len(everything.audits) and figures.recp >= 1
    assert dashboard.headline.text().startswith(f"{figures.recp} RECP solutions proposed for")
    assert len(dashboard.figure.axes) == 3
    titles = [axes.get_title(loc="left") for axes in dashboard.figure.axes]
    assert titles == ["Cost savings by park", "Solutions by RECP technique",
                      "Opportunities by status"]
    assert dashboard.cards_layout.count() == 8
    # one park only
    dashboard.park.setCurrentIndex(1)
    _finish(qtbot, dashboard.refresh_task)
    park_id = dashboard.park.currentData()
    assert dashboard.figures.audits == len(load_portfolio(
        window.store, Selection(parks=(park_id,))).audits)
    assert [b.key for b in dashboard.figures.by_park] == [park_id]
    # the roll-up of that selection, anonymised
    target = tmp_path / "rollup.xlsx"
    monkeypatch.setattr(module, "choose_save_path", lambda parent, title, name: str(target))
    dashboard.anonymise.setChecked(True)
    dashboard.export_button.click()
    _finish(qtbot, dashboard.export_task)
    portfolio = table(target, c.PORTFOLIO)
    assert len(portfolio) == dashboard.figures.audits
    assert all(r["Enterprise"].startswith("Enterprise ") for r in portfolio)


def test_the_dashboard_lists_issues_and_asks_before_exporting(qtbot, window, messages,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    from auditdesk.ui.deliverables import controller as module

    store = window.store
    fx = store.factors.list("key = 'fx.usd'")[0]
    store.factors.delete(fx.id)
    window.deliverables.act_rollup.trigger()
    dashboard = window.deliverables.dashboard
    _finish(qtbot, dashboard.refresh_task)
    assert dashboard.issue_list.count() == 1
    assert "exchange rate" in dashboard.issue_list.item(0).text()
    target = tmp_path / "rollup.xlsx"
    monkeypatch.setattr(module, "choose_save_path", lambda parent, title, name: str(target))
    messages.answer = False
    dashboard.export_button.click()
    assert messages.asked and not target.exists() and dashboard.export_task is None
    messages.answer = True
    dashboard.export_button.click()
    _finish(qtbot, dashboard.export_task)
    assert target.exists()


def test_a_cancelled_export_leaves_no_file(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    audit_id = window.navigator.first("audit")[1]
    folder = tmp_path / "out"
    folder.mkdir()
    task = window.deliverables.export(window.store, audit_id, folder / "cancelled.xlsx")
    task.cancel()
    _finish(qtbot, task)
    assert list(folder.iterdir()) == []
    assert "Export cancelled" in window.statusBar().currentMessage()
