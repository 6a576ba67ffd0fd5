"""``crossdesk-cli restore WORKSPACE BACKUP``: BACKUP is a file or a number from ``backups``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import backups
from app.cli.main import add_lang_option
from app.errors import UserError
from app.i18n import tr

NAME = "restore"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.restore.help"), description=tr("cli.restore.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("backup", help=tr("cli.restore.backup"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def resolve_backup(workspace: Path, given: str) -> Path:
    """A path as given, else the n-th newest backup of ``workspace`` (1 = newest)."""
    path = Path(given)
    if path.exists() or not given.isdigit():
        return path
    files = backups.backup_files(workspace)
    n = int(given)
    if not 1 <= n <= len(files):
        raise UserError("error.backup.no_such_number", number=given)
    return files[n - 1]


def run(args: argparse.Namespace) -> int:
    workspace = Path(args.workspace)
    backup = resolve_backup(workspace, args.backup)
    result = backups.restore(workspace, backup)
    print(tr("cli.restore.done", path=str(workspace), backup=str(backup)))
    if result.before is not None:
        print(tr("cli.restore.undo", path=str(result.before)))
    if result.damaged_copy is not None:
        print(tr("cli.restore.damaged_kept", path=str(result.damaged_copy)))
    return 0
