"""The Preferences dialog driven with keys and clicks, on a real workspace file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.errors import ValidationError
from app.store import settings as ws_settings
from app.store.workspace import Workspace
from ui.preferences.dialog import PreferencesDialog
from ui.preferences.store import Preferences


def _ok(dialog: PreferencesDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _pick_language(qtbot, dialog: PreferencesDialog, name: str) -> None:
    box = dialog.language_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    while box.currentText() != name:
        before = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() != before, f"{name} is not offered"


def test_language_is_saved_for_the_next_start(qtbot, demo_ws: Workspace) -> None:
    dialog = PreferencesDialog(Preferences(), demo_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language_box.currentText() == "Same as the system"
    _pick_language(qtbot, dialog, "简体中文")
    with qtbot.waitSignal(dialog.languageChanged) as changed:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert changed.args == ["zh_CN"]
    assert Preferences().language == "zh_CN"  # read back from the file
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted


def test_unchanged_language_emits_nothing(qtbot) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.assertNotEmitted(dialog.languageChanged):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.organisation_edit.isEnabled()  # no workspace open


def test_organisation_is_stored_in_the_workspace_and_undoable(qtbot, demo_path: Path) -> None:
    ws = Workspace.open(demo_path)
    stack = QUndoStack()
    dialog = PreferencesDialog(Preferences(), ws, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.organisation_edit.text() == "华东精密制造有限公司"
    dialog.organisation_edit.selectAll()
    qtbot.keyClicks(dialog.organisation_edit, "Acme Works")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    ws.close()

    ws = Workspace.open(demo_path)  # survives reopening: it is in the file
    assert ws_settings.organisation(ws) == "Acme Works"
    stack.clear()
    ws.close()


def test_undo_puts_the_old_name_back(qtbot, demo_ws: Workspace) -> None:
    stack = QUndoStack()
    dialog = PreferencesDialog(Preferences(), demo_ws, stack)
    qtbot.addWidget(dialog)
    dialog.organisation_edit.setText("  New Name  ")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert ws_settings.organisation(demo_ws) == "New Name"
    assert stack.count() == 1
    stack.undo()
    assert ws_settings.organisation(demo_ws) == "华东精密制造有限公司"
    stack.redo()
    assert ws_settings.organisation(demo_ws) == "New Name"


def test_bad_name_is_refused_and_dialog_stays_open(
    qtbot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    stack = QUndoStack()
    dialog = PreferencesDialog(Preferences(), demo_ws, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.organisation_edit.setText("Bell\x07 Ltd")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert shown and "Organisation" in shown[0]
    assert dialog.isVisible()
    assert stack.count() == 0
    assert ws_settings.organisation(demo_ws) == "华东精密制造有限公司"  # nothing changed


def test_read_only_workspace_cannot_change_its_name(qtbot, demo_path: Path) -> None:
    ws = Workspace.open(demo_path, read_only=True)
    dialog = PreferencesDialog(Preferences(), ws)
    qtbot.addWidget(dialog)
    assert not dialog.organisation_edit.isEnabled()
    assert dialog.organisation_edit.text() == "华东精密制造有限公司"
    ws.close()


def test_settings_service_refuses_bad_names(empty_ws: Workspace) -> None:
    assert ws_settings.organisation(empty_ws) == ""
    with pytest.raises(ValidationError):
        ws_settings.set_organisation(empty_ws, "x" * 201)
    assert ws_settings.organisation(empty_ws) == ""
    assert ws_settings.set_organisation(empty_ws, " Acme\n") == ""
    assert ws_settings.organisation(empty_ws) == "Acme"
