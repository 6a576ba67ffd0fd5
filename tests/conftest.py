"""Shared test set-up: headless Qt, and the program's own folders redirected to a
temporary place so no test touches the user's real files. Also the fixtures that tests of
several folders use (the folders mirror app/ and ui/, so the tests of one subject, in
app/ and in ui/, share these)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.demo import create_demo
from app.excel.export import export_workbook
from app.i18n import set_language
from app.store.changes import ChangeArea
from app.store.models import CalendarDay, Department, Initiative, Measure, Person, Task, TaskDependency
from app.store.workspace import Workspace
from tests.app.printing.large import fill_large
from tests.data_safety import Mount

DEMO_TODAY = dt.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _crossdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSDESK_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(autouse=True)
def _register_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The register's clocks read at the demo's today, 14:00: the demo is dated as of that
    day, so the window's rule check, lists and prints see it as it was made, on any day
    the tests run. (A test that means another moment passes it.)"""
    from app.register import clocks

    monkeypatch.setattr(clocks, "now", lambda: dt.datetime.combine(DEMO_TODAY, dt.time(14)))


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A closed demo workspace file, dated as if today were ``DEMO_TODAY``."""
    path = tmp_path / "demo.crossdesk"
    create_demo(str(path), today=DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_ws(demo_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(demo_path)
    yield ws
    ws.close()


@pytest.fixture
def file_dialog(monkeypatch: pytest.MonkeyPatch):
    """Answers the program's file dialogs: ``file_dialog.answer(path, …)`` gives the paths
    the next dialogs return (none left: cancel), ``file_dialog.replace`` the answer to
    "Replace it?". Records what each dialog asked (``asked``), refusals (``told``) and the
    "saved as" notices (``saved``). The only thing GUI tests put in the program's place."""
    from tests.file_dialog_seam import ScriptedFileDialogs
    from ui.common import file_dialogs

    scripted = ScriptedFileDialogs()
    monkeypatch.setattr(file_dialogs, "_answerer", scripted)
    yield scripted
    for box in scripted.notices:
        with contextlib.suppress(RuntimeError):  # already gone with its window
            box.close()


@pytest.fixture
def empty_ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "empty.crossdesk")
    yield ws
    ws.close()


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Findings speak the current language; each test starts in English and leaves it so."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def mount() -> Iterator[Mount]:
    """A folder on a real file system that can be made read-only (a tmpfs remounted ``ro``).

    Tests run as root, where file permissions stop nothing; only a read-only mount makes
    the medium as unwritable as a write-protected USB stick.
    """
    path = Path(tempfile.mkdtemp(prefix="crossdesk-ro-"))
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(path)],
                       check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(path, ignore_errors=True)
        pytest.skip(f"cannot mount a tmpfs here (needs root and mount rights): {exc}")
    try:
        yield Mount(path)
    finally:
        with contextlib.suppress(Exception):
            subprocess.run(["umount", str(path)], check=True, capture_output=True)
        shutil.rmtree(path, ignore_errors=True)


def _fingerprint(ws: Workspace) -> str:
    """A hash of every row of every table, read through a separate connection."""
    conn = sqlite3.connect(f"file:{ws.path}?mode=ro", uri=True)
    try:
        text = "\n".join(conn.iterdump())
    finally:
        conn.close()
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture
def demo_xlsx(demo_ws: Workspace, tmp_path: Path) -> Path:
    path = tmp_path / "demo.xlsx"
    export_workbook(demo_ws, 1, path, "zh_CN", today=DEMO_TODAY)
    return path


@pytest.fixture
def fingerprint():
    return _fingerprint


@pytest.fixture
def large_ws(tmp_path: Path):
    ws = Workspace.create(tmp_path / "large.crossdesk")
    fill_large(ws, tasks=200, pain_points=30)
    yield ws
    ws.close()


# Plans worked out by hand (the schedule engine's and the Gantt's tests).

D = dt.date


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.create(tmp_path / "plan.crossdesk")
    yield ws
    ws.close()


def add_plan(ws, tasks, links=(), days=(), name="Launch"):
    """tasks: dicts of Task fields (``key`` names the task for ``links``); links:
    (predecessor key, task key, lag). Returns (initiative id, {key: task id})."""
    with ws.write(ChangeArea.TASKS) as s:
        ini = Initiative(name=name)
        s.add(ini)
        s.flush()
        objs = {}
        for i, spec in enumerate(tasks):
            spec = dict(spec)
            key = spec.pop("key", spec["name"])
            t = Task(initiative_id=ini.id, position=i, **spec)
            s.add(t)
            objs[key] = t
        s.flush()
        for p, t, lag in links:
            s.add(TaskDependency(task_id=objs[t].id, predecessor_id=objs[p].id, lag_days=lag))
        for day, working, label in days:
            s.add(CalendarDay(day=day, working=working, name=label))
        return ini.id, {k: o.id for k, o in objs.items()}


@pytest.fixture
def small_plan(workspace):
    """A, then B and C in parallel, then milestone D (critical path A–C–D, B has 2 days)."""
    with workspace.write() as s:
        dep = Department(name="R&D")
        s.add(dep)
        s.flush()
        owner = Person(name="Li Wei", department_id=dep.id)
        s.add(owner)
        s.flush()
        dep_id, owner_id = dep.id, owner.id
    ini, ids = add_plan(workspace, [
        dict(name="A", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 5),
             department_id=dep_id, owner_id=owner_id),
        dict(name="B", planned_start=D(2025, 3, 6), planned_finish=D(2025, 3, 7)),
        dict(name="C", planned_start=D(2025, 3, 6), planned_finish=D(2025, 3, 11),
             department_id=dep_id),
        dict(name="D", planned_start=D(2025, 3, 11), planned_finish=D(2025, 3, 11),
             milestone=True),
    ], [("A", "B", 0), ("A", "C", 0), ("B", "D", 0), ("C", "D", 0)])
    with workspace.write() as s:
        measure = Measure(initiative_id=ini, name="Faster approval")
        s.add(measure)
        s.flush()
        for key in ("A", "B"):
            s.get(Task, ids[key]).measure_id = measure.id
    return ini, ids


@pytest.fixture
def long_plan(workspace):
    """120 tasks over six measures with links and a holiday: more rows than fit in view."""
    start = D(2025, 3, 3)
    tasks = []
    for i in range(120):
        first = start + dt.timedelta(days=i // 2)
        tasks.append(dict(key=i, name=f"Task {i}", planned_start=first,
                          planned_finish=first + dt.timedelta(days=2 + i % 5),
                          percent=(i * 17) % 100, milestone=i % 29 == 0))
    links = [(i, i + 3, 0) for i in range(0, 117, 4)]
    ini, ids = add_plan(workspace, tasks, links, [(D(2025, 3, 14), False, "Holiday")])
    with workspace.write() as s:
        measures = [Measure(initiative_id=ini, name=f"Measure {m}", position=m)
                    for m in range(6)]
        s.add_all(measures)
        s.flush()
        for i, task_id in ids.items():
            s.get(Task, task_id).measure_id = measures[i // 20].id
    return ini, ids
