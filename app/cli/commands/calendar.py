"""``crossdesk-cli calendar``: list, mark, clear or import holidays and make-up days, or add
China's public holidays of a year."""

from __future__ import annotations

import argparse

from app.cli.commands.schedule import parse_day
from app.cli.common import opened, print_json
from app.cli.main import add_lang_option
from app.i18n import current_language, tr
from app.schedule import calendar_edit, public_holidays

NAME = "calendar"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.calendar.help"), description=tr("cli.calendar.help"))
    p.add_argument("workspace", metavar="WORKSPACE", help=tr("cli.opt.workspace"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--holiday", metavar="YYYY-MM-DD", help=tr("cli.calendar.holiday"))
    group.add_argument("--workday", metavar="YYYY-MM-DD", help=tr("cli.calendar.workday"))
    group.add_argument("--clear", metavar="YYYY-MM-DD", help=tr("cli.calendar.clear"))
    group.add_argument("--import", dest="import_file", metavar="FILE",
                       help=tr("cli.calendar.import"))
    group.add_argument("--public-holidays", type=int, metavar="YEAR",
                       help=tr("cli.calendar.public_holidays"))
    p.add_argument("--name", default="", help=tr("cli.calendar.name"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    changing = args.holiday or args.workday or args.clear or args.import_file \
        or args.public_holidays is not None
    with opened(args.workspace, write=bool(changing)) as ws:
        if args.holiday:
            calendar_edit.set_day(ws, parse_day(args.holiday), False, args.name)
        elif args.workday:
            calendar_edit.set_day(ws, parse_day(args.workday), True, args.name)
        elif args.clear:
            calendar_edit.clear_day(ws, parse_day(args.clear))
        elif args.public_holidays is not None:
            added, kept = public_holidays.add_public_holidays(ws, args.public_holidays,
                                                              current_language())
            if not args.json:
                print(tr("holidays.added", added=len(added), year=args.public_holidays,
                         kept=kept))
        elif args.import_file:
            count = calendar_edit.import_days(ws, args.import_file)
            if not args.json:
                print(tr("cli.calendar.imported", count=count))
        days = calendar_edit.list_days(ws)
    if args.json:
        print_json({"days": [{"date": d.day.isoformat(), "working": d.working, "name": d.name}
                             for d in days]})
        return 0
    if not days:
        print(tr("cli.calendar.none"))
    for d in days:
        kind = tr("calendar.workday") if d.working else tr("calendar.holiday")
        print(f"{d.day.isoformat()}  {kind}  {d.name}".rstrip())
    return 0
