"""A closed round refuses the register's edits and a new baseline with the forms' own
message, shown where the person is looking; nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.register.read import register_rows
from app.rounds.state import round_state
from app.schedule.baselines import list_baselines
from tests.story.person import back_to, choose, when_dialog
from tests.story.test_team import click_button
from ui.window.main_window import MainWindow

from .conftest import menu_action, register_tab

CLOSED = "This round is closed, so it can be viewed, printed and exported but not changed"


def test_a_closed_round_refuses_a_register_item_and_a_baseline(
        qtbot, win: MainWindow, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    when_dialog(lambda d: click_button(d, "Close round"))
    choose(win, "Initiative", "Close round")
    back_to(qtbot, win)
    assert round_state(win.ws, win.initiative_id).closed
    before = register_rows(win.ws, win.initiative_id)

    # Register ▸ New ▸ Problem: refused in the tab's message bar, no item made.
    tab = register_tab(win)
    menu_action(tab.new_button.menu(), "Problem").trigger()
    qtbot.waitUntil(tab.message.isVisible, timeout=3000)
    assert tab.message.text().startswith(CLOSED)
    assert register_rows(win.ws, win.initiative_id) == before

    # Plan ▸ Save baseline…: refused at once, before a name is asked for.
    choose(win, "Plan", "Save baseline…")
    back_to(qtbot, win)
    assert len(warnings) == 1 and warnings[0].startswith(CLOSED)
    assert list_baselines(win.ws, win.initiative_id) == []
