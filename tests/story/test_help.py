"""F1 in the middle of the meeting: a short guide to the six steps, where each form
lives and the keys, in the program's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from ui.window.main_window import MainWindow

from .person import choose, press, when_dialog


def test_f1_and_the_help_menu_open_the_guide(qtbot, demo_window: MainWindow) -> None:
    seen: list[str] = []

    def read(dialog) -> None:
        browser = dialog.findChild(QTextBrowser)
        seen.append(browser.toPlainText())
        press(Qt.Key.Key_Escape)

    when_dialog(read)
    press(Qt.Key.Key_F1)
    when_dialog(read)
    choose(demo_window, "帮助", "六步法与快捷键指南")
    assert len(seen) == 2 and seen[0] == seen[1]
    text = seen[0]
    for words in ("六个步骤及各表单所在的页签", "表格中的按键",
                  "对齐目标", "组建团队", "梳理现有流程", "设计方案", "执行与监控", "评估与改进",
                  "1 目标", "2 团队", "3 痛点", "优先级矩阵", "4 计划跟踪", "RACI 矩阵", "甘特图",
                  "5 效果评估", "Ctrl+N", "Tab", "Ctrl+Z", "3/31", "F1"):
        assert words in text, words
