"""``crossdesk-cli reopen WORKSPACE --initiative ID``: reopen a closed round."""

from __future__ import annotations

import argparse

from app.cli.common import opened, pick_initiative
from app.cli.main import add_lang_option
from app.i18n import tr
from app.org.initiative_names import list_initiatives
from app.rounds.closing import reopen_round

NAME = "reopen"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.reopen.help"), description=tr("cli.reopen.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("--initiative", type=int, metavar="ID", required=True,
                   help=tr("cli.opt.initiative"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with opened(args.workspace, write=True) as ws:
        initiative_id = pick_initiative(ws, args.initiative)
        day = reopen_round(ws, initiative_id)
        name = next(i.name for i in list_initiatives(ws) if i.id == initiative_id)
    print(tr("cli.reopen.done", name=name, day=day.isoformat()))
    return 0
