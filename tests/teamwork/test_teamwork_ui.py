"""The window's teamwork: merge view, export, backups on open and while working,
and the offer to restore a damaged database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from teamwork_helpers import Laptops, fingerprint

from auditdesk.exchange.package import merge_package, open_package
from auditdesk.store import backup as backups
from auditdesk.ui.main_window import MainWindow
from auditdesk.ui.teamwork.conflict_model import ConflictModel
from auditdesk.ui.teamwork.merge_view import MergeDialog


def _conflict(laptops: Laptops) -> tuple[Path, Path]:
    opp = laptops.opportunities(laptops.an)[0]
    laptops.an.opportunities.update(
        opp.id,
        title="Sửa rò rỉ khí nén (An đo lại)",
        description="Đo bằng máy siêu âm: 14 điểm rò.",
    )
    laptops.binh.opportunities.update(opp.id, title="Sửa rò rỉ khí nén (Bình)", owner="Bình")
    laptops.binh.opportunities.update(
        laptops.opportunities(laptops.binh)[1].id, description="Ghi chú của Bình"
    )
    return laptops.package(laptops.an, "an"), laptops.package(laptops.binh, "binh")


@pytest.fixture
def window(
    qtbot: QtBot, laptops: Laptops, messages: Any, no_running_tasks: None
) -> Iterator[MainWindow]:
    from auditdesk import settings
    from auditdesk.ui.app import create_app

    settings.save(settings.Settings(language="en", user_name="Văn phòng", backup_count=3))
    create_app()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    laptops.office.close()
    assert win.open_path(laptops.office.path)
    yield win
    win.close()


def _wait(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.teamwork.jobs.busy, timeout=20_000)


def test_the_file_menu_has_the_teamwork_actions(window: MainWindow) -> None:
    names = {"actExportPackage", "actMergePackages", "actBackups"}
    file_menu = window.menuBar().actions()[0].menu()
    found = {a.objectName(): a for a in file_menu.actions() if a.objectName() in names}
    assert set(found) == names and all(a.isEnabled() for a in found.values())
    assert found["actExportPackage"].text() == "E&xport audit package…"


def test_the_merge_view_lists_each_conflict_field_by_field(
    qtbot: QtBot, qtmodeltester: Any, laptops: Laptops
) -> None:
    an, binh = _conflict(laptops)
    merge_package(laptops.office, open_package(an))
    with open_package(binh) as package:
        plan = merge_package(laptops.office, package, on_conflict="ask")
        dialog = MergeDialog(None, plan, package, "office.auditdesk.sqlite")
        qtbot.addWidget(dialog)
    model: ConflictModel = dialog.conflicts
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0].startswith("Opportunity: ") and row[1] == "Title"
    assert row[2] == "Sửa rò rỉ khí nén (An đo lại)" and row[3].startswith("An, ")
    assert row[4] == "Sửa rò rỉ khí nén (Bình)" and row[5].startswith("Bình, ")
    assert not dialog.merge_button.isEnabled() and "1 of 1" in dialog.status.text()
    assert "Before both changes" in dialog.detail_title.text()
    assert model.setData(
        model.index(0, ConflictModel.THEIRS),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert (
        model.index(0, ConflictModel.OURS).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Unchecked
    )
    assert dialog.merge_button.isEnabled()
    dialog.keep_all.click()
    assert model.choices() == {plan.conflicts[0].ident: "ours"}


def test_merging_two_packages_through_the_window(
    window: MainWindow,
    laptops: Laptops,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    messages: Any,
) -> None:
    an, binh = _conflict(laptops)
    seen: list[MergeDialog] = []

    def take_theirs(dialog: MergeDialog) -> int:
        seen.append(dialog)
        dialog.take_all.click()
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", take_theirs)
    window.teamwork.merge_paths([str(an), str(binh)])
    qtbot.waitUntil(lambda: any("Merged:" in text for _, text in messages.shown), timeout=20_000)
    _wait(qtbot, window)
    assert [d.conflicts.rowCount() for d in seen] == [0, 1]
    opp = window.store.opportunities.get(laptops.opportunities(window.store)[0].id)
    assert (opp.title, opp.owner) == ("Sửa rò rỉ khí nén (Bình)", "Bình")
    assert opp.description == "Đo bằng máy siêu âm: 14 điểm rò."
    text = messages.shown[-1][1]
    assert "an.auditdesk: 1 updated" in text and "binh.auditdesk:" in text


def test_cancelling_the_merge_view_changes_nothing(
    window: MainWindow, laptops: Laptops, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    an, _ = _conflict(laptops)
    before = fingerprint(window.store.path)
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.teamwork.merge_paths([str(an)])
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=20_000)
    _wait(qtbot, window)
    assert fingerprint(window.store.path) == before


def test_a_hostile_package_is_refused_with_a_message(
    window: MainWindow, qtbot: QtBot, messages: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.auditdesk"
    bad.write_bytes(b"nonsense")
    window.teamwork.merge_paths([str(bad)])
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=20_000)
    _wait(qtbot, window)
    assert "bad.auditdesk was refused" in messages.shown[-1][1]


def test_export_through_the_window(
    window: MainWindow,
    laptops: Laptops,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    messages: Any,
    tmp_path: Path,
) -> None:
    from auditdesk.ui.teamwork.export_dialog import ExportDialog

    window.navigator.select("audit", laptops.audit_id)
    target = tmp_path / "out.auditdesk"

    def export(dialog: ExportDialog) -> int:
        assert dialog.audit_ids() == [laptops.audit_id]  # the selected audit comes ticked
        dialog.path.setText(str(target))
        dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", export)
    window.teamwork.act_export.trigger()
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=20_000)
    _wait(qtbot, window)
    assert target.exists() and f"Wrote {target}" in messages.shown[-1][1]
    with open_package(target) as package:
        assert package.audit_ids == [laptops.audit_id]


def test_backups_on_open_and_while_working(window: MainWindow, qtbot: QtBot) -> None:
    path = window.store.path
    assert window.teamwork.open_timer.isActive() and window.teamwork.interval_timer.isActive()
    window.teamwork.open_timer.timeout.emit()
    _wait(qtbot, window)
    assert [b.reason for b in backups.list_backups(path)] == ["open"]
    window.teamwork.interval_timer.timeout.emit()  # nothing changed: no new backup
    _wait(qtbot, window)
    assert len(backups.list_backups(path)) == 1
    window.store.parks.update(window.store.parks.list()[0].id, notes="đã sửa")
    window.teamwork.interval_timer.timeout.emit()
    _wait(qtbot, window)
    assert [b.reason for b in backups.list_backups(path)] == ["interval", "open"]
    assert "Backed up" in window.statusBar().currentMessage()


def test_a_read_only_window_makes_no_backups(window: MainWindow, qtbot: QtBot) -> None:
    other = MainWindow()
    qtbot.addWidget(other)
    try:
        assert other.open_path(window.store.path) and other.store.read_only
        assert not other.teamwork.open_timer.isActive()
        assert not other.teamwork.act_merge.isEnabled()
    finally:
        other.close()


def test_a_damaged_database_offers_the_newest_good_backup(
    qtbot: QtBot, demo_db: Path, messages: Any, no_running_tasks: None
) -> None:
    from auditdesk import settings
    from auditdesk.ui.app import create_app

    settings.save(settings.Settings(language="en"))
    create_app()
    good = backups.make_backup(demo_db, reason="open", keep=5)
    with open(demo_db, "r+b") as fh:
        fh.write(b"garbage, not SQLite")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    try:
        assert not win.open_path(demo_db)
        qtbot.waitUntil(lambda: win.store is not None, timeout=20_000)
        _wait(qtbot, win)
        assert "is damaged" in messages.asked[-1]
        assert "Restored demo.auditdesk.sqlite" in messages.shown[-1][1]
        assert win.store.audits.count() == 3
        kept = [
            p
            for p in (backups.backup_folder(demo_db) / "replaced").iterdir()
            if p.name.endswith(".sqlite")
        ]
        assert len(kept) == 1 and kept[0].read_bytes().startswith(b"garbage")
        assert good.path.exists()
    finally:
        win.close()


def test_damage_found_after_opening_offers_a_restore(
    window: MainWindow, qtbot: QtBot, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.store.path
    backups.make_backup(path, reason="manual", keep=5)
    damage = "*** in database main ***\nPage 42: btreeInitPage() returns error code 11"
    monkeypatch.setattr(
        backups, "check_integrity", lambda target: [damage] if Path(str(target)) == path else []
    )
    window.teamwork.open_timer.timeout.emit()
    qtbot.waitUntil(lambda: bool(messages.asked), timeout=20_000)
    assert (
        "Page 42" in messages.asked[-1] and "Restore the newest good backup" in messages.asked[-1]
    )
    qtbot.waitUntil(lambda: any("Restored" in text for _, text in messages.shown), timeout=20_000)
    _wait(qtbot, window)
    assert window.store is not None and window.store.path == path
    assert [b.reason for b in backups.list_backups(path)] == ["manual"]  # no backup of damage


def test_the_backups_dialog_shows_what_a_backup_holds_and_restores_it(
    window: MainWindow,
    laptops: Laptops,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    messages: Any,
) -> None:
    from auditdesk.ui.teamwork.backup_dialog import BackupDialog

    path = window.store.path
    backups.make_backup(path, reason="manual", keep=5)
    audit = window.store.audits.get(laptops.audit_id)
    window.store.audits.delete(audit.id)

    def restore(dialog: BackupDialog) -> int:
        qtbot.waitUntil(lambda: "Audits:" in dialog.contents.text(), timeout=20_000)
        assert audit.title in dialog.contents.text()
        assert dialog.restore.isEnabled()
        dialog.restore.click()
        return dialog.result()

    monkeypatch.setattr(BackupDialog, "exec", restore)
    window.teamwork.act_backups.trigger()
    qtbot.waitUntil(lambda: any("Restored" in text for _, text in messages.shown), timeout=20_000)
    _wait(qtbot, window)
    assert "Changes made since then are not in it" in messages.asked[-1]
    assert window.store.audits.find(audit.id) is not None


def test_the_merge_view_renders(qtbot: QtBot, laptops: Laptops, tmp_path: Path) -> None:
    an, binh = _conflict(laptops)
    merge_package(laptops.office, open_package(an))
    with open_package(binh) as package:
        plan = merge_package(laptops.office, package, on_conflict="ask")
        dialog = MergeDialog(None, plan, package, "office.auditdesk.sqlite")
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage()
    assert image.width() >= 1000 and not image.isNull()
    assert image.pixelColor(20, 20).isValid()


def test_closing_the_window_waits_for_a_running_backup(window: MainWindow, qtbot: QtBot) -> None:
    path = window.store.path
    window.teamwork.open_timer.timeout.emit()
    window.close()  # must not leave the task running (no_running_tasks checks)
    assert not window.teamwork.jobs.busy
    assert backups.list_backups(path)
