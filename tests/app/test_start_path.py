"""The program's start path stays free of the ORM: it is loaded lazily, after the window
is on screen (see app/lazy.py, ui/speed/warm_up.py). Checked in fresh interpreters, because this
test session has long imported everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.org.initiative_names import INITIATIVE_TABLE
from app.store.models import Initiative

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, env={"PYTHONPATH": str(ROOT),
                                                     "QT_QPA_PLATFORM": "offscreen",
                                                     "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_window_and_workspace_modules_do_not_import_the_orm() -> None:
    code = ("import sys, app.store.workspace, app.org.initiative_names, ui.launch, ui.window.main_window, "
            "ui.window.tab_registry; print(sorted(m for m in ('sqlalchemy', 'app.store.models') "
            "if m in sys.modules))")
    assert _run(code) == "[]"


def test_opening_a_workspace_and_listing_initiatives_need_no_orm(demo_path: Path) -> None:
    code = (
        "import sys\n"
        "from app.store.workspace import Workspace\n"
        "from app.org.initiative_names import list_initiatives\n"
        f"ws = Workspace.open({str(demo_path)!r})\n"
        "names = [i.name for i in list_initiatives(ws)]\n"
        "ws.close()\n"
        "print(len(names) > 0, 'sqlalchemy' in sys.modules)\n"
    )
    assert _run(code) == "True False"


def test_lazy_import_runs_the_module_on_first_use() -> None:
    code = (
        "import sys\n"
        "from app.lazy import lazy_import\n"
        "edit = lazy_import('app.schedule.edit')\n"
        "before = 'app.store.models' in sys.modules\n"
        "edit.set_dates\n"
        "print(before, 'app.store.models' in sys.modules)\n"
    )
    assert _run(code) == "False True"


def test_the_plain_initiative_query_names_the_models_table() -> None:
    assert INITIATIVE_TABLE == Initiative.__table__.name


def test_the_gantt_tab_is_painted_before_the_orm_loads(demo_path: Path, tmp_path: Path) -> None:
    """The whole start, as `crossdesk WORKSPACE --tab gantt` runs it, up to the chart's
    first paint; the ORM is loaded only afterwards (ui/speed/warm_up.py)."""
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "class FirstPaint(QObject):\n"
        "    def eventFilter(self, obj, event):\n"
        "        owner = obj.parent() if event.type() == QEvent.Type.Paint else None\n"
        "        if owner is not None and type(owner).__name__ == 'GanttChart':\n"
        "            print(len(owner.layout_.rows) > 0, 'sqlalchemy' in sys.modules, flush=True)\n"
        "            os._exit(0)\n"
        "        return False\n"
        "hook = FirstPaint()\n"
        "init = QApplication.__init__\n"
        "def patched(self, *a):\n"
        "    init(self, *a)\n"
        "    self.installEventFilter(hook)\n"
        "QApplication.__init__ = patched\n"
        "from ui.launch import main\n"
        f"main([{str(demo_path)!r}, '--tab', 'gantt'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=120, env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                                           "CROSSDESK_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "True False", out.stderr[-2000:]


def test_form_tabs_run_neither_the_rule_areas_nor_backups_before_the_first_paint() -> None:
    """The rule check runs after the first paint; its areas pull in every form's queries
    and the printing of sign-off tags, which cost Form 1's first frame (~0.1 s)."""
    code = ("import sys, ui.forms.goals_tab, ui.forms.tracking_tab, ui.raci.tab, "
            "app.store.workspace\n"
            "ran = [m for m in ('app.rules.goals', 'app.rules.tasks', 'app.rules.signoff') "
            "if m in sys.modules and type(sys.modules[m]).__name__ != '_LazyModule']\n"
            "print(sorted(ran + [m for m in ('app.backups.take',) "
            "if m in sys.modules]))")
    assert _run(code) == "[]"
