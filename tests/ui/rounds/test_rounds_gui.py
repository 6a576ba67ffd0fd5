"""The window's side of sign-offs and rounds, used as a person uses it: the sign-off panel
follows the tab; a signed Form 2 printout goes stale when Form 2 changes; a closed round
refuses edits and Ctrl+Z reopens it; the next round starts after its preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeView
from sqlalchemy import func, select

from app.forms import editing
from app.register.models import RegisterItem
from app.rounds.state import round_state
from tests.file_dialog_seam import ScriptedFileDialogs
from tests.story.person import (
    CTRL,
    LEFT,
    NO_MOD,
    back_to,
    choose,
    click,
    click_tab,
    press,
    type_text,
    when_dialog,
)
from tests.story.test_team import click_button
from ui.window.main_window import MainWindow

INI = 1


def _panel(qtbot, win: MainWindow):
    qtbot.waitUntil(lambda: win.rounds.dock.panel is not None, timeout=5000)
    return win.rounds.dock.panel


def test_the_panel_follows_the_tab_and_can_show_any_form(qtbot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    assert panel.form == "goals" and len(panel.model.lines) == 4
    for tab, form in (("2 Team", "team"), ("Gantt", "plan"), ("5 Evaluation", "evaluation"),
                      ("RACI", "raci"), ("1 Goals", "goals")):
        click_tab(window, tab)
        assert panel.form == form, tab
        assert window.rounds.dock.chooser.currentData() == form
    window.rounds.dock.chooser.setCurrentIndex(window.rounds.dock.chooser.findData("plan"))
    assert panel.form == "plan" and "Plan review" in panel.version_label.text()


def test_a_signed_form_2_printout_goes_stale_when_form_2_changes(
        qtbot, window: MainWindow, file_dialog: ScriptedFileDialogs, tmp_path: Path) -> None:
    click_tab(window, "2 Team")
    panel = _panel(qtbot, window)
    assert panel.form == "team" and panel.model.lines == []
    QTest.mouseClick(panel.add_button, LEFT, NO_MOD, panel.add_button.rect().center())
    qtbot.waitUntil(lambda: len(panel.model.lines) == 5, timeout=3000)
    assert [line.signer for line in panel.model.lines] == ["王建国", "李娜", "陈静", "赵磊", "周强"]

    # Form 2 printed to PDF and passed round; 王建国 signs it.
    file_dialog.answer(tmp_path / "form2.pdf")
    choose(window, "File", "Save form as PDF")
    for box in file_dialog.notices:
        box.close()
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: "Last printed" in panel.version_label.text(), timeout=3000)
    printed = panel.current_tag
    assert printed in panel.version_label.text() and "Last printed" in panel.version_label.text()
    click(panel.view, panel.model.index(0, 0))
    when_dialog(lambda _d: press(Qt.Key.Key_Return))
    QTest.mouseClick(panel.record_button, LEFT, NO_MOD, panel.record_button.rect().center())
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.lines[0].signed, timeout=3000)
    line = panel.model.lines[0]
    assert line.signed and line.version_tag == printed and not line.stale
    assert not panel.banner.isVisible()

    # A duty of Form 2 changes: the signature no longer matches what the form says.
    table = window.tab("team").team  # type: ignore[attr-defined]
    index = table.proxy.index(2, table.model.column_of("duties"))
    click(table.view, index)
    press(Qt.Key.Key_F2)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    type_text("样机测试与试用支持")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.lines[0].stale, timeout=3000)
    assert panel.banner.isVisible() and "王建国" in panel.banner.text()
    assert "Team members and responsibilities" in panel.banner.text()
    # The rule check says so too, and its finding leads back to the line in the panel.
    window.refresh_findings()
    finding = next(f for f in window.findings if f.rule == "signoff.stale")
    click_tab(window, "Gantt")
    window.go_to_finding(finding)
    assert panel.form == "team" and panel.view.selectionModel().selectedRows()[0].row() == 0


def test_a_closed_round_refuses_edits_until_ctrl_z_reopens_it(
        qtbot, window: MainWindow, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))

    def close_it(dialog) -> None:
        assert "Task not finished: 重点客户试用 (60 %, In progress)" in dialog.items.stringList()
        assert any("no sign-off recorded" in t for t in dialog.items.stringList())
        click_button(dialog, "Close round")

    when_dialog(close_it)
    choose(window, "Initiative", "Close round")
    back_to(qtbot, window)
    closed = round_state(window.ws, INI).closed_on
    assert closed == dt.date.today()
    qtbot.waitUntil(window.rounds.banner.isVisible, timeout=3000)
    assert "closed on" in window.rounds.banner.text() and "Form 5: 2 of 4 KPIs met" in \
        window.rounds.banner.text()
    assert not window.rounds.close_action.isEnabled()
    assert window.rounds.reopen_action.isEnabled() and window.rounds.next_action.isEnabled()

    # Typing into Form 1 changes nothing; Ctrl+N adds no row; the sign-off panel is locked.
    click_tab(window, "1 Goals")
    table = window.tab("goals").goals  # type: ignore[attr-defined]
    before = [r.values for r in editing.rows(window.ws, "goals", INI)]
    click(table.view, table.proxy.index(0, 0))
    type_text("changed")  # typed over the cell, as into an open round
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_N, CTRL)
    assert [r.values for r in editing.rows(window.ws, "goals", INI)] == before
    assert not table.add_action.isEnabled()
    panel = _panel(qtbot, window)
    assert not panel.add_button.isEnabled() and not panel.record_button.isEnabled()
    # An edit the view does not lock (a RACI letter typed) is refused by the write path.
    click_tab(window, "RACI")
    raci = window.tab("raci")
    click(raci.view, raci.model.index(0, 1))  # type: ignore[attr-defined]
    type_text("C")
    assert "This round is closed" in raci.banner.text()  # type: ignore[attr-defined]
    assert round_state(window.ws, INI).closed

    # Closing was one step: Ctrl+Z reopens the round.
    press(Qt.Key.Key_Z, CTRL)
    assert not round_state(window.ws, INI).closed
    qtbot.waitUntil(lambda: not window.rounds.banner.isVisible(), timeout=3000)
    assert window.rounds.close_action.isEnabled()
    click_tab(window, "1 Goals")
    qtbot.waitUntil(table.add_action.isEnabled, timeout=3000)


def test_the_next_round_starts_after_its_preview_and_undo_removes_it(
        qtbot, window: MainWindow) -> None:
    when_dialog(lambda d: click_button(d, "Close round"))
    choose(window, "Initiative", "Close round")
    back_to(qtbot, window)
    seen: dict[str, list[str]] = {}

    def start(dialog) -> None:
        tree = dialog.findChild(QTreeView)
        model = tree.model()
        for section in range(model.rowCount()):
            top = model.index(section, 0)
            for group in range(model.rowCount(top)):
                g = model.index(group, 0, top)
                seen[g.data()] = [model.index(i, 0, g).data() for i in range(model.rowCount(g))]
        dialog.start.setDate(dialog.start.date().fromString("2027-03-01", "yyyy-MM-dd"))
        click_button(dialog, "Start next round")

    when_dialog(start)
    choose(window, "Initiative", "Start next round")
    back_to(qtbot, window)
    assert seen["Measures marked “adjust” or “next round” (2)"] == ["精简上市审批流程",
                                                                  "联合销售预测与周会机制"]
    assert seen["Measures kept as standard practice (2)"] == ["建立需求直通机制",
                                                             "物料与资料统一版本管理"]
    assert "Goals, to be signed again (4)" in seen and "Team (10)" in seen
    # The register, baselines and reports are said to stay behind (the demo has no baseline
    # or report kept).
    with window.ws.read() as s:
        items = s.scalar(select(func.count()).select_from(RegisterItem)
                         .where(RegisterItem.initiative_id == INI))
    assert f"{items} register item(s), 0 baseline(s) and 0 weekly report(s): they stay with " \
        "this round and its archive" in seen
    new = window.initiative_id
    assert new != INI and window.initiative_box.currentText() == "新品 X1 上市跨部门协作 — round 2"
    state = round_state(window.ws, new)
    assert state.previous_id == INI and not state.closed
    qtbot.waitUntil(window.rounds.banner.isVisible, timeout=3000)
    assert "It continues the round “新品 X1 上市跨部门协作”" in window.rounds.banner.text()
    tasks = editing.rows(window.ws, "tracking", new)
    assert tasks and min(t.values["planned_start"] for t in tasks) == dt.date(2027, 3, 1)
    assert all(t.values["percent"] == 0 and t.values["actual_start"] is None for t in tasks)
    # Starting it was one step, undone as a new initiative is.
    press(Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.initiative_box.count() == 1, timeout=3000)
    assert window.initiative_id == INI and round_state(window.ws, INI).closed
