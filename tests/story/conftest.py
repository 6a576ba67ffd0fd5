"""The coordinator's day in Chinese: the real main window on a real workspace file, opened
as ``crossdesk PATH`` opens it, and then used only through what a person can use (see
person.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app import i18n
from app.store.workspace import Workspace
from ui.common.i18n import install_translators
from ui.window.main_window import MainWindow


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.set_language("en")
    QLocale.setDefault(locale)


def open_window(qtbot, path: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.resize(1366, 708)  # a 1366×768 laptop screen, less the title bar and the panel
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture
def new_window(qtbot, zh: None, tmp_path: Path) -> Iterator[MainWindow]:
    """A new, empty workspace: no initiative, no departments, nobody."""
    path = tmp_path / "启动会.crossdesk"
    Workspace.create(path).close()
    win = open_window(qtbot, path)
    yield win
    win.set_workspace(None)


@pytest.fixture
def demo_window(qtbot, zh: None, demo_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, demo_path)
    yield win
    win.set_workspace(None)
