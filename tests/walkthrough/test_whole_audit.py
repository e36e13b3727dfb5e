"""A whole audit done by a new user through the window only, then every output checked.

The user starts AuditDesk for the first time (no settings file), creates a database
with File → New database, sets name and role in Settings, creates the park, the
enterprise and the audit, walks the checklist (yes/no, numbers with units, a photo, a
note, a finding turned into an opportunity), adds a meter and types its readings (in
the add-reading dialog and in the grid), fills two opportunities with their
estimators, proposes them, switches to the reviewer's role in Settings to accept one
and reject the other with a reason, exports the audit package for the project
office, signs the audit off, checks the Overview and exports the workbook and the
PDF report. Then the database, the workbook (openpyxl), the PDF (pdftotext) and the
package (read, verify, merge into a fresh database) are checked against what was
typed and against the calc engine run directly.

Run once in Vietnamese (the default a new user gets) and once in English (chosen
in the Settings dialog, which rebuilds the window).

Only the file dialogs are stood in for (``FileChooser``: the user picks a path);
every other dialog is shown for real and answered through its widgets (``Modal``).
Places where the UI falls short are marked ``# UI GAP:``. (The walk also found that
the package of a signed-off audit did not merge: tests/teamwork/test_signed_off_merge.py.)
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from walkthrough_helpers import (
    FileChooser,
    Modal,
    choose,
    click,
    click_index,
    click_row_where,
    click_tab,
    dialog_button,
    menu_action,
    sheet_table,
    type_text,
)

from auditdesk.demo_checklist import png_bytes
from auditdesk.model import vocab

OK = QDialogButtonBox.StandardButton.Ok
SAVE = QDialogButtonBox.StandardButton.Save

USER = "Nguyễn Thị Lan"
PARK = "KCN Hiệp Phước"
ENTERPRISE = "Công ty TNHH Dệt Sông Xanh"
AUDIT = "Đánh giá RECP 2025"
METER = "Công tơ tổng 22 kV"
LED_TITLE = "Thay đèn T8 bằng LED xưởng may"
LEAK_NOTE = "Nghe rò rỉ ở 12 khớp nối, khu dệt"
REJECT_NOTE = "Hoàn vốn dài hơn 2 năm"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is needed")


def tr(context: str, text: str) -> str:
    """A text as the user sees it in the current language."""
    return QCoreApplication.translate(context, text)


def button(parent: QWidget, context: str, text: str) -> QPushButton:
    """The push button labelled ``text`` (translated) inside ``parent``."""
    label = tr(context, text)
    found = [b for b in parent.findChildren(QPushButton) if b.text() == label and b.isVisible()]
    assert len(found) == 1, f"{len(found)} visible buttons labelled {label!r}"
    return found[0]


class Walk:
    """What one run types and needs: numbers written in the UI language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def n(self, vi: str, en: str) -> str:
        return vi if self.lang == "vi" else en


@pytest.fixture
def app_state() -> Iterator[None]:
    """A first start: no settings file; the app's language put back afterwards."""
    from auditdesk import settings
    from auditdesk.ui.app import create_app, install_language

    assert not settings.settings_path().exists()  # the new user has no settings yet
    before = QLocale()
    app = create_app()
    yield
    install_language(app, "en")  # remove the Vietnamese translators for later tests
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_new_user_does_a_whole_audit_through_the_window(
        lang: str, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Any,
        no_running_tasks: None, app_state: None) -> None:
    from auditdesk import i18n
    from auditdesk.ui.main_window import MainWindow
    from auditdesk.ui.tasks import running_tasks

    walk = Walk(lang)
    files = FileChooser()
    files.install(monkeypatch)
    modal = Modal()
    crashes: list[tuple[Any, ...]] = []  # our bugs caught by the app (logged, not raised)
    from auditdesk.ui import app as app_module

    monkeypatch.setattr(app_module, "report_exception", lambda *args: crashes.append(args))
    assert i18n.current_language() == "vi"  # what a new user gets

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)

    # --- File → New database ---------------------------------------------------------------
    db_path = tmp_path / "kiem-toan.auditdesk.sqlite"
    files.save_paths.append(db_path)
    menu_action(window, "actNewDatabase").trigger()
    assert window.store is not None and window.store.path == db_path
    assert db_path.exists()

    # --- Settings: name, role and (for the English run) language --------------------------
    def fill_settings(name: str, role: str, language: str):  # type: ignore[no-untyped-def]
        def act(dialog: QDialog) -> None:
            type_text(qtbot, dialog.findChild(QLineEdit, "userName"), name)
            choose(dialog.findChild(QComboBox, "role"), role)
            choose(dialog.findChild(QComboBox, "language"), language)
            click(qtbot, dialog_button(dialog, OK))
        return act

    answer = modal.expect("settingsDialog", fill_settings(USER, "auditor", lang))
    menu_action(window, "actSettings").trigger()
    answer.check()
    assert i18n.current_language() == lang
    assert window.store.user == USER, "the change history would record another name"

    # --- Edit → New park, New enterprise, New audit -----------------------------------------
    def fill_park(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "field_name"), PARK)
        type_text(qtbot, dialog.findChild(QLineEdit, "field_province"), "TP. Hồ Chí Minh")
        click(qtbot, dialog_button(dialog, SAVE))

    answer = modal.expect("EntityDialog", fill_park)
    menu_action(window, "actNewPark").trigger()
    answer.check()
    assert window.navigator.current()[0] == "park"

    def fill_enterprise(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "field_name"), ENTERPRISE)
        park_combo = dialog.findChild(QComboBox, "field_park_id")
        assert park_combo.currentText() == PARK  # the selected park is pre-chosen
        choose(dialog.findChild(QComboBox, "field_sector"), "textile")
        type_text(qtbot, dialog.findChild(QLineEdit, "field_employees"), "420")
        type_text(qtbot, dialog.findChild(QLineEdit, "field_operating_hours"),
                  walk.n("6.000", "6,000"))
        choose(dialog.findChild(QComboBox, "field_voltage_level"), "22to110kv")
        click(qtbot, dialog_button(dialog, SAVE))

    answer = modal.expect("EntityDialog", fill_enterprise)
    menu_action(window, "actNewEnterprise").trigger()
    answer.check()
    assert window.navigator.current()[0] == "enterprise"

    def fill_audit(dialog: QDialog) -> None:
        title = dialog.findChild(QLineEdit, "field_title")
        assert title.text() == tr("MainWindow", "RECP assessment")
        type_text(qtbot, title, AUDIT)
        choose(dialog.findChild(QComboBox, "field_audit_type"), "detailed")
        type_text(qtbot, dialog.findChild(QLineEdit, "field_auditors"), USER)
        type_text(qtbot, dialog.findChild(QLineEdit, "field_reviewer"), "Trần Văn Hùng")
        click(qtbot, dialog_button(dialog, SAVE))

    answer = modal.expect("EntityDialog", fill_audit)
    menu_action(window, "actNewAudit").trigger()
    answer.check()
    kind, audit_id = window.navigator.current()
    assert kind == "audit"
    page = window.page
    assert page is not None and page.objectName() == "auditPage"
    store = window.store

    def open_tab(name: str) -> QWidget:
        click_tab(qtbot, page.tabs, page.tab_names.index(name))
        widget = page.tabs.currentWidget()
        assert widget is not None
        return widget

    # --- Checklist: start it, answer, note, photo, finding → opportunity --------------------
    checklist_page = open_tab("checklist")
    setup = checklist_page.findChild(QWidget, "checklistSetup")
    assert setup is not None and setup.isVisible()
    textile = setup.findChild(QCheckBox, "addon_addon_textile_dyeing")
    assert textile is not None and textile.isChecked()  # the enterprise's sector, pre-ticked
    click(qtbot, setup.findChild(QPushButton, "startChecklist"))
    view = checklist_page.view
    assert view is not None
    qtbot.waitUntil(view.isVisible, timeout=2000)  # shown in the next event-loop turn
    from auditdesk.ui.checklist.models import ItemTableModel

    areas = view.areas
    for row in range(view.area_model.rowCount()):
        if view.area_model.code_at(row) == "compressed_air":
            click_index(qtbot, areas, view.area_model.index(row))
            break
    else:
        raise AssertionError("no Compressed air area")

    def item(code: str) -> None:
        click_row_where(qtbot, view.table, ItemTableModel.CODE, code)
        assert view.current_code == code

    editor = view.editor
    item("CA-001")
    click(qtbot, editor.findChild(QPushButton, "answer_yes"))
    assert view.checklist.stored_answer("CA-001") == "yes"

    item("CA-004")  # shown now that the plant has compressed air
    number = editor.answer_widget
    type_text(qtbot, number.edit, "75")
    choose(number.unit, "hp")  # picking the unit saves the number with it
    assert view.checklist.unit("CA-004") == "hp"

    item("CA-007")
    type_text(qtbot, editor.answer_widget.edit, walk.n("7,5", "7.5"))
    qtbot.keyClick(editor.answer_widget.edit, Qt.Key.Key_Return)  # saves and moves on
    assert view.checklist.stored_answer("CA-007") == pytest.approx(7.5)

    item("CA-009")
    click(qtbot, editor.findChild(QPushButton, "answer_yes"))
    assert editor.findChild(QLabel, "findingSuggestion").isVisible()
    click(qtbot, editor.findChild(QPushButton, "findingButton"))
    assert view.checklist.is_finding("CA-009")
    photo = tmp_path / "ro-ri-khop-noi.png"
    photo_data = png_bytes(64, 48, lambda x, y: ((x * 4) % 256, (y * 5) % 256, 90))
    photo.write_bytes(photo_data)
    files.open_paths.append([photo])
    click(qtbot, editor.findChild(QPushButton, "addPhotos"))
    qtbot.waitUntil(lambda: editor.photos.model.rowCount() == 1 and running_tasks() == 0,
                    timeout=10_000)

    # the note, then at once "Turn into opportunity" (no pause for the note's autosave)
    type_text(qtbot, editor.findChild(QPlainTextEdit, "itemNote"), LEAK_NOTE)
    click(qtbot, editor.findChild(QPushButton, "opportunityButton"))
    qtbot.waitUntil(lambda: view.checklist.note("CA-009") == LEAK_NOTE, timeout=5000)
    leak_opp = view.checklist.opportunities.get("CA-009")
    assert leak_opp is not None
    assert editor.findChild(QLabel, "itemOpportunity").isVisible()
    assert not editor.findChild(QPushButton, "opportunityButton").isEnabled()
    assert LEAK_NOTE in store.opportunities.get(leak_opp.id).description  # the note goes along

    # --- Meters: a meter and its readings --------------------------------------------------
    meters = open_tab("meters")

    def fill_meter(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "field_name"), METER)
        choose(dialog.findChild(QComboBox, "field_carrier"), "electricity")
        choose(dialog.findChild(QComboBox, "field_unit"), "kWh")
        choose(dialog.findChild(QComboBox, "field_kind"), "register")
        type_text(qtbot, dialog.findChild(QLineEdit, "field_location"), "Trạm biến áp")
        click(qtbot, dialog_button(dialog, SAVE))

    answer = modal.expect("EntityDialog", fill_meter)
    # UI GAP: the meter and reading buttons have no object names: found by their label.
    click(qtbot, button(meters, "MetersTab", "Add meter…"))
    answer.check()
    meter = meters.current_meter()
    assert meter is not None and meter.name == METER

    readings = [(QDate(2025, 1, 31), walk.n("120.000", "120,000")),
                (QDate(2025, 2, 28), walk.n("168.500", "168,500")),
                (QDate(2025, 3, 31), walk.n("219.000", "219,000"))]

    def type_readings(dialog: QDialog) -> None:
        value = dialog.findChild(QLineEdit, "readingValue")
        for number_, (day, text) in enumerate(readings):
            dialog.date.setDate(day)  # UI GAP: the date field has no object name
            type_text(qtbot, value, text)
            last = number_ == len(readings) - 1
            click(qtbot, dialog_button(dialog, SAVE) if last else dialog.next_button)

    answer = modal.expect("AddReadingDialog", type_readings)
    click(qtbot, button(meters, "ReadingGrid", "Add reading…"))
    answer.check()
    grid = meters.grid
    assert grid.model.rowCount() == 3

    # correct the last reading in the grid: double-click the value, type, Enter
    from auditdesk.ui.meters.reading_model import VALUE

    click_index(qtbot, grid.view, grid.model.index(2, VALUE), double=True)
    cells = [w for w in grid.view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(cells) == 1, "no cell editor opened"
    cell = cells[0]
    type_text(qtbot, cell, walk.n("219.400", "219,400"))
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.readings.count(meter.id) == 3 and [
        r.value for r in store.readings.list(meter.id)][-1] == 219_400, timeout=3000)

    # --- Opportunities: fill the leak estimate, add the LED retrofit -----------------------
    register = open_tab("opportunities")
    table = register.view
    assert table.model().rowCount() == 1  # the finding turned into an opportunity
    opp_editor = register.editor
    assert opp_editor.opportunity_id == leak_opp.id
    assert opp_editor.estimator.currentData() == "compressed_air_leaks"
    assert opp_editor.code.text() == "01"  # numbered as the register's Add would
    type_text(qtbot, opp_editor.code, "KN-01")  # the auditor's own habit

    def wait_saved(opportunity_id: str) -> None:
        saved = tr("OpportunityEditor", "All changes saved.")
        qtbot.waitUntil(lambda: opp_editor.state.text() == saved and running_tasks() == 0
                        and store.opportunities.get(opportunity_id).estimate != "",
                        timeout=10_000)

    def type_input(name: str, text: str) -> None:
        field = opp_editor.inputs.editor(name)
        type_text(qtbot, field, text)

    type_input("hole_diameter", walk.n("3,2", "3.2"))
    type_input("leak_count", "12")
    type_input("hours", walk.n("6.000", "6,000"))
    click_tab(qtbot, opp_editor.tabs, 1)  # Costs and finance
    type_text(qtbot, opp_editor.findChild(QLineEdit, "field_investment_equipment"),
              walk.n("15.000.000", "15,000,000"))
    wait_saved(leak_opp.id)

    click(qtbot, register.findChild(QPushButton, "addOpportunity"))
    assert table.model().rowCount() == 2
    led_id = opp_editor.opportunity_id
    assert led_id is not None and led_id != leak_opp.id
    assert opp_editor.title.hasFocus()  # ready for the title
    type_text(qtbot, opp_editor.title, LED_TITLE)
    click_tab(qtbot, opp_editor.tabs, 0)  # Estimate
    choose(opp_editor.estimator, "led_retrofit")
    type_input("count_old", "240")
    type_input("watts_old", "90")
    type_input("count_new", "240")
    type_input("watts_new", "40")
    type_input("hours", walk.n("4.800", "4,800"))
    click_tab(qtbot, opp_editor.tabs, 1)
    type_text(qtbot, opp_editor.findChild(QLineEdit, "field_investment_equipment"),
              walk.n("180.000.000", "180,000,000"))
    click_tab(qtbot, opp_editor.tabs, 2)  # Details
    choose(opp_editor.findChild(QComboBox, "field_technique"), "TC")
    choose(opp_editor.findChild(QComboBox, "field_area"), "lighting")
    wait_saved(led_id)

    # --- Review: the auditor proposes both ------------------------------------------------
    review = open_tab("review")
    pane = review.pane

    def pick(opportunity_id: str) -> None:
        from auditdesk.ui.review.table_model import KEY_ROLE

        model = review.view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(KEY_ROLE) == opportunity_id:
                click_index(qtbot, review.view, model.index(row, 1))
                break
        assert review.current_id() == opportunity_id

    for opportunity_id in (leak_opp.id, led_id):
        pick(opportunity_id)
        click(qtbot, pane.findChild(QPushButton, "action_propose"))
        assert store.opportunities.get(opportunity_id).status == "proposed"

    # --- the enterprise's reviewer: Settings → role, accept one, reject the other ----------
    answer = modal.expect("settingsDialog", fill_settings(USER, "reviewer", lang))
    menu_action(window, "actSettings").trigger()
    answer.check()
    # the page is rebuilt for the new role and shows the Review tab again (fixed: it kept
    # the auditor's buttons until the tab was shown again)
    page = window.page
    review = page.tabs.currentWidget()
    assert review.objectName() == "reviewTab" and review.role == "reviewer"
    pane = review.pane
    pick(leak_opp.id)
    click(qtbot, pane.findChild(QPushButton, "action_accept"))
    assert store.opportunities.get(leak_opp.id).status == "accepted"

    def reject(dialog: QDialog) -> None:
        choose(dialog.findChild(QComboBox, "rejectReason"), "payback")
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "rejectNote"), REJECT_NOTE)
        click(qtbot, dialog_button(dialog, OK))

    pick(led_id)
    answer = modal.expect("rejectDialog", reject)
    click(qtbot, pane.findChild(QPushButton, "action_reject"))
    answer.check()
    assert store.opportunities.get(led_id).status == "rejected"


    # --- the reviewer signs the audit off ------------------------------------------------------
    def sign_off(dialog: QDialog) -> None:
        assert dialog.findChild(QLineEdit, "signOffName").text() == USER  # from Settings
        click(qtbot, dialog_button(dialog, OK))

    answer = modal.expect("signOffDialog", sign_off)
    click(qtbot, review.findChild(QPushButton, "signOff"))
    answer.check()
    assert USER in review.findChild(QLabel, "lockState").text()
    assert review.findChild(QPushButton, "unlockAudit").isVisible()

    # --- File → Export audit package: sent to the project office -------------------------
    # (after the sign-off, as it goes to the office)
    package = tmp_path / "goi-kiem-toan.auditdesk"

    def export_package(dialog: QDialog) -> None:
        assert dialog.audit_ids() == [audit_id]  # the selected audit is ticked
        type_text(qtbot, dialog.findChild(QLineEdit, "exportPath"), str(package))
        click(qtbot, dialog.export_button)

    answer = modal.expect("exportDialog", export_package)
    menu_action(window, "actExportPackage").trigger()
    answer.check()
    qtbot.waitUntil(lambda: not window.teamwork.jobs.busy and running_tasks() == 0,
                    timeout=20_000)
    assert package.exists()

    # --- the audit's Overview shows the work --------------------------------------------------
    status_label = {code: tr("Vocab", text) for code, text in vocab.OPPORTUNITY_STATUSES.items()}
    expected = {store.opportunities.get(leak_opp.id).title: status_label["accepted"],
                LED_TITLE: status_label["rejected"]}

    def overview_rows() -> dict[str, str]:
        listed = open_tab("overview").findChild(QTableView, "overviewOpportunities")
        return {listed.model().index(r, 1).data(): listed.model().index(r, 3).data()
                for r in range(listed.model().rowCount())}

    # showing the Overview again shows what the other tabs changed
    assert overview_rows() == expected

    # --- File → Export workbook, Audit report (PDF) ------------------------------------------
    workbook = tmp_path / "so-lieu.xlsx"
    files.save_paths.append(workbook)
    menu_action(window, "actExportWorkbook").trigger()
    qtbot.waitUntil(lambda: running_tasks() == 0 and workbook.exists(), timeout=20_000)
    assert files.asked[-1][2].endswith(".xlsx")

    pdf = tmp_path / "bao-cao.pdf"
    language_name = {"vi": "Tiếng Việt", "en": "English"}[lang]

    def report_language(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == language_name  # the UI language is offered first
        click(qtbot, dialog_button(dialog, OK))

    files.save_paths.append(pdf)
    answer = modal.expect(QInputDialog, report_language)
    menu_action(window, "actAuditReport").trigger()
    answer.check()
    qtbot.waitUntil(lambda: window.report_action.task is None and running_tasks() == 0,
                    timeout=30_000)
    assert pdf.exists()
    # the only message boxes of the whole walk: "wrote the package", "wrote the report"
    assert [package.name in text for _title, text in messages.shown] == [True, False]
    assert [pdf.name in text for _title, text in messages.shown] == [False, True]
    assert messages.asked == []
    assert crashes == []

    window.close()
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)

    check_database(db_path, audit_id, leak_opp.id, led_id, photo_data)
    check_workbook(workbook, db_path, audit_id)
    check_pdf(pdf, [leak_title(db_path, leak_opp.id), LED_TITLE])
    check_package(package, db_path, audit_id, tmp_path)


# --- the checks of the outputs ---------------------------------------------------------------


def leak_title(db_path: Path, opportunity_id: str) -> str:
    from auditdesk.store import Store

    with Store(db_path, user="probe", read_only=True) as probe:
        return probe.opportunities.get(opportunity_id).title


def engine_savings(probe: Any, opportunity: Any) -> Any:
    """The calc engine run directly on the opportunity's inputs (not through the store)."""
    from auditdesk.calc.engine import run_estimate
    from auditdesk.calc.reference import load_builtin
    from auditdesk.store.estimates import engine_inputs, parse_stored_inputs

    enterprise_voltage = probe.query(
        "SELECT e.voltage_level FROM audit a JOIN enterprise e ON e.id = a.enterprise_id "
        "WHERE a.id = ?", (opportunity.audit_id,))[0][0]
    return run_estimate(opportunity.estimator_id,
                        engine_inputs(parse_stored_inputs(opportunity.inputs)), load_builtin(),
                        voltage=enterprise_voltage, investment_vnd=opportunity.investment,
                        om_cost_change=opportunity.om_cost_change,
                        lifetime_yr=opportunity.lifetime_yr,
                        discount_rate=opportunity.discount_rate)


def check_database(db_path: Path, audit_id: str, leak_id: str, led_id: str,
                   photo_data: bytes) -> None:
    import json

    from auditdesk.store import Store, attachments

    with Store(db_path, user="probe", read_only=True) as probe:
        audit = probe.audits.get(audit_id)
        enterprise = probe.enterprises.get(audit.enterprise_id)
        park = probe.parks.get(enterprise.park_id)
        assert (park.name, park.province) == (PARK, "TP. Hồ Chí Minh")
        assert (enterprise.name, enterprise.sector, enterprise.employees,
                enterprise.operating_hours, enterprise.voltage_level) == (
            ENTERPRISE, "textile", 420, 6000.0, "22to110kv")
        assert (audit.title, audit.audit_type, audit.auditors, audit.reviewer) == (
            AUDIT, "detailed", USER, "Trần Văn Hùng")
        assert audit.template_code.startswith("recp_walkthrough")
        assert (audit.locked, audit.signed_off_by, audit.signed_off_role) == (
            True, USER, "reviewer")

        answers = {r["item_code"]: r for r in probe.query(
            "SELECT item_code, answer, value, unit, note, finding FROM checklist_response "
            "WHERE audit_id = ?", (audit_id,))}
        assert answers["CA-001"]["answer"] == "yes"
        assert (answers["CA-004"]["value"], answers["CA-004"]["unit"]) == (75.0, "hp")
        assert answers["CA-007"]["value"] == pytest.approx(7.5)
        assert answers["CA-009"]["answer"] == "yes" and answers["CA-009"]["finding"] == 1
        assert answers["CA-009"]["note"] == LEAK_NOTE

        photos = attachments.photos_of_item(probe, audit_id, "CA-009")
        assert [p.filename for p in photos] == ["ro-ri-khop-noi.png"]
        assert photos[0].sha256 == hashlib.sha256(photo_data).hexdigest()
        blob = probe.query("SELECT data FROM blob WHERE sha256 = ?", (photos[0].sha256,))
        assert bytes(blob[0][0]) == photo_data

        meters = probe.meters.for_enterprise(enterprise.id)
        assert [(m.name, m.carrier, m.unit, m.kind) for m in meters] == [
            (METER, "electricity", "kWh", "register")]
        assert [(r.ts, r.value) for r in probe.readings.list(meters[0].id)] == [
            ("2025-01-31", 120_000.0), ("2025-02-28", 168_500.0), ("2025-03-31", 219_400.0)]

        leak, led = probe.opportunities.get(leak_id), probe.opportunities.get(led_id)
        assert (leak.estimator_id, leak.checklist_item_code, leak.technique, leak.area) == (
            "compressed_air_leaks", "CA-009", "GH", "compressed_air")
        assert (led.title, led.estimator_id, led.technique, led.area) == (
            LED_TITLE, "led_retrofit", "TC", "lighting")
        leak_inputs = json.loads(leak.inputs)
        assert leak_inputs["hole_diameter"] == {"value": 3.2, "unit": "mm"}
        assert leak_inputs["leak_count"]["value"] == 12
        led_inputs = json.loads(led.inputs)
        assert {k: led_inputs[k]["value"] for k in ("count_old", "watts_old", "count_new",
                                                    "watts_new", "hours")} == {
            "count_old": 240, "watts_old": 90, "count_new": 240, "watts_new": 40, "hours": 4800}
        assert (leak.investment_equipment, led.investment_equipment) == (15e6, 180e6)

        for opp in (leak, led):
            expected = engine_savings(probe, opp)
            stored = {r["carrier"]: r for r in probe.query(
                "SELECT carrier, amount, cost_vnd, co2e_t FROM opportunity_saving "
                "WHERE opportunity_id = ?", (opp.id,))}
            assert set(stored) == {row.carrier for row in expected.carriers}
            for row in expected.carriers:
                assert stored[row.carrier]["amount"] == pytest.approx(row.amount, rel=1e-9)
                assert stored[row.carrier]["cost_vnd"] == pytest.approx(row.cost_vnd, rel=1e-9)
                assert stored[row.carrier]["co2e_t"] == pytest.approx(row.co2e_t, rel=1e-9)
        # the LED retrofit by hand: 240 × (90 − 40) W × 4,800 h = 57,600 kWh/yr
        assert probe.query("SELECT amount FROM opportunity_saving WHERE opportunity_id = ?",
                           (led.id,))[0][0] == pytest.approx(57_600)

        assert (leak.code, led.code) == ("KN-01", "KN-02")  # Add follows the audit's codes
        assert (leak.status, led.status) == ("accepted", "rejected")
        assert (led.rejection_reason, led.rejection_note) == ("payback", REJECT_NOTE)

        # everything the user did carries the name typed in Settings (the built-in
        # reference data was written when the database was created, before that)
        users = {r[0] for r in probe.query(
            "SELECT DISTINCT user FROM history WHERE entity NOT IN ('reference_set', 'factor')")}
        assert users == {USER}, f"the history names {users}"


def check_workbook(path: Path, db_path: Path, audit_id: str) -> None:
    import openpyxl

    from auditdesk.exchange.workbook import contract as c
    from auditdesk.store import Store

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        assert tuple(book.sheetnames) == c.AUDIT_SHEETS
    finally:
        book.close()
    cover = {r["Field"]: r["Value"] for r in sheet_table(path, c.COVER)}
    assert ENTERPRISE in cover.values() and PARK in cover.values()
    opportunities = {r["Title"]: r for r in sheet_table(path, c.OPPORTUNITIES)}
    electricity = c.carrier_column("electricity").en
    with Store(db_path, user="probe", read_only=True) as probe:
        opps = probe.opportunities.list("audit_id = ?", (audit_id,))
        assert set(opportunities) == {o.title for o in opps}
        for opp in opps:
            row = opportunities[opp.title]
            expected = engine_savings(probe, opp)
            assert (row["Code"], row["Estimator"]) == (opp.code, opp.estimator_id)
            assert row["Status"] == opp.status
            assert row["Investment (VND)"] == pytest.approx(opp.investment)
            assert row[electricity] == pytest.approx(expected.saving("electricity").amount)
            assert row["Cost savings (VND/yr)"] == pytest.approx(expected.total_cost_savings_vnd)
            assert row["CO2e reduction (t/yr)"] == pytest.approx(expected.total_co2e_t)
            if expected.financial.simple_payback_yr is not None:
                assert row["Simple payback (yr)"] == pytest.approx(
                    expected.financial.simple_payback_yr, rel=1e-6)
    checklist = {r["Item"]: r for r in sheet_table(path, c.CHECKLIST)}
    assert checklist["CA-009"]["Photos"] == 1 and checklist["CA-009"]["Note"] == LEAK_NOTE
    assert checklist["CA-004"]["Value"] == 75 and checklist["CA-004"]["Unit"] == "hp"
    monthly = sheet_table(path, c.MONTHLY)
    assert any(r.get("Meter") == METER for r in monthly), monthly[:2]


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout
    return " ".join(text.split())


def check_pdf(path: Path, titles: list[str]) -> None:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True,
                          text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 2
    text = pdf_text(path)
    assert ENTERPRISE in text and "KN-01" in text and "KN-02" in text
    for title in titles:
        assert title in text, f"{title!r} is not in the report"


def check_package(path: Path, db_path: Path, audit_id: str, tmp_path: Path) -> None:
    from auditdesk.exchange.package import merge_package, open_package
    from auditdesk.store import Store

    with open_package(path) as package:
        assert package.audit_ids == [audit_id]
        assert package.manifest["created_by"] == USER
        fresh = Store(tmp_path / "van-phong.auditdesk.sqlite", user="Văn phòng")
        try:
            summary = merge_package(fresh, package)
            assert summary is not None
            with Store(db_path, user="probe", read_only=True) as original:
                for table, columns in (
                        ("park", "name, province"),
                        ("enterprise", "name, sector, employees, voltage_level"),
                        ("audit", "id, title, audit_type, auditors, reviewer"),
                        ("checklist_response", "item_code, answer, value, unit, note, finding"),
                        ("attachment", "entity, sha256, filename"),
                        ("blob", "sha256, data"),
                        ("meter", "name, carrier, unit, kind"),
                        ("reading", "ts, value, source"),
                        ("opportunity", ("id, code, title, estimator_id, inputs, status, "
                                         "investment_equipment, rejection_reason, estimate")),
                        ("opportunity_saving", "opportunity_id, carrier, amount, cost_vnd")):
                    query = f"SELECT {columns} FROM {table} ORDER BY {columns}"
                    assert [tuple(r) for r in fresh.query(query)] == [
                        tuple(r) for r in original.query(query)], table
        finally:
            fresh.close()
