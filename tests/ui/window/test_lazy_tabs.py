"""Tabs are built and filled when first shown, so the window opens on the tab in view."""

from __future__ import annotations

from pathlib import Path

from app.store.workspace import Workspace
from ui.speed.warm_up import warm_up
from ui.window.main_window import MainWindow


def test_only_the_tab_in_view_is_built(qtbot, demo_path: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_tab("gantt")  # chosen before a workspace is open, as `--tab` does
    win.set_workspace(Workspace.open(demo_path))
    win.show()
    qtbot.waitExposed(win)
    assert set(win.tabs) == {"gantt"}
    gantt = win.tab("gantt")
    assert win.current_tab() is gantt
    assert gantt.chart.layout_.rows  # type: ignore[attr-defined]  (its rows were read)

    win.show_tab("team")
    assert set(win.tabs) == {"gantt", "team"}
    assert win.tab("team").team.model.rowCount() > 0  # type: ignore[attr-defined]

    # Another workspace opens on the same tab.
    win.set_workspace(Workspace.open(demo_path, read_only=True))
    assert set(win.tabs) == {"team"}
    assert win.current_tab() is win.tab("team")
    win.set_workspace(None)


def test_rules_are_checked_once_the_window_is_on_screen(qtbot, demo_path: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_workspace(Workspace.open(demo_path))
    assert win.findings_label.text() == ""  # not before the first paint
    win.show()
    qtbot.waitUntil(lambda: warm_up().done and win.findings_label.text() != "", timeout=10000)
    assert win.backup_policy is not None and win.backup_policy.last_backup is not None
    win.set_workspace(None)


def test_the_program_reopens_on_the_tab_last_in_view(qtbot, demo_path: Path) -> None:
    from ui.launch import start_tab

    assert start_tab(None, False) is None  # first start: the first form
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_workspace(Workspace.open(demo_path))
    win.show()
    win.show_tab("kanban")
    win.close()
    assert start_tab(None, False) == "kanban"
    assert start_tab("raci", False) == "raci"  # --tab wins
    assert start_tab(None, True) is None  # screenshots do not follow habits

    again = MainWindow()
    qtbot.addWidget(again)
    again.show_tab(start_tab(None, False) or "")
    again.set_workspace(Workspace.open(demo_path))
    assert set(again.tabs) == {"kanban"}
    again.set_workspace(None)
