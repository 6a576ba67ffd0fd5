"""``crossdesk-cli import`` of a large workbook, killed (SIGKILL) at random moments, many
times: after each kill the workspace passes ``crossdesk-cli check`` and holds either the
whole import or none of it."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.cli.main import main as cli_main
from app.demo import create_demo
from app.store.changes import ChangeArea
from tests.data_safety import ROOT, assert_whole, has_command

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (has_command("import") and has_command("export")),
                       reason="crossdesk-cli import/export are not on this branch yet"),
]

KILLS = 15
EXTRA_TASKS = 300
EXTRA_PAIN_POINTS = 60
PARALLEL = 2  # children killed side by side, to keep the test short
NEW_INITIATIVE = "导入的协作项目 🚀"


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("kill-import")
    source = folder / "source.crossdesk"
    ws = create_demo(str(source), today=dt.date(2026, 11, 20))
    from app.org import initiatives
    from app.store.models import PainPoint, Task

    ini = initiatives.list_initiatives(ws)[0].id
    with ws.write(ChangeArea.TASKS, ChangeArea.PAIN_POINTS) as s:
        for i in range(EXTRA_TASKS):
            s.add(Task(initiative_id=ini, name=f"任务 {i} — مهمة 🚀", position=100 + i,
                       status="not_started", percent=0))
        for i in range(EXTRA_PAIN_POINTS):
            s.add(PainPoint(initiative_id=ini, step=f"环节 {i}", kind="pain_point", impact=3,
                            frequency=2, position=100 + i))
    ws.close()
    book = folder / "large.xlsx"
    assert cli_main(["export", str(source), str(book)]) == 0

    base = folder / "base.crossdesk"
    create_demo(str(base), today=dt.date(2026, 11, 20)).close()
    full = folder / "full.crossdesk"
    shutil.copyfile(base, full)
    assert cli_main(["import", str(full), str(book), "--new-initiative", NEW_INITIATIVE]) == 0
    none_counts, whole_counts = _counts(base), _counts(full)
    assert whole_counts["tasks"] >= none_counts["tasks"] + EXTRA_TASKS
    return {"folder": folder, "book": book, "base": base, "none": none_counts,
            "whole": whole_counts}


def _start(work: Path, book: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli.main", "import", str(work), str(book),
         "--new-initiative", NEW_INITIATIVE],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)})


def _wait_for(condition, child: subprocess.Popen[bytes]) -> bool:
    while child.poll() is None:
        if condition():
            return True
        time.sleep(0.001)
    return False


def _hot_journal(path: Path) -> bool:
    """Whether the killed import left a transaction that only a rollback can undo."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
    finally:
        conn.close()
    return False


def _changed(path: Path, before: os.stat_result) -> bool:
    try:
        now = path.stat()
    except FileNotFoundError:
        return False
    return (now.st_size, now.st_mtime_ns) != (before.st_size, before.st_mtime_ns)


def _fresh_copy(setup: dict, n: int) -> Path:
    work = setup["folder"] / f"work-{n}.crossdesk"
    shutil.copyfile(setup["base"], work)
    return work


def _kill_one(setup: dict, n: int, write_window: float, total: float) -> tuple[Path, bool]:
    """Run one import and kill it; returns the file and whether it was killed mid-write."""
    rng = random.Random(n)
    work = _fresh_copy(setup, n)
    journal = Path(str(work) + "-journal")
    child = _start(work, setup["book"])
    if n % 3 == 1:  # while the import writes ...
        _wait_for(journal.exists, child)
        time.sleep(rng.uniform(0, write_window))
    elif n % 3 == 2:  # ... as the commit writes the file itself, the most fragile moment ...
        before = work.stat()
        _wait_for(lambda: journal.exists() and _changed(work, before), child)
    else:  # ... or anywhere, reading the workbook included
        time.sleep(rng.uniform(0, total))
    mid_write = journal.exists() and child.poll() is None
    child.send_signal(signal.SIGKILL)
    child.wait()
    return work, mid_write


def test_an_import_killed_at_random_moments_is_all_or_nothing(setup: dict) -> None:
    # One undisturbed run measures how long the write lasts on this machine, so the kills
    # can be spread over it (the journal file exists exactly while the import writes).
    probe_run = _fresh_copy(setup, 0)
    journal = Path(str(probe_run) + "-journal")
    child = _start(probe_run, setup["book"])
    started = time.monotonic()
    _wait_for(journal.exists, child)
    write_began = time.monotonic()
    child.wait()
    write_window = max(time.monotonic() - write_began, 0.01)
    total = time.monotonic() - started
    assert child.returncode == 0
    assert _counts(probe_run) == setup["whole"]

    with ThreadPoolExecutor(PARALLEL) as pool:
        runs = list(pool.map(lambda n: _kill_one(setup, n, write_window, total),
                             range(1, KILLS + 1)))

    outcomes = {"none": 0, "whole": 0, "killed_while_writing": 0, "hot_journal": 0}
    for n, (work, mid_write) in enumerate(runs, start=1):
        outcomes["hot_journal"] += _hot_journal(work)
        assert_whole(work)
        counts = _counts(work)
        assert counts in (setup["none"], setup["whole"]), f"kill {n}: a partial import"
        outcomes["none" if counts == setup["none"] else "whole"] += 1
        outcomes["killed_while_writing"] += mid_write
    assert outcomes["none"] > 0, outcomes
    assert outcomes["killed_while_writing"] > 0, outcomes
