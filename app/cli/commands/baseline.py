"""``crossdesk-cli baseline``: save a baseline of an initiative's planned dates (the first
becomes the reference) or list the baselines saved."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.commands.schedule import parse_day
from app.cli.common import opened, pick_initiative, print_json
from app.cli.main import add_lang_option
from app.i18n import tr
from app.schedule import baselines

NAME = "baseline"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.baseline.help"), description=tr("cli.baseline.help"))
    p.add_argument("workspace", metavar="WORKSPACE", help=tr("cli.opt.workspace"))
    p.add_argument("--initiative", type=int, metavar="ID", help=tr("cli.opt.initiative"))
    p.add_argument("--name", help=tr("cli.baseline.name"))
    p.add_argument("--list", action="store_true", help=tr("cli.baseline.list"))
    p.add_argument("--today", metavar="YYYY-MM-DD", help=tr("cli.baseline.today"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    today = parse_day(args.today) if args.today else dt.date.today()
    with opened(args.workspace, write=not args.list) as ws:
        initiative = pick_initiative(ws, args.initiative)
        saved = None
        if not args.list:
            saved = baselines.save_baseline(ws, initiative, args.name, today)
        found = baselines.list_baselines(ws, initiative)
    if args.json:
        data: dict[str, object] = {"initiative": initiative,
                                   "baselines": [b.as_json() for b in found]}
        if saved is not None:
            data["saved"] = saved
        print_json(data)
        return 0
    if saved is not None:
        b = next(b for b in found if b.id == saved)
        print(tr("baseline.saved", id=b.id, name=b.name, tasks=b.tasks,
                 reference=tr("baseline.is_reference") if b.reference else ""))
        return 0
    if not found:
        print(tr("baseline.none"))
    for b in found:
        mark = "*" if b.reference else " "
        print(f"{mark} {b.id:>3}  {b.saved_on.isoformat()}  {b.name}  ({b.tasks})")
    return 0
