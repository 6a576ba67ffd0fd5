"""Thinning: every backup of today, one a day for a week, one a week for two months."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.backups import thin, thinning_plan
from app.backups.folder import backup_name

NOW = dt.datetime(2026, 11, 20, 15, 0, 0)  # a Friday


def _kept(stamps: list[dt.datetime]) -> list[dt.datetime]:
    return sorted(s for s, k in zip(stamps, thinning_plan(stamps, NOW), strict=True) if k)


def test_every_backup_of_today_is_kept() -> None:
    stamps = [NOW.replace(hour=h, minute=m) for h in range(8, 15) for m in (0, 30)]
    assert _kept(stamps) == sorted(stamps)


def test_one_a_day_for_the_past_week_the_newest_of_each_day() -> None:
    stamps = [NOW - dt.timedelta(days=d, hours=h) for d in range(1, 8) for h in (1, 3, 5)]
    kept = _kept(stamps)
    assert len(kept) == 7
    assert {k.date() for k in kept} == {(NOW - dt.timedelta(days=d)).date() for d in range(1, 8)}
    for k in kept:  # the newest of its day
        assert k == max(s for s in stamps if s.date() == k.date())


def test_one_a_week_for_two_months_then_none() -> None:
    stamps = [NOW - dt.timedelta(days=d) for d in range(8, 120)]
    kept = _kept(stamps)
    weeks = [k.isocalendar()[:2] for k in kept]
    assert len(weeks) == len(set(weeks))  # at most one per week
    assert all((NOW - k).days <= 62 for k in kept)
    assert 7 <= len(kept) <= 9  # about eight weeks
    for k in kept:  # the newest backup of that week among those old enough
        same_week = [s for s in stamps if s.isocalendar()[:2] == k.isocalendar()[:2]]
        assert k == max(same_week)


def test_the_newest_backup_is_kept_however_old() -> None:
    lonely = [NOW - dt.timedelta(days=400), NOW - dt.timedelta(days=300)]
    assert _kept(lonely) == [lonely[1]]


def test_a_backup_dated_in_the_future_is_kept() -> None:
    future = NOW + dt.timedelta(days=3)
    assert _kept([future, NOW - dt.timedelta(days=90)]) == [future]


def test_thin_deletes_only_backups_the_plan_drops(tmp_path: Path) -> None:
    stamps = [NOW - dt.timedelta(days=d, hours=h) for d in range(0, 100, 1) for h in (0, 2)]
    stamps = [s for s in stamps if s <= NOW]
    for s in stamps:
        (tmp_path / backup_name(s, "auto")).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("mine")  # not a backup: never touched
    removed = thin(tmp_path, NOW)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "notes.txt" in left
    expected = {backup_name(s, "auto") for s in _kept(stamps)}
    assert set(left) - {"notes.txt"} == expected
    assert len(removed) == len(stamps) - len(expected)


def test_the_copy_of_a_damaged_workspace_is_never_thinned(cli, demo_path: Path) -> None:
    """The README promises the damaged file is kept in the backups folder: thinning the
    next day (or months later) leaves it there, until the user deletes it."""
    from app import backups
    from tests.data_safety import damage

    backups.take_backup(demo_path, "opened", now=NOW - dt.timedelta(days=1))
    damage(demo_path)
    assert cli("restore", demo_path, "1").code == 0
    damaged = [p for p in backups.backup_files(demo_path) if "-damaged" in p.name]
    assert len(damaged) == 1
    for days in (1, 2, 9, 30, 100, 400):
        later = dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=days)
        backups.take_backup(demo_path, "auto", now=later)
    assert damaged[0].exists()
    listed = cli("backups", demo_path, "--json").out
    assert damaged[0].name in listed
