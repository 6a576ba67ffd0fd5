"""The Backups dialog, the damaged-workspace offer and the read-only notice, driven like a
user would: real widgets, real clicks, real message boxes answered by clicking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from app import backups
from app.org import initiatives
from app.store.workspace import Workspace
from tests.data_safety import Mount, damage
from ui.backups import BackupsDialog, offer_backup_for_damaged, read_only_notice
from ui.backups.damaged import damaged_box
from ui.common.fonts import install_cjk_font


def answer_box(qtbot, pick: Callable[[QMessageBox], QAbstractButton], seen: list[str]) -> None:
    """Click a button of the next message box as soon as it is shown."""
    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text() + "\n" + box.informativeText())
            qtbot.mouseClick(pick(box), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, attempt)
    QTimer.singleShot(0, attempt)


def by_text(fragment: str) -> Callable[[QMessageBox], QAbstractButton]:
    def pick(box: QMessageBox) -> QAbstractButton:
        for button in box.buttons():
            if fragment in button.text().replace("&", ""):
                return button
        raise AssertionError(f"no button {fragment!r} in {[b.text() for b in box.buttons()]}")
    return pick


def test_the_dialog_lists_backups_with_date_and_counts(qtbot, qtmodeltester,
                                                       demo_ws: Workspace) -> None:
    backups.take_backup(demo_ws, "opened", now=dt.datetime(2026, 11, 20, 9, 0))
    backups.take_backup(demo_ws, "import", now=dt.datetime(2026, 11, 20, 10, 30))
    dialog = BackupsDialog(demo_ws.path, demo_ws)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "2026-11-20 10:30"  # newest first
    assert model.index(0, 1).data() == "before an import"
    assert "1 initiative(s), 22 task(s)" in model.index(0, 2).data()
    assert dialog.restore_button.isEnabled()


def test_restore_from_the_dialog_after_confirming(qtbot, demo_ws: Workspace) -> None:
    original = [i.name for i in initiatives.list_initiatives(demo_ws)]
    backups.take_backup(demo_ws, "opened", now=dt.datetime(2026, 11, 20, 9, 0))
    initiatives.create_initiative(demo_ws, "after the backup")
    dialog = BackupsDialog(demo_ws.path, demo_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    results: list[object] = []
    dialog.restored.connect(results.append)

    seen: list[str] = []
    answer_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel), seen)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert results == [] and len(initiatives.list_initiatives(demo_ws)) == 2

    answer_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes), seen)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "backed up first" in seen[-1]
    assert [i.name for i in initiatives.list_initiatives(demo_ws)] == original
    assert len(results) == 1
    assert dialog.model.rowCount() == 2  # the backup from before the restore is listed
    assert dialog.model.info(0).reason == "restore"


def test_back_up_now_adds_a_row(qtbot, demo_ws: Workspace) -> None:
    dialog = BackupsDialog(demo_ws.path, demo_ws)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "no backups" in dialog.status.text()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and dialog.model.info(0).reason == "manual"


def test_a_damaged_workspace_is_offered_its_newest_good_backup(qtbot, demo_path: Path) -> None:
    backups.take_backup(demo_path, "opened", now=dt.datetime(2026, 11, 20, 9, 0))
    damage(demo_path)
    seen: list[str] = []
    answer_box(qtbot, by_text("Restore this backup"), seen)
    assert offer_backup_for_damaged(None, demo_path) == demo_path
    assert "damaged" in seen[0] and "2026-11-20 09:00" in seen[0] and "not changed" in seen[0]
    with Workspace.open(demo_path) as ws:
        assert len(initiatives.list_initiatives(ws)) == 1


def test_cancelling_the_offer_leaves_the_damaged_file_alone(qtbot, demo_path: Path) -> None:
    backups.take_backup(demo_path)
    damage(demo_path)
    before = demo_path.read_bytes()
    answer_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel), [])
    assert offer_backup_for_damaged(None, demo_path) is None
    assert demo_path.read_bytes() == before


def test_without_any_backup_the_message_says_so(qtbot, demo_path: Path) -> None:
    damage(demo_path)
    seen: list[str] = []
    answer_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Close), seen)
    assert offer_backup_for_damaged(None, demo_path) is None
    assert "no good backup" in seen[0]


def test_read_only_medium_notice(demo_path: Path, mount: Mount, qapp) -> None:
    with Workspace.open(demo_path) as ws:
        assert read_only_notice(ws) is None
    import shutil

    target = mount.path / "w.crossdesk"
    shutil.copyfile(demo_path, target)
    mount.make_read_only()
    with Workspace.open(target) as ws:
        text = read_only_notice(ws)
    assert text is not None and "cannot be written" in text and "w.crossdesk" in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_render_for_a_look(qtbot, qapp, demo_ws: Workspace, tmp_path: Path, lang: str) -> None:
    """Renders the dialog and the damaged message to PNG (kept in the test's folder)."""
    from app.i18n import set_language

    install_cjk_font(qapp)
    set_language(lang)
    try:
        backups.take_backup(demo_ws, "opened", now=dt.datetime(2026, 11, 20, 9, 0))
        backups.take_backup(demo_ws, "auto", now=dt.datetime(2026, 11, 20, 9, 45))
        dialog = BackupsDialog(demo_ws.path, demo_ws)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.grab().save(str(tmp_path / f"backups-{lang}.png"))
        box = damaged_box(None, demo_ws.path, backups.list_backups(demo_ws.path)[0])
        qtbot.addWidget(box)
        box.show()
        assert box.grab().save(str(tmp_path / f"damaged-{lang}.png"))
    finally:
        set_language("en")
