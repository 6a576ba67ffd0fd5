"""Backups in the GUI: the Backups dialog (File ▸ Backups), the offer of a backup for a
damaged workspace, and the notice for a workspace on a read-only medium."""

from ui.backups.damaged import offer_backup_for_damaged
from ui.backups.dialog import BackupsDialog
from ui.backups.model import BackupTableModel
from ui.backups.notice import read_only_notice, show_read_only_notice

__all__ = ["BackupTableModel", "BackupsDialog", "offer_backup_for_damaged", "read_only_notice",
           "show_read_only_notice"]
