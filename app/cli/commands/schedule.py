"""``crossdesk-cli schedule``: each task's planned, early and late dates (forecast from the
status date, ``--today``), slack, whether it is critical, its baseline dates and variance,
and its warnings as of a day; then the initiative's forecast finish and slip."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import opened, pick_initiative, print_json
from app.cli.main import add_lang_option
from app.errors import UserError
from app.forms import validation as v
from app.forms.typed import NotADate, parse_date
from app.i18n import tr
from app.schedule.calendar_edit import DAY
from app.schedule.forecast import slip_line
from app.schedule.report import build_report

NAME = "schedule"


def parse_day(value: str) -> dt.date:
    """A day given on the command line, in any way ``app.forms.typed`` reads (2025-03-10,
    2025/3/10, 20250310, …), held to the forms' own range of years (a date in 9999 would
    overflow every date computed from it)."""
    try:
        day = parse_date(value)
    except NotADate:
        day = None
    if day is None:
        raise UserError("error.schedule.bad_date", value=value)
    return v.clean_date(DAY, day)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.schedule.help"), description=tr("cli.schedule.help"))
    p.add_argument("workspace", metavar="WORKSPACE", help=tr("cli.opt.workspace"))
    p.add_argument("--initiative", type=int, metavar="ID", help=tr("cli.opt.initiative"))
    p.add_argument("--today", metavar="YYYY-MM-DD", help=tr("cli.schedule.today"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def _span(a: object, b: object) -> str:
    return f"{a or '—'} – {b or '—'}"


def _print_table(report: object) -> None:
    rows = report.tasks  # type: ignore[attr-defined]
    if not rows:
        print(tr("schedule.empty"))
        return
    header = [tr(k) for k in ("schedule.col.id", "schedule.col.task", "schedule.col.planned",
                              "schedule.col.early", "schedule.col.late", "schedule.col.slack",
                              "schedule.col.critical", "schedule.col.baseline",
                              "schedule.col.variance", "schedule.col.warnings")]
    table = [header]
    for r in rows:
        table.append([
            str(r["id"]), str(r["name"]),
            _span(r["planned_start"], r["planned_finish"]),
            _span(r["early_start"], r["early_finish"]),
            _span(r["late_start"], r["late_finish"]),
            str(r["slack_days"]),
            tr("schedule.critical") if r["critical"] else "",
            _span(r["baseline_start"], r["baseline_finish"])
            if r["baseline_start"] or r["baseline_finish"] else "",
            "" if r["finish_variance_days"] is None else f"{r['finish_variance_days']:+d}",
            ", ".join(tr(f"warning.{w}") for w in r["warnings"]),  # type: ignore[union-attr]
        ])
    widths = [max(_width(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        cells = [c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())
    critical = sum(1 for r in rows if r["critical"])
    warned = sum(1 for r in rows if r["warnings"])
    print()
    print(tr("schedule.summary", count=len(rows), start=report.start,  # type: ignore[attr-defined]
             finish=report.finish, critical=critical, warned=warned,  # type: ignore[attr-defined]
             today=report.today))  # type: ignore[attr-defined]
    fc = report.forecast  # type: ignore[attr-defined]
    if fc is not None:
        print(tr("forecast.summary", status=fc.status_date, forecast=fc.forecast_finish or "—",
                 baseline=fc.baseline_finish or "—", target=fc.target_finish or "—",
                 slip="—" if fc.slip_days is None else f"{fc.slip_days:+d}"))
        line = slip_line(fc)
        if line:
            print(line)


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters are two wide."""
    if text.isascii():  # most cells (ids, dates, numbers): no look at each character
        return len(text)
    return sum(2 if ord(ch) >= 0x1100 and not 0x2000 <= ord(ch) < 0x2E80 else 1 for ch in text)


def run(args: argparse.Namespace) -> int:
    today = parse_day(args.today) if args.today else dt.date.today()
    with opened(args.workspace) as ws:
        initiative = pick_initiative(ws, args.initiative)
        report = build_report(ws, initiative, today)
    if args.json:
        print_json(report.as_json())
    else:
        _print_table(report)
    return 0
