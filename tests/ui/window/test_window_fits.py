"""The window opens within the screen, comes back where it was left, and stays usable at
the 1024×768 of a meeting-room projector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from app.store.workspace import Workspace
from ui.window.main_window import MainWindow
from ui.window.tab_registry import tab_keys


def _shown(qtbot, path: Path | None = None) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    if path is not None:
        win.set_workspace(Workspace.open(path))
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_window_opens_within_the_available_screen(qtbot) -> None:
    win = _shown(qtbot)
    available = win.screen().availableGeometry()
    assert available.contains(win.frameGeometry()), (win.frameGeometry(), available)
    win.close()


def test_size_position_and_maximised_state_are_remembered(qtbot) -> None:
    win = _shown(qtbot)
    win.setGeometry(QRect(40, 60, 700, 520))
    qtbot.waitUntil(lambda: win.size().width() == 700)
    win.close()
    again = _shown(qtbot)
    assert (again.geometry().topLeft(), again.size()) == (QPoint(40, 60), win.size())
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    third = _shown(qtbot)
    assert third.isMaximized()
    third.showNormal()
    qtbot.waitUntil(lambda: not third.isMaximized())
    assert third.size() == win.size()  # the size it had before it was maximised
    third.close()


def _reachable(win: QWidget, widget: QWidget) -> bool:
    """On screen inside the window and not cut off."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(win, QPoint(0, 0))
    return win.rect().contains(QRect(top_left, widget.size()))


def test_usable_at_1024_by_768(qtbot, demo_path: Path) -> None:
    win = _shown(qtbot, demo_path)
    win.resize(1024, 738)  # 768 less a title bar
    for key in tab_keys():
        win.show_tab(key)
        QApplication.processEvents()
        assert win.size().width() <= 1024 and win.size().height() <= 738, key
        assert _reachable(win, win.statusBar()), key
    win.show_tab("goals")
    QApplication.processEvents()
    panel = win.rounds.signoff_panel()
    for button in (panel.record_button, panel.clear_button, panel.add_button,
                   panel.remove_button):
        assert _reachable(win, button), button.text()
    win.set_workspace(None)
