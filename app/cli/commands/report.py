"""``crossdesk-cli report WORKSPACE OUT.pdf [--initiative ID] [--as-of YYYY-MM-DD[THH:MM]]
[--xlsx FILE] [--eml FILE] [--json] [--force] [--lang en|zh_CN]``: the weekly progress
report, kept in the workspace as made (so the next one compares with it)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli.common import add_force_option, opened, pick_initiative, print_json
from app.cli.main import add_lang_option
from app.errors import UserError
from app.forms import validation as v
from app.i18n import current_language, tr
from app.report import keeping, week
from app.report.build import build_content
from app.report.content import ReportContent
from app.report.outputs import Rendered, check_paths, write
from app.schedule.calendar_edit import DAY
from app.store import write_target

NAME = "report"


def parse_as_of(value: str) -> dt.datetime:
    """``YYYY-MM-DD`` (that day at 17:00, the report's hour) or ``YYYY-MM-DDTHH:MM``."""
    text = value.strip()
    try:
        if len(text) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(text), dt.time(week.DUE_HOUR))
        else:
            moment = dt.datetime.strptime(text.replace(" ", "T"), "%Y-%m-%dT%H:%M")
    except ValueError:
        raise UserError("report.error.bad_as_of", value=value) from None
    v.clean_date(DAY, moment.date())  # the forms' own range of years
    return moment


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.report.help"), description=tr("cli.report.help"))
    p.add_argument("workspace", metavar="WORKSPACE", help=tr("cli.opt.workspace"))
    p.add_argument("out", metavar="OUT.pdf", help=tr("cli.report.out"))
    p.add_argument("--initiative", type=int, metavar="ID", help=tr("cli.opt.initiative"))
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD[THH:MM]",
                   help=tr("cli.report.as_of"))
    p.add_argument("--xlsx", metavar="FILE", help=tr("cli.report.xlsx"))
    p.add_argument("--eml", metavar="FILE", help=tr("cli.report.eml"))
    p.add_argument("--json", action="store_true", help=tr("cli.report.json"))
    add_force_option(p)
    add_lang_option(p)
    p.set_defaults(handler=run)


def as_json(content: ReportContent) -> dict[str, Any]:
    """The figures ``--json`` prints. ``due_next`` holds what is due next and not late:
    this week's open tasks, then the next two weeks' tasks and milestones."""
    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    due_next = list(content.due) + [t for t in content.upcoming
                                    if t.id not in {d.id for d in content.due}]
    return {
        "as_of": content.as_of.isoformat(timespec="minutes"),
        "forecast_finish": iso(content.forecast.forecast_finish),
        "target_finish": iso(content.forecast.target_finish),
        "late": [{"id": t.id, "name": t.name, "owner": t.owner, "days_late": t.days_late}
                 for t in content.late],
        "done_this_week": [{"id": t.id, "name": t.name, "owner": t.owner,
                            "actual_finish": iso(t.actual_finish)} for t in content.done],
        "due_next": [{"id": t.id, "name": t.name, "owner": t.owner,
                      "planned_start": iso(t.planned_start),
                      "planned_finish": iso(t.planned_finish), "milestone": t.milestone}
                     for t in due_next],
        "changed": [{"id": c.id, "name": c.name, "kind": c.kind,
                     "fields": {k: [a, b] for k, a, b in c.fields}} for c in content.changes],
        "recipients": content.recipients.addresses,
    }


def run(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args.as_of) if args.as_of else week.default_as_of(dt.datetime.now())
    paths = [Path(args.out), Path(args.xlsx) if args.xlsx else None,
             Path(args.eml) if args.eml else None]
    check_paths(*paths)  # every refusal before the workspace is opened
    for path in paths:
        if path is not None:
            write_target.check(path, force=args.force)
    lang = args.lang or current_language()
    with opened(args.workspace, write=True) as ws:
        initiative_id = pick_initiative(ws, args.initiative)
        content = build_content(ws, initiative_id, as_of)
        rendered = Rendered.of(content, lang)
        # Kept first: a closed round refuses it, and then no file goes out either.
        kept = keeping.keep(ws, content)
        try:
            written = write(rendered, *paths)
        except BaseException:
            keeping.remove(ws, kept)  # not sent, so not kept
            raise
    if args.json:
        print_json(as_json(content))
    else:
        print(tr("cli.report.done", as_of=content.as_of.isoformat(sep=" ", timespec="minutes"),
                 late=len(content.late), done=len(content.done),
                 paths=", ".join(str(p) for p in written)))
        if content.recipients.unreachable:
            print(tr("cli.report.unreachable",
                     names=", ".join(r.name for r in content.recipients.unreachable)))
    return 0
