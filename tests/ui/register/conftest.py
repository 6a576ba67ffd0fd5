"""The real main window on the demo workspace, active (so typing reaches the focused
field), and what a person does on the register tab: the New button's menu, a right-click's
menu, the field that has the focus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.store.workspace import Workspace
from ui.register.tab import RegisterTab
from ui.window.main_window import MainWindow


@pytest.fixture
def win(qtbot, demo_path: Path) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_workspace(Workspace.open(demo_path))
    window.resize(1366, 708)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    window.set_workspace(None)


def register_tab(window: MainWindow) -> RegisterTab:
    assert window.show_tab("register")
    tab = window.tab("register")
    assert isinstance(tab, RegisterTab)
    return tab


def menu_action(menu: QMenu, text: str) -> QAction:
    found = next((a for a in menu.actions() if a.text().replace("&", "") == text), None)
    assert found is not None, [a.text() for a in menu.actions()]
    return found


def right_click(widget: QWidget, pos: QPoint) -> None:
    """What a right-click (mouse) sends the widget under it: a context menu event."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos),
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def open_popup() -> QMenu:
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), menu
    return menu


def click_in_popup(text: str) -> None:
    """Click the item ``text`` of the menu that is open (it closes, as a click closes it)."""
    menu = open_popup()
    action = menu_action(menu, text)
    assert action.isEnabled(), text
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     menu.actionGeometry(action).center())
