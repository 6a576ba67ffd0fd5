"""A department's name over its columns is read whole: a department of one person with a long
name (项目管理办公室, 质量管理办公室) widens its column instead of showing
"项目…" (seen in a real window at 1366×768)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from app.forms import editing
from app.org import organisation as org
from app.store.workspace import Workspace
from tests.app.raci.raci_helpers import DEMO_INITIATIVE
from ui.common.fonts import install_cjk_font
from ui.raci import RaciTab

LONG = "质量管理办公室"


def test_a_one_person_department_shows_its_whole_name(qtbot, demo_ws: Workspace,
                                                       undo_stack) -> None:
    install_cjk_font(QApplication.instance())  # type: ignore[arg-type]
    if LONG not in org.department_names(demo_ws):
        org.add_department(demo_ws, LONG)
    editing.add_row(demo_ws, "team", DEMO_INITIATIVE,
                    {"name": "王建国", "department": LONG, "role": "executor"})
    tab = RaciTab(demo_ws, undo_stack)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.set_initiative(DEMO_INITIATIVE)
    tab.show()
    qtbot.waitExposed(tab)
    header = tab.view.horizontalHeader()
    groups = {label: (start, end) for start, end, label in tab.model.column_groups}
    assert LONG in groups, list(groups)
    start, end = groups[LONG]
    width = sum(header.sectionSize(i) for i in range(start, end + 1))
    bold = QFont(header.font())
    bold.setBold(True)
    assert width - 12 >= QFontMetrics(bold).horizontalAdvance(LONG)  # the band's margins
    for start, end, label in tab.model.column_groups:  # every other group too
        width = sum(header.sectionSize(i) for i in range(start, end + 1))
        assert width - 12 >= QFontMetrics(bold).horizontalAdvance(label), label
