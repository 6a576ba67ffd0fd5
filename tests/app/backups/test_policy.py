"""The automatic schedule: a backup on opening, then at most one per half hour of edits."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from app import backups
from app.backups import BackupPolicy
from app.org import initiatives
from app.store.workspace import Workspace


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += dt.timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime.now().replace(microsecond=0))


def _edit(ws: Workspace, n: int) -> None:
    initiatives.create_initiative(ws, f"协作项目 {n}")


def test_opening_then_at_most_every_thirty_minutes_of_edits(empty_ws: Workspace,
                                                             clock: Clock) -> None:
    taken: list[Path] = []
    policy = BackupPolicy(empty_ws, clock=clock, on_backup=taken.append)
    first = policy.start()
    assert first is not None and first.name.endswith("-opened.crossdesk")

    for n in range(5):  # edits within the half hour: no new backup
        clock.advance(5)
        _edit(empty_ws, n)
    assert taken == [first]

    clock.advance(6)  # 31 minutes since the opening backup: the next edit is backed up
    _edit(empty_ws, 99)
    assert len(taken) == 2 and taken[1].name.endswith("-auto.crossdesk")
    assert backups.read_info(taken[1]).counts["initiatives"] == 6  # includes that edit

    clock.advance(45)  # time alone takes no backup; only an edit does
    assert len(taken) == 2
    _edit(empty_ws, 100)
    assert len(taken) == 3

    policy.stop()
    clock.advance(60)
    _edit(empty_ws, 101)
    assert len(taken) == 3


def test_reopening_an_unchanged_workspace_takes_no_second_opening_backup(
        demo_path: Path, clock: Clock) -> None:
    an_hour_ago = (clock() - dt.timedelta(hours=1)).timestamp()
    os.utime(demo_path, (an_hour_ago, an_hour_ago))  # last edited an hour ago
    with Workspace.open(demo_path) as ws:
        assert BackupPolicy(ws, clock=clock).start() is not None
    clock.advance(1)
    with Workspace.open(demo_path) as ws:
        assert BackupPolicy(ws, clock=clock).start() is None
        _edit(ws, 1)  # changed now: the next opening must back it up
    clock.advance(1)
    with Workspace.open(demo_path) as ws:
        assert BackupPolicy(ws, clock=clock).start() is not None
    assert len(backups.list_backups(demo_path)) == 2


def test_a_read_only_workspace_is_not_backed_up(demo_path: Path, clock: Clock) -> None:
    with Workspace.open(demo_path, read_only=True) as ws:
        assert BackupPolicy(ws, clock=clock).start() is None
    assert backups.list_backups(demo_path) == []


def test_a_backup_that_cannot_be_written_never_stops_an_edit(
        empty_ws: Workspace, clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("CROSSDESK_HOME", str(blocker))
    errors: list[str] = []
    policy = BackupPolicy(empty_ws, clock=clock, on_error=errors.append)
    assert policy.start() is None
    assert len(errors) == 1 and "workspace itself is saved" in errors[0]
    clock.advance(31)
    _edit(empty_ws, 1)  # stored although the backup fails again
    assert len(errors) == 2
    assert [i.name for i in initiatives.list_initiatives(empty_ws)] == ["协作项目 1"]
