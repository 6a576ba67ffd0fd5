"""``crossdesk-cli archive WORKSPACE DEST [--initiative ID] [--force] [--lang en|zh_CN]``:
a round's whole record into the folder DEST, or the file DEST when it ends in .zip."""

from __future__ import annotations

import argparse

from app.cli.common import add_force_option, opened, pick_initiative
from app.cli.main import add_lang_option
from app.i18n import current_language, tr
from app.org.initiative_names import list_initiatives
from app.rounds.archive import write_archive

NAME = "archive"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.archive.help"), description=tr("cli.archive.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("dest", metavar="DEST", help=tr("cli.archive.dest"))
    p.add_argument("--initiative", type=int, metavar="ID", help=tr("cli.opt.initiative"))
    add_force_option(p)
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with opened(args.workspace) as ws:
        initiative_id = pick_initiative(ws, args.initiative)
        names = write_archive(ws, initiative_id, args.dest, force=args.force,
                              lang=args.lang or current_language())
        name = next(i.name for i in list_initiatives(ws) if i.id == initiative_id)
    print(tr("cli.archive.done", name=name, path=args.dest, files=", ".join(names)))
    return 0
