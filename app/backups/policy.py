"""When backups are taken while a workspace is open: once on opening, then on the first edit
after ``interval`` has passed since the last one. So a session of steady edits is backed up
at most every half hour, and a workspace only looked at costs one backup per opening.

The GUI creates one ``BackupPolicy`` per open workspace and calls ``start()`` and
``stop()``; everything else happens through the workspace's change notifications.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from app.backups.catalog import backup_files
from app.backups.folder import parse_name
from app.backups.take import _now, take_backup
from app.errors import UserError
from app.store.changes import Change
from app.store.workspace import Workspace

log = logging.getLogger(__name__)

INTERVAL = dt.timedelta(minutes=30)
# A file's modification time is only as fine as its file system: FAT rounds to 2 seconds.
_MTIME_SLACK = dt.timedelta(seconds=2)


class BackupPolicy:
    """Backs an open workspace up on opening and then at most every ``interval`` of edits.

    ``on_backup(path)`` is called after each backup, ``on_error(message)`` when one could
    not be written (a full disk must never stop an edit: the edit is already saved).
    """

    def __init__(self, ws: Workspace, *, interval: dt.timedelta = INTERVAL,
                 clock: Callable[[], dt.datetime] = _now,
                 on_backup: Callable[[Path], None] | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        self.ws = ws
        self.interval = interval
        self.clock = clock
        self.on_backup = on_backup
        self.on_error = on_error
        self.last_backup: dt.datetime | None = None
        self.last_path: Path | None = None
        self._started = False

    def start(self) -> Path | None:
        """Take the opening backup (unless the newest one already holds this very state)
        and start watching edits. Returns the backup taken, if any."""
        if self._started:
            return None
        self._started = True
        if self.ws.read_only:
            return None
        self.ws.subscribe(self._changed)
        newest = self._newest_existing()
        if newest is not None and self._unchanged_since(newest):
            self.last_backup = self.clock()
            return None
        return self._take("opened")

    def stop(self) -> None:
        self.ws.unsubscribe(self._changed)
        self._started = False

    def due(self) -> bool:
        return self.last_backup is None or self.clock() - self.last_backup >= self.interval

    def _changed(self, _change: Change) -> None:
        if self.due():
            self._take("auto")

    def _take(self, reason: str) -> Path | None:
        now = self.clock()
        self.last_backup = now  # also after a failure: retry at the next interval, not every edit
        try:
            path = take_backup(self.ws, reason, now=now)
        except UserError as exc:
            log.warning("backup failed: %s", exc)
            if self.on_error is not None:
                self.on_error(exc.message())
            return None
        self.last_path = path
        if self.on_backup is not None:
            self.on_backup(path)
        return path

    def _newest_existing(self) -> dt.datetime | None:
        try:
            files = backup_files(self.ws.path)
        except OSError:
            return None  # the data folder is unusable; taking the backup will say so
        for p in files:
            parsed = parse_name(p.name)
            if parsed is not None and parsed[1] != "damaged":
                return parsed[0]
        return None

    def _unchanged_since(self, taken_at: dt.datetime) -> bool:
        try:
            mtime = dt.datetime.fromtimestamp(self.ws.path.stat().st_mtime)
        except OSError:
            return False
        return mtime + _MTIME_SLACK < taken_at
