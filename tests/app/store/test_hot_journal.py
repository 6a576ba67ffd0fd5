"""A program killed while its transaction had already reached the file leaves a "hot"
journal; the next program to open the workspace, even only to read it, must put the last
committed state back instead of calling the file damaged."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.org import organisation
from app.store.workspace import Workspace
from tests.data_safety import ROOT

# Enough rows to overflow SQLite's page cache, so pages reach the file before the commit.
WRITER = """
import os, signal, sys
from sqlalchemy import insert
from app.store.models import Department
from app.store.workspace import Workspace
from app.store.changes import ChangeArea
ws = Workspace.open(sys.argv[1])
with ws.write(ChangeArea.ORG) as s:
    s.execute(insert(Department), [{"name": f"部门 {i} " + "x" * 200, "position": 1000 + i}
                                   for i in range(20000)])
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_half_written_transaction_is_rolled_back_on_the_next_open(cli, demo_path: Path) -> None:
    with Workspace.open(demo_path, read_only=True) as ws:
        before = organisation.department_names(ws)
    subprocess.run([sys.executable, "-c", WRITER, str(demo_path)], cwd=ROOT, check=False,
                   env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    journal = Path(str(demo_path) + "-journal")
    assert journal.exists()
    raw = sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True)
    try:  # the situation is real: a plain read-only reader cannot use the file
        raw.execute("SELECT count(*) FROM departments").fetchone()
        hot = False
    except sqlite3.OperationalError as exc:
        hot = exc.sqlite_errorname == "SQLITE_READONLY_ROLLBACK"
    finally:
        raw.close()
    assert hot

    result = cli("info", demo_path)  # reading only, as `info` and `check` do
    assert result.code == 0, result.err
    assert not journal.exists()
    with Workspace.open(demo_path) as ws:  # and the killed writer's lock is taken over
        assert organisation.department_names(ws) == before
