"""The end of a round, in Chinese: the plan review is signed in the sign-off panel beside
the Gantt chart; at step 6 the round is closed after a look at what is still open, it can
no longer be changed, the next round starts from what is left, the closed round is archived
for the files, and reopened when a figure has to be corrected."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton, QTreeView

from app.forms import editing
from app.rounds.state import round_state
from tests.app.printing.conftest import pdftotext, squash
from tests.file_dialog_seam import ScriptedFileDialogs
from ui.window.main_window import MainWindow

from .person import LEFT, NO_MOD, back_to, choose, click, click_tab, press, type_text, when_dialog
from .test_team import click_button

OLD = 1


def panel_of(qtbot, win: MainWindow):
    qtbot.waitUntil(lambda: win.rounds.dock.panel is not None, timeout=5000)
    return win.rounds.dock.panel


def test_closing_a_round_and_starting_the_next(qtbot, demo_window: MainWindow,
                                               file_dialog: ScriptedFileDialogs,
                                               tmp_path: Path) -> None:
    win = demo_window

    # The plan review: beside the Gantt chart the panel shows the plan's sign-off lines.
    click_tab(win, "甘特图")
    panel = panel_of(qtbot, win)
    assert panel.form == "plan" and "优化方案评审" in panel.version_label.text()
    QTest.mouseClick(panel.add_button, LEFT, NO_MOD, panel.add_button.rect().center())
    qtbot.waitUntil(lambda: len(panel.model.lines) == 5, timeout=3000)
    assert [line.department for line in panel.model.lines][:2] == ["研发部", "市场部"]
    # 研发部's head signs the plan as reviewed.
    click(panel.view, panel.model.index(0, 0))

    def sign(_dialog) -> None:
        type_text("李娜")
        press(Qt.Key.Key_Return)

    when_dialog(sign)
    QTest.mouseClick(panel.record_button, LEFT, NO_MOD, panel.record_button.rect().center())
    back_to(qtbot, win)
    qtbot.waitUntil(lambda: panel.model.lines[0].signed, timeout=3000)
    assert panel.model.lines[0].signer == "李娜" and not panel.model.lines[0].stale

    # Step 6: what is still open is shown before the round is closed.
    listed: list[str] = []

    def close_it(dialog) -> None:
        listed.extend(dialog.items.stringList())
        click_button(dialog, "结束本轮")

    when_dialog(close_it)
    choose(win, "协作项目", "结束本轮")
    back_to(qtbot, win)
    assert "任务未完成：重点客户试用（60%，进行中）" in listed
    assert "优化方案评审（措施、任务与 RACI）：4 行尚未签字" in listed
    assert round_state(win.ws, OLD).closed_on == dt.date.today()
    qtbot.waitUntil(win.rounds.banner.isVisible, timeout=3000)
    assert "本轮已于" in win.rounds.banner.text() and "效果评估：4 项指标中 2 项达标（1 项尚未测量）" in \
        win.rounds.banner.text()

    # Nothing can be changed now: typing over a goal leaves it as it was.
    click_tab(win, "1 目标")
    table = win.tab("goals").goals  # type: ignore[attr-defined]
    before = [r.values for r in editing.rows(win.ws, "goals", OLD)]
    click(table.view, table.proxy.index(0, 0))
    type_text("abc")
    press(Qt.Key.Key_Return)
    assert [r.values for r in editing.rows(win.ws, "goals", OLD)] == before

    # The closed round goes to the files as one .zip.
    zipped = tmp_path / "归档.zip"
    file_dialog.answer(zipped)
    choose(win, "协作项目", "归档本轮")
    assert file_dialog.asked[-1].name.startswith("新品 X1 上市跨部门协作 ")
    assert file_dialog.asked[-1].name.endswith(f"–{dt.date.today().isoformat()}.zip")
    for box in file_dialog.notices:
        box.close()
    back_to(qtbot, win)
    with zipfile.ZipFile(zipped) as zf:
        names = zf.namelist()
        (tmp_path / "a.pdf").write_bytes(zf.read(next(n for n in names if n.endswith(".pdf"))))
    assert len(names) == 2
    assert "效果评估反馈表" in squash(pdftotext(tmp_path / "a.pdf"))

    # The next round, from what is left.
    seen: dict[str, int] = {}

    def start(dialog) -> None:
        model = dialog.findChild(QTreeView).model()
        for section in range(model.rowCount()):
            top = model.index(section, 0)
            for group in range(model.rowCount(top)):
                g = model.index(group, 0, top)
                seen[g.data()] = model.rowCount(g)
        click_button(dialog, "开始下一轮")

    when_dialog(start)
    choose(win, "协作项目", "开始下一轮")
    back_to(qtbot, win)
    assert seen["标为“调整”或“下一轮”的措施（2）"] == 2
    assert seen["固化为标准做法的措施（2）"] == 2
    new = win.initiative_id
    assert new != OLD and win.initiative_box.currentText() == "新品 X1 上市跨部门协作（第 2 轮）"
    assert [m.values["name"] for m in editing.rows(win.ws, "measures", new)] == [
        "精简上市审批流程", "联合销售预测与周会机制"]
    kpis = editing.rows(win.ws, "evaluation", new)
    assert [k.values["before"] for k in kpis] == [3, 96, 1, 4.2, 68]
    # The new round is open: its goals can be typed into.
    click_tab(win, "1 目标")
    qtbot.waitUntil(table.add_action.isEnabled, timeout=3000)
    qtbot.waitUntil(lambda: "延续自" in win.rounds.banner.text(), timeout=3000)

    # A figure of the old round has to be corrected: reopen it, by an explicit command.
    win.initiative_box.setCurrentIndex(win.initiative_box.findData(OLD))
    def yes(dialog) -> None:
        texts = [b.text() for b in dialog.findChildren(QPushButton)]
        button = dialog.button(QMessageBox.StandardButton.Yes)
        assert button is not None, texts
        QTest.mouseClick(button, LEFT, NO_MOD, button.rect().center())

    when_dialog(yes)
    choose(win, "协作项目", "重新打开本轮")
    back_to(qtbot, win)
    assert not round_state(win.ws, OLD).closed
    # Reopened by mistake: Edit ▸ Undo closes it again, on the day it was closed.
    choose(win, "编辑", "撤销(&U) 重新打开本轮")
    assert round_state(win.ws, OLD).closed_on == dt.date.today()
