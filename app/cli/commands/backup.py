"""``crossdesk-cli backup WORKSPACE [DEST] [--force]``"""

from __future__ import annotations

import argparse
from pathlib import Path

from app import backups
from app.cli.main import add_lang_option
from app.i18n import tr
from app.store.workspace import probe

NAME = "backup"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.backup.help"), description=tr("cli.backup.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("dest", nargs="?", help=tr("cli.backup.dest"))
    p.add_argument("--force", action="store_true", help=tr("cli.backup.force"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Read through a read-only connection: a backup never waits for, or disturbs, a program
    # that has the workspace open; the backup API gives a consistent copy all the same.
    path = Path(args.workspace)
    if args.dest:  # a refused destination is said before the workspace is even read
        backups.backup_target(path, args.dest, overwrite=args.force)
    probe(path)
    if args.dest:
        written = backups.backup_to(path, args.dest, overwrite=args.force)
    else:
        written = backups.take_backup(path, "manual")
    print(tr("cli.backup.done", path=str(written)))
    return 0
