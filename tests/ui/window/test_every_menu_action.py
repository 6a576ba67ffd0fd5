"""Every item of the main window's menu bar, triggered as a click does (``QAction.trigger``
passes the checked flag to ``triggered(bool)``), runs without an exception: File ▸ Import
Excel workbook did nothing but print a TypeError, because the flag reached the slot's
optional ``path`` argument. Dialogs that open are cancelled as a user would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from ui.window.main_window import MainWindow

# Leaving the window is tried by other tests; here it would end the walk.
SKIP = {"Quit", "Close workspace"}


def menu_actions(menu: QMenu, path: str = "") -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = f"{path}{action.text().replace('&', '')}"
        sub = action.menu()
        if isinstance(sub, QMenu):
            sub.aboutToShow.emit()  # fill it, as opening it would
            yield from menu_actions(sub, text + " ▸ ")
        else:
            yield text, action


@pytest.fixture
def cancel_dialogs(qtbot) -> Iterator[list[str]]:
    """Cancel every modal dialog as soon as it shows (the file dialogs are answered by the
    ``file_dialog`` fixture); records their titles."""
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(30)

    def close() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog):
            seen.append(widget.windowTitle())
            widget.reject()

    timer.timeout.connect(close)
    timer.start()
    yield seen
    timer.stop()


def test_every_menu_action_runs_without_an_exception(qtbot, window: MainWindow, file_dialog,
                                                     cancel_dialogs: list[str],
                                                     capfd: pytest.CaptureFixture[str]) -> None:
    triggered = []
    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is not window.menuBar():
            continue
        for text, action in menu_actions(menu, menu.title().replace("&", "") + " ▸ "):
            if any(text.endswith(s) for s in SKIP) or not action.isEnabled():
                continue
            action.trigger()
            qtbot.wait(10)
            triggered.append(text)
    err = capfd.readouterr().err
    assert "TypeError" not in err and "Traceback" not in err, err
    assert "File ▸ Import Excel workbook…" in triggered
    # The import asked for a file (and the user cancelled): it did not die before that.
    assert any(a.title == "Import from Excel" for a in file_dialog.asked)
    assert len(triggered) >= 15, triggered
    assert window.ws is not None  # nothing cancelled closed the workspace


def test_ctrl_i_opens_the_import_dialog(qtbot, window: MainWindow, file_dialog) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    window.tab_widget.currentWidget().setFocus()
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert [a.title for a in file_dialog.asked] == ["Import from Excel"]
    assert file_dialog.asked[0].filters == ("Excel (*.xlsx)",)
    assert file_dialog.asked[0].folder == window.ws.path.parent  # beside the workspace
