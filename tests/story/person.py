"""What a person can do to the program, and nothing more: pick menu items by their text,
press keys and type into whatever has the keyboard focus, click and drag on views, and
answer the dialog in front of them the same way."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _plain(text: str) -> str:
    """A menu text without its mnemonic ("协作项目(&I)", "&File") or trailing dots."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "")
    return text.replace("…", "").replace("...", "").strip()


def find_action(window: QMainWindow, *path: str) -> QAction:
    """The menu item reached by ``path`` of visible texts (ampersands and dots ignored)."""
    actions = window.menuBar().actions()
    found: QAction | None = None
    for depth, name in enumerate(path):
        found = next((a for a in actions if _plain(a.text()) == _plain(name)), None)
        assert found is not None, f"no menu item {name!r} among {[a.text() for a in actions]}"
        if depth < len(path) - 1:
            menu = found.menu()
            assert isinstance(menu, QMenu), name
            menu.aboutToShow.emit()  # as opening the menu would: fills lists made on demand
            actions = menu.actions()
    assert found is not None
    return found


def choose(window: QMainWindow, *path: str) -> None:
    """Click a menu item: QAction.trigger passes the checked flag as a click does."""
    action = find_action(window, *path)
    assert action.isEnabled(), f"{path} is disabled"
    action.trigger()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MOD) -> None:
    QTest.keyClick(focus(), key, modifiers)


def type_text(text: str) -> None:
    """Latin letters and digits as key presses, Chinese as an input method commits it, each
    to whatever has the focus at that moment (the first key may open a cell's editor)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(focus(), ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(focus(), event)


def when_dialog(answer: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Answer the next modal dialog as a person would, once it is on screen (the caller
    then opens it, which blocks until it is answered)."""
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        has_focus = QApplication.focusWidget()
        if dialog is None or QApplication.activeWindow() is not dialog or has_focus is None \
                or not dialog.isAncestorOf(has_focus):
            waited[0] += 20
            if waited[0] > timeout_ms:
                _close_dialogs()
                raise AssertionError("no dialog came up, or it did not get the focus")
            QTimer.singleShot(20, poll)
            return
        try:
            answer(dialog)
        except BaseException:
            _close_dialogs()  # so that a failed answer fails the test instead of hanging it
            raise

    QTimer.singleShot(0, poll)


def _close_dialogs() -> None:
    for _ in range(10):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        reject = getattr(dialog, "reject", None)
        reject() if reject is not None else dialog.close()


def type_and_enter(text: str) -> Callable[[QWidget], None]:
    def answer(_dialog: QWidget) -> None:
        line = focus()
        if hasattr(line, "selectAll"):
            line.selectAll()  # type: ignore[attr-defined]
        type_text(text)
        press(Qt.Key.Key_Return)
    return answer


def back_to(qtbot, window: QWidget) -> None:
    """What the window manager does when a dialog closes or a window is clicked: activate
    it (the offscreen platform of the tests does not do it by itself)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def cell_point(view: QAbstractItemView, index: QModelIndex) -> QPoint:
    view.scrollTo(index)
    return view.visualRect(index).center()


def click(view: QAbstractItemView, index: QModelIndex, double: bool = False) -> None:
    point = cell_point(view, index)
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, point)
    if double:
        QTest.mouseDClick(view.viewport(), LEFT, NO_MOD, point)


def click_tab(window: QMainWindow, title: str) -> None:
    """Click the tab whose title starts with ``title`` (a count may follow it)."""
    tabs = window.findChild(QTabBar)
    assert tabs is not None
    index = next((i for i in range(tabs.count()) if tabs.tabText(i).startswith(title)), -1)
    assert index >= 0, [tabs.tabText(i) for i in range(tabs.count())]
    QTest.mouseClick(tabs, LEFT, NO_MOD, tabs.tabRect(index).center())


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    QTest.mousePress(widget, LEFT, NO_MOD, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * i / steps)
    QTest.mouseRelease(widget, LEFT, NO_MOD, end)
