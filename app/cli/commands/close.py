"""``crossdesk-cli close WORKSPACE [--initiative ID] [--on YYYY-MM-DD]``: close a round,
listing first what is still open in it."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import opened, pick_initiative
from app.cli.main import add_lang_option
from app.errors import UsageError
from app.i18n import tr
from app.org.initiative_names import list_initiatives
from app.rounds.closing import close_round, open_items, verdict

NAME = "close"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.close.help"), description=tr("cli.close.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("--initiative", type=int, metavar="ID", help=tr("cli.opt.initiative"))
    p.add_argument("--on", metavar="YYYY-MM-DD", help=tr("cli.close.on"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        day = dt.date.fromisoformat(args.on) if args.on else None
    except ValueError:
        raise UsageError("cli.close.bad_date", value=args.on) from None
    with opened(args.workspace, write=True) as ws:
        initiative_id = pick_initiative(ws, args.initiative)
        with ws.read() as s:
            items = open_items(s, initiative_id, today=day)
            said = verdict(s, initiative_id)
        closed = close_round(ws, initiative_id, day)
        name = next(i.name for i in list_initiatives(ws) if i.id == initiative_id)
    if items:
        print(tr("cli.close.open_items"))
        for item in items:
            print(f"  - {item.text}")
    print(tr("cli.close.done", name=name, day=closed.isoformat(), verdict=said))
    return 0
