"""``crossdesk-cli backups WORKSPACE [--json]``: the backups of a workspace, newest first."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import backups
from app.cli.common import print_json
from app.cli.main import add_lang_option
from app.errors import UserError
from app.i18n import tr

NAME = "backups"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.backups.help"), description=tr("cli.backups.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} B"


def run(args: argparse.Namespace) -> int:
    # The workspace need not open (it may be damaged): its backups are found by its path.
    path = Path(args.workspace)
    infos = backups.list_backups(path)
    if not path.exists():
        # A workspace that is gone may still have backups to restore it from; a path that
        # never had any is a mistake to say so about.
        if not infos:
            raise UserError("error.backups.no_workspace", path=str(path))
        sys.stderr.write(tr("error.backups.workspace_missing", path=str(path)) + "\n")
    if args.json:
        print_json({"folder": str(backups.folder_for(path)), "backups": [
            {"number": n, "path": str(i.path), "taken_at": i.taken_at.isoformat(" "),
             "reason": i.reason, "size": i.size, "good": i.good, "problem": i.problem,
             "counts": i.counts, "initiatives": list(i.initiatives)}
            for n, i in enumerate(infos, start=1)]})
        return 0
    print(tr("cli.backups.folder", path=str(backups.folder_for(path))))
    if not infos:
        print(tr("cli.backups.none"))
    for n, info in enumerate(infos, start=1):
        if info.good:
            what = tr("cli.backups.counts", initiatives=info.counts.get("initiatives", 0),
                      tasks=info.counts.get("tasks", 0))
        else:
            what = tr("cli.backups.bad", problem=info.problem)
        print(tr("cli.backups.line", number=n, date=info.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                 reason=tr("backup.reason." + info.reason), size=human_size(info.size), what=what))
    return 0
