"""Two programs on one workspace: the second cannot write; a lock left by a killed program
is recognised and taken over; reading is always possible."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import LockedError
from app.org import initiatives
from app.store.lock import lock_path, read_lock
from app.store.workspace import Workspace
from tests.data_safety import ROOT

HOLDER = """
import sys, time
from app.store.workspace import Workspace
ws = Workspace.open(sys.argv[1])
print("holding", flush=True)
time.sleep(120)
"""


def _start_holder(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = child.stdout.readline() if child.stdout else ""
    if line.strip() != "holding":
        child.kill()
        pytest.fail(f"the holder did not start: {child.stderr.read() if child.stderr else ''}")
    return child


def test_a_live_holder_refuses_a_second_writer_and_says_who(demo_path: Path) -> None:
    child = _start_holder(demo_path)
    try:
        with pytest.raises(LockedError) as caught:
            Workspace.open(demo_path)
        assert f"pid {child.pid}" in caught.value.message()
        with Workspace.open(demo_path, read_only=True) as ws:  # reading still works
            assert len(initiatives.list_initiatives(ws)) == 1
    finally:
        child.kill()
        child.wait()


def test_the_lock_of_a_killed_program_is_taken_over(demo_path: Path) -> None:
    child = _start_holder(demo_path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    info = read_lock(demo_path)
    assert info is not None and info.pid == child.pid  # the dead program's lock is still there

    with Workspace.open(demo_path) as ws:
        assert read_lock(demo_path).pid == os.getpid()  # type: ignore[union-attr]
        initiatives.create_initiative(ws, "written after the takeover")
    assert not lock_path(demo_path).exists()
    with Workspace.open(demo_path, read_only=True) as ws:
        assert "written after the takeover" in [i.name for i in initiatives.list_initiatives(ws)]


def test_a_half_written_lock_file_counts_as_held(demo_path: Path) -> None:
    lock_path(demo_path).write_text('{"user": "li', encoding="utf-8")
    with pytest.raises(LockedError):
        Workspace.open(demo_path)
    with Workspace.open(demo_path, read_only=True):
        pass


def _age(path: Path, seconds: float) -> None:
    import time

    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.mark.parametrize("content", [b"", b'{"user": "li', b"\x00" * 64, b"[1, 2]"],
                         ids=["empty", "half-written", "zeros", "foreign"])
def test_a_lock_cut_off_while_written_is_taken_over_as_left_over(cli, demo_path: Path,
                                                                 content: bytes) -> None:
    """An empty or unreadable lock (a full disk or a power cut while it was written) is left
    over, not "open in another CrossDesk: ?@? (pid -1)" for good."""
    lock_path(demo_path).write_bytes(content)
    _age(lock_path(demo_path), 60)
    result = cli("calendar", demo_path, "--holiday", "2026-10-01", "--name", "国庆节")
    assert result.code == 0, result.err
    assert "2026-10-01" in result.out
    assert not lock_path(demo_path).exists()
    lock_path(demo_path).write_bytes(content)
    _age(lock_path(demo_path), 60)
    with Workspace.open(demo_path) as ws:
        assert read_lock(demo_path).pid == os.getpid()  # type: ignore[union-attr]
        assert not ws.read_only


def test_a_lock_that_cannot_be_written_leaves_no_lock_behind(mount, demo_path: Path) -> None:
    """On a full disk the lock cannot be written: the open is refused with a message, and no
    empty lock file is left to lock the workspace later."""
    from app.errors import UserError

    target = mount.path / "full.crossdesk"
    target.write_bytes(demo_path.read_bytes())
    filler = mount.path / "filler"
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    with pytest.raises(UserError):
        Workspace.open(target)
    assert not lock_path(target).exists()
    assert sorted(p.name for p in mount.path.iterdir()) == ["filler", "full.crossdesk"]
    filler.unlink()
    with Workspace.open(target) as ws:
        assert not ws.read_only
