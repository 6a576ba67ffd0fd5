"""``crossdesk-cli register WORKSPACE [--initiative ID] [--kind KIND] [--open]
[--today YYYY-MM-DD[THH:MM]] [--json]``: the coordination register's items with their
clocks, as of now or of the moment given.

``--json`` gives ``{"items": [{"id", "number", "kind", "title", "status", "urgency",
"opened", "due", "overdue", "owner", "department", "tasks"}]}`` with ISO date-times.
"""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.commands.schedule import _width, parse_day
from app.cli.common import opened, pick_initiative, print_json
from app.cli.main import add_lang_option
from app.errors import UserError
from app.i18n import tr
from app.register import clocks
from app.register.kinds import CLOSED, Kind
from app.register.read import RegisterRow, label, register_rows

NAME = "register"


def parse_moment(value: str) -> dt.datetime:
    """``--today``: a day (its start, as the schedule's today) or a day and a time."""
    day_text, sep, time_text = value.strip().replace(" ", "T", 1).partition("T")
    day = parse_day(day_text)
    if not sep:
        return dt.datetime.combine(day, dt.time())
    try:
        clock = dt.time.fromisoformat(time_text)
    except ValueError:
        raise UserError("error.register.bad_moment", value=value) from None
    return dt.datetime.combine(day, clock.replace(second=0, microsecond=0))


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.register.help"), description=tr("cli.register.help"))
    p.add_argument("workspace", metavar="WORKSPACE", help=tr("cli.opt.workspace"))
    p.add_argument("--initiative", type=int, metavar="ID", help=tr("cli.register.initiative"))
    p.add_argument("--kind", choices=[k.value for k in Kind], help=tr("cli.register.kind"))
    p.add_argument("--open", action="store_true", help=tr("cli.register.open"))
    p.add_argument("--today", metavar="YYYY-MM-DD[THH:MM]", help=tr("cli.register.today"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def _print_table(rows: list[RegisterRow]) -> None:
    if not rows:
        print(tr("cli.register.empty"))
        return
    header = [tr(f"register.field.{k}") for k in (
        "number", "kind", "title", "status", "due_text", "owner", "department")]
    table = [header] + [[
        r.number, tr(f"register.kind.{r.kind}"), r.title, label("status", r.status),
        r.due_text, r.owner, r.department] for r in rows]
    widths = [max(_width(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True))
              .rstrip())
    print()
    print(tr("cli.register.summary", count=len(rows), overdue=sum(r.overdue for r in rows)))


def run(args: argparse.Namespace) -> int:
    now = parse_moment(args.today) if args.today else clocks.now()
    with opened(args.workspace) as ws:
        initiative = pick_initiative(ws, args.initiative) if args.initiative is not None else None
        rows = register_rows(ws, initiative, now, kind=args.kind)
    if args.open:
        rows = [r for r in rows if r.status not in CLOSED]
    if args.json:
        print_json({"items": [r.as_json() for r in rows]})
    else:
        _print_table(rows)
    return 0
