"""Automatic backups of a workspace, their list, thinning, and restoring one.

Backups live under the program's data folder (``app.paths.user_data_dir() / "backups"``),
one folder per workspace, and are consistent copies made with SQLite's online backup API,
so they can be taken while the workspace is open and being edited.

The names below are imported from their module when first used: the schema upgrade takes
a backup (``take``) while the workspace module is still being imported, and must not pull
in the modules that build on an open workspace (the catalog's check, the policy, restoring).
No module is named like a name below (``restoring`` holds ``restore``): importing a module
sets the package's attribute of its name.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from app.backups.restoring import RestoreResult, restore
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

# name -> (module, its name there)
_FROM: dict[str, tuple[str, str]] = {
    **{n: ("catalog", n) for n in ("BackupInfo", "backup_files", "list_backups", "newest_good",
                                    "read_info", "verify")},
    **{n: ("folder", n) for n in ("backups_root", "folder_for")},
    "clean_leftovers": ("leftovers", "clean_leftovers"),
    **{n: ("policy", n) for n in ("INTERVAL", "BackupPolicy")},
    **{n: ("restoring", n) for n in ("RestoreResult", "restore")},
    **{n: ("take", n) for n in ("REASONS", "backup_before", "backup_target", "backup_to",
                                "keep_damaged_copy", "take_backup")},
    "thinning_plan": ("thinning", "plan"),
    "thin": ("thinning", "thin"),
}

__all__ = [
    "INTERVAL", "REASONS", "BackupInfo", "BackupPolicy", "RestoreResult",
    "backup_before", "backup_files", "backup_target", "backup_to", "backups_root",
    "clean_leftovers", "folder_for",
    "keep_damaged_copy", "list_backups", "newest_good", "read_info", "restore", "take_backup",
    "thin", "thinning_plan", "verify",
]


def __getattr__(name: str) -> Any:
    try:
        module, attr = _FROM[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
    globals()[name] = value
    return value
