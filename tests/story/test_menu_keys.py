"""A person opens a menu with Alt and a letter, then presses the item's letter: two items of
one menu with the same letter make that press pick the first and skip the other (文件 had
另存副本(C) and 关闭工作区(C), and 将全部表单存为 PDF had no letter at all)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu

from ui.window.main_window import MainWindow

from .person import find_action


def letters(menu: QMenu) -> dict[str, list[str]]:
    menu.aboutToShow.emit()  # lists filled on demand are filled, as opening the menu does
    seen: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        found = re.search(r"&(\w)", action.text())
        seen.setdefault(found.group(1).upper() if found else "", []).append(action.text())
    return seen


def test_every_menu_item_has_its_own_letter(demo_window: MainWindow) -> None:
    for top in demo_window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        seen = letters(menu)
        shared = {k: v for k, v in seen.items() if k and len(v) > 1}
        assert not shared, (top.text(), shared)
        if menu.title().replace("&", "").startswith("文件"):
            assert "" not in seen, seen[""]  # every File item can be reached by its letter
    assert find_action(demo_window, "文件", "将全部表单存为 PDF").text() == "将全部表单存为 PDF(&S)…"
