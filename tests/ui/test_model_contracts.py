"""Every table model of ui/ passes pytest-qt's model tester (Qt's QAbstractItemModelTester)
with the demo's real rows, in the place the program shows it. A walk over ui/ finds every
model class, so a new model without a check here fails the last test."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel
from sqlalchemy import select

import ui
from app import backups
from app.excel.plan import build_plan
from app.register.read import item_record
from app.schedule.calendar_edit import set_day
from app.store.changes import ChangeArea
from app.store.models import RaciAssignment
from tests.ui.excel.test_import_preview import _sheet
from ui.backups.dialog import BackupsDialog
from ui.calendar.calendar_dialog import CalendarDialog
from ui.excel.preview_dialog import ImportPreviewDialog
from ui.org.org_dialog import OrgDialog
from ui.window.main_window import MainWindow

Build = Callable[[object, MainWindow, Path], list[QAbstractItemModel]]


def _shown(window: MainWindow, key: str) -> Any:
    assert window.show_tab(key)
    return window.tab(key)


def _forms(qtbot: object, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    models: list[QAbstractItemModel] = []
    for key in ("goals", "team", "pain_points", "tracking", "evaluation"):
        models += [table.model for table in _shown(window, key).tables]
    return models


def _raci(qtbot: object, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    return [_shown(window, "raci").model]


def _ranked(qtbot: object, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    return [_shown(window, "matrix").model]


def _signoffs(qtbot: object, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    _shown(window, "goals")
    return [window.rounds.signoff_panel().model]


def _findings(qtbot, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    with window.ws.write(ChangeArea.RACI) as s:  # one task without its A: one finding
        first = s.scalars(select(RaciAssignment).where(RaciAssignment.letter == "A")).first()
        s.delete(first)
    model = window.findings_button.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    return [model]


def _org(qtbot, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    dialog = OrgDialog(window.ws, window.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return [dialog.departments, dialog.people]


def _calendar(qtbot, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    set_day(window.ws, dt.date(2027, 1, 1), False, "元旦")
    set_day(window.ws, dt.date(2026, 12, 26), True, "调休上班")
    dialog = CalendarDialog(window.ws, window.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return [dialog.model]


def _baselines(qtbot, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    from app.schedule.baselines import save_baseline
    from ui.baselines.dialog import BaselineDialog

    save_baseline(window.ws, window.initiative_id, "方案评审通过", dt.date(2026, 10, 26))
    save_baseline(window.ws, window.initiative_id, "", dt.date(2026, 11, 2))
    dialog = BaselineDialog(window.ws, window.undo_stack, window.initiative_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return [dialog.model]


def _backups(qtbot, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    backups.take_backup(window.ws, "manual", now=dt.datetime(2026, 11, 20, 9, 0))
    dialog = BackupsDialog(window.ws.path, window.ws, window)
    qtbot.addWidget(dialog)
    return [dialog.model]


def _import(qtbot, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    path = _sheet(tmp / "销售部.xlsx", [["孙小美", "销售部", "执行人", "13912345678", "A3", ""],
                                        ["钱多多", "不知道", "接口人", "13900002222", "B1", ""]])
    dialog = ImportPreviewDialog(build_plan(window.ws, path, window.initiative_id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.columns_model.rowCount() > 0 and dialog.model.rowCount() > 0
    return [dialog.model, dialog.columns_model]


def _register(qtbot, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    tab = _shown(window, "register")
    meeting = next(r for r in tab.model.rows() if r.kind == "meeting"
                   and item_record(window.ws, r.id).attendees)
    assert tab.select_row("register", meeting.id)
    children = [t.model for t in tab.form.children.values() if t.model.rowCount()]
    return [tab.model, tab.proxy, *children]

def _past_reports(qtbot, window: MainWindow, tmp: Path) -> list[QAbstractItemModel]:
    from app.report import keeping
    from app.report.build import build_content
    from ui.report.dialog import WeeklyReportDialog

    for day in (20, 27):
        keeping.keep(window.ws, build_content(window.ws, window.initiative_id,
                                              dt.datetime(2026, 11, day, 17)))
    dialog = WeeklyReportDialog(window.ws, window.initiative_id, dt.datetime(2026, 11, 27, 16),
                                window.undo_stack, window)
    qtbot.addWidget(dialog)
    return [dialog.past]


# Each model class, and how the program shows one (an instance of it must be among those).
BUILDERS: dict[str, Build] = {
    "ui.forms.table_model.FormTableModel": _forms,
    "ui.raci.model.RaciModel": _raci,
    "ui.matrix.ranked_model.RankedModel": _ranked,
    "ui.printing.signoff_panel.SignoffModel": _signoffs,
    "ui.findings.findings_list.FindingsModel": _findings,
    "ui.org.org_models.DepartmentsModel": _org,
    "ui.org.org_models.PeopleModel": _org,
    "ui.calendar.calendar_dialog.CalendarDaysModel": _calendar,
    "ui.backups.model.BackupTableModel": _backups,
    "ui.baselines.dialog.BaselineModel": _baselines,
    "ui.excel.preview_model.PlanModel": _import,
    "ui.excel.columns_model.ForeignColumnsModel": _import,
    "ui.register.list_model.RegisterListModel": _register,
    "ui.register.filters.RegisterProxy": _register,
    "ui.register.child_tables.ChildModel": _register,
    "ui.report.past_model.PastReportsModel": _past_reports,
}


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, window: MainWindow,
                                           tmp_path: Path, name: str) -> None:
    models = [m for m in BUILDERS[name](qtbot, window, tmp_path) if _name(type(m)) == name]
    assert models, f"no {name} was built"
    for model in models:
        assert model.rowCount() > 0, name  # the tester looks at real rows, not an empty model
        qtmodeltester.check(model)


def test_every_model_in_ui_has_a_model_tester_check() -> None:
    found: set[type] = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        found.update(c for _n, c in inspect.getmembers(module, inspect.isclass)
                     if issubclass(c, QAbstractItemModel) and c.__module__.startswith("ui."))
    # A base class of others is checked through them.
    concrete = {c for c in found if not any(o is not c and issubclass(o, c) for o in found)}
    assert {_name(c) for c in concrete} == set(BUILDERS)
