"""Automatic backups of a workspace, their list, thinning, and restoring one.

Backups live under the program's data folder (``app.paths.user_data_dir() / "backups"``),
one folder per workspace, and are consistent copies made with SQLite's online backup API,
so they can be taken while the workspace is open and being edited.
"""

from app.backups.catalog import (
    BackupInfo,
    backup_files,
    list_backups,
    newest_good,
    read_info,
    verify,
)
from app.backups.folder import backups_root, folder_for
from app.backups.leftovers import clean_leftovers
from app.backups.policy import INTERVAL, BackupPolicy
from app.backups.restore import RestoreResult, restore
from app.backups.take import (
    REASONS,
    backup_before,
    backup_target,
    backup_to,
    keep_damaged_copy,
    take_backup,
)
from app.backups.thinning import plan as thinning_plan
from app.backups.thinning import thin

__all__ = [
    "INTERVAL", "REASONS", "BackupInfo", "BackupPolicy", "RestoreResult",
    "backup_before", "backup_files", "backup_target", "backup_to", "backups_root",
    "clean_leftovers", "folder_for",
    "keep_damaged_copy", "list_backups", "newest_good", "read_info", "restore", "take_backup",
    "thin", "thinning_plan", "verify",
]
