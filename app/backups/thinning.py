"""Which backups to keep as they age: every one of today, one a day for the past week, one a
week for two months, none older. The newest backup is always kept, however old, so a
workspace left alone for a season still has one. The copies of a damaged workspace are
never thinned: they may be the only trace of the lost work, kept until the user deletes
them."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from app.backups.folder import parse_name

EXEMPT = ("damaged",)  # reasons whose copies stay until the user deletes them
DAILY_DAYS = 7
WEEKLY_DAYS = 62  # about two months


def plan(stamps: Sequence[dt.datetime], now: dt.datetime) -> list[bool]:
    """For each moment in ``stamps``, whether the backup taken then is kept."""
    keep = [False] * len(stamps)
    newest_in: dict[tuple, int] = {}
    today = now.date()
    for i, stamp in enumerate(stamps):
        age = (today - stamp.date()).days
        if age <= 0:  # today, or a clock that was set ahead: keep
            keep[i] = True
            continue
        if age <= DAILY_DAYS:
            bucket: tuple = ("day", stamp.date())
        elif age <= WEEKLY_DAYS:
            bucket = ("week", *stamp.isocalendar()[:2])
        else:
            continue
        j = newest_in.get(bucket)
        if j is None or stamps[j] < stamp:
            newest_in[bucket] = i
    for i in newest_in.values():
        keep[i] = True
    if stamps:
        keep[max(range(len(stamps)), key=lambda i: stamps[i])] = True
    return keep


def thin(folder: Path, now: dt.datetime, *, protect: Path | None = None) -> list[Path]:
    """Delete the backups in ``folder`` that ``plan`` does not keep; returns what went.

    ``protect`` (the backup just taken) is never deleted.
    """
    files = [(p, parse_name(p.name)) for p in folder.iterdir()] if folder.is_dir() else []
    named = [(p, parsed) for p, parsed in files
             if parsed is not None and parsed[1] not in EXEMPT]
    flags = plan([parsed[0] for _, parsed in named], now)
    removed = []
    for (p, _), kept in zip(named, flags, strict=True):
        if kept or (protect is not None and p == protect):
            continue
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
            removed.append(p)
    return removed
